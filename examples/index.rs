//! Turn a directory of reports into chunks for a search index: one JSON
//! object a line, each a [`gongwen::Chunk`] with the report's path and
//! title.
//!
//! ```text
//! cargo run --example index                       # the bundled examples/data
//! cargo run --example index -- DIR [--max CHARS]  # every *.txt under DIR, chunks of at most CHARS chars (default 500)
//! ```
//!
//! A line: `{"path":"…","title":"…","chunk":0,"text":"…","span":{"start":…,"end":…},
//! "path_in_report":"一、… / （二）…","kind":"measures","section":0}`.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data");
const USAGE: &str = "usage: index [DIR] [--max CHARS]   (default: examples/data, 500 chars)";

#[derive(serde::Serialize)]
struct Line<'a> {
    path: &'a str,
    title: Option<&'a str>,
    chunk: usize,
    text: &'a str,
    span: gongwen::Span,
    path_in_report: &'a str,
    kind: Option<gongwen::PartKind>,
    section: Option<usize>,
}

fn main() -> ExitCode {
    let (dir, max) = match parse_args() {
        Ok(Some(args)) => args,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(msg) => {
            eprintln!("index: {msg} (see --help)");
            return ExitCode::from(2);
        }
    };
    let mut files = Vec::new();
    if let Err(e) = txt_files(&dir, &mut files) {
        eprintln!("index: cannot read {}: {e}", dir.display());
        return ExitCode::FAILURE;
    }
    let mut out = io::BufWriter::new(io::stdout().lock());
    for file in &files {
        let doc = match std::fs::read(file)
            .map_err(|e| e.to_string())
            .and_then(|b| gongwen::parse_bytes(&b).map_err(|e| e.to_string()))
        {
            Ok(doc) => doc,
            Err(e) => {
                eprintln!("index: skipping {}: {e}", file.display());
                continue;
            }
        };
        let path = file.to_string_lossy();
        for (n, c) in doc.chunks(max).enumerate() {
            let line = Line {
                path: &path,
                title: doc.title(),
                chunk: n,
                text: &c.text,
                span: c.span,
                path_in_report: &c.path,
                kind: c.kind,
                section: c.section,
            };
            let written = serde_json::to_writer(&mut out, &line).map_err(io::Error::from).and_then(|()| writeln!(out));
            if let Err(e) = written {
                return write_failed(e);
            }
        }
    }
    match out.flush() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => write_failed(e),
    }
}

/// A closed pipe (`| head`) ends the output quietly; anything else is an error.
fn write_failed(e: io::Error) -> ExitCode {
    if e.kind() == io::ErrorKind::BrokenPipe {
        return ExitCode::SUCCESS;
    }
    eprintln!("index: cannot write: {e}");
    ExitCode::FAILURE
}

/// The directory and the chunk size; `None` for `--help`.
fn parse_args() -> Result<Option<(PathBuf, usize)>, String> {
    let (mut dir, mut max) = (None, 500);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "--max" => {
                let n = args.next().ok_or("--max needs a number")?;
                max = n.parse().ok().filter(|&n| n > 0).ok_or(format!("--max needs a positive number, not {n:?}"))?;
            }
            s if s.starts_with('-') => return Err(format!("unknown option {s}")),
            _ if dir.is_some() => return Err("give one directory".into()),
            _ => dir = Some(PathBuf::from(arg)),
        }
    }
    Ok(Some((dir.unwrap_or_else(|| PathBuf::from(DATA)), max)))
}

/// The `*.txt` files under `dir`, sorted; `dir` itself if it is a file.
fn txt_files(dir: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
    if !dir.is_dir() {
        std::fs::metadata(dir)?;
        out.push(dir.to_path_buf());
        return Ok(());
    }
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d)? {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "txt") {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(())
}
