//! Input safety: huge, deep, garbled and binary input parses (or is
//! rejected with an offset) without panicking, overflowing the stack or
//! losing a byte. Every test checks the tree's invariants with
//! [`gongwen::invariants::check`], not just that nothing crashed.
//!
//! Linear cost is measured by the benches (timings are too noisy on a
//! shared machine to compare here). The big inputs run under a watchdog
//! ([`within`]) whose limit is many times what a linear parse takes in a
//! debug build, so that a quadratic scan fails the test instead of hanging
//! it.
//!
//! The 100 MB input is a stress test, left out of a plain `cargo test`
//! (it is most of this file's time): `cargo test -- --ignored` runs it,
//! and CI does.

use gongwen::{invariants, parse, parse_bytes, Document, Encoding, Error, Rule};
use std::panic::{catch_unwind, resume_unwind, AssertUnwindSafe};
use std::sync::mpsc::{channel, RecvTimeoutError};
use std::time::{Duration, Instant};

/// Run `f` on its own thread with `stack` bytes of stack, and fail if it
/// has not finished after `limit`. (On failure the thread is left running;
/// it ends with the test process.)
fn within<T: Send + 'static>(what: &str, limit: Duration, stack: usize, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = channel();
    std::thread::Builder::new()
        .name(what.to_owned())
        .stack_size(stack)
        .spawn(move || {
            let _ = tx.send(catch_unwind(AssertUnwindSafe(f)));
        })
        .expect("spawn a thread");
    match rx.recv_timeout(limit) {
        Ok(Ok(value)) => value,
        Ok(Err(panic)) => resume_unwind(panic),
        Err(RecvTimeoutError::Timeout) => {
            panic!("{what}: not done after {limit:?}, many times a linear parse: is some scan quadratic?")
        }
        Err(RecvTimeoutError::Disconnected) => panic!("{what}: the thread died"),
    }
}

/// The default stack of a test thread.
const STACK: usize = 2 * 1024 * 1024;

/// Parse, check the invariants, and say how long it took (shown with
/// `--nocapture`).
fn parse_checked(what: &str, text: &str) -> Document {
    let start = Instant::now();
    let doc = parse(text);
    let parsed = start.elapsed();
    assert_eq!(doc.source().len(), text.len(), "{what}: the document must hold the whole text");
    if let Err(v) = invariants::check(&doc) {
        panic!("{what}: invariant violated: {v}");
    }
    eprintln!(
        "{what}: {} bytes, parsed in {parsed:.2?}, checked in {:.2?}, {} sections, {} indicators",
        text.len(),
        start.elapsed() - parsed,
        doc.all_sections().count(),
        doc.indicators().len()
    );
    doc
}

/// `n < 10^8` in Chinese numerals as reports write them: 十一, 一百零八,
/// 一万零二十.
fn chinese(n: usize) -> String {
    const D: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    fn group(n: usize, first: bool, out: &mut String) {
        let mut started = false;
        let mut zero = false;
        for (d, unit) in [(n / 1000 % 10, "千"), (n / 100 % 10, "百"), (n / 10 % 10, "十"), (n % 10, "")] {
            if d == 0 {
                zero |= started;
                continue;
            }
            if zero {
                out.push('零');
                zero = false;
            }
            if !(d == 1 && unit == "十" && !started && first) {
                out.push(D[d]);
            }
            out.push_str(unit);
            started = true;
        }
    }
    let mut out = String::new();
    let (high, low) = (n / 10_000 % 10_000, n % 10_000);
    if high > 0 {
        group(high, true, &mut out);
        out.push('万');
        if low > 0 && low < 1000 {
            out.push('零');
        }
    }
    if low > 0 {
        group(low, high == 0, &mut out);
    }
    if out.is_empty() {
        out.push('零');
    }
    out
}

/// A report of about 1 KB with every kind of block, written for these tests.
fn report(n: usize) -> String {
    format!(
        "当前位置：首页 > 政务公开\n发布时间：2024-03-28 16:58\n柳岸乡2024年度法治政府建设情况报告（{n}）\n\
         乡党委：\n\u{3000}\u{3000}2024年，我乡扎实推进法治政府建设，现将有关情况报告如下：\n\
         一、主要工作\n（一）加强组织领导。全年召开专题会议6次，一是压实责任，二是完善制度。\n\
         1.健全学法制度。组织集中学法12场，参学干部约300人次。\n2．规范执法行为。执法案卷合格率达100%。\n\
         （二）推进依法决策\r\n\u{3000}\u{3000}重大行政决策事项3项，同比增加1项，由40%降低至38%。\r\n\
         二、存在的不足\n\n\u{3000}\u{3000}执法力量不足，培训覆盖面有待提高。\n三、下一步工作安排\n\
         \u{3000}\u{3000}持续加强法治宣传，全年计划开展活动9.5万余场。\n柳岸乡人民政府\n2025年3月18日\n分享到：\n"
    )
}

#[test]
fn chinese_numerals_are_written_as_reports_write_them() {
    let cases = [(1, "一"), (10, "十"), (11, "十一"), (20, "二十"), (108, "一百零八"), (1010, "一千零一十")];
    for (n, s) in cases.into_iter().chain([(10_020, "一万零二十"), (100_000, "十万"), (23_456, "二万三千四百五十六")])
    {
        assert_eq!(chinese(n), s);
    }
}

#[test]
#[ignore = "stress test: run with `cargo test -- --ignored` (CI does)"]
fn a_100_mb_input_parses_with_its_invariants() {
    let mut text = String::with_capacity(101 * 1024 * 1024);
    let mut n = 0;
    while text.len() < 100 * 1024 * 1024 {
        text.push_str(&report(n));
        n += 1;
    }
    let sections = within("100 MB", Duration::from_secs(600), STACK, move || {
        parse_checked("100 MB", &text).all_sections().count()
    });
    assert!(sections >= n, "should find headings in each of the {n} copies, found {sections}");
}

#[test]
fn a_10_mb_single_line_parses_with_its_invariants() {
    // A flattened report: headings inside one line, after `。`.
    let unit = "一、主要工作。全年办件30件，同比增长5%。（一）加强领导。一是压实责任，二是完善制度。\
                1.健全制度。组织学法12场。二、存在问题。人员不足。三、下一步计划。特此报告。";
    let text = unit.repeat(10 * 1024 * 1024 / unit.len() + 1);
    assert!(!text.contains('\n'));
    within("10 MB line", Duration::from_secs(300), STACK, move || {
        parse_checked("10 MB line", &text);
    });
}

#[test]
fn a_100_000_headings_cycling_through_every_level_and_style() {
    let mut text = String::new();
    for i in 0..100_000 {
        let n = i / 11 % 20 + 1;
        let marker = match i % 11 {
            0 => format!("第{}部分 ", chinese(n)),
            1 => format!("{}、", chinese(n)),
            2 => format!("（{}）", chinese(n)),
            3 => format!("({})", chinese(n)),
            4 => format!("{n}."),
            5 => format!("{n}．"),
            6 => format!(
                "{}．",
                n.to_string().chars().map(|c| char::from_u32(c as u32 + 0xFEE0).unwrap_or(c)).collect::<String>()
            ),
            7 => format!("{n}、"),
            8 => format!("（{n}）"),
            9 => format!("({n})"),
            _ => char::from_u32(0x2460 + n as u32 - 1).unwrap_or('①').to_string(),
        };
        text.push_str(&marker);
        text.push_str(if i % 2 == 0 { "加强组织领导\n" } else { "推进依法行政。全年办件30件。\n" });
    }
    let (deepest, json) = within("100,000 headings", Duration::from_secs(300), STACK, move || {
        let doc = parse_checked("100,000 headings", &text);
        let deepest = doc.all_sections().map(|s| s.depth).max().unwrap_or(0);
        // Serialising walks the tree too.
        (deepest, Ok::<bool, ()>(serialized(&doc).len() > text.len()))
    });
    assert!(deepest < 7, "nesting is by style rank, so at most 7 levels; got depth {deepest}");
    assert_eq!(json.ok(), Some(true), "should serialise the whole tree");
}

#[test]
fn a_paragraph_of_100_000_shi_items() {
    let mut text = String::from("\u{3000}\u{3000}");
    for i in 1..=100_000usize {
        // 一是 … 九十九是, 一百是 … 十万是.
        text.push_str(&chinese(i));
        text.push_str("是落实责任，签订责任书15份；");
    }
    text.push('。');
    let items = within("100,000 items", Duration::from_secs(300), STACK, move || {
        parse_checked("100,000 items", &text).paragraphs().map(|p| p.items.len()).sum::<usize>()
    });
    assert!(items <= 100_000, "at most one item per 是, got {items}");
}

#[test]
fn a_run_of_a_million_numerals() {
    let mut text = String::from("一、数字\n");
    text.push_str(&"1234567890".repeat(100_000));
    text.push_str("件。\n");
    text.push_str(&"一二三四五六七八九十百千万亿两".repeat(70_000));
    text.push_str("人次。\n");
    text.push_str(&"12.5万、".repeat(100_000));
    text.push_str("人。\n");
    within("a million numerals", Duration::from_secs(300), STACK, move || {
        parse_checked("a million numerals", &text);
    });
}

#[test]
fn deeply_nested_and_garbled_numbering_on_a_small_stack() {
    let mut text = String::new();
    // Every style in GB/T order, again and again: nesting must stay bounded.
    for i in 0..20_000usize {
        let n = i / 5 % 20 + 1;
        text.push_str(&match i % 5 {
            0 => format!("{}、标题\n", chinese(n)),
            1 => format!("（{}）标题\n", chinese(n)),
            2 => format!("{n}.标题\n"),
            3 => format!("（{n}）标题\n"),
            _ => format!("{}标题\n", char::from_u32(0x2460 + n as u32 - 1).unwrap_or('①')),
        });
    }
    // Garbled: brackets nested 50,000 deep, dotted numbers 50,000 long,
    // markers glued to markers, reversed and unclosed brackets.
    text.push_str(&"（".repeat(50_000));
    text.push('一');
    text.push_str(&"）".repeat(50_000));
    text.push('\n');
    text.push_str(&"1.".repeat(50_000));
    text.push('\n');
    text.push_str(&"一、（一）1.（1）①".repeat(10_000));
    text.push('\n');
    text.push_str(&")一(".repeat(10_000));
    text.push_str(&"（（一)".repeat(10_000));
    text.push('\n');
    // 256 KiB of stack: anything recursing on the input's depth overflows it.
    let (deepest, json) = within("deep numbering", Duration::from_secs(300), 256 * 1024, move || {
        let doc = parse_checked("deep numbering", &text);
        let deepest = doc.all_sections().map(|s| s.depth).max().unwrap_or(0);
        let json = !serialized(&doc).is_empty();
        drop(doc);
        (deepest, json)
    });
    assert!(deepest < 7, "nesting is by style rank, so at most 7 levels; got depth {deepest}");
    assert!(json, "should serialise the whole tree");
}

#[test]
fn nul_and_control_characters_are_kept_and_reported() {
    let controls = (0u32..0x20).chain(0x7F..0xA0).filter_map(char::from_u32);
    // Each control character alone (C1 controls take two bytes in UTF-8)…
    for c in controls.clone() {
        let text = format!("一、总体{c}情况\n（一）加强{c}领导。全年办件3{c}0件。\n");
        let doc = parse_checked(&format!("control U+{:04X}", c as u32), &text);
        if !matches!(c, '\n' | '\r' | '\t') {
            assert!(doc.diagnostics().iter().any(|d| d.rule == Rule::ControlChar), "should report U+{:04X}", c as u32);
        }
    }
    // …and all of them together, NULs and an escape sequence included.
    let mut text = String::from("一、总体\0情况\n");
    for c in controls {
        text.push_str("（一）加强");
        text.push(c);
        text.push_str("领导。全年办件3");
        text.push(c);
        text.push_str("0件。\n");
    }
    text.push_str("\0\0\0\n\u{1b}[31m二、问题\u{1b}[0m\n");
    let doc = parse_checked("control characters", &text);
    assert!(doc.diagnostics().iter().any(|d| d.rule == Rule::ControlChar), "should report the control characters");
}

#[test]
fn lone_surrogates_in_utf16_are_errors_with_their_offset() {
    let units = |bytes: &mut Vec<u8>, us: &[u16], be: bool| {
        for &u in us {
            bytes.extend(if be { u.to_be_bytes() } else { u.to_le_bytes() });
        }
    };
    for be in [false, true] {
        let encoding = if be { Encoding::Utf16Be } else { Encoding::Utf16Le };
        let text: Vec<u16> = "一、总体情况😀\n".encode_utf16().collect();
        for (bad, at) in [
            (vec![0xD83D], text.len()),                 // lone high surrogate at the end
            (vec![0xDE00, 0x4E00], text.len()),         // lone low surrogate
            (vec![0xD83D, 0x0041], text.len()),         // high surrogate then 'A'
            (vec![0xD83D, 0xD83D, 0xDE00], text.len()), // two highs, then a low
        ] {
            let mut bytes = Vec::new();
            units(&mut bytes, &[0xFEFF], be);
            units(&mut bytes, &text, be);
            units(&mut bytes, &bad, be);
            let offset = 2 + 2 * at;
            assert_eq!(parse_bytes(&bytes).unwrap_err(), Error::Undecodable { encoding, offset }, "{bad:04X?} be={be}");
        }
        // A valid pair, then an odd byte at the end.
        let mut bytes = Vec::new();
        units(&mut bytes, &[0xFEFF], be);
        units(&mut bytes, &text, be);
        bytes.push(0x4E);
        let offset = bytes.len() - 1;
        assert_eq!(parse_bytes(&bytes).unwrap_err(), Error::Undecodable { encoding, offset });
        // And the valid part alone decodes, BOM kept.
        let doc = parse_bytes(&bytes[..offset]).expect("valid utf-16");
        assert_eq!(doc.source(), "\u{feff}一、总体情况😀\n");
        assert_eq!(doc.encoding(), encoding);
        invariants::check(&doc).expect("invariants");
    }
}

#[test]
fn invalid_utf8_is_an_error_with_its_offset() {
    let good = "一、总体情况\n（一）加强领导。".as_bytes();
    // FF is valid in neither UTF-8 nor GB18030.
    let mut bytes = good.to_vec();
    bytes.push(0xFF);
    bytes.extend_from_slice("全年".as_bytes());
    let err = parse_bytes(&bytes).unwrap_err();
    assert!(matches!(err, Error::UnknownEncoding { utf8, .. } if utf8 == good.len()), "{err:?}");
    assert!(err.to_string().starts_with(&format!("neither utf-8 (invalid at byte {})", good.len())), "{err}");
    // After a UTF-8 BOM there is no second guess: the offset counts the BOM.
    let mut with_bom = b"\xEF\xBB\xBF".to_vec();
    with_bom.extend_from_slice(good);
    with_bom.extend_from_slice(b"\xE4\xB8"); // 一 cut short
    assert_eq!(
        parse_bytes(&with_bom).unwrap_err(),
        Error::Undecodable { encoding: Encoding::Utf8, offset: 3 + good.len() }
    );
    // A truncated UTF-8 file without BOM: invalid as GB18030 as well.
    let mut cut = good.to_vec();
    cut.extend_from_slice(b"\n\xE5");
    let err = parse_bytes(&cut).unwrap_err();
    assert_eq!(err.offset(), good.len() + 1, "{err}");
}

#[test]
fn gb18030_private_use_chars_come_back_as_the_standard_reads_them() {
    // GB18030-2022 gave U+E78D's bytes (A6 D9) to U+FE10: encoding and
    // decoding does not give the private-use char back.
    let (gb, _, unmappable) = encoding_rs::GB18030.encode("一、总体情况\u{e78d}\n");
    assert!(!unmappable);
    let doc = parse_bytes(&gb).expect("gb18030 decodes");
    assert_eq!(doc.encoding(), Encoding::Gb18030);
    assert_eq!(doc.source(), "一、总体情况\u{fe10}\n");
}

#[test]
fn gbk_bytes_are_decoded_to_the_same_text() {
    let text = report(7);
    let (bytes, _, unmappable) = encoding_rs::GBK.encode(&text);
    assert!(!unmappable);
    let doc = parse_bytes(&bytes).expect("gbk decodes");
    assert_eq!(doc.encoding(), Encoding::Gb18030);
    assert_eq!(doc.source(), text);
    invariants::check(&doc).expect("invariants");
    let from_text = parse(&text);
    let outline = |d: &Document| d.all_sections().map(|s| (s.depth, s.heading.title.clone())).collect::<Vec<_>>();
    assert_eq!(outline(&doc), outline(&from_text), "same tree whatever the encoding");
}

#[test]
fn an_owned_string_parses_as_the_borrowed_text_does() {
    for text in [report(7), String::new(), "\u{feff}一、总体\r\n全年办件30件。".to_string()] {
        let borrowed = parse(&text);
        let owned = gongwen::parse_string(text.clone());
        invariants::check(&owned).expect("invariants");
        assert_eq!(owned.source(), text);
        assert_eq!(serialized(&owned), serialized(&borrowed));
    }
}

#[test]
fn empty_input_gives_an_empty_valid_tree() {
    for doc in [parse(""), parse_bytes(b"").expect("empty is utf-8")] {
        invariants::check(&doc).expect("invariants");
        assert_eq!(doc.source(), "");
        assert!(doc.leaves().is_empty());
        assert_eq!(doc.sections().len(), 0);
        assert!(doc.indicators().is_empty());
    }
    // Just a BOM, or just white space.
    for text in ["\u{feff}", "\n", "\r\n\r\n", "\u{3000}", " \t "] {
        let doc = parse_checked("near-empty", text);
        assert_eq!(doc.sections().len(), 0, "{text:?}");
    }
}

#[test]
fn input_with_no_headings_is_one_run_of_blocks() {
    let text = "柳岸乡2024年度法治政府建设情况报告\n\u{3000}\u{3000}全年办件30件，同比增长5%。\n\
                \u{3000}\u{3000}持续强化政治建设，一是压实责任，二是完善制度。\n\n柳岸乡人民政府\n2025年3月18日\n";
    let doc = parse_checked("no headings", text);
    assert_eq!(doc.sections().len(), 0);
    assert!(doc.diagnostics().iter().any(|d| d.rule == Rule::NoHeadings), "should say there are no headings");
    let rebuilt: String = doc.leaves().iter().map(|l| doc.text(l.span)).collect();
    assert_eq!(rebuilt, text);
}

/// The whole tree written out: its JSON, or without the `serde` feature the
/// `Debug` form of its plain data. Either walks every node.
#[cfg(feature = "serde")]
fn serialized(doc: &Document) -> String {
    serde_json::to_string(doc).expect("a document serializes")
}

/// The whole tree written out: its JSON, or without the `serde` feature the
/// `Debug` form of its plain data (`to_report`, what the JSON holds). Either
/// walks every node.
#[cfg(not(feature = "serde"))]
fn serialized(doc: &Document) -> String {
    format!("{:?}", doc.to_report())
}
