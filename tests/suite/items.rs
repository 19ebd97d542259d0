//! Inline enumerations inside paragraphs.

use crate::common;
use common::parse_checked;
use gongwen::ItemStyle;

fn items(doc: &gongwen::Document) -> Vec<(ItemStyle, u32, String)> {
    doc.paragraphs().flat_map(|p| p.items.iter()).map(|i| (i.style, i.ordinal, doc.text(i.span).to_owned())).collect()
}

#[test]
fn yi_shi_items_inside_a_run_in_body() {
    let doc = parse_checked("一、主要举措\n（一）强化领导。一是健全机制，召开会议3次。二是压实责任。三是加强督查。\n");
    let got = items(&doc);
    assert_eq!(got.len(), 3);
    assert_eq!(got[1], (ItemStyle::Shi, 2, "二是压实责任。".to_owned()));
}

#[test]
fn di_yi_items_and_fangmian_items() {
    let doc =
        parse_checked("一、主要举措\n第一，坚持党的领导。第二，依法决策。\n一方面，加强培训；另一方面，严格考核。\n");
    let styles: Vec<ItemStyle> = items(&doc).into_iter().map(|i| i.0).collect();
    assert_eq!(styles, [ItemStyle::Di, ItemStyle::Di, ItemStyle::Fangmian, ItemStyle::Fangmian]);
}

#[test]
fn items_reset_at_each_heading() {
    let doc = parse_checked("一、甲\n一是学习。二是培训。\n二、乙\n二是宣传。\n");
    assert_eq!(items(&doc).len(), 2, "二是 under a new heading does not continue the old sequence");
}

#[test]
fn words_containing_numerals_are_not_items() {
    let doc = parse_checked("一、甲\n全市统一是基础，坚持第一责任人制度，一窗受理。\n");
    assert!(items(&doc).is_empty());
}
