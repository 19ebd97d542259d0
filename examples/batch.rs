//! Parse many reports in parallel and write one JSON line per report.
//!
//! ```text
//! cargo run --release --example batch -- [OPTIONS] [PATH]...
//!
//!   PATH           a report file, or a directory searched recursively for *.txt
//!   --list FILE    also read the paths listed in FILE, one a line ('-' for stdin)
//!   --out FILE     write the JSON lines to FILE instead of stdout
//!   --threads N    use N worker threads (default: one per core)
//!   --no-progress  never show the progress bar
//! ```
//!
//! Files are read as bytes and decoded by [`gongwen::parse_bytes`] (UTF-8,
//! GB18030, UTF-16 with a BOM). Each line of the output is one report, in the
//! order of the input paths (in a directory, its files in name order, then
//! its subdirectories):
//!
//! ```json
//! {"path":"…","bytes":10173,"encoding":"utf-8","title":"…","issuers":["…"],"year":2024,
//!  "signed":"2025-03-05","published":"2025-03-12T09:30","parts":["measures",…,null],
//!  "indicators":[{"start":…,"end":…,"text":"3084件","value":3084,"unit":"件",
//!                 "qualifiers":[],"label":"办件","kind":"count"},…]}
//! ```
//!
//! A report that cannot be read or decoded gets a line
//! `{"path":"…","error":"…"}` instead, is counted as a failure, and the batch
//! goes on. A panic inside the parser (which would be a bug) is caught and
//! reported the same way.
//!
//! A progress bar is drawn on stderr when stderr is a terminal and there are
//! more than 100 files. A summary goes to stderr at the end: reports,
//! megabytes (10^6 bytes) read, seconds, MB/s, and the failures with their
//! reasons.
//!
//! Exit status: 0 when at least one report was parsed (failures are in the
//! summary and in the output, not in the status); 1 when nothing could be
//! read at all (no input files found, or every file failed) or the output
//! could not be written; 2 for a usage error.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use serde::Serialize;
use std::fs;
use std::io::{self, BufRead, BufWriter, IsTerminal, Write};
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// Reports handed to the thread pool at a time; the output is written in
/// input order after each chunk, so memory stays bounded on huge batches.
const CHUNK: usize = 512;
/// Fewer files than this and the progress bar is not worth drawing.
const PROGRESS_MIN: usize = 100;
/// Failures listed one by one in the summary; the rest are counted.
const FAILURES_SHOWN: usize = 20;

const USAGE: &str = "usage: batch [--list FILE] [--out FILE] [--threads N] [--no-progress] [PATH]...";

struct Options {
    inputs: Vec<PathBuf>,
    lists: Vec<PathBuf>,
    out: Option<PathBuf>,
    threads: Option<usize>,
    progress: bool,
}

fn parse_args() -> Result<Options, String> {
    let mut opts = Options { inputs: Vec::new(), lists: Vec::new(), out: None, threads: None, progress: true };
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        match arg.to_str() {
            Some("--list") => opts.lists.push(args.next().ok_or("--list needs a FILE")?.into()),
            Some("--out") | Some("-o") => opts.out = Some(args.next().ok_or("--out needs a FILE")?.into()),
            Some("--threads") | Some("-j") => {
                let n = args.next().ok_or("--threads needs a number")?;
                let n = n.to_str().and_then(|s| s.parse::<usize>().ok()).filter(|&n| n > 0);
                opts.threads = Some(n.ok_or("--threads needs a positive number")?);
            }
            Some("--no-progress") => opts.progress = false,
            Some("-h") | Some("--help") => return Err(String::new()),
            Some(s) if s.starts_with("--") => return Err(format!("unknown option {s}")),
            _ => opts.inputs.push(arg.into()),
        }
    }
    if opts.inputs.is_empty() && opts.lists.is_empty() {
        return Err("no input: give a directory, a file or --list FILE".into());
    }
    Ok(opts)
}

/// A report that could not be turned into a JSON line, and why.
struct Failure {
    path: PathBuf,
    reason: String,
}

/// The input paths: files as given, directories walked (without recursion
/// on the stack) for `*.txt`, list files read line by line. Problems found
/// on the way (an unreadable directory, a missing file) are failures.
fn collect_paths(opts: &Options, failures: &mut Vec<Failure>) -> Vec<PathBuf> {
    let mut paths = Vec::new();
    let mut roots: Vec<PathBuf> = opts.inputs.clone();
    for list in &opts.lists {
        let reader: Box<dyn BufRead> = if list.as_os_str() == "-" {
            Box::new(io::stdin().lock())
        } else {
            match fs::File::open(list) {
                Ok(f) => Box::new(io::BufReader::new(f)),
                Err(e) => {
                    failures.push(Failure { path: list.clone(), reason: format!("cannot read list: {e}") });
                    continue;
                }
            }
        };
        for line in reader.lines() {
            match line {
                Ok(line) => {
                    let line = line.trim();
                    if !line.is_empty() && !line.starts_with('#') {
                        roots.push(PathBuf::from(line));
                    }
                }
                Err(e) => {
                    failures.push(Failure { path: list.clone(), reason: format!("cannot read list: {e}") });
                    break;
                }
            }
        }
    }
    for root in roots {
        if root.is_dir() {
            walk(&root, &mut paths, failures);
        } else {
            // Files are taken as given, whatever their extension; a missing
            // one fails when it is read.
            paths.push(root);
        }
    }
    paths
}

/// The `*.txt` files under `root`: in each directory its files in name
/// order, then its subdirectories in name order.
fn walk(root: &Path, paths: &mut Vec<PathBuf>, failures: &mut Vec<Failure>) {
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) => {
                failures.push(Failure { path: dir, reason: format!("cannot read directory: {e}") });
                continue;
            }
        };
        let mut files = Vec::new();
        let mut dirs = Vec::new();
        for entry in entries {
            let entry = match entry {
                Ok(entry) => entry,
                Err(e) => {
                    failures.push(Failure { path: dir.clone(), reason: format!("cannot read directory: {e}") });
                    continue;
                }
            };
            let path = entry.path();
            // Follows symbolic links, like `is_dir` above.
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|x| x.eq_ignore_ascii_case("txt")) {
                files.push(path);
            }
        }
        files.sort();
        paths.extend(files);
        dirs.sort();
        stack.extend(dirs.into_iter().rev());
    }
}

/// Reads, decodes and parses one report into its JSON line. Returns the
/// number of bytes read along with the line or the reason it failed.
fn process(path: &Path) -> (u64, Result<String, String>) {
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) => return (0, Err(format!("cannot read: {e}"))),
    };
    let len = bytes.len() as u64;
    let result = panic::catch_unwind(AssertUnwindSafe(|| report_json(path, &bytes)));
    let result = match result {
        Ok(Ok(line)) => line.map_err(|e| format!("cannot write JSON: {e}")),
        Ok(Err(e)) => Err(format!("cannot decode: {e}")),
        Err(payload) => {
            let msg = payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            Err(format!("parser panicked: {msg}"))
        }
    };
    (len, result)
}

/// One line of output for a parsed report.
#[derive(Serialize)]
struct ReportLine<'a> {
    path: std::borrow::Cow<'a, str>,
    bytes: usize,
    encoding: &'static str,
    title: Option<&'a str>,
    issuers: &'a [String],
    year: Option<u16>,
    signed: Option<String>,
    published: Option<String>,
    /// The part kind of each top-level section, `null` when it is none of
    /// the five.
    parts: Vec<Option<&'static str>>,
    indicators: Vec<IndicatorLine<'a>>,
}

/// The fields of an indicator that the batch keeps, borrowed from it: each
/// serializes with its own type's serde form, as in the library's JSON.
#[derive(Serialize)]
struct IndicatorLine<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    value: gongwen::numeral::Decimal,
    unit: &'a str,
    qualifiers: &'a [gongwen::quantity::Qualifier],
    label: &'a str,
    kind: gongwen::quantity::QuantityKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    direction: Option<gongwen::quantity::Direction>,
}

/// One line of output for a report that failed.
#[derive(Serialize)]
struct ErrorLine<'a> {
    path: std::borrow::Cow<'a, str>,
    error: &'a str,
}

fn report_json(path: &Path, bytes: &[u8]) -> Result<Result<String, serde_json::Error>, gongwen::Error> {
    let doc = gongwen::parse_bytes(bytes)?;
    let line = ReportLine {
        path: path.to_string_lossy(),
        bytes: bytes.len(),
        encoding: doc.encoding().name(),
        title: doc.title(),
        issuers: doc.issuers(),
        year: doc.year(),
        signed: doc.signed().map(|d| d.to_string()),
        published: doc.published().map(|d| d.to_string()),
        parts: doc.sections().iter().map(|s| s.kind.map(|k| k.name())).collect(),
        indicators: doc.indicators().iter().map(indicator_line).collect(),
    };
    Ok(serde_json::to_string(&line))
}

fn indicator_line(ind: &gongwen::Indicator) -> IndicatorLine<'_> {
    IndicatorLine {
        start: ind.span.start,
        end: ind.span.end,
        text: &ind.text,
        value: ind.value,
        unit: &ind.unit,
        qualifiers: &ind.qualifiers,
        label: &ind.label,
        kind: ind.kind,
        direction: ind.direction,
    }
}

fn main() -> ExitCode {
    let opts = match parse_args() {
        Ok(opts) => opts,
        Err(msg) => {
            if msg.is_empty() {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            eprintln!("batch: {msg}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let start = Instant::now();
    if let Some(n) = opts.threads {
        if let Err(e) = rayon::ThreadPoolBuilder::new().num_threads(n).build_global() {
            eprintln!("batch: cannot set up {n} threads: {e}");
        }
    }
    // Panics in the parser are caught and reported per file: silence the
    // default message (it would break the progress bar) while parsing.
    let default_hook = panic::take_hook();
    panic::set_hook(Box::new(|_| {}));

    let mut failures = Vec::new();
    let paths = collect_paths(&opts, &mut failures);

    let mut out: Box<dyn Write> = match &opts.out {
        Some(path) => match fs::File::create(path) {
            Ok(f) => Box::new(BufWriter::with_capacity(1 << 20, f)),
            Err(e) => {
                eprintln!("batch: cannot create {}: {e}", path.display());
                return ExitCode::FAILURE;
            }
        },
        None => Box::new(BufWriter::with_capacity(1 << 20, io::stdout().lock())),
    };

    let bar = if opts.progress && paths.len() >= PROGRESS_MIN && io::stderr().is_terminal() {
        let bar = ProgressBar::with_draw_target(Some(paths.len() as u64), ProgressDrawTarget::stderr());
        let style = ProgressStyle::with_template("{bar:40} {pos}/{len} reports, {elapsed} elapsed, eta {eta}")
            .unwrap_or_else(|_| ProgressStyle::default_bar());
        bar.set_style(style);
        bar
    } else {
        ProgressBar::hidden()
    };

    let mut parsed = 0usize;
    let mut bytes_read = 0u64;
    let mut write_error = None;
    'chunks: for chunk in paths.chunks(CHUNK) {
        let results: Vec<(u64, Result<String, String>)> = chunk
            .par_iter()
            .map(|path| {
                let r = process(path);
                bar.inc(1);
                r
            })
            .collect();
        for (path, (len, result)) in chunk.iter().zip(results) {
            bytes_read += len;
            let line = match result {
                Ok(line) => {
                    parsed += 1;
                    line
                }
                Err(reason) => {
                    let line = serde_json::to_string(&ErrorLine { path: path.to_string_lossy(), error: &reason })
                        .unwrap_or_else(|_| String::from("{}"));
                    failures.push(Failure { path: path.clone(), reason });
                    line
                }
            };
            if let Err(e) = writeln!(out, "{line}") {
                write_error = Some(e);
                break 'chunks;
            }
        }
    }
    if write_error.is_none() {
        write_error = out.flush().err();
    }
    bar.finish_and_clear();
    panic::set_hook(default_hook);

    let secs = start.elapsed().as_secs_f64();
    let mb = bytes_read as f64 / 1e6;
    let rate = if secs > 0.0 { mb / secs } else { 0.0 };
    eprintln!(
        "batch: {} reports, {parsed} parsed, {} failed; {mb:.2} MB in {secs:.2} s, {rate:.2} MB/s",
        paths.len(),
        paths.len() - parsed
    );
    if failures.len() > paths.len() - parsed {
        eprintln!("batch: {} inputs could not be listed", failures.len() - (paths.len() - parsed));
    }
    for f in failures.iter().take(FAILURES_SHOWN) {
        eprintln!("  failed: {}: {}", f.path.display(), f.reason);
    }
    if failures.len() > FAILURES_SHOWN {
        eprintln!("  … and {} more failures", failures.len() - FAILURES_SHOWN);
    }
    if let Some(e) = write_error {
        if e.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("batch: cannot write output: {e}");
        }
        return ExitCode::FAILURE;
    }
    if parsed == 0 {
        eprintln!("batch: nothing could be read");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
