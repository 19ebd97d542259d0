//! Quantities: a number with its unit, qualifiers, range, direction and
//! label, found in running text.
//!
//! ```text
//! quantity ::= [ pre_qualifier ] figure [ range_sep figure ] [ unit_qualifier ]
//!            | '百分之' numeral                                  -- 百分之八十
//!            | round                                             -- 百余场, 近千人
//! figure   ::= numeral [ num_qualifier [ multiplier ] ] [ ' ' ] unit
//! range_sep::= '-' | '－' | '~' | '～' | '—' | '——' | '–' | '至' | '到'
//! ```
//! In a range the unit may be written once, at the end (`3至5天`, `1-2部`),
//! or at both ends (`3万元至5万元`). See [`crate::numeral`] for
//! numbers, and the submodules for units, qualifiers, changes, labels and
//! the guards that keep names, dates and ordinals out.
//!
//! ```
//! use gongwen::quantity::{find, Qualifier, QuantityKind};
//! let found = find("全年调处矛盾纠纷205件，涉及金额约135.9万元，同比增长12.5%。");
//! assert_eq!(found.len(), 3);
//! assert_eq!(found[0].text, "205件");
//! assert_eq!(found[0].label, "调处矛盾纠纷");
//! assert_eq!(found[1].value.to_string(), "1359000");
//! assert_eq!(found[1].unit, "元");
//! assert_eq!(found[1].qualifiers, vec![Qualifier::Approx]);
//! assert_eq!(found[2].kind, QuantityKind::Change);
//! assert!(find("2024年度第四次会议").is_empty());
//! ```
//!
//! [`find`] scans bytes and tries the number grammar only where a digit or
//! a Chinese numeral starts; it never panics and allocates only for what it
//! returns.

mod change;
mod guard;
mod label;
mod qualifier;
mod unit;

use crate::numeral::{self, Decimal, Numeral};
use crate::span::Span;
use crate::SmallString;
use label::Label;
use nom::combinator::opt;
use nom::Parser;
pub use qualifier::Qualifiers;
use serde::Serialize;
use std::sync::Arc;
pub use unit::Unit;
use unit::{Class, Reading};

/// A quantity stated in text.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Quantity {
    /// Byte span relative to the text given to [`find`].
    pub span: Span,
    /// The quantity as written, qualifier words included: `约135.9万元`,
    /// `100余人次`, `不少于60学时`, `90%以上`.
    pub text: SmallString,
    /// The value in the base unit: 万 and 亿 multiplied out, 成 as percent
    /// (`五成` → 50); for a range, its low end; for a change, its magnitude.
    pub value: Decimal,
    /// The high end of a range (`1-2部`, `3至5天`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub upper: Option<Decimal>,
    /// The base unit: `件`, `人次`, `元` (also for 万元), `%` (also for 成),
    /// `个百分点`, `学时` …
    pub unit: Unit,
    /// What sort of quantity it is.
    pub kind: QuantityKind,
    /// What the words around the number say about its precision, in the
    /// order written (`约600余万元` has approx and more_than).
    pub qualifiers: Qualifiers,
    /// For a change, which way it went.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub direction: Option<Direction>,
    /// The words of the same clause that name what is counted; empty if none.
    pub label: SmallString,
}

// At most 128 bytes, a move is a few vector stores inline rather than a
// call to memcpy; quantities are moved several times each.
const _: () = assert!(std::mem::size_of::<Quantity>() <= 128);

/// What sort of quantity a [`Quantity`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum QuantityKind {
    /// A count of things, people or events: `3084件`, `16名`, `两宗`.
    Count,
    /// An amount of money: `约135.9万元`, `85.02亿元`.
    Money,
    /// A rate or share: `100%`, `99.1%`, `不到五成`.
    Percent,
    /// A rise or fall: `同比增长12.5%`, `降幅达80%`, `增加1368宗`.
    Change,
    /// A length of time: `不少于60学时`, `7天`, `24小时`.
    Duration,
    /// A physical measure: `268.51公斤`, `3000平方米`.
    Measure,
}

/// What the words around a number say about its precision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Qualifier {
    /// About: 约, 大约, 左右, 上下.
    Approx,
    /// More than: 余, 多, 超, 超过, 逾.
    MoreThan,
    /// At least: 以上, 不少于, 不低于, 至少.
    AtLeast,
    /// Less than, or at most: 不到, 不足, 低于, 以下, 不超过.
    LessThan,
    /// Nearly: 近, 将近, 接近.
    Nearly,
}

/// Which way a change went.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Direction {
    /// 增长, 提升, 增加, 上升 …
    Up,
    /// 下降, 降低, 减少, 缩减, 降幅 …
    Down,
}

/// The code point of the first char of a non-empty str, in a const fn.
pub(crate) const fn first_cp(s: &str) -> u32 {
    let b = s.as_bytes();
    if b[0] < 0x80 {
        b[0] as u32
    } else if b[0] < 0xE0 {
        ((b[0] & 0x1F) as u32) << 6 | (b[1] & 0x3F) as u32
    } else {
        ((b[0] & 0x0F) as u32) << 12 | ((b[1] & 0x3F) as u32) << 6 | (b[2] & 0x3F) as u32
    }
}

/// The code point of the last char of a non-empty str, in a const fn.
pub(crate) const fn last_cp(s: &str) -> u32 {
    let b = s.as_bytes();
    let n = b.len();
    if b[n - 1] < 0x80 {
        b[n - 1] as u32
    } else if n >= 2 && b[n - 2] >= 0xC0 {
        ((b[n - 2] & 0x1F) as u32) << 6 | (b[n - 1] & 0x3F) as u32
    } else {
        // The word lists hold no four-byte chars.
        ((b[n - 3] & 0x0F) as u32) << 12 | ((b[n - 2] & 0x3F) as u32) << 6 | (b[n - 1] & 0x3F) as u32
    }
}

/// The code point of the first (or, with `last`, the last) char of each of
/// `words`, in a const fn: tables that let a search compare only the words
/// that can match at a char.
pub(crate) const fn edge_cps<const N: usize>(words: &[&str; N], last: bool) -> [u32; N] {
    let mut out = [0; N];
    let mut k = 0;
    while k < N {
        out[k] = if last { last_cp(words[k]) } else { first_cp(words[k]) };
        k += 1;
    }
    out
}

/// Set `cp` in a bitmap over the CJK block (other chars are left out).
pub(crate) const fn mark(mut map: [u64; 328], cp: u32) -> [u64; 328] {
    if cp >= 0x4E00 && cp <= 0x9FFF {
        let off = cp - 0x4E00;
        map[(off / 64) as usize] |= 1 << (off % 64);
    }
    map
}

/// A bitmap over the CJK block of the chars that close `words`.
pub(crate) const fn last_chars(words: &[&str]) -> [u64; 328] {
    let mut map = [0u64; 328];
    let mut i = 0;
    while i < words.len() {
        map = mark(map, last_cp(words[i]));
        i += 1;
    }
    map
}

/// Whether the CJK code point `cp` is in `map`; true for any other char.
/// The decoding form of the tests on [`cjk_word`], kept as their reference.
#[cfg(test)]
pub(crate) fn in_map(cp: u32, map: &[u64; 328]) -> bool {
    if (0x4E00..=0x9FFF).contains(&cp) {
        let off = cp - 0x4E00;
        map[(off / 64) as usize] & (1 << (off % 64)) != 0
    } else {
        true
    }
}

/// Whether `s` may close with a word whose last chars are in `map`: false
/// only for a CJK char that closes none of them.
#[inline]
pub(crate) fn may_close_word(s: &str, map: &[u64; 328]) -> bool {
    match *s.as_bytes() {
        [.., b0 @ 0xE0..=0xEF, b1, b2] => cjk_bit(map, b0, b1, b2).unwrap_or(true),
        _ => true,
    }
}

/// The index of the word of a CJK-block bitmap (`[u64; 328]`, one bit per
/// code point from U+4E00) for the three-byte chars opening with `b0 b1`:
/// their code points' top ten bits less those of U+4E00. Past the map
/// (wrapping below it) for chars outside the block.
#[inline(always)]
pub(crate) fn cjk_word(b0: u8, b1: u8) -> usize {
    ((usize::from(b0 & 0x0F) << 6) | usize::from(b1 & 0x3F)).wrapping_sub(0x4E00 >> 6)
}

/// The bit of `map` (a bitmap over the CJK block, see [`mark`]) for the
/// three-byte char `b0 b1 b2`, read without decoding it; `None` for a char
/// outside the block, which each caller settles its own way.
#[inline(always)]
pub(crate) fn cjk_bit(map: &[u64; 328], b0: u8, b1: u8, b2: u8) -> Option<bool> {
    map.get(cjk_word(b0, b1)).map(|w| (w >> (b2 & 0x3F)) & 1 != 0)
}

/// A word list indexed for lookups in the scanning loop: bitmaps of its
/// first and last chars (one bit test ends most lookups), and the words
/// sorted by first and by last char, the list's order kept among words
/// sharing that char, so that a lookup compares only those. The words
/// sharing a char are found by its rank among the chars of the bitmap
/// (a popcount), not by a search.
pub(crate) struct Words<const N: usize> {
    by_first: Index<N>,
    by_last: Index<N>,
}

/// One side of [`Words`]: the words keyed by their first (or last) char.
struct Index<const N: usize> {
    /// The key chars, a bitmap over the CJK block.
    map: [u64; 328],
    /// Set bits of `map` before each of its u64s.
    rank: [u16; 328],
    /// Where the words of the k-th key (in code point order) start in
    /// `sorted`; they end where those of the next key start, or at `N`.
    starts: [u16; N],
    /// The number of distinct keys.
    keys: usize,
    /// The words, stably sorted by key.
    sorted: [&'static str; N],
}

impl<const N: usize> Index<N> {
    /// Index `list` by the last (or first) char of each word; every key
    /// must be a CJK ideograph (U+4E00…U+9FFF).
    const fn new(list: &[&'static str], last: bool) -> Index<N> {
        let keyed: [(u32, &'static str); N] = sorted_by(list, last);
        let mut map = [0u64; 328];
        let mut starts = [0u16; N];
        let mut sorted = [""; N];
        let mut keys = 0;
        let mut i = 0;
        while i < N {
            let cp = keyed[i].0;
            assert!(cp >= 0x4E00 && cp <= 0x9FFF, "a word list key must be a CJK ideograph");
            if i == 0 || keyed[i - 1].0 != cp {
                starts[keys] = i as u16;
                keys += 1;
            }
            map = mark(map, cp);
            sorted[i] = keyed[i].1;
            i += 1;
        }
        let mut rank = [0u16; 328];
        let mut k = 1;
        while k < 328 {
            rank[k] = rank[k - 1] + map[k - 1].count_ones() as u16;
            k += 1;
        }
        Index { map, rank, starts, keys, sorted }
    }

    /// The words keyed by the three-byte char `b0 b1 b2`, in the list's order.
    #[inline]
    fn words(&self, b0: u8, b1: u8, b2: u8) -> &[&'static str] {
        // The map's word is the code point's top ten bits (from b0 and b1)
        // less those of U+4E00, its bit the low six (from b2): no decoding,
        // and one bounds test rules out the chars outside the block.
        let (w, bit) = (cjk_word(b0, b1), b2 & 0x3F);
        let (Some(&word), Some(&rank)) = (self.map.get(w), self.rank.get(w)) else {
            return &[];
        };
        if word & (1 << bit) == 0 {
            return &[];
        }
        let k = usize::from(rank) + (word & ((1 << bit) - 1)).count_ones() as usize;
        let from = self.starts.get(k).map_or(N, |&f| usize::from(f));
        let to = if k + 1 < self.keys { self.starts.get(k + 1).map_or(N, |&t| usize::from(t)) } else { N };
        self.sorted.get(from..to).unwrap_or(&[])
    }
}

impl<const N: usize> Words<N> {
    /// Index `list`, which must hold `N` words, each opening and closing
    /// with a CJK ideograph.
    pub(crate) const fn new(list: &[&'static str]) -> Words<N> {
        assert!(list.len() == N);
        Words { by_first: Index::new(list, false), by_last: Index::new(list, true) }
    }

    /// The words sharing the first char of `s`, in the list's order.
    #[inline]
    fn same_first(&self, s: &str) -> &[&'static str] {
        match *s.as_bytes() {
            [b0 @ 0xE0..=0xEF, b1, b2, ..] => self.by_first.words(b0, b1, b2),
            _ => &[],
        }
    }

    /// The words sharing the last char of `s`, in the list's order.
    #[inline]
    fn same_last(&self, s: &str) -> &[&'static str] {
        match *s.as_bytes() {
            [.., b0 @ 0xE0..=0xEF, b1, b2] => self.by_last.words(b0, b1, b2),
            _ => &[],
        }
    }

    /// Whether some word of the list closes with the three-byte char
    /// `b0 b1 b2` (true for chars outside the CJK block, which no word
    /// closes with, so that the caller goes on to look).
    #[inline(always)]
    pub(crate) fn may_close_with(&self, b0: u8, b1: u8, b2: u8) -> bool {
        cjk_bit(&self.by_last.map, b0, b1, b2).unwrap_or(true)
    }

    /// Whether some word of the list opens with the three-byte char
    /// `b0 b1 b2` (true for chars outside the CJK block, as in
    /// [`Words::may_close_with`]).
    #[inline(always)]
    pub(crate) fn may_open_with(&self, b0: u8, b1: u8, b2: u8) -> bool {
        cjk_bit(&self.by_first.map, b0, b1, b2).unwrap_or(true)
    }

    /// The first word of the list that `s` starts with.
    #[inline]
    pub(crate) fn prefix(&self, s: &str) -> Option<&'static str> {
        // The first char (three bytes) matches already.
        let b = s.as_bytes();
        self.same_first(s).iter().copied().find(|w| tail_equal(b.get(3..w.len()), w.as_bytes().get(3..)))
    }

    /// The first word of the list that `s` ends with.
    #[inline]
    pub(crate) fn suffix(&self, s: &str) -> Option<&'static str> {
        // The last char (three bytes) matches already.
        let b = s.as_bytes();
        self.same_last(s).iter().copied().find(|w| {
            let head = b.len().checked_sub(w.len()).and_then(|from| b.get(from..b.len() - 3));
            tail_equal(head, w.as_bytes().get(..w.len() - 3))
        })
    }

    /// The words that `s` may start with (all that open with its first
    /// char), in the list's order.
    #[inline]
    pub(crate) fn opening(&self, s: &str) -> impl Iterator<Item = &'static str> + '_ {
        self.same_first(s).iter().copied()
    }

    /// The words that `s` may end with (all that close with its last
    /// char), in the list's order.
    #[inline]
    pub(crate) fn closing(&self, s: &str) -> impl Iterator<Item = &'static str> + '_ {
        self.same_last(s).iter().copied()
    }
}

/// `s` without the short word `w` at its end, if it ends with it: compared
/// in place, as [`tail_equal`] does.
#[inline]
pub(crate) fn strip_word_suffix<'a>(s: &'a str, w: &str) -> Option<&'a str> {
    let at = s.len().checked_sub(w.len())?;
    if tail_equal(s.as_bytes().get(at..), Some(w.as_bytes())) {
        s.get(..at)
    } else {
        None
    }
}

/// `s` without the short word `w` at its start, if it starts with it.
#[inline]
pub(crate) fn strip_word_prefix<'a>(s: &'a str, w: &str) -> Option<&'a str> {
    if tail_equal(s.as_bytes().get(..w.len()), Some(w.as_bytes())) {
        s.get(w.len()..)
    } else {
        None
    }
}

/// Whether two short byte strings are there and equal, compared in place:
/// the words are a few chars, shorter than a `memcmp` call costs.
#[inline]
pub(crate) fn tail_equal(a: Option<&[u8]>, b: Option<&[u8]>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y),
        _ => false,
    }
}

/// `list` keyed by the first (or last) code point of each word and sorted
/// by it with a stable insertion sort, in a const fn.
const fn sorted_by<const N: usize>(list: &[&'static str], last: bool) -> [(u32, &'static str); N] {
    let mut out = [(0u32, ""); N];
    let mut i = 0;
    while i < N {
        let key = if last { last_cp(list[i]) } else { first_cp(list[i]) };
        let mut j = i;
        while j > 0 && out[j - 1].0 > key {
            out[j] = out[j - 1];
            j -= 1;
        }
        out[j] = (key, list[i]);
        i += 1;
    }
    out
}

/// The first of `words` that `s` starts with. Compares first chars before
/// whole words, so long lists stay cheap in the scanning loop.
pub(crate) fn prefix_in<'w>(s: &str, words: &[&'w str]) -> Option<&'w str> {
    let sb = s.as_bytes();
    let (&first, third) = (sb.first()?, sb.get(2));
    words.iter().copied().find(|w| {
        let wb = w.as_bytes();
        wb.first() == Some(&first) && wb.get(2) == third && sb.starts_with(wb)
    })
}

/// A figure read at one place: everything but the label and the change.
struct Core {
    /// Start of the number (after any pre-qualifier).
    start: usize,
    end: usize,
    value: Decimal,
    upper: Option<Decimal>,
    unit: Reading,
    qualifiers: Qualifiers,
}

/// `s` without the white space opening it, as PDF text puts between a
/// number and its unit (`18 次`, `复议 351` / `件`): at most four spaces
/// and one line break.
fn skip_space(s: &str) -> &str {
    let mut rest = s;
    let mut breaks = 0;
    for _ in 0..5 {
        // By bytes: ' ' is 20, U+3000 is E3 80 80, U+00A0 is C2 A0.
        let n = match rest.as_bytes() {
            [b' ' | b'\t', ..] => 1,
            [0xE3, 0x80, 0x80, ..] => 3,
            [0xC2, 0xA0, ..] => 2,
            [b'\r', b'\n', ..] if breaks == 0 => 2,
            [b'\n' | b'\r', ..] if breaks == 0 => 1,
            _ => break,
        };
        breaks += usize::from(matches!(rest.as_bytes()[0], b'\n' | b'\r'));
        rest = &rest[n..];
    }
    rest
}

/// A number in digits followed by white space and 万 or 亿 (`2.1 万户`,
/// `6540 多亿元` keeps its 多 for the tail): the number with the multiplier
/// read, and the text after it.
fn spaced_multiplier(n: Numeral, after: &str) -> (Numeral, &str) {
    let rest = skip_space(after);
    if n.script != numeral::Script::Arabic || rest.len() == after.len() {
        return (n, after);
    }
    if qualifier::after_number(rest).is_ok() {
        return (n, rest);
    }
    let mut m = n;
    let mut r = rest;
    for (w, exp) in [("万", 4), ("萬", 4), ("亿", 8), ("億", 8)] {
        if let Some(r2) = r.strip_prefix(w) {
            match m.value.mul_pow10(exp) {
                Some(v) => m.value = v,
                None => return (n, after),
            }
            r = r2;
        }
    }
    if r.len() == rest.len() {
        return (n, after);
    }
    m.len += after.len() - r.len();
    m.script = numeral::Script::Mixed;
    (m, r)
}

/// `figure` after the numeral: `[余|多 [multiplier]] [' '] unit`.
/// Returns the text after what it read, the value, the unit and the
/// qualifier read, if any. Inlined (forced) at its two uses in
/// [`read_core`]: as a call it passed its results back through memory for
/// every figure.
#[inline(always)]
fn figure_tail<'a>(rest: &'a str, n: &Numeral) -> (&'a str, Decimal, Option<Reading>, Option<Qualifier>) {
    let mut value = n.value;
    let mut q = None;
    let mut r = rest;
    if let Ok((r1, q1)) = qualifier::after_number(r) {
        let (r2, mult) = opt(unit::multiplier).parse(r1).unwrap_or((r1, None));
        if unit::unit(skip_space(r2)).is_some() {
            if let Some(v) = mult.map_or(Some(value), |m| value.mul_pow10(m)) {
                value = v;
                q = Some(q1);
                r = r2;
            }
        }
    }
    let r_sp = skip_space(r);
    match unit::unit(r_sp) {
        Some((r3, u)) => match value.mul_pow10(u.exp) {
            Some(v) => (r3, v, Some(u), q),
            None => (r, value, None, q),
        },
        None => (r, value, None, q),
    }
}

/// Whether `rest`, the text after a numeral, may go on into a figure: it
/// opens with 余, 多 or a range separator, or (after one space) with a
/// char that may open a unit. False only where [`figure_tail`] would find
/// no unit and [`range_sep`] no separator.
#[inline(always)]
fn may_have_tail(rest: &str) -> bool {
    // An ideograph, the common case, by its bytes: one bit test, inline
    // where each numeral is read.
    if let [b0 @ 0xE4..=0xE9, b1, b2, ..] = *rest.as_bytes() {
        return cjk_bit(&TAIL_OPENERS, b0, b1, b2).unwrap_or(false);
    }
    may_have_tail_by_chars(rest)
}

/// The ideographs [`may_have_tail`] goes on at: 余, 餘, 多, 至, 到 and the
/// first chars of units, as a bitmap over the CJK block.
static TAIL_OPENERS: [u64; 328] = {
    let mut map = unit::FIRST_CHARS;
    let chars = ['余', '餘', '多', '至', '到'];
    let mut i = 0;
    while i < chars.len() {
        map = mark(map, chars[i] as u32);
        i += 1;
    }
    map
};

/// [`may_have_tail`] by chars, for any text.
fn may_have_tail_by_chars(rest: &str) -> bool {
    let mut chars = rest.chars();
    let Some(c) = chars.next() else {
        return false;
    };
    if matches!(c, '余' | '餘' | '多' | '-' | '－' | '~' | '～' | '—' | '–' | '至' | '到') {
        return true;
    }
    let c = if matches!(c, ' ' | '\u{3000}' | '\u{a0}' | '\t' | '\n' | '\r') {
        match skip_space(rest).chars().next() {
            Some(c) => c,
            None => return false,
        }
    } else {
        c
    };
    unit::may_start_unit(c) || matches!(c, '余' | '餘' | '多' | '万' | '萬' | '亿' | '億')
}

fn range_sep(s: &str) -> Option<&str> {
    // By bytes, the longest first: —— (E2 80 94 twice), - ~, － (EF BC 8D),
    // ～ (EF BD 9E), — (E2 80 94), – (E2 80 93), 至 (E8 87 B3), 到 (E5 88 B0).
    let len = match *s.as_bytes() {
        [0xE2, 0x80, 0x94, 0xE2, 0x80, 0x94, ..] => 6,
        [b'-' | b'~', ..] => 1,
        [0xEF, 0xBC, 0x8D, ..]
        | [0xEF, 0xBD, 0x9E, ..]
        | [0xE2, 0x80, 0x94 | 0x93, ..]
        | [0xE8, 0x87, 0xB3, ..]
        | [0xE5, 0x88, 0xB0, ..] => 3,
        _ => return None,
    };
    s.get(len..)
}

/// Read the figure starting at `start`. `Err(end)` when there is none, with
/// the byte where scanning may go on.
fn read_core(text: &str, start: usize) -> Result<Core, usize> {
    // The reading goes on from the rest of the text each step leaves (a
    // slice on a char boundary already): no index of `text` is sliced twice.
    let at = |rest: &str| text.len() - rest.len();
    let s = &text[start..];
    let Some(n) = numeral::read_prefix(s) else {
        // Out of range (a run of a thousand digits): skip the whole run, so
        // that scanning stays linear.
        return Err(start + numeral_run(s).max(1));
    };
    let (n, after_num) = spaced_multiplier(n, s.get(n.len..).unwrap_or(""));
    let num_end = start + n.len;
    // Most numerals that are no figure have nothing after them that could
    // make one (一是, 二十大, 三中全会): they end here, where reading on would
    // end them too, without the guards and the unit lookup.
    if after_num.starts_with("分之") {
        return read_fraction(text, start, &n, after_num).ok_or(num_end);
    }
    // 十几万人, 二十几个: 几 fills the places below the stated base.
    if let Some(r) = after_num.strip_prefix('几') {
        if n.script == numeral::Script::Chinese && !n.positional {
            let approx = [Qualifier::Approx, Qualifier::MoreThan];
            return vague_tail(text, start, n.value, None, r, &approx).ok_or(num_end);
        }
    }
    if !may_have_tail(after_num) && !ends_with_multiplier(&s[..n.len]) {
        return Err(num_end);
    }
    if guard::rejects_number(text, start, &n) {
        return Err(num_end);
    }
    if n.script == numeral::Script::Chinese
        && guard::prev_char(text, start).is_some_and(|c| numeral::is_numeral_char(c) && !is_financial(c))
    {
        return Err(num_end);
    }
    // 三天两头, 五湖四海: a one-char numeral after another and a char is
    // the second half of a paired set phrase.
    if n.script == numeral::Script::Chinese && n.chars == 1 {
        let is_cn_digit = |c: char| "〇零一二两三四五六七八九".contains(c);
        let before = guard::prev_char(text, start).map_or(0, char::len_utf8);
        if before == 3
            && guard::prev_char(text, start - 3).is_some_and(is_cn_digit)
            && guard::prev_char(text, start - 6).is_none_or(|c| !numeral::is_numeral_char(c))
        {
            return Err(num_end);
        }
    }
    let (mut rest, mut value, mut unit, q) = figure_tail(after_num, &n);
    let mut qualifiers: Qualifiers = q.into_iter().collect();
    let mut upper = None;
    // A range: the second figure may carry the unit for both.
    if let Some(r) = range_sep(rest) {
        let digit_kind_matches = r.chars().next().is_some_and(|c| {
            if n.script == numeral::Script::Chinese {
                numeral::starts_numeral(c) && !c.is_ascii_digit()
            } else {
                c.is_ascii_digit() || ('０'..='９').contains(&c)
            }
        });
        if digit_kind_matches {
            if let Some(n2) = numeral::read_prefix(r) {
                let (rest2, v2, unit2, q2) = figure_tail(r.get(n2.len..).unwrap_or(""), &n2);
                let consistent = match (unit, unit2) {
                    (Some(u1), Some(u2)) => u1.base == u2.base,
                    (None, Some(_)) => true,
                    (Some(_), None) => false,
                    (None, None) => false,
                };
                if consistent && !guard::rejects_number(text, at(r), &n2) {
                    if let (None, Some(u2)) = (unit, unit2) {
                        // 2至4万元, 八十到九十万元: a multiplier written once,
                        // at the end, is shared when the low end is below
                        // the high end's figure before it.
                        let shared = shared_multiplier(&n, &r[..n2.len], n2.value);
                        value = match value.mul_pow10(u2.exp + shared) {
                            Some(v) => v,
                            None => return Err(at(rest2)),
                        };
                        unit = unit2;
                    }
                    if n2.value >= Decimal::from_int(1000) && unit.is_some_and(|u| u.base == "年") {
                        return Err(at(rest2));
                    }
                    upper = Some(v2);
                    if let Some(q2) = q2 {
                        qualifiers.push(q2);
                    }
                    rest = rest2;
                } else if unit.is_none() {
                    return Err(at(r) + n2.len);
                }
            }
        }
    }
    let Some(unit) = unit else {
        // 惠及76万群众, 300余万群众: a 万 or 亿 with the noun counted.
        if upper.is_none() {
            if let Some(core) = bare_noun_figure(text, start, &n, after_num) {
                return Ok(core);
            }
        }
        return Err(at(rest));
    };
    if matches!(unit.written, "元" | "圆") && upper.is_none() {
        let (v, r) = small_money(value, rest);
        value = v;
        rest = r;
    }
    if let Ok((r, q)) = qualifier::after_unit(rest) {
        qualifiers.push(q);
        rest = r;
    }
    if guard::rejects_quantity(&n, unit, rest) {
        return Err(at(rest));
    }
    Ok(Core { start, end: at(rest), value, upper, unit, qualifiers })
}

/// The power of ten that the high end `high` (written `written`) of a
/// range multiplies its low end `low` by: that of the 万, 亿 (and, after
/// digits, 千 or 百) closing it, when the low end has none of its own and
/// is no more than the digits before them (`2至4万`: 2 ≤ 4; `5000至1万`
/// stays 5000).
fn shared_multiplier(low: &Numeral, written: &str, high: Decimal) -> u32 {
    let last = |s: &str| s.chars().next_back();
    let mut rest = written;
    let mut exp = 0;
    while let Some(e) = last(rest).and_then(|c| match c {
        '万' | '萬' => Some(4),
        '亿' | '億' => Some(8),
        _ => None,
    }) {
        exp += e;
        rest = &rest[..rest.len() - 3];
    }
    if let Some(e) = last(rest).and_then(|c| match c {
        '千' | '仟' => Some(3),
        '百' | '佰' => Some(2),
        _ => None,
    }) {
        let before = last(&rest[..rest.len() - 3]);
        if before.is_some_and(|c| c.is_ascii_digit() || ('０'..='９').contains(&c)) {
            exp += e;
        }
    }
    if exp == 0
        || low.script == numeral::Script::Mixed
        || !low.value.is_integer() && low.script == numeral::Script::Chinese
    {
        return 0;
    }
    match low.value.mul_pow10(exp) {
        Some(v) if v <= high && v > Decimal::ZERO => exp,
        _ => 0,
    }
}

/// Whether a numeral as written closes with 万 or 亿 (in either form).
fn ends_with_multiplier(written: &str) -> bool {
    written.ends_with(['万', '萬', '亿', '億'])
}

/// `figure ::= numeral-with-万-or-亿 [ 余 | 多 ] noun | numeral (余|多) multiplier noun`:
/// a large figure followed by the noun it counts with no measure word
/// (`惠及76万群众`, `300余万群众`, `五十多万人口`), counted in 个.
fn bare_noun_figure(text: &str, start: usize, n: &Numeral, after_num: &str) -> Option<Core> {
    let (rest, exp, q) = match qualifier::after_number(after_num) {
        Ok((r, q)) => match unit::multiplier(r) {
            Ok((r2, m)) => (r2, m, Some(q)),
            Err(_) if ends_with_multiplier(&text[start..start + n.len]) => (r, 0, Some(q)),
            Err(_) => return None,
        },
        Err(_) if ends_with_multiplier(&text[start..start + n.len]) => (after_num, 0, None),
        Err(_) => return None,
    };
    let end = text.len() - rest.len();
    if !label::noun_follows(text, end) {
        return None;
    }
    let value = n.value.mul_pow10(exp)?;
    let unit = unit::unit("个")?.1;
    Some(Core { start, end, value, upper: None, unit, qualifiers: q.into_iter().collect() })
}

/// `core` with the sign written before it, if any: `负3.5%`, `-2.1%`,
/// `−0.6个百分点` are negative. A hyphen or minus after a digit, a letter
/// or a numeral joins two figures (`2-3`, `2024-03`) and is no sign.
fn signed(text: &str, core: Core) -> Core {
    let Some(sign) = guard::prev_char(text, core.start) else {
        return core;
    };
    if !matches!(sign, '负' | '-' | '−' | '－') {
        return core;
    }
    let at = core.start - sign.len_utf8();
    let joins = guard::prev_char(text, at)
        .is_some_and(|p| p.is_ascii_alphanumeric() || numeral::is_numeral_char(p) || matches!(p, '-' | '－' | '.'));
    // 负 also closes words (胜负, 抱负): a sign only before a rate, an
    // amount or a measure written in digits.
    let word = sign == '负'
        && (!text[core.start..].starts_with(|c: char| c.is_ascii_digit() || c == '百')
            || !matches!(core.unit.class, Class::Percent | Class::Money | Class::Measure));
    if joins || word {
        return core;
    }
    let neg = |v: Decimal| Decimal::ZERO.checked_sub(v);
    match (neg(core.value), core.upper.map(neg)) {
        (Some(value), None) => Core { start: at, value, ..core },
        (Some(value), Some(Some(up))) => Core { start: at, value: up, upper: Some(value), ..core },
        _ => core,
    }
}

/// An amount in 元 with the 角 and 分 after it and the closing 整 of
/// written amounts (`叁元伍角`, `3元5角2分`, `壹拾贰万元整`): the value
/// with them added, and the text after them.
fn small_money(value: Decimal, rest: &str) -> (Decimal, &str) {
    let mut v = value;
    let mut r = rest;
    for (unit, exp) in [('角', 1), ('分', 2)] {
        let Some(n) = numeral::read_prefix(r) else { break };
        let Some(after) = r[n.len..].strip_prefix(unit) else { continue };
        let part = n.value.to_i64().filter(|d| (1..=9).contains(d)).and_then(|d| Decimal::new(i128::from(d), exp));
        if let Some(sum) = part.and_then(|p| v.checked_add(p)) {
            v = sum;
            r = after;
        }
    }
    (v, r.strip_prefix('整').unwrap_or(r))
}

/// Length in bytes of the run of numeral chars (and `,` `.` between
/// digits) opening `s`.
fn numeral_run(s: &str) -> usize {
    s.char_indices()
        .find(|&(_, c)| !(numeral::is_numeral_char(c) || matches!(c, ',' | '.' | '．')))
        .map_or(s.len(), |(i, _)| i)
}

/// Financial forms of the digits (壹贰叁 …), also common in words (队伍, 参加).
fn is_financial(c: char) -> bool {
    matches!(c, '壹' | '贰' | '貳' | '叁' | '參' | '肆' | '伍' | '陆' | '陸' | '柒' | '捌' | '玖' | '拾' | '佰' | '仟')
}

/// A financial digit not followed by another numeral char is a word's
/// char (`队伍`, `落伍`), not a number.
fn lone_financial(c: char, rest: &str) -> bool {
    is_financial(c)
        && !rest.chars().next().is_some_and(|n| numeral::is_numeral_char(n) || matches!(n, '元' | '圆' | '角'))
}

/// `round ::= ('百' | '千' | '万') ('余' | '多') unit | pre_qualifier ('百' | '千' | '万') unit`:
/// a round number with its 一 left out, `百余场`, `近千人`, `万余人次`.
fn read_round(text: &str, start: usize, c: char) -> Option<Core> {
    let exp = match c {
        '百' | '佰' => 2,
        '千' | '仟' => 3,
        '万' | '萬' => 4,
        _ => return None,
    };
    let before = &text[..start];
    if before.chars().next_back().is_some_and(|p| numeral::is_numeral_char(p) || "数几上成好".contains(p)) {
        return None;
    }
    let rest = &text[start + c.len_utf8()..];
    let rest = if qualifier::after_number(skip_space(rest)).is_ok() { skip_space(rest) } else { rest };
    let (r, q) = match qualifier::after_number(rest) {
        Ok((r, q)) => (r, Some(q)),
        Err(_) if qualifier::pre(before).is_some() => (rest, None),
        Err(_) => return None,
    };
    let (r, mult) = opt(unit::multiplier).parse(r).unwrap_or((r, None));
    let (r, unit) = unit::unit(skip_space(r))?;
    let value = Decimal::from_int(1).mul_pow10(exp + mult.unwrap_or(0) + unit.exp)?;
    let mut end = text.len() - r.len();
    let mut qualifiers: Qualifiers = q.into_iter().collect();
    if let Ok((r2, q2)) = qualifier::after_unit(r) {
        qualifiers.push(q2);
        end = text.len() - r2.len();
    }
    Some(Core { start, end, value, upper: None, unit, qualifiers })
}

/// A vague magnitude at `start`, where the place char `c` (十百千万) is:
/// `数十`, `几百`, `数万` (the base, approximate and more), `上百`, `上千`
/// (approximate), `成百上千`, `成千上万` (a range, approximate). The
/// figure starts at the word before `c`.
fn read_vague(text: &str, start: usize, c: char) -> Option<Core> {
    let exp = match c {
        '十' => 1,
        '百' => 2,
        '千' => 3,
        '万' => 4,
        _ => return None,
    };
    let lead = guard::prev_char(text, start)?;
    let from = start - lead.len_utf8();
    let mut rest = &text[start + c.len_utf8()..];
    let base = Decimal::from_int(1).mul_pow10(exp)?;
    match lead {
        '数' | '几' => vague_tail(text, from, base, None, rest, &[Qualifier::Approx, Qualifier::MoreThan]),
        '上' => vague_tail(text, from, base, None, rest, &[Qualifier::Approx]),
        '成' => {
            // 成百上千, 成千上万: the next place up is the high end.
            let next = match c {
                '百' => '千',
                '千' => '万',
                _ => return None,
            };
            rest = rest.strip_prefix('上')?.strip_prefix(next)?;
            let upper = base.mul_pow10(1)?;
            vague_tail(text, from, base, Some(upper), rest, &[Qualifier::Approx])
        }
        _ => None,
    }
}

/// The rest of a vague figure from `from` whose number is `value` (and
/// `upper`) and whose text goes on with `rest`: `[万|亿] [' '] unit` or a
/// noun after 万/亿; `quals` says how vague it is.
fn vague_tail(
    text: &str,
    from: usize,
    value: Decimal,
    upper: Option<Decimal>,
    rest: &str,
    quals: &[Qualifier],
) -> Option<Core> {
    let (r, mult) = opt(unit::multiplier).parse(rest).unwrap_or((rest, None));
    let exp = mult.unwrap_or(0);
    let scaled = |v: Decimal, e: u32| v.mul_pow10(exp + e);
    let mut qualifiers: Qualifiers = quals.iter().copied().collect();
    let (r, unit) = match unit::unit(skip_space(r)) {
        Some((r2, u)) => (r2, u),
        None if mult.is_some() && label::noun_follows(text, text.len() - r.len()) => (r, unit::unit("个")?.1),
        None => return None,
    };
    let mut end = text.len() - r.len();
    if let Ok((r2, q)) = qualifier::after_unit(r) {
        qualifiers.push(q);
        end = text.len() - r2.len();
    }
    let value = scaled(value, unit.exp)?;
    let upper = match upper {
        Some(u) => Some(scaled(u, unit.exp)?),
        None => None,
    };
    Some(Core { start: from, end, value, upper, unit, qualifiers })
}

/// `('百' | '千' | '万') '分之' (numeral | '百')` at `start`, where `c`
/// is: a share in percent, `百分之八十`, `百分之百` (100), `千分之三` (0.3).
fn read_per_cent(text: &str, start: usize, c: char) -> Option<Core> {
    let after = start + c.len_utf8() + "分之".len();
    let rest = text.get(after..)?;
    let (value, len) = match numeral::read_prefix(rest) {
        Some(n) => (n.value, n.len),
        None if rest.starts_with('百') => (Decimal::from_int(100), '百'.len_utf8()),
        None => return None,
    };
    let value = match c {
        '千' => Decimal::new(value.mantissa(), value.scale() + 1)?,
        '万' => Decimal::new(value.mantissa(), value.scale() + 2)?,
        _ => value,
    };
    let mut end = after + len;
    let mut qualifiers = Qualifiers::new();
    if let Ok((r, q)) = qualifier::after_unit(&text[end..]) {
        qualifiers.push(q);
        end = text.len() - r.len();
    }
    let unit = unit::unit("%")?.1;
    Some(Core { start, end, value, upper: None, unit, qualifiers })
}

/// `numeral '分之' numeral` at `start`, the denominator `den` read and
/// `rest` after it at 分之: `三分之一`, `五分之二`, as a share in percent;
/// one that does not end within six decimal places (`三分之一`) is rounded
/// to four and said to be approximate.
fn read_fraction(text: &str, start: usize, den: &Numeral, rest: &str) -> Option<Core> {
    let r = rest.strip_prefix("分之")?;
    let num = numeral::read_prefix(r)?;
    let (n, d) = (num.value.to_i64()?, den.value.to_i64()?);
    if d <= 0 || n < 0 || n > d.saturating_mul(1000) {
        return None;
    }
    let mut qualifiers = Qualifiers::new();
    let exact = (0..=6u32).find(|&s| (i128::from(n) * 100 * 10i128.pow(s)) % i128::from(d) == 0);
    let scale = exact.unwrap_or(4);
    let m = i128::from(n) * 100 * 10i128.pow(scale);
    let q = (m + if exact.is_none() { i128::from(d) / 2 } else { 0 }) / i128::from(d);
    if exact.is_none() {
        qualifiers.push(Qualifier::Approx);
    }
    let mut end = text.len() - r.len() + num.len;
    if let Ok((r2, q2)) = qualifier::after_unit(&text[end..]) {
        qualifiers.push(q2);
        end = text.len() - r2.len();
    }
    let unit = unit::unit("%")?.1;
    Some(Core { start, end, value: Decimal::new(q, scale)?, upper: None, unit, qualifiers })
}

/// The figure at byte `i` (a char other than an ASCII digit): `Some(Ok)`
/// with it, `Some(Err(next))` when a number is there but no figure,
/// `None` when the char opens nothing.
fn read_at(text: &str, i: usize) -> Option<Result<Core, usize>> {
    let c = text[i..].chars().next()?;
    let after = &text[i + c.len_utf8()..];
    if numeral::starts_numeral(c) && !lone_financial(c, after) {
        return Some(match read_core(text, i) {
            Err(next) if c == '十' => read_vague(text, i, c).ok_or(next),
            read => read,
        });
    }
    if matches!(c, '百' | '千' | '万') && after.starts_with("分之") {
        return Some(read_per_cent(text, i, c).ok_or(i + c.len_utf8()));
    }
    read_round(text, i, c).or_else(|| read_vague(text, i, c)).map(Ok)
}

/// Every quantity stated in `text`, in order.
///
/// Spans are byte offsets into `text`. Never panics.
///
/// ```
/// use gongwen::quantity::find;
/// let q = &find("组织16名执法人员参加培训")[0];
/// assert_eq!((q.text.as_str(), q.unit.as_str(), q.label.as_str()), ("16名", "名", "执法人员"));
/// ```
pub fn find(text: &str) -> Vec<Quantity> {
    let mut out = Vec::new();
    find_into(text, &mut out, None, None);
    out
}

/// Where the text [`find_into`] reads lies in a shared source, when it
/// does: long labels and texts are then slices of the source, not copies.
#[derive(Clone, Copy)]
pub(crate) struct Shared<'a> {
    /// The source.
    pub source: &'a Arc<String>,
    /// Where the text starts in it.
    pub base: usize,
}

/// `part`, a slice of `text`, as a [`SmallString`]: a slice of the shared
/// source when it is long and there is one, a copy otherwise.
fn small_string(shared: Option<Shared<'_>>, text: &str, part: &str) -> SmallString {
    if let Some(sh) = shared.filter(|_| part.len() > crate::small_string::INLINE) {
        // Where `part` starts in `text`, checked to be within it.
        let at = (part.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize);
        if at <= text.len() && part.len() <= text.len() - at {
            let start = sh.base + at;
            return SmallString::slice_of(sh.source, start..start + part.len());
        }
    }
    SmallString::new(part)
}

/// [`find`] into `out`, which is cleared first, so that a caller reading
/// many runs of text reuses one buffer. With `ends`, also the sentence
/// ends of `text` (cleared first): for each `。！？；` or `;`, where it
/// starts and where the next sentence does, in order. The scan stops at
/// them anyway, so they cost no pass of their own; no figure holds one,
/// so none is passed over.
pub(crate) fn find_into(
    text: &str,
    out: &mut Vec<Quantity>,
    mut ends: Option<&mut Vec<(usize, usize)>>,
    shared: Option<Shared<'_>>,
) {
    out.clear();
    if let Some(ends) = ends.as_deref_mut() {
        ends.clear();
    }
    let bytes = text.as_bytes();
    let mut floor = 0usize;
    let mut i = 0usize;
    // Where the last opening quote or title mark the scan passed starts.
    let mut last_open: Option<usize> = None;
    loop {
        i = next_candidate(bytes, i);
        let Some(&b) = bytes.get(i) else { break };
        // A digit, the commonest stop, is tested for first.
        let core = if b.is_ascii_digit() {
            read_core(text, i)
        } else {
            let end_len = sentence_end_len(&bytes[i..]);
            if end_len > 0 {
                if let Some(ends) = ends.as_deref_mut() {
                    ends.push((i, i + end_len));
                }
                i += end_len;
                continue;
            }
            if is_opening_mark(&bytes[i..]) {
                last_open = Some(i);
                i += 3;
                continue;
            }
            if b < 0x80 {
                i += 1;
                continue;
            }
            // next_candidate passed only chars that may be numerals: decode.
            // A Chinese digit alone with nothing after it that could make a
            // figure (一是, 统一, 进一步): passed over without reading it.
            if let Some(len) = numeral::lone_cn_digit(&text[i..]) {
                if !may_have_tail(&text[i + len..]) {
                    i += len;
                    continue;
                }
            }
            match read_at(text, i) {
                Some(read) => read,
                None => {
                    i += text[i..].chars().next().map_or(1, char::len_utf8);
                    continue;
                }
            }
        };
        match core {
            Ok(core) => {
                let core = signed(text, core);
                i = core.end;
                if let Some(mut q) = assemble(text, floor, core, last_open, shared) {
                    // `2次4期`: a figure glued to the one before shares its label.
                    // 从5.3宗增加至今年的人均13.5宗: a new level of the same thing.
                    let glued = |p: &&Quantity| p.span.end == q.span.start && q.label.is_empty();
                    let level = |p: &&Quantity| p.unit == q.unit && change::opens_with_level(&q.label);
                    if let Some(prev) = out.last().filter(|p| glued(p) || level(p)) {
                        q.label = prev.label.clone();
                    }
                    floor = q.span.end;
                    // As in `indicator::extract`: under a test that there is
                    // room (the buffer is reused, there mostly is), the push
                    // cannot grow it and writes the quantity in place.
                    #[allow(clippy::if_same_then_else)]
                    if out.len() < out.capacity() {
                        out.push(q);
                    } else {
                        out.push(q);
                    }
                }
            }
            Err(next) => {
                // A figure ends on a char boundary; a step past a failed
                // one may not.
                i = next.max(i + 1);
                while i < bytes.len() && !text.is_char_boundary(i) {
                    i += 1;
                }
            }
        }
    }
    relabel_from_to(text, out);
    label_lists(text, out);
}

/// The chars where [`next_candidate`] stops: those that may open a figure
/// ([`numeral::may_open`]), the sentence ends `。！？；` and the opening
/// marks `“「『《` (for [`guard::quoted`]).
static STOPS: [u64; 1024] = numeral::with_chars(numeral::OPENER_BITS, &['。', '！', '？', '；', '“', '「', '『', '《']);

/// The length of the sentence end (`。！？；` or `;`) opening `bytes`, or 0.
fn sentence_end_len(bytes: &[u8]) -> usize {
    // 。 is E3 80 82; ！ ？ ； are EF BC 81, 9F, 9B.
    match bytes {
        [b';', ..] => 1,
        [0xE3, 0x80, 0x82, ..] | [0xEF, 0xBC, 0x81 | 0x9F | 0x9B, ..] => 3,
        _ => 0,
    }
}

/// Whether `bytes` opens with `“`, `「`, `『` or `《` (E2 80 9C, E3 80 8C,
/// E3 80 8E, E3 80 8A), the marks [`guard::quoted`] looks back for.
fn is_opening_mark(bytes: &[u8]) -> bool {
    matches!(bytes, [0xE2, 0x80, 0x9C, ..] | [0xE3, 0x80, 0x8C | 0x8E | 0x8A, ..])
}

/// [`STOPS`] by rows of 64 words, one row per lead byte E0…EF, and a
/// row of ones (row 16) that [`STOP_ROW`] gives every other byte; the
/// rows past it are never read, they round the table up to a power of two
/// so that a masked index needs no check.
static STOP_ROWS: [u64; 2048] = {
    let mut rows = [0u64; 2048];
    let mut k = 0;
    while k < 1024 {
        rows[k] = STOPS[k];
        k += 1;
    }
    while k < 1024 + 64 {
        rows[k] = u64::MAX;
        k += 1;
    }
    rows
};

/// The start of the row of [`STOP_ROWS`] for a char's first byte: that
/// of its lead byte for a three-byte char, the row of ones otherwise.
static STOP_ROW: [u16; 256] = {
    let mut row = [16 * 64u16; 256];
    let mut b = 0xE0;
    while b <= 0xEF {
        row[b] = ((b - 0xE0) * 64) as u16;
        b += 1;
    }
    row
};

/// Whether the three bytes `b0 b1 b2` may open a figure, end a sentence
/// or open a quote (a three-byte char in [`STOPS`]), or `b0` opens no
/// three-byte char. No test of the lead byte: [`STOP_ROW`] sends every
/// other byte to a row of ones.
#[inline(always)]
fn may_stop(b0: u8, b1: u8, b2: u8) -> bool {
    // The code point's word is its top ten bits (from the first two
    // bytes), its bit the low six (from the third): no decoding.
    let word = STOP_ROWS[(usize::from(STOP_ROW[usize::from(b0)]) | usize::from(b1 & 0x3F)) & 2047];
    (word >> (b2 & 0x3F)) & 1 != 0
}

/// The first byte from `i` on where a figure may start, a sentence ends
/// or an opening mark is: an ASCII digit or `;`, or a char that is not a
/// three-byte char ruled out by [`STOPS`]. A tight loop over the text
/// between figures.
fn next_candidate(bytes: &[u8], i: usize) -> usize {
    // Slice patterns: one length test for two chars, no index checks.
    let mut rest = bytes.get(i..).unwrap_or(&[]);
    loop {
        match *rest {
            // Two chars of three bytes, the common case, tested together;
            // any other char stops the test, and is looked at below.
            [b0, b1, b2, c0, c1, c2, d0, d1, d2, e0, e1, e2, ref tail @ ..] => {
                if may_stop(b0, b1, b2) {
                } else if may_stop(c0, c1, c2) {
                    rest = &rest[3..];
                } else if may_stop(d0, d1, d2) {
                    rest = &rest[6..];
                } else if may_stop(e0, e1, e2) {
                    rest = &rest[9..];
                } else {
                    rest = tail;
                    continue;
                }
            }
            [b0, b1, b2, c0, c1, c2, ref tail @ ..] => {
                if may_stop(b0, b1, b2) {
                } else if may_stop(c0, c1, c2) {
                    rest = &rest[3..];
                } else {
                    rest = tail;
                    continue;
                }
            }
            [b0, b1, b2, ref tail @ ..] if !may_stop(b0, b1, b2) => {
                rest = tail;
                continue;
            }
            _ => {}
        }
        // A stop, or a char not of three bytes.
        match *rest {
            [0xE0..=0xEF, ..] => break,
            [b, ref tail @ ..] if b < 0x80 && !b.is_ascii_digit() && b != b';' => rest = tail,
            _ => break,
        }
    }
    bytes.len() - rest.len()
}

/// Add qualifiers before, the change, the label; drop quoted names.
/// `last_open` is where the last opening mark before the figure starts:
/// [`guard::quoted`] looks back 12 chars (48 bytes at most) for one, so
/// without one there it need not look.
fn assemble(
    text: &str,
    floor: usize,
    core: Core,
    last_open: Option<usize>,
    shared: Option<Shared<'_>>,
) -> Option<Quantity> {
    let floor = floor.min(core.start);
    // The text before the number, sliced once for all that look back.
    let before = &text[floor..core.start];
    let mut qualifiers = core.qualifiers;
    let mut qstart = core.start;
    // The clause runs up to the pre-qualifier, if any.
    let mut region = before;
    if let Some((at, q)) = qualifier::pre(before) {
        qstart = floor + at;
        region = &before[..at];
        qualifiers.push_front(q);
    }
    if last_open.is_some_and(|at| at + 48 >= qstart) && guard::quoted(text, qstart, core.end) {
        return None;
    }
    // Only a length of time can be a time frame: the text after is sliced
    // for those alone.
    let time_frame = || guard::time_frame(before, core.unit, &text[core.end..]);
    if (core.unit.class == Class::Duration && time_frame()) || guard::ranking(before, core.unit) {
        return None;
    }
    let clause = label::clause_closing(region);
    let direction = change::direction(clause.text).or_else(|| {
        if core.unit.class == Class::Percent && core.unit.base == "%" {
            change::share_direction(clause.text)
        } else {
            None
        }
    });
    // A negative figure: after a change word the change went the other way
    // (增长-1.2% is down), after 同比 or 环比 it is a fall; a change
    // keeps its magnitude as its value.
    let negative = core.value < Decimal::ZERO;
    let direction = match direction {
        Some(d) if negative => Some(if d == Direction::Up { Direction::Down } else { Direction::Up }),
        None if negative && change::compares(clause.text) => Some(Direction::Down),
        d => d,
    };
    let (value, upper) = match direction {
        Some(_) if negative => (core.value.abs(), core.upper.map(Decimal::abs)),
        _ => (core.value, core.upper),
    };
    let kind = if direction.is_some() { QuantityKind::Change } else { core.unit.kind() };
    let class = if direction.is_some() { Class::Verbal } else { core.unit.class };
    let label = match label::label(text, clause, core.end, class) {
        Label::Slice(chosen) => small_string(shared, text, chosen),
        Label::Owned(label) => label,
    };
    Some(Quantity {
        span: Span::new(qstart, core.end),
        text: small_string(shared, text, &text[qstart..core.end]),
        value,
        upper,
        unit: core.unit.base,
        kind,
        qualifiers,
        direction,
        label,
    })
}

/// Labels that the figures around a figure give it:
/// - in a list joined by `、` (`总花费分别增长5.6%、7.5%`) each figure
///   without a name of its own shares the first's, and its change;
///   names listed before `分别` (`办结率、满意度分别为98%、99%`) go one
///   to each figure when there are as many;
/// - a label that names nothing (`达到`, `投资`) takes that of the figure
///   before it in the same sentence (`总收入增长20%，达到282亿元`).
fn label_lists(text: &str, out: &mut [Quantity]) {
    let mut group = 0;
    for k in 1..=out.len() {
        let joined = k < out.len()
            && text
                .get(out[k - 1].span.end..out[k].span.start)
                .is_some_and(|b| matches!(b.trim(), "、" | "和" | "及" | "与"));
        if joined {
            let (head, tail) = out.split_at_mut(k);
            let (prev, q) = (&head[k - 1], &mut tail[0]);
            if label::names_nothing(&q.label) {
                q.label = prev.label.clone();
                if prev.kind == QuantityKind::Change && q.direction.is_none() && q.unit == prev.unit {
                    q.kind = QuantityKind::Change;
                    q.direction = prev.direction;
                }
            }
            continue;
        }
        if k - group >= 2 {
            let before = &text[..out[group].span.start];
            if let Some(names) = label::listed_names(before).filter(|n| n.len() == k - group) {
                for (q, name) in out[group..k].iter_mut().zip(names) {
                    q.label = SmallString::new(name);
                }
            }
        }
        group = k;
    }
    for k in 1..out.len() {
        // A change verb names a change well enough (同比增长); a level
        // after 达到 or 投资 needs its noun.
        if out[k].kind == QuantityKind::Change || !label::names_nothing(&out[k].label) {
            continue;
        }
        let (head, tail) = out.split_at_mut(k);
        let (prev, q) = (&head[k - 1], &mut tail[0]);
        let between = text.get(prev.span.end..q.span.start).unwrap_or("");
        let same_sentence = between.chars().count() <= 24 && !between.contains(['。', '；', '！', '？', ';', '\n']);
        if same_sentence && !label::names_nothing(&prev.label) {
            q.label = if prev.kind == QuantityKind::Change {
                SmallString::new(change::without_change_word(&prev.label))
            } else {
                prev.label.clone()
            };
        }
    }
}

/// `由40%降低至38%`: the two figures, both of the same thing; the new
/// level is a level, not a change. No change is derived from them: a
/// change is reported only where the text states its size.
fn relabel_from_to(text: &str, out: &mut [Quantity]) {
    for k in 1..out.len() {
        let (head, tail) = out.split_at_mut(k);
        let (a, b) = (&head[k - 1], &mut tail[0]);
        if a.unit != b.unit || a.upper.is_some() || b.upper.is_some() || a.kind == QuantityKind::Change {
            continue;
        }
        let Some(between) = text.get(a.span.end..b.span.start) else {
            continue;
        };
        if change::from_to(between).is_none() {
            continue;
        }
        b.label = a.label.clone();
        if b.kind == QuantityKind::Change {
            b.kind = if b.unit == "%" { QuantityKind::Percent } else { QuantityKind::Count };
            b.direction = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// `Index::words` as first written: the code point decoded.
    fn words_reference<const N: usize>(index: &Index<N>, b0: u8, b1: u8, b2: u8) -> &[&'static str] {
        let cp = (u32::from(b0 & 0x0F) << 12) | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F);
        let Some(off) = cp.checked_sub(0x4E00).filter(|&off| off <= 0x9FFF - 0x4E00) else {
            return &[];
        };
        let (w, bit) = ((off / 64) as usize, off % 64);
        let (Some(&word), Some(&rank)) = (index.map.get(w), index.rank.get(w)) else {
            return &[];
        };
        if word & (1 << bit) == 0 {
            return &[];
        }
        let k = usize::from(rank) + (word & ((1 << bit) - 1)).count_ones() as usize;
        let from = index.starts.get(k).map_or(N, |&f| usize::from(f));
        let to = if k + 1 < index.keys { index.starts.get(k + 1).map_or(N, |&t| usize::from(t)) } else { N };
        index.sorted.get(from..to).unwrap_or(&[])
    }

    /// Every three-byte char (U+0800…U+FFFF, surrogates left out).
    fn three_byte_chars() -> impl Iterator<Item = char> {
        (0x800u32..=0xFFFF).filter_map(char::from_u32)
    }

    #[test]
    fn cjk_word_lookups_agree_with_decoding_for_every_three_byte_char() {
        const LIST: &[&str] = &["全年", "一年来", "年内", "累计", "其中", "鿿", "一"];
        static W: Words<{ LIST.len() }> = Words::new(LIST);
        let map = last_chars(LIST);
        for c in three_byte_chars() {
            let mut buf = [0u8; 4];
            let [b0, b1, b2] = *c.encode_utf8(&mut buf).as_bytes() else { unreachable!() };
            assert_eq!(W.by_first.words(b0, b1, b2), words_reference(&W.by_first, b0, b1, b2), "{c:?}");
            assert_eq!(W.by_last.words(b0, b1, b2), words_reference(&W.by_last, b0, b1, b2), "{c:?}");
            let s = format!("甲{c}");
            assert_eq!(may_close_word(&s, &map), in_map(c as u32, &map), "{c:?}");
            assert_eq!(W.may_close_with(b0, b1, b2), in_map(c as u32, &W.by_last.map), "{c:?}");
            assert_eq!(W.may_open_with(b0, b1, b2), in_map(c as u32, &W.by_first.map), "{c:?}");
        }
    }

    /// `next_candidate` as first written, by slice patterns.
    fn next_candidate_reference(bytes: &[u8], i: usize) -> usize {
        let mut rest = bytes.get(i..).unwrap_or(&[]);
        loop {
            match *rest {
                [b0 @ 0xE0..=0xEF, b1, b2, ref tail @ ..] => {
                    let word = STOPS[(usize::from(b0 & 0x0F) << 6) | usize::from(b1 & 0x3F)];
                    if (word >> (b2 & 0x3F)) & 1 != 0 {
                        break;
                    }
                    rest = tail;
                }
                [b, ref tail @ ..] if b < 0x80 && !b.is_ascii_digit() && b != b';' => rest = tail,
                _ => break,
            }
        }
        bytes.len() - rest.len()
    }

    proptest! {
        #[test]
        fn may_have_tail_by_bytes_agrees_with_chars(s in "([余餘多至到件人次元个%％ 　丁䷀一的-]|\\u{a0}){0,3}") {
            prop_assert_eq!(may_have_tail(&s), may_have_tail_by_chars(&s));
        }
    }

    #[test]
    fn may_have_tail_by_bytes_agrees_with_chars_for_every_char() {
        for c in (0x800u32..=0xFFFF).filter_map(char::from_u32) {
            let s = format!("{c}件");
            assert_eq!(may_have_tail(&s), may_have_tail_by_chars(&s), "{c:?}");
        }
    }

    /// `range_sep` as first written: each separator tried in turn.
    fn range_sep_reference(s: &str) -> Option<&str> {
        for sep in ["——", "-", "－", "~", "～", "—", "–", "至", "到"] {
            if let Some(r) = s.strip_prefix(sep) {
                return Some(r);
            }
        }
        None
    }

    #[test]
    fn range_sep_reads_as_trying_each_separator() {
        let mut heads: Vec<String> = (0u32..=0xFFFF).filter_map(char::from_u32).map(String::from).collect();
        heads.extend(["——", "—–", "—-", "至到", "～5", "-—", ""].map(String::from));
        for h in heads {
            for tail in ["", "5", "—", "五天"] {
                let s = format!("{h}{tail}");
                assert_eq!(range_sep(&s), range_sep_reference(&s), "{s:?}");
            }
        }
    }

    /// Where `find_into` goes on after the char at `i`, and whether it
    /// found a figure there, by its general branches.
    fn general_step(text: &str, i: usize) -> (usize, bool) {
        let c = text[i..].chars().next().unwrap_or(' ');
        let Some(core) = read_at(text, i) else {
            return (i + c.len_utf8(), false);
        };
        match core {
            Ok(core) => (core.end, true),
            Err(next) => (next.max(i + 1), false),
        }
    }

    proptest! {
        #[test]
        fn a_lone_digit_without_a_tail_is_passed_over_as_the_general_reading_would(
            head in "[办件全]{0,2}",
            text in "[一二两三伍玖〇零十百千万点是统步件人次余多至%，-]{1,4}",
        ) {
            let text = format!("{head}{text}");
            let i = head.len();
            if let Some(len) = numeral::lone_cn_digit(&text[i..]) {
                if !may_have_tail(&text[i + len..]) {
                    prop_assert_eq!(general_step(&text, i), (i + len, false));
                }
            }
        }

        #[test]
        fn next_candidate_agrees_with_the_slice_pattern_walk(
            text in "[a ;:5，。！？；“「『《一二十百千万两零〇壹伍办件元人次%\u{00e9}\u{3000}\u{1f600}]{0,24}",
            from in 0usize..80,
        ) {
            let bytes = text.as_bytes();
            prop_assert_eq!(next_candidate(bytes, from), next_candidate_reference(bytes, from));
        }
    }

    fn one(t: &str) -> Quantity {
        let mut v = find(t);
        assert_eq!(v.len(), 1, "{t} should hold one quantity, found {v:?}");
        v.remove(0)
    }

    #[test]
    fn reads_a_count_with_its_label() {
        let q = one("便民服务中心办件3084件。");
        assert_eq!((q.text.as_str(), q.unit.as_str(), q.label.as_str()), ("3084件", "件", "便民服务中心办件"));
    }

    #[test]
    fn reads_range_with_unit_at_the_end() {
        let q = one("每人完成3至5天培训");
        assert_eq!(q.value, Decimal::from_int(3));
        assert_eq!(q.upper, Some(Decimal::from_int(5)));
        assert_eq!(q.unit, "天");
    }

    #[test]
    fn reads_per_cent_in_words() {
        let q = one("覆盖率达百分之八十");
        assert_eq!((q.value, q.unit.as_str()), (Decimal::from_int(80), "%"));
    }

    #[test]
    fn from_to_gives_two_figures_and_no_derived_change() {
        let v = find("发案率由40%降低至38%。");
        assert_eq!(v.len(), 2, "{v:?}");
        assert_eq!((v[0].label.as_str(), v[1].label.as_str()), ("发案率", "发案率"));
        assert_eq!((v[1].kind, v[1].direction), (QuantityKind::Percent, None));
    }

    #[test]
    fn never_panics_on_odd_bytes() {
        for t in [
            "",
            "1",
            "一",
            "3万亿亿亿元",
            "约",
            "1-",
            "1—",
            "百分之",
            "9999999999999999999999999999999万亿元",
            "２０xx",
        ] {
            let _ = find(t);
        }
    }
}
