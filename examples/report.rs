//! Print a report's outline, metadata and paragraph count, or its JSON.
//!
//! ```text
//! cargo run --example report                      # the bundled sample
//! cargo run --example report -- PATH              # any report (UTF-8, GB18030 or UTF-16)
//! cargo run --example report -- --json PATH       # the JSON of spec/json.md
//! ```

use gongwen::{Document, Section};
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
    if json {
        match serde_json::to_string(&doc) {
            Ok(s) => println!("{s}"),
            Err(e) => {
                eprintln!("report: cannot write JSON: {e}");
                return ExitCode::FAILURE;
            }
        }
    } else {
        print_outline(&doc);
    }
    ExitCode::SUCCESS
}

fn print_outline(doc: &Document) {
    let m = doc.metadata();
    println!("title:     {}", m.title.as_deref().unwrap_or("-"));
    println!("issuers:   {}", if m.issuers.is_empty() { "-".to_owned() } else { m.issuers.join("、") });
    println!("year:      {}", m.year.map_or("-".to_owned(), |y| y.to_string()));
    println!("signed:    {}", m.signed.map_or("-".to_owned(), |d| d.to_string()));
    println!("published: {}", m.published.map_or("-".to_owned(), |d| d.to_string()));
    println!("source:    {}", m.source.as_deref().unwrap_or("-"));
    println!("encoding:  {:?}", doc.encoding());
    println!();
    for top in doc.sections() {
        for s in top.walk() {
            print_heading(s);
        }
    }
    println!();
    println!(
        "{} sections, {} paragraphs, {} indicators, {} bytes",
        doc.all_sections().count(),
        doc.paragraphs().count(),
        doc.indicators().len(),
        doc.source().len()
    );
    for d in doc.diagnostics() {
        let at = doc.line_index().location(doc.source(), d.span.start);
        println!("note: {} (line {}): {}", d.rule.id(), at.line, d.message);
    }
}

fn print_heading(s: &Section) {
    let indent = "  ".repeat(s.depth);
    let kind = match (s.depth, s.kind) {
        (0, Some(k)) => format!("  [{k}]"),
        (0, None) => "  [-]".to_owned(),
        _ => String::new(),
    };
    println!("{indent}{}{}{kind}", s.heading.marker.text, s.heading.title);
}
