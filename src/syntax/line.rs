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
use crate::text::search::Bytes2;
use crate::text::ws::{leading_ws_len, trailing_ws_len};

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

/// Does `text` hold more than `n` chars (`text.chars().nth(n).is_some()`)?
/// Told from its length when that is enough (a char is one to four
/// bytes), else by the standard library's char skipping, which counts
/// lead bytes a word at a time: one shared copy of it, out of line, for
/// the rules that bound a line's or a title's length.
#[inline(never)]
pub(crate) fn more_chars_than(text: &str, n: usize) -> bool {
    let len = text.len();
    len > n && (len > 4 * n || text.chars().nth(n).is_some())
}

/// The number of chars of `text`, stepped over by their lead bytes (for
/// short texts: the loop is not vectorized).
pub(crate) fn char_count(text: &str) -> usize {
    let b = text.as_bytes();
    let (mut at, mut n) = (0, 0);
    while let Some(&c) = b.get(at) {
        at += crate::text::charset::utf8_len(c);
        n += 1;
    }
    n
}

/// The byte offset of char `n` of `text`, or its length when it has no
/// more than `n` chars (`text.char_indices().nth(n)`), stepped over by the
/// lead bytes.
pub(crate) fn char_offset(text: &str, n: usize) -> usize {
    let b = text.as_bytes();
    let mut at = 0;
    for _ in 0..n {
        match b.get(at) {
            Some(&c) => at += crate::text::charset::utf8_len(c),
            None => break,
        }
    }
    at.min(b.len())
}

/// Split `source[start..]` into lines (LF, CRLF or lone CR).
pub(crate) fn split(source: &str, start: usize) -> Vec<RawLine> {
    let bytes = source.as_bytes();
    // Room for lines of 64 bytes, up to 4096 of them, at once rather than by
    // doubling from four (a report's lines are long; a text of many short
    // lines grows from there, the parse shrinks what is left over).
    let mut lines = Vec::with_capacity(((bytes.len() - start) / 64).clamp(4, 4096));
    let mut line_start = start;
    let mut i = start;
    static BREAKS: Bytes2 = Bytes2::new(b'\n', b'\r');
    let find_break = BREAKS.finder();
    while let Some(at) = find_break(&bytes[i..]) {
        let i_at = i + at;
        let (content_end, next) = match bytes[i_at] {
            b'\r' if bytes.get(i_at + 1) == Some(&b'\n') => (i_at, i_at + 2),
            _ => (i_at, i_at + 1),
        };
        push(&mut lines, make_line(source, line_start, content_end, next));
        line_start = next;
        i = next;
    }
    if line_start < bytes.len() {
        push(&mut lines, make_line(source, line_start, bytes.len(), bytes.len()));
    }
    lines
}

/// Push `line`, or add it to the run of blank lines it follows: a run of
/// blank lines is one line (its `full` span covering them all), so that a
/// text padded with millions of empty lines costs one entry, not one each.
/// Nothing reads a blank line but as a gap; the JSON writes one `blank`
/// block for each line of a run (`tree::serialize_blocks`).
fn push(lines: &mut Vec<RawLine>, line: RawLine) {
    if line.is_blank() {
        if let Some(last) = lines.last_mut().filter(|last| last.is_blank() && last.full.end == line.full.start) {
            last.full.end = line.full.end;
            return;
        }
    }
    lines.push(line);
}

/// The line `source[start..end]` whose content ends at `content_end`: its
/// indent and trailing white space measured on the bytes (this runs on
/// every line), as `trim_start_ws` and `trim_end_ws` read them.
fn make_line(source: &str, start: usize, content_end: usize, end: usize) -> RawLine {
    let b = &source.as_bytes()[start..content_end];
    let ws_from = |mut at: usize| {
        while let k @ 1.. = leading_ws_len(&b[at..]) {
            at += k;
        }
        at
    };
    let mut lead = ws_from(0);
    // A full-width indent garbled by a converter shows as `??`.
    if b[lead..].starts_with(b"??") {
        let mut at = lead + 2;
        while b.get(at) == Some(&b'?') {
            at += 1;
        }
        let at = ws_from(at);
        if at < b.len() {
            lead = at;
        }
    }
    let mut stop = b.len();
    while let k @ 1.. = trailing_ws_len(&b[lead..stop]) {
        stop -= k;
    }
    RawLine { full: Span::new(start, end), text: Span::new(start + lead, start + stop) }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn char_counts_agree_with_the_decoder(text in "[a 甲。\u{a0}\u{10000}]{0,12}", n in 0usize..14) {
            proptest::prop_assert_eq!(more_chars_than(&text, n), text.chars().nth(n).is_some());
            proptest::prop_assert_eq!(char_offset(&text, n), text.char_indices().nth(n).map_or(text.len(), |(i, _)| i));
            proptest::prop_assert_eq!(char_count(&text), text.chars().count());
        }
    }

    fn texts<'a>(src: &'a str, lines: &[RawLine]) -> Vec<&'a str> {
        lines.iter().map(|l| &src[l.text]).collect()
    }

    /// `make_line` as first written, on `str` trims.
    fn make_line_reference(source: &str, start: usize, content_end: usize, end: usize) -> RawLine {
        use crate::text::ws::{is_ws, trim_end_ws, trim_start_ws};
        let content = &source[start..content_end];
        let mut trimmed_start = trim_start_ws(content);
        if let Some(rest) = trimmed_start.strip_prefix("??") {
            let rest = rest.trim_start_matches('?').trim_start_matches(is_ws);
            if !rest.is_empty() {
                trimmed_start = rest;
            }
        }
        let lead = content.len() - trimmed_start.len();
        let trimmed = trim_end_ws(trimmed_start);
        RawLine { full: Span::new(start, end), text: Span::new(start + lead, start + lead + trimmed.len()) }
    }

    proptest::proptest! {
        #[test]
        fn lines_agree_with_the_str_trims(text in "[a?正文。 \t\u{3000}\u{a0}\u{2003}\u{200b}\u{feff}\u{b}\u{c}\n\r]{0,40}") {
            let got = split(&text, 0);
            let mut want = Vec::new();
            let (mut at, b) = (0, text.as_bytes());
            while at < b.len() {
                let e = b[at..].iter().position(|&c| c == b'\n' || c == b'\r').map_or(b.len(), |i| at + i);
                let next = match b.get(e) {
                    Some(b'\r') if b.get(e + 1) == Some(&b'\n') => e + 2,
                    Some(_) => e + 1,
                    None => e,
                };
                push(&mut want, make_line_reference(&text, at, e, next));
                at = next;
            }
            proptest::prop_assert_eq!(got, want);
        }
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
