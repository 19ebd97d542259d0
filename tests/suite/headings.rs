//! Headings: the four GB/T 9704 levels, their variants, run-in bodies,
//! flattened text, what is not a heading, nesting and numbering problems.

use crate::common;
use common::{count, outline, outline_text, parse_checked};
use gongwen::{MarkerStyle, Rule};

#[test]
fn four_levels_nest_in_gbt_order() {
    let doc = parse_checked(
        "一、主要举措\n（一）强化领导\n1.健全机制\n（1）规范决策\n（2）发挥顾问作用\n2.加强管理\n（二）依法行政\n二、存在不足\n",
    );
    assert_eq!(
        outline_text(&doc),
        [
            "一、主要举措",
            "  （一）强化领导",
            "    1.健全机制",
            "      （1）规范决策",
            "      （2）发挥顾问作用",
            "    2.加强管理",
            "  （二）依法行政",
            "二、存在不足"
        ]
    );
}

#[test]
fn marker_variants_of_every_width() {
    let doc = parse_checked("一、甲\n(一)乙\n（二)丙\n1．丁\n２．戊\n(1)己\n①庚\n②辛\n十一、壬\n");
    let styles: Vec<MarkerStyle> = doc.all_sections().map(|s| s.heading.marker.style).collect();
    use MarkerStyle::*;
    assert_eq!(
        styles,
        [ChineseComma, ChineseParen, ChineseParen, ArabicDot, ArabicDot, ArabicParen, Circled, Circled, ChineseComma]
    );
    let ordinals: Vec<u32> = doc.all_sections().map(|s| s.heading.marker.ordinal).collect();
    assert_eq!(ordinals, [1, 1, 2, 1, 2, 1, 1, 2, 11]);
    assert_eq!(count(&doc, Rule::MixedBrackets), 1, "（二) mixes widths and should be reported");
}

#[test]
fn arabic_comma_headings() {
    let doc = parse_checked("一、总体情况\n1、加强学习\n2、完善制度\n");
    assert_eq!(outline_text(&doc), ["一、总体情况", "  1、加强学习", "  2、完善制度"]);
}

#[test]
fn marker_may_be_indented_with_spaces_ideographic_space_or_nbsp() {
    let doc = parse_checked("  一、甲\n\u{3000}\u{3000}（一）乙\n\u{a0}\u{a0}1.丙\n");
    assert_eq!(outline_text(&doc), ["一、甲", "  （一）乙", "    1.丙"]);
    assert_eq!(doc.sections()[0].heading.marker.text, "一、", "the marker is recorded without its indent");
}

#[test]
fn title_ends_at_the_first_terminator_and_the_rest_is_a_run_in_body() {
    let doc = parse_checked("一、总体情况\n(一)坚持依法行政,加大信息公开力度。依法接受人大监督，全年办理建议20件。\n");
    let s = &doc.sections()[0].children[0];
    assert_eq!(s.heading.title, "坚持依法行政,加大信息公开力度");
    let body = s.heading.body.as_ref().expect("the text after 。 should be the section's first paragraph");
    assert_eq!(doc.text(body.text), "依法接受人大监督，全年办理建议20件。");
}

#[test]
fn colon_terminates_a_title() {
    let doc = parse_checked("一、主要工作\n（二）工作任务推进情况：\n1.思想上高度重视。一是提高认识。\n");
    assert_eq!(outline_text(&doc), ["一、主要工作", "  （二）工作任务推进情况", "    1.思想上高度重视"]);
    assert_eq!(count(&doc, Rule::OrdinalGap), 1, "（二） without （一） is a gap");
}

#[test]
fn title_alone_on_its_line_with_body_below() {
    let doc = parse_checked("一、主要举措\n(一)落实行政复议质量提升。\n开展复议质量提升年专项行动。\n");
    let s = &doc.sections()[0].children[0];
    assert_eq!(s.heading.title, "落实行政复议质量提升");
    assert!(s.heading.body.is_none());
    assert_eq!(s.body.len(), 1, "the next line is the section's paragraph");
}

#[test]
fn lines_that_start_with_numbers_are_body_text() {
    let doc = parse_checked(
        "一、主要成效\n2024年，全镇上下共同努力。\n1.62万件群众诉求全部办结。\n12.4国家宪法日开展宣传。\n“3.15”消费者权益日活动。\n2、3月份开展专项行动。\n",
    );
    assert_eq!(outline_text(&doc), ["一、主要成效"], "none of the numbered lines is a heading");
    assert_eq!(doc.sections()[0].body.len(), 5);
}

#[test]
fn a_stray_number_does_not_open_a_level() {
    let doc = parse_checked("一、主要成效\n15.全年共办理案件30件。\n");
    assert_eq!(outline_text(&doc), ["一、主要成效"], "15. with no 14. before it is text");
}

#[test]
fn flattened_text_splits_at_markers_that_continue_the_sequence() {
    let text = "某镇2024年法治政府建设情况报告2024年，我镇依法行政，成效明显。现将有关情况报告如下：一、强化组织领导。成立领导小组，召开会议3次。二、推进依法决策。作出重大决策4项。（一）严格程序。全部经过合法性审查。（二）公开透明。决策事项全部公开。三、存在问题。一是队伍薄弱；二是宣传不足。";
    let doc = parse_checked(text);
    assert_eq!(
        outline_text(&doc),
        ["一、强化组织领导", "二、推进依法决策", "  （一）严格程序", "  （二）公开透明", "三、存在问题"]
    );
    assert!(doc.all_sections().all(|s| s.heading.inline), "every heading was found inside the line");
    assert_eq!(doc.title(), Some("某镇2024年法治政府建设情况报告"));
}

#[test]
fn an_inline_marker_that_breaks_the_sequence_is_text() {
    let doc = parse_checked("一、主要成效\n全年开展活动。三、四月份集中宣传。\n二、存在问题\n");
    assert_eq!(outline_text(&doc), ["一、主要成效", "二、存在问题"], "三、 after 一、 inside a line is not a heading");
}

#[test]
fn a_skipped_level_nests_the_lower_one_directly() {
    let doc = parse_checked("一、主要举措\n1.健全机制\n2.加强管理\n二、存在不足\n");
    assert_eq!(outline(&doc).iter().map(|o| o.0).collect::<Vec<_>>(), [0, 1, 1, 0]);
    assert_eq!(count(&doc, Rule::LevelSkip), 2, "1. straight under 一、 skips （一）");
}

#[test]
fn styles_in_another_order_nest_by_first_appearance() {
    let doc = parse_checked("（一）主要举措\n一、健全机制\n二、加强管理\n（二）存在不足\n一、人员不足\n");
    assert_eq!(
        outline_text(&doc),
        ["（一）主要举措", "  一、健全机制", "  二、加强管理", "（二）存在不足", "  一、人员不足"]
    );
    assert_eq!(count(&doc, Rule::StyleOrder), 1);
}

#[test]
fn repeated_and_missing_numbers_still_give_a_tree_with_diagnostics() {
    let doc = parse_checked("一、甲\n（一）子\n（三）丑\n（三）寅\n（五）卯\n二、乙\n");
    assert_eq!(outline(&doc).len(), 6);
    assert_eq!(doc.sections()[0].children.len(), 4);
    assert_eq!(count(&doc, Rule::OrdinalGap), 2, "（三） after （一） and （五） after （三） are gaps");
    assert_eq!(count(&doc, Rule::OrdinalRepeat), 1, "（三） twice is a repeat");
}

#[test]
fn numbering_that_runs_on_across_parents() {
    let doc = parse_checked("一、甲\n(一)子\n1.a\n2.b\n(二)丑\n3.c\n4.d\n");
    assert_eq!(outline_text(&doc), ["一、甲", "  (一)子", "    1.a", "    2.b", "  (二)丑", "    3.c", "    4.d"]);
}

#[test]
fn part_headings_above_level_one() {
    let doc = parse_checked("第一部分 主要举措和成效\n一、强化领导\n二、依法决策\n第二部分 存在的不足\n");
    assert_eq!(
        outline_text(&doc),
        ["第一部分主要举措和成效", "  一、强化领导", "  二、依法决策", "第二部分存在的不足"]
    );
}

#[test]
fn yi_shi_at_the_start_of_a_paragraph_is_an_item_not_a_heading() {
    let doc = parse_checked("三、存在问题\n一是缺少专职人员。\n二是宣传不够深入。\n");
    assert_eq!(outline_text(&doc), ["三、存在问题"]);
    let items: usize = doc.paragraphs().map(|p| p.items.len()).sum();
    assert_eq!(items, 2);
}

#[test]
fn deep_garbled_numbering_never_nests_deeper_than_the_styles() {
    let mut text = String::new();
    for k in 0..2000 {
        let n = k % 9 + 1;
        let line = match k % 5 {
            0 => format!("{}、标题\n", ["一", "二", "三", "四", "五", "六", "七", "八", "九"][n - 1]),
            1 => format!("（{}）标题\n", ["一", "二", "三", "四", "五", "六", "七", "八", "九"][n - 1]),
            2 => format!("{n}.标题\n"),
            3 => format!("（{n}）标题\n"),
            _ => format!("{}标题\n", char::from_u32(0x2460 + n as u32 - 1).unwrap()),
        };
        text.push_str(&line);
    }
    let doc = parse_checked(&text);
    assert!(doc.all_sections().all(|s| s.depth < 7), "depth is bounded by the number of styles");
}

/// A run of bare marker lines whose number does not advance (`1.` `1.`
/// `1.`, nothing after them) titles nothing: the first is a heading, the
/// repeats are text. Bare markers that advance stay headings.
#[test]
fn bare_repeated_markers_are_text_and_bare_advancing_markers_headings() {
    let doc = gongwen::parse("1.\n1.\n1.\n1.\n");
    assert_eq!(doc.all_sections().count(), 1);
    assert_eq!(doc.paragraphs().count(), 3);
    let doc = gongwen::parse("一、\n一、\n一、\n");
    assert_eq!(doc.all_sections().count(), 1);
    let doc = gongwen::parse("1.\n2.\n3.\n");
    assert_eq!(doc.all_sections().count(), 3);
    // With titles, a repeat is still a heading (with its diagnostic).
    let doc = gongwen::parse("1.加强领导\n1.完善制度\n");
    assert_eq!(doc.all_sections().count(), 2);
}

#[test]
fn markers_spaced_by_a_converter_are_read_as_written() {
    let doc = parse_checked(
        "一 、2025 年工作回顾\n全年增长 5.6%。\n（ 一 ）产业发展\n1 . 传统产业加快改造。实施技改项目。\n1 . 5 亿元用于技改。\n（ 二 ）乡村振兴\n二 、2026 年工作安排\n",
    );
    assert_eq!(
        outline(&doc),
        [
            (0, "一 、".to_string(), 1, "2025 年工作回顾".to_string()),
            (1, "（ 一 ）".to_string(), 1, "产业发展".to_string()),
            (2, "1 .".to_string(), 1, "传统产业加快改造".to_string()),
            (1, "（ 二 ）".to_string(), 2, "乡村振兴".to_string()),
            (0, "二 、".to_string(), 2, "2026 年工作安排".to_string()),
        ],
        "a spaced decimal `1 . 5` opens no heading"
    );
}

#[test]
fn word_lost_numbering_without_its_opening_bracket_is_the_paren_level() {
    let doc = parse_checked(
        "一、专项资金审计情况\n（一）衔接资金\n1、资产管理不到位\n1)资产确权滞后。12个项目未确权。\n2)后续管护缺位。\n2、绩效不高\n",
    );
    assert_eq!(
        outline_text(&doc),
        [
            "一、专项资金审计情况",
            "  （一）衔接资金",
            "    1、资产管理不到位",
            "      1)资产确权滞后",
            "      2)后续管护缺位",
            "    2、绩效不高"
        ]
    );
    let styles: Vec<MarkerStyle> = doc.all_sections().map(|s| s.heading.marker.style).collect();
    assert_eq!(styles[3], MarkerStyle::ArabicParen);
}

#[test]
fn a_heading_title_reads_the_html_entities_of_a_bad_capture() {
    let doc = parse_checked("一、主要举措\n（三）扎实做好&ldquo;八五&rdquo;普法总结验收\n全年开展活动3场。\n");
    let titles: Vec<String> = doc.all_sections().map(|s| s.heading.title.to_string()).collect();
    assert_eq!(titles, ["主要举措", "扎实做好“八五”普法总结验收"]);
}
