//! The report JSON is frozen: the schema of `gongwen::report` (with the
//! keys of spec/json.md), and it round-trips through `gongwen::Report`.
//! Run with `UPDATE_EXPECT=1` to rewrite the expected file after an
//! intended change, and review the diff.

#![cfg(feature = "serde")]

use serde_json::Value;

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/small.txt");
const EXPECTED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/small.report.json");

#[test]
fn the_json_of_a_small_report_is_exactly_as_frozen() {
    let text = std::fs::read_to_string(FIXTURE).unwrap();
    let doc = gongwen::parse(&text);
    let got = serde_json::to_string_pretty(&doc).unwrap() + "\n";
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(EXPECTED, &got).unwrap();
    }
    let want = std::fs::read_to_string(EXPECTED).expect("expected JSON file");
    assert_eq!(got, want, "the report JSON changed; if intended, rerun with UPDATE_EXPECT=1 and review");
}

#[test]
fn the_json_has_the_keys_the_scorer_reads() {
    let text = std::fs::read_to_string(FIXTURE).unwrap();
    let v: Value = serde_json::to_value(gongwen::parse(&text)).unwrap();
    for key in ["title", "issuers", "year", "signed", "published", "sections", "indicators"] {
        assert!(v.get(key).is_some(), "top-level key {key} should be present");
    }
    let h = &v["sections"][0]["heading"];
    assert_eq!(h["marker"], "一、");
    assert_eq!(h["ordinal"], 1);
    assert_eq!(h["title"], "主要举措");
    assert_eq!(v["sections"][0]["kind"], "measures");
    assert_eq!(v["sections"][0]["children"][0]["kind"], Value::Null);
    let ind = &v["indicators"][0];
    for key in ["text", "value", "unit", "qualifiers", "label", "kind"] {
        assert!(ind.get(key).is_some(), "indicator key {key} should be present");
    }
    let (start, end) = (ind["span"]["start"].as_u64().unwrap() as usize, ind["span"]["end"].as_u64().unwrap() as usize);
    assert_eq!(&text[start..end], ind["text"].as_str().unwrap(), "indicator spans are byte offsets into the text");
    assert_eq!(v["signed"], "2025-03-05");
}

#[test]
fn the_json_round_trips_through_report() {
    let mut texts = vec![std::fs::read_to_string(FIXTURE).unwrap()];
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data");
    let mut paths: Vec<_> = std::fs::read_dir(data).unwrap().map(|e| e.unwrap().path()).collect();
    paths.sort();
    texts.extend(paths.iter().map(|p| std::fs::read_to_string(p).unwrap()));
    for text in &texts {
        let doc = gongwen::parse(text);
        let json = serde_json::to_string(&doc).unwrap();
        assert_eq!(json, serde_json::to_string(&doc.to_report()).unwrap(), "one schema");
        let report: gongwen::Report = serde_json::from_str(&json).unwrap();
        assert_eq!(report, doc.to_report());
        assert_eq!(serde_json::to_string(&report).unwrap(), json, "JSON → Report → JSON");
        let v: Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["schema_version"], gongwen::report::SCHEMA_VERSION);
        for ind in v["indicators"].as_array().unwrap() {
            assert!(ind["value"].is_f64(), "value is always a JSON float: {ind}");
            let exact: f64 = ind["value_text"].as_str().unwrap().parse().unwrap();
            let value = ind["value"].as_f64().unwrap();
            assert!((exact - value).abs() <= 1e-9 * exact.abs().max(1.0), "value_text is the value: {ind}");
            let (s, e) =
                (ind["span"]["start"].as_u64().unwrap() as usize, ind["span"]["end"].as_u64().unwrap() as usize);
            assert_eq!(&text[s..e], ind["text"].as_str().unwrap());
        }
    }
}
