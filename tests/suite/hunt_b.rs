//! Forms found by the `b_` hunt: a portal's accessibility bar, cookie
//! notice and QR caption at the head and the foot; a title cut twice by a
//! PDF's wrap; a signature split by a page break; converter markdown with
//! rules, setext underlines and escaped markers (`1\.`); footnotes under
//! the signature. Each on a small made-up report (青禾县 and its bodies are
//! invented), parsed with its invariants and losslessness checked.

use crate::common;
use common::{outline_text, parse_checked};
use gongwen::{Block, ClutterKind};

/// A short body that follows every head below.
const BODY: &str = "一、主要工作\n全年办结案件120件。\n二、存在的问题\n执法力量仍显薄弱。\n";

fn signed(d: &gongwen::Document) -> Option<String> {
    d.signed().map(|s| s.to_string())
}

#[test]
fn an_accessibility_bar_and_a_cookie_notice_are_page_clutter() {
    let head = "本网站使用Cookie以改善浏览体验，继续浏览即表示您同意。　[接受]　[拒绝]\n\
                无障碍浏览　长者模式　繁體版　English　|　登录　注册\n\
                青禾县白石镇人民政府\n\
                首页 > 政务公开 > 计划总结\n\
                白石镇2024年工作总结\n\
                发布时间：2025-1-9　　信息来源：白石镇党政办\n";
    let foot = "扫一扫在手机打开当前页\n（手机扫描二维码浏览本页）\n【打印本页】【关闭窗口】\n无障碍浏览　　长者模式　　返回顶部\n";
    let d = parse_checked(&format!("{head}{BODY}青禾县白石镇人民政府\n2025年1月6日\n{foot}"));
    assert_eq!(d.title(), Some("白石镇2024年工作总结"));
    assert_eq!(d.published().map(|p| p.to_string()).as_deref(), Some("2025-01-09"));
    assert_eq!(d.issuers(), ["青禾县白石镇人民政府"]);
    assert_eq!(signed(&d).as_deref(), Some("2025-01-06"));
    // In Traditional script too.
    let d = parse_checked(&format!(
        "無障礙瀏覽　|　長者模式　|　簡體版　|　登錄\n白石鎮2024年工作總結\n{BODY}青禾縣白石鎮人民政府\n2025年1月6日\n無障礙瀏覽　長者模式\n"
    ));
    assert_eq!(d.title(), Some("白石鎮2024年工作總結"));
    assert_eq!(d.issuers(), ["青禾縣白石鎮人民政府"]);
}

#[test]
fn a_sentence_naming_a_mode_stays_text() {
    let d = parse_checked(&format!(
        "白石镇2024年工作总结\n{BODY}上线长者模式，方便老年人浏览。\n青禾县白石镇人民政府\n2025年1月6日\n"
    ));
    assert_eq!(d.issuers(), ["青禾县白石镇人民政府"]);
    assert!(d.sections()[1].body.len() == 2, "the sentence stays in the last section");
}

#[test]
fn a_title_cut_twice_by_the_wrap_is_joined() {
    let d = parse_checked(&format!("青禾县市场监督管理局2024年\n政府信息公开工作年度\n报告\n{BODY}"));
    assert_eq!(d.title(), Some("青禾县市场监督管理局2024年政府信息公开工作年度报告"));
    assert_eq!(d.issuers(), ["青禾县市场监督管理局"]);
}

#[test]
fn a_signature_split_by_a_page_break_keeps_its_issuer() {
    let d = parse_checked(&format!("白石镇2024年工作总结\n{BODY}青禾县白石镇人民政府\n— 4 —\n2025年1月20日\n— 5 —\n"));
    assert_eq!(d.issuers(), ["青禾县白石镇人民政府"]);
    assert_eq!(signed(&d).as_deref(), Some("2025-01-20"));
    // With the running header of the next page under the marker.
    let h = "白石镇2024年工作总结";
    let p = "全年办结案件120件，同比增长百分之十二点五。\n";
    let d = parse_checked(&format!(
        "{h}\n一、主要工作\n{p}— 1 —\n{h}\n{p}二、存在的问题\n{p}— 2 —\n{h}\n{p}青禾县白石镇人民政府\n— 3 —\n{h}\n2025年1月6日\n— 4 —\n"
    ));
    assert_eq!(d.issuers(), ["青禾县白石镇人民政府"]);
    assert_eq!(signed(&d).as_deref(), Some("2025-01-06"));
    // Page markers the page reader reads: a Word footer's `4/5`, a bare number.
    for (m, last) in [("4/5", "5/5"), ("4", "5")] {
        let d =
            parse_checked(&format!("白石镇2024年工作总结\n{BODY}青禾县白石镇人民政府\n{m}\n2025年1月6日\n{last}\n"));
        assert_eq!(d.issuers(), ["青禾县白石镇人民政府"], "{m}");
        assert_eq!(signed(&d).as_deref(), Some("2025-01-06"), "{m}");
    }
    // A page marker under a paragraph is no part of a signature.
    let d = parse_checked(&format!("白石镇2024年工作总结\n{BODY}下一步将持续推进。\n— 4 —\n2025年1月20日\n"));
    assert!(d.issuers().is_empty());
}

#[test]
fn markdown_rules_and_escaped_markers_are_markup() {
    let d = parse_checked(
        "白石镇2024年度法治政府建设情况报告\n====================\n\n* * *\n\n\
         一、主要举措和成效\n------------------\n\n（一）**健全依法决策机制**。严格执行决策程序。\n\n\
         1\\. 规范合同审查。审查合同47份。\n\n2\\. 落实法律顾问制度。列席会议12次。\n\n\
         二、存在的不足\n--------------\n\n\\- 执法力量偏弱；\n\n* * *\n\n青禾县白石镇人民政府\n\n2025.01.15\n\n* * *\n\n【打印本页】　【关闭窗口】\n",
    );
    assert_eq!(d.title(), Some("白石镇2024年度法治政府建设情况报告"));
    assert_eq!(
        outline_text(&d),
        [
            "一、主要举措和成效",
            "  （一）健全依法决策机制",
            "    1\\.规范合同审查",
            "    2\\.落实法律顾问制度",
            "二、存在的不足"
        ]
    );
    assert_eq!(d.issuers(), ["青禾县白石镇人民政府"]);
    assert_eq!(signed(&d).as_deref(), Some("2025-01-15"));
    // The rules are markup leaves: the two at the foot are the back's.
    let rules = d.back().iter().filter(|b| matches!(b, Block::Clutter(c) if c.kind == ClutterKind::Markup)).count();
    assert_eq!(rules, 1, "the rule between the signature and the print bar");
    assert!(matches!(d.front().get(1), Some(Block::Clutter(c)) if c.kind == ClutterKind::Markup), "the === underline");
}

#[test]
fn footnotes_under_the_signature_leave_it_the_signature() {
    for note in ["\\* 优良率按评查办法计算。", "[1]增长速度按可比价格计算。", "［1］“两区”：指开发区和产业园区。"]
    {
        let d = parse_checked(&format!(
            "青禾县自然资源局2024年工作总结\n{BODY}青禾县自然资源局\n2025年1月15日\n______________\n{note}\n"
        ));
        assert_eq!(d.issuers(), ["青禾县自然资源局"], "{note}");
        assert_eq!(signed(&d).as_deref(), Some("2025-01-15"), "{note}");
    }
    // Without a signature above them, notes stay in the body's last section.
    let d = parse_checked(&format!("政府工作报告\n{BODY}注释\n［1］“两区”：指开发区和产业园区。\n"));
    assert!(d.back().is_empty());
}

#[test]
fn an_iso_timestamp_with_an_offset_gives_the_publication_time() {
    for line in ["发布时间：2025-09-05T09:30:12+08:00　　来源：青禾县林业局", "发布时间：2025-09-05T09:30+08:00"]
    {
        let d = parse_checked(&format!("青禾县林业局2024年度部门决算\n{line}\n{BODY}"));
        assert_eq!(d.published().map(|p| p.to_string()).as_deref(), Some("2025-09-05T09:30"), "{line}");
    }
}

#[test]
fn a_weekday_after_the_date_is_no_part_of_it() {
    for line in [
        "發佈時間：2025-01-10 週五 09:30　來源：本站",
        "发布时间：2025-01-10 (星期五) 09:30",
        "發佈時間：2025年1月10日 禮拜五 09:30",
    ] {
        let d = parse_checked(&format!("白石镇2024年工作总结\n{line}\n{BODY}"));
        assert_eq!(d.published().map(|p| p.to_string()).as_deref(), Some("2025-01-10T09:30"), "{line}");
    }
    for date in ["2025年1月6日星期一", "2025年1月6日　星期一", "2025年1月6日 週一"] {
        let d = parse_checked(&format!("白石镇2024年工作总结\n{BODY}青禾县白石镇人民政府\n{date}\n"));
        assert_eq!(d.issuers(), ["青禾县白石镇人民政府"], "{date}");
        assert_eq!(signed(&d).as_deref(), Some("2025-01-06"), "{date}");
    }
    // Over a page break too.
    let d =
        parse_checked(&format!("白石镇2024年工作总结\n{BODY}青禾县白石镇人民政府\n— 4 —\n2025年1月6日星期一\n— 5 —\n"));
    assert_eq!(signed(&d).as_deref(), Some("2025-01-06"));
    // Under a paragraph, a date with its weekday is a site clock, no signature.
    let d = parse_checked(&format!("白石镇2024年工作总结\n{BODY}下一步将持续推进。\n2025年1月6日星期一\n"));
    assert_eq!(signed(&d), None);
}

#[test]
fn bold_around_the_marker_alone_is_markup() {
    let d = parse_checked(&format!(
        "白石镇2024年度法治政府建设情况报告\n\n**一、**主要举措和成效\n\n**（一）** 加强组织领导。全年召开会议4次。\n\n\
         **二、**2025年工作安排\n\n推进。\n\n{}",
        "青禾县白石镇人民政府\n\n2025年1月6日\n"
    ));
    assert_eq!(outline_text(&d), ["一、主要举措和成效", "  （一）加强组织领导", "二、2025年工作安排"]);
}

#[test]
fn more_of_a_portals_page_bar_and_counts_are_clutter() {
    for line in [
        "【打印本页】 【关闭窗口】 【收藏本页】",
        "加入收藏 | 设为首页",
        "【我要打印】【关闭】",
        "手机版",
        "阅读：1,234",
        "浏览：12次",
        "访问次数：326",
    ] {
        let d = parse_checked(&format!("白石镇2024年工作总结\n{BODY}青禾县白石镇人民政府\n2025年1月6日\n{line}\n"));
        assert_eq!(d.issuers(), ["青禾县白石镇人民政府"], "{line}");
        assert_eq!(signed(&d).as_deref(), Some("2025-01-06"), "{line}");
    }
    // A sentence opening with 阅读： is text.
    let d = parse_checked(&format!(
        "白石镇2024年工作总结\n{BODY}青禾县白石镇人民政府\n2025年1月6日\n阅读：《法治政府建设实施纲要》的学习体会。\n"
    ));
    assert_eq!(signed(&d), None);
}

#[test]
fn a_traditional_table_of_contents_is_one_block() {
    let d = parse_checked(
        "青禾縣林業局2024年度部門決算\n目　錄\n第一部分　部門概況\n第二部分　2024年度部門決算情況說明\n\
         第一部分　部門概況\n一、部門職責\n負責全縣森林資源保護。\n\
         第二部分　2024年度部門決算情況說明\n一、收入支出決算總體情況說明\n收入總計3016.27萬元。\n",
    );
    assert_eq!(
        outline_text(&d),
        ["第一部分部門概況", "  一、部門職責", "第二部分2024年度部門決算情況說明", "  一、收入支出決算總體情況說明"]
    );
}

#[test]
fn a_traditional_document_number_is_no_title_line() {
    let d = parse_checked(
        "青禾縣人民政府文件\n青政發〔2025〕3號\n青禾縣人民政府\n關於2024年度法治政府建設情況的報告\n市人民政府：\n\
         一、主要舉措和成效\n全年完成。\n二、存在的不足和原因\n執法力量薄弱。\n",
    );
    assert_eq!(d.title(), Some("青禾縣人民政府關於2024年度法治政府建設情況的報告"));
    assert_eq!(d.issuers(), ["青禾縣人民政府"]);
}

#[test]
fn traditional_title_notes_and_photo_captions_are_read_as_in_simplified() {
    const TRAD_BODY: &str = "縣人大常委會：\n一、主要舉措和成效\n全年完成。\n二、存在的不足和原因\n執法力量薄弱。\n";
    let d = parse_checked(&format!("青禾縣人民政府關於2024年度法治政府建設情況的報告\n（書面）\n{TRAD_BODY}"));
    assert_eq!(d.title(), Some("青禾縣人民政府關於2024年度法治政府建設情況的報告（書面）"));
    let d = parse_checked(&format!(
        "青禾縣白石鎮2024年法治政府建設情況報告\n圖為白石鎮普法活動現場（記者 王某 攝）\n{TRAD_BODY}"
    ));
    assert!(matches!(d.front().get(1), Some(Block::Clutter(_))), "the caption is clutter");
}

#[test]
fn markdown_links_and_images_at_the_foot_are_clutter() {
    let d = parse_checked(&format!(
        "# 白石镇2024年法治政府建设情况报告\n\n{BODY}\n青禾县白石镇人民政府\n\n2025年1月6日\n\n\
         [【打印本页】](javascript:window.print()) [【关闭窗口】](javascript:window.close())\n\n\
         ![](/images/qr.png)\n\n[上一篇：白石镇2023年法治政府建设情况报告](/fz/1.html)\n"
    ));
    assert_eq!(d.issuers(), ["青禾县白石镇人民政府"]);
    assert_eq!(signed(&d).as_deref(), Some("2025-01-06"));
    // A footnote opening with a bracket is no link.
    let d = parse_checked(&format!("白石镇2024年工作总结\n{BODY}[1]增长速度按可比价格计算(下同)。\n"));
    assert!(d.back().is_empty());
}

#[test]
fn taiwan_phrasing_names_the_disclosure_report_and_its_tables() {
    let d = parse_checked(
        "青禾縣人民政府2024年政府資訊公開工作年度報告\n一、總體情況\n全年主動公開政府資訊1234條。\n\
         二、主動公開政府資訊情況\n第二十條第（一）項\n三、收到和處理政府資訊公開申請情況\n\
         本年新收政府資訊公開申請數量 9 0 0 0 0 0 9\n四、存在的主要問題及改進情況\n部分資訊更新不及時。\n",
    );
    assert_eq!(d.genre(), gongwen::Genre::InformationDisclosure);
    let kinds: Vec<_> = d.sections().iter().map(|s| s.kind).collect();
    assert_eq!(kinds[1], None, "a statistics-table section");
    assert_eq!(kinds[2], None, "a statistics-table section");
    // The genre from the title alone.
    let d = parse_checked("青禾縣2024年政府資訊公開工作年度報告\n全年主動公開政府資訊1234條。\n");
    assert_eq!(d.genre(), gongwen::Genre::InformationDisclosure);
}

#[test]
fn a_dateline_in_a_markdown_quote_or_emphasis_is_the_dateline() {
    let dateline = "——2025年1月14日在青禾县第十八届人民代表大会第五次会议上";
    for line in [format!("> {dateline}"), format!("*{dateline}*"), format!("_{dateline}_")] {
        let d = parse_checked(&format!(
            "政府工作报告\n\n{line}\n\n各位代表：\n\n一、2024年工作回顾\n\n全县生产总值增长6.1%。\n\n二、2025年重点工作\n\n推进。\n"
        ));
        assert_eq!(signed(&d).as_deref(), Some("2025-01-14"), "{line}");
        assert_eq!(d.year(), Some(2024), "{line}");
    }
}
