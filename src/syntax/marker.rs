//! Heading ordinal markers.
//!
//! ```text
//! marker        ::= part | section | cn_comma | cn_paren | arabic_paren
//!                 | arabic_dot | arabic_comma | circled | latin
//! part          ::= "第" (cn_int | digits) ("部分" | "章" | "篇")
//! section       ::= "第" (cn_int | digits) "节"
//! cn_comma      ::= cn_int "、" | cn_int ("." | "．") !digit
//! cn_paren      ::= open cn_int close | "㈠" … "㈩"   (Word's enclosed （一）)
//! arabic_paren  ::= open digits close | "⑴" … "⒇"
//!                 | digits close                    (Word's lost numbering `1)`)
//! arabic_dot    ::= digits ("." | "．") !digit | "⒈" … "⒛"
//! arabic_comma  ::= digits "、"
//! circled       ::= "①" … "⑳"
//! latin         ::= [a-zA-Z] ("." | "．" | ")" | "）") !(letter | digit)
//!                                                   (Word's lost `a.`)
//! cn_int        ::= [cn_digit] "十" [cn_digit] | cn_digit        (1 ..= 99)
//! cn_digit      ::= "一" | "二" | … | "九"
//! digits        ::= digit{1,2} !digit                             (1 ..= 99)
//! digit         ::= "0" … "9" | "０" … "９"
//! open          ::= "（" | "("
//! close         ::= "）" | ")"
//! ```
//!
//! One stray `、`, `.`, `．`, `，` or `,` right after a marker (`一、、`,
//! `（一）、`, `1、.`) is read as part of it, unless a digit follows.
//!
//! `1.62万` and `12.4国家宪法日` are not markers: a dot followed by a digit
//! is a decimal point. Mixed bracket widths (`（一)`) are accepted and
//! reported.

use crate::syntax::tree::MarkerStyle;
use crate::text::charset::utf8_len;
use nom::IResult;

/// Footnotes of converted text: a line `① 《…》：由…印发。` at the foot of
/// a page, whose circled mark stands earlier in the body as a reference
/// glued to a word (`…纲要》①`, `普法②。`). Such a line is a note, not a
/// `①` heading: its marker is dropped from `markers` (each line's leading
/// marker, in order with `lines`).
///
/// A circled mark after white space or after `：；，。、（` opens an item of
/// an enumeration, not a reference. The text is scanned once, and only
/// when some line opens with a circled mark. `marked` (the lines that
/// have a marker, with it) loses the lines whose marker is dropped.
pub(crate) fn unmark_footnotes(
    src: &str,
    lines: &[super::line::RawLine],
    markers: &mut [Option<RawMarker>],
    marked: &mut Vec<(usize, RawMarker)>,
) {
    if !marked.iter().any(|(_, m)| m.style == MarkerStyle::Circled) {
        return;
    }
    // ①..⑳ are U+2460..U+2473: E2 91 A0..B3 in UTF-8. The first reference
    // to each, by its byte offset.
    let mut first_ref: [Option<usize>; 20] = [None; 20];
    let b = src.as_bytes();
    // Found by their lead byte and tested in place: a `memmem` search
    // builds its searcher, a kilobyte and a half of code, for this pass.
    for at in memchr::memchr_iter(0xE2, b).filter(|&at| b.get(at + 1) == Some(&0x91)) {
        let Some(&last) = b.get(at + 2) else { break };
        if !(0xA0..=0xB3).contains(&last) {
            continue;
        }
        let glued = src[..at].chars().next_back().is_some_and(|c| {
            !crate::text::ws::is_ws(c)
                && !matches!(c, '\n' | '\r' | '：' | ':' | '；' | ';' | '，' | ',' | '。' | '、' | '（' | '(')
                && !('①'..='⑳').contains(&c)
        });
        let slot = &mut first_ref[usize::from(last - 0xA0)];
        if glued && slot.is_none() {
            *slot = Some(at);
        }
    }
    for (l, m) in lines.iter().zip(markers.iter_mut()) {
        let note = m.is_some_and(|m| {
            m.style == MarkerStyle::Circled
                && first_ref.get(m.ordinal as usize - 1).copied().flatten().is_some_and(|at| at < l.text.start)
        });
        if note {
            *m = None;
        }
    }
    marked.retain(|&(k, _)| markers[k].is_some());
}

/// A marker read at the start of some text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RawMarker {
    pub style: MarkerStyle,
    pub ordinal: u32,
    /// Length in bytes of the marker: at most 15 (`（十一）` in mixed
    /// widths), kept in a byte so that the marker of every line, which
    /// the body pass holds for the whole parse, takes 8 bytes, not 24.
    pub len: u8,
    /// Opening and closing brackets of different widths.
    pub mixed_brackets: bool,
}

pub(crate) fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// The value of a Chinese digit `一` … `九`.
pub(crate) fn cn_digit_value(c: char) -> Option<u32> {
    Some(match c {
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// The value of the Chinese digit `一` … `九` that `b` opens with, read
/// from its three bytes: the low five bits of the last byte tell the nine
/// apart, so one compare with the digit of that slot answers.
pub(super) fn cn_digit_bytes(b: &[u8]) -> Option<u32> {
    let &[x, y, z, ..] = b else { return None };
    let (key, n) = CN_DIGIT_SLOTS[usize::from(z & 0x1F)];
    (u32::from_be_bytes([0, x, y, z]) == key).then_some(n)
}

/// `一` … `九` by the low five bits of their last byte: their UTF-8 bytes
/// (as a number) and value; `u32::MAX` in the slots of none.
const CN_DIGIT_SLOTS: [(u32, u32); 32] = {
    const DIGITS: [char; 9] = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];
    let mut slots = [(u32::MAX, 0); 32];
    let mut i = 0;
    while i < DIGITS.len() {
        let mut buf = [0u8; 4];
        let e = DIGITS[i].encode_utf8(&mut buf).as_bytes();
        let slot = (e[2] & 0x1F) as usize;
        assert!(slots[slot].0 == u32::MAX, "two digits in one slot");
        slots[slot] = (u32::from_be_bytes([0, e[0], e[1], e[2]]), i as u32 + 1);
        i += 1;
    }
    slots
};

/// A Chinese ordinal from 1 to 99: `[cn_digit] "十" [cn_digit] | cn_digit`.
/// Read from the bytes (every char of it is three bytes) rather than by
/// parser combinators: it is tried on every marker and item candidate.
pub(crate) fn cn_int(i: &str) -> IResult<&str, u32> {
    match cn_int_at(i.as_bytes()) {
        Some((len, n)) => Ok((&i[len..], n)),
        None => Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Char))),
    }
}

/// [`cn_int`] at the start of `b`: its byte length and value. Out of
/// line: three forms of the marker grammar, [`cn_int`] and the item
/// grammar read it, and each inlined copy was some hundred bytes.
#[inline(never)]
pub(super) fn cn_int_at(b: &[u8]) -> Option<(usize, u32)> {
    let tens = cn_digit_bytes(b);
    let at = if tens.is_some() { 3 } else { 0 };
    if b.get(at..at + 3) == Some("十".as_bytes()) {
        let units = cn_digit_bytes(&b[at + 3..]);
        let end = at + 3 + if units.is_some() { 3 } else { 0 };
        return Some((end, tens.unwrap_or(1) * 10 + units.unwrap_or(0)));
    }
    tens.map(|n| (3, n))
}

/// `digits` of the grammar at the start of `b`: one or two digits (ASCII
/// or full-width), not followed by a third, from 1 to 99. Their byte
/// length and value. Out of line, as [`cn_int_at`].
#[inline(never)]
fn digits_at(b: &[u8]) -> Option<(usize, u32)> {
    let (mut at, mut n, mut value) = (0, 0, 0);
    while let Some((len, d)) = digit_at(b, at) {
        if n == 2 {
            return None;
        }
        at += len;
        n += 1;
        value = value * 10 + d;
    }
    (value >= 1).then_some((at, value))
}

/// The byte length and value of the digit (ASCII or full-width `０`…`９`,
/// EF BC 90…99) at `b[at..]`, if one is there.
fn digit_at(b: &[u8], at: usize) -> Option<(usize, u32)> {
    match b.get(at..)? {
        [c @ b'0'..=b'9', ..] => Some((1, u32::from(c - b'0'))),
        [0xEF, 0xBC, c @ 0x90..=0x99, ..] => Some((3, u32::from(c - 0x90))),
        _ => None,
    }
}

/// The width and byte length of a closing bracket (`）` or `)`) at `b[at..]`:
/// `true` for a full-width one.
fn close_at(b: &[u8], at: usize) -> Option<(bool, usize)> {
    match b.get(at..)? {
        [b')', ..] => Some((false, 1)),
        [0xEF, 0xBC, 0x89, ..] => Some((true, 3)),
        _ => None,
    }
}

/// What a form of the grammar read: the style, the ordinal, whether the
/// brackets are of mixed widths, and the byte length.
type Form = (MarkerStyle, u32, bool, usize);

/// `part | section` at the start of `b` (which opens with `第`).
fn part_at(b: &[u8]) -> Option<Form> {
    let after = b.strip_prefix("第".as_bytes())?;
    // `第1章`, `第３章`: chapters numbered with digits, as plans and
    // some summaries number them.
    let (len, n) = cn_int_at(after).or_else(|| digits_at(after))?;
    let (style, word) = match &after[len..] {
        [0xE9, 0x83, 0xA8, 0xE5, 0x88, 0x86, ..] => (MarkerStyle::Part, 6), // 部分
        [0xE7, 0xAB, 0xA0, ..] | [0xE7, 0xAF, 0x87, ..] => (MarkerStyle::Part, 3), // 章 篇
        [0xE8, 0x8A, 0x82, ..] => (MarkerStyle::Section, 3),                // 节
        _ => return None,
    };
    Some((style, n, false, 3 + len + word))
}

/// `cn_comma` at the start of `b`: `一、2024年…` is a heading; after a
/// dot a digit makes a decimal.
fn cn_comma_at(b: &[u8]) -> Option<Form> {
    let (len, n) = cn_int_at(b)?;
    let end = match &b[len..] {
        [0xE3, 0x80, 0x81, ..] => len + 3, // 、
        [b'.', ..] => len + 1,
        [0xEF, 0xBC, 0x8E, ..] => len + 3, // ．
        _ => return None,
    };
    let dot = b[len] != 0xE3;
    (!dot || digit_at(b, end).is_none()).then_some((MarkerStyle::ChineseComma, n, false, end))
}

/// `cn_paren | open digits close` at the start of `b` (which opens with a bracket).
fn paren_at(b: &[u8]) -> Option<Form> {
    let (open_wide, open) = match b {
        [b'(', ..] => (false, 1),
        [0xEF, 0xBC, 0x88, ..] => (true, 3),
        _ => return None,
    };
    if let Some((len, n)) = cn_int_at(&b[open..]) {
        if let Some((close_wide, close)) = close_at(b, open + len) {
            return Some((MarkerStyle::ChineseParen, n, open_wide != close_wide, open + len + close));
        }
    }
    let (len, n) = digits_at(&b[open..])?;
    let (close_wide, close) = close_at(b, open + len)?;
    Some((MarkerStyle::ArabicParen, n, open_wide != close_wide, open + len + close))
}

/// `arabic_dot | arabic_comma | digits close` at the start of `b`: digits,
/// then a dot (a converter's markdown escapes it: `1\. …`, the backslash
/// inside the marker) that no digit follows, a `、`, or a closing bracket
/// (Word's lost numbering: `1)`, the `(1)` level whose first bracket the
/// conversion dropped).
fn arabic_at(b: &[u8]) -> Option<Form> {
    let (len, n) = digits_at(b)?;
    let at = len + usize::from(b.get(len) == Some(&b'\\'));
    let dot = match b.get(at..) {
        Some([b'.', ..]) => Some(at + 1),
        Some([0xEF, 0xBC, 0x8E, ..]) => Some(at + 3),
        _ => None,
    };
    if let Some(end) = dot.filter(|&end| digit_at(b, end).is_none()) {
        return Some((MarkerStyle::ArabicDot, n, false, end));
    }
    if b[len..].starts_with("、".as_bytes()) {
        return Some((MarkerStyle::ArabicComma, n, false, len + 3));
    }
    let (_, close) = close_at(b, len)?;
    Some((MarkerStyle::ArabicParen, n, false, len + close))
}

/// Read a marker at the start of `text`.
///
/// Markers are tried on every line and after every `。` of a report, so the
/// first char picks the one or two alternatives that can start with it
/// instead of trying all seven in turn. Each form is read by a byte
/// reader that gives up at the first byte that does not fit (`一是…`
/// after a `。`, a year `2024年…` at the start of a line, at the second
/// or third char), so no test for the form's closing char runs before it.
pub(crate) fn marker(text: &str) -> Option<RawMarker> {
    // Most lines and sentences open with a char no marker opens with:
    // told from the first bytes, before the char is decoded.
    if !may_open_marker(text.as_bytes()) {
        return None;
    }
    read_marker(text)
}

/// The chars a marker may open with ([`marker`]'s first char: a digit,
/// a letter, `(` `)` `.`, a Chinese digit, `十` `第` `部` `分` `章` `篇`
/// `节`, a full-width bracket, dot or digit, `、`, and the enclosed
/// numbers `①` `⑴` `⒈` `㈠`). The ASCII ones as a mask; the three-byte
/// ones by their first two bytes, as a bit `b1 & 3F` of word `b0 & 0F`:
/// a necessary condition (`不` shares `一`'s two bytes), read with no
/// branch but the one on the bit.
const MARKER_ASCII: u128 = {
    let mut m = 0u128;
    let mut c = 0u8;
    while c < 0x80 {
        if c.is_ascii_alphanumeric() || matches!(c, b'(' | b')' | b'.') {
            m |= 1 << c;
        }
        c += 1;
    }
    m
};
const MARKER_PAIRS: [u64; 16] = {
    const FIRSTS: [char; 26] = [
        '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '第', '部', '分', '章', '篇', '节', '（', '）',
        '．', '０', '、', '①', '⑴', '⒇', '⒈', '㈠',
    ];
    let mut w = [0u64; 16];
    let mut i = 0;
    while i < FIRSTS.len() {
        let mut buf = [0u8; 4];
        let e = FIRSTS[i].encode_utf8(&mut buf).as_bytes();
        w[(e[0] & 0x0F) as usize] |= 1 << (e[1] & 0x3F);
        i += 1;
    }
    w
};

/// May `b` open with a marker ([`MARKER_ASCII`], [`MARKER_PAIRS`])?
#[inline(always)]
pub(super) fn may_open_marker(b: &[u8]) -> bool {
    match *b {
        [b0 @ 0..=0x7F, ..] => (MARKER_ASCII >> b0) & 1 != 0,
        [b0 @ 0xE0..=0xEF, b1, ..] => (MARKER_PAIRS[usize::from(b0 & 0x0F)] >> (b1 & 0x3F)) & 1 != 0,
        _ => false,
    }
}

/// [`marker`] past its test of the first bytes ([`may_open_marker`]),
/// for a caller that has made it. Run on a few hundred
/// texts a report, it is kept small: one reader per form, out of line.
#[inline(never)]
pub(super) fn read_marker(text: &str) -> Option<RawMarker> {
    let first = text.chars().next()?;
    let b = text.as_bytes();
    let parsed = match first {
        '第' => part_at(b),
        '（' | '(' => paren_at(b),
        c if c == '十' || cn_digit_value(c).is_some() => cn_comma_at(b),
        c if is_digit(c) => arabic_at(b),
        '①'..='⑳' => Some((MarkerStyle::Circled, first as u32 - '①' as u32 + 1, false, 3)),
        '⑴'..='⒇' => Some((MarkerStyle::ArabicParen, first as u32 - '⑴' as u32 + 1, false, 3)),
        '㈠'..='㈩' | '⒈'..='⒛' => return enclosed(first),
        c if c.is_ascii_alphabetic() => return latin(b),
        // Only a gap after the first or second char can open a spaced marker.
        c if is_marker_char(c) && gap_early(b, c.len_utf8()) => return spaced(text),
        _ => return None,
    };
    let Some((style, ordinal, mixed_brackets, len)) = parsed else {
        return if gap_early(b, first.len_utf8()) { spaced(text) } else { None };
    };
    let rest = stray_sign(&text[len..]);
    Some(RawMarker { style, ordinal, len: u8::try_from(text.len() - rest.len()).ok()?, mixed_brackets })
}

/// A typist's stray sign after a whole marker: `一、、`, `（一）、`,
/// `(一).`, `1、.`, `（二），`. One `、`, `.`, `．`, `，` or `,` right
/// after the marker is part of how the ordinal is written, not a word of
/// the title, so the marker takes it (json.md: the marker is the ordinal
/// as written). A digit after it makes it no stray sign (`（一）.5`).
fn stray_sign(rest: &str) -> &str {
    let b = rest.as_bytes();
    let n = match b {
        [b'.' | b',', ..] => 1,
        [0xE3, 0x80, 0x81, ..] | [0xEF, 0xBC, 0x8E | 0x8C, ..] => 3, // 、 ． ，
        _ => return rest,
    };
    match rest.get(n..) {
        Some(after) if !after.starts_with(is_digit) => after,
        _ => rest,
    }
}

/// The length of the gap char that a converter puts between marker chars
/// at `b[at..]`: an ASCII space, a U+3000 (E3 80 80) or a NBSP (C2 A0).
fn gap_len(b: &[u8], at: usize) -> usize {
    match b.get(at..) {
        Some([b' ', ..]) => 1,
        Some([0xC2, 0xA0, ..]) => 2,
        Some([0xE3, 0x80, 0x80, ..]) => 3,
        _ => 0,
    }
}

/// A gap after the first char (`first` bytes long) or after the second
/// (`(1 )`, `（一 ）`): the only places a spaced marker is looked for.
fn gap_early(b: &[u8], first: usize) -> bool {
    gap_len(b, first) > 0
        || b.get(first).is_some_and(|&c| {
            let second = utf8_len(c);
            gap_len(b, first + second) > 0
        })
}

/// The one-char forms Word's numbering may be converted to: `㈠`…`㈩`
/// (parenthesized ideographs, the （一） level) and `⒈`…`⒛` (a digit and
/// a full stop, the 1. level). Each is three bytes.
fn enclosed(c: char) -> Option<RawMarker> {
    let (style, ordinal) = match c {
        '㈠'..='㈩' => (MarkerStyle::ChineseParen, c as u32 - '㈠' as u32 + 1),
        '⒈'..='⒛' => (MarkerStyle::ArabicDot, c as u32 - '⒈' as u32 + 1),
        _ => return None,
    };
    Some(RawMarker { style, ordinal, len: 3, mixed_brackets: false })
}

/// `a.`, `b)`, `A．`, `c）`: a letter, then a dot or a closing bracket
/// that no letter or digit follows (`e.g.` and `a.1` are not markers).
fn latin(b: &[u8]) -> Option<RawMarker> {
    let letter = *b.first()?;
    let len: u8 = match b.get(1..)? {
        [b'.' | b')', ..] => 2,
        [0xEF, 0xBC, 0x8E | 0x89, ..] => 4, // ． ）
        _ => return None,
    };
    if b.get(usize::from(len)).is_some_and(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    let ordinal = u32::from(letter.to_ascii_lowercase() - b'a') + 1;
    Some(RawMarker { style: MarkerStyle::Latin, ordinal, len, mixed_brackets: false })
}

/// The chars a marker is made of, and a digit that may follow its dot.
fn is_marker_char(c: char) -> bool {
    is_digit(c)
        || cn_digit_value(c).is_some()
        || matches!(c, '十' | '第' | '部' | '分' | '章' | '篇' | '节' | '（' | '(' | '）' | ')' | '、' | '.' | '．')
}

/// A marker that a PDF converter spaced out, char by char: `一 、`,
/// `（ 一 ）`, `1 .`, `第 二 部分`, `(1 )`, and with a U+3000 or a NBSP
/// for the space (`（　一　）`). The marker chars at the start of `text`
/// are read without the single gap chars between them; the marker keeps
/// its spaces as written (its `len` is the length in `text`). A decimal
/// stays a decimal (`1 . 5` is not a marker), and a space must stand
/// inside the marker, not only after it.
fn spaced(text: &str) -> Option<RawMarker> {
    let mut packed = String::new();
    // Byte offset in `text` after each char pushed to `packed`.
    let mut ends: [(usize, usize); 12] = [(0, 0); 12];
    let mut n = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if n == ends.len() || !is_marker_char(c) {
            break;
        }
        packed.push(c);
        ends[n] = (packed.len(), i + c.len_utf8());
        n += 1;
        if let Some(&(_, ' ' | '\u{3000}' | '\u{a0}')) = chars.peek() {
            chars.next();
        }
    }
    let m = marker(&packed)?;
    let &(_, end) = ends[..n].iter().find(|&&(p, _)| p == usize::from(m.len))?;
    (end > usize::from(m.len)).then_some(RawMarker { len: u8::try_from(end).ok()?, ..m })
}

#[cfg(test)]
mod tests {
    use super::*;

    use nom::branch::alt;
    use nom::bytes::complete::{tag, take_while1};
    use nom::character::complete::{anychar, char, satisfy};
    use nom::combinator::{map_opt, not, opt, peek};
    use nom::Parser;

    // The grammar as first written, with parser combinators: the reference
    // that the byte readers above agree with.

    fn digit_value(c: char) -> u32 {
        if c.is_ascii_digit() {
            c as u32 - '0' as u32
        } else {
            c as u32 - '０' as u32
        }
    }

    /// One or two digits, not followed by another digit, from 1 to 99.
    fn digits(i: &str) -> IResult<&str, u32> {
        map_opt(take_while1(is_digit), |d: &str| {
            let n = d.chars().count();
            (n <= 2).then(|| d.chars().fold(0, |acc, c| acc * 10 + digit_value(c))).filter(|&v| v >= 1)
        })
        .parse(i)
    }

    fn not_digit(i: &str) -> IResult<&str, ()> {
        not(peek(satisfy(is_digit))).parse(i)
    }

    /// `true` for a full-width bracket.
    fn open(i: &str) -> IResult<&str, bool> {
        alt((char('（').map(|_| true), char('(').map(|_| false))).parse(i)
    }

    fn close(i: &str) -> IResult<&str, bool> {
        alt((char('）').map(|_| true), char(')').map(|_| false))).parse(i)
    }

    fn part(i: &str) -> IResult<&str, (MarkerStyle, u32, bool)> {
        (
            tag("第"),
            // `第1章`, `第３章`: chapters numbered with digits, as plans and
            // some summaries number them.
            alt((cn_int, digits)),
            alt((
                tag("部分").map(|_| MarkerStyle::Part),
                tag("章").map(|_| MarkerStyle::Part),
                tag("篇").map(|_| MarkerStyle::Part),
                tag("节").map(|_| MarkerStyle::Section),
            )),
        )
            .map(|(_, n, style)| (style, n, false))
            .parse(i)
    }

    fn cn_comma(i: &str) -> IResult<&str, (MarkerStyle, u32, bool)> {
        // `一、2024年…` is a heading; after a dot a digit makes a decimal.
        alt((
            (cn_int, char('、')).map(|(n, _)| n),
            (cn_int, alt((char('.'), char('．'))), not_digit).map(|(n, _, _)| n),
        ))
        .map(|n| (MarkerStyle::ChineseComma, n, false))
        .parse(i)
    }

    fn cn_paren(i: &str) -> IResult<&str, (MarkerStyle, u32, bool)> {
        (open, cn_int, close).map(|(o, n, c)| (MarkerStyle::ChineseParen, n, o != c)).parse(i)
    }

    fn arabic_paren(i: &str) -> IResult<&str, (MarkerStyle, u32, bool)> {
        alt((
            (open, digits, close).map(|(o, n, c)| (MarkerStyle::ArabicParen, n, o != c)),
            map_opt(anychar, |c| {
                ('⑴'..='⒇').contains(&c).then(|| (MarkerStyle::ArabicParen, c as u32 - '⑴' as u32 + 1, false))
            }),
        ))
        .parse(i)
    }

    fn arabic_dot(i: &str) -> IResult<&str, (MarkerStyle, u32, bool)> {
        // A converter's markdown escapes the dot that would open a list
        // (`1\. …`): the backslash is markup inside the marker.
        (digits, opt(char('\\')), alt((char('.'), char('．'))), not_digit)
            .map(|(n, _, _, _)| (MarkerStyle::ArabicDot, n, false))
            .parse(i)
    }

    /// Word's lost auto-numbering: `1)` with no opening bracket, the
    /// `(1)` level whose first bracket the conversion dropped.
    fn arabic_close(i: &str) -> IResult<&str, (MarkerStyle, u32, bool)> {
        (digits, close).map(|(n, _)| (MarkerStyle::ArabicParen, n, false)).parse(i)
    }

    fn arabic_comma(i: &str) -> IResult<&str, (MarkerStyle, u32, bool)> {
        (digits, char('、')).map(|(n, _)| (MarkerStyle::ArabicComma, n, false)).parse(i)
    }

    fn circled(i: &str) -> IResult<&str, (MarkerStyle, u32, bool)> {
        map_opt(anychar, |c| ('①'..='⑳').contains(&c).then(|| (MarkerStyle::Circled, c as u32 - '①' as u32 + 1, false)))
            .parse(i)
    }

    /// `cn_int` as first written, with parser combinators.
    fn cn_int_reference(i: &str) -> IResult<&str, u32> {
        let cn_digit = |i| map_opt(anychar, cn_digit_value).parse(i);
        alt((
            (opt(cn_digit), char('十'), opt(cn_digit)).map(|(t, _, u)| t.unwrap_or(1) * 10 + u.unwrap_or(0)),
            cn_digit,
        ))
        .parse(i)
    }

    proptest::proptest! {
        #[test]
        fn cn_int_agrees_with_the_combinators(text in "[一二三四五六七八九十零百a、丁]{0,5}") {
            proptest::prop_assert_eq!(cn_int(&text).ok(), cn_int_reference(&text).ok());
        }
    }

    fn read(s: &str) -> Option<(MarkerStyle, u32, usize)> {
        marker(s).map(|m| (m.style, m.ordinal, usize::from(m.len)))
    }

    /// `marker` as first written: the grammar run on every text whose
    /// first char may open a marker.
    fn marker_reference(text: &str) -> Option<RawMarker> {
        let first = text.chars().next()?;
        let parsed = match first {
            '第' => part(text),
            '（' | '(' => alt((cn_paren, arabic_paren)).parse(text),
            '十' => cn_comma(text),
            c if cn_digit_value(c).is_some() => cn_comma(text),
            c if is_digit(c) => alt((arabic_dot, arabic_comma, arabic_close)).parse(text),
            '①'..='⑳' => circled(text),
            '⑴'..='⒇' => arabic_paren(text),
            '㈠'..='㈩' | '⒈'..='⒛' => return enclosed(first),
            c if c.is_ascii_alphabetic() => return latin(text.as_bytes()),
            _ => return None,
        };
        let (rest, (style, ordinal, mixed_brackets)) = parsed.ok()?;
        let rest = stray_sign(rest);
        Some(RawMarker { style, ordinal, len: u8::try_from(text.len() - rest.len()).ok()?, mixed_brackets })
    }

    proptest::proptest! {
        #[test]
        fn the_byte_readers_agree_with_the_grammar(
            text in "[第（()）一二九十0１9０、.．部分章篇节是年③⑵a]{0,8}"
        ) {
            proptest::prop_assert_eq!(marker(&text), marker_reference(&text));
        }
    }

    /// `cn_digit_bytes` as first written, a match on the bytes.
    fn cn_digit_bytes_reference(b: &[u8]) -> Option<u32> {
        Some(match b.get(..3)? {
            [0xE4, 0xB8, 0x80] => 1,
            [0xE4, 0xBA, 0x8C] => 2,
            [0xE4, 0xB8, 0x89] => 3,
            [0xE5, 0x9B, 0x9B] => 4,
            [0xE4, 0xBA, 0x94] => 5,
            [0xE5, 0x85, 0xAD] => 6,
            [0xE4, 0xB8, 0x83] => 7,
            [0xE5, 0x85, 0xAB] => 8,
            [0xE4, 0xB9, 0x9D] => 9,
            _ => return None,
        })
    }

    proptest::proptest! {
        #[test]
        // 丠 and 䰀 share a digit's slot (the low bits of the last byte).
        fn digit_slots_agree_with_the_match(text in "[一二三四五六七八九十丠䰀a]{0,3}") {
            proptest::prop_assert_eq!(cn_digit_bytes(text.as_bytes()), cn_digit_bytes_reference(text.as_bytes()));
        }
    }

    /// The test of the first bytes only passes over texts the grammar
    /// reads no marker in: every first char, before the tails of every form.
    #[test]
    fn the_first_bytes_test_keeps_every_marker() {
        let tails = [
            "、",
            "）",
            ")",
            ".",
            "．",
            " 、",
            "十、",
            "一）",
            "1)",
            "部分",
            "章",
            "节",
            "１．",
            "一 ）",
            "\u{3000}一）",
        ];
        for c in (0..=0xFFFFu32).filter_map(char::from_u32) {
            for tail in tails {
                let text = format!("{c}{tail}");
                assert_eq!(marker(&text), read_marker(&text), "{text}");
            }
        }
    }

    #[test]
    fn reads_every_level_and_variant() {
        use MarkerStyle::*;
        assert_eq!(read("一、总体"), Some((ChineseComma, 1, 6)));
        assert_eq!(read("十一、其他"), Some((ChineseComma, 11, 9)));
        assert_eq!(read("一、2024年主要工作"), Some((ChineseComma, 1, 6)), "a title may start with a year");
        assert_eq!(read("二十、其他"), Some((ChineseComma, 20, 9)));
        assert_eq!(read("二十三、其他"), Some((ChineseComma, 23, 12)));
        assert_eq!(read("（一）加强"), Some((ChineseParen, 1, 9)));
        assert_eq!(read("(二)加强"), Some((ChineseParen, 2, 5)));
        assert_eq!(read("1.思想"), Some((ArabicDot, 1, 2)));
        assert_eq!(read("1．思想"), Some((ArabicDot, 1, 4)));
        assert_eq!(read("１．思想"), Some((ArabicDot, 1, 6)));
        assert_eq!(read("12、思想"), Some((ArabicComma, 12, 5)));
        assert_eq!(read("（3）规范"), Some((ArabicParen, 3, 7)));
        assert_eq!(read("(3)规范"), Some((ArabicParen, 3, 3)));
        assert_eq!(read("⑵规范"), Some((ArabicParen, 2, 3)));
        assert_eq!(read("1)资产确权"), Some((ArabicParen, 1, 2)), "Word's lost numbering drops the `(`");
        assert_eq!(read("2）后续管护"), Some((ArabicParen, 2, 4)));
        assert_eq!(read("③规范"), Some((Circled, 3, 3)));
        assert_eq!(read("第二部分 工作"), Some((Part, 2, 12)));
        assert_eq!(read("㈠坚持项目为王"), Some((ChineseParen, 1, 3)));
        assert_eq!(read("㈩其他"), Some((ChineseParen, 10, 3)));
        assert_eq!(read("⒉有效投资"), Some((ArabicDot, 2, 3)));
        assert_eq!(read("⒛其他"), Some((ArabicDot, 20, 3)));
        assert_eq!(read("a.茶叶产业"), Some((Latin, 1, 2)));
        assert_eq!(read("b)改造学校"), Some((Latin, 2, 2)));
        assert_eq!(read("C．规范管理"), Some((Latin, 3, 4)));
        assert_eq!(read("d）其他"), Some((Latin, 4, 4)));
        assert_eq!(read("e.g. 例如"), None, "a letter after the dot");
        assert_eq!(read("a.1节"), None);
        assert_eq!(read("PM2.5浓度"), None);
        assert_eq!(read("A级景区"), None);
        assert_eq!(read("第三章　规划实施"), Some((Part, 3, 9)));
        assert_eq!(read("第1章　工作总结"), Some((Part, 1, 7)), "a chapter numbered with a digit");
        assert_eq!(read("第12章 附则"), Some((Part, 12, 8)));
        assert_eq!(read("第３章　工作安排"), Some((Part, 3, 9)), "a full-width digit");
        assert_eq!(read("第2部分 决算表"), Some((Part, 2, 10)));
        assert_eq!(read("第1节 概况"), Some((Section, 1, 7)));
        assert_eq!(read("第123章"), None, "three digits are no ordinal");
        assert_eq!(read("第1次会议"), None);
        assert_eq!(read("第十二节　经济运行"), Some((Section, 12, 12)));
        assert_eq!(read("第一节课"), Some((Section, 1, 9)), "the grammar reads the marker; acceptance judges the line");
    }

    #[test]
    fn spaced_markers_keep_their_spaces() {
        use MarkerStyle::*;
        assert_eq!(read("一 、2025 年工作回顾"), Some((ChineseComma, 1, 7)));
        assert_eq!(read("（ 二 ）乡村振兴"), Some((ChineseParen, 2, 11)));
        assert_eq!(read("1 . 传统产业"), Some((ArabicDot, 1, 3)));
        assert_eq!(read("第 三 部分 情况"), Some((Part, 3, 14)));
        assert_eq!(read("1 . 5亿元"), None, "a spaced decimal is not a marker");
        assert_eq!(read("1 2 3 0"), None, "a row of spaced figures is not a marker");
        assert_eq!(read("一 是加强"), None);
        assert_eq!(read("一、 加强"), Some((ChineseComma, 1, 6)), "a space after the marker is not in it");
        assert_eq!(read("（　一　）　主动公开"), Some((ChineseParen, 1, 15)), "U+3000 gaps");
        assert_eq!(read("（\u{a0}三\u{a0}）\u{a0}管理"), Some((ChineseParen, 3, 13)), "NBSP gaps");
        assert_eq!(read("(1 )健全机制"), Some((ArabicParen, 1, 4)), "a gap after the second char");
        assert_eq!(read("（一 ）加强"), Some((ChineseParen, 1, 10)));
        assert_eq!(read("1 、收费情况"), Some((ArabicComma, 1, 5)));
        assert_eq!(read("一、　总体情况"), Some((ChineseComma, 1, 6)), "a U+3000 after the marker is not in it");
        assert_eq!(read("一　二　三"), None);
        assert_eq!(read("12　5　0"), None, "a row of figures is not a marker");
    }

    #[test]
    fn a_stray_sign_after_a_marker_goes_with_it() {
        use MarkerStyle::*;
        assert_eq!(read("一、、产业发展"), Some((ChineseComma, 1, 9)));
        assert_eq!(read("（一）、工业经济"), Some((ChineseParen, 1, 12)));
        assert_eq!(read("(一).城市更新"), Some((ChineseParen, 1, 6)));
        assert_eq!(read("1、.教育发展"), Some((ArabicComma, 1, 5)));
        assert_eq!(read("（二），深化改革"), Some((ChineseParen, 2, 12)));
        assert_eq!(read("第一部分、概况"), Some((Part, 1, 15)));
        assert_eq!(
            read("（一）.5亿元"),
            Some((ChineseParen, 1, 9)),
            "a digit after the sign: a decimal, not a stray sign"
        );
        assert_eq!(read("一、、、加强"), Some((ChineseComma, 1, 9)), "one stray sign only");
    }

    #[test]
    fn mixed_brackets_are_read_and_flagged() {
        let m = marker("（一)加强").expect("should read a mixed-bracket marker");
        assert!(m.mixed_brackets);
        assert!(!marker("（一）加强").unwrap().mixed_brackets);
    }

    #[test]
    fn numbers_that_are_not_markers() {
        assert_eq!(read("1.62万件"), None, "a decimal is not a marker");
        assert_eq!(read("12.4国家宪法日"), None, "a dotted date is not a marker");
        assert_eq!(read("2024年，全镇"), None, "a year is not a marker");
        assert_eq!(read("2024.全镇"), None, "four digits are not a marker");
        assert_eq!(read("0.全镇"), None, "zero is not an ordinal");
        assert_eq!(read("一是加强"), None, "一是 is an item");
        assert_eq!(read("（2021—2025年）"), None);
        assert_eq!(read("第一责任人"), None);
    }
}
