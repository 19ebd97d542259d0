//! Structure forms found by the `y_` fixtures of the real-world hunt:
//! chapters numbered with digits, a communiqué's `注释：` notes.

use crate::common::*;

#[test]
fn chapters_numbered_with_digits_are_the_top_level() {
    let doc = parse_checked(
        "第1章　2025年工作总结\n一、公共文化\n新建书房4个。\n二、文旅融合\n接待游客。\n\
         第2章　存在的不足\n一、产品层次不高\n过夜游客偏少。\n第３章　2026年工作安排\n一、提升效能\n再建书房。\n",
    );
    assert_eq!(
        outline_text(&doc),
        [
            "第1章2025年工作总结",
            "  一、公共文化",
            "  二、文旅融合",
            "第2章存在的不足",
            "  一、产品层次不高",
            "第３章2026年工作安排",
            "  一、提升效能",
        ]
    );
    let ordinals: Vec<u32> = doc.sections().iter().map(|s| s.heading.marker.ordinal).collect();
    assert_eq!(ordinals, [1, 2, 3]);
}

#[test]
fn a_notes_word_with_its_colon_heads_the_notes() {
    for notes in ["注释：", "注释:", "名词解释： ", "註釋："] {
        let text = format!(
            "一、综合\n全年生产总值286亿元[1]。\n{notes}\n1.本公报数据为初步统计数。\n2.增长速度按不变价格计算。\n"
        );
        let doc = parse_checked(&text);
        let titles: Vec<String> = outline(&doc).into_iter().map(|(d, m, o, t)| format!("{d} {m} {o} {t}")).collect();
        let word = notes.trim_end_matches([' ', '：', ':']);
        assert_eq!(titles, ["0 一、 1 综合".to_string(), format!("0  0 {word}")], "{notes}");
        let h = &doc.sections()[1].heading;
        assert!(h.terminator.is_some(), "{notes}: the colon is the terminator");
    }
}

#[test]
fn numbered_notes_under_a_note_label_are_no_headings() {
    let text = "一、综合\n全年生产总值286亿元，增长5.6%。\n注：\n1.本表数据为初步数。\n\n2.增长速度按不变价格计算。\n\
                二、农业\n（一）粮食\n粮食产量25万吨。\n注:\n（1）播种面积含复种。\n（2）单产按播种面积计算。\n（二）畜牧\n生猪出栏31万头。\n";
    let doc = parse_checked(text);
    assert_eq!(outline_text(&doc), ["一、综合", "二、农业", "  （一）粮食", "  （二）畜牧"]);
    // Without the label the same lines are headings.
    let doc = parse_checked("一、综合\n全年增长5.6%。\n1.本表数据为初步数。\n2.增长速度按不变价格计算。\n");
    assert_eq!(outline_text(&doc).len(), 3);
}

#[test]
fn an_attachment_named_after_its_colon_heads_the_table_under_it() {
    let text = "一、整改情况\n已整改3个。\n二、下一步工作措施\n继续督促。\n青禾县卫生健康局\n2025年9月12日\n\
                附件：审计发现问题整改情况清单\n\n序号 问题类别 涉及金额（万元） 已整改金额（万元） 整改状态\n\
                1 结余资金未及时上缴 186.40 186.40 已完成\n2 基层医疗机构债务 2650.00 1200.00 推进中\n";
    let doc = parse_checked(text);
    assert_eq!(outline_text(&doc), ["一、整改情况", "二、下一步工作措施", "附件"]);
    let annex = &doc.sections()[2];
    assert!(annex.body.iter().any(|b| matches!(b, gongwen::Block::Table(_))), "the rows are the attachment's table");
}
