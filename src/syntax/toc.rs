//! Tables of contents: `目录` and its entries, one block, not a second outline.
//!
//! ```text
//! toc    ::= toc_head (entry | blank | page_marker)*
//! toc_head ::= "目" ws* ("录" | "錄")                 (the whole line)
//! entry  ::= text leader? page?                      (no `。`, at most 80 chars)
//!          | bullet? "[" text "](" target ")"        (a markdown link, `- [一、…](#…)`)
//! leader ::= ("." | "．" | "…" | "⋯" | "‥" | "·" | "・" | "-" | "—" | "_" | ws)+
//! page   ::= (digit | fullwidth_digit)+
//! ```
//!
//! The block ends before the first line that repeats its first entry (the
//! body starts there), or before the first line that is prose, or after
//! [`MAX_ENTRIES`] lines.

use super::line::RawLine;
use super::page::is_page_marker;
use crate::text::ws::{is_ws, trim_end_ws};

/// Most lines a table of contents takes.
const MAX_ENTRIES: usize = 300;

/// Is `text` the head of a table of contents?
#[inline]
pub(crate) fn is_toc_head(text: &str) -> bool {
    // It runs on every line (of a text with a `录`): first the test,
    // inlined, of the last bytes: the line may end in `录` or `錄`, or in
    // `*` or white space after one. The last byte alone picks `录` (E5 BD
    // 95), `錄` (E9 8C 84) and `*`, which the full test reads anyway; the
    // other lines (the body's are trimmed) take the test of white space.
    let b = text.as_bytes();
    match b.last() {
        None => false,
        Some(0x95 | 0x84 | b'*') => ends_as_toc_head(text),
        Some(_) => crate::text::ws::trailing_ws_len(b) > 0 && ends_as_toc_head(text),
    }
}

/// [`is_toc_head`] of the text of a body line (`RawLine::text`), which
/// ends in no white space (the line split and the signature's cut trim it
/// by [`crate::text::ws::trailing_ws_len`]): only the last bytes' test,
/// without the test of white space that such a text always fails.
#[inline(always)]
pub(crate) fn is_toc_head_line(text: &str) -> bool {
    debug_assert_eq!(crate::text::ws::trailing_ws_len(text.as_bytes()), 0, "{text:?}");
    // The last two bytes of `录` (E5 BD 95) or `錄` (E9 8C 84), or `*`:
    // the body asks this of most lines, where one byte lets `引` through.
    matches!(text.as_bytes(), [.., 0xBD, 0x95] | [.., 0x8C, 0x84] | [.., b'*']) && ends_as_toc_head(text)
}

/// [`is_toc_head`] past the test of the last byte.
fn ends_as_toc_head(text: &str) -> bool {
    // The test that the line ends in `录` (before white space and `*`), as
    // every head does.
    let mut end = trim_end_ws(text);
    while let Some(t) = end.strip_suffix('*') {
        end = trim_end_ws(t);
    }
    // `目錄` on a page in Traditional script.
    if !end.ends_with(['录', '錄']) {
        return false;
    }
    let t = text.trim_start_matches('#').trim_matches(|c: char| is_ws(c) || c == '*');
    let mut chars = t.chars().filter(|c| !is_ws(*c));
    chars.next() == Some('目') && matches!(chars.next(), Some('录' | '錄')) && chars.next().is_none()
}

/// An entry without its leader, page number and spaces, to compare with a
/// heading line.
fn key(text: &str) -> String {
    let t = unlink(text);
    let t = t.trim_end_matches(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c) || is_ws(c));
    // Converters write Word's leader as dots of either width, ellipses
    // (`…`, the midline `⋯`, `‥`), middle dots or rules.
    let t = t.trim_end_matches(|c: char| {
        matches!(c, '.' | '．' | '…' | '⋯' | '‥' | '·' | '・' | '-' | '—' | '_') || is_ws(c)
    });
    t.chars().filter(|c| !is_ws(*c)).collect()
}

/// An entry or heading line without its markdown: the marks of a heading
/// (`## `, `**`), a list bullet (`- `, `* `, `+ `) and a link around the
/// entry's words (`[第一部分 部门概况](#第一部分-部门概况)`), as an
/// editor's export writes a table of contents.
fn unlink(text: &str) -> &str {
    let t = text.trim_start_matches(|c: char| is_ws(c) || c == '#');
    let t = match t.strip_prefix(['-', '*', '+']) {
        Some(r) if r.starts_with(is_ws) => r.trim_start_matches(is_ws),
        _ => t,
    };
    let t = t.trim_matches('*');
    if let Some(r) = t.strip_prefix('[') {
        if let Some(at) = r.find("](") {
            return &r[..at];
        }
    }
    t
}

fn is_entry(text: &str) -> bool {
    !text.contains('。') && text.chars().count() <= 80
}

/// If `lines[at]` heads a table of contents, the number of lines it takes
/// (head included). Asked of every line of a text with a `录`: the test
/// of the head line is inlined, the entries are read by a call.
#[inline]
pub(crate) fn find(src: &str, lines: &[RawLine], at: usize) -> Option<usize> {
    if !is_toc_head(&src[lines[at].text]) {
        return None;
    }
    entries_after(src, lines, at)
}

/// [`find`] past its head line `lines[at]`.
#[inline(never)]
fn entries_after(src: &str, lines: &[RawLine], at: usize) -> Option<usize> {
    let mut first: Option<String> = None;
    let mut end = at + 1;
    let mut j = at + 1;
    while j < lines.len() && j - at <= MAX_ENTRIES {
        let text = &src[lines[j].text];
        if text.is_empty() || is_page_marker(text) {
            j += 1;
            continue;
        }
        if !is_entry(text) {
            break;
        }
        match &first {
            None => first = Some(key(text)),
            Some(f) if *f == key(text) => break,
            Some(_) => {}
        }
        j += 1;
        end = j;
    }
    (first.is_some()).then_some(end - at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads_and_keys() {
        assert!(is_toc_head("目 录"));
        assert!(is_toc_head("目录"));
        assert!(!is_toc_head("目录如下"));
        assert!(is_toc_head("## **目\u{3000}录** ") && !is_toc_head("目录#") && !is_toc_head("记录"));
        assert_eq!(key("第一部分 概况……………1"), "第一部分概况");
        assert_eq!(key("一、主要职能 3"), "一、主要职能");
        assert_eq!(key("第一部分　部门概况⋯⋯⋯⋯1"), "第一部分部门概况", "midline ellipsis leaders");
        assert_eq!(key("　二、机构设置．．．．．．１２"), "二、机构设置", "full-width dots and page");
        assert_eq!(key("第三部分 情况说明・・・・5"), "第三部分情况说明");
        assert_eq!(key("- [第一部分 部门概况](#第一部分-部门概况)"), "第一部分部门概况", "a markdown link");
        assert_eq!(key("  - [一、主要职能](#一主要职能)"), "一、主要职能");
        assert_eq!(key("## 第一部分 部门概况"), "第一部分部门概况", "the heading it links to");
        assert_eq!(key("**第二部分 决算表**"), "第二部分决算表");
        assert_eq!(key("-1.5%"), "-1.5%", "no bullet without a space");
    }

    proptest::proptest! {
        #[test]
        fn the_last_byte_test_keeps_every_head(text in "[目录錄 　\u{a0}\u{2003}\u{200b}\u{feff}\t*#a]{0,8}") {
            proptest::prop_assert_eq!(is_toc_head(&text), ends_as_toc_head(&text));
        }

        #[test]
        // `引` and `鍄` end in the last byte of `录` and of `錄`.
        fn a_line_is_read_as_its_text_is(text in "[目录錄引鍄 　\u{a0}\u{2003}\u{200b}\u{feff}\t*#a\n]{0,10}") {
            for l in super::super::line::split(&text, 0) {
                let t = &text[l.text.start..l.text.end];
                proptest::prop_assert_eq!(is_toc_head_line(t), is_toc_head(t));
            }
        }
    }
}

#[cfg(test)]
mod gate_tests {
    /// Does the parse of `text` hold a table of contents?
    fn has_toc(text: &str) -> bool {
        format!("{:?}", super::super::parse(text).tree).contains("Toc {")
    }

    const BODY: &str = "第一部分 概况……1\n第二部分 情况……2\n\n第一部分 概况\n正文内容。\n第二部分 情况\n正文内容。\n";

    #[test]
    fn a_traditional_head_below_the_first_body_line_needs_a_simplified_char_in_the_text() {
        let deep =
            |head: &str, extra: &str| format!("某局工作报告\n\n一、总体情况\n今年工作{extra}平稳。\n\n{head}\n{BODY}");
        assert!(has_toc(&deep("目录", "")));
        assert!(!has_toc(&deep("目錄", "")), "no `录` in the text: `目錄` heads no table");
        assert!(has_toc(&deep("目錄", "记录")), "a `录` elsewhere lets `目錄` head one");
    }
}
