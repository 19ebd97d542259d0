//! Line endings, BOM, indents, empty and heading-less input, and every
//! bundled report: the tree is lossless and its invariants hold.

use crate::common;
use common::{outline_text, parse_checked};
use gongwen::{LeafKind, Rule};

#[test]
fn crlf_lf_and_lone_cr_parse_alike() {
    let lf =
        "某县2024年法治政府建设报告\n2024年，全县依法行政。\n一、主要举措\n（一）强化领导。办件30件。\n二、存在不足\n";
    for text in [lf.to_owned(), lf.replace('\n', "\r\n"), lf.replace('\n', "\r")] {
        let doc = parse_checked(&text);
        assert_eq!(outline_text(&doc), ["一、主要举措", "  （一）强化领导", "二、存在不足"], "for {text:?}");
        assert_eq!(doc.title(), Some("某县2024年法治政府建设报告"));
    }
}

#[test]
fn a_utf8_bom_is_its_own_leaf() {
    let doc = parse_checked("\u{feff}一、主要举措\n");
    assert_eq!(doc.leaves()[0].kind, LeafKind::Bom);
    assert_eq!(outline_text(&doc), ["一、主要举措"]);
}

#[test]
fn empty_input_gives_an_empty_tree() {
    let doc = parse_checked("");
    assert!(doc.sections().is_empty() && doc.front().is_empty() && doc.back().is_empty());
    assert!(doc.leaves().is_empty());
    assert_eq!(doc.title(), None);
}

#[test]
fn input_with_no_headings_is_all_preamble_with_a_diagnostic() {
    let doc = parse_checked("全年办件30件。\n开展宣传10次。\n");
    assert!(doc.sections().is_empty());
    assert_eq!(doc.preamble().count(), 2);
    assert!(doc.diagnostics().iter().any(|d| d.rule == Rule::NoHeadings));
}

#[test]
fn blank_line_and_single_newline_paragraphs() {
    let a = parse_checked("一、主要举措\n\n第一段。\n\n第二段。\n");
    let b = parse_checked("一、主要举措\n第一段。\n第二段。\n");
    assert_eq!(a.paragraphs().count(), 2);
    assert_eq!(b.paragraphs().count(), 2);
}

#[test]
fn control_characters_are_kept_and_reported() {
    let doc = parse_checked("一、主要\u{0}举措\n办件\u{7}30件。\n");
    assert!(doc.diagnostics().iter().any(|d| d.rule == Rule::ControlChar));
}

#[test]
fn every_bundled_report_is_lossless() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).expect("examples/data should exist") {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            let text = std::fs::read_to_string(&path).unwrap();
            let doc = parse_checked(&text);
            assert!(!doc.sections().is_empty(), "{} should have sections", path.display());
            n += 1;
        }
    }
    assert!(n >= 4, "the bundled reports should be found");
}

#[test]
fn line_index_gives_line_and_char_column() {
    let text = "某县报告\r\n一、主要举措\n";
    let doc = parse_checked(text);
    let marker = doc.sections()[0].heading.marker.span;
    let at = doc.line_index().location(text, marker.start);
    assert_eq!((at.line, at.column), (2, 1));
    let title = doc.sections()[0].heading.title_span;
    assert_eq!(doc.line_index().location(text, title.start).column, 3, "columns count chars");
}

#[test]
fn paragraphs_come_in_source_order() {
    let doc = parse_checked("某县2024年法治政府建设报告\n全县依法行政。\n一、主要举措\n（一）强化领导。办件30件。\n开展培训2次。\n二、存在不足\n人员不足。\n某县人民政府\n2025年3月5日\n");
    let starts: Vec<usize> = doc.paragraphs().map(|p| p.text.start).collect();
    assert_eq!(starts.len(), 4, "preamble, run-in body, two body paragraphs");
    assert!(starts.windows(2).all(|w| w[0] < w[1]), "paragraphs should follow the source: {starts:?}");
}
