//! Print every indicator of a report: section path, label, value, unit,
//! qualifiers and the text as written.
//!
//! ```text
//! cargo run --example extract                     # the bundled sample
//! cargo run --example extract -- PATH             # a table
//! cargo run --example extract -- --csv PATH       # CSV, one indicator a row
//! cargo run --example extract -- --json PATH      # a JSON array of indicators, as in the report's JSON
//! ```
//! The report may be UTF-8, GB18030 or UTF-16.

use gongwen::Indicator;
use std::fmt::Write as _;
use std::io::{self, Write as _};
use std::process::ExitCode;

const USAGE: &str = "usage: extract [--csv | --json] [PATH]   (default: examples/data/sample.txt)";
const SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data/sample.txt");

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Table,
    Csv,
    Json,
}

fn main() -> ExitCode {
    let mut format = Format::Table;
    let mut path = None;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--csv" => format = Format::Csv,
            "--json" => format = Format::Json,
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            s if s.starts_with('-') => {
                eprintln!("extract: unknown option {s} (see --help)");
                return ExitCode::from(2);
            }
            _ => path = Some(arg),
        }
    }
    let path = path.unwrap_or_else(|| SAMPLE.to_owned());
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("extract: cannot read {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let doc = match gongwen::parse_bytes(&bytes) {
        Ok(doc) => doc,
        Err(e) => {
            eprintln!("extract: cannot decode {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let indicators = doc.indicators();
    // The whole output is built first, then written once: a reader that
    // stops early (`| head`) ends the write, not the program with a panic.
    let mut out = String::new();
    match format {
        Format::Json => match serde_json::to_string_pretty(&doc.to_report().indicators) {
            Ok(s) => out = s + "\n",
            Err(e) => {
                eprintln!("extract: cannot write JSON: {e}");
                return ExitCode::FAILURE;
            }
        },
        Format::Csv => {
            out.push_str("section,label,value,upper,unit,kind,qualifiers,direction,text,start,end\n");
            for ind in indicators {
                let row = [
                    section_path(ind),
                    ind.label.to_string(),
                    ind.value.to_string(),
                    ind.upper.map(|u| u.to_string()).unwrap_or_default(),
                    ind.unit.to_string(),
                    ind.kind.to_string(),
                    qualifiers(ind),
                    ind.direction.map(|d| d.to_string()).unwrap_or_default(),
                    ind.text.to_string(),
                    ind.span.start.to_string(),
                    ind.span.end.to_string(),
                ];
                let row: Vec<String> = row.iter().map(|f| csv_field(f)).collect();
                out.push_str(&row.join(","));
                out.push('\n');
            }
        }
        Format::Table => {
            let rows: Vec<[String; 6]> = indicators
                .iter()
                .map(|ind| {
                    let value = match ind.upper {
                        Some(u) => format!("{}–{}", ind.value, u),
                        None => ind.value.to_string(),
                    };
                    [
                        section_path(ind),
                        ind.label.to_string(),
                        value,
                        ind.unit.to_string(),
                        qualifiers(ind),
                        ind.text.to_string(),
                    ]
                })
                .collect();
            let header = ["section", "label", "value", "unit", "qualifiers", "text"].map(String::from);
            let mut widths = header.clone().map(|h| width(&h));
            for row in &rows {
                for (w, cell) in widths.iter_mut().zip(row) {
                    *w = (*w).max(width(cell));
                }
            }
            print_row(&mut out, &header, &widths);
            for row in &rows {
                print_row(&mut out, row, &widths);
            }
            let _ = writeln!(out, "{} indicators", rows.len());
        }
    }
    match io::stdout().lock().write_all(out.as_bytes()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            eprintln!("extract: cannot write: {e}");
            ExitCode::FAILURE
        }
        _ => ExitCode::SUCCESS,
    }
}

/// The headings above an indicator, joined: `一、… / （二）…`.
fn section_path(ind: &Indicator) -> String {
    ind.section.iter().map(|s| format!("{}{}", s.marker, s.title)).collect::<Vec<_>>().join(" / ")
}

/// The qualifiers' names joined: `approx+more_than`.
fn qualifiers(ind: &Indicator) -> String {
    ind.qualifiers.iter().map(|q| q.name()).collect::<Vec<_>>().join("+")
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

/// Display width: CJK and full-width chars take two columns.
fn width(s: &str) -> usize {
    s.chars().map(|c| if (c as u32) >= 0x1100 { 2 } else { 1 }).sum()
}

fn print_row(out: &mut String, cells: &[String; 6], widths: &[usize; 6]) {
    let mut line = String::new();
    for (i, (cell, w)) in cells.iter().zip(widths).enumerate() {
        line.push_str(cell);
        if i + 1 < cells.len() {
            line.push_str(&" ".repeat(w - width(cell) + 2));
        }
    }
    out.push_str(line.trim_end());
    out.push('\n');
}
