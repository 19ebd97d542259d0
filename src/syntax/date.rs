//! Dates and times as reports and web pages write them.
//!
//! ```text
//! date      ::= cjk_date | dash_date
//! cjk_date  ::= year ws* "年" ws* month ws* "月" ws* day ws* ("日" | "号")   (PDF text spaces digits)
//! month     ::= digit{1,2} | cn_small | "元"                               (`元月`: January)
//! year      ::= digit{4} | cn_digit0{4}
//! day       ::= digit{1,2} | cn_small
//! dash_date ::= digit{4} sep digit{1,2} sep digit{1,2}      sep ::= "-" | "/" | "." | "－"
//! time      ::= ws* hour (":" | "：") minute ((":" | "：") second)?
//!             | ws* hour ("时" | "点") minute "分" (second "秒")?
//! cn_digit0 ::= "〇" | "○" | "零" | "O" | cn_digit
//! cn_small  ::= [cn_digit] "十" [cn_digit] | cn_digit                 (1 ..= 31)
//! dateline  ::= dash* ws* cjk_date ws* "在" …("会上" | "会议上")     (a speech's: `——2026年1月27日在…大会上`,
//!                                                                     or `會議上` in Traditional script,
//!                                                                     the place perhaps on the next line)
//! dash      ::= "-" | "—" | "―" | "─" | "–" | "－" | "（" | "("       (a bracketed dateline opens the same way)
//! ```

use super::marker::cn_int;
use crate::text::ws::{is_ws, trim_start_ws_small};
#[cfg(feature = "serde")]
use serde::{Serialize, Serializer};
use std::fmt;

/// The value of the ASCII or full-width digit `b` opens with, and its length.
#[inline(always)]
fn digit_at(b: &[u8]) -> Option<(u32, usize)> {
    match *b {
        [d @ b'0'..=b'9', ..] => Some((u32::from(d - b'0'), 1)),
        // `０`..`９`: EF BC 90..99.
        [0xEF, 0xBC, d @ 0x90..=0x99, ..] => Some((u32::from(d - 0x90), 3)),
        _ => None,
    }
}

/// `min` to `max` digits (ASCII or full-width, [`is_digit`](super::marker::is_digit)) and their
/// value, not followed by another digit: what is left after them. Read
/// from the bytes: dates are read on many lines, and nom's
/// `take_while_m_n` then a char decoded to peek cost several times more.
fn digits(i: &str, min: usize, max: usize) -> Option<(&str, u32)> {
    let b = i.as_bytes();
    let (mut at, mut n, mut value) = (0, 0, 0);
    while n < max {
        let Some((d, len)) = digit_at(&b[at..]) else { break };
        value = value * 10 + d;
        at += len;
        n += 1;
    }
    // Too few, or followed by another digit.
    (n >= min && digit_at(&b[at..]).is_none()).then(|| (&i[at..], value))
}

// The grammar above, read by plain functions, each giving what is left
// after what it read: one small copy of each rule, where nom's
// combinators built a parser (several hundred bytes of code) for each
// tuple and choice. The tests hold them to the nom grammar.

/// `year`: four digits, or four Chinese digits with their zeros.
fn read_year(i: &str) -> Option<(&str, u32)> {
    digits(i, 4, 4).or_else(|| {
        let b = i.as_bytes();
        let (mut at, mut value) = (0, 0);
        for _ in 0..4 {
            let (d, len) = cn_year_digit(&b[at..])?;
            value = value * 10 + d;
            at += len;
        }
        Some((&i[at..], value))
    })
}

/// The value and length of the Chinese digit of a year (`cn_digit0`: a
/// zero `〇` `○` `零` `O` `０`, or `一` … `九`) that `b` opens with, read
/// from its bytes. Out of line, as [`year_char`].
#[inline(never)]
fn cn_year_digit(b: &[u8]) -> Option<(u32, usize)> {
    Some(match b {
        [b'O', ..] => (0, 1),
        [0xEF, 0xBC, 0x90, ..] | [0xE3, 0x80, 0x87, ..] | [0xE2, 0x97, 0x8B, ..] | [0xE9, 0x9B, 0xB6, ..] => (0, 3),
        [0xE4, 0xB8, 0x80, ..] => (1, 3),
        [0xE4, 0xBA, 0x8C, ..] => (2, 3),
        [0xE4, 0xB8, 0x89, ..] => (3, 3),
        [0xE5, 0x9B, 0x9B, ..] => (4, 3),
        [0xE4, 0xBA, 0x94, ..] => (5, 3),
        [0xE5, 0x85, 0xAD, ..] => (6, 3),
        [0xE4, 0xB8, 0x83, ..] => (7, 3),
        [0xE5, 0x85, 0xAB, ..] => (8, 3),
        [0xE4, 0xB9, 0x9D, ..] => (9, 3),
        _ => return None,
    })
}

/// `day` (and a month's number): one or two digits, or a small Chinese number.
fn read_small(i: &str) -> Option<(&str, u32)> {
    digits(i, 1, 2).or_else(|| cn_int(i).ok())
}

/// `month`: a small number, or `元` (January).
fn read_month(i: &str) -> Option<(&str, u32)> {
    read_small(i).or_else(|| i.strip_prefix('元').map(|r| (r, 1)))
}

/// `i` without its leading white space: [`trim_start_ws_small`], one
/// out-of-line copy for the many gaps of the grammar.
#[inline(never)]
fn skip_ws(i: &str) -> &str {
    trim_start_ws_small(i)
}

/// `i` past the first of `words` that it opens with: one copy of the
/// compare for each set of separators the grammar reads (a char array as
/// the pattern decoded the char at each place).
/// (The bytes compared in a loop: a call of `memcmp` for each word cost
/// more than the compare.)
#[inline(never)]
fn after_one_of<'i>(i: &'i str, words: &[&str]) -> Option<&'i str> {
    let b = i.as_bytes();
    // (Opaque to the optimiser: knowing every caller's table, it unrolled
    // the loop for the longest, a copy of the compare for each word.)
    let words = std::hint::black_box(words);
    'words: for w in words {
        let w = w.as_bytes();
        if w.len() > b.len() {
            continue;
        }
        let mut k = 0;
        while k < w.len() {
            if w[k] != b[k] {
                continue 'words;
            }
            k += 1;
        }
        return i.get(w.len()..);
    }
    None
}

/// `i` past the separator of a dash date (`-` `/` `.` `－`) it opens
/// with, told from the bytes (the test runs on every text that opens with
/// a year and no `年`).
fn after_sep(i: &str) -> Option<&str> {
    match i.as_bytes() {
        [b'-' | b'/' | b'.', ..] => i.get(1..),
        [0xEF, 0xBC, 0x8D, ..] => i.get(3..),
        _ => None,
    }
}
/// The colons of a clock time.
const COLONS: [&str; 2] = [":", "："];

/// `year ws* "年" ws* month ws* "月"`: the year and the month, and what is left.
fn read_year_and_month(i: &str) -> Option<(&str, u32, u32)> {
    let (r, y) = read_year(i)?;
    let r = trim_start_ws_small(r).strip_prefix('年')?;
    let (r, m) = read_month(trim_start_ws_small(r))?;
    let r = trim_start_ws_small(r).strip_prefix('月')?;
    Some((r, y, m))
}

/// `cjk_date`.
fn read_cjk_date(i: &str) -> Option<(&str, Option<Date>)> {
    let (r, y, m) = read_year_and_month(i)?;
    let (r, d) = read_small(skip_ws(r))?;
    let r = after_one_of(skip_ws(r), &["日", "号"])?;
    Some((r, Date::new(y as u16, m as u8, d as u8)))
}

/// `dash_date`.
fn read_dash_date(i: &str) -> Option<(&str, Option<Date>)> {
    let (r, y) = digits(i, 4, 4)?;
    let (r, m) = digits(after_sep(r)?, 1, 2)?;
    let (r, d) = digits(after_sep(r)?, 1, 2)?;
    Some((r, Date::new(y as u16, m as u8, d as u8)))
}

/// `time`: hour and minute, and what is left after the time.
fn read_time(i: &str) -> Option<(&str, (u8, u8))> {
    let (r, h) = digits(skip_ws(i), 1, 2)?;
    // `08:30`, `08:30:15`.
    let clock = || {
        let (r, m) = digits(after_one_of(r, &COLONS)?, 2, 2)?;
        let r = after_one_of(r, &COLONS).and_then(|s| digits(s, 2, 2)).map_or(r, |(s, _)| s);
        Some((r, m))
    };
    // `08时30分`, `8点30分`, with seconds `15秒` perhaps.
    let cjk = || {
        let (r, m) = digits(after_one_of(r, &["时", "点"])?, 1, 2)?;
        let r = r.strip_prefix('分')?;
        let r = digits(r, 1, 2).and_then(|(s, _)| s.strip_prefix('秒')).unwrap_or(r);
        Some((r, m))
    };
    let (r, m) = clock().or_else(cjk)?;
    Some((r, (h as u8, m as u8)))
}

/// A date at the start of `text`, with its length in bytes.
///
/// The test of the year's chars is always inlined to the callers: most of
/// them try every line, or every number of a line, and it rejects nearly
/// all of them.
#[inline(always)]
pub(crate) fn date_prefix(text: &str) -> Option<(Date, usize)> {
    // Both alternatives open with the four digits of a year: a cheap test
    // before the grammar, which runs on many lines that are not dates.
    let year = year_len(text.as_bytes())?;
    read_date_prefix(text, year)
}

/// [`date_prefix`] out of line: one copy of its test of the year for the
/// rules that read a few lines a document (the head's and the foot's:
/// whole dates, datelines, a cover's month, a clutter line's date), where
/// [`date_prefix`] inlines it into each caller for those that try every
/// line.
#[inline(never)]
pub(crate) fn date_prefix_small(text: &str) -> Option<(Date, usize)> {
    read_date_prefix(text, year_len_small(text.as_bytes())?)
}

/// [`datetime_prefix`] for the rules that read a few lines a document, as
/// [`date_prefix_small`].
pub(crate) fn datetime_prefix_small(text: &str) -> Option<(DateTime, usize)> {
    let (date, n) = date_prefix_small(text)?;
    Some(with_time(text, date, n))
}

/// [`date_prefix`] past its test of the year, whose chars take the first
/// `year` bytes of `text`; kept out of line: the grammar is large, and few
/// texts reach it. Only the form that what follows the year opens is
/// read (the other would fail on that char).
#[inline(never)]
fn read_date_prefix(text: &str, year: usize) -> Option<(Date, usize)> {
    let (rest, d) = match month_may_follow(text, year)? {
        Form::Cjk => read_cjk_date(text),
        Form::Dash => read_dash_date(text),
    }?;
    Some((d?, text.len() - rest.len()))
}

/// Which form of date a text may hold, told from what follows its year.
enum Form {
    Cjk,
    Dash,
}

/// A digit of an ASCII or full-width year (`2`, `２`).
const YEAR_DIGIT: u8 = 1;
/// A Chinese digit of a year, or one of its zeros (`二`, `〇`, `零`, `O`).
const YEAR_CN: u8 = 2;

/// Which kinds of year the char that `bytes` opens with may be a char of
/// ([`YEAR_DIGIT`], [`YEAR_CN`]; `０` is of both; 0 for none), and its
/// length. What the year rule ([`read_year`]) reads, told from the UTF-8
/// bytes without decoding the char: `is_digit`, the zeros `〇○零O０` and
/// `cn_digit_value`. Out of line, for the chars after the first (see
/// [`read_year_len`]).
#[inline(never)]
fn year_char(bytes: &[u8]) -> (u8, usize) {
    year_char_inline(bytes)
}

/// The Chinese digits of a year in the CJK block: `零` and `一` … `九`.
static YEAR_CN_CHARS: crate::text::charset::CjkSet =
    crate::text::charset::CjkSet::cjk().with_chars(&['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']);

/// [`year_char`], inlined where the first char is read (most texts
/// [`read_year_len`] is asked of stop there). An ideograph is told by one
/// bit test of its code point, put together from its bytes, rather than
/// a decision tree over the bytes of each digit.
#[inline(always)]
fn year_char_inline(bytes: &[u8]) -> (u8, usize) {
    match *bytes {
        [b'0'..=b'9', ..] => (YEAR_DIGIT, 1),
        [b'O', ..] => (YEAR_CN, 1),
        [b0 @ 0xE4..=0xE9, b1, b2, ..] => {
            (if YEAR_CN_CHARS.contains_cp(crate::text::charset::cp3(b0, b1, b2)) { YEAR_CN } else { 0 }, 3)
        }
        [0xEF, 0xBC, 0x90, ..] => (YEAR_DIGIT | YEAR_CN, 3),
        [0xEF, 0xBC, 0x91..=0x99, ..] => (YEAR_DIGIT, 3),
        // 〇 ○
        [0xE3, 0x80, 0x87, ..] | [0xE2, 0x97, 0x8B, ..] => (YEAR_CN, 3),
        _ => (0, 0),
    }
}

/// Does `bytes` open with four chars that may make a year: ASCII or
/// full-width digits, or Chinese digits with their zeros? (What [`read_year`]
/// reads, checked without the grammar.) The kinds the chars share so far
/// are kept as a mask, so most lines stop at their first char.
#[inline(always)]
pub(crate) fn opens_with_year(bytes: &[u8]) -> bool {
    year_len(bytes).is_some()
}

/// The length in bytes of the four chars of a year `bytes` opens with, as
/// [`opens_with_year`] tells them. Only the first char's first two bytes
/// are tested inline (a year's char is an ASCII digit or `O`, or opens
/// with a lead byte and a second byte of these: most ideographs have
/// another second byte): the walk is kept out of line, one copy for all
/// the callers rather than one in each.
#[inline(always)]
fn year_len(bytes: &[u8]) -> Option<usize> {
    match bytes {
        [b'0'..=b'9' | b'O', _, _, _, ..]
        | [0xE2..=0xE5 | 0xE9 | 0xEF, 0x80 | 0x85 | 0x97 | 0x9B | 0xB8..=0xBA | 0xBC, _, _, ..] => read_year_len(bytes),
        _ => None,
    }
}

/// [`year_len`] out of line, as [`date_prefix_small`].
#[inline(never)]
fn year_len_small(bytes: &[u8]) -> Option<usize> {
    year_len(bytes)
}

/// [`year_len`] past its test of the first two bytes.
#[inline(never)]
fn read_year_len(bytes: &[u8]) -> Option<usize> {
    // Four ASCII digits, as most years are written.
    if let [b'0'..=b'9', b'0'..=b'9', b'0'..=b'9', b'0'..=b'9', ..] = bytes {
        return Some(4);
    }
    let (mut kinds, mut at) = year_char_inline(bytes);
    if kinds == 0 {
        return None;
    }
    for _ in 1..4 {
        let (kind, len) = year_char(&bytes[at..]);
        kinds &= kind;
        if kinds == 0 {
            return None;
        }
        at += len;
    }
    Some(at)
}

/// After the four chars of a year, its first `year` bytes: `年` and what
/// a month opens with, or the separator of a dash date (`2024年，…` and
/// `2024年度` are no dates). A test without the grammar, which is dear on
/// the many lines that open with a year; it tells which form to read.
fn month_may_follow(text: &str, year: usize) -> Option<Form> {
    let rest = trim_start_ws_small(&text[year..]);
    match rest.strip_prefix('年') {
        Some(after) => opens_month(trim_start_ws_small(after).as_bytes()).then_some(Form::Cjk),
        None => after_sep(rest).is_some().then_some(Form::Dash),
    }
}

/// Does `b` open with a char a month may open with: a digit ([`is_digit`](super::marker::is_digit)),
/// a Chinese digit (`cn_digit_value`), `十` or `元`? Told from the bytes,
/// an ideograph by a bit test of its code point (the set of a year's
/// Chinese digits, but for `零`).
fn opens_month(b: &[u8]) -> bool {
    match *b {
        [b'0'..=b'9', ..] | [0xEF, 0xBC, 0x90..=0x99, ..] => true,
        [b0 @ 0xE4..=0xE9, b1, b2, ..] => {
            let cp = crate::text::charset::cp3(b0, b1, b2);
            (YEAR_CN_CHARS.contains_cp(cp) && cp != '零' as u32) || cp == '十' as u32 || cp == '元' as u32
        }
        _ => false,
    }
}

/// A date and optional time at the start of `text`, with the length read.
#[inline(always)]
pub(crate) fn datetime_prefix(text: &str) -> Option<(DateTime, usize)> {
    let (date, n) = date_prefix(text)?;
    Some(with_time(text, date, n))
}

/// The date `date`, which takes the first `n` bytes of `text`, with the
/// time that follows it, if any. Out of line, as [`read_date_prefix`].
#[inline(never)]
fn with_time(text: &str, date: Date, n: usize) -> (DateTime, usize) {
    let mut rest = &text[n..];
    // A bad capture's `&nbsp;` between the date and the time
    // (`2025-01-20&nbsp;10:15`) parts them as a space does.
    if rest.starts_with('&') {
        rest = super::clutter::skip_blank_entities(rest);
    }
    // ISO 8601's `T` between the date and the time (`2025-09-05T09:30:12+08:00`,
    // from a site fed by an API): the time is the local one as written,
    // the zone's offset after it is left unread.
    if let [b'T', b'0'..=b'9', ..] = rest.as_bytes() {
        rest = &rest[1..];
    }
    // Every time opens (after white space) with a digit: the grammar is
    // read only then (most dates stand alone or before a weekday or text).
    let clock = |rest: &str| match opens_digit(skip_ws(rest).as_bytes()) {
        true => match read_time(rest) {
            Some((after, (h, m))) if h < 24 && m < 60 => Some((h, m, after.len())),
            _ => None,
        },
        false => None,
    };
    // A weekday between the date and the time (`2025年1月12日 星期日 10:30`):
    // the time is still the date's.
    let found = clock(rest).or_else(|| {
        // 星 礼 周 週 禮 ( （
        if !matches!(
            skip_ws(rest).as_bytes(),
            [b'(', ..]
                | [0xE6, 0x98, 0x9F, ..]
                | [0xE7, 0xA4, 0xBC, ..]
                | [0xE5, 0x91, 0xA8, ..]
                | [0xE9, 0x80, 0xB1, ..]
                | [0xE7, 0xA6, 0xAE, ..]
                | [0xEF, 0xBC, 0x88, ..]
        ) {
            return None;
        }
        let after = super::clutter::after_weekday(rest);
        (after.len() < rest.len()).then(|| clock(after)).flatten()
    });
    match found {
        Some((h, m, left)) => (DateTime { date, time: Some((h, m)) }, text.len() - left),
        None => (DateTime { date, time: None }, n),
    }
}

/// Does `b` open with a digit ([`is_digit`](super::marker::is_digit): ASCII or full-width)?
fn opens_digit(b: &[u8]) -> bool {
    matches!(b, [b'0'..=b'9', ..] | [0xEF, 0xBC, 0x90..=0x99, ..])
}

/// Does `b` end with a digit ([`is_digit`](super::marker::is_digit))?
fn ends_digit(b: &[u8]) -> bool {
    matches!(b, [.., b'0'..=b'9'] | [.., 0xEF, 0xBC, 0x90..=0x99])
}

/// The first date-time anywhere in `text`. Read by the chars' bytes: a
/// date opens with a digit, or `〇` `○` `零` `一` `二` (a year in Chinese
/// digits), at a number's first char.
pub(crate) fn find_datetime(text: &str) -> Option<DateTime> {
    let b = text.as_bytes();
    let mut at = 0;
    while let Some(&b0) = b.get(at) {
        let opens = opens_digit(&b[at..])
            || matches!(
                b[at..],
                // 〇 ○ 零 一 二
                [0xE3, 0x80, 0x87, ..]
                    | [0xE2, 0x97, 0x8B, ..]
                    | [0xE9, 0x9B, 0xB6, ..]
                    | [0xE4, 0xB8, 0x80, ..]
                    | [0xE4, 0xBA, 0x8C, ..]
            );
        if opens && !ends_digit(&b[..at]) {
            if let Some((d, _)) = datetime_prefix_small(&text[at..]) {
                return Some(d);
            }
        }
        at += crate::text::charset::utf8_len(b0);
    }
    None
}

/// `text` without the dashes and white space a dateline opens with.
fn after_dashes(text: &str) -> &str {
    super::clutter::trim_start_by(text, |c| is_ws(c) || matches!(c, '-' | '—' | '―' | '─' | '–' | '－' | '（' | '('))
}

/// Does `text` open like a speech's dateline: dashes, a full date, `在`;
/// or dashes or a bracket and a date alone (`——2025年1月15日`)?
pub(crate) fn starts_dateline(text: &str) -> bool {
    dateline_date(text).is_some()
}

/// The date of a line that opens like a dateline, and the text after `在`
/// (`None` for a date alone after dashes or in brackets).
fn dateline_date(text: &str) -> Option<(Date, Option<&str>)> {
    // Converter markdown around it: a quote (`> ——…`), emphasis (`*——…*`).
    let text = match text.as_bytes().first() {
        Some(b'>' | b'*' | b'_') => super::clutter::trim_start_by(text, |c| is_ws(c) || matches!(c, '>' | '*' | '_')),
        _ => text,
    };
    let rest = after_dashes(text);
    let (date, n) = date_prefix_small(rest)?;
    let after = trim_start_ws_small(&rest[n..]);
    if let Some(place) = after.strip_prefix('在') {
        return Some((date, Some(place)));
    }
    // A date alone is a dateline only when drawn as one: after dashes or
    // in brackets (a bare date under a web headline is the page's).
    let marked = rest.len() < trim_start_ws_small(text).len();
    (marked && trim_start_ws_small(after.trim_start_matches(['）', ')'])).is_empty()).then_some((date, None))
}

/// The date of a speech's dateline (`——2026年1月27日在…人民代表大会…上`):
/// `text` opens with it, and the meeting (`…会上`, `…会议上`) is named on
/// this line or on `next`, where a converter wrapped it; or the dateline
/// is a date alone after dashes or in brackets (`（2025年1月15日）`).
pub(crate) fn dateline(text: &str, next: Option<&str>) -> Option<Date> {
    let (date, after) = dateline_date(text)?;
    // In Traditional script too (`…人民代表大會第五次會議上`).
    let names_meeting = |t: &str| {
        crate::text::script::with_folded(t, |t| {
            crate::text::words::contains(t, "会上") || crate::text::words::contains(t, "会议上")
        })
    };
    match after {
        Some(place) => (names_meeting(place) || next.is_some_and(names_meeting)).then_some(date),
        None => Some(date),
    }
}

/// Where a dateline glued after a title starts (`政府工作报告——2025年1月15日在…`):
/// the byte offset of its dashes in `text`, if a dash run opens one, and
/// the first dash of the line starts before byte `limit` (a caller that
/// wants a title of bounded length before it need not search a flattened
/// report's whole line for its first dash).
pub(crate) fn glued_dateline_within(text: &str, limit: usize) -> Option<usize> {
    // The first dash, not found by reading every char: the text may be a
    // whole flattened report. `—` (E2 80 94) and `―` (E2 80 95) by their
    // lead byte, which few chars of a report share; `－` (EF BC 8D, whose
    // EF BC opens all the full-width punctuation) by a substring search,
    // up to the first of the others. (Their last bytes end many
    // ideographs: a search for them stopped every few dozen bytes.)
    let b = text.as_bytes();
    // Dashes that start before `limit`: the three bytes of one may end two past it.
    let (starts, ends) = (limit.min(b.len()), limit.saturating_add(2).min(b.len()));
    static FULL_WIDTH: once_cell::sync::Lazy<memchr::memmem::Finder<'static>> =
        once_cell::sync::Lazy::new(|| memchr::memmem::Finder::new("－"));
    let dash = memchr::memchr_iter(0xE2, &b[..starts]).find(|&i| matches!(b[i..], [0xE2, 0x80, 0x94 | 0x95, ..]));
    let full_width = FULL_WIDTH.find(&b[..dash.map_or(ends, |i| i + 3)]);
    let at = full_width.or(dash)?;
    (at > 0 && dateline(&text[at..], None).is_some()).then_some(at)
}

/// Is `text` a date alone in brackets (`（2025年1月15日）`, `(2025-01-15)`)?
pub(crate) fn is_bracketed_date(text: &str) -> bool {
    let Some(inner) = text.strip_prefix(['（', '(']).and_then(|t| t.strip_suffix(['）', ')'])) else {
        return false;
    };
    whole_date(inner.trim_matches(is_ws)).is_some()
}

/// `text` is one date and nothing else (white space aside).
pub(crate) fn whole_date(text: &str) -> Option<Date> {
    let (d, n) = date_prefix_small(text)?;
    trim_start_ws_small(&text[n..]).is_empty().then_some(d)
}

/// `text` is a year and a month and nothing else (`二〇二五年一月`,
/// `2025年1月`): the date a cover page prints under the issuing body.
pub(crate) fn is_year_month(text: &str) -> bool {
    if year_len_small(text.as_bytes()).is_none() {
        return false;
    }
    matches!(read_year_and_month(text), Some((rest, _, m)) if (1..=12).contains(&m) && trim_start_ws_small(rest).is_empty())
}

/// A calendar date as written at the foot of a report or on its web page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub struct Date {
    /// Year, e.g. 2025.
    pub year: u16,
    /// Month, 1–12.
    pub month: u8,
    /// Day, 1–31.
    pub day: u8,
}

impl Date {
    /// A date, if the month and day are in range.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        ((1..=12).contains(&month) && (1..=31).contains(&day) && (1000..=2999).contains(&year)).then_some(Date {
            year,
            month,
            day,
        })
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(feature = "serde")]
impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A web publication time: a date and, when the page gives one, hour and minute.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub struct DateTime {
    /// The date.
    pub date: Date,
    /// Hour and minute, when given.
    pub time: Option<(u8, u8)>,
}

impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.date)?;
        if let Some((h, m)) = self.time {
            write!(f, "T{h:02}:{m:02}")?;
        }
        Ok(())
    }
}

#[cfg(feature = "serde")]
impl Serialize for DateTime {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::super::marker::{cn_digit_value, is_digit};
    use super::*;
    use nom::branch::alt;
    use nom::bytes::complete::{take_while, take_while_m_n};
    use nom::character::complete::{anychar, char, one_of};
    use nom::combinator::{map_opt, opt};
    use nom::multi::fold_many_m_n;
    use nom::{IResult, Parser};

    // The nom grammar the plain readers replaced, as their reference.

    fn ascii_num(min: usize, max: usize) -> impl FnMut(&str) -> IResult<&str, u32> {
        move |i: &str| {
            digits(i, min, max).ok_or(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Digit)))
        }
    }

    /// White space, none or more: `take_while(is_ws)`, read from the bytes.
    fn ws(i: &str) -> IResult<&str, &str> {
        let rest = crate::text::ws::trim_start_ws(i);
        Ok((rest, &i[..i.len() - rest.len()]))
    }

    fn cn_digit0(i: &str) -> IResult<&str, u32> {
        map_opt(anychar, |c| match c {
            '〇' | '○' | '零' | 'O' | '０' => Some(0),
            _ => cn_digit_value(c),
        })
        .parse(i)
    }

    fn year(i: &str) -> IResult<&str, u32> {
        alt((ascii_num(4, 4), fold_many_m_n(4, 4, cn_digit0, || 0, |a, d| a * 10 + d))).parse(i)
    }

    fn small(i: &str) -> IResult<&str, u32> {
        alt((ascii_num(1, 2), cn_int)).parse(i)
    }

    fn cjk_date(i: &str) -> IResult<&str, Option<Date>> {
        let ws = || ws;
        let month = || alt((small, char('元').map(|_| 1)));
        (year, ws(), char('年'), ws(), month(), ws(), char('月'), ws(), small, ws(), one_of("日号"))
            .map(|(y, _, _, _, m, _, _, _, d, _, _)| Date::new(y as u16, m as u8, d as u8))
            .parse(i)
    }

    fn dash_date(i: &str) -> IResult<&str, Option<Date>> {
        let sep = || one_of("-/.－");
        (ascii_num(4, 4), sep(), ascii_num(1, 2), sep(), ascii_num(1, 2))
            .map(|(y, _, m, _, d)| Date::new(y as u16, m as u8, d as u8))
            .parse(i)
    }

    fn time(i: &str) -> IResult<&str, (u8, u8)> {
        let colon = || one_of(":：");
        let clock =
            (ascii_num(1, 2), colon(), ascii_num(2, 2), opt((colon(), ascii_num(2, 2)))).map(|(h, _, m, _)| (h, m));
        let cjk = (ascii_num(1, 2), one_of("时点"), ascii_num(1, 2), char('分'), opt((ascii_num(1, 2), char('秒'))))
            .map(|(h, _, m, _, _)| (h, m));
        (ws, alt((clock, cjk))).map(|(_, (h, m))| (h as u8, m as u8)).parse(i)
    }

    fn year_month(text: &str) -> IResult<&str, u32> {
        let ws = || ws;
        let month = alt((small, char('元').map(|_| 1)));
        (year, ws(), char('年'), ws(), month, ws(), char('月')).map(|(_, _, _, _, m, _, _)| m).parse(text)
    }

    proptest::proptest! {
        #[test]
        fn the_plain_readers_read_as_the_nom_grammar(text in "[0-9０-９二三四六七八九〇○零O一十五元年月日号时点分秒:：  　/.－a-]{0,18}") {
            let t = text.as_str();
            proptest::prop_assert_eq!(read_cjk_date(t), cjk_date(t).ok());
            proptest::prop_assert_eq!(read_dash_date(t), dash_date(t).ok());
            proptest::prop_assert_eq!(read_time(t), time(t).ok());
            proptest::prop_assert_eq!(read_year_and_month(t).map(|(r, _, m)| (r, m)), year_month(t).ok());
            proptest::prop_assert_eq!(read_year(t), year(t).ok());
            let first = t.chars().next().and_then(|c| cn_digit0(t).ok().map(|(_, d)| (d, c.len_utf8())));
            proptest::prop_assert_eq!(first, cn_year_digit(t.as_bytes()));
            proptest::prop_assert_eq!(read_small(t), small(t).ok());
        }

        #[test]
        fn the_plain_readers_read_dates_and_times_as_the_nom_grammar(
            y in "(2025|二〇二五|２０２５|202)", s1 in "( |　|)", m in "(1|01|12|13|元|十二|一)", d in "(5|05|31|32|二十六|十)",
            sep in "(-|/|.|－)", tail in "(日|号| 日|)", t in "( 08:30| 8:30:15|08时30分|8点30分15秒| 9:5|)"
        ) {
            let cjk = format!("{y}{s1}年{s1}{m}{s1}月{s1}{d}{tail}{t}");
            proptest::prop_assert_eq!(read_cjk_date(&cjk), cjk_date(&cjk).ok());
            proptest::prop_assert_eq!(read_year_and_month(&cjk).map(|(r, _, m)| (r, m)), year_month(&cjk).ok());
            let dash = format!("{y}{sep}{m}{sep}{d}{t}");
            proptest::prop_assert_eq!(read_dash_date(&dash), dash_date(&dash).ok());
            proptest::prop_assert_eq!(read_time(&t), time(&t).ok());
        }
    }

    proptest::proptest! {
        #[test]
        fn a_bounded_search_finds_the_dashes_before_its_limit(
            text in "[某报告—―－年月日在会上2０1 -]{0,16}",
            limit in 0usize..60,
        ) {
            let whole = glued_dateline_at(&text).filter(|&at| at < limit);
            proptest::prop_assert_eq!(glued_dateline_within(&text, limit), whole);
        }

        #[test]
        fn the_cheap_tests_pass_every_date_the_grammar_reads(text in "[0-9０二〇零O一十年月日号 　/.－-]{0,16}") {
            if alt((cjk_date, dash_date)).parse(text.as_str()).is_ok() {
                let year = year_len(text.as_bytes());
                proptest::prop_assert!(year.is_some_and(|y| month_may_follow(&text, y).is_some()));
            }
            // The form read is the one that reads: the other fails.
            let old = alt((cjk_date, dash_date)).parse(text.as_str()).ok().map(|(r, d)| (r.len(), d));
            let new = year_len(text.as_bytes())
                .and_then(|y| month_may_follow(&text, y))
                .and_then(|f| match f { Form::Cjk => cjk_date(&text), Form::Dash => dash_date(&text) }.ok())
                .map(|(r, d)| (r.len(), d));
            proptest::prop_assert_eq!(old, new);
        }
    }

    fn num(d: &str) -> u32 {
        d.chars().fold(0, |acc, c| acc * 10 + c.to_digit(10).unwrap_or_else(|| c as u32 - '０' as u32))
    }

    /// `ascii_num` as first written, with nom's `take_while_m_n`.
    fn ascii_num_reference(min: usize, max: usize) -> impl FnMut(&str) -> IResult<&str, u32> {
        move |i: &str| {
            let (rest, d) = take_while_m_n(min, max, is_digit).parse(i)?;
            if rest.chars().next().is_some_and(is_digit) {
                return Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Digit)));
            }
            Ok((rest, num(d)))
        }
    }

    proptest::proptest! {
        #[test]
        fn the_byte_readers_read_as_nom_did(text in "[0-9０-９\u{ff1a}年 \u{3000}\u{a0}\u{2009}a二〇○零O]{0,7}", min in 1usize..3, extra in 0usize..3) {
            let max = min + extra;
            proptest::prop_assert_eq!(ascii_num(min, max)(&text).ok(), ascii_num_reference(min, max)(&text).ok());
            let plain: IResult<&str, &str> = take_while(is_ws).parse(text.as_str());
            let counted = nom::multi::count(cn_digit0, 4).map(|ds| ds.iter().fold(0, |a, d| a * 10 + d)).parse(text.as_str());
            let folded = fold_many_m_n(4, 4, cn_digit0, || 0, |a, d| a * 10 + d).parse(text.as_str());
            proptest::prop_assert_eq!(folded.ok(), counted.ok());
            proptest::prop_assert_eq!(ws(&text).ok(), plain.ok());
        }
    }

    /// `opens_with_year` as first written: a closure per kind of year.
    fn opens_with_year_reference(text: &str) -> bool {
        let cn = |c: char| matches!(c, '〇' | '○' | '零' | 'O' | '０') || cn_digit_value(c).is_some();
        let four = |f: &dyn Fn(char) -> bool| {
            let mut chars = text.chars();
            (0..4).all(|_| chars.next().is_some_and(f))
        };
        text.chars().next().is_some_and(|first| (is_digit(first) && four(&is_digit)) || (cn(first) && four(&cn)))
    }

    proptest::proptest! {
        #[test]
        fn the_year_test_reads_as_the_closures_did(text in "[0-9０-９二三四〇○零O一十年a是乌乜人兩兩 ]{0,6}") {
            proptest::prop_assert_eq!(opens_with_year(text.as_bytes()), opens_with_year_reference(&text));
        }
    }

    /// `find_datetime` as first written: a walk over the chars.
    fn find_datetime_reference(text: &str) -> Option<DateTime> {
        text.char_indices().find_map(|(i, c)| {
            if !(is_digit(c) || matches!(c, '〇' | '○' | '零' | '一' | '二')) {
                return None;
            }
            if i > 0 && text[..i].chars().next_back().is_some_and(is_digit) {
                return None;
            }
            datetime_prefix(&text[i..]).map(|(d, _)| d)
        })
    }

    proptest::proptest! {
        #[test]
        fn the_datetime_search_reads_as_the_char_walk(text in "[0-9０-９二〇○零一十年月日号 :：时点分T星期a/.－é😀-]{0,24}") {
            proptest::prop_assert_eq!(find_datetime(&text), find_datetime_reference(&text));
        }
    }

    #[test]
    fn the_bytes_tell_every_char_a_month_opens_with() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let want = is_digit(c) || cn_digit_value(c).is_some() || c == '十' || c == '元';
            let mut buf = [0; 4];
            assert_eq!(opens_month(c.encode_utf8(&mut buf).as_bytes()), want, "{c:?}");
            assert_eq!(opens_digit(c.encode_utf8(&mut buf).as_bytes()), is_digit(c), "{c:?}");
            assert_eq!(ends_digit(c.encode_utf8(&mut buf).as_bytes()), is_digit(c), "{c:?}");
        }
    }

    #[test]
    fn the_bytes_tell_every_char_of_a_year() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let digit = is_digit(c);
            let cn = matches!(c, '〇' | '○' | '零' | 'O' | '０') || cn_digit_value(c).is_some();
            let want = (u8::from(digit) * YEAR_DIGIT) | (u8::from(cn) * YEAR_CN);
            let mut buf = [0; 4];
            let (kind, len) = year_char(c.encode_utf8(&mut buf).as_bytes());
            assert_eq!(kind, want, "{c:?}");
            if kind != 0 {
                assert_eq!(len, c.len_utf8(), "{c:?}");
            }
        }
    }

    fn d(s: &str) -> Option<String> {
        whole_date(s).map(|d| d.to_string())
    }

    #[test]
    fn reads_the_date_forms_of_signatures() {
        assert_eq!(d("2025年3月5日").as_deref(), Some("2025-03-05"));
        assert_eq!(d("2023年02月28日").as_deref(), Some("2023-02-28"));
        assert_eq!(d("二〇二四年二月二十六日").as_deref(), Some("2024-02-26"));
        assert_eq!(d("二○二四年十二月三十一日").as_deref(), Some("2024-12-31"));
        assert_eq!(d("２０２５年３月５日").as_deref(), Some("2025-03-05"));
        assert_eq!(d("2024-03-28").as_deref(), Some("2024-03-28"));
        assert_eq!(d("2025年3月5日，全镇"), None, "a date followed by text is not a whole date");
        assert_eq!(d("2025年13月5日"), None, "month out of range");
    }

    #[test]
    fn reads_times_of_publication() {
        let (dt, _) = datetime_prefix("2024-03-28 16:58 信息来源").unwrap();
        assert_eq!(dt.to_string(), "2024-03-28T16:58");
        let (dt, _) = datetime_prefix("2021/03/29 11:30:01").unwrap();
        assert_eq!(dt.to_string(), "2021-03-29T11:30");
        assert_eq!(find_datetime("发布时间：2024年03月28日").unwrap().to_string(), "2024-03-28");
        let (dt, _) = datetime_prefix("2025年02月11日 08时30分").unwrap();
        assert_eq!(dt.to_string(), "2025-02-11T08:30", "a Chinese time");
        let (dt, _) = datetime_prefix("2024/01/05 17:20:11").unwrap();
        assert_eq!(dt.to_string(), "2024-01-05T17:20", "slashes, seconds dropped");
        let (dt, n) = datetime_prefix("2025年1月12日 星期日 10:30　来源：县司法局").unwrap();
        assert_eq!(dt.to_string(), "2025-01-12T10:30", "a weekday between date and time");
        assert!(n > "2025年1月12日 星期日 10:3".len());
        for weekday in ["週日", "禮拜日", "(星期日)", "（星期日）"] {
            let (dt, _) = datetime_prefix(&format!("2025年1月12日 {weekday} 10:30")).unwrap();
            assert_eq!(dt.to_string(), "2025-01-12T10:30", "{weekday}");
        }
        let (dt, n) = datetime_prefix("2025年1月12日 星期日　来源：县司法局").unwrap();
        assert_eq!((dt.to_string().as_str(), n), ("2025-01-12", "2025年1月12日".len()), "a weekday alone");
        let (dt, _) = datetime_prefix("2025-01-20&nbsp;10:15").unwrap();
        assert_eq!(dt.to_string(), "2025-01-20T10:15", "an entity between date and time");
        let (dt, n) = datetime_prefix("2025-09-05T09:30:12+08:00　来源：县林业局").unwrap();
        assert_eq!(dt.to_string(), "2025-09-05T09:30", "ISO 8601, the offset left unread");
        assert_eq!(n, "2025-09-05T09:30:12".len());
    }

    /// [`glued_dateline_within`] of the whole line.
    fn glued_dateline_at(text: &str) -> Option<usize> {
        glued_dateline_within(text, text.len())
    }

    #[test]
    fn reads_speech_datelines_in_every_dash_form() {
        let d = |t: &str, next: Option<&str>| dateline(t, next).map(|d| d.to_string());
        let day = Some("2026-01-27".to_string());
        assert_eq!(d("——2026年1月27日在某省第十四届人民代表大会第四次会议上", None), day);
        assert_eq!(d("――2026年1月27日在某县人民代表大会会议上", None), day, "U+2015");
        assert_eq!(d("----2026年1月27日在某区人民代表大会第一次会议上", None), day, "ASCII hyphens");
        assert_eq!(d(" —2026年1月27日在某区人民代表大会第一次会议上 ", None), day, "one dash after a space");
        assert_eq!(d("2026年1月27日在某省人民代表大会第四次会议上 某省省长 某某", None), day, "no dash, speaker after");
        assert_eq!(
            d("——2026 年 1 月 27 日在第十四届全国人民代表大会", Some("常务委员会第十六次会议上")),
            day,
            "spaced and wrapped"
        );
        assert_eq!(d("（2026年1月27日在某市第十六届人民代表大会第四次会议上）", None), day, "in brackets");
        assert_eq!(d("——二〇二六年一月二十七日在某县人民代表大会会议上", None), day, "Chinese digits");
        assert_eq!(d("2月3日，某县第十八届人民代表大会第四次会议开幕", None), None, "no year: a news lead");
        assert_eq!(d("——2026年1月27日", None), day, "a date alone after dashes");
        assert_eq!(d("（2026年1月27日）", None), day, "a date alone in brackets");
        assert_eq!(d("2026年1月27日", None), None, "a bare date is no dateline");
        assert_eq!(
            glued_dateline_at("政府工作报告——2026年1月27日在某县人民代表大会会议上"),
            Some("政府工作报告".len())
        );
        let glued = "政府工作报告——2026年1月27日在某县人民代表大会会议上";
        let at = "政府工作报告".len();
        assert_eq!(glued_dateline_within(glued, at + 1), Some(at), "a dash that starts before the limit");
        assert_eq!(glued_dateline_within(glued, at), None, "a dash that starts at the limit");
        assert_eq!(d("2026年1月27日，全县召开大会", None), None, "no 在");
        assert_eq!(d("2026-01-31 07:00:44", None), None);
    }

    #[test]
    fn reads_dates_spaced_by_a_pdf_converter() {
        assert_eq!(d("2025 年 6 月 24 日").as_deref(), Some("2025-06-24"));
        assert_eq!(d("2024年 1 月 1日").as_deref(), Some("2024-01-01"));
    }
}
