//! Print every indicator of a report: section path, label, value, unit,
//! qualifiers and the text as written.
//!
//! ```text
//! cargo run --example extract                     # the bundled sample
//! cargo run --example extract -- PATH             # a table
//! cargo run --example extract -- --csv PATH       # CSV, one indicator a row
//! cargo run --example extract -- --json PATH      # a JSON array of indicators
//! ```
//! The report may be UTF-8, GB18030 or UTF-16.

use gongwen::Indicator;
use std::process::ExitCode;

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
                println!("usage: extract [--csv | --json] [PATH]   (default: examples/data/sample.txt)");
                return ExitCode::SUCCESS;
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
    match format {
        Format::Json => match serde_json::to_string_pretty(indicators) {
            Ok(s) => println!("{s}"),
            Err(e) => {
                eprintln!("extract: cannot write JSON: {e}");
                return ExitCode::FAILURE;
            }
        },
        Format::Csv => {
            println!("section,label,value,upper,unit,kind,qualifiers,direction,text,start,end");
            for ind in indicators {
                let row = [
                    section_path(ind),
                    ind.label.to_string(),
                    ind.value.to_string(),
                    ind.upper.map(|u| u.to_string()).unwrap_or_default(),
                    ind.unit.to_string(),
                    json_word(&ind.kind),
                    qualifiers(ind),
                    ind.direction.as_ref().map(json_word).unwrap_or_default(),
                    ind.text.to_string(),
                    ind.span.start.to_string(),
                    ind.span.end.to_string(),
                ];
                let row: Vec<String> = row.iter().map(|f| csv_field(f)).collect();
                println!("{}", row.join(","));
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
            print_row(&header, &widths);
            for row in &rows {
                print_row(row, &widths);
            }
            println!("{} indicators", rows.len());
        }
    }
    ExitCode::SUCCESS
}

/// The headings above an indicator, joined: `一、… / （二）…`.
fn section_path(ind: &Indicator) -> String {
    ind.section.iter().map(|s| format!("{}{}", s.marker, s.title)).collect::<Vec<_>>().join(" / ")
}

fn qualifiers(ind: &Indicator) -> String {
    ind.qualifiers.iter().map(json_word).collect::<Vec<_>>().join("+")
}

/// The serde name of an enum value (`more_than`, `count`).
fn json_word<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).map(|s| s.trim_matches('"').to_owned()).unwrap_or_default()
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

fn print_row(cells: &[String; 6], widths: &[usize; 6]) {
    let mut line = String::new();
    for (i, (cell, w)) in cells.iter().zip(widths).enumerate() {
        line.push_str(cell);
        if i + 1 < cells.len() {
            line.push_str(&" ".repeat(w - width(cell) + 2));
        }
    }
    println!("{}", line.trim_end());
}
