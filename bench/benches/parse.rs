//! Parsing throughput, with baselines to quote our times against.
//!
//! Every group reports `Throughput::Bytes`, so criterion prints MB/s. Each
//! group also times two **baselines**, plain passes over the same text:
//!
//! - `baseline`: splits the text into lines and walks (decodes) every char
//!   of each, folding them into a sum so the walk cannot be optimized away.
//!   This is the pass the parser's time is quoted against:
//!   `parse time / baseline time` is how many plain passes a parse costs.
//! - `baseline_count`: splits into lines and counts the chars. The standard
//!   library counts UTF-8 lead bytes with wide words, without decoding, so
//!   this is a floor (memory speed) rather than a walk; it is shown so the
//!   ratio against it can be quoted as well.
//!
//! Groups:
//!
//! - `sample`: `examples/data/sample.txt` (a realistic 10 KB report):
//!   `parse`; `indicators` alone (the parse is done outside the timed loop,
//!   a fresh `Document` for each iteration, since the indicators are cached
//!   in it); `parse_indicators` (both, as a caller runs them);
//!   `parse_indicators_json` (parse, indicators, `serde_json::to_vec`).
//! - `data_set`: the same on every report in `examples/data`, as one batch;
//!   also `find` (the quantity scan alone over each whole text, in a loop
//!   of its own) and `find_after_parse` (the same scan right after a parse
//!   of the five, as `indicators` runs).
//! - `grown`: the sample's body repeated under its front matter into reports
//!   of 10 KB, 100 KB, 1 MB and 10 MB. Time per byte should stay flat. On
//!   glibc the 1 MB and 10 MB figures also depend on the heap handing pages
//!   back to the kernel between runs (see the README): to time the parser
//!   alone, run them with `MALLOC_MMAP_THRESHOLD_=33554432
//!   MALLOC_TRIM_THRESHOLD_=1000000000`.
//! - `numbers`: 100,000 quantities in a row (1,000 lines of 100); also
//!   `find`, the quantity scanner alone on that text.
//! - `nested`: headings descending through every level, over and over.
//! - `long_line`: a flattened report repeated into a single 1 MB line.
//! - `hostile`: the inputs of issue 13 at 64 KB, 1 MB and 8 MB, parsed
//!   with their indicators: the three that were quadratic (`glued_date`:
//!   `。` + `二`×n + `）`×n; `year_clause`: `。一、` + `1`×n; `open_quote`:
//!   `1件“` repeated) and the memory inputs (`blank_lines`, `marker_lines`
//!   `1.`, `one_char_lines`, `controls`, `figures`: `1件` repeated). Time
//!   per byte should be flat across the three sizes. Ten samples each, so
//!   the group takes a minute or two: `cargo bench --bench parse -- hostile`.
//!
//! Run with `cargo bench -p gongwen-bench --bench parse`; a single group with e.g.
//! `cargo bench -p gongwen-bench --bench parse -- grown`. The whole run is tuned to take a few
//! minutes on a small machine: short warm-ups, fewer samples for big inputs.

use criterion::measurement::WallTime;
use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkGroup, Criterion, SamplingMode, Throughput};
use std::fs;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("examples").join("data")
}

fn read_sample() -> String {
    fs::read_to_string(data_dir().join("sample.txt")).expect("examples/data/sample.txt is readable UTF-8")
}

/// Every `*.txt` of `examples/data`, sorted by name.
fn read_data_set() -> Vec<String> {
    let mut paths: Vec<PathBuf> = fs::read_dir(data_dir())
        .expect("examples/data exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths.iter().map(|p| fs::read_to_string(p).expect("data files are UTF-8")).collect()
}

/// The baseline: split into lines and decode every char of each.
fn baseline(text: &str) -> u32 {
    let mut sum = 0u32;
    for line in text.lines() {
        sum = line.chars().fold(sum, |s, c| s.wrapping_add(c as u32)).wrapping_add(1);
    }
    sum
}

/// The floor: split into lines and count the chars of each (no decoding).
fn baseline_count(text: &str) -> usize {
    let mut total = 0usize;
    for line in text.lines() {
        total = total.wrapping_add(line.chars().count()).wrapping_add(1);
    }
    total
}

/// Splits the sample into front matter (clutter, title, addressee,
/// preamble), body (the numbered parts) and back matter (signature, clutter).
fn split_sample(sample: &str) -> (&str, &str, &str) {
    let body_start = sample.find("\n一、").map_or(0, |i| i + 1);
    let body_end = sample[body_start..].rfind("\n\n").map_or(sample.len(), |i| body_start + i + 1);
    (&sample[..body_start], &sample[body_start..body_end], &sample[body_end..])
}

/// A report of at least `target` bytes: the sample's front matter, its body
/// repeated, its signature. The repeated parts restart their numbering, as
/// a compilation of several years' reports would.
fn grow(sample: &str, target: usize) -> String {
    let (front, body, back) = split_sample(sample);
    let mut out = String::with_capacity(target + sample.len());
    out.push_str(front);
    while out.len() + back.len() < target {
        out.push_str(body);
    }
    out.push_str(back);
    out
}

/// 100,000 quantities of varied units and qualifiers, 100 to a line.
fn numbers_run() -> String {
    const UNITS: [&str; 10] = ["件", "次", "人次", "场次", "万元", "%", "名", "个", "项", "家次"];
    const QUALIFIED: [(&str, &str); 5] = [("", ""), ("约", ""), ("", "余"), ("近", ""), ("不少于", "")];
    let mut out = String::from("关于2024年度工作情况的报告\n一、主要数据\n");
    let mut n: u64 = 0;
    for line in 0..1000u64 {
        out.push_str("全年累计");
        for k in 0..100u64 {
            n += 1;
            let (pre, post) = QUALIFIED[((line + k) % 5) as usize];
            let unit = UNITS[(n % 10) as usize];
            let value = (n * 7919) % 100_000;
            if k > 0 {
                out.push('、');
            }
            out.push_str(pre);
            if n.is_multiple_of(4) {
                out.push_str(&format!("{}.{}", value / 10, value % 10));
            } else {
                out.push_str(&value.to_string());
            }
            out.push_str(post);
            out.push_str(unit);
        }
        out.push_str("。\n");
    }
    out
}

/// Headings going down through every level and back up, 2,000 times:
/// `第一部分` → `一、` → `（一）` → `1.` → `1、` → `（1）` → `①`, each with a
/// short body.
fn nested_headings() -> String {
    const NUMS: [&str; 10] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
    const CIRCLED: [char; 10] = ['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨', '⑩'];
    let mut out = String::from("关于2024年度法治政府建设情况的报告\n现将有关情况报告如下：\n");
    for rep in 0..2000usize {
        let i = rep % 10;
        let n = NUMS[i];
        out.push_str(&format!("第{n}部分 工作情况\n"));
        out.push_str(&format!("{n}、强化组织领导\n"));
        out.push_str(&format!("（{n}）健全工作机制。全年召开会议{}次。\n", rep % 9 + 1));
        out.push_str(&format!("{}.完善议事规则。审查文件{}件。\n", i + 1, rep % 50 + 3));
        out.push_str(&format!("{}、落实责任清单\n", i + 1));
        out.push_str(&format!("（{}）规范决策程序。征集意见{}条。\n", i + 1, rep % 70 + 5));
        out.push_str(&format!("{}开展专题培训，参训{}人次。\n", CIRCLED[i], rep % 300 + 20));
    }
    out
}

/// The flattened sample repeated into one line of about 1 MB.
fn long_line() -> String {
    let flat = fs::read_to_string(data_dir().join("flattened.txt")).expect("examples/data/flattened.txt is UTF-8");
    let flat = flat.trim_end();
    let mut out = String::with_capacity(1 << 20);
    while out.len() < 1 << 20 {
        out.push_str(flat);
    }
    out.push('\n');
    out
}

/// Baseline, parse, indicators alone, and parse + indicators + JSON on one text.
fn bench_one(group: &mut BenchmarkGroup<'_, WallTime>, text: &str, json: bool) {
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("baseline", |b| b.iter(|| baseline(black_box(text))));
    group.bench_function("baseline_count", |b| b.iter(|| baseline_count(black_box(text))));
    group.bench_function("parse", |b| b.iter(|| gongwen::parse(black_box(text))));
    group.bench_function("indicators", |b| {
        b.iter_batched_ref(|| gongwen::parse(text), |doc| doc.indicators().len(), BatchSize::LargeInput)
    });
    group.bench_function("parse_indicators", |b| b.iter(|| gongwen::parse(black_box(text)).indicators().len()));
    if json {
        group.bench_function("parse_indicators_json", |b| {
            b.iter(|| {
                let doc = gongwen::parse(black_box(text));
                let n = doc.indicators().len();
                let json = serde_json::to_vec(&doc).expect("a Document serializes");
                (n, json.len())
            })
        });
    }
}

fn sample(c: &mut Criterion) {
    let text = read_sample();
    let mut group = c.benchmark_group("sample");
    group.warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3));
    bench_one(&mut group, &text, true);
    group.finish();
}

fn data_set(c: &mut Criterion) {
    let texts = read_data_set();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut group = c.benchmark_group("data_set");
    group.warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3));
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("baseline", |b| {
        b.iter(|| texts.iter().map(|t| baseline(black_box(t))).fold(0u32, u32::wrapping_add))
    });
    group.bench_function("baseline_count", |b| {
        b.iter(|| texts.iter().map(|t| baseline_count(black_box(t))).sum::<usize>())
    });
    group.bench_function("parse", |b| {
        b.iter(|| texts.iter().map(|t| gongwen::parse(black_box(t)).sections().len()).sum::<usize>())
    });
    group.bench_function("indicators", |b| {
        b.iter_batched_ref(
            || texts.iter().map(|t| gongwen::parse(t)).collect::<Vec<_>>(),
            |docs| docs.iter().map(|d| d.indicators().len()).sum::<usize>(),
            BatchSize::LargeInput,
        )
    });
    group.bench_function("parse_indicators", |b| {
        b.iter(|| texts.iter().map(|t| gongwen::parse(black_box(t)).indicators().len()).sum::<usize>())
    });
    // The quantity scan alone, over each whole text: in a loop of its own,
    // and right after a parse of the five (as `indicators` runs). The two
    // differ by what the parse leaves in the caches and branch predictors.
    group.bench_function("find", |b| {
        b.iter(|| texts.iter().map(|t| gongwen::quantity::find(black_box(t)).len()).sum::<usize>())
    });
    group.bench_function("find_after_parse", |b| {
        b.iter_batched_ref(
            || texts.iter().map(|t| gongwen::parse(t)).collect::<Vec<_>>(),
            |_docs| texts.iter().map(|t| gongwen::quantity::find(black_box(t)).len()).sum::<usize>(),
            // One scan after each parse: a larger batch would run the scans
            // back to back, after one another rather than after a parse.
            BatchSize::PerIteration,
        )
    });
    group.bench_function("parse_indicators_json", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| {
                    let doc = gongwen::parse(black_box(t));
                    serde_json::to_vec(&doc).expect("a Document serializes").len()
                })
                .sum::<usize>()
        })
    });
    group.finish();
}

fn grown(c: &mut Criterion) {
    let sample = read_sample();
    let mut group = c.benchmark_group("grown");
    for (name, size) in [("10KB", 10_000), ("100KB", 100_000), ("1MB", 1_000_000), ("10MB", 10_000_000)] {
        let text = grow(&sample, size);
        group.throughput(Throughput::Bytes(text.len() as u64));
        if size >= 1_000_000 {
            group.sampling_mode(SamplingMode::Flat).sample_size(10).warm_up_time(Duration::from_secs(1));
            group.measurement_time(Duration::from_secs(if size >= 10_000_000 { 12 } else { 4 }));
        } else {
            group.sampling_mode(SamplingMode::Auto).sample_size(50).warm_up_time(Duration::from_secs(1));
            group.measurement_time(Duration::from_secs(2));
        }
        group.bench_function(format!("baseline/{name}"), |b| b.iter(|| baseline(black_box(&text))));
        group.bench_function(format!("baseline_count/{name}"), |b| b.iter(|| baseline_count(black_box(&text))));
        group.bench_function(format!("parse/{name}"), |b| b.iter(|| gongwen::parse(black_box(&text))));
        group.bench_function(format!("parse_indicators/{name}"), |b| {
            b.iter(|| gongwen::parse(black_box(&text)).indicators().len())
        });
    }
    group.finish();
}

fn stress(c: &mut Criterion) {
    for (name, text) in [("numbers", numbers_run()), ("nested", nested_headings()), ("long_line", long_line())] {
        let mut group = c.benchmark_group(name);
        group.sampling_mode(SamplingMode::Flat).sample_size(10);
        group.warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(4));
        bench_one(&mut group, &text, false);
        if name == "numbers" {
            // The quantity scanner alone, on the text as one string.
            group.bench_function("find", |b| b.iter(|| gongwen::quantity::find(black_box(&text)).len()));
        }
        group.finish();
    }
}

/// The inputs of the `hostile` group: a name and the text at `size` bytes.
fn hostile_inputs(size: usize) -> Vec<(&'static str, String)> {
    let rep = |p: &str| p.repeat(size.div_ceil(p.len()));
    let controls: String =
        ['\u{1}', '\u{2}', '\u{7}', '\u{8}', '\u{b}', '\u{c}', '\u{1b}', '\u{7f}', '\u{0}', 'a'].iter().collect();
    vec![
        ("glued_date", format!("。{}{}", "二".repeat(size / 6), "）".repeat(size / 6))),
        ("year_clause", format!("。一、{}", "1".repeat(size.saturating_sub(9)))),
        ("open_quote", rep("1件“")),
        ("blank_lines", rep("\n")),
        ("marker_lines", rep("1.\n")),
        ("one_char_lines", rep("字\n")),
        ("controls", rep(&controls)),
        ("figures", rep("1件")),
    ]
}

fn hostile(c: &mut Criterion) {
    let mut group = c.benchmark_group("hostile");
    group.sampling_mode(SamplingMode::Flat).sample_size(10);
    group.warm_up_time(Duration::from_millis(200)).measurement_time(Duration::from_secs(1));
    for (size_name, size) in [("64KB", 64 << 10), ("1MB", 1 << 20), ("8MB", 8 << 20)] {
        for (name, text) in hostile_inputs(size) {
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_function(format!("{name}/{size_name}"), |b| {
                b.iter(|| gongwen::parse(black_box(&text)).indicators().len())
            });
        }
    }
    group.finish();
}

criterion_group!(benches, sample, data_set, grown, stress, hostile);
criterion_main!(benches);
