//! Front and back matter: titles, addressee, preamble, signature, clutter,
//! and the metadata read from them.

use crate::common;
use common::parse_checked;
use gongwen::{Block, ClutterKind, SignatureRole};

#[test]
fn one_line_title() {
    let doc = parse_checked(
        "青禾镇2024年度法治政府建设工作报告\n2024年，我镇坚持依法行政。现将有关情况报告如下：\n一、主要举措\n",
    );
    assert_eq!(doc.title(), Some("青禾镇2024年度法治政府建设工作报告"));
    assert!(doc.issuers().is_empty(), "a place name alone names no body");
    assert_eq!(doc.year(), Some(2024));
}

#[test]
fn issuer_line_then_title_line_are_joined() {
    let doc =
        parse_checked("\n某某县某某乡人民政府\n2023年度法治政府建设情况报告\n\n一年来，我乡依法行政。\n一、主要举措\n");
    assert_eq!(doc.title(), Some("某某县某某乡人民政府2023年度法治政府建设情况报告"));
    assert_eq!(doc.issuers(), ["某某县某某乡人民政府"]);
    assert_eq!(doc.year(), Some(2023));
}

#[test]
fn a_title_wrapped_over_two_lines() {
    let doc = parse_checked("关于2024年度法治政府建设\n工作情况的报告\n全年工作有序推进。\n一、主要举措\n");
    assert_eq!(doc.title(), Some("关于2024年度法治政府建设工作情况的报告"));
}

#[test]
fn issuers_named_before_guanyu() {
    let doc = parse_checked(
        "中共某某县委 某某县人民政府 关于2023年法治政府建设情况的报告\n2023年，全县依法行政。\n一、主要举措\n",
    );
    assert_eq!(doc.issuers(), ["中共某某县委", "某某县人民政府"]);
    assert_eq!(doc.year(), Some(2023), "关于2023年 in the title gives the year");
}

#[test]
fn a_title_repeated_by_the_page_is_taken_once() {
    let doc = parse_checked("某区司法局2024年法治政府建设年度报告\n发布时间：2025-01-10 10:00\n某区司法局2024年法治政府建设年度报告\n2024年，我局依法履职。\n一、主要举措\n");
    assert_eq!(doc.title(), Some("某区司法局2024年法治政府建设年度报告"));
    assert_eq!(doc.issuers(), ["某区司法局"]);
}

#[test]
fn a_report_with_no_title() {
    let doc = parse_checked(
        "2023年，某镇坚持以习近平法治思想为指导，依法行政。现将有关情况报告如下：\n一、深入学习贯彻党的二十大精神\n",
    );
    assert_eq!(doc.title(), None);
    assert_eq!(doc.year(), Some(2023), "the first year of the preamble");
    assert_eq!(doc.preamble().count(), 1);
}

#[test]
fn addressee_and_preamble() {
    let doc = parse_checked("某县2024年法治政府建设情况报告\n县委、县政府：\n2024年，我县依法行政。\n现将有关情况报告如下：\n一、主要举措\n");
    assert!(doc.front().iter().any(|b| matches!(b, Block::Addressee(l) if doc.text(l.text) == "县委、县政府：")));
    assert_eq!(doc.preamble().count(), 2, "the preamble runs up to the first heading");
}

#[test]
fn signature_with_issuer_and_arabic_date() {
    let doc = parse_checked("一、主要举措\n全年办件30件。\n\n象山县某镇人民政府\n\n2023年2月21日\n");
    assert_eq!(doc.signed().map(|d| d.to_string()).as_deref(), Some("2023-02-21"));
    assert_eq!(doc.issuers(), ["象山县某镇人民政府"], "the signature names the issuer");
    assert!(doc.back().iter().any(|b| matches!(b, Block::Signature(s) if s.role == SignatureRole::Date)));
}

#[test]
fn signature_dates_in_every_form() {
    for (date, want) in
        [("2023年02月28日", "2023-02-28"), ("二〇二四年二月二十六日", "2024-02-26"), ("（2025年3月5日）", "2025-03-05")]
    {
        let doc = parse_checked(&format!("一、主要举措\n全年办件30件。\n某某县人民政府\n{date}\n"));
        assert_eq!(doc.signed().map(|d| d.to_string()).as_deref(), Some(want), "{date} should be read");
    }
}

#[test]
fn signature_issuers_win_over_title_issuers() {
    let doc = parse_checked("某镇人民政府关于2022年度法治政府建设情况的报告\n一、主要举措\n全年办件30件。\n某县某镇人民政府\n2023年2月21日\n");
    assert_eq!(doc.issuers(), ["某县某镇人民政府"]);
}

#[test]
fn the_last_paragraph_is_not_a_signature() {
    let doc = parse_checked("五、其他需要报告的情况\n无需要报告的其他情况。\n");
    assert!(doc.back().is_empty());
    assert_eq!(doc.signed(), None);
}

#[test]
fn web_page_clutter_is_kept_as_clutter() {
    let text = "当前位置：首页 > 政务公开 > 法治政府\n某区2024年法治政府建设年度报告\n发布时间：2024-03-28 16:58  信息来源：区司法局\n【字体：大 中 小】 分享到：\n打印 关闭\n今天是：2019年10月31日 星期三\n索引号：113300/2024-00012\n浏览次数：1024\n2024年，全区依法行政。\n一、主要举措\n办件30件。\n第1页共2页\n二、存在不足\n扫一扫在手机打开当前页\n";
    let doc = parse_checked(text);
    let kinds: Vec<ClutterKind> = doc
        .front()
        .iter()
        .chain(doc.all_sections().flat_map(|s| s.body.iter()))
        .chain(doc.back())
        .filter_map(|b| match b {
            Block::Clutter(c) => Some(c.kind),
            _ => None,
        })
        .collect();
    use ClutterKind::*;
    assert_eq!(kinds, [Breadcrumb, Published, FontSize, PageAction, SiteClock, IndexBlock, Views, PageMarker, QrCode]);
    assert_eq!(doc.title(), Some("某区2024年法治政府建设年度报告"));
    assert_eq!(doc.published().map(|d| d.to_string()).as_deref(), Some("2024-03-28T16:58"));
    assert_eq!(doc.metadata().source.as_deref(), Some("区司法局"));
    assert_eq!(doc.sections().len(), 2, "clutter never becomes a heading");
}

#[test]
fn every_breadcrumb_label_opens_a_breadcrumb() {
    // Each label a site writes before its trail: the label alone tells.
    for label in ["当前位置", "您现在的位置", "您的位置", "所在位置", "现在位置", "您当前的位置"]
    {
        let doc = parse_checked(&format!(
            "{label}：法治政府建设\n某县2024年法治政府建设情况报告\n2024年，全县依法行政。\n一、主要举措\n"
        ));
        let first = doc.front().first();
        assert!(matches!(first, Some(Block::Clutter(c)) if c.kind == ClutterKind::Breadcrumb), "{label}: {first:?}");
        assert_eq!(doc.title(), Some("某县2024年法治政府建设情况报告"), "{label}");
    }
}

#[test]
fn a_site_clock_is_not_the_publication_date() {
    let doc = parse_checked(
        "今天是：2019年10月31日 星期三\n某县2019年法治政府建设报告\n2019年，全县依法行政。\n一、主要举措\n",
    );
    assert_eq!(doc.published(), None);
}

#[test]
fn publication_time_with_seconds_and_slashes() {
    let doc = parse_checked("某县2020年法治政府建设报告\n2021/03/29 11:30:01\n2020年，全县依法行政。\n一、主要举措\n");
    assert_eq!(doc.published().map(|d| d.to_string()).as_deref(), Some("2021-03-29T11:30"));
}

#[test]
fn traditional_script_titles_and_parts() {
    let doc = parse_checked("某區2023年法治政府建設情況報告\n2023年，本區依法行政。\n一、主要舉措和成效\n二、存在問題和不足\n三、2024年工作計劃\n");
    assert_eq!(doc.title(), Some("某區2023年法治政府建設情況報告"));
    let kinds: Vec<_> = doc.sections().iter().map(|s| s.kind.map(|k| k.name())).collect();
    assert_eq!(kinds, [Some("measures"), Some("shortcomings"), Some("plans")]);
}

#[test]
fn a_site_column_name_is_not_joined_to_the_title() {
    let doc = parse_checked("法治政府建设\n某县2024年法治政府建设年度报告\n2024年，全县依法行政。\n一、主要举措\n");
    assert_eq!(doc.title(), Some("某县2024年法治政府建设年度报告"));
}

/// A Word/PDF title cut mid-phrase by the wrap, the cut line naming a
/// topic word (`预算`) but not ending as a title does.
const CUT_TITLE: &str = "关于白溪县2024年度县级预算执行和其他财政\n收支的审计工作报告\n";
const CUT_TITLE_JOINED: &str = "关于白溪县2024年度县级预算执行和其他财政收支的审计工作报告";
const AUDIT_BODY: &str = "主任、各位副主任：\n一、预算执行审计情况\n抽查项目46个。\n二、审计建议\n";

#[test]
fn a_title_cut_mid_phrase_by_the_wrap_is_one_title() {
    let doc = parse_checked(&format!("{CUT_TITLE}{AUDIT_BODY}"));
    assert_eq!(doc.title(), Some(CUT_TITLE_JOINED));
    assert_eq!(doc.year(), Some(2024));
}

#[test]
fn a_cut_title_under_an_issuer_line_joins_all_three() {
    let doc = parse_checked(&format!("白溪县审计局\n{CUT_TITLE}{AUDIT_BODY}"));
    assert_eq!(doc.title().map(str::to_owned), Some(format!("白溪县审计局{CUT_TITLE_JOINED}")));
    assert_eq!(doc.issuers(), ["白溪县审计局"]);
}

#[test]
fn a_cut_title_leaves_the_banner_and_the_document_number_out() {
    let doc = parse_checked(&format!("白溪县人民政府门户网站\n{CUT_TITLE}白审报〔2025〕3号\n{AUDIT_BODY}"));
    assert_eq!(doc.title(), Some(CUT_TITLE_JOINED));
    let titles = doc.front().iter().filter(|b| matches!(b, Block::Title(_))).count();
    assert_eq!(titles, 2, "the banner and the number are clutter");
}

#[test]
fn an_issuer_line_under_a_cut_looking_title_is_not_joined() {
    // Neither line ends as a title does: the issuer line under the title
    // is no end of it.
    let doc = parse_checked(&format!("白溪县2024年度部门决算公开说明\n白溪县财政局\n{AUDIT_BODY}"));
    assert_eq!(doc.title(), Some("白溪县2024年度部门决算公开说明"));
}

#[test]
fn a_headline_naming_the_report_is_not_joined_to_the_reports_heading() {
    // A page headline that names the report (`…报告解读`) was not cut by
    // a wrap: the short heading under it is the report's own.
    let doc = parse_checked(&format!("白溪县2025年政府工作报告解读\n政府工作报告\n{AUDIT_BODY}"));
    assert_eq!(doc.title(), Some("白溪县2025年政府工作报告解读"));
}
