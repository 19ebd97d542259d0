//! Metadata as a person reading the page gives it (issue 17): the title
//! after page clutter and over wrapped lines, the year covered, issuers,
//! the publication time in every form sites write it, and the date of a
//! speech's dateline. One behaviour a test, each on a small made-up report
//! (青禾县 and its bodies are invented), each parsed with its invariants
//! and losslessness checked.

use crate::common;
use common::parse_checked;
use gongwen::{Block, ClutterKind, Document};

/// A short body that follows every head below.
const BODY: &str = "一、主要举措和成效\n全年办结案件120件。\n二、存在的不足\n执法力量仍显薄弱。\n";

fn doc(head: &str) -> Document {
    parse_checked(&format!("{head}{BODY}"))
}

fn published(d: &Document) -> Option<String> {
    d.published().map(|p| p.to_string())
}

fn signed(d: &Document) -> Option<String> {
    d.signed().map(|p| p.to_string())
}

/// The kinds of the clutter blocks among `blocks`, in order.
fn clutter_kinds(blocks: &[Block]) -> Vec<ClutterKind> {
    blocks
        .iter()
        .filter_map(|b| match b {
            Block::Clutter(c) => Some(c.kind),
            _ => None,
        })
        .collect()
}

/// The kinds of the clutter leaves of the front, in order.
fn front_clutter(d: &Document) -> Vec<ClutterKind> {
    clutter_kinds(d.front())
}

// ---- Title -------------------------------------------------------------

#[test]
fn title_after_share_print_and_download_bars() {
    let d = doc("分享:\n【打印本页】 【关闭窗口】\n下载\n青禾县司法局2024年度法治政府建设工作报告\n");
    assert_eq!(d.title(), Some("青禾县司法局2024年度法治政府建设工作报告"));
}

#[test]
fn title_after_a_photo_caption() {
    let d = doc("图为县司法局开展普法宣传活动（青禾 摄）\n青禾县司法局2024年度法治政府建设工作报告\n");
    assert_eq!(d.title(), Some("青禾县司法局2024年度法治政府建设工作报告"));
}

#[test]
fn title_after_a_site_banner() {
    let d = doc("青禾县人民政府门户网站\n白石镇2024年度法治政府建设情况报告\n");
    assert_eq!(d.title(), Some("白石镇2024年度法治政府建设情况报告"));
}

#[test]
fn a_banner_naming_a_body_is_not_joined_to_a_title_naming_its_own() {
    let d = doc("青禾县人民政府\n青禾县司法局2024年度法治政府建设工作报告\n");
    assert_eq!(d.title(), Some("青禾县司法局2024年度法治政府建设工作报告"));
    assert_eq!(d.issuers(), ["青禾县司法局"]);
}

#[test]
fn a_watermark_glued_before_the_title_is_clutter() {
    let d = doc("禾苗文库—每日更新www.example.com青禾县文化和旅游局2024年度法治政府建设工作报告\n");
    assert_eq!(d.title(), Some("青禾县文化和旅游局2024年度法治政府建设工作报告"));
    assert_eq!(d.issuers(), ["青禾县文化和旅游局"]);
    assert_eq!(front_clutter(&d).len(), 1, "the watermark is a clutter leaf of its own");
}

#[test]
fn a_sites_name_above_page_clutter_is_a_banner() {
    let d = parse_checked(
        "青禾县人民政府\n首页 > 政务公开 > 计划总结\n2026年青禾县政府工作报告\n发布时间：2026-01-25 10:00 来源：县政府办公室\n\
         ——2026年1月18日在青禾县第十八届人民代表大会第四次会议上\n各位代表：\n一、2025年工作回顾\n",
    );
    assert_eq!(d.title(), Some("2026年青禾县政府工作报告"));
    assert!(d.issuers().is_empty());
}

#[test]
fn title_after_a_red_header_and_a_document_number() {
    let d =
        doc("青禾县人民政府文件\n青政发〔2025〕5号\n签发人：某某\n青禾县人民政府关于2024年度法治政府建设情况的报告\n");
    assert_eq!(d.title(), Some("青禾县人民政府关于2024年度法治政府建设情况的报告"));
    assert_eq!(d.issuers(), ["青禾县人民政府"]);
}

#[test]
fn title_after_an_articles_byline() {
    let d = doc("原创 青禾司法 2025-01-10 18:00 青禾\n青禾县2024年法治政府建设年度报告\n");
    assert_eq!(d.title(), Some("青禾县2024年法治政府建设年度报告"));
    assert_eq!(published(&d).as_deref(), Some("2025-01-10T18:00"));
}

#[test]
fn title_after_a_bullet_menu() {
    let d = doc("• 微信\n• 微博\n• QQ空间\n• 打印\n青禾县文化和旅游局2024年度法治政府建设工作报告\n");
    assert_eq!(d.title(), Some("青禾县文化和旅游局2024年度法治政府建设工作报告"));
    assert_eq!(front_clutter(&d).len(), 4);
}

#[test]
fn title_after_an_index_block_as_a_list() {
    let d = doc("- [ 索引号 ] 11330000MB0000000X/2024-00012\n- [ 发布机构 ] 青禾县白石镇人民政府\n- [ 文号 ]\n\
         白石镇2023年度法治政府建设情况报告\n");
    assert_eq!(d.title(), Some("白石镇2023年度法治政府建设情况报告"));
    assert!(d.issuers().is_empty(), "the index's 发布机构 is no issuer");
}

#[test]
fn title_after_an_index_block_with_spaced_labels() {
    let d = doc("标   题：青禾县司法局2024年度法治政府建设工作报告\n发布机构：青禾县司法局\n青禾县司法局2024年度法治政府建设工作报告\n");
    assert_eq!(d.title(), Some("青禾县司法局2024年度法治政府建设工作报告"));
}

#[test]
fn title_after_an_index_block_with_a_spaced_three_char_label_and_a_byline() {
    let d = doc("索 引 号：001/2024-00012\n作者：某某 责任编辑：某某\n青禾县司法局2024年度法治政府建设工作报告\n");
    assert_eq!(d.title(), Some("青禾县司法局2024年度法治政府建设工作报告"));
}

#[test]
fn published_from_a_date_opening_a_byline() {
    let d = doc("青禾县司法局2024年度法治政府建设工作报告\n2024-03-28 16:58 来源：县司法局\n");
    assert_eq!(published(&d).as_deref(), Some("2024-03-28T16:58"));
}

#[test]
fn published_from_a_date_in_brackets_opening_a_byline() {
    let d = doc("青禾县人民政府\n[ 2024-12-30 ]　来源：县司法局\n青禾县2024年法治政府建设情况报告\n一、主要做法\n");
    assert_eq!(d.title(), Some("青禾县2024年法治政府建设情况报告"));
    assert_eq!(published(&d).as_deref(), Some("2024-12-30"));
    assert_eq!(d.metadata().source.as_deref(), Some("县司法局"));
    let d = doc("【2024-12-30 10:05】\n青禾县2024年法治政府建设情况报告\n一、主要做法\n");
    assert_eq!(published(&d).as_deref(), Some("2024-12-30T10:05"));
    // Unclosed, it is no date of the page's.
    let d = doc("青禾县2024年法治政府建设情况报告\n[2024-12-30 来源：县司法局\n一、主要做法\n");
    assert_eq!(published(&d), None);
}

#[test]
fn published_from_a_date_with_its_weekday_under_the_title() {
    let d = doc("青禾县2024年法治政府建设情况报告\n2024年3月5日 星期二\n一、主要做法\n全年办案12件。\n");
    assert_eq!(published(&d).as_deref(), Some("2024-03-05"));
    // Above the title, the same line is the site's clock.
    let d = doc("2024年3月5日 星期二\n青禾县2024年法治政府建设情况报告\n一、主要做法\n全年办案12件。\n");
    assert_eq!(published(&d), None);
}

#[test]
fn title_after_an_index_block_as_pipe_rows() {
    let d = doc(
        "名称 | 青禾县农业农村局2024年度法治政府建设工作报告 |\n索引号: | 002345678/2025-00031 | 发布机构: | 青禾县农业农村局 |\n\
         青禾县农业农村局2024年度法治政府建设工作报告\n",
    );
    assert_eq!(d.title(), Some("青禾县农业农村局2024年度法治政府建设工作报告"));
}

#[test]
fn title_over_an_issuer_line_and_a_spaced_year_line() {
    let d = doc("青禾县人民政府\n2024 年政府信息公开工作年度报告\n");
    assert_eq!(d.title(), Some("青禾县人民政府2024 年政府信息公开工作年度报告"), "joined, inner space kept");
    assert_eq!(d.issuers(), ["青禾县人民政府"]);
    assert_eq!(d.year(), Some(2024));
}

#[test]
fn title_cut_by_a_pdf_wrap_after_a_conjunction() {
    let d = doc("青禾县人民政府关于 2024 年度县级预算执行和\n其他财政收支的审计工作报告\n");
    assert_eq!(d.title(), Some("青禾县人民政府关于 2024 年度县级预算执行和其他财政收支的审计工作报告"));
    assert_eq!(d.issuers(), ["青禾县人民政府"]);
    assert_eq!(d.year(), Some(2024), "an audit report covers its 年度, no shift");
}

#[test]
fn title_after_a_page_marker_and_a_bare_label() {
    let d = doc("- 1 -\n正文\n2024 年青禾县某委政府信息公开工作\n年度报告\n");
    assert_eq!(d.title(), Some("2024 年青禾县某委政府信息公开工作年度报告"));
    assert_eq!(d.issuers(), ["青禾县某委"], "the body between the year and the genre's name");
}

#[test]
fn markdown_marks_are_not_part_of_the_title() {
    let d = doc("**青禾县市场监督管理局**\n\n# 2024 年政府信息公开工作年度报告\n\n");
    assert_eq!(d.title(), Some("青禾县市场监督管理局2024 年政府信息公开工作年度报告"));
}

#[test]
fn a_spaced_display_title_is_the_title_as_written() {
    let d = parse_checked("政 府 工 作 报 告\r\n\r\n——2016年1月20日在青禾县第十七届人民代表大会第五次会议上\r\n各位代表：\r\n一、过去一年工作回顾\r\n");
    assert_eq!(d.title(), Some("政 府 工 作 报 告"));
}

#[test]
fn a_page_headline_before_the_reports_own_heading_is_the_title() {
    let d = parse_checked(
        "2026年青禾县政府工作报告\n发表时间：\n2026-02-12 10:20:05\n来源：\n青禾日报\n政府工作报告\n\
         ——2026年2月6日在青禾县第十八届人民代表大会第五次会议上\n县人民政府县长 林某\n各位代表：\n一、2025年工作回顾\n",
    );
    assert_eq!(d.title(), Some("2026年青禾县政府工作报告"));
}

#[test]
fn a_breadcrumb_one_atom_a_line_and_a_font_bar_are_clutter() {
    let d = parse_checked(
        "当前位置：\n首页\n>\n政务信息\n>\n青禾要闻\n2026年青禾县政府工作报告\n阅读量：\n【字体：\n小\n中\n大\n】\n\
         ——2026年2月6日在青禾县第十八届人民代表大会第五次会议上\n各位代表：\n一、2025年工作回顾\n",
    );
    assert_eq!(d.title(), Some("2026年青禾县政府工作报告"));
    assert_eq!(front_clutter(&d).len(), 12, "{:?}", front_clutter(&d));
}

#[test]
fn a_site_name_after_a_source_label_is_its_value_not_a_title_line() {
    let d = doc("来源：\n青禾县人民政府\n白石镇2024年度法治政府建设情况报告\n");
    assert_eq!(d.title(), Some("白石镇2024年度法治政府建设情况报告"));
    assert!(d.issuers().is_empty());
}

#[test]
fn a_dateline_is_never_a_title_line() {
    let d = parse_checked(" —2017年2月9日在青禾县第十七届人民代表大会第一次会议上 \r\n县人民政府代县长 某某\r\n各位代表:\r\n一、2016年工作回顾\r\n");
    assert_eq!(d.title(), None);
}

// ---- Year covered ------------------------------------------------------

#[test]
fn a_government_work_report_covers_the_year_before_its_dateline() {
    let d = parse_checked("政府工作报告\n——2026年1月25日在青禾县第十八届人民代表大会第四次会议上\n县长 某某\n各位代表：\n一、2025年工作回顾\n");
    assert_eq!(d.year(), Some(2025));
}

#[test]
fn a_government_work_report_titled_with_its_year_covers_the_year_before() {
    let d = parse_checked("2026年青禾县政府工作报告\n各位代表：\n一、工作回顾\n");
    assert_eq!(d.year(), Some(2025));
}

#[test]
fn niandu_in_a_government_work_report_title_is_the_year_covered() {
    let d = parse_checked(
        "青禾县2025年度政府工作报告\n——2026年1月25日在青禾县第十八届人民代表大会第四次会议上\n一、工作回顾\n",
    );
    assert_eq!(d.year(), Some(2025));
}

#[test]
fn a_report_without_a_title_covers_the_year_before_its_peoples_congress_dateline() {
    let d = parse_checked("——2017年2月9日在青禾县第十七届人民代表大会第一次会议上\n各位代表:\n一、工作回顾\n");
    assert_eq!(d.year(), Some(2016));
}

#[test]
fn without_a_title_or_a_preamble_year_the_reviews_opening_sentence_names_the_year() {
    // No title, no dateline: the review's first sentence says which year it
    // reviews; a 政府工作报告 found by its speech is not shifted for it.
    let d = parse_checked(
        "各位代表：\n现在，我代表县政府，向大会报告工作，请予审议。\n一、过去一年工作回顾\n\
         2024年，全县地区生产总值增长5.6%。2025年1月起实施新政策。\n二、今年工作安排\n全年计划投资100亿元。\n",
    );
    assert_eq!(d.year(), Some(2024));
    // Only the opening sentence: a year further on names no covered year.
    let d = parse_checked(
        "各位代表：\n现在，我代表县政府，向大会报告工作。\n一、过去一年工作回顾\n全县经济稳中有进。2023年以来累计投资97亿元。\n",
    );
    assert_eq!(d.year(), None);
}

#[test]
fn the_year_in_a_title_may_be_spaced() {
    let d = doc("青禾县人民政府2024 年政府信息公开工作年度报告\n");
    assert_eq!(d.year(), Some(2024));
}

#[test]
fn a_speech_byline_date_is_not_the_year_covered() {
    let d = parse_checked(
        "青禾县审计工作报告\n——2025年8月26日在青禾县人大常务委员会第二十一次会议上\n\
         2024年，各部门坚持稳中求进。\n一、县级财政管理审计情况\n",
    );
    assert_eq!(d.year(), Some(2024), "from the preamble, not the dateline");
    assert_eq!(signed(&d).as_deref(), Some("2025-08-26"));
}

#[test]
fn a_site_clock_is_not_the_year_covered() {
    let d = parse_checked(
        "今天是：2025年3月2日 星期日\n青禾县司法局法治政府建设工作报告\n2024年，县司法局依法行政。\n一、主要举措\n",
    );
    assert_eq!(d.year(), Some(2024));
    assert_eq!(d.published(), None, "nor the publication time");
}

#[test]
fn the_preamble_year_may_be_written_with_spaced_digits() {
    let d = parse_checked("青禾县司法局法治政府建设工作报告\n2 0 2 4 年，县司法局依法行政。\n一、主要举措\n");
    assert_eq!(d.year(), Some(2024));
}

#[test]
fn the_preamble_year_may_be_spaced() {
    let d = parse_checked("青禾县司法局法治政府建设工作报告\n2024 年，县司法局依法行政。\n一、主要举措\n");
    assert_eq!(d.year(), Some(2024));
}

// ---- Issuers -----------------------------------------------------------

#[test]
fn a_speakers_line_under_a_dateline_is_not_an_issuer() {
    let d = parse_checked(
        "政府工作报告\n——2026年1月25日在青禾县第十八届人民代表大会第四次会议上\n青禾县人民政府县长 林某\n各位代表：\n一、2025年工作回顾\n",
    );
    assert!(d.issuers().is_empty(), "{:?}", d.issuers());
}

#[test]
fn two_bodies_written_together_in_a_signature_are_two_issuers() {
    let d = doc("白石镇2025年工作总结\n").metadata().clone();
    assert!(d.issuers.is_empty());
    let d = parse_checked(&format!(
        "白石镇2025年工作总结\n{BODY}中共青禾县白石镇委员会青禾县白石镇人民政府\n2025年12月20日\n"
    ));
    assert_eq!(d.issuers(), ["中共青禾县白石镇委员会", "青禾县白石镇人民政府"]);
    assert_eq!(signed(&d).as_deref(), Some("2025-12-20"));
}

#[test]
fn a_committee_of_a_body_is_one_issuer() {
    let d = doc("中共青禾县委全面依法治县委员会办公室\n关于2024年度法治政府建设情况的报告\n");
    assert_eq!(d.issuers(), ["中共青禾县委全面依法治县委员会办公室"]);
}

#[test]
fn a_peoples_government_work_report_names_the_body() {
    let d = parse_checked("2026年青禾县人民政府工作报告\n各位代表：\n一、工作回顾\n");
    assert_eq!(d.issuers(), ["青禾县人民政府"]);
}

#[test]
fn a_regions_government_work_report_names_no_body() {
    let d = parse_checked("2026年青禾自治区政府工作报告\n各位代表：\n一、工作回顾\n");
    assert!(d.issuers().is_empty(), "{:?}", d.issuers());
}

// ---- Published ---------------------------------------------------------

#[test]
fn published_label_after_other_fields() {
    let d = doc("青禾县司法局2024年度法治政府建设工作报告\n来源:县司法局 发布日期:2019-03-28 10:05 浏览次数:12\n");
    assert_eq!(published(&d).as_deref(), Some("2019-03-28T10:05"));
}

#[test]
fn published_bare_time_label_after_a_click_count() {
    let d = doc("青禾县司法局2024年度法治政府建设工作报告\n点击:213次 时间:2023-05-06\n");
    assert_eq!(published(&d).as_deref(), Some("2023-05-06"));
}

#[test]
fn published_label_without_a_colon() {
    let d = doc("白石镇2025年工作总结\n发布日期 2024-02-01\n");
    assert_eq!(published(&d).as_deref(), Some("2024-02-01"));
}

#[test]
fn published_in_an_index_list() {
    let d = doc("- [ 索引号 ] 001/2024-00012\n- [ 发布日期 ] 2024-03-15\n白石镇2023年度法治政府建设情况报告\n");
    assert_eq!(published(&d).as_deref(), Some("2024-03-15"));
}

#[test]
fn published_in_an_index_table_and_not_the_written_date() {
    let d =
        doc("公开日期: | 2024-03-15 09:30 | 成文日期: | 2024-03-10 |\n青禾县农业农村局2024年度法治政府建设工作报告\n");
    assert_eq!(published(&d).as_deref(), Some("2024-03-15T09:30"));
}

#[test]
fn a_written_date_alone_is_not_published() {
    let d = doc("成文日期：2024-03-10\n青禾县农业农村局2024年度法治政府建设工作报告\n");
    assert_eq!(d.published(), None);
}

#[test]
fn published_with_its_value_on_the_next_line() {
    let d = doc("青禾县司法局2024年度法治政府建设工作报告\n发表时间：\n2025-02-10 08:15:00\n");
    assert_eq!(published(&d).as_deref(), Some("2025-02-10T08:15"));
}

#[test]
fn published_with_the_bare_time_label_and_its_value_on_the_next_line() {
    let d = doc("青禾县司法局2024年度法治政府建设工作报告\n时间：\n2025-02-10 08:15\n来源：\n青禾日报\n");
    assert_eq!(published(&d).as_deref(), Some("2025-02-10T08:15"));
}

#[test]
fn published_in_the_chinese_form() {
    let d = doc("青禾县司法局2024年度法治政府建设工作报告\n发布时间：2025年02月11日 08时30分\n");
    assert_eq!(published(&d).as_deref(), Some("2025-02-11T08:30"));
}

#[test]
fn published_with_slashes_and_seconds() {
    let d = doc("发布时间：2024/01/05 17:20:11\n青禾县司法局2024年度法治政府建设工作报告\n");
    assert_eq!(published(&d).as_deref(), Some("2024-01-05T17:20"));
}

#[test]
fn unlabelled_date_and_time_under_the_headline_is_published() {
    let d = doc("青禾县司法局2024年度法治政府建设工作报告\n2026年02月11日 08时30分\n来源:\n青禾日报\n");
    assert_eq!(published(&d).as_deref(), Some("2026-02-11T08:30"));
}

#[test]
fn unlabelled_date_ending_the_source_line_is_published() {
    // A markdown capture that lost its headline: the date stands after the
    // source on the 来源 line, parted by wide spaces.
    let d = doc("> 来源：青禾县文化广电和旅游局　　2024-12-30\n\n2024年，县文旅局推动文旅融合。\n");
    assert_eq!(published(&d).as_deref(), Some("2024-12-30"));
    assert_eq!(d.metadata().source.as_deref(), Some("青禾县文化广电和旅游局"), "the date is not part of the source");
    let d = doc("青禾县司法局2024年度法治政府建设工作报告\n来源：青禾县司法局 2025-01-06 09:12:40\n");
    assert_eq!(published(&d).as_deref(), Some("2025-01-06T09:12"));
    let d = doc("青禾县司法局2024年度法治政府建设工作报告\n来源：2025年1月6日青禾日报\n");
    assert_eq!(d.published(), None, "a date inside the source's name");
}

#[test]
fn unlabelled_date_and_time_above_the_source_is_published_not_the_year() {
    let d = parse_checked(
        "政府工作报告\n――2026年1月25日在青禾县第十八届人民代表大会第四次会议上\n县长 某某\n2026-01-29 18:05:12\n来源：青禾日报\n\
         各位代表：\n一、2025年工作回顾\n",
    );
    assert_eq!(published(&d).as_deref(), Some("2026-01-29T18:05"));
    assert_eq!(d.year(), Some(2025));
}

#[test]
fn an_unlabelled_date_and_time_far_from_the_head_is_not_published() {
    let d = parse_checked(&format!("青禾县司法局2024年度法治政府建设工作报告\n{BODY}2025-03-01 10:00\n"));
    assert_eq!(d.published(), None);
}

// ---- Signed from a speech's dateline -------------------------------------

fn dateline_signed(dateline: &str) -> Option<String> {
    signed(&parse_checked(&format!("政府工作报告\n{dateline}\n各位代表：\n一、2025年工作回顾\n")))
}

#[test]
fn signed_from_a_dateline_with_two_em_dashes() {
    assert_eq!(
        dateline_signed("——2026年1月27日在青禾县第十八届人民代表大会第四次会议上").as_deref(),
        Some("2026-01-27")
    );
}

#[test]
fn signed_from_a_dateline_with_two_horizontal_bars() {
    assert_eq!(
        dateline_signed("――2026年1月27日在青禾县第十八届人民代表大会第四次会议上").as_deref(),
        Some("2026-01-27")
    );
}

#[test]
fn signed_from_a_dateline_with_ascii_hyphens() {
    assert_eq!(
        dateline_signed("----2026年1月27日在青禾县第十八届人民代表大会第四次会议上").as_deref(),
        Some("2026-01-27")
    );
}

#[test]
fn signed_from_a_dateline_with_one_dash_after_a_space() {
    assert_eq!(
        dateline_signed(" —2026年1月27日在青禾县第十八届人民代表大会第四次会议上").as_deref(),
        Some("2026-01-27")
    );
}

#[test]
fn signed_from_a_dateline_without_a_dash_and_the_speaker_after_it() {
    assert_eq!(
        dateline_signed("2026年1月27日在青禾县第十八届人民代表大会第四次会议上 青禾县县长 某某").as_deref(),
        Some("2026-01-27")
    );
}

#[test]
fn signed_from_a_dateline_spaced_and_wrapped_over_two_lines() {
    assert_eq!(
        dateline_signed("——2026 年 1 月 27 日在青禾县第十八届人民代表大会\n常务委员会第二十一次会议上").as_deref(),
        Some("2026-01-27")
    );
}

#[test]
fn signed_from_a_dateline_in_brackets() {
    assert_eq!(
        dateline_signed("（2026年1月27日在青禾县第十八届人民代表大会第四次会议上）").as_deref(),
        Some("2026-01-27")
    );
}

#[test]
fn signed_from_a_date_alone_after_dashes_not_published() {
    let d = parse_checked("政府工作报告\n——2026年1月27日\n各位代表：\n一、2025年工作回顾\n");
    assert_eq!(signed(&d).as_deref(), Some("2026-01-27"));
    assert_eq!(d.published(), None, "a date-only dateline is not the page's time");
}

#[test]
fn a_dateline_glued_after_the_title_is_cut_off_it() {
    let d = parse_checked(
        "政府工作报告——2026年1月27日在青禾县第十八届人民代表大会第四次会议上\n各位代表：\n一、2025年工作回顾\n",
    );
    assert_eq!(d.title(), Some("政府工作报告"));
    assert_eq!(signed(&d).as_deref(), Some("2026-01-27"));
    assert_eq!(d.year(), Some(2025));
}

#[test]
fn a_news_lead_without_a_year_is_no_dateline() {
    let d = parse_checked(
        "政府工作报告\n2月6日，青禾县第十八届人民代表大会第五次会议开幕。\n各位代表：\n一、2025年工作回顾\n",
    );
    assert_eq!(d.signed(), None);
}

// ---- Forms of the gen-meta fixtures (m_*) --------------------------------

/// The kinds of the clutter leaves of the back, in order.
fn back_clutter(d: &Document) -> Vec<ClutterKind> {
    clutter_kinds(d.back())
}

#[test]
fn title_after_a_sites_menu_bar() {
    let d = doc("青禾新闻网 | 青禾日报 | 青禾发布\n首页 > 时政要闻 > 正文\n青禾县司法局2024年度法治政府建设工作报告\n");
    assert_eq!(d.title(), Some("青禾县司法局2024年度法治政府建设工作报告"));
    assert_eq!(front_clutter(&d)[0], ClutterKind::Navigation, "the menu bar is clutter");
}

#[test]
fn a_pipe_table_row_above_the_title_is_no_menu_bar() {
    // A row of figures, or one opening with a bar, is a table's.
    for row in ["规章 | 0 | 0 | 0", "| 信息内容 | 本年制发件数 | 现行有效件数 |"] {
        let d = doc(&format!("{row}\n青禾县司法局2024年度法治政府建设工作报告\n"));
        assert!(!front_clutter(&d).contains(&ClutterKind::Navigation), "{row}");
    }
}

#[test]
fn title_over_three_lines_cut_before_a_conjunction() {
    // `预算` in the second line names a genre word already; the third line
    // opens with `和`, which no title opens with: it goes on the title.
    let d = parse_checked(
        "2025-08-28 09:12  来源：青禾日报\n青禾县人民政府\n关于2024年度县级预算执行\n和其他财政收支的审计工作报告\n\
         ——2025年8月26日在青禾县第十八届人民代表大会常务委员会第二十三次会议上\n一、县级财政管理审计情况\n",
    );
    assert_eq!(d.title(), Some("青禾县人民政府关于2024年度县级预算执行和其他财政收支的审计工作报告"));
    assert_eq!(d.issuers(), ["青禾县人民政府"]);
    assert_eq!(published(&d).as_deref(), Some("2025-08-28T09:12"));
}

#[test]
fn traditional_title_names_its_government_and_its_dateline_is_read() {
    let d = parse_checked(
        "青禾縣人民政府工作報告\n（2025年1月15日在青禾縣第十八屆人民代表大會第五次會議上）\n縣長　林志遠\n各位代表：\n\
         一、2024年工作回顧\n",
    );
    assert_eq!(d.issuers(), ["青禾縣人民政府"], "the name as written, Traditional");
    assert_eq!(signed(&d).as_deref(), Some("2025-01-15"));
    assert_eq!(d.year(), Some(2024), "delivered in 2025, it reviews 2024");
}

#[test]
fn traditional_dateline_without_a_title_makes_a_government_work_report() {
    let d = parse_checked("——2025年1月15日在青禾縣第十八屆人民代表大會第五次會議上\n各位代表：\n一、2024年工作回顧\n");
    assert_eq!(d.year(), Some(2024));
}

#[test]
fn traditional_page_bars_are_clutter() {
    let d = doc(
        "首頁 > 政務公開\n青禾縣司法局2024年度法治政府建設情況報告\n【字體：大 中 小】\n【列印本頁】【關閉視窗】\n",
    );
    assert_eq!(d.title(), Some("青禾縣司法局2024年度法治政府建設情況報告"));
    let kinds = front_clutter(&d);
    assert!(kinds.contains(&ClutterKind::FontSize) && kinds.contains(&ClutterKind::PageAction), "{kinds:?}");
}

#[test]
fn signature_above_a_sites_footer_and_in_chinese_numerals() {
    let d = parse_checked(&format!(
        "青禾县交通运输局2024年政府信息公开工作年度报告\n{BODY}青禾县交通运输局\n二〇二五年一月十日\n【打印】【关闭】\n\
         上一篇：青禾县交通运输局2025年部门预算公开\n主办单位：青禾县人民政府办公室　　承办单位：青禾县大数据发展中心\n\
         网站标识码：3307990001\n版权所有：青禾县人民政府\n"
    ));
    assert_eq!(d.issuers(), ["青禾县交通运输局"]);
    assert_eq!(signed(&d).as_deref(), Some("2025-01-10"));
}

#[test]
fn signature_above_a_wechat_articles_foot() {
    let d = parse_checked(&format!(
        "青禾县司法局关于2024年度法治政府建设情况的报告\n原创 青禾司法 青禾司法 2025年03月01日 18:30 浙江\n听全文\n{BODY}\
         青禾县司法局\n2025年2月26日\n图片\n来源：青禾县司法局\n审核：陈立\n阅读原文\n阅读 1126\n分享\n在看\n12\n写留言\n\
         青禾司法\n微信扫一扫\n关注该公众号\n继续滑动看下一个\n"
    ));
    assert_eq!(d.issuers(), ["青禾县司法局"]);
    assert_eq!(signed(&d).as_deref(), Some("2025-02-26"));
    assert_eq!(published(&d).as_deref(), Some("2025-03-01T18:30"));
    let kinds = back_clutter(&d);
    assert!(kinds.contains(&ClutterKind::Views) && kinds.contains(&ClutterKind::QrCode), "{kinds:?}");
}

#[test]
fn traditional_signature_above_a_footer_with_address_and_copyright() {
    let d = parse_checked(&format!(
        "青禾縣衛生健康局關於法治政府建設工作情況的報告\n{BODY}青禾縣衛生健康局\n2025年1月20日\n第1頁　共1頁\n\
         分享至：微信　微博\n版權所有：青禾縣衛生健康局　技術支持：青禾縣大數據發展中心\n地址：青禾縣健康路18號　郵編：322200\n"
    ));
    assert_eq!(d.issuers(), ["青禾縣衛生健康局"]);
    assert_eq!(signed(&d).as_deref(), Some("2025-01-20"));
    assert_eq!(back_clutter(&d).len(), 4, "page count, share bar, copyright and address lines");
}

#[test]
fn signature_above_a_note_and_a_colophon_not_the_printing_date() {
    let d = parse_checked(&format!(
        "青禾县人民政府关于2024年法治政府建设情况的报告\n{BODY}特此报告。\n\n青禾县人民政府\n2025年1月10日\n（此件公开发布）\n\
         抄送：县委办公室，县人大常委会办公室。\n青禾县人民政府办公室　　　　2025年1月12日印发\n"
    ));
    assert_eq!(signed(&d).as_deref(), Some("2025-01-10"), "the printing date is not the signature's");
    assert_eq!(back_clutter(&d), [ClutterKind::IndexBlock; 3]);
}

#[test]
fn signature_above_a_contact_note() {
    let d = parse_checked(&format!(
        "青禾县司法局2024年度法治政府建设工作报告\n{BODY}青禾县司法局\n2025年1月10日\n（联系人：张小禾，联系电话：0579-8861234）\n"
    ));
    assert_eq!(signed(&d).as_deref(), Some("2025-01-10"));
}

#[test]
fn a_bracketed_sentence_ending_the_body_is_no_note() {
    let d =
        parse_checked(&format!("青禾县司法局2024年度法治政府建设工作报告\n{BODY}（此项工作已于年底前全部完成。）\n"));
    assert!(back_clutter(&d).is_empty(), "only 此件/联系人 notes");
}

#[test]
fn signature_date_broken_over_two_lines() {
    let d = parse_checked(&format!("青禾县司法局2024年度法治政府建设工作报告\n{BODY}青禾县司法局\n2025年1月\n10日\n"));
    assert_eq!(d.issuers(), ["青禾县司法局"]);
    assert_eq!(signed(&d).as_deref(), Some("2025-01-10"));
}

#[test]
fn a_day_under_a_body_line_ending_in_a_month_is_no_signature() {
    // `…至2024年12月` / `31日` would be a date, but only a line that is
    // wholly `YYYY年M月` is joined with the day below it.
    let d = parse_checked(&format!("青禾县司法局2024年度法治政府建设工作报告\n{BODY}统计期限至2024年12月\n31日\n"));
    assert_eq!(d.signed(), None);
}

#[test]
fn signature_date_in_the_first_month_written_yuanyue() {
    let d = parse_checked(&format!("青禾县司法局2024年度法治政府建设工作报告\n{BODY}青禾县司法局\n2025年元月10日\n"));
    assert_eq!(signed(&d).as_deref(), Some("2025-01-10"));
}

#[test]
fn published_label_after_a_publisher_field() {
    let d = doc("青禾县人民政府关于2024年度法治政府建设工作情况的报告\n发布者：青禾县政府办  发布时间：2025年01月23日  阅读次数：256\n");
    assert_eq!(published(&d).as_deref(), Some("2025-01-23"));
}

#[test]
fn an_articles_byline_with_its_time_on_the_next_line() {
    let d = doc("青禾县司法局2024年度法治政府建设工作报告\n原创 青禾司法 青禾司法\n2025年03月01日 18:30\n");
    assert_eq!(published(&d).as_deref(), Some("2025-03-01T18:30"));
    assert_eq!(d.year(), Some(2024));
}

#[test]
fn a_title_without_a_year_names_its_body_before_the_genre() {
    let d = doc("青禾县司法局工作总结\n");
    assert_eq!(d.issuers(), ["青禾县司法局"]);
    let d = doc("青禾县政府工作报告\n");
    assert!(d.issuers().is_empty(), "a place and the genre name no body");
}

#[test]
fn two_bodies_written_together_in_traditional_script_are_two_issuers() {
    let d = parse_checked(&format!(
        "青禾縣2024年度法治政府建設工作報告\n{BODY}中共青禾縣委員會青禾縣人民政府\n2025年1月10日\n"
    ));
    assert_eq!(d.issuers(), ["中共青禾縣委員會", "青禾縣人民政府"]);
}

#[test]
fn published_from_a_markdown_quote() {
    let d = doc("# 青禾县司法局\n# 2024年度法治政府建设工作报告\n> 发布时间：2025-01-23　来源：青禾县司法局\n");
    assert_eq!(d.title(), Some("青禾县司法局2024年度法治政府建设工作报告"));
    assert_eq!(published(&d).as_deref(), Some("2025-01-23"));
}

#[test]
fn a_title_names_its_body_before_a_year_in_full_width_or_chinese_digits() {
    assert_eq!(doc("青禾县司法局二〇二四年工作总结\n").issuers(), ["青禾县司法局"]);
    assert_eq!(doc("青禾县司法局２０２４年度法治政府建设情况报告\n").issuers(), ["青禾县司法局"]);
}

#[test]
fn signature_above_a_footer_menu_a_qr_prompt_and_a_report_error_button() {
    let d = parse_checked(&format!(
        "青禾县司法局2024年度法治政府建设工作报告\n{BODY}青禾县司法局\n2025年1月10日\n【我要纠错】\n扫码阅读手机版\n\
         网站地图 | 联系我们 | 使用帮助\n"
    ));
    assert_eq!(signed(&d).as_deref(), Some("2025-01-10"));
    assert_eq!(back_clutter(&d), [ClutterKind::PageAction, ClutterKind::QrCode, ClutterKind::Navigation]);
}

#[test]
fn a_last_line_that_is_a_number_is_not_taken_for_clutter_after_the_signature() {
    // Only under the signature: a number above it ends the foot as before.
    let d =
        parse_checked(&format!("青禾县司法局2024年度法治政府建设工作报告\n{BODY}12\n青禾县司法局\n2025年2月26日\n"));
    assert_eq!(d.issuers(), ["青禾县司法局"]);
    assert!(back_clutter(&d).is_empty());
}

// ---- Whole documents ----------------------------------------------------

/// Parse every `.txt` file of `dir` and check its invariants and leaves.
fn check_dir(dir: &std::path::Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else { return 0 };
    let mut n = 0;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "txt") {
            let bytes = std::fs::read(&path).expect("readable");
            let doc = gongwen::parse_bytes(&bytes).expect("decodable");
            if let Err(v) = gongwen::invariants::check(&doc) {
                panic!("{}: {v:?}", path.display());
            }
            let rebuilt: String = doc.leaves().iter().map(|l| doc.text(l.span)).collect();
            assert_eq!(rebuilt, doc.source(), "{}: leaves rebuild the text", path.display());
            n += 1;
        }
    }
    n
}

#[test]
fn realworld_fixtures_keep_their_invariants() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/realworld");
    assert!(check_dir(&dir) > 0, "the fixtures are there");
}

#[test]
fn real_documents_keep_their_invariants_when_they_are_beside_the_project() {
    check_dir(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/realworld"));
}

#[test]
fn a_page_marker_under_the_signature_leaves_the_signature_read() {
    // The last page's marker in every style the body reads: the foot
    // reader must pass over it as the body does.
    for marker in ["- 3 -", "— 3 —", "·3·", "• 3 •", "第 3 页", "第3页 共3页", "共3页", "Page 3 of 3", "- iii -"]
    {
        let text = format!(
            "青禾县人民政府关于2024年度法治政府建设情况的报告\n一、主要举措\n全年办理案件12件。\n青禾县人民政府\n2025年3月10日\n{marker}\n"
        );
        let d = gongwen::parse(&text);
        assert_eq!(signed(&d).as_deref(), Some("2025-03-10"), "{marker}");
    }
}

/// A converted report of `pages` pages, each opening with `header` and
/// closing with a page marker (`·N·`), the first page with `head` under
/// its header.
fn paged(header: &str, head: &str, pages: usize) -> String {
    let mut text = format!("{header}\n{head}");
    for n in 1..=pages {
        if n > 1 {
            text.push_str(&format!("{header}\n"));
        }
        text.push_str(&format!(
            "{}、第{n}项工作\n全年办结案件{n}0件，群众满意率持续提高。\n·{n}·\n",
            ["一", "二", "三", "四"][n - 1]
        ));
    }
    text
}

#[test]
fn a_gazettes_running_header_above_the_title_is_not_the_title() {
    // A gazette's issue line heads every page; the first page's report
    // title stands under it, an issuer line over the title line.
    let text = paged("白溪县人民政府公报 2025年第4期", "白溪县人民政府\n关于2024年度法治政府建设情况的报告\n", 3);
    let d = parse_checked(&text);
    assert_eq!(d.title(), Some("白溪县人民政府关于2024年度法治政府建设情况的报告"));
    assert_eq!(d.year(), Some(2024), "the header's year is the gazette's, not the report's");
    assert_eq!(d.issuers(), ["白溪县人民政府"]);
    assert_eq!(front_clutter(&d).first(), Some(&ClutterKind::RunningHeader));
}

#[test]
fn a_title_repeated_as_every_pages_header_stays_the_title() {
    // A Word document whose page header is the report's title: on the
    // first page nothing else is a title, so the line is the title.
    let title = "白溪县2024年法治政府建设情况报告";
    let d = parse_checked(&paged(title, "", 3));
    assert_eq!(d.title(), Some(title));
    // The same header with the title under it, written the same way.
    let d = parse_checked(&paged(title, &format!("{title}\n"), 3));
    assert_eq!(d.title(), Some(title));
}

// ---- Site prefixes, mobile bars, seals and downloads --------------------

#[test]
fn the_site_name_and_column_tag_before_a_title_are_clutter() {
    // A page's `<title>` line (`<site> - <headline>`), then the headline
    // with its column tag: both give the same title, without the site or tag.
    let d = doc("青禾县人民政府网 - 【政务公开】青禾县统计局2024年度工作总结\n首页 > 政务公开\n【政务公开】青禾县统计局2024年度工作总结\n");
    assert_eq!(d.title(), Some("青禾县统计局2024年度工作总结"));
    assert_eq!(d.issuers(), ["青禾县统计局"], "the tag is no part of the issuer");
    // A tag alone before the title; a site's name in Traditional (`…網`).
    let d = doc("【政务公开】青禾县统计局2024年度工作总结\n");
    assert_eq!(d.title(), Some("青禾县统计局2024年度工作总结"));
    let d = doc("青禾縣人民政府網_青禾縣統計局2023年度部門決算\n");
    assert_eq!(d.title(), Some("青禾縣統計局2023年度部門決算"));
    // A bracketed note that is no column tag, or a name that is no site, stays.
    let d = doc("【2024年度】青禾县统计局工作总结\n");
    assert_eq!(d.title(), Some("【2024年度】青禾县统计局工作总结"));
    let d = doc("青禾县统计局 - 2024年度工作总结\n");
    assert_eq!(d.title(), Some("青禾县统计局 - 2024年度工作总结"));
}

#[test]
fn a_mobile_pages_top_bar_is_clutter() {
    // `返回` / the page's name / `分享`: the name between the buttons is
    // the bar's, and the title under the bar is read.
    let d = doc("返回\n青禾县政务服务\n分享\n青禾县统计局2024年度工作总结\n");
    assert_eq!(d.title(), Some("青禾县统计局2024年度工作总结"));
    assert_eq!(front_clutter(&d), [ClutterKind::PageAction, ClutterKind::Navigation, ClutterKind::Share]);
}

#[test]
fn a_signature_with_a_seal_note_names_the_body() {
    // The title names no body: the issuer can only come from the signature.
    let d = parse_checked(&format!("白石镇2024年度工作总结\n{BODY}青禾县统计局（盖章）\n2024年12月27日\n"));
    assert_eq!(d.issuers(), ["青禾县统计局"]);
    assert_eq!(clutter_kinds(d.back()), [ClutterKind::IndexBlock], "the seal note is a leaf of its own");
    assert_eq!(signed(&d).as_deref(), Some("2024-12-27"));
    // A bracketed word that is no seal note leaves the line a paragraph.
    let d = parse_checked(&format!("2024年度工作总结\n{BODY}青禾县统计局（筹）\n2024年12月27日\n"));
    assert!(d.issuers().is_empty());
}

#[test]
fn download_lines_under_the_signature_are_clutter() {
    let d = parse_checked(&format!(
        "青禾县统计局2024年政府信息公开工作年度报告\n{BODY}青禾县统计局\n2025年1月20日\n附件下载：\n青禾县统计局2024年政府信息公开工作年度报告.pdf\n责任编辑：林某\n"
    ));
    assert_eq!(d.issuers(), ["青禾县统计局"]);
    assert_eq!(signed(&d).as_deref(), Some("2025-01-20"));
    assert_eq!(clutter_kinds(d.back()), [ClutterKind::Navigation, ClutterKind::Navigation, ClutterKind::Source]);
}

#[test]
fn the_site_name_after_a_title_is_clutter() {
    // `<title>_<site>` and `<title> - <site>` lines, with or without the
    // headline under them.
    let title = "青禾县统计局2024年度工作总结";
    for head in [
        format!("{title}_青禾县人民政府\n{title}\n"),
        format!("{title} - 青禾县人民政府门户网站\n"),
        format!("{title}｜青禾县人民政府网\n"),
    ] {
        let d = doc(&head);
        assert_eq!(d.title(), Some(title), "{head}");
        assert_eq!(d.issuers(), ["青禾县统计局"], "{head}");
    }
    // What follows a separator but is no site or body stays in the title.
    let d = doc("青禾县统计局2024年度工作总结_附表\n");
    assert_eq!(d.title(), Some("青禾县统计局2024年度工作总结_附表"));
}

#[test]
fn a_date_with_its_weekday_beside_the_source_is_published() {
    let d = doc("青禾县统计局2024年度工作总结\n2024-12-30 星期一　来源：县统计局\n");
    assert_eq!(published(&d).as_deref(), Some("2024-12-30"));
    // Alone at the top of the page, a date and weekday is the site's clock.
    let d = doc("2025年1月6日 星期一\n青禾县统计局2024年度工作总结\n");
    assert_eq!(published(&d), None);
    assert_eq!(front_clutter(&d), [ClutterKind::SiteClock]);
}

#[test]
fn published_under_the_label_fabuyu() {
    let d = doc("青禾县统计局2024年度工作总结\n发布于：2024年12月30日 星期一\n");
    assert_eq!(published(&d).as_deref(), Some("2024-12-30"));
    let d = doc("青禾县统计局2024年度工作总结\n来源：县统计局　发布于 2024-12-30 16:40\n");
    assert_eq!(published(&d).as_deref(), Some("2024-12-30T16:40"));
    assert_eq!(front_clutter(&d), [ClutterKind::Source]);
}

#[test]
fn a_breadcrumb_with_dashes_is_clutter() {
    let d = doc("首页 - 政务公开 - 工作总结\n青禾县统计局2024年度工作总结\n");
    assert_eq!(d.title(), Some("青禾县统计局2024年度工作总结"));
    assert_eq!(front_clutter(&d), [ClutterKind::Breadcrumb]);
}

// ---- HTML left by a bad capture, banners over menu bars -----------------

#[test]
fn html_tags_and_entities_around_the_head_and_the_signature_are_markup() {
    // A capture whose HTML was not stripped: tags around the crumb, the
    // headline and the publish line, `&nbsp;` between date and time, the
    // signature in right-aligned paragraphs, a blank paragraph under it.
    let text = format!(
        "<p>首页&nbsp;&gt;&nbsp;政务公开&nbsp;&gt;&nbsp;工作报告</p>\n<br>\n\
         <p>青禾县司法局2024年度法治政府建设工作报告</p><br>\n\
         <p>发布时间：2025-01-20&nbsp;10:15&nbsp;&nbsp;来源：县司法局&nbsp;&nbsp;浏览次数：&nbsp;87</p>\n<br />\n\
         {BODY}<p style=\"text-align: right;\">青禾县司法局</p>\n<p style=\"text-align: right;\">2025年1月16日</p>\n\
         <p>&nbsp;</p>\n<p>【打印本页】&nbsp;&nbsp;【关闭窗口】</p>\n"
    );
    let d = parse_checked(&text);
    assert_eq!(d.title(), Some("青禾县司法局2024年度法治政府建设工作报告"));
    assert_eq!(published(&d).as_deref(), Some("2025-01-20T10:15"));
    assert_eq!(d.issuers(), ["青禾县司法局"]);
    assert_eq!(signed(&d).as_deref(), Some("2025-01-16"));
    assert_eq!(d.metadata().source.as_deref(), Some("县司法局"), "the entity after the source ends it");
    let front = front_clutter(&d);
    assert_eq!(front.first(), Some(&ClutterKind::Breadcrumb), "the crumb is read inside its tags: {front:?}");
    assert!(front.contains(&ClutterKind::Markup), "{front:?}");
}

#[test]
fn a_bodys_name_above_a_menu_bar_is_a_banner_not_a_title_line() {
    // The site's name (a body's name alone) over its menu bar: page
    // chrome, not the issuer line of the title further down.
    let d = doc("青禾县应急管理局\n首页 | 机构概况 | 政务公开 | 互动交流\n您的位置：首页 > 政务公开\n青禾县应急管理局二〇二四年度法治政府建设情况报告\n");
    assert_eq!(d.title(), Some("青禾县应急管理局二〇二四年度法治政府建设情况报告"));
    assert_eq!(d.year(), Some(2024));
}

// ---- Reposts: the outlet's headline, 原标题, credits and related reading --

#[test]
fn a_reposts_own_headline_over_the_original_title_is_not_the_title() {
    // The outlet rewrote the headline (it names no genre); `原标题：` names
    // the report, whose own title line follows. 成文日期 before 发布日期.
    let d = doc(
        "首页 > 法治 > 正文\n白石镇晒出2024年法治建设“成绩单”\n成文日期：2025-01-08　　发布日期：2025-01-13 09:40\n\
         原标题：青禾县白石镇人民政府关于2024年度法治政府建设情况的报告\n\n\
         青禾县白石镇人民政府关于2024年度法治政府建设情况的报告\n",
    );
    assert_eq!(d.title(), Some("青禾县白石镇人民政府关于2024年度法治政府建设情况的报告"));
    assert_eq!(d.issuers(), ["青禾县白石镇人民政府"]);
    assert_eq!(published(&d).as_deref(), Some("2025-01-13T09:40"));
    // A headline that names the genre is still the fuller, first title.
    let d = doc("2025年青禾县人民政府工作报告\n原标题：青禾县人民政府工作报告\n");
    assert_eq!(d.title(), Some("2025年青禾县人民政府工作报告"));
}

#[test]
fn a_related_reading_list_and_a_bracketed_credit_under_the_signature_are_clutter() {
    let text = format!(
        "青禾县司法局2024年度法治政府建设工作报告\n{BODY}青禾县司法局\n2025年1月8日\n（责任编辑：苏晓禾）\n\
         【相关阅读】\n青禾县2023年度法治政府建设情况报告\n白石镇召开2025年政法工作会议\n扫一扫在手机上打开当前页\n"
    );
    let d = parse_checked(&text);
    assert_eq!(d.issuers(), ["青禾县司法局"]);
    assert_eq!(signed(&d).as_deref(), Some("2025-01-08"));
}

#[test]
fn without_a_year_in_title_or_preamble_the_first_parts_heading_names_it() {
    // `一、2024年工作回顾` over `过去一年，…`: the review's heading names the
    // year it covers, its opening sentence does not.
    let d = parse_checked(
        "青禾经济开发区管理委员会工作报告\n同志们：\n现在，我代表开发区管委会报告工作。\n\
         一、2024年工作回顾\n过去一年，全区完成规模以上工业总产值216亿元。\n二、2025年工作安排\n全年计划实施重点项目45个。\n",
    );
    assert_eq!(d.year(), Some(2024));
}

// ---- Traditional-script chrome around a Simplified report ----------------

#[test]
fn an_update_date_is_the_publication_time_only_without_one() {
    // A Taiwan-style template: `更新日期` above `發布日期`.
    let d = doc("更新日期：2025-01-15\n發布日期：2025-01-12\n青禾县司法局2024年度法治政府建设工作报告\n");
    assert_eq!(d.title(), Some("青禾县司法局2024年度法治政府建设工作报告"), "the update line is clutter");
    assert_eq!(published(&d).as_deref(), Some("2025-01-12"));
    // On one line, in either order.
    let d = doc("青禾县司法局2024年度法治政府建设工作报告\n更新时间：2025-01-15 08:00　发布时间：2025-01-12 09:30\n");
    assert_eq!(published(&d).as_deref(), Some("2025-01-12T09:30"));
    // Alone, it is the only time the page gives.
    let d = doc("青禾县司法局2024年度法治政府建设工作报告\n更新时间：2025-01-15 08:00\n");
    assert_eq!(published(&d).as_deref(), Some("2025-01-15T08:00"));
}

#[test]
fn a_traditional_templates_foot_under_the_signature_is_clutter() {
    let text = format!(
        "青禾县司法局2024年度法治政府建设工作报告\n{BODY}青禾县司法局\n2025年1月10日\n\
         發布日期：2025-01-12\n更新日期：2025-01-15\n瀏覽人次：318\n友善列印　　回上一頁　　分享\n"
    );
    let d = parse_checked(&text);
    assert_eq!(d.issuers(), ["青禾县司法局"]);
    assert_eq!(signed(&d).as_deref(), Some("2025-01-10"));
    assert_eq!(published(&d).as_deref(), Some("2025-01-12"));
}

#[test]
fn an_nbsp_indent_before_the_title_is_markup_and_a_bracketed_credit_ends_its_name() {
    let text = format!(
        "&nbsp;&nbsp;青禾县司法局2024年度法治政府建设工作报告\n发布时间：2025-01-12&nbsp;09:30\n{BODY}\
         青禾县司法局\n2025年1月10日\n（来源：青禾县司法局）\n"
    );
    let d = parse_checked(&text);
    assert_eq!(d.title(), Some("青禾县司法局2024年度法治政府建设工作报告"));
    assert_eq!(published(&d).as_deref(), Some("2025-01-12T09:30"));
    assert_eq!(signed(&d).as_deref(), Some("2025-01-10"));
    assert_eq!(d.metadata().source.as_deref(), Some("青禾县司法局"), "the closing bracket is not the name's");
}

#[test]
fn published_keeps_the_time_written_after_the_weekday() {
    let d = doc("青禾县司法局2024年度法治政府建设工作报告\n发布时间：2025年1月12日 星期日 10:30\n");
    assert_eq!(published(&d).as_deref(), Some("2025-01-12T10:30"));
}

#[test]
fn link_values_downloads_and_registration_lines_under_the_signature_are_clutter() {
    for foot in [
        "上一篇：\n青禾县司法局2023年度法治政府建设情况报告\n下一篇：\n关于印发2025年普法工作要点的通知\n",
        "附件：\n青禾县司法局2024年度法治政府建设情况报告.pdf\n",
        "Copyright © 2025 青禾县司法局 All Rights Reserved\n",
        "京ICP备12345678号-1\n公网安备 00000000000000号\n",
        "ICP备案号：某ICP备12345678号-1 公网安备 00000000000000号\n",
    ] {
        let text = format!("青禾县司法局2024年度法治政府建设工作报告\n{BODY}青禾县司法局\n2025年1月10日\n{foot}");
        let d = parse_checked(&text);
        assert_eq!(signed(&d).as_deref(), Some("2025-01-10"), "{foot}");
        assert_eq!(d.issuers(), ["青禾县司法局"], "{foot}");
    }
}

#[test]
fn a_street_or_zones_party_committee_and_office_written_together_are_two_issuers() {
    for (signature, bodies) in [
        ("白石街道党工委白石街道办事处", ["白石街道党工委", "白石街道办事处"]),
        ("中共白石街道工作委员会白石街道办事处", ["中共白石街道工作委员会", "白石街道办事处"]),
        ("青禾经济开发区党工委青禾经济开发区管委会", ["青禾经济开发区党工委", "青禾经济开发区管委会"]),
    ] {
        let d = parse_checked(&format!("白石2024年度工作总结\n{BODY}{signature}\n2025年1月10日\n"));
        assert_eq!(d.issuers(), bodies, "{signature}");
    }
}

#[test]
fn a_seal_note_after_the_signature_date_leaves_the_date_read() {
    let d = parse_checked(&format!("白石镇2024年度工作总结\n{BODY}青禾县白石镇人民政府\n2025年1月10日（盖章）\n"));
    assert_eq!(d.issuers(), ["青禾县白石镇人民政府"]);
    assert_eq!(signed(&d).as_deref(), Some("2025-01-10"));
}

#[test]
fn other_sites_words_for_the_publish_day_and_a_last_update_label() {
    for (label, want) in [
        ("公告日期：2025-01-12", "2025-01-12"),
        ("張貼日期：2025-01-12", "2025-01-12"),
        ("上架日期：2025-01-12", "2025-01-12"),
        ("刊登日期：2025-01-12", "2025-01-12"),
        ("最后更新：2025-01-15 10:20", "2025-01-15T10:20"),
        ("最後更新日期：2025-01-15\n發布日期：2025-01-12", "2025-01-12"),
    ] {
        let d = doc(&format!("{label}\n青禾县司法局2024年度法治政府建设工作报告\n"));
        assert_eq!(published(&d).as_deref(), Some(want), "{label}");
        assert_eq!(d.title(), Some("青禾县司法局2024年度法治政府建设工作报告"), "{label}");
    }
}

#[test]
fn the_title_printed_again_at_the_foot_is_clutter() {
    for foot in [
        "【打印】【关闭】\n青禾县司法局2024年度法治政府建设工作报告\n",
        "当前文章：青禾县司法局2024年度法治政府建设工作报告\n",
    ] {
        let text = format!("青禾县司法局2024年度法治政府建设工作报告\n{BODY}青禾县司法局\n2025年1月10日\n{foot}");
        let d = parse_checked(&text);
        assert_eq!(signed(&d).as_deref(), Some("2025-01-10"), "{foot}");
    }
    // A last heading alone at the foot, listed in the contents at the head
    // too, stays a heading.
    let d = parse_checked(
        "青禾县司法局2024年政府信息公开工作年度报告\n目录\n一、总体情况\n二、其他需要报告的事项\n\
         一、总体情况\n全年公开信息120条。\n二、其他需要报告的事项\n",
    );
    assert_eq!(d.sections().len(), 2);
}

#[test]
fn html_entities_in_a_title_are_read_as_the_chars_they_stand_for() {
    // `&ldquo;…&rdquo;` end in `;`, which is no sentence's end: the line is
    // still a title, and its entities are quotes.
    let d = doc("<p>青禾县司法局关于2024年度&ldquo;八五&rdquo;普法工作情况的报告</p>\n");
    assert_eq!(d.title(), Some("青禾县司法局关于2024年度“八五”普法工作情况的报告"));
    assert_eq!(d.issuers(), ["青禾县司法局"]);
    // A real `;` still ends a sentence.
    let d = doc("青禾县司法局2024年度工作;报告\n");
    assert_eq!(d.title(), None);
}

#[test]
fn an_issuer_and_a_date_in_tags_of_their_own_on_one_line_are_a_signature() {
    for foot in [
        "<div>青禾县司法局</div><div>2025年1月10日</div>\n",
        "<div style=\"text-align:right\">青禾县司法局</div><div style=\"text-align:right\">2025年1月10日</div>\n",
        "<p>青禾县司法局</p>&nbsp;<p>2025年1月10日</p>\n",
        "青禾县司法局&nbsp;&nbsp;2025年1月10日\n",
    ] {
        let d = parse_checked(&format!("青禾县司法局2024年度法治政府建设工作报告\n{BODY}{foot}"));
        assert_eq!(signed(&d).as_deref(), Some("2025-01-10"), "{foot}");
        assert_eq!(d.issuers(), ["青禾县司法局"], "{foot}");
    }
}

#[test]
fn a_pages_address_alone_on_a_line_is_clutter_not_a_date() {
    for line in [
        "http://www.qinghe.gov.cn/art/2025/1/12/art_4471_88213.html",
        "<div>www.qinghe.gov.cn/2025/0112/c88.html</div>",
    ] {
        let d = doc(&format!("青禾县人民政府门户网站\n{line}\n青禾县司法局2024年度法治政府建设工作报告\n"));
        assert_eq!(d.title(), Some("青禾县司法局2024年度法治政府建设工作报告"), "{line}");
        assert_eq!(published(&d), None, "{line}");
        assert!(front_clutter(&d).contains(&ClutterKind::Navigation), "{line}");
    }
}

#[test]
fn an_outlets_short_name_at_the_top_with_clutter_under_it_is_a_banner() {
    let d =
        doc("青禾发布\n首页 > 要闻 > 权威发布\n青禾县司法局2024年度法治政府建设工作报告\n发布时间：2025-01-24 16:30\n");
    assert_eq!(d.title(), Some("青禾县司法局2024年度法治政府建设工作报告"));
    assert_eq!(front_clutter(&d).first(), Some(&ClutterKind::Column));
    assert_eq!(published(&d).as_deref(), Some("2025-01-24T16:30"));
}

#[test]
fn a_list_pages_bracketed_date_after_the_headline_is_the_publication_date() {
    for line in [
        "青禾县司法局2024年度法治政府建设工作报告　[2025-03-18]",
        "青禾县司法局2024年度法治政府建设工作报告 【2025-03-18】",
        "青禾县司法局2024年度法治政府建设工作报告[2025-03-18 09:30]",
        "<h1>青禾县司法局2024年度法治政府建设工作报告</h1><span>[2025-03-18]</span>",
    ] {
        let d = doc(&format!("{line}\n"));
        assert_eq!(d.title(), Some("青禾县司法局2024年度法治政府建设工作报告"), "{line}");
        assert_eq!(published(&d).map(|p| p[..10].to_owned()).as_deref(), Some("2025-03-18"), "{line}");
    }
    // A bracketed note that is no date stays on the title.
    let d = doc("青禾县人民政府工作报告（摘要）\n");
    assert_eq!(d.title(), Some("青禾县人民政府工作报告（摘要）"));
}

#[test]
fn a_title_naming_only_a_span_of_years_covers_the_last() {
    for (title, year) in [
        ("青禾经济开发区2024—2025年度冬春招商引资工作总结", 2025),
        ("青禾县第一中学2024-2025学年第一学期工作总结", 2025),
        ("青禾县司法局2024年度法治政府建设工作报告", 2024),
    ] {
        let d = doc(&format!("{title}\n"));
        assert_eq!(d.year(), Some(year), "{title}");
    }
}

#[test]
fn a_party_committee_run_into_its_organ_without_the_place_is_two_issuers() {
    for (signature, bodies) in [
        ("青禾经济开发区党工委管委会", ["青禾经济开发区党工委", "管委会"]),
        ("青禾县白石街道党工委办事处", ["青禾县白石街道党工委", "办事处"]),
    ] {
        let d = parse_checked(&format!("白石2024年度工作总结\n{BODY}{signature}\n2025年1月10日\n"));
        assert_eq!(d.issuers(), bodies, "{signature}");
    }
    // One body whose name ends with an organ word stays one.
    let d = parse_checked(&format!("白石2024年度工作总结\n{BODY}青禾县人民政府办事处\n2025年1月10日\n"));
    assert_eq!(d.issuers(), ["青禾县人民政府办事处"]);
}

#[test]
fn a_report_whose_only_year_is_its_signatures_covers_the_year_it_closes() {
    for (date, year) in [("2025年1月8日", 2024), ("2024年12月20日", 2024), ("2024年7月10日", 2024)] {
        let d = parse_checked(&format!("关于法治政府建设工作情况的报告\n{BODY}青禾县自然资源局\n{date}\n"));
        assert_eq!(d.year(), Some(year), "{date}");
    }
    // A year in the preamble goes first.
    let d = parse_checked(&format!(
        "关于法治政府建设工作情况的报告\n2023年，我局推进工作。\n{BODY}青禾县自然资源局\n2025年1月8日\n"
    ));
    assert_eq!(d.year(), Some(2023));
}

#[test]
fn a_bracketed_date_alone_under_the_title_is_the_signed_date() {
    // Above a paragraph that PDF text spaced digit by digit, which the
    // date must not be read with.
    for date in ["（2025年1月15日）", "(2025年1月15日)"] {
        let d = doc(&format!(
            "青禾县司法局\n2 0 2 4 年度法治政府建设\n情况报告\n{date}\n    2 0 2 4 年，县司法局在县委、县政府的领导下，坚\n持依法行政。\n"
        ));
        assert_eq!(signed(&d).as_deref(), Some("2025-01-15"), "{date}");
        assert_eq!(d.title(), Some("青禾县司法局2 0 2 4 年度法治政府建设情况报告"), "{date}");
        assert_eq!(d.year(), Some(2024), "{date}");
    }
}

#[test]
fn a_documents_own_date_after_its_title_on_the_line_is_signed_not_published() {
    let d = doc("青禾县司法局关于2024年度法治政府建设情况的报告（2025年1月16日）\n");
    assert_eq!(d.title(), Some("青禾县司法局关于2024年度法治政府建设情况的报告"));
    assert_eq!(signed(&d).as_deref(), Some("2025-01-16"));
    assert_eq!(published(&d), None);
    // A 政府工作报告 so dated covers the year before.
    let d = doc("青禾县人民政府工作报告（2025年1月20日）\n");
    assert_eq!(d.title(), Some("青禾县人民政府工作报告"));
    assert_eq!(d.year(), Some(2024));
    // A date at the foot goes first.
    let d = parse_checked(&format!(
        "青禾县司法局关于2024年度法治政府建设情况的报告（2025年1月16日）\n{BODY}青禾县司法局\n2025年1月18日\n"
    ));
    assert_eq!(signed(&d).as_deref(), Some("2025-01-18"));
}

#[test]
fn a_note_alone_under_the_title_is_its_last_line() {
    for (head, want) in [
        ("青禾县人民政府工作报告\n（草案）\n", "青禾县人民政府工作报告（草案）"),
        ("青禾县2024年度政府信息公开工作报告\n（征求意见稿）\n", "青禾县2024年度政府信息公开工作报告（征求意见稿）"),
        ("关于青禾县2024年度法治政府建设情况的报告\n(书面)\n", "关于青禾县2024年度法治政府建设情况的报告(书面)"),
    ] {
        assert_eq!(doc(head).title(), Some(want), "{head}");
    }
    // A bracketed line that is no note is not taken.
    let d = doc("青禾县司法局2024年度法治政府建设工作报告\n（县司法局供稿）\n");
    assert_eq!(d.title(), Some("青禾县司法局2024年度法治政府建设工作报告"));
}

#[test]
fn the_signature_above_the_appendices_is_the_reports() {
    let text = format!(
        "关于青禾县2024年度法治政府建设情况的报告\n{BODY}\n青禾县人民政府\n2025年2月10日\n\n附件1\n青禾县2024年度重点任务完成情况\n序号 任务 完成情况\n1 目录化管理 已完成\n"
    );
    let d = parse_checked(&text);
    assert_eq!(d.issuers(), ["青禾县人民政府"]);
    assert_eq!(signed(&d).as_deref(), Some("2025-02-10"));
    // A signature at the very foot goes first.
    let d = parse_checked(&format!("{text}青禾县司法局\n2025年2月12日\n"));
    assert_eq!(signed(&d).as_deref(), Some("2025-02-12"));
}

#[test]
fn the_authors_line_under_a_title_naming_no_body_gives_the_issuer() {
    let d = doc("2024年度法治政府建设工作报告\n青禾县司法局\n（2025年1月8日）\n");
    assert_eq!(d.issuers(), ["青禾县司法局"]);
    assert_eq!(signed(&d).as_deref(), Some("2025-01-08"));
    // A speaker's line is no body's name.
    let d = doc("政府工作报告\n——2025年1月20日在青禾县第十八届人民代表大会第五次会议上\n县长　林志远\n");
    assert!(d.issuers().is_empty());
}

#[test]
fn a_first_heading_over_page_clutter_is_no_banner() {
    let d = parse_checked("一、加强组织领导\n分享到：\n柳岸乡人民政府\n");
    assert_eq!(d.sections().len(), 1);
}

#[test]
fn the_last_pages_running_footer_under_the_signature_is_no_signature() {
    // A footer with the unit's name and a print date closes every page,
    // the last one under the real signature.
    let footer = "青禾县市场监督管理局　2025年1月20日印制";
    let mut text = String::from("青禾县市场监督管理局2024年法治政府建设情况报告\n");
    for (n, part) in ["一、主要举措", "二、存在不足", "三、下步安排"].iter().enumerate() {
        text.push_str(&format!(
            "{part}\n全年办结案件{n}0件，群众满意率持续提高。\n{footer}\n第 {} 页 / 共 4 页\n",
            n + 1
        ));
    }
    text.push_str(&format!("青禾县市场监督管理局\n2025年1月15日\n{footer}\n第 4 页 / 共 4 页\n"));
    let d = gongwen::parse(&text);
    assert_eq!(signed(&d).as_deref(), Some("2025-01-15"));
    assert_eq!(d.issuers(), ["青禾县市场监督管理局"]);
}

#[test]
fn a_communique_names_its_bodies_and_date_under_the_title() {
    let text = "青禾县2025年国民经济和社会发展统计公报\n\n青禾县统计局\n国家统计局青禾调查队\n2026年3月16日\n\n\
                2025年，全县经济运行总体平稳。\n一、综合\n全年地区生产总值386.5亿元。\n二、农业\n粮食总产量52万吨。\n";
    let d = gongwen::parse(text);
    assert_eq!(d.issuers(), ["青禾县统计局", "国家统计局青禾调查队"]);
    assert_eq!(signed(&d).as_deref(), Some("2026-03-16"), "the date under the bodies, with no signature at the foot");
}
