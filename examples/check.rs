//! Check reports like a linter: for each, its genre, its top-level parts
//! and every diagnostic as `path:line:col: rule: message`.
//!
//! ```text
//! cargo run --example check -- PATH…
//! ```
//!
//! Exits with 1 when a report lacks a part its genre's rules require
//! (`missing-part`), with 2 on bad arguments or a file that cannot be read.

use gongwen::{Document, Rule};
use std::io::{self, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: check PATH...   (print each report's genre, parts and diagnostics; \
exit 1 when a report lacks a required part)";

fn main() -> ExitCode {
    let mut paths = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            "--" => {}
            flag if flag.starts_with('-') => {
                eprintln!("check: unknown option {flag} (try --help)");
                return ExitCode::from(2);
            }
            _ => paths.push(arg),
        }
    }
    if paths.is_empty() {
        eprintln!("check: no report given (try --help)");
        return ExitCode::from(2);
    }
    let mut out = io::stdout().lock();
    let mut lacking = false;
    for path in &paths {
        let doc = match std::fs::read(path)
            .map_err(|e| e.to_string())
            .and_then(|b| gongwen::parse_bytes(&b).map_err(|e| e.to_string()))
        {
            Ok(doc) => doc,
            Err(e) => {
                eprintln!("check: {path}: {e}");
                return ExitCode::from(2);
            }
        };
        lacking |= doc.diagnostics().iter().any(|d| d.rule == Rule::MissingPart);
        match print_report(&mut out, path, &doc) {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("check: cannot write: {e}");
                return ExitCode::from(2);
            }
            Ok(()) => {}
        }
    }
    if lacking {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn print_report(out: &mut impl Write, path: &str, doc: &Document) -> io::Result<()> {
    writeln!(out, "{path}: genre {}", doc.genre())?;
    for s in doc.sections() {
        let kind = s.kind.map_or("-".to_owned(), |k| k.to_string());
        writeln!(out, "  {}{}  [{kind}]", s.heading.marker.text, s.heading.title)?;
    }
    let index = doc.line_index();
    for d in doc.diagnostics() {
        let at = index.location(doc.source(), d.span.start);
        writeln!(out, "{path}:{}:{}: {}: {}", at.line, at.column, d.rule.id(), d.message)?;
    }
    Ok(())
}
