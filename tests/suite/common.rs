//! Helpers shared by the integration tests.
#![allow(dead_code)]

use gongwen::{Document, Rule};

/// The outline as (depth, marker, ordinal, title), in document order.
pub fn outline(doc: &Document) -> Vec<(usize, String, u32, String)> {
    doc.all_sections()
        .map(|s| (s.depth, s.heading.marker.text.to_string(), s.heading.marker.ordinal, s.heading.title.to_string()))
        .collect()
}

/// The outline as indented `marker title` lines, for readable assertions.
pub fn outline_text(doc: &Document) -> Vec<String> {
    doc.all_sections()
        .map(|s| format!("{}{}{}", "  ".repeat(s.depth), s.heading.marker.text, s.heading.title))
        .collect()
}

/// Parse and assert the tree's invariants and losslessness.
pub fn parse_checked(text: &str) -> Document {
    let doc = gongwen::parse(text);
    if let Err(v) = gongwen::invariants::check(&doc) {
        panic!("invariants should hold for {text:?}: {v:?}");
    }
    let rebuilt: String = doc.leaves().iter().map(|l| doc.text(l.span)).collect();
    assert_eq!(rebuilt, text, "leaves should rebuild the source byte for byte");
    doc
}

/// The ids of the diagnostics with rule `rule`.
pub fn count(doc: &Document, rule: Rule) -> usize {
    doc.diagnostics().iter().filter(|d| d.rule == rule).count()
}
