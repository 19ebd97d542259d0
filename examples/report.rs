//! Print a report's outline, metadata and paragraph count, or its JSON.
//!
//! ```text
//! cargo run --example report                      # the bundled sample
//! cargo run --example report -- PATH              # any report (UTF-8, GB18030 or UTF-16)
//! cargo run --example report -- --json PATH       # the JSON of spec/json.md
//! ```

use gongwen::{Document, Section};
use std::io::{self, Write};
use std::process::ExitCode;

const SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data/sample.txt");

fn main() -> ExitCode {
    let mut json = false;
    let mut path = None;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--json" => json = true,
            "-h" | "--help" => {
                println!("usage: report [--json] [PATH]   (default: examples/data/sample.txt)");
                return ExitCode::SUCCESS;
            }
            s if s.starts_with('-') => {
                eprintln!("report: unknown option {s} (see --help)");
                return ExitCode::from(2);
            }
            _ if path.is_some() => {
                eprintln!("report: give one PATH (see --help)");
                return ExitCode::from(2);
            }
            _ => path = Some(arg),
        }
    }
    let path = path.unwrap_or_else(|| SAMPLE.to_owned());
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("report: cannot read {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let doc = match gongwen::parse_bytes(&bytes) {
        Ok(doc) => doc,
        Err(e) => {
            eprintln!("report: cannot decode {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut out = io::stdout().lock();
    let written = if json {
        serde_json::to_writer(&mut out, &doc).map_err(io::Error::from).and_then(|()| writeln!(out))
    } else {
        print_outline(&mut out, &doc)
    };
    match written {
        // A reader that stops early (`| head`) is not an error.
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            eprintln!("report: cannot write: {e}");
            ExitCode::FAILURE
        }
        _ => ExitCode::SUCCESS,
    }
}

fn print_outline(out: &mut impl Write, doc: &Document) -> io::Result<()> {
    let m = doc.metadata();
    writeln!(out, "title:     {}", m.title.as_deref().unwrap_or("-"))?;
    writeln!(out, "issuers:   {}", if m.issuers.is_empty() { "-".to_owned() } else { m.issuers.join("、") })?;
    writeln!(out, "year:      {}", m.year.map_or("-".to_owned(), |y| y.to_string()))?;
    writeln!(out, "signed:    {}", m.signed.map_or("-".to_owned(), |d| d.to_string()))?;
    writeln!(out, "published: {}", m.published.map_or("-".to_owned(), |d| d.to_string()))?;
    writeln!(out, "source:    {}", m.source.as_deref().unwrap_or("-"))?;
    writeln!(out, "encoding:  {}", doc.encoding())?;
    writeln!(out)?;
    for top in doc.sections() {
        for s in top.walk() {
            print_heading(out, s)?;
        }
    }
    writeln!(out)?;
    writeln!(
        out,
        "{} sections, {} paragraphs, {} indicators, {} bytes",
        doc.all_sections().count(),
        doc.paragraphs().count(),
        doc.indicators().len(),
        doc.source().len()
    )?;
    for d in doc.diagnostics() {
        writeln!(out, "note: {}", doc.show(d))?;
    }
    Ok(())
}

fn print_heading(out: &mut impl Write, s: &Section) -> io::Result<()> {
    let indent = "  ".repeat(s.depth);
    let kind = match (s.depth, s.kind) {
        (0, Some(k)) => format!("  [{k}]"),
        (0, None) => "  [-]".to_owned(),
        _ => String::new(),
    };
    writeln!(out, "{indent}{}{}{kind}", s.heading.marker.text, s.heading.title)
}
