//! Properties of the parser under any input, checked with proptest.
//!
//! - any string (arbitrary Unicode, and report-like text built from
//!   markers, punctuation, numbers, units, clutter, line breaks, odd white
//!   space and control characters) parses without panicking into a tree
//!   that keeps every invariant of [`gongwen::invariants`];
//! - any bytes given to `parse_bytes` either decode or give an error with
//!   an offset, and text encoded as UTF-8, UTF-16 or GB18030 decodes back to
//!   itself;
//! - **structure round trip**: a generated report outline (depth ≤ 4,
//!   consecutive ordinals from 1, every marker spelling, title-only and
//!   run-in headings, clutter, blank lines, LF or CRLF, indents) rendered to
//!   text parses back to the same outline.
//!
//! 1,000 cases per property; set `PROPTEST_CASES` for more.

use gongwen::{invariants, parse, parse_bytes, Encoding};
use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::FileFailurePersistence;

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(1000);
    ProptestConfig {
        cases,
        // Failures are turned into named cases in tests/suite/regressions.rs by hand.
        failure_persistence: Some(Box::new(FileFailurePersistence::Off)),
        ..ProptestConfig::default()
    }
}

/// Parse `text` and check the tree; the message says what broke and on what.
fn parse_checked(text: &str) -> Result<gongwen::Document, TestCaseError> {
    let doc = parse(text);
    prop_assert_eq!(doc.source(), text, "the document must hold the exact text");
    if let Err(v) = invariants::check(&doc) {
        return Err(TestCaseError::fail(format!("invariant violated: {v}\ninput: {text:?}")));
    }
    Ok(doc)
}

// ---- report-like text ------------------------------------------------

const MARKERS: &[&str] = &[
    "一、",
    "二、",
    "十一、",
    "（一）",
    "(一)",
    "（一)",
    "(二）",
    "1.",
    "1．",
    "１．",
    "2.",
    "1、",
    "（1）",
    "(1)",
    "①",
    "②",
    "第一部分",
    "第二章",
    "一是",
    "二是",
    "第一，",
    "一方面",
    "另一方面",
];
const PUNCT: &[&str] =
    &["。", "：", ":", "，", ",", "；", "、", "“", "”", "《", "》", "〔", "〕", "—", "-", "%", "．", "."];
const UNITS: &[&str] = &[
    "万",
    "亿",
    "人次",
    "件",
    "场",
    "个",
    "%",
    "个百分点",
    "余",
    "多",
    "近",
    "约",
    "逾",
    "同比增长",
    "同比下降",
    "由",
    "降低至",
    "年",
    "月",
    "日",
    "次",
    "期",
];
const WORDS: &[&str] = &[
    "法治政府建设",
    "情况报告",
    "关于",
    "的报告",
    "加强组织领导",
    "全年",
    "开展",
    "培训",
    "人民政府",
    "现将有关情况报告如下",
    "存在问题",
    "下一步",
    "特此报告",
    "区委、区政府：",
    "萬",
    "億",
    "區(qū)",
];
const CLUTTER: &[&str] = &[
    "当前位置：首页 > 政务公开",
    "发布时间：2024-03-28 16:58",
    "2021/03/29 11:30:01",
    "分享到：",
    "来源：",
    "【字体：大 中 小】",
    "第1页共4页",
    "今天是：2019年10月31日 星期三",
    "索引号：001/2024-0012 | 发布机构：",
    "浏览次数：",
];
const WHITE: &[&str] = &[
    "\n",
    "\r\n",
    "\r",
    "\n\n",
    "\u{3000}",
    "\u{3000}\u{3000}",
    "\u{a0}",
    " ",
    "\t",
    "\u{feff}",
    "\0",
    "\u{7}",
    "\u{1b}",
    "\u{7f}",
    "\u{85}",
    "\u{2028}",
    "\u{200b}",
    "\u{b}",
    "\u{c}",
];

fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => select(MARKERS).prop_map(str::to_owned),
        3 => select(PUNCT).prop_map(str::to_owned),
        3 => "[0-9]{1,5}(\\.[0-9]{1,2})?",
        1 => "[０-９]{1,3}",
        2 => "[零〇一二三四五六七八九十百千万亿两]{1,5}",
        3 => select(UNITS).prop_map(str::to_owned),
        3 => select(WORDS).prop_map(str::to_owned),
        2 => select(CLUTTER).prop_map(str::to_owned),
        4 => select(WHITE).prop_map(str::to_owned),
        1 => any::<char>().prop_map(String::from),
    ]
}

fn report_like() -> impl Strategy<Value = String> {
    prop::collection::vec(fragment(), 0..120).prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(config())]

    /// Should parse any Unicode string into a tree that keeps its invariants.
    #[test]
    fn any_string_keeps_the_invariants(text in any::<String>()) {
        parse_checked(&text)?;
    }

    /// Should parse report-like text (markers, numbers, units, clutter, odd
    /// white space, NUL and control characters) into a valid tree.
    #[test]
    fn report_like_text_keeps_the_invariants(text in report_like()) {
        parse_checked(&text)?;
    }

    /// Should either decode any bytes and give a valid tree, or report an
    /// offset inside the input.
    #[test]
    fn any_bytes_decode_or_give_an_offset(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        match parse_bytes(&bytes) {
            Ok(doc) => {
                if let Err(v) = invariants::check(&doc) {
                    return Err(TestCaseError::fail(format!("invariant violated: {v}\nbytes: {bytes:02X?}")));
                }
            }
            Err(e) => prop_assert!(e.offset() < bytes.len(), "offset {} past {} bytes: {e}", e.offset(), bytes.len()),
        }
    }

    /// Should read report-like text back from UTF-8, UTF-16 (with BOM) and
    /// GB18030 bytes, keeping the BOM as U+FEFF.
    #[test]
    fn encoded_text_decodes_to_itself(text in report_like()) {
        let doc = parse_bytes(text.as_bytes()).expect("utf-8 always decodes");
        prop_assert_eq!((doc.source(), doc.encoding()), (text.as_str(), Encoding::Utf8));

        let with_bom = format!("\u{feff}{text}");
        let le: Vec<u8> = with_bom.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = with_bom.encode_utf16().flat_map(u16::to_be_bytes).collect();
        let doc = parse_bytes(&le).expect("utf-16le decodes");
        prop_assert_eq!((doc.source(), doc.encoding()), (with_bom.as_str(), Encoding::Utf16Le));
        let doc = parse_bytes(&be).expect("utf-16be decodes");
        prop_assert_eq!((doc.source(), doc.encoding()), (with_bom.as_str(), Encoding::Utf16Be));

        let (gb, _, unmappable) = encoding_rs::GB18030.encode(&text);
        // The Encoding Standard's GB18030 encoder has bytes for every char
        // but U+E5E5 (a private-use char that `any::<char>()` may give):
        // such text has no GB18030 form to read back.
        prop_assert_eq!(unmappable, text.contains('\u{e5e5}'));
        // Bytes that happen to be valid UTF-8 (plain ASCII, say) are read as
        // UTF-8. Text with a NUL is left out: bytes with a NUL that are not
        // UTF-8 are tried as UTF-16 first (UTF-16 without a BOM has a NUL
        // for each ASCII char, a report none), and GB18030 bytes around a
        // NUL may read as plausible UTF-16 (`\u{85}\u{85} \0` as `脰脵脰脵 `).
        if !unmappable && !text.contains('\0') && std::str::from_utf8(&gb).is_err() {
            let doc = parse_bytes(&gb).expect("gb18030 decodes");
            // GB18030-2022, which encoding_rs follows, gives some private-use
            // code points the bytes of standard chars (U+E78D encodes to A6 D9,
            // which decodes to U+FE10): such text comes back as the standard
            // decoder reads it, all other text as it was.
            let (standard, _) = encoding_rs::GB18030.decode_without_bom_handling(&gb);
            prop_assert_eq!((doc.source(), doc.encoding()), (standard.as_ref(), Encoding::Gb18030));
            if !text.chars().any(|c| ('\u{e000}'..='\u{f8ff}').contains(&c)) {
                prop_assert_eq!(doc.source(), text.as_str());
            }
            invariants::check(&doc).map_err(|v| TestCaseError::fail(v.to_string()))?;
        }
    }
}

// ---- structure round trip ----------------------------------------------

/// One heading of a generated report, in document order.
#[derive(Clone, Debug)]
struct GenHeading {
    depth: usize,
    /// Which spelling of the marker of its level.
    variant: usize,
    title: &'static str,
    /// `None`: title-only line; `Some(("", ""))`: title then `。` alone;
    /// `Some((terminator, body))`: run-in body.
    run_in: Option<(&'static str, &'static str)>,
    indent: &'static str,
    /// Body paragraphs and clutter/blank lines after the heading line.
    after: Vec<&'static str>,
}

#[derive(Clone, Debug)]
struct GenReport {
    eol: &'static str,
    front: Vec<&'static str>,
    headings: Vec<GenHeading>,
    back: Vec<&'static str>,
}

/// The outline as compared: depth, marker normalised for bracket and dot
/// width, ordinal, title.
type Outline = Vec<(usize, String, u32, String)>;

const TITLES: &[&str] = &[
    "主要工作完成情况",
    "加强组织领导",
    "推进依法行政",
    "严格规范公正文明执法",
    "健全行政决策机制",
    "以习近平法治思想为引领，统筹推进法治政府建设",
    "存在的问题和不足",
    "下一步工作打算",
    "强化“关键少数”学法用法",
    "深化“放管服”改革，优化营商环境",
    "推进2024年度普法工作",
    "党政主要负责人履行推进法治建设第一责任人职责情况",
    "化解矛盾纠纷",
    "區(qū)級執法隊伍建設",
];
const BODIES: &[&str] = &[
    "全年组织集中学法12场，参学干部约300人次。",
    "一是压实责任；二是完善制度；三是强化考核。",
    "行政复议案件同比下降21.9%，执法案卷合格率达100%。",
    "办理群众来信来访9.5万余件，按期办结率98.6%。",
    "经费保障比例由40%降低至38%。",
    "印发《实施方案（2021—2025年）》，明确任务23项。",
];
const PARAGRAPHS: &[&str] = &[
    "全年组织集中学法12场，参学干部约300人次。",
    "一是深入贯彻习近平法治思想。二是发挥“关键少数”示范引领作用。",
    "持续强化政治建设。把法治建设纳入发展总体规划。",
    "行政执法人员参加培训4期，覆盖1.2万余人次，同比增加7.6个百分点。",
    "第一，完善机制；第二，加强监督。",
    "一方面抓学习，另一方面抓落实，两手都要硬。",
];
const BETWEEN: &[&str] =
    &["", "\u{3000}\u{3000}", "  ", "当前位置：首页 > 政务公开", "发布时间：2024-03-28 16:58", "分享到："];
const INDENTS: &[&str] = &["", "", "\u{3000}\u{3000}", " ", "  ", "    "];
const FRONT: &[&str] = &[
    "当前位置：首页 > 政务公开",
    "发布时间：2024-03-28 16:58",
    "来源：柳岸乡人民政府",
    "柳岸乡2024年度法治政府建设情况报告",
    "",
    "乡党委：",
    "\u{3000}\u{3000}2024年，我乡扎实推进法治政府建设，现将有关情况报告如下：",
];
const BACK: &[&str] = &["", "柳岸乡人民政府", "2025年3月18日", "分享到：", "【字体：大 中 小】"];

/// 1 → 一, 11 → 十一, 20 → 二十, 23 → 二十三 (ordinals below 100).
fn chinese(n: usize) -> String {
    const D: [&str; 10] = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match (n / 10, n % 10) {
        (0, u) => D[u].to_owned(),
        (1, u) => format!("十{}", D[u]),
        (t, u) => format!("{}十{}", D[t], D[u]),
    }
}

fn full_width(n: usize) -> String {
    n.to_string().chars().map(|c| char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap_or(c)).collect()
}

/// The marker as written for a level, ordinal and spelling.
fn marker(depth: usize, n: usize, variant: usize) -> String {
    match depth {
        0 => format!("{}、", chinese(n)),
        1 => match variant % 3 {
            0 => format!("（{}）", chinese(n)),
            1 => format!("({})", chinese(n)),
            _ => format!("（{})", chinese(n)),
        },
        2 => match variant % 3 {
            0 => format!("{n}."),
            1 => format!("{n}．"),
            _ => format!("{}．", full_width(n)),
        },
        _ => match variant % 2 {
            0 => format!("（{n}）"),
            _ => format!("({n})"),
        },
    }
}

/// Brackets, dots and digits at one width (ASCII).
fn normalize(marker: &str) -> String {
    marker
        .chars()
        .map(|c| match c {
            '（' => '(',
            '）' => ')',
            '．' => '.',
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            c => c,
        })
        .collect()
}

/// Render a generated report to text, with the outline it should parse to.
fn render(r: &GenReport) -> (String, Outline) {
    let eol = r.eol;
    let mut text = String::new();
    let mut outline = Outline::new();
    for line in &r.front {
        text.push_str(line);
        text.push_str(eol);
    }
    // Count of children so far at each depth: ordinals restart under each parent.
    let mut counts = [0usize; 4];
    for h in &r.headings {
        counts[h.depth] += 1;
        for c in &mut counts[h.depth + 1..] {
            *c = 0;
        }
        let n = counts[h.depth];
        let m = marker(h.depth, n, h.variant);
        outline.push((h.depth, normalize(&m), n as u32, h.title.to_owned()));
        text.push_str(h.indent);
        text.push_str(&m);
        text.push_str(h.title);
        match h.run_in {
            None => {}
            Some((_, "")) => text.push('。'),
            Some((terminator, body)) => {
                text.push_str(terminator);
                text.push_str(body);
            }
        }
        text.push_str(eol);
        for line in &h.after {
            if PARAGRAPHS.contains(line) {
                text.push_str("\u{3000}\u{3000}");
            }
            text.push_str(line);
            text.push_str(eol);
        }
    }
    for line in &r.back {
        text.push_str(line);
        text.push_str(eol);
    }
    (text, outline)
}

fn gen_heading() -> impl Strategy<Value = GenHeading> {
    let run_in = prop_oneof![
        2 => Just(None),
        1 => Just(Some(("", ""))),
        3 => (select(&["。", "：", ":"][..]), select(BODIES)).prop_map(Some),
    ];
    let after = prop::collection::vec(prop_oneof![2 => select(PARAGRAPHS), 1 => select(BETWEEN)], 0..3);
    (0usize..6, select(TITLES), run_in, select(INDENTS), after).prop_map(|(variant, title, run_in, indent, after)| {
        GenHeading { depth: 0, variant, title, run_in, indent, after }
    })
}

fn gen_report() -> impl Strategy<Value = GenReport> {
    // Raw depths, clamped below so that each heading is at most one level
    // deeper than the one before it; "wide" reports reach 十一、 and beyond.
    let depths = prop_oneof![
        3 => prop::collection::vec(0usize..4, 1..30),
        1 => prop::collection::vec(prop_oneof![3 => Just(0usize), 1 => Just(1usize)], 11..30),
    ];
    let front = prop::collection::vec(select(FRONT), 0..5);
    let back = prop::collection::vec(select(BACK), 0..4);
    (select(&["\n", "\r\n"][..]), front, depths, prop::collection::vec(gen_heading(), 30), back).prop_map(
        |(eol, front, depths, mut headings, back)| {
            headings.truncate(depths.len());
            let mut prev: Option<usize> = None;
            for (h, raw) in headings.iter_mut().zip(depths) {
                h.depth = prev.map_or(0, |p| raw.min(p + 1));
                prev = Some(h.depth);
            }
            GenReport { eol, front, headings, back }
        },
    )
}

fn outline_of(doc: &gongwen::Document) -> Outline {
    doc.all_sections()
        .map(|s| (s.depth, normalize(&s.heading.marker.text), s.heading.marker.ordinal, s.heading.title.to_string()))
        .collect()
}

proptest! {
    #![proptest_config(config())]

    /// Should parse a rendered report back to the outline it was rendered
    /// from: every heading found, at its depth, with its marker, ordinal and
    /// title, and nothing else taken for a heading.
    #[test]
    fn structure_round_trip(report in gen_report()) {
        let (text, expected) = render(&report);
        let doc = parse_checked(&text)?;
        let got = outline_of(&doc);
        prop_assert_eq!(got, expected, "outline of:\n{}", text);
    }
}

#[test]
fn renderer_spells_markers_and_ordinals_as_reports_do() {
    assert_eq!(chinese(1), "一");
    assert_eq!(chinese(10), "十");
    assert_eq!(chinese(11), "十一");
    assert_eq!(chinese(20), "二十");
    assert_eq!(chinese(29), "二十九");
    assert_eq!(marker(0, 11, 0), "十一、");
    assert_eq!(marker(1, 2, 2), "（二)");
    assert_eq!(marker(2, 12, 2), "１２．");
    assert_eq!(normalize("１２．"), "12.");
    assert_eq!(normalize("（二)"), "(二)");
    let report = GenReport {
        eol: "\r\n",
        front: vec!["柳岸乡2024年度法治政府建设情况报告"],
        headings: vec![
            GenHeading { depth: 0, variant: 0, title: "加强组织领导", run_in: None, indent: "", after: vec![] },
            GenHeading {
                depth: 1,
                variant: 1,
                title: "推进依法行政",
                run_in: Some(("。", "全年组织集中学法12场，参学干部约300人次。")),
                indent: "\u{3000}\u{3000}",
                after: vec![""],
            },
            GenHeading {
                depth: 0,
                variant: 0,
                title: "存在的问题和不足",
                run_in: Some(("", "")),
                indent: "",
                after: vec![],
            },
        ],
        back: vec![],
    };
    let (text, outline) = render(&report);
    assert_eq!(
        text,
        "柳岸乡2024年度法治政府建设情况报告\r\n一、加强组织领导\r\n\u{3000}\u{3000}(一)推进依法行政。全年组织集中学法12场，参学干部约300人次。\r\n\r\n二、存在的问题和不足。\r\n"
    );
    assert_eq!(
        outline,
        vec![
            (0, "一、".to_owned(), 1, "加强组织领导".to_owned()),
            (1, "(一)".to_owned(), 1, "推进依法行政".to_owned()),
            (0, "二、".to_owned(), 2, "存在的问题和不足".to_owned()),
        ]
    );
}
