//! Metadata of news pages and converted documents in forms found by the
//! `z_` hunt: a headline quoting the title in 《》, a related-news header
//! at the foot, and more. Each on a small made-up report (青禾县 and its
//! bodies are invented), parsed with its invariants and losslessness checked.

use crate::common;
use common::parse_checked;

/// A short body that follows every head below.
const BODY: &str = "一、主要举措和成效\n全年办结案件120件。\n二、存在的不足\n执法力量仍显薄弱。\n";

#[test]
fn a_headline_quoting_the_title_gives_the_quoted_title() {
    let d = parse_checked(&format!(
        "《青禾县2024年法治政府建设情况报告》全文发布\n时间：2025-01-20 10:30　来源：青禾发布\n青禾县2024年法治政府建设情况报告\n{BODY}"
    ));
    assert_eq!(d.title(), Some("青禾县2024年法治政府建设情况报告"));
    let d = parse_checked(&format!("青禾县发布《青禾县2024年度政府信息公开工作年度报告》\n{BODY}"));
    assert_eq!(d.title(), Some("青禾县2024年度政府信息公开工作年度报告"));
    // After a column tag.
    let d = parse_checked(&format!(
        "【全文】《青禾县2024年法治政府建设情况报告》
{BODY}"
    ));
    assert_eq!(d.title(), Some("青禾县2024年法治政府建设情况报告"));
}

#[test]
fn a_title_quoting_a_plan_inside_its_own_words_is_kept_whole() {
    let t = "青禾县司法局关于贯彻落实《法治政府建设实施纲要》情况的报告";
    let d = parse_checked(&format!("{t}\n{BODY}"));
    assert_eq!(d.title(), Some(t));
}

#[test]
fn a_related_news_header_at_the_foot_is_no_end_of_the_body() {
    for tail in ["相关新闻\n", "相关新闻\n青禾县召开全面依法治县工作会议\n白石镇开展普法培训\n"]
    {
        let d = parse_checked(&format!(
            "青禾县司法局2024年法治政府建设情况报告\n{BODY}中共青禾县委员会　青禾县人民政府\n2025年元月10日\n（责任编辑：吴桐）\n{tail}"
        ));
        assert_eq!(d.issuers(), ["中共青禾县委员会", "青禾县人民政府"], "{tail}");
        assert_eq!(d.signed().map(|s| s.to_string()).as_deref(), Some("2025-01-10"), "{tail}");
    }
}

#[test]
fn a_news_desk_or_entry_label_gives_the_publication_date_before_an_update() {
    for label in ["发稿时间", "录入时间", "录入日期", "发稿日期"] {
        let d = parse_checked(&format!(
            "青禾县司法局2024年法治政府建设情况报告\n{label}：2025-01-13　　来源：县司法局\n更新时间：2025-01-15 08:00:12\n{BODY}"
        ));
        assert_eq!(d.published().map(|p| p.to_string()).as_deref(), Some("2025-01-13"), "{label}");
    }
}

#[test]
fn an_image_placeholder_glued_before_the_signature_is_no_part_of_the_issuer() {
    for sign in ["[图片]青禾县人民政府办公室", "【图片】 青禾县人民政府办公室（公章）", "[image]青禾县人民政府办公室"]
    {
        let d = parse_checked(&format!("青禾县人民政府办公室2024年工作总结\n{BODY}{sign}\n二〇二五年元月十日\n"));
        assert_eq!(d.issuers(), ["青禾县人民政府办公室"], "{sign}");
        assert_eq!(d.signed().map(|s| s.to_string()).as_deref(), Some("2025-01-10"), "{sign}");
    }
}

/// A body of four pages, `- N -` markers, signed by 青禾县人民政府.
fn paged_body() -> String {
    [
        "市人民政府：\n现将有关情况报告如下：\n",
        "一、主要举措和成效\n全年审核规范性文件12件。\n- 2 -\n",
        "二、存在的不足和原因\n执法力量仍显薄弱。\n- 3 -\n",
        "三、2025年工作安排\n深化法治学习。\n青禾县人民政府\n2025年1月8日\n- 4 -\n",
    ]
    .concat()
}

#[test]
fn a_cover_of_the_body_and_a_month_is_no_part_of_the_title() {
    let title = "青禾县人民政府关于2024年度法治政府建设情况的报告";
    for (cover, page) in [
        ("青禾县人民政府\n二〇二五年一月\n", "青禾县人民政府\n关于2024年度法治政府建设情况的报告\n"),
        ("青禾县人民政府\n2025年1月\n", "青禾县人民政府\n关于2024年度法治政府建设情况的报告\n"),
        ("\n\n青禾县人民政府\n二〇二五年元月\n\n", "青禾县人民政府关于2024年度法治政府建设情况的报告\n"),
    ] {
        let d = parse_checked(&format!("{cover}- 1 -\n{page}{}", paged_body()));
        assert_eq!(d.title(), Some(title), "{cover:?} {page:?}");
        assert_eq!(d.year(), Some(2024), "{cover:?} {page:?}");
        assert_eq!(d.issuers(), ["青禾县人民政府"], "{cover:?} {page:?}");
        assert_eq!(d.signed().map(|s| s.to_string()).as_deref(), Some("2025-01-08"));
    }
}
