//! White space: the chars that indent a line or pad a marker, and trims
//! read from the bytes.

use crate::span::Span;

/// White space that may indent a line or pad a marker.
///
/// Out of line: it is passed to `str` trims and searches (`trim_matches`,
/// `split`, `find`) in many rules of the head and foot, and each inlined
/// copy was a decision tree over the ranges, some hundred bytes, where a
/// call is a few bytes and the rules test a char or two a line.
#[inline(never)]
pub(crate) fn is_ws(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{3000}' | '\u{a0}' | '\u{2000}'..='\u{200b}' | '\u{feff}' | '\u{c}' | '\u{b}')
}

/// Per byte value, what a white space char ([`is_ws`]) that opens (`LEAD`)
/// or ends (`TRAIL`) with it may be: 0 none, 1 the one-byte char itself,
/// 2 maybe U+00A0 (its lead byte C2, its last byte A0), 3 maybe a
/// three-byte one (its lead byte E2, E3, EF; its last byte 80..8B, BF).
/// Most bytes are 0, and a text's first or last byte is answered by one
/// load and one test.
const fn ws_byte_classes(trail: bool) -> [u8; 256] {
    let mut t = [0u8; 256];
    t[b' ' as usize] = 1;
    t[b'\t' as usize] = 1;
    t[0x0B] = 1;
    t[0x0C] = 1;
    if trail {
        t[0xA0] = 2;
        t[0xBF] = 3;
        let mut c = 0x80;
        while c <= 0x8B {
            t[c] = 3;
            c += 1;
        }
    } else {
        t[0xC2] = 2;
        t[0xE2] = 3;
        t[0xE3] = 3;
        t[0xEF] = 3;
    }
    t
}
static LEAD: [u8; 256] = ws_byte_classes(false);
static TRAIL: [u8; 256] = ws_byte_classes(true);

/// Is the three-byte char `x y z` white space (U+2000..U+200B, U+3000,
/// U+FEFF)? Told without a branch.
#[inline(always)]
fn is_wide_ws(x: u8, y: u8, z: u8) -> bool {
    let v = u32::from_be_bytes([0, x, y, z]);
    (v.wrapping_sub(0xE2_80_80) < 12) | (v == 0xE3_80_80) | (v == 0xEF_BB_BF)
}

/// The byte length of the white space char ([`is_ws`]) that `b` starts
/// with, or 0. Read from the bytes of the UTF-8 encodings rather than by
/// decoding a char: trims run on every line, heading and paragraph. A
/// first byte that opens no white space (an ideograph's lead byte) is
/// told by one table test.
#[inline(always)]
pub(crate) fn leading_ws_len(b: &[u8]) -> usize {
    let [first, ..] = b else { return 0 };
    match (LEAD[usize::from(*first)], b) {
        (c @ 0..=1, _) => usize::from(c),
        (2, [_, y, ..]) => usize::from(*y == 0xA0) * 2,
        (3, [x, y, z, ..]) => usize::from(is_wide_ws(*x, *y, *z)) * 3,
        _ => 0,
    }
}

/// The byte length of the white space char that `b` ends with, or 0.
/// (`。`, E3 80 82, ends like U+3000, E3 80 80, but for its last byte.)
/// A last byte that ends no white space is told by one table test.
#[inline(always)]
pub(crate) fn trailing_ws_len(b: &[u8]) -> usize {
    let [.., last] = b else { return 0 };
    match (TRAIL[usize::from(*last)], b) {
        (c @ 0..=1, _) => usize::from(c),
        (2, [.., y, _]) => usize::from(*y == 0xC2) * 2,
        (3, [.., x, y, z]) => usize::from(is_wide_ws(*x, *y, *z)) * 3,
        _ => 0,
    }
}

/// `s` without leading white space ([`is_ws`]). Most text starts with a
/// char that is no white space, and this answers that from the first
/// bytes (it runs on every line); the rest is read by byte patterns
/// rather than by decoding chars. The test of the first char is always
/// inlined (where the compiler outlined the whole trim, every line paid
/// a call), and tests the whole char: a line that opens with `（` or `“`
/// (EF…, E2…) makes no call either. The walk is not inlined.
#[inline(always)]
pub(crate) fn trim_start_ws(s: &str) -> &str {
    match leading_ws_len(s.as_bytes()) {
        0 => s,
        first => walk_start_ws(s, first),
    }
}

/// [`trim_start_ws`] past its first white space char, `first` bytes long.
fn walk_start_ws(s: &str, first: usize) -> &str {
    let mut at = first;
    while let k @ 1.. = leading_ws_len(&s.as_bytes()[at..]) {
        at += k;
    }
    &s[at..]
}

/// `s` without trailing white space ([`is_ws`]), answered from the last
/// char's bytes when it is none (always inlined, as in [`trim_start_ws`]:
/// a line that ends in `。`, E3 80 82, makes no call).
#[inline(always)]
pub(crate) fn trim_end_ws(s: &str) -> &str {
    match trailing_ws_len(s.as_bytes()) {
        0 => s,
        last => walk_end_ws(s, last),
    }
}

/// [`trim_end_ws`] past its last white space char, `last` bytes long.
fn walk_end_ws(s: &str, last: usize) -> &str {
    let mut end = s.len() - last;
    while let k @ 1.. = trailing_ws_len(&s.as_bytes()[..end]) {
        end -= k;
    }
    &s[..end]
}

/// [`trim_start_ws`] in less code, for the rules of a document's head and
/// foot, which run on a few lines each: one copy out of line (even the
/// test of the first byte inlined at each of its dozen sites was some
/// fifty bytes of code a site, for a call or two a document), where
/// [`trim_start_ws`] inlines a decision tree over every white space char.
/// A first byte that opens no white space char (an ASCII char past the
/// space, the lead byte of an ideograph) is told before the walk.
#[inline(never)]
pub(crate) fn trim_start_ws_small(s: &str) -> &str {
    match s.as_bytes().first() {
        None | Some(0x21..=0x7F | 0xE4..=0xE9) => s,
        _ => trim_start_ws(s),
    }
}

/// [`trim_end_ws`] in less code, as [`trim_start_ws_small`]: a last byte
/// that ends no white space char (an ASCII char past the space, a
/// continuation byte other than 80..8B, A0 and BF) is told before the walk.
#[inline(never)]
pub(crate) fn trim_end_ws_small(s: &str) -> &str {
    match s.as_bytes().last() {
        None | Some(0x21..=0x7F | 0x8C..=0x9F | 0xA1..=0xBE) => s,
        _ => trim_end_ws(s),
    }
}

/// Trim white space from both ends of `span` within `source`. Read on
/// the bytes: the span's ends are char boundaries, and the white space
/// chars are whole encodings, so no char boundary is tested. Most spans
/// open and end with no white space: the first and the last char are
/// tested inline, and only a span with some is walked, out of line.
/// (Reference: `trim_reference`, in the tests.)
pub(crate) fn trim(source: &str, span: Span) -> Span {
    let b = &source.as_bytes()[span.start..span.end];
    let start = match leading_ws_len(b) {
        0 => 0,
        _ => walk_start_bytes(b),
    };
    // (When the span's last char is no white space, neither is that of
    // any suffix of it: the walk is only entered when it is.)
    let end = match trailing_ws_len(b) {
        0 => b.len(),
        _ => walk_end_bytes(b, start),
    };
    Span::new(span.start + start, span.start + end)
}

/// Where the white space at the start of `b` ends.
#[inline(never)]
fn walk_start_bytes(b: &[u8]) -> usize {
    let mut start = 0;
    while let k @ 1.. = leading_ws_len(&b[start..]) {
        start += k;
    }
    start
}

/// Where the white space at the end of `b[start..]` starts.
#[inline(never)]
fn walk_end_bytes(b: &[u8], start: usize) -> usize {
    let mut end = b.len();
    while let k @ 1.. = trailing_ws_len(&b[start..end]) {
        end -= k;
    }
    end
}

/// Where the white space at `source[from..end]` ends ([`trim_start_ws`]),
/// read on the bytes as [`trim`]: the first char is tested inline (most
/// are no white space), the rest walked out of line.
pub(crate) fn skip_ws(source: &str, from: usize, end: usize) -> usize {
    let b = &source.as_bytes()[from..end];
    match leading_ws_len(b) {
        0 => from,
        _ => from + walk_start_bytes(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// `leading_ws_len` as first written, a match on the encodings.
    fn leading_ws_len_reference(b: &[u8]) -> usize {
        match b {
            [b' ' | b'\t' | 0x0B | 0x0C, ..] => 1,
            [0xC2, 0xA0, ..] => 2,
            [0xE2, 0x80, 0x80..=0x8B, ..] | [0xE3, 0x80, 0x80, ..] | [0xEF, 0xBB, 0xBF, ..] => 3,
            _ => 0,
        }
    }

    /// `trim` as first written: both walks inline.
    fn trim_reference(source: &str, span: Span) -> Span {
        let b = &source.as_bytes()[span.start..span.end];
        let mut start = 0;
        while let k @ 1.. = leading_ws_len(&b[start..]) {
            start += k;
        }
        let mut end = b.len();
        while let k @ 1.. = trailing_ws_len(&b[start..end]) {
            end -= k;
        }
        Span::new(span.start + start, span.start + end)
    }

    proptest! {
        #[test]
        fn trim_is_the_walks(text in "[a 甲。\u{2002}\t\u{3000}\u{a0}\u{feff}\u{200b}\u{2080}]{0,8}", cut in 0usize..4) {
            // Spans that start and end on char boundaries, some inside the text.
            let ends: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
            let a = ends[cut.min(ends.len() - 1)];
            for &e in ends.iter().filter(|&&e| e >= a) {
                let span = Span::new(a, e);
                prop_assert_eq!(trim(&text, span), trim_reference(&text, span));
            }
        }
    }

    /// `trailing_ws_len` as first written.
    fn trailing_ws_len_reference(b: &[u8]) -> usize {
        match b {
            [.., b' ' | b'\t' | 0x0B | 0x0C] => 1,
            [.., 0xC2, 0xA0] => 2,
            [.., 0xE2, 0x80, 0x80..=0x8B] | [.., 0xE3, 0x80, 0x80] | [.., 0xEF, 0xBB, 0xBF] => 3,
            _ => 0,
        }
    }

    proptest! {
        #[test]
        fn ws_lengths_agree_with_the_matches(
            b in proptest::collection::vec(proptest::sample::select(vec![
                b' ', b'\t', 0x0B, 0x0C, b'a', 0xC2, 0xA0, 0xE2, 0xE3, 0xEF, 0x80, 0x82, 0x8B, 0x8C, 0xBB, 0xBF, 0xE4, 0x9A,
            ]), 0..5)
        ) {
            prop_assert_eq!(leading_ws_len(&b), leading_ws_len_reference(&b));
            prop_assert_eq!(trailing_ws_len(&b), trailing_ws_len_reference(&b));
        }
    }

    proptest! {
        #[test]
        fn ws_trims_agree_with_the_char_searcher(
            text in "[a 甲。、\u{2002}\u{2010}\u{fefe}\t\u{3000}\u{a0}\u{2000}\u{200b}\u{200c}\u{feff}\u{c}\u{b}\u{80}\u{2080}\u{3080}\u{ff}\u{e0}\u{ef}]{0,8}"
        ) {
            prop_assert_eq!(trim_start_ws(&text), text.trim_start_matches(is_ws));
            prop_assert_eq!(trim_end_ws(&text), text.trim_end_matches(is_ws));
            prop_assert_eq!(trim_start_ws_small(&text), text.trim_start_matches(is_ws));
            prop_assert_eq!(trim_end_ws_small(&text), text.trim_end_matches(is_ws));
            let span = Span::new(0, text.len());
            prop_assert_eq!(&text[trim(&text, span).range()], text.trim_matches(is_ws));
            prop_assert_eq!(&text[skip_ws(&text, 0, text.len())..], text.trim_start_matches(is_ws));
        }
    }
}
