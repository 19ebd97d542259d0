//! Dates and times as reports and web pages write them.
//!
//! ```text
//! date      ::= cjk_date | dash_date
//! cjk_date  ::= year ws* "年" ws* month ws* "月" ws* day ws* ("日" | "号")   (PDF text spaces digits)
//! year      ::= digit{4} | cn_digit0{4}
//! month     ::= digit{1,2} | cn_small
//! day       ::= digit{1,2} | cn_small
//! dash_date ::= digit{4} sep digit{1,2} sep digit{1,2}      sep ::= "-" | "/" | "." | "－"
//! time      ::= ws* hour (":" | "：") minute ((":" | "：") second)?
//!             | ws* hour ("时" | "点") minute "分" (second "秒")?
//! cn_digit0 ::= "〇" | "○" | "零" | "O" | cn_digit
//! cn_small  ::= [cn_digit] "十" [cn_digit] | cn_digit                 (1 ..= 31)
//! dateline  ::= dash* ws* cjk_date ws* "在" …("会上" | "会议上")     (a speech's: `——2026年1月27日在…大会上`,
//!                                                                     the place perhaps on the next line)
//! dash      ::= "-" | "—" | "―" | "─" | "–" | "－" | "（" | "("       (a bracketed dateline opens the same way)
//! ```

use super::marker::{cn_digit_value, is_digit};
use crate::text::ws::is_ws;
#[cfg(feature = "serde")]
use serde::{Serialize, Serializer};
use std::fmt;

// The grammar above, read by hand: these run on every line that opens
// with a year, and nom's combinators cost several times as much. The
// tests hold the grammar as first written with nom and compare.

/// The value of an ASCII or full-width digit (`is_digit`).
fn digit_value(c: char) -> u32 {
    c.to_digit(10).unwrap_or_else(|| c as u32 - '０' as u32)
}

/// `min..=max` digits (ASCII or full-width) not followed by another one:
/// their value and the rest.
fn ascii_num(i: &str, min: usize, max: usize) -> Option<(u32, &str)> {
    let mut value = 0;
    let mut n = 0;
    let mut end = 0;
    for (at, c) in i.char_indices() {
        if n == max || !is_digit(c) {
            break;
        }
        value = value * 10 + digit_value(c);
        n += 1;
        end = at + c.len_utf8();
    }
    let rest = &i[end..];
    (n >= min && !rest.starts_with(is_digit)).then_some((value, rest))
}

/// `i` after its first char, if that is `c`.
fn after(i: &str, c: char) -> Option<&str> {
    i.strip_prefix(c)
}

/// A Chinese digit `一`…`九`.
fn cn_digit(i: &str) -> Option<(u32, &str)> {
    let mut chars = i.chars();
    let v = chars.next().and_then(cn_digit_value)?;
    Some((v, chars.as_str()))
}

/// A Chinese number from 1 to 99 (`三`, `十二`, `二十`, `三十一`), as
/// `marker::cn_int` reads it.
fn cn_small(i: &str) -> Option<(u32, &str)> {
    let (tens, rest) = match cn_digit(i) {
        Some((t, rest)) => (Some(t), rest),
        None => (None, i),
    };
    match after(rest, '十') {
        Some(rest) => match cn_digit(rest) {
            Some((u, rest)) => Some((tens.unwrap_or(1) * 10 + u, rest)),
            None => Some((tens.unwrap_or(1) * 10, rest)),
        },
        None => cn_digit(i),
    }
}

/// A year: four digits, or four Chinese digits and zeros (`二〇二四`).
fn year(i: &str) -> Option<(u32, &str)> {
    ascii_num(i, 4, 4).or_else(|| {
        let mut chars = i.chars();
        let mut value = 0;
        for _ in 0..4 {
            let d = match chars.next()? {
                '〇' | '○' | '零' | 'O' | '０' => 0,
                c => cn_digit_value(c)?,
            };
            value = value * 10 + d;
        }
        Some((value, chars.as_str()))
    })
}

/// A month or day: one or two digits, or a Chinese number.
fn small(i: &str) -> Option<(u32, &str)> {
    ascii_num(i, 1, 2).or_else(|| cn_small(i))
}

/// `2025年3月5日`, white space allowed between the parts. `Some(None)`
/// when it reads but names no date (`2025年13月5日`).
fn cjk_date(i: &str) -> Option<(Option<Date>, &str)> {
    use crate::text::ws::trim_start_ws as ws;
    let (y, i) = year(i)?;
    let i = ws(after(ws(i), '年')?);
    let (m, i) = small(i)?;
    let i = ws(after(ws(i), '月')?);
    let (d, i) = small(i)?;
    let i = ws(i);
    let i = after(i, '日').or_else(|| after(i, '号'))?;
    Some((Date::new(y as u16, m as u8, d as u8), i))
}

/// `2024-03-28`, `2024/3/28`, `2024.3.28`, `2024－3－28`.
fn dash_date(i: &str) -> Option<(Option<Date>, &str)> {
    fn sep(i: &str) -> Option<&str> {
        i.strip_prefix(['-', '/', '.', '－'])
    }
    let (y, i) = ascii_num(i, 4, 4)?;
    let (m, i) = ascii_num(sep(i)?, 1, 2)?;
    let (d, i) = ascii_num(sep(i)?, 1, 2)?;
    Some((Date::new(y as u16, m as u8, d as u8), i))
}

/// A clock time after white space: `16:58`, `16：58:11`, `08时30分`,
/// `8点30分15秒`. Hour and minute, and the rest.
fn time(i: &str) -> Option<((u8, u8), &str)> {
    fn colon(i: &str) -> Option<&str> {
        i.strip_prefix([':', '：'])
    }
    let (h, i) = ascii_num(crate::text::ws::trim_start_ws(i), 1, 2)?;
    let clock = || {
        let (m, rest) = ascii_num(colon(i)?, 2, 2)?;
        let rest = colon(rest).and_then(|r| ascii_num(r, 2, 2)).map_or(rest, |(_, r)| r);
        Some((m, rest))
    };
    let cjk = || {
        let (m, rest) = ascii_num(i.strip_prefix(['时', '点'])?, 1, 2)?;
        let rest = after(rest, '分')?;
        let rest = ascii_num(rest, 1, 2).and_then(|(_, r)| after(r, '秒')).unwrap_or(rest);
        Some((m, rest))
    };
    let (m, rest) = clock().or_else(cjk)?;
    Some(((h as u8, m as u8), rest))
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
    if !opens_with_year(text.as_bytes()) {
        return None;
    }
    read_date_prefix(text)
}

/// [`date_prefix`] past its test of the year, kept out of line: the
/// grammar is large, and few texts reach it.
#[inline(never)]
fn read_date_prefix(text: &str) -> Option<(Date, usize)> {
    if !month_may_follow(text) {
        return None;
    }
    let (d, rest) = cjk_date(text).or_else(|| dash_date(text))?;
    Some((d?, text.len() - rest.len()))
}

/// A digit of an ASCII or full-width year (`2`, `２`).
const YEAR_DIGIT: u8 = 1;
/// A Chinese digit of a year, or one of its zeros (`二`, `〇`, `零`, `O`).
const YEAR_CN: u8 = 2;

/// Which kinds of year the char that `bytes` opens with may be a char of
/// ([`YEAR_DIGIT`], [`YEAR_CN`]; `０` is of both; 0 for none), and its
/// length. What [`year`] reads, told from the UTF-8 bytes without decoding
/// the char: `is_digit`, the zeros `〇○零O０` and `cn_digit_value`.
#[inline(always)]
fn year_char(bytes: &[u8]) -> (u8, usize) {
    match bytes {
        [b'0'..=b'9', ..] => (YEAR_DIGIT, 1),
        [b'O', ..] => (YEAR_CN, 1),
        [0xEF, 0xBC, 0x90, ..] => (YEAR_DIGIT | YEAR_CN, 3),
        [0xEF, 0xBC, 0x91..=0x99, ..] => (YEAR_DIGIT, 3),
        // 〇 ○ 零
        [0xE3, 0x80, 0x87, ..] | [0xE2, 0x97, 0x8B, ..] | [0xE9, 0x9B, 0xB6, ..] => (YEAR_CN, 3),
        // 一 三 七 九 二 五 四 六 八
        [0xE4, 0xB8, 0x80 | 0x89 | 0x83, ..]
        | [0xE4, 0xB9, 0x9D, ..]
        | [0xE4, 0xBA, 0x8C | 0x94, ..]
        | [0xE5, 0x9B, 0x9B, ..]
        | [0xE5, 0x85, 0xAD | 0xAB, ..] => (YEAR_CN, 3),
        _ => (0, 0),
    }
}

/// Does `bytes` open with four chars that may make a year: ASCII or
/// full-width digits, or Chinese digits with their zeros? (What [`year`]
/// reads, checked without the grammar.) The kinds the chars share so far
/// are kept as a mask, so most lines stop at their first char.
#[inline(always)]
fn opens_with_year(bytes: &[u8]) -> bool {
    let mut kinds = YEAR_DIGIT | YEAR_CN;
    let mut at = 0;
    for _ in 0..4 {
        let (kind, len) = year_char(&bytes[at..]);
        kinds &= kind;
        if kinds == 0 {
            return false;
        }
        at += len;
    }
    true
}

/// After the four chars of a year: `年` and what a month opens with, or
/// the separator of a dash date (`2024年，…` and `2024年度` are no dates).
/// A test without the grammar, which is dear on the many lines that open
/// with a year.
fn month_may_follow(text: &str) -> bool {
    let mut chars = text.chars();
    chars.by_ref().take(4).for_each(drop);
    let rest = chars.as_str().trim_start_matches(is_ws);
    match rest.strip_prefix('年') {
        Some(after) => after
            .trim_start_matches(is_ws)
            .starts_with(|c: char| is_digit(c) || cn_digit_value(c).is_some() || c == '十'),
        None => rest.starts_with(['-', '/', '.', '－']),
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
    let rest = &text[n..];
    match time(rest) {
        Some(((h, m), after)) if h < 24 && m < 60 => (DateTime { date, time: Some((h, m)) }, text.len() - after.len()),
        _ => (DateTime { date, time: None }, n),
    }
}

/// The first date-time anywhere in `text`.
pub(crate) fn find_datetime(text: &str) -> Option<DateTime> {
    text.char_indices().find_map(|(i, c)| {
        if !(is_digit(c) || matches!(c, '〇' | '○' | '零' | '一' | '二')) {
            return None;
        }
        // only start at a number's first char
        if i > 0 && text[..i].chars().next_back().is_some_and(is_digit) {
            return None;
        }
        datetime_prefix(&text[i..]).map(|(d, _)| d)
    })
}

/// `text` without the dashes and white space a dateline opens with.
fn after_dashes(text: &str) -> &str {
    text.trim_start_matches(|c: char| is_ws(c) || matches!(c, '-' | '—' | '―' | '─' | '–' | '－' | '（' | '('))
}

/// Does `text` open like a speech's dateline: dashes, a full date, `在`;
/// or dashes or a bracket and a date alone (`——2025年1月15日`)?
pub(crate) fn starts_dateline(text: &str) -> bool {
    dateline_date(text).is_some()
}

/// The date of a line that opens like a dateline, and the text after `在`
/// (`None` for a date alone after dashes or in brackets).
fn dateline_date(text: &str) -> Option<(Date, Option<&str>)> {
    let rest = after_dashes(text);
    let (date, n) = date_prefix(rest)?;
    let after = rest[n..].trim_start_matches(is_ws);
    if let Some(place) = after.strip_prefix('在') {
        return Some((date, Some(place)));
    }
    // A date alone is a dateline only when drawn as one: after dashes or
    // in brackets (a bare date under a web headline is the page's).
    let marked = rest.len() < text.trim_start_matches(is_ws).len();
    (marked && after.trim_start_matches(['）', ')']).trim_start_matches(is_ws).is_empty()).then_some((date, None))
}

/// The date of a speech's dateline (`——2026年1月27日在…人民代表大会…上`):
/// `text` opens with it, and the meeting (`…会上`, `…会议上`) is named on
/// this line or on `next`, where a converter wrapped it; or the dateline
/// is a date alone after dashes or in brackets (`（2025年1月15日）`).
pub(crate) fn dateline(text: &str, next: Option<&str>) -> Option<Date> {
    let (date, after) = dateline_date(text)?;
    let names_meeting = |t: &str| crate::text::words::contains(t, "会上") || crate::text::words::contains(t, "会议上");
    match after {
        Some(place) => (names_meeting(place) || next.is_some_and(names_meeting)).then_some(date),
        None => Some(date),
    }
}

/// Where a dateline glued after a title starts (`政府工作报告——2025年1月15日在…`):
/// the byte offset of its dashes in `text`, if a dash run opens one.
pub(crate) fn glued_dateline_at(text: &str) -> Option<usize> {
    // The first dash, not found by reading every char: the text may be a
    // whole flattened report. `—` (E2 80 94) and `―` (E2 80 95) by their
    // lead byte, which few chars of a report share; `－` (EF BC 8D, whose
    // EF BC opens all the full-width punctuation) by a substring search,
    // up to the first of the others. (Their last bytes end many
    // ideographs: a search for them stopped every few dozen bytes.)
    let b = text.as_bytes();
    static FULL_WIDTH: once_cell::sync::Lazy<memchr::memmem::Finder<'static>> =
        once_cell::sync::Lazy::new(|| memchr::memmem::Finder::new("－"));
    let dash = memchr::memchr_iter(0xE2, b).find(|&i| matches!(b[i..], [0xE2, 0x80, 0x94 | 0x95, ..]));
    let full_width = FULL_WIDTH.find(&b[..dash.map_or(b.len(), |i| i + 3)]);
    let at = full_width.or(dash)?;
    (at > 0 && dateline(&text[at..], None).is_some()).then_some(at)
}

/// `text` is one date and nothing else (white space aside).
pub(crate) fn whole_date(text: &str) -> Option<Date> {
    let (d, n) = date_prefix(text)?;
    text[n..].trim_matches(is_ws).is_empty().then_some(d)
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
    use super::*;

    proptest::proptest! {
        #[test]
        fn the_cheap_tests_pass_every_date_the_grammar_reads(text in "[0-9０二〇零O一十年月日号 　/.－-]{0,16}") {
            if cjk_date(&text).or_else(|| dash_date(&text)).is_some() {
                proptest::prop_assert!(opens_with_year(text.as_bytes()) && month_may_follow(&text));
            }
        }
    }

    use super::super::marker::cn_int;
    use nom::branch::alt;
    use nom::bytes::complete::{take_while, take_while_m_n};
    use nom::character::complete::{anychar, char, one_of};
    use nom::combinator::{map_opt, opt};
    use nom::multi::count;
    use nom::{IResult, Parser};

    // The grammar as first written, with nom.
    fn nom_num(d: &str) -> u32 {
        d.chars().fold(0, |acc, c| acc * 10 + c.to_digit(10).unwrap_or_else(|| c as u32 - '０' as u32))
    }

    fn nom_ascii_num(min: usize, max: usize) -> impl FnMut(&str) -> IResult<&str, u32> {
        move |i: &str| {
            let (rest, d) = take_while_m_n(min, max, is_digit).parse(i)?;
            // not followed by another digit
            if rest.chars().next().is_some_and(is_digit) {
                return Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Digit)));
            }
            Ok((rest, nom_num(d)))
        }
    }

    fn cn_digit0(i: &str) -> IResult<&str, u32> {
        map_opt(anychar, |c| match c {
            '〇' | '○' | '零' | 'O' | '０' => Some(0),
            _ => cn_digit_value(c),
        })
        .parse(i)
    }

    fn nom_year(i: &str) -> IResult<&str, u32> {
        alt((nom_ascii_num(4, 4), count(cn_digit0, 4).map(|ds| ds.iter().fold(0, |a, d| a * 10 + d)))).parse(i)
    }

    fn nom_small(i: &str) -> IResult<&str, u32> {
        alt((nom_ascii_num(1, 2), cn_int)).parse(i)
    }

    fn nom_cjk_date(i: &str) -> IResult<&str, Option<Date>> {
        let ws = || take_while(is_ws);
        (nom_year, ws(), char('年'), ws(), nom_small, ws(), char('月'), ws(), nom_small, ws(), one_of("日号"))
            .map(|(y, _, _, _, m, _, _, _, d, _, _)| Date::new(y as u16, m as u8, d as u8))
            .parse(i)
    }

    fn nom_dash_date(i: &str) -> IResult<&str, Option<Date>> {
        let sep = || one_of("-/.－");
        (nom_ascii_num(4, 4), sep(), nom_ascii_num(1, 2), sep(), nom_ascii_num(1, 2))
            .map(|(y, _, m, _, d)| Date::new(y as u16, m as u8, d as u8))
            .parse(i)
    }

    fn nom_time(i: &str) -> IResult<&str, (u8, u8)> {
        let colon = || one_of(":：");
        let clock = (nom_ascii_num(1, 2), colon(), nom_ascii_num(2, 2), opt((colon(), nom_ascii_num(2, 2))))
            .map(|(h, _, m, _)| (h, m));
        // `08时30分`, `8点30分`, with seconds `15秒` perhaps.
        let cjk = (
            nom_ascii_num(1, 2),
            one_of("时点"),
            nom_ascii_num(1, 2),
            char('分'),
            opt((nom_ascii_num(1, 2), char('秒'))),
        )
            .map(|(h, _, m, _, _)| (h, m));
        (take_while(is_ws), alt((clock, cjk))).map(|(_, (h, m))| (h as u8, m as u8)).parse(i)
    }

    /// A date and time in the order they are written, each part drawn from
    /// the forms it takes and a few that break it.
    fn date_and_time() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::sample::select;
        use proptest::strategy::Strategy;
        let year = select(vec!["2024", "二〇二四", "２０２５", "二○二四", "O一二三", "20245", "202", "", "年"]);
        let ws = select(vec!["", "", " ", "　", " \u{3000}"]);
        let unit = |units: Vec<&'static str>| select(units);
        let small = select(vec![
            "3",
            "03",
            "12",
            "13",
            "31",
            "0",
            "123",
            "十",
            "十二",
            "三十一",
            "二十",
            "九",
            "十十",
            "",
            "３",
        ]);
        let clock = select(vec!["16", "8", "08", "24", "", "123"]);
        let sep = select(vec![":", "：", "时", "点", "分", "秒", "", "x"]);
        (
            (
                year,
                ws.clone(),
                unit(vec!["年", "年", "年", "-", "/", ".", "－", "x"]),
                ws.clone(),
                small.clone(),
                ws.clone(),
                { unit(vec!["月", "月", "-", "/", "x"]) },
            ),
            (ws.clone(), small.clone(), ws.clone(), unit(vec!["日", "号", "日", "", "-"]), ws),
            (clock.clone(), sep.clone(), clock.clone(), sep.clone(), clock, sep),
        )
            .prop_map(|(a, b, c)| {
                [a.0, a.1, a.2, a.3, a.4, a.5, a.6, b.0, b.1, b.2, b.3, b.4, c.0, c.1, c.2, c.3, c.4, c.5].concat()
            })
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4096))]
        #[test]
        fn dates_of_parts_read_by_hand_as_nom_read_them(text in date_and_time()) {
            let by_nom = alt((nom_cjk_date, nom_dash_date)).parse(text.as_str()).ok().map(|(rest, d)| (d, rest));
            let by_hand = cjk_date(&text).or_else(|| dash_date(&text));
            proptest::prop_assert_eq!(by_hand, by_nom);
            if let Some((_, rest)) = by_hand {
                proptest::prop_assert_eq!(time(rest), nom_time(rest).ok().map(|(rest, t)| (t, rest)));
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn dates_read_by_hand_as_nom_read_them(text in "[0-9０１２二三十〇○零O一 　年月日号/.－-]{0,16}[:：时点分秒0-9 ]{0,10}") {
            let by_nom = alt((nom_cjk_date, nom_dash_date)).parse(text.as_str()).ok().map(|(rest, d)| (d, rest));
            let by_hand = cjk_date(&text).or_else(|| dash_date(&text));
            proptest::prop_assert_eq!(by_hand, by_nom);
            proptest::prop_assert_eq!(time(&text), nom_time(&text).ok().map(|(rest, t)| (t, rest)));
            if let Some((_, rest)) = by_hand {
                proptest::prop_assert_eq!(time(rest), nom_time(rest).ok().map(|(rest, t)| (t, rest)));
            }
        }
    }

    /// Where `glued_dateline_at` looked for the first dash as first written.
    fn first_dash_reference(text: &str) -> Option<usize> {
        let b = text.as_bytes();
        memchr::memchr3_iter(0x94, 0x95, 0x8D, b).find_map(|i| {
            let lead = i.checked_sub(2)?;
            matches!(b[lead..=i], [0xE2, 0x80, 0x94 | 0x95] | [0xEF, 0xBC, 0x8D]).then_some(lead)
        })
    }

    proptest::proptest! {
        #[test]
        fn the_glued_dateline_is_found_at_the_first_dash(
            head in "[—―－“”，、报告a]{0,6}",
            dashes in "[—―－]{0,2}",
            tail in "[—―－“”，报告]{0,6}",
        ) {
            let text = format!("{head}{dashes}2026年1月27日在某县人民代表大会会议上{tail}");
            let want = first_dash_reference(&text).filter(|&at| at > 0 && dateline(&text[at..], None).is_some());
            proptest::prop_assert_eq!(glued_dateline_at(&text), want);
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
        assert_eq!(d("2026年1月27日，全县召开大会", None), None, "no 在");
        assert_eq!(d("2026-01-31 07:00:44", None), None);
    }

    #[test]
    fn reads_dates_spaced_by_a_pdf_converter() {
        assert_eq!(d("2025 年 6 月 24 日").as_deref(), Some("2025-06-24"));
        assert_eq!(d("2024年 1 月 1日").as_deref(), Some("2024-01-01"));
    }
}
