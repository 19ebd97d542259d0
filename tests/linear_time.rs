//! Linear time on every input: short patterns repeated to 1 MB parse, with
//! their indicators, within a fixed bound under a watchdog.
//!
//! A scan that restarts at every char (or every candidate) and walks to the
//! end of a line, a sentence or the text is quadratic, and a flattened
//! report is one line: such a scan shows on a 1 MB input made of one short
//! pattern repeated. Two sources of patterns:
//!
//! - windows of every bundled report and fixture (`examples/data/*.txt`,
//!   `tests/fixtures/**/*.txt`): 1, 2, 3, 8 and 32 chars at six offsets,
//!   so that every construct of real reports (markers, dates, quantities,
//!   quotes, clutter words) is tried as a run;
//! - generated runs: one char, markers, digits, brackets, quotes, and the
//!   inputs of issue 13 (`。`+`二`×n+`）`×n, `。一、`+`1`×n, `1件“`×n).
//!
//! The bound, [`BOUND`], is 1 s of the parsing thread's CPU time for a
//! 1 MB input in the test profile (`opt-level = 1`) (a quarter of both for
//! the windows, at 256 KB), with a watchdog at ten times that on the wall
//! clock; the 8 MB inputs must take at most 24 times their 1 MB time. What
//! it is measured against: on the two-core machine this was written on,
//! the slowest generated 1 MB input is now `⑴` lines
//! at 0.24 s; `1.` lines, which took 0.76 s as 350,000 headings, are one
//! heading and paragraphs since a bare repeated marker is text; the 8 MB
//! inputs take 8 to 15 times their 1 MB time; the quadratic scans fixed
//! in issue 13 took 54 s and minutes at 1 MB in release. A scan with a
//! quadratic cost fifty times smaller than those still takes over 1 s, so
//! the bound catches the class, with a margin of four over the slowest
//! linear input. CPU time, not wall
//! time, so that a machine busy with other builds (the wall clock ran
//! five to ten times the CPU time here under a load of 10) does not fail
//! it. The windows of the fixtures are deduplicated, so the whole file
//! runs in a bounded time (under a minute in the test profile).
//!
//! A plain `cargo test` runs the generated runs, the issue's inputs and the
//! windows of the bundled reports (`examples/data`). The windows of every
//! fixture and the 8 MB inputs are stress tests (most of the time of this
//! file): `cargo test -- --ignored` runs them, and CI does.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc::channel;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The most a 1 MB input may take to parse and to extract its indicators.
const BOUND: Duration = Duration::from_secs(1);

/// Size each pattern is repeated to.
const SIZE: usize = 1 << 20;

/// `pattern` repeated to at least `size` bytes.
fn grown(pattern: &str, size: usize) -> String {
    pattern.repeat(size.div_ceil(pattern.len().max(1)))
}

/// CPU time this thread has used, from `/proc/thread-self/stat` (Linux:
/// user and system time, fields 14 and 15, in ticks of 1/100 s), or
/// `None` where that file is not.
fn thread_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    // Fields after the command name, which is in brackets: the state is field 3.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks = |k: usize| fields.get(k - 3)?.parse::<u64>().ok();
    Some(Duration::from_millis((ticks(14)? + ticks(15)?) * 10))
}

/// Parse `text` and extract its indicators on a worker thread, and fail if
/// that takes more than `bound` of the thread's CPU time (its wall time
/// where CPU time cannot be read). CPU time, so that a machine loaded by
/// other work does not fail the test; a watchdog on the wall clock, at ten
/// times the bound, fails it when the parse does not return at all (the
/// worker is left behind, the test ends). Returns the time taken.
fn within(what: &str, text: String, bound: Duration) -> Duration {
    // One input at a time across the tests of this file, so that the
    // watchdog's wall clock is not shared with four other parses.
    static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let (tx, rx) = channel();
    let len = text.len();
    std::thread::spawn(move || {
        let (wall, cpu) = (Instant::now(), thread_cpu());
        let doc = gongwen::parse(&text);
        let n = doc.indicators().len();
        let took = match (cpu, thread_cpu()) {
            (Some(before), Some(after)) => after.saturating_sub(before),
            _ => wall.elapsed(),
        };
        let sections = doc.all_sections().count();
        // Freed before the answer, so that the next input's parse (which
        // may start as soon as this one answers) does not share the machine
        // with the freeing of this one's hundreds of MB of nodes.
        drop(doc);
        let _ = tx.send((took, n, sections));
    });
    match rx.recv_timeout(10 * bound) {
        Ok((took, _, _)) => {
            assert!(took <= bound, "{what} ({len} bytes) took {took:?} of CPU, more than {bound:?}");
            took
        }
        Err(_) => panic!("{what} ({len} bytes) did not parse within {:?}: a scan is worse than linear", 10 * bound),
    }
}

/// Every `.txt` file under `dir`, sorted.
fn txt_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            txt_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
    out.sort();
}

/// The issue's three inputs at 1 MB, by name.
fn issue_inputs() -> Vec<(&'static str, String)> {
    let n = SIZE / 6;
    vec![
        ("。 二×n ）×n (glued signature)", format!("。{}{}", "二".repeat(n), "）".repeat(n))),
        ("。一、 1×n (year clause in a glued title)", format!("。一、{}", "1".repeat(SIZE - 9))),
    ]
}

#[test]
fn the_glued_signature_and_year_clause_inputs_of_issue_13_are_linear() {
    for (what, text) in issue_inputs() {
        let took = within(what, text, BOUND);
        eprintln!("{what}: {took:?}");
    }
}

/// The third input of the issue: a label's search for the closing `”`
/// ran to the end of the text for every quantity before an unclosed `“`.
/// Fixed in `src/quantity/label.rs` on the quantity branch (its commit
/// "Label after an opening quote: look at 13 chars"); run it once that is
/// merged.
#[test]
fn the_open_quote_input_of_issue_13_is_linear() {
    let took = within("1件“ repeated (unclosed quote after a quantity)", grown("1件“", SIZE), BOUND);
    eprintln!("1件“ repeated: {took:?}");
}

/// Generated runs: one char, markers, digits, brackets, quotes, dates.
#[test]
fn generated_runs_parse_in_linear_time() {
    let mut patterns: Vec<String> = Vec::new();
    // Runs of one char: line breaks, white space, punctuation, brackets,
    // quotes, digits, Chinese numerals and the chars that open cues.
    for c in [
        "\n", "\r", "\r\n", " ", "\t", "\u{3000}", "\u{0}", "\u{7}", "\u{85}", "\u{feff}", "?", "a", "1", "１", "一",
        "二", "十", "〇", "。", "，", "；", "：", ":", "、", ".", "（", "）", "(", ")", "“", "”", "‘", "《", "》",
        "【", "】", "是", "第", "年", "月", "日", "件", "元", "%", "情", "报", "告", "局", "首", "字",
    ] {
        patterns.push(c.to_string());
    }
    // Markers, alone, on lines, and glued after a full stop.
    for m in ["一、", "（一）", "(一)", "1.", "1、", "（1）", "①", "⑴", "第一部分", "一是", "第一，", "一方面，"]
    {
        patterns.push(m.to_string());
        patterns.push(format!("{m}\n"));
        patterns.push(format!("。{m}"));
        patterns.push(format!("{m}标题。正文"));
    }
    // Digits, brackets and quotes in runs and pairs.
    for p in [
        "1234567890",
        "2024",
        "2024年",
        "2024年，",
        "2024年3月1日",
        "二〇二四年三月一日",
        "（（）",
        "（）",
        "）（",
        "“”",
        "“",
        "”“",
        "《",
        "1件",
        "3.5万元",
        "同比增长12%",
        "某县人民政府 ",
        "首页>",
        "。某街道办事处2025年1月20日",
        "1.1.1.",
        "１２３",
    ] {
        patterns.push(p.to_string());
    }
    let mut slowest = (Duration::ZERO, String::new());
    for p in &patterns {
        let took = within(&format!("{p:?} repeated"), grown(p, SIZE), BOUND);
        if took > slowest.0 {
            slowest = (took, p.clone());
        }
    }
    eprintln!("{} patterns; slowest {:?}: {:?}", patterns.len(), slowest.1, slowest.0);
}

/// Windows of the bundled reports (`examples/data`), each repeated to 256 KB.
#[test]
fn windows_of_the_bundled_reports_parse_in_linear_time() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    txt_files(&root.join("examples/data"), &mut files);
    assert!(files.len() >= 5, "the bundled reports should be found");
    windows_parse_in_linear_time(&files);
}

/// Windows of every bundled report and fixture, each repeated to 256 KB.
#[test]
#[ignore = "stress test: run with `cargo test -- --ignored` (CI does)"]
fn windows_of_every_fixture_parse_in_linear_time() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    txt_files(&root.join("examples/data"), &mut files);
    txt_files(&root.join("tests/fixtures"), &mut files);
    assert!(files.len() >= 5, "the fixtures should be found");
    windows_parse_in_linear_time(&files);
}

/// Windows of 1, 2, 3, 8 and 32 chars at six offsets of each file, each
/// repeated to a quarter of [`SIZE`], parse within a quarter of [`BOUND`].
fn windows_parse_in_linear_time(files: &[PathBuf]) {
    let mut windows = BTreeSet::new();
    for path in files {
        let Ok(text) = std::fs::read_to_string(path) else { continue };
        let starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        if starts.is_empty() {
            continue;
        }
        for k in 0..6 {
            let from = starts[starts.len() * k / 6];
            for len in [1, 2, 3, 8, 32] {
                let end = text[from..].char_indices().nth(len).map_or(text.len(), |(i, _)| from + i);
                windows.insert(text[from..end].to_string());
            }
        }
    }
    // A quarter of the size and of the bound: there are a thousand windows,
    // and a scan that restarts per candidate is still seconds at 256 KB
    // (the open-quote input, 53 s at 1 MB in a release build, is some
    // 3 s at a quarter of it) against a bound of 250 ms.
    let start = Instant::now();
    let mut slowest = (Duration::ZERO, String::new());
    for w in &windows {
        let took = within(&format!("window {w:?} repeated"), grown(w, SIZE / 4), BOUND / 4);
        if took > slowest.0 {
            slowest = (took, w.clone());
        }
    }
    eprintln!(
        "{} windows of {} files in {:?}; slowest {:?}: {:?}",
        windows.len(),
        files.len(),
        start.elapsed(),
        slowest.1,
        slowest.0
    );
}

/// The memory inputs of issue 13 at 8 MB: blank lines, marker lines,
/// one-char lines, control chars and a quantity repeated. Linear: eight
/// times the input takes at most 24 times the time of 1 MB (a scan that
/// restarts per line or per candidate takes 64 times), with room for what
/// a heap of hundreds of MB costs per byte (one-char lines run at half
/// their 1 MB speed at 8 MB in a release build). A ratio of two runs on
/// the same machine, so a loaded machine does not fail it; the 1 MB run
/// keeps its own bound.
#[test]
#[ignore = "stress test: run with `cargo test -- --ignored` (CI does)"]
fn the_8_mb_memory_inputs_parse_in_linear_time() {
    let controls: String =
        ['\u{1}', '\u{2}', '\u{7}', '\u{8}', '\u{b}', '\u{c}', '\u{1b}', '\u{7f}', '\u{0}', 'a'].iter().collect();
    for (what, pattern) in [
        ("blank lines", "\n"),
        ("CRLF blank lines", "\r\n"),
        ("marker lines 1.", "1.\n"),
        ("one-char lines", "字\n"),
        ("ASCII one-char lines", "a\n"),
        ("control chars", controls.as_str()),
        ("1件 repeated", "1件"),
    ] {
        let small = within(what, grown(pattern, SIZE), BOUND);
        let large = within(what, grown(pattern, 8 * SIZE), 24 * BOUND);
        eprintln!("{what}: 1 MB {small:?}, 8 MB {large:?}");
        // Below a millisecond the ratio is noise.
        let floor = Duration::from_millis(20);
        assert!(
            large <= 24 * small.max(floor),
            "{what}: 8 MB took {large:?}, more than 24 times the {small:?} of 1 MB: worse than linear"
        );
    }
}
