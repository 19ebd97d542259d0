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
//! its subdirectories): the report's JSON, exactly as `report --json` and
//! `serde_json::to_string(&doc)` write it (the schema of
//! [`gongwen::report`]: every key always present, one JSON type a key), with
//! two keys more in front:
//!
//! ```json
//! {"path":"…","error":null,"schema_version":1,"title":"…","issuers":["…"],"year":2024,…}
//! ```
//!
//! A line reads back as a [`gongwen::Report`] (the two extra keys are
//! ignored), and shards written over different reports load into polars or
//! DuckDB with one schema.
//!
//! A report that cannot be read or decoded gets a line with its `error`
//! set and the keys of an empty report, is counted as a failure, and the
//! batch goes on. A panic inside the parser (which would be a bug) is
//! caught and reported the same way.
//!
//! A progress count is drawn on stderr when stderr is a terminal and there
//! are more than 100 files. A summary goes to stderr at the end: reports,
//! megabytes (10^6 bytes) read, seconds, MB/s, and the failures with their
//! reasons.
//!
//! Exit status: 0 when at least one report was parsed (failures are in the
//! summary and in the output, not in the status); 1 when nothing could be
//! read at all (no input files found, or every file failed) or the output
//! could not be written; 2 for a usage error.

use serde::Serialize;
use std::fs;
use std::io::{self, BufRead, BufWriter, IsTerminal, Write};
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Instant;

/// Reports handed to the worker threads at a time; the output is written in
/// input order after each chunk, so memory stays bounded on huge batches.
const CHUNK: usize = 512;
/// Fewer files than this and the progress count is not worth drawing.
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
fn process(path: &Path) -> Outcome {
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

/// One line of output: the path, the error if any, and the report's JSON.
#[derive(Serialize)]
struct Line<'a> {
    path: std::borrow::Cow<'a, str>,
    error: Option<&'a str>,
    #[serde(flatten)]
    report: gongwen::Report,
}

fn report_json(path: &Path, bytes: &[u8]) -> Result<Result<String, serde_json::Error>, gongwen::Error> {
    let doc = gongwen::parse_bytes(bytes)?;
    Ok(serde_json::to_string(&Line { path: path.to_string_lossy(), error: None, report: doc.to_report() }))
}

/// The line of a report that failed: the keys of an empty report.
fn error_json(path: &Path, reason: &str) -> String {
    let line = Line { path: path.to_string_lossy(), error: Some(reason), report: gongwen::parse("").to_report() };
    serde_json::to_string(&line).unwrap_or_else(|_| String::from("{}"))
}

/// What [`process`] gives for one path: bytes read, and the line or why not.
type Outcome = (u64, Result<String, String>);

/// Run `process` on every path of `chunk` on `threads` threads; the
/// results in the order of `chunk`. `done` counts the paths finished.
fn run_chunk(chunk: &[PathBuf], threads: usize, done: &AtomicUsize, progress: &(dyn Fn(usize) + Sync)) -> Vec<Outcome> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Outcome>>> = Mutex::new(vec![None; chunk.len()]);
    std::thread::scope(|scope| {
        for _ in 0..threads.min(chunk.len()).max(1) {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(path) = chunk.get(i) else { break };
                let r = process(path);
                if let Ok(mut all) = results.lock() {
                    all[i] = Some(r);
                }
                progress(done.fetch_add(1, Ordering::Relaxed) + 1);
            });
        }
    });
    let results = results.into_inner().unwrap_or_else(|e| e.into_inner());
    results.into_iter().map(|r| r.unwrap_or_else(|| (0, Err("worker thread failed".into())))).collect()
}

fn main() -> ExitCode {
    let opts = match parse_args() {
        Ok(opts) => opts,
        Err(msg) => {
            if msg.is_empty() {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            eprintln!("batch: {msg} (see --help)");
            return ExitCode::from(2);
        }
    };
    let start = Instant::now();
    let threads = opts.threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    // Panics in the parser are caught and reported per file: silence the
    // default message (it would break the progress count) while parsing.
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

    let show = opts.progress && paths.len() >= PROGRESS_MIN && io::stderr().is_terminal();
    let total = paths.len();
    let step = (total / 100).max(1);
    let progress = |n: usize| {
        if show && (n.is_multiple_of(step) || n == total) {
            eprint!("\r{n}/{total} reports");
        }
    };
    let done = AtomicUsize::new(0);

    let mut parsed = 0usize;
    let mut bytes_read = 0u64;
    let mut write_error = None;
    'chunks: for chunk in paths.chunks(CHUNK) {
        let results = run_chunk(chunk, threads, &done, &progress);
        for (path, (len, result)) in chunk.iter().zip(results) {
            bytes_read += len;
            let line = match result {
                Ok(line) => {
                    parsed += 1;
                    line
                }
                Err(reason) => {
                    let line = error_json(path, &reason);
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
    if show {
        eprint!("\r{}\r", " ".repeat(24));
    }
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
