//! `gongwen::parse` and the indicators on the fuzz input repeated to about
//! 1 MB, within a time bound.
//!
//! libFuzzer keeps the `parse` target's inputs small (under a kilobyte), so
//! a scan that is quadratic in the length of a line never costs it enough
//! to notice. Here the input is a pattern: it is repeated to 1 MB, as a
//! flattened report repeats its constructs on one long line, and the parse
//! must finish within `BOUND` of the thread's CPU time (its wall time
//! where that cannot be read). A linear parse of 1 MB takes up to about
//! 4 s in the fuzz build (AddressSanitizer slows every allocation, and
//! 1 MB of `1.` lines is 350,000 headings); the quadratic scans of issue 13
//! took a minute and more in release. CPU time, so that a shared machine
//! does not fail it. libFuzzer's own `-timeout` (60 s in `.ci/fuzz.sh`)
//! catches a parse that never returns.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::time::{Duration, Instant};

/// Size the pattern is repeated to.
const SIZE: usize = 1 << 20;

/// The most one grown input may take.
const BOUND: Duration = Duration::from_secs(10);

/// CPU time this thread has used, from `/proc/thread-self/stat` (Linux:
/// user and system time, fields 14 and 15, in ticks of 1/100 s).
fn thread_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks = |k: usize| fields.get(k - 3)?.parse::<u64>().ok();
    Some(Duration::from_millis((ticks(14)? + ticks(15)?) * 10))
}

fuzz_target!(|data: &[u8]| {
    let pattern = String::from_utf8_lossy(data);
    if pattern.is_empty() {
        return;
    }
    let text = pattern.repeat(SIZE.div_ceil(pattern.len()));
    let (start, cpu) = (Instant::now(), thread_cpu());
    let doc = gongwen::parse(&text);
    let indicators = doc.indicators().len();
    let took = match (cpu, thread_cpu()) {
        (Some(before), Some(after)) => after.saturating_sub(before),
        _ => start.elapsed(),
    };
    assert!(
        took <= BOUND,
        "{took:?} for {} bytes ({indicators} indicators) grown from {pattern:?}",
        text.len()
    );
});
