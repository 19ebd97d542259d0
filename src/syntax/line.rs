//! Lines: the first cut of the text.
//!
//! ```text
//! text      ::= line*
//! line      ::= indent content trailing line_end
//! indent    ::= ws* | ws* "??" "?"* ws*        (a garbled full-width indent)
//! trailing  ::= ws*
//! line_end  ::= "\r\n" | "\n" | "\r" | EOF
//! ws        ::= " " | "\t" | U+3000 | U+00A0 | U+2000..U+200B | U+FEFF
//! ```

use crate::span::Span;

/// A line of the source: `full` covers indent to line break inclusive,
/// `text` the content without indent and trailing white space.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RawLine {
    pub full: Span,
    pub text: Span,
}

impl RawLine {
    pub fn is_blank(&self) -> bool {
        self.text.is_empty()
    }
}

/// White space that may indent a line or pad a marker.
pub(crate) fn is_ws(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{3000}' | '\u{a0}' | '\u{2000}'..='\u{200b}' | '\u{feff}' | '\u{c}' | '\u{b}')
}

/// The byte length of the white space char ([`is_ws`]) that `b` starts
/// with, or 0. Read from the bytes of the UTF-8 encodings rather than by
/// decoding a char: trims run on every line, heading and paragraph.
fn leading_ws_len(b: &[u8]) -> usize {
    match b {
        [b' ' | b'\t' | 0x0B | 0x0C, ..] => 1,
        [0xC2, 0xA0, ..] => 2,
        [0xE2, 0x80, 0x80..=0x8B, ..] | [0xE3, 0x80, 0x80, ..] | [0xEF, 0xBB, 0xBF, ..] => 3,
        _ => 0,
    }
}

/// The byte length of the white space char that `b` ends with, or 0.
/// (`。`, E3 80 82, ends like U+3000, E3 80 80, but for its last byte.)
fn trailing_ws_len(b: &[u8]) -> usize {
    match b {
        [.., b' ' | b'\t' | 0x0B | 0x0C] => 1,
        [.., 0xC2, 0xA0] => 2,
        [.., 0xE2, 0x80, 0x80..=0x8B] | [.., 0xE3, 0x80, 0x80] | [.., 0xEF, 0xBB, 0xBF] => 3,
        _ => 0,
    }
}

/// `s` without leading white space ([`is_ws`]). Most text starts with a
/// byte no white space char starts with, and this answers that from the
/// first byte (it runs on every line); the rest is read by byte patterns
/// rather than by decoding chars.
#[inline]
pub(crate) fn trim_start_ws(s: &str) -> &str {
    match s.as_bytes().first() {
        Some(b' ' | b'\t' | 0x0B | 0x0C | 0xC2 | 0xE2 | 0xE3 | 0xEF) => {
            let mut at = 0;
            while let k @ 1.. = leading_ws_len(&s.as_bytes()[at..]) {
                at += k;
            }
            &s[at..]
        }
        _ => s,
    }
}

/// `s` without trailing white space ([`is_ws`]), answered from the last byte
/// when no white space char ends with it.
#[inline]
pub(crate) fn trim_end_ws(s: &str) -> &str {
    match s.as_bytes().last() {
        Some(b' ' | b'\t' | 0x0B | 0x0C | 0xA0 | 0x80..=0x8B | 0xBF) => {
            let mut end = s.len();
            while let k @ 1.. = trailing_ws_len(&s.as_bytes()[..end]) {
                end -= k;
            }
            &s[..end]
        }
        _ => s,
    }
}

/// Split `source[start..]` into lines (LF, CRLF or lone CR).
pub(crate) fn split(source: &str, start: usize) -> Vec<RawLine> {
    let bytes = source.as_bytes();
    let mut lines = Vec::new();
    let mut line_start = start;
    let mut i = start;
    while let Some(at) = memchr::memchr2(b'\n', b'\r', &bytes[i..]) {
        let i_at = i + at;
        let (content_end, next) = match bytes[i_at] {
            b'\r' if bytes.get(i_at + 1) == Some(&b'\n') => (i_at, i_at + 2),
            _ => (i_at, i_at + 1),
        };
        lines.push(make_line(source, line_start, content_end, next));
        line_start = next;
        i = next;
    }
    if line_start < bytes.len() {
        lines.push(make_line(source, line_start, bytes.len(), bytes.len()));
    }
    lines
}

fn make_line(source: &str, start: usize, content_end: usize, end: usize) -> RawLine {
    let content = &source[start..content_end];
    let mut trimmed_start = trim_start_ws(content);
    // A full-width indent garbled by a converter shows as `??`.
    if let Some(rest) = trimmed_start.strip_prefix("??") {
        let rest = rest.trim_start_matches('?').trim_start_matches(is_ws);
        if !rest.is_empty() {
            trimmed_start = rest;
        }
    }
    let lead = content.len() - trimmed_start.len();
    let trimmed = trim_end_ws(trimmed_start);
    let text = Span::new(start + lead, start + lead + trimmed.len());
    RawLine { full: Span::new(start, end), text }
}

/// Trim white space from both ends of `span` within `source`.
pub(crate) fn trim(source: &str, span: Span) -> Span {
    let s = &source[span];
    let t = trim_start_ws(s);
    let start = span.start + (s.len() - t.len());
    let t = trim_end_ws(t);
    Span::new(start, start + t.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn ws_trims_agree_with_the_char_searcher(
            text in "[a 甲。、\u{2002}\u{2010}\u{fefe}\t\u{3000}\u{a0}\u{2000}\u{200b}\u{200c}\u{feff}\u{c}\u{b}\u{80}\u{2080}\u{3080}\u{ff}\u{e0}\u{ef}]{0,8}"
        ) {
            prop_assert_eq!(trim_start_ws(&text), text.trim_start_matches(is_ws));
            prop_assert_eq!(trim_end_ws(&text), text.trim_end_matches(is_ws));
        }
    }

    fn texts<'a>(src: &'a str, lines: &[RawLine]) -> Vec<&'a str> {
        lines.iter().map(|l| &src[l.text]).collect()
    }

    #[test]
    fn splits_on_lf_crlf_and_lone_cr() {
        let src = "甲\n乙\r\n丙\r丁";
        let lines = split(src, 0);
        assert_eq!(texts(src, &lines), ["甲", "乙", "丙", "丁"]);
        assert_eq!(lines[1].full, Span::new(4, 9), "a CRLF line keeps both bytes");
    }

    #[test]
    fn strips_ideographic_space_and_nbsp_indents() {
        let src = "\u{3000}\u{3000}正文\u{a0} \n";
        let lines = split(src, 0);
        assert_eq!(texts(src, &lines), ["正文"]);
        assert_eq!(lines[0].full.end, src.len());
    }

    #[test]
    fn garbled_indent_is_indent() {
        let src = "??一、总体情况\n";
        assert_eq!(texts(src, &split(src, 0)), ["一、总体情况"]);
    }

    #[test]
    fn lines_cover_the_text() {
        let src = "a\n\n b \r\n";
        let lines = split(src, 0);
        assert_eq!(lines.len(), 3);
        assert!(lines[1].is_blank());
        assert_eq!(lines.last().unwrap().full.end, src.len());
    }
}
