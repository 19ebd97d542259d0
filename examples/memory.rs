//! Peak heap memory of parsing a large report, as a multiple of its size.
//!
//! ```text
//! cargo run --release --example memory -- [--file PATH | PATH] [--size MB]
//! ```
//!
//! Without a file, the report is `examples/data/sample.txt` grown to
//! `--size` megabytes (default 10): its front matter, its body repeated, its
//! signature — the same input as the `grown/10MB` bench. With `--file PATH`
//! (or just `PATH`), that file is measured as it is: any text, such as the
//! hostile inputs of `tests/linear_time.rs` written out to a file.
//!
//! A counting global allocator records the bytes live on the heap. The
//! example prints, as bytes and as a multiple of the input's size:
//!
//! - `parse peak`: the most heap in use during `gongwen::parse`, above what
//!   was in use before it (the input itself is not counted);
//! - `document`: what the `Document` keeps once parsed (its copy of the
//!   source included);
//! - `indicators_iter peak`: reading the indicators one by one with
//!   `indicators_iter`, which keeps none of them;
//! - `indicators peak` and `document + indicators`: the same for the first
//!   call to `indicators()`, which computes and caches them;
//! - `node sizes`: the bytes of each node of the tree (section, heading,
//!   marker, block, paragraph, item, line, leaf, span), of a diagnostic
//!   and of an indicator, each without what it points to;
//! - `per indicator`: what the indicators keep, divided by their number;
//! - `json peak`: serializing the document with `serde_json::to_vec`.

use std::alloc::{GlobalAlloc, Layout, System};
use std::mem::size_of;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The system allocator, counting the bytes live and their peak.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(size: usize) {
    let live = LIVE.fetch_add(size, Ordering::Relaxed) + size;
    PEAK.fetch_max(live, Ordering::Relaxed);
}

// SAFETY: every call is forwarded to `System` with the same arguments; the
// counters only observe sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc_zeroed(layout);
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout);
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = System.realloc(ptr, layout, new_size);
        if !p.is_null() {
            if new_size >= layout.size() {
                grew(new_size - layout.size());
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Starts a measurement: the peak is reset to what is live now, which is
/// returned.
fn start() -> usize {
    let live = LIVE.load(Ordering::Relaxed);
    PEAK.store(live, Ordering::Relaxed);
    live
}

/// The sample's front matter, then its body repeated, then its signature,
/// to at least `target` bytes.
fn grow(sample: &str, target: usize) -> String {
    let body_start = sample.find("\n一、").map_or(0, |i| i + 1);
    let body_end = sample[body_start..].rfind("\n\n").map_or(sample.len(), |i| body_start + i + 1);
    let (front, body, back) = (&sample[..body_start], &sample[body_start..body_end], &sample[body_end..]);
    let mut out = String::with_capacity(target + sample.len());
    out.push_str(front);
    while out.len() + back.len() < target {
        out.push_str(body);
    }
    out.push_str(back);
    out
}

fn line(what: &str, bytes: usize, input: usize) {
    println!("{what:<24} {:>14} bytes  {:>7.2} x input", bytes, bytes as f64 / input as f64);
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut file = None;
    let mut size_mb = 10.0f64;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--file" {
            file = Some(args.next().ok_or("--file needs a path")?);
        } else if arg == "--size" {
            size_mb = args.next().and_then(|s| s.parse().ok()).ok_or("--size needs a number of megabytes")?;
        } else {
            file = Some(arg);
        }
    }
    let text = match &file {
        Some(path) => std::fs::read_to_string(path)?,
        None => {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data/sample.txt");
            grow(&std::fs::read_to_string(path)?, (size_mb * 1e6) as usize)
        }
    };
    let input = text.len();
    println!(
        "input: {} ({input} bytes, {} lines)",
        file.as_deref().unwrap_or("examples/data/sample.txt grown"),
        text.lines().count()
    );

    let before = start();
    let clock = std::time::Instant::now();
    let doc = gongwen::parse(&text);
    let parse_time = clock.elapsed();
    let parse_peak = PEAK.load(Ordering::Relaxed) - before;
    let document = LIVE.load(Ordering::Relaxed) - before;

    let before_iter = start();
    let streamed = doc.indicators_iter().count();
    let iter_peak = PEAK.load(Ordering::Relaxed) - before_iter;

    let before_ind = start();
    let clock = std::time::Instant::now();
    let indicators = doc.indicators().len();
    let ind_time = clock.elapsed();
    let ind_peak = PEAK.load(Ordering::Relaxed) - before_ind;
    let with_ind = LIVE.load(Ordering::Relaxed) - before;

    let before_json = start();
    let json = serde_json::to_vec(&doc)?;
    let json_peak = PEAK.load(Ordering::Relaxed) - before_json;

    println!(
        "sections: {}, indicators: {indicators}, diagnostics: {}, json: {} bytes",
        doc.all_sections().count(),
        doc.diagnostics().len(),
        json.len()
    );
    println!("time: parse {parse_time:.2?}, indicators {ind_time:.2?}");
    println!(
        "node sizes: Section {}, Heading {}, Marker {}, Block {}, Paragraph {}, Item {}, Line {}, Leaf {}, Span {}",
        size_of::<gongwen::Section>(),
        size_of::<gongwen::Heading>(),
        size_of::<gongwen::Marker>(),
        size_of::<gongwen::Block>(),
        size_of::<gongwen::Paragraph>(),
        size_of::<gongwen::Item>(),
        size_of::<gongwen::Line>(),
        size_of::<gongwen::Leaf>(),
        size_of::<gongwen::Span>(),
    );
    println!(
        "            Diagnostic {} (+ its message), Indicator {} (Quantity {})",
        size_of::<gongwen::Diagnostic>(),
        size_of::<gongwen::Indicator>(),
        size_of::<gongwen::quantity::Quantity>(),
    );
    line("parse peak", parse_peak, input);
    line("document", document, input);
    line("indicators_iter peak", iter_peak, input);
    assert_eq!(streamed, indicators, "indicators_iter yields what indicators holds");
    line("indicators peak", ind_peak, input);
    line("document + indicators", with_ind, input);
    if let Some(each) = with_ind.saturating_sub(document).checked_div(indicators) {
        println!("{:<24} {:>14} bytes", "per indicator", each);
    }
    line("json peak", json_peak, input);
    Ok(())
}
