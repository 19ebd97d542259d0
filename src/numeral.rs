//! Numerals: Arabic, full-width, Chinese (simplified, traditional and
//! financial forms) and mixed (`1.62万`, `两万`, `85.02亿`), read into an
//! exact [`Decimal`].
//!
//! ```text
//! numeral     ::= arabic_mixed | cn_numeral
//! arabic_mixed::= arabic [ small_unit ] [ '万' ] [ '亿' ]
//! arabic      ::= digits ( ',' d d d )* [ ( '.' | '．' ) digits ]
//! digits      ::= ( '0'…'9' | '０'…'９' )+
//! cn_numeral  ::= cn_positional | cn_integer [ '点' cn_digit+ ]
//! cn_positional ::= cn_digit cn_digit+                 -- 二〇二四
//! cn_integer  ::= wan_group [ '亿' ( cn_digit | '零' wan_group | wan_group_from_10^7 ) ]
//! wan_group   ::= section [ '万' ( cn_digit | '零' section | section_from_1000 ) ]
//!                 -- a bare digit fills the next place: 三万五 is 35000
//! section     ::= term ( [ '零' ] term )* [ [ '零' ] cn_digit ] | cn_digit
//! term        ::= [ cn_digit ] small_unit              -- small units strictly decreasing
//! small_unit  ::= '十' | '拾' | '百' | '佰' | '千' | '仟'
//! cn_digit    ::= '〇' | '零' | '一' | '壹' | '二' | '贰' | '貳' | '两' | '兩' | '三' | '叁' | '參'
//!               | '四' | '肆' | '五' | '伍' | '六' | '陆' | '陸' | '七' | '柒' | '八' | '捌' | '九' | '玖'
//! ```
//! `万` is also written `萬`, `亿` is also written `億`. A Chinese numeral
//! must open with a digit or `十` (`百姓`, `千方百计` and `万人` are words,
//! not numbers).
//!
//! Values are exact: `0.9万` is 9000 and `85.02亿` is 8502000000, with no
//! floating point on the way.
//!
//! ```
//! use gongwen::numeral::{parse, Decimal};
//! assert_eq!(parse("一万五千亿")?, Decimal::from_int(1_500_000_000_000));
//! assert_eq!(parse("85.02亿")?, Decimal::from_int(8_502_000_000));
//! assert_eq!(parse("两千零五")?.to_string(), "2005");
//! assert_eq!(parse("1,234.5")?.to_string(), "1234.5");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Limits
//! Mantissas are kept below 10^30 and at most 18 decimal places; larger
//! numbers give [`NumeralError::Overflow`]. The grammar has no recursion.

use nom::branch::alt;
use nom::character::complete::{anychar, char as ch};
use nom::combinator::opt;
use nom::{IResult, Parser};
#[cfg(feature = "serde")]
use serde::{Serialize, Serializer};
use std::cmp::Ordering;
use std::fmt;

/// Largest mantissa (exclusive) a [`Decimal`] holds.
const MAX_MANTISSA: i128 = 1_000_000_000_000_000_000_000_000_000_000; // 10^30
/// Most decimal places a [`Decimal`] holds.
const MAX_SCALE: u32 = 18;

/// An exact decimal number: `mantissa / 10^scale`, kept normalised (no
/// trailing zeros in the fraction), so equal values compare and hash equal.
///
/// ```
/// use gongwen::numeral::Decimal;
/// let d = Decimal::new(13590, 1).unwrap(); // 1359.0
/// assert_eq!(d, Decimal::from_int(1359));
/// assert!(d.is_integer());
/// assert_eq!(Decimal::new(1162, 2).unwrap().to_string(), "11.62");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Decimal {
    /// The mantissa, an `i128`, as its low and high halves: so a
    /// `Decimal` aligns to 8 bytes, not 16, and takes 24, not 32 (every
    /// quantity holds two, and is moved several times).
    lo: u64,
    hi: u64,
    scale: Scale,
}

/// A scale of 0 to [`MAX_SCALE`]: as an enum, the byte's other values are
/// free for `Option<Decimal>` to use, so it takes 24 bytes, not 32.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
#[rustfmt::skip]
enum Scale {
    S0, S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11, S12, S13, S14, S15, S16, S17, S18,
}

impl Scale {
    /// Every scale, by its value.
    #[rustfmt::skip]
    const ALL: [Scale; MAX_SCALE as usize + 1] = {
        use Scale::*;
        [S0, S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11, S12, S13, S14, S15, S16, S17, S18]
    };
}

const _: () = assert!(std::mem::size_of::<Option<Decimal>>() == 24);

impl fmt::Debug for Decimal {
    /// As the derived form of `{ mantissa: i128, scale: u32 }` did.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Decimal").field("mantissa", &self.mantissa()).field("scale", &self.scale()).finish()
    }
}

impl Decimal {
    /// Zero.
    pub const ZERO: Decimal = Decimal::raw(0, 0);

    /// The decimal of `mantissa` and `scale` as given (not normalised);
    /// `scale` is at most [`MAX_SCALE`].
    const fn raw(mantissa: i128, scale: u32) -> Decimal {
        // Callers pass a scale `new` checked, or one a Decimal had.
        debug_assert!(scale <= MAX_SCALE);
        let scale = Scale::ALL[if scale > MAX_SCALE { MAX_SCALE } else { scale } as usize];
        Decimal { lo: mantissa as u64, hi: (mantissa >> 64) as u64, scale }
    }

    /// `mantissa / 10^scale`; `None` when it is out of range (|mantissa|
    /// of 10^30 or more, or more than 18 decimal places after normalising).
    pub fn new(mantissa: i128, scale: u32) -> Option<Decimal> {
        let (mut m, mut s) = (mantissa, scale);
        // In i64 where it fits: i128 division is a library call.
        if let (true, Ok(mut small)) = (s > 0, i64::try_from(m)) {
            while s > 0 && small % 10 == 0 {
                small /= 10;
                s -= 1;
            }
            m = i128::from(small);
        }
        while s > 0 && m % 10 == 0 {
            m /= 10;
            s -= 1;
        }
        if s > MAX_SCALE || !matches!(m.checked_abs(), Some(a) if a < MAX_MANTISSA) {
            return None;
        }
        Some(Decimal::raw(m, s))
    }

    /// An integer.
    ///
    /// # Panics
    /// Never: every `i64` fits.
    pub fn from_int(n: i64) -> Decimal {
        Decimal::raw(i128::from(n), 0)
    }

    /// The mantissa (the digits without the decimal point).
    pub const fn mantissa(self) -> i128 {
        ((self.hi as i128) << 64) | self.lo as i128
    }

    /// The number of decimal places.
    pub fn scale(self) -> u32 {
        self.scale as u32
    }

    /// The value as `f64` (nearest).
    pub fn to_f64(self) -> f64 {
        // Parsing the decimal text gives the correctly rounded f64.
        self.to_string().parse().unwrap_or(f64::NAN)
    }

    /// Whether the value has no fractional part.
    pub fn is_integer(self) -> bool {
        self.scale() == 0
    }

    /// The value as an integer, when it is one and fits an `i64`.
    pub fn to_i64(self) -> Option<i64> {
        if self.scale() == 0 {
            i64::try_from(self.mantissa()).ok()
        } else {
            None
        }
    }

    /// `self × 10^exp`, `None` on overflow.
    #[inline(always)]
    pub fn mul_pow10(self, exp: u32) -> Option<Decimal> {
        if exp == 0 {
            // Values are kept normalised, so this is what `new` would give.
            return Some(self);
        }
        self.mul_pow10_scaled(exp)
    }

    /// [`Decimal::mul_pow10`] for `exp` > 0: most units have exponent 0,
    /// which the inlined test above settles without a call.
    fn mul_pow10_scaled(self, exp: u32) -> Option<Decimal> {
        let take = exp.min(self.scale());
        let (rest, scale) = (exp - take, self.scale() - take);
        // Most values and their products fit an i64 (`5万`, `1.5亿`): one
        // multiply with its overflow test, none of i128's. The product is
        // normalised as it is: a scale is left only where no power of ten
        // was multiplied in, and a normalised mantissa ends in no 0 (the
        // test keeps it so for any other).
        if let (Ok(small), Some(&p)) = (i64::try_from(self.mantissa()), POW10_I64.get(rest as usize)) {
            if let Some(m) = small.checked_mul(p).filter(|m| scale == 0 || m % 10 != 0) {
                return Some(Decimal::raw(i128::from(m), scale));
            }
        }
        self.mul_pow10_wide(rest, scale)
    }

    /// [`Decimal::mul_pow10_scaled`] in i128, for the products past an i64.
    #[cold]
    #[inline(never)]
    fn mul_pow10_wide(self, rest: u32, scale: u32) -> Option<Decimal> {
        let m = self.mantissa().checked_mul(*POW10.get(rest as usize)?)?;
        Decimal::new(m, scale)
    }

    /// `self + other`, `None` on overflow.
    pub fn checked_add(self, other: Decimal) -> Option<Decimal> {
        let s = self.scale().max(other.scale());
        let a = self.mantissa().checked_mul(10i128.checked_pow(s - self.scale())?)?;
        let b = other.mantissa().checked_mul(10i128.checked_pow(s - other.scale())?)?;
        Decimal::new(a.checked_add(b)?, s)
    }

    /// `self - other`, `None` on overflow.
    pub fn checked_sub(self, other: Decimal) -> Option<Decimal> {
        self.checked_add(Decimal::raw(-other.mantissa(), other.scale()))
    }

    /// The absolute value.
    pub fn abs(self) -> Decimal {
        Decimal::raw(self.mantissa().abs(), self.scale())
    }
}

impl Ord for Decimal {
    fn cmp(&self, other: &Decimal) -> Ordering {
        // |mantissa| < 10^30 and scale ≤ 18, so rescaling to a common scale
        // stays below 10^48 … too big for i128 in the worst case; compare the
        // integer parts first, then the fractions at a common scale.
        let (ai, af) = (self.mantissa() / 10i128.pow(self.scale()), self.mantissa() % 10i128.pow(self.scale()));
        let (bi, bf) = (other.mantissa() / 10i128.pow(other.scale()), other.mantissa() % 10i128.pow(other.scale()));
        ai.cmp(&bi).then_with(|| {
            let s = self.scale().max(other.scale());
            (af * 10i128.pow(s - self.scale())).cmp(&(bf * 10i128.pow(s - other.scale())))
        })
    }
}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Decimal) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.scale() == 0 {
            return write!(f, "{}", self.mantissa());
        }
        let sign = if self.mantissa() < 0 { "-" } else { "" };
        let abs = self.mantissa().unsigned_abs();
        let p = 10u128.pow(self.scale());
        write!(f, "{sign}{}.{:0width$}", abs / p, abs % p, width = self.scale() as usize)
    }
}

#[cfg(feature = "serde")]
impl Serialize for Decimal {
    /// A JSON number: an integer when the value is integral and fits `i64`
    /// or `u64`, else the nearest `f64`.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.scale() == 0 {
            if let Ok(v) = i64::try_from(self.mantissa()) {
                return s.serialize_i64(v);
            }
            if let Ok(v) = u64::try_from(self.mantissa()) {
                return s.serialize_u64(v);
            }
        }
        s.serialize_f64(self.to_f64())
    }
}

/// Why a string is not one numeral.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum NumeralError {
    /// The string is empty: `""`.
    #[error("empty numeral")]
    Empty,
    /// No numeral starts the string: `"百姓"`, `"abc"`.
    #[error("not a numeral")]
    Invalid,
    /// A numeral is followed by something else at byte `at`: `"12次"`, `"十十"`.
    #[error("unexpected text after the numeral at byte {at}")]
    Trailing {
        /// Byte offset where the numeral ends.
        at: usize,
    },
    /// The value is too large or too precise for a [`Decimal`]: `"1e40"`
    /// written out in digits, `"9999亿亿"`.
    #[error("numeral out of range")]
    Overflow,
}

/// How a numeral was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Script {
    /// Arabic digits (ASCII or full-width) alone: `3084`, `１２`, `99.1`.
    Arabic,
    /// Arabic digits with Chinese multipliers: `1.62万`, `3千万`, `85.02亿`.
    Mixed,
    /// Chinese numerals: `两千零五`, `十五`, `二十万`, `壹佰`.
    Chinese,
}

/// A numeral read from the start of a string, with how it was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Numeral {
    /// Its value.
    pub value: Decimal,
    /// Its length in bytes.
    pub len: usize,
    /// How it was written.
    pub script: Script,
    /// Number of numeral characters (digits, Chinese digits and units).
    pub chars: usize,
    /// Digits written before the decimal point (Arabic), or 0.
    pub int_digits: usize,
    /// Whether it is Chinese digits read by position (`二〇二四`), as in years.
    pub positional: bool,
    /// Whether it opens with 两 or 兩 (the form of two used in counts).
    pub liang: bool,
}

/// Read one numeral filling the whole of `s`.
///
/// ```
/// use gongwen::numeral::{parse, NumeralError};
/// assert_eq!(parse("0.9万").unwrap().to_string(), "9000");
/// assert_eq!(parse("１２３").unwrap().to_string(), "123");
/// assert_eq!(parse("十二次"), Err(NumeralError::Trailing { at: 6 }));
/// assert_eq!(parse(""), Err(NumeralError::Empty));
/// ```
///
/// # Errors
/// [`NumeralError`] when `s` is empty, does not open with a numeral, has
/// text after it, or is out of range.
pub fn parse(s: &str) -> Result<Decimal, NumeralError> {
    if s.is_empty() {
        return Err(NumeralError::Empty);
    }
    match read_inner(s) {
        Ok(n) if n.len == s.len() => Ok(n.value),
        Ok(n) => Err(NumeralError::Trailing { at: n.len }),
        Err(e) => Err(e),
    }
}

/// Read the longest numeral at the start of `s`: its value and length in
/// bytes, or `None` if no numeral starts `s` (or it is out of range).
///
/// ```
/// use gongwen::numeral::parse_prefix;
/// let (v, len) = parse_prefix("135.9万元").unwrap();
/// assert_eq!(v.to_string(), "1359000");
/// assert_eq!(len, "135.9万".len());
/// ```
pub fn parse_prefix(s: &str) -> Option<(Decimal, usize)> {
    read_prefix(s).map(|n| (n.value, n.len))
}

/// Like [`parse_prefix`], also telling how the numeral was written.
pub fn read_prefix(s: &str) -> Option<Numeral> {
    read_inner(s).ok()
}

/// [`read_prefix`] for the scan of figures, inlined there: ASCII digits
/// (the commonest opening) are read in place, and a numeral with no
/// multiplier after them (most) is given with no call. What
/// [`read_inner`] reads, by the same steps. A `Result` as both readers
/// give it: turned into an `Option` here, the numeral was copied once
/// more on the stack, in pieces that the next load could not forward.
///
/// With the numeral, the text after it: the fast path holds it already,
/// so the caller need not slice `s` again (and test a char boundary).
#[inline(always)]
pub(crate) fn read_prefix_inline(s: &str) -> Result<(Numeral, &str), NumeralError> {
    let n = match arabic_fast(s) {
        Some(read) if !opens_with_numeral_char(read.3) => return Ok((arabic_plain(s, read), read.3)),
        Some(read) => arabic_multiplied(s, read, 3)?,
        None => read_inner(s)?,
    };
    Ok((n, s.get(n.len..).unwrap_or("")))
}

/// 10^k for every k whose power fits an i64 (0 to 18).
static POW10_I64: [i64; 19] = {
    let mut t = [1i64; 19];
    let mut k = 1;
    while k < 19 {
        t[k] = t[k - 1] * 10;
        k += 1;
    }
    t
};

/// 10^k for every k whose power fits an i128 (0 to 38): a lookup, not
/// the loop of `checked_pow`, which gives `None` past them as the table does.
static POW10: [i128; 39] = {
    let mut t = [1i128; 39];
    let mut k = 1;
    while k < 39 {
        t[k] = t[k - 1] * 10;
        k += 1;
    }
    t
};

/// Every numeral char of the Basic Multilingual Plane (Chinese numerals,
/// 〇, ASCII and full-width digits) as a bitmap indexed by code point, so
/// that scanners reject the other chars with one lookup and no range tests.
static OPENERS: [u64; 1024] = OPENER_BITS;

/// [`OPENERS`] as a constant, for scanners that build their own bitmap on it.
pub(crate) const OPENER_BITS: [u64; 1024] = {
    let chars = [
        '一', '壹', '二', '贰', '貳', '两', '兩', '三', '叁', '參', '四', '肆', '五', '伍', '六', '陆', '陸', '七',
        '柒', '八', '捌', '九', '玖', '零', '十', '拾', '百', '佰', '千', '仟', '万', '萬', '亿', '億', '〇', '0', '1',
        '2', '3', '4', '5', '6', '7', '8', '9', '０', '１', '２', '３', '４', '５', '６', '７', '８', '９',
    ];
    with_chars([0u64; 1024], &chars)
};

/// `map` (a bitmap of the Basic Multilingual Plane, one bit per code point)
/// with the bits of `chars` set. A `const fn`, for static tables.
pub(crate) const fn with_chars(mut map: [u64; 1024], chars: &[char]) -> [u64; 1024] {
    let mut i = 0;
    while i < chars.len() {
        let cp = chars[i] as u32;
        map[(cp / 64) as usize] |= 1 << (cp % 64);
        i += 1;
    }
    map
}

/// Quick test on a code point for scanners: false for every char that can
/// neither open a numeral nor start `百分之`; true for the others.
#[inline]
pub(crate) fn may_open(cp: u32) -> bool {
    OPENERS.get((cp / 64) as usize).is_some_and(|w| w & (1 << (cp % 64)) != 0)
}

/// Whether `s` opens with a char [`maybe_numeral`] lets through, tested
/// on the bytes of an ASCII or three-byte char (the code point's word in
/// [`OPENERS`] is its top ten bits, its bit the low six).
#[inline]
pub(crate) fn opens_with_numeral_char(s: &str) -> bool {
    match *s.as_bytes() {
        [] => false,
        [b, ..] if b < 0x80 => may_open(u32::from(b)),
        [b0 @ 0xE0..=0xEF, b1, b2, ..] => {
            (OPENERS[(usize::from(b0 & 0x0F) << 6) | usize::from(b1 & 0x3F)] >> (b2 & 0x3F)) & 1 != 0
        }
        _ => s.chars().next().is_some_and(maybe_numeral),
    }
}

/// Quick test: false for every char that is surely no numeral char.
#[inline]
fn maybe_numeral(c: char) -> bool {
    may_open(c as u32)
}

/// Whether `c` can open a numeral (a digit, a Chinese digit or `十`/`拾`).
#[inline]
pub(crate) fn starts_numeral(c: char) -> bool {
    maybe_numeral(c) && (ascii_digit(c).is_some() || cn_digit_value(c).is_some() || matches!(c, '十' | '拾'))
}

/// Whether `c` is any numeral character: a digit, a Chinese digit or a
/// Chinese unit (`十百千万亿` and their other forms).
pub(crate) fn is_numeral_char(c: char) -> bool {
    maybe_numeral(c) && starts_numeral(c) || small_unit_value(c).is_some() || big_unit_exp(c).is_some()
}

fn read_inner(s: &str) -> Result<Numeral, NumeralError> {
    // An ASCII digit, the commonest opening, known from the first byte.
    if s.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return arabic_mixed(s);
    }
    let first = s.chars().next().ok_or(NumeralError::Empty)?;
    if ascii_digit(first).is_some() {
        arabic_mixed(s)
    } else if starts_numeral(first) {
        cn_numeral(s)
    } else {
        Err(NumeralError::Invalid)
    }
}

// ---------------------------------------------------------------- Arabic

/// ASCII or full-width digit value.
fn ascii_digit(c: char) -> Option<u8> {
    match c {
        '0'..='9' => Some(c as u8 - b'0'),
        '０'..='９' => Some((c as u32 - '０' as u32) as u8),
        _ => None,
    }
}

/// `digits`: the byte length and the number of the digits opening `i`.
fn digits(i: &str) -> (usize, usize) {
    // By bytes: '０'…'９' are EF BC 90 … EF BC 99.
    let b = i.as_bytes();
    let (mut len, mut n) = (0, 0);
    loop {
        match b.get(len..) {
            Some([b'0'..=b'9', ..]) => len += 1,
            Some([0xEF, 0xBC, 0x90..=0x99, ..]) => len += 3,
            _ => return (len, n),
        }
        n += 1;
    }
}

/// The values of the digits in a run of ASCII and full-width digits and
/// commas, read from the bytes: a full-width digit ends with 0x90 + value,
/// and no other byte of the run falls in 0x30…0x39 or 0x90…0x99.
fn digit_values(run: &str) -> impl Iterator<Item = u8> + '_ {
    run.bytes().filter_map(|b| match b {
        b'0'..=b'9' => Some(b - b'0'),
        0x90..=0x99 => Some(b - 0x90),
        _ => None,
    })
}

/// `digits ( ',' d d d )* [ ( '.' | '．' ) digits ]` by hand, without the
/// allocation of a combinator that collects: the integer part with its
/// groups, the fraction digits and the rest.
fn arabic_parts(s: &str) -> Option<(&str, Option<&str>, &str)> {
    let (mut end, n) = digits(s);
    if n == 0 {
        return None;
    }
    let first = end;
    // `',' d d d` not followed by another digit.
    while let Some(group) = s[end..].strip_prefix(',') {
        match digits(group) {
            (len, 3) => end += 1 + len,
            _ => break,
        }
    }
    if end == first {
        end = wide_groups(s, end, n);
    }
    let (int, rest) = s.split_at(end);
    if let Some(f) = rest.strip_prefix(['.', '．']) {
        let (len, _) = digits(f);
        if len > 0 {
            return Some((int, Some(&f[..len]), &f[len..]));
        }
    }
    Some((int, None, rest))
}

/// The end of the integer part opening `s` (`end` so far, `n` digits in
/// its first run) with its groups separated by full-width commas: a
/// `，` is a thousands separator only after a first run of one to three
/// digits, before groups of exactly three, and when the number goes on
/// with a decimal point, a unit or a multiplier (an ideograph or `%`).
/// `12，345.60元` is one number; `3084件，1275件` and `12，345。` are two.
fn wide_groups(s: &str, end: usize, n: usize) -> usize {
    if n > 3 || s.as_bytes().get(end) != Some(&0xEF) {
        return end;
    }
    let mut at = end;
    while let Some(group) = s[at..].strip_prefix('，') {
        match digits(group) {
            (len, 3) => at += '，'.len_utf8() + len,
            _ => break,
        }
    }
    let goes_on =
        matches!(s.as_bytes().get(at..), Some([b'.' | b'%' | 0xE4..=0xE9, ..]) | Some([0xEF, 0xBC, 0x8E | 0x85, ..]));
    if goes_on {
        at
    } else {
        end
    }
}

/// `arabic` written with ASCII digits only, at most 18 of them, with no
/// thousands comma and no full-width char after a run: the common case,
/// read in a `u64`. The value, the digits before the point, the scale and
/// the rest; `None` for any other form, which [`arabic_slow`] reads.
#[inline(always)]
fn arabic_fast(s: &str) -> Option<(Decimal, usize, u32, &str)> {
    let b = s.as_bytes();
    // The digits read as they are counted, in one pass, and the count
    // checked after it: a loop with no bound of its own, which the
    // compiler keeps as one (bounded at 18 digits, it was unrolled 18
    // times, a run of code most numbers leave half unread). Past 18
    // digits `m` may wrap, and is not used.
    let (m, int_len) = digit_run(b, 0, 0);
    if int_len == 0 || int_len > 18 {
        return None;
    }
    let mut m = m;
    let mut end = int_len;
    let mut frac_len = 0;
    if b.get(end) == Some(&b'.') {
        let (mf, len) = digit_run(b, end + 1, m);
        frac_len = len;
        if int_len + frac_len > 18 {
            return None;
        }
        m = mf;
        if frac_len > 0 {
            end += 1 + frac_len;
        }
    }
    // A comma or a full-width char (digit or ．) after a run: the slow path.
    // After an ASCII run, `.` then a full-width digit: also the slow path.
    // Most runs are followed by none of `,` `.` EF: one lookup says so.
    if let Some(&next) = b.get(end) {
        if SLOW_AFTER_RUN[usize::from(next)] && (next != b'.' || (frac_len == 0 && b.get(end + 1) == Some(&0xEF))) {
            return None;
        }
    }
    let scale = frac_len as u32;
    let value = Decimal::new(i128::from(m), scale)?;
    Some((value, int_len, scale, s.get(end..)?))
}

/// The ASCII digits of `b` from byte `from`, read on after `m` (wrapping
/// past 19 digits): the value and how many digits there are.
#[inline(always)]
fn digit_run(b: &[u8], from: usize, m: u64) -> (u64, usize) {
    let mut m = m;
    let mut len = 0;
    for &d in b.get(from..).unwrap_or(&[]) {
        if !d.is_ascii_digit() {
            break;
        }
        m = m.wrapping_mul(10).wrapping_add(u64::from(d - b'0'));
        len += 1;
    }
    (m, len)
}

/// The bytes after a run of digits that [`arabic_fast`] looks at again:
/// `,` and EF (a full-width char), which leave the run to the slow path,
/// and `.` (with a full-width digit after it).
static SLOW_AFTER_RUN: [bool; 256] = {
    let mut t = [false; 256];
    t[b',' as usize] = true;
    t[b'.' as usize] = true;
    t[0xEF] = true;
    t
};

/// `arabic` in any form: full-width digits, thousands commas, up to the
/// mantissa limit. The value, the digits before the point, the scale and
/// the rest.
fn arabic_slow(s: &str) -> Result<(Decimal, usize, u32, &str), NumeralError> {
    let Some((int, frac, rest)) = arabic_parts(s) else {
        return Err(NumeralError::Invalid);
    };
    let mut m: i128 = 0;
    let mut int_digits = 0usize;
    let push = |d: u8, m: &mut i128| -> Result<(), NumeralError> {
        // `m` stays below 10^30, so `m * 10 + 9` cannot overflow an i128.
        *m = *m * 10 + i128::from(d);
        if *m >= MAX_MANTISSA {
            return Err(NumeralError::Overflow);
        }
        Ok(())
    };
    for d in digit_values(int) {
        int_digits += 1;
        push(d, &mut m)?;
    }
    let mut scale = 0u32;
    for d in digit_values(frac.unwrap_or("")) {
        push(d, &mut m)?;
        scale += 1;
        if scale > MAX_SCALE + 30 {
            return Err(NumeralError::Overflow);
        }
    }
    let value = Decimal::new(m, scale).ok_or(NumeralError::Overflow)?;
    Ok((value, int_digits, scale, rest))
}

#[inline(always)]
fn arabic_mixed(s: &str) -> Result<Numeral, NumeralError> {
    arabic_mixed_within(s, 3)
}

/// [`arabic_mixed`] reading at most `depth` lower parts after it (亿, 万,
/// 千, 百 each take one): a run such as `2万32万32万3…` is not read on.
fn arabic_mixed_within(s: &str, depth: u32) -> Result<Numeral, NumeralError> {
    let read = match arabic_fast(s) {
        Some(read) => read,
        None => arabic_slow(s)?,
    };
    arabic_mixed_from(s, read, depth)
}

/// [`arabic_mixed_within`] past the digits, `read` from [`arabic_fast`]
/// or [`arabic_slow`]. Inline: mostly a unit or punctuation follows, no
/// multiplier, and the numeral is the digits.
#[inline(always)]
fn arabic_mixed_from(s: &str, read: (Decimal, usize, u32, &str), depth: u32) -> Result<Numeral, NumeralError> {
    if !opens_with_numeral_char(read.3) {
        return Ok(arabic_plain(s, read));
    }
    arabic_multiplied(s, read, depth)
}

/// The numeral of digits that [`arabic_fast`] read from `s`, with no
/// numeral char after them.
#[inline(always)]
fn arabic_plain(s: &str, read: (Decimal, usize, u32, &str)) -> Numeral {
    let (value, int_digits, scale, rest) = read;
    Numeral {
        value,
        len: s.len() - rest.len(),
        script: Script::Arabic,
        chars: int_digits + scale as usize,
        int_digits,
        positional: false,
        liang: false,
    }
}

/// [`arabic_mixed_from`] when a numeral char follows the digits: the
/// multipliers after them, and the lower part after those.
#[inline(never)]
fn arabic_multiplied(s: &str, read: (Decimal, usize, u32, &str), depth: u32) -> Result<Numeral, NumeralError> {
    let (mut value, int_digits, scale, rest) = read;
    // One char per digit.
    let mut chars = int_digits + scale as usize;
    // Chinese multipliers after Arabic digits: [十百千] [万] [亿].
    let mut rest_i = rest;
    let mut script = Script::Arabic;
    // The power of ten of the last multiplier read.
    let mut last = 0;
    // Every multiplier is a three-byte char, as are the chars that block
    // one: decoded from their bytes, one at a time. Each must be greater
    // than the last: 百 or 千 first (十 is read no more), then 万, then 亿.
    // Their powers of ten add up, and the value is multiplied once: the
    // same value, and an overflow of any product overflows the whole.
    let mut exp = 0;
    while let Some((c, r)) = three_byte_char(rest_i.as_bytes()) {
        let e = match (small_unit_value(c), big_unit_exp(c)) {
            // `3千米`, `5百分点`: the unit belongs to a word.
            (Some(e), _)
                if last == 0
                    && e > 1
                    && !matches!(three_byte_char(r), Some(('米' | '克' | '瓦' | '分' | '伏' | '帕', _))) =>
            {
                e
            }
            (_, Some(e)) if e > last => e,
            _ => break,
        };
        exp += e;
        rest_i = rest_i.get(3..).unwrap_or("");
        chars += 1;
        script = Script::Mixed;
        last = e;
    }
    if exp > 0 {
        value = value.mul_pow10(exp).ok_or(NumeralError::Overflow)?;
    }
    // Lower places only after a multiplier and a digit (`3万5千`): rare, read
    // out of line.
    if last >= 2 && rest_i.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        if let Some(lower) = lower_part(rest_i, last, scale, depth) {
            value = value.checked_add(lower.value).ok_or(NumeralError::Overflow)?;
            rest_i = &rest_i[lower.len..];
            chars += lower.chars;
        }
    }
    Ok(Numeral { value, len: s.len() - rest_i.len(), script, chars, int_digits, positional: false, liang: false })
}

/// The lower places written in digits after a multiplier of 10^`last`
/// (`3万5千`, `2万3000`, `1千2百`, `1亿2000万`): a figure with a smaller
/// multiplier of its own, or exactly `last` plain digits, below 10^`last`.
/// Only after a whole number (`scale` 0): `1.5万3` is no such form.
#[cold]
#[inline(never)]
fn lower_part(rest: &str, last: u32, scale: u32, depth: u32) -> Option<Numeral> {
    if depth == 0 || last < 2 || scale != 0 || !rest.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let lower = arabic_mixed_within(rest, depth - 1).ok()?;
    let below = lower.value < Decimal::from_int(1).mul_pow10(last)?;
    let whole = lower.value.is_integer() && lower.value > Decimal::ZERO;
    let form = lower.script == Script::Mixed || (lower.int_digits == last as usize && lower.len == lower.int_digits);
    (below && whole && form).then_some(lower)
}

// ---------------------------------------------------------------- Chinese

/// The Chinese digits and their values.
pub(crate) const CN_DIGITS: [(char, u8); 25] = [
    ('〇', 0),
    ('零', 0),
    ('一', 1),
    ('壹', 1),
    ('二', 2),
    ('贰', 2),
    ('貳', 2),
    ('两', 2),
    ('兩', 2),
    ('三', 3),
    ('叁', 3),
    ('參', 3),
    ('四', 4),
    ('肆', 4),
    ('五', 5),
    ('伍', 5),
    ('六', 6),
    ('陆', 6),
    ('陸', 6),
    ('七', 7),
    ('柒', 7),
    ('八', 8),
    ('捌', 8),
    ('九', 9),
    ('玖', 9),
];

/// Slots of [`DIGIT_SLOTS`]: the code points of the digits fall in
/// distinct slots modulo this (checked when the table is built).
const DIGIT_MOD: u32 = 77;

/// [`CN_DIGITS`] by code point modulo [`DIGIT_MOD`]: each slot holds the
/// code point of its digit (`u32::MAX`, no char, for none) and the value, so that a digit is
/// told by one lookup and one compare, in a few instructions, rather than
/// a tree of compares spread over many code lines wherever it is inlined.
static DIGIT_SLOTS: [(u32, u8); DIGIT_MOD as usize] = {
    let mut t = [(u32::MAX, 0u8); DIGIT_MOD as usize];
    let mut i = 0;
    while i < CN_DIGITS.len() {
        let cp = CN_DIGITS[i].0 as u32;
        let slot = (cp % DIGIT_MOD) as usize;
        assert!(t[slot].0 == u32::MAX, "two digits in one slot");
        t[slot] = (cp, CN_DIGITS[i].1);
        i += 1;
    }
    t
};

fn cn_digit_value(c: char) -> Option<u8> {
    let cp = c as u32;
    match DIGIT_SLOTS.get((cp % DIGIT_MOD) as usize) {
        Some(&(digit, value)) if digit == cp => Some(value),
        _ => None,
    }
}

/// Power of ten of a small unit: 十 1, 百 2, 千 3.
fn small_unit_value(c: char) -> Option<u32> {
    match c {
        '十' | '拾' => Some(1),
        '百' | '佰' => Some(2),
        '千' | '仟' => Some(3),
        _ => None,
    }
}

/// Power of ten of a big unit: 万 4, 亿 8.
fn big_unit_exp(c: char) -> Option<u32> {
    match c {
        '万' | '萬' => Some(4),
        '亿' | '億' => Some(8),
        _ => None,
    }
}

fn is_zero(c: char) -> bool {
    matches!(c, '〇' | '零')
}

type In<'a> = &'a str;
type Res<'a, T> = IResult<In<'a>, T>;

fn fail<T>(i: In<'_>) -> Res<'_, T> {
    Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify)))
}

/// `cn_digit` (not a zero).
fn cn_digit(i: In<'_>) -> Res<'_, u8> {
    let (r, c) = anychar(i)?;
    match cn_digit_value(c) {
        Some(d) if d > 0 => Ok((r, d)),
        _ => fail(i),
    }
}

fn zero(i: In<'_>) -> Res<'_, char> {
    let (r, c) = anychar(i)?;
    if is_zero(c) {
        Ok((r, c))
    } else {
        fail(i)
    }
}

fn small_unit(i: In<'_>) -> Res<'_, u32> {
    let (r, c) = anychar(i)?;
    small_unit_value(c).map_or_else(|| fail(i), |e| Ok((r, e)))
}

fn big_unit(exp: u32) -> impl Fn(In<'_>) -> Res<'_, ()> {
    move |i| {
        let (r, c) = anychar(i)?;
        if big_unit_exp(c) == Some(exp) {
            Ok((r, ()))
        } else {
            fail(i)
        }
    }
}

/// `term ::= [ cn_digit ] small_unit` → (digit, exponent).
fn term(i: In<'_>) -> Res<'_, (u8, u32)> {
    let (r, (d, e)) = (opt(cn_digit), small_unit).parse(i)?;
    Ok((r, (d.unwrap_or(1), e)))
}

/// `section ::= term ( [零] term )* [ [零] cn_digit ] | cn_digit` → value < 10^4.
///
/// A digit after a term without a zero fills the next place down
/// (`一百五` is 150, `十五` is 15); after a zero it is the ones (`一百零五`).
fn section(i: In<'_>) -> Res<'_, u64> {
    let Ok((mut rest, (d, e))) = term(i) else {
        return cn_digit.map(u64::from).parse(i);
    };
    let mut value = u64::from(d) * 10u64.pow(e);
    let mut last = e;
    loop {
        let (r, z) = opt(zero).parse(rest)?;
        if let Ok((r2, (d2, e2))) = term(r) {
            if e2 < last && (z.is_none() || e2 + 1 < last) {
                value += u64::from(d2) * 10u64.pow(e2);
                last = e2;
                rest = r2;
                continue;
            }
            break;
        }
        if let Ok((r2, d2)) = cn_digit(r) {
            let ones_after_zero = z.is_some() && last >= 2;
            let next_place = z.is_none();
            if ones_after_zero || next_place {
                let exp = if next_place { last - 1 } else { 0 };
                // `一百五十` was taken as a term above, so a bare digit here
                // is the last one; it must not be followed by a small unit.
                if small_unit(r2).is_err() {
                    value += u64::from(d2) * 10u64.pow(exp);
                    rest = r2;
                }
            }
        }
        break;
    }
    Ok((rest, value))
}

/// A bare digit (no unit) right after a big unit: `三万五` is 35000.
fn bare_digit(i: In<'_>) -> Res<'_, u8> {
    let (r, d) = cn_digit(i)?;
    if small_unit(r).is_ok() || big_unit(4)(r).is_ok() || big_unit(8)(r).is_ok() {
        return fail(i);
    }
    Ok((r, d))
}

/// `wan_group ::= section [ 万 [零] [section] ]` → value < 10^8.
fn wan_group(i: In<'_>) -> Res<'_, u64> {
    let (rest, hi) = section(i)?;
    let Ok((r, ())) = big_unit(4)(rest) else {
        return Ok((rest, hi));
    };
    if let Ok((r2, d)) = bare_digit(r) {
        return Ok((r2, hi * 10_000 + u64::from(d) * 1000));
    }
    // Without a zero the group below 万 is read as written (一万二千,
    // 一万三百: 10300); a bare digit was taken above as the next place, and
    // one that is not (两万八萬) ends the numeral at 万.
    match opt((opt(zero), section)).parse(r)? {
        (r2, Some((z, lo))) if z.is_some() || lo >= 10 => Ok((r2, hi * 10_000 + lo)),
        _ => Ok((r, hi * 10_000)),
    }
}

/// `cn_integer ::= wan_group [ 亿 [零] [wan_group] ]`.
fn cn_integer(i: In<'_>) -> Res<'_, u128> {
    let (rest, hi) = wan_group(i)?;
    let Ok((r, ())) = big_unit(8)(rest) else {
        return Ok((rest, u128::from(hi)));
    };
    if let Ok((r2, d)) = bare_digit(r) {
        return Ok((r2, u128::from(hi) * 100_000_000 + u128::from(d) * 10_000_000));
    }
    match opt((opt(zero), wan_group)).parse(r)? {
        (r2, Some((z, lo))) if z.is_some() || lo >= 10 => Ok((r2, u128::from(hi) * 100_000_000 + u128::from(lo))),
        _ => Ok((r, u128::from(hi) * 100_000_000)),
    }
}

/// Any Chinese digit including zero.
fn any_cn_digit(i: In<'_>) -> Res<'_, u8> {
    let (r, c) = anychar(i)?;
    cn_digit_value(c).map_or_else(|| fail(i), |d| Ok((r, d)))
}

/// Up to 40 Chinese digits (zero included) opening `s`: their value (`None`
/// past i128), their count and byte length. Read without collecting them.
fn cn_digit_run(s: &str) -> (Option<i128>, usize, usize) {
    let mut m = Some(0i128);
    let (mut count, mut len) = (0, 0);
    for c in s.chars().take(40) {
        let Some(d) = cn_digit_value(c) else { break };
        m = m.and_then(|v| v.checked_mul(10)).and_then(|v| v.checked_add(i128::from(d)));
        count += 1;
        len += c.len_utf8();
    }
    (m, count, len)
}

fn cn_numeral(s: &str) -> Result<Numeral, NumeralError> {
    match lone_cn_digit_char(s) {
        Some((c, d)) => Ok(lone_digit(c, d)),
        None => cn_numeral_general(s),
    }
}

/// A lone digit (一是, 两宗, 三次), the commonest Chinese numeral, from its
/// first two chars alone: a digit other than zero followed by no other
/// digit (so no positional run), no unit and no 点 is read as the digit by
/// every rule of [`cn_numeral_general`]. The digit and its value.
#[inline]
fn lone_cn_digit_char(s: &str) -> Option<(char, u8)> {
    // Every Chinese digit, multiplier and 点 is a three-byte char: the two
    // chars are decoded from their bytes, and any other char ends the test.
    let (c, rest) = three_byte_char(s.as_bytes())?;
    let d = cn_digit_value(c).filter(|&d| d > 0)?;
    let next = three_byte_char(rest).map(|(n, _)| n);
    let digit_follows = next.is_some_and(|n| {
        maybe_numeral(n) && (cn_digit_value(n).is_some() || small_unit_value(n).is_some() || big_unit_exp(n).is_some())
    }) || matches!(next, Some('点' | '點'));
    (!digit_follows).then_some((c, d))
}

/// The three-byte char opening `b` (a str's bytes from a char boundary),
/// decoded from its bytes, and the bytes after it; `None` for any other
/// char.
#[inline(always)]
fn three_byte_char(b: &[u8]) -> Option<(char, &[u8])> {
    match *b {
        [b0 @ 0xE0..=0xEF, b1, b2, ref rest @ ..] => {
            let cp = crate::text::charset::cp3(b0, b1, b2);
            char::from_u32(cp).map(|c| (c, rest))
        }
        _ => None,
    }
}

/// The length of the Chinese digit opening `s` when it is a numeral
/// alone (see [`lone_cn_digit_char`]): [`read_prefix`] reads just it.
/// The reference of the scan's test on the bytes.
#[cfg(test)]
pub(crate) fn lone_cn_digit(s: &str) -> Option<usize> {
    lone_cn_digit_char(s).map(|(c, _)| c.len_utf8())
}

/// The numeral of a lone Chinese digit `c` of value `d`.
fn lone_digit(c: char, d: u8) -> Numeral {
    Numeral {
        value: Decimal::from_int(i64::from(d)),
        len: c.len_utf8(),
        script: Script::Chinese,
        chars: 1,
        int_digits: 0,
        positional: false,
        liang: matches!(c, '两' | '兩'),
    }
}

/// `value` with the decimal digits after `点` (or the Traditional `點`)
/// opening `rest`, if any: `三点五`, `八點五`. The value and the rest.
fn with_fraction(value: Decimal, rest: &str) -> Result<(Decimal, &str), NumeralError> {
    let Ok((r, (_, ds))) = (alt((ch('点'), ch('點'))), nom::multi::many1(any_cn_digit)).parse(rest) else {
        return Ok((value, rest));
    };
    let mut m = value.mantissa();
    for d in &ds {
        m = m.checked_mul(10).and_then(|v| v.checked_add(i128::from(*d))).ok_or(NumeralError::Overflow)?;
    }
    let scale = u32::try_from(ds.len()).map_err(|_| NumeralError::Overflow)?;
    Ok((Decimal::new(m, scale).ok_or(NumeralError::Overflow)?, r))
}

/// [`cn_numeral`] by its rules in order, for any numeral.
fn cn_numeral_general(s: &str) -> Result<Numeral, NumeralError> {
    // Positional digits: 二〇二四 (two or more digits, no units).
    let (m, count, len) = cn_digit_run(s);
    if count >= 2 {
        let next_is_unit =
            s[len..].chars().next().is_some_and(|c| small_unit_value(c).is_some() || big_unit_exp(c).is_some());
        if !next_is_unit {
            let value = m.and_then(|m| Decimal::new(m, 0)).ok_or(NumeralError::Overflow)?;
            return Ok(Numeral {
                value,
                len,
                script: Script::Chinese,
                chars: count,
                int_digits: 0,
                positional: true,
                liang: false,
            });
        }
    }
    // A lone zero, or a fraction below one: 零点六, 〇点二五.
    if let Ok((rest, _)) = zero(s) {
        let (value, rest) = with_fraction(Decimal::ZERO, rest)?;
        let len = s.len() - rest.len();
        return Ok(Numeral {
            value,
            len,
            script: Script::Chinese,
            chars: s[..len].chars().count(),
            int_digits: 0,
            positional: false,
            liang: false,
        });
    }
    // A lone digit (一是, 两宗, 三次), the commonest case, needs no parser:
    // cn_integer reads just the digit when no unit or 点 follows it.
    let mut it = s.chars();
    if let (Some(c), next) = (it.next(), it.next()) {
        let unit_next = next
            .is_some_and(|n| small_unit_value(n).is_some() || big_unit_exp(n).is_some() || matches!(n, '点' | '點'));
        if let Some(d) = cn_digit_value(c).filter(|&d| d > 0 && !unit_next) {
            return Ok(lone_digit(c, d));
        }
    }
    let Ok((rest, int)) = cn_integer(s) else {
        return Err(NumeralError::Invalid);
    };
    let value =
        Decimal::new(i128::try_from(int).map_err(|_| NumeralError::Overflow)?, 0).ok_or(NumeralError::Overflow)?;
    let (value, rest) = with_fraction(value, rest)?;
    let len = s.len() - rest.len();
    let chars = s[..len].chars().count();
    let liang = s.starts_with(['两', '兩']);
    Ok(Numeral { value, len, script: Script::Chinese, chars, int_digits: 0, positional: false, liang })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn the_lone_digit_shortcut_reads_as_the_rules(s in "[一二两兩三〇零十百千万亿点壹伍拾佰是次名5，]{1,5}") {
            prop_assert_eq!(cn_numeral(&s), cn_numeral_general(&s));
        }

        #[test]
        fn mul_pow10_reads_as_in_i128(
            m in prop_oneof![-1_000_000i128..1_000_000, any::<i64>().prop_map(i128::from), (1 - MAX_MANTISSA)..MAX_MANTISSA],
            scale in 0u32..=MAX_SCALE,
            exp in 0u32..40,
        ) {
            if let Some(d) = Decimal::new(m, scale) {
                prop_assert_eq!(d.mul_pow10(exp), mul_pow10_reference(d, exp));
            }
        }
    }
    use super::*;

    /// [`Decimal::mul_pow10`] as first written: in i128 throughout.
    fn mul_pow10_reference(d: Decimal, exp: u32) -> Option<Decimal> {
        let take = exp.min(d.scale());
        let m = d.mantissa().checked_mul(10i128.checked_pow(exp - take)?)?;
        Decimal::new(m, d.scale() - take)
    }

    /// The multipliers after digits as first read: 百 or 千, then 万, then
    /// 亿, each value multiplied in turn. The value, the chars read and the
    /// last power of ten.
    fn multipliers_reference(mut value: Decimal, mut rest: &str) -> Option<(Decimal, usize, u32)> {
        let (mut chars, mut last) = (0, 0);
        let mut it = rest.chars();
        if let Some(c) = it.next() {
            if let Some(exp) = small_unit_value(c) {
                let blocked = matches!(it.next(), Some('米' | '克' | '瓦' | '分' | '伏' | '帕'));
                if !blocked && exp > 1 {
                    value = value.mul_pow10(exp)?;
                    rest = &rest[c.len_utf8()..];
                    chars += 1;
                    last = exp;
                }
            }
        }
        for big in [4u32, 8] {
            if let Some(c) = rest.chars().next().filter(|&c| big_unit_exp(c) == Some(big)) {
                value = value.mul_pow10(big)?;
                rest = &rest[c.len_utf8()..];
                chars += 1;
                last = big;
            }
        }
        Some((value, chars, last))
    }

    proptest! {
        #[test]
        fn multipliers_read_as_one_at_a_time(n in 0u64..100_000, s in "[十百千万亿萬億米分a]{0,4}") {
            let digits = n.to_string();
            let text = format!("{digits}{s}");
            let want = multipliers_reference(Decimal::from_int(n as i64), &s);
            let read = (Decimal::from_int(n as i64), digits.len(), 0, &text[digits.len()..]);
            // Depth 0: no lower part, only the multipliers.
            let got = arabic_multiplied(&text, read, 0).ok().map(|m| (m.value, m.chars - digits.len()));
            prop_assert_eq!(got, want.map(|(v, c, _)| (v, c)));
        }
    }

    #[test]
    fn the_digit_slots_give_what_a_match_gives_for_every_char() {
        let reference = |c: char| -> Option<u8> {
            Some(match c {
                '〇' | '零' => 0,
                '一' | '壹' => 1,
                '二' | '贰' | '貳' | '两' | '兩' => 2,
                '三' | '叁' | '參' => 3,
                '四' | '肆' => 4,
                '五' | '伍' => 5,
                '六' | '陆' | '陸' => 6,
                '七' | '柒' => 7,
                '八' | '捌' => 8,
                '九' | '玖' => 9,
                _ => return None,
            })
        };
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(cn_digit_value(c), reference(c), "{c:?}");
        }
    }

    fn int(s: &str) -> i64 {
        parse(s).unwrap_or_else(|e| panic!("{s} should parse: {e}")).to_i64().expect("integer")
    }

    fn dec(s: &str) -> String {
        parse(s).unwrap_or_else(|e| panic!("{s} should parse: {e}")).to_string()
    }

    #[test]
    fn reads_chinese_sections() {
        assert_eq!(int("一百二十三"), 123);
        assert_eq!(int("两千零五"), 2005);
        assert_eq!(int("十五"), 15);
        assert_eq!(int("十"), 10);
        assert_eq!(int("一百零五"), 105);
        assert_eq!(int("一百一十"), 110);
        assert_eq!(int("三千零二十"), 3020);
        assert_eq!(int("〇"), 0);
        assert_eq!(int("两"), 2);
        assert_eq!(int("一百五"), 150);
        assert_eq!(int("三万五"), 35_000);
    }

    #[test]
    fn reads_big_units() {
        assert_eq!(int("二十万"), 200_000);
        assert_eq!(int("一万五千亿"), 1_500_000_000_000);
        assert_eq!(int("一亿二千万"), 120_000_000);
        assert_eq!(int("三万零五"), 30_005);
        assert_eq!(int("一亿零三百"), 100_000_300);
        assert_eq!(int("兩萬"), 20_000);
        assert_eq!(int("壹佰贰拾"), 120);
        assert_eq!(int("五億"), 500_000_000);
    }

    #[test]
    fn reads_positional_digits() {
        assert_eq!(int("二〇二四"), 2024);
    }

    #[test]
    fn reads_arabic_and_mixed_exactly() {
        assert_eq!(dec("0.9万"), "9000");
        assert_eq!(dec("85.02亿"), "8502000000");
        assert_eq!(dec("1.62万"), "16200");
        assert_eq!(dec("1,234,567"), "1234567");
        assert_eq!(dec("３．５"), "3.5");
        assert_eq!(dec("3千万"), "30000000");
        assert_eq!(dec("1.5万亿"), "1500000000000");
        assert_eq!(dec("11.65"), "11.65");
        assert_eq!(dec("三点五"), "3.5");
    }

    /// `arabic_fast` as first written, each byte after the run tested in
    /// turn: `arabic` written with ASCII digits only, at most 18 of them, with no
    /// thousands comma and no full-width char after a run: the common case,
    /// read in a `u64`. The value, the digits before the point, the scale and
    /// the rest; `None` for any other form, which [`arabic_slow`] reads.
    fn arabic_fast_reference(s: &str) -> Option<(Decimal, usize, u32, &str)> {
        let b = s.as_bytes();
        // The digits read as they are counted, in one pass.
        let mut m = 0u64;
        let mut int_len = 0;
        while let Some(&d) = b.get(int_len).filter(|d| d.is_ascii_digit()) {
            if int_len == 18 {
                // At most 18 digits: below 10^18, no overflow.
                return None;
            }
            m = m * 10 + u64::from(d - b'0');
            int_len += 1;
        }
        if int_len == 0 {
            return None;
        }
        let mut end = int_len;
        let mut frac_len = 0;
        if b.get(end) == Some(&b'.') {
            let frac = b.get(end + 1..)?;
            frac_len = frac.iter().take_while(|c| c.is_ascii_digit()).count();
            if int_len + frac_len > 18 {
                return None;
            }
            for &d in frac.get(..frac_len)? {
                m = m * 10 + u64::from(d - b'0');
            }
            if frac_len > 0 {
                end += 1 + frac_len;
            }
        }
        // A comma or a full-width char (digit or ．) after a run: the slow path.
        if matches!(b.get(end), Some(b',' | 0xEF)) {
            return None;
        }
        // After an ASCII run, `.` then a full-width digit: also the slow path.
        if frac_len == 0 && b.get(end) == Some(&b'.') && b.get(end + 1) == Some(&0xEF) {
            return None;
        }
        let scale = frac_len as u32;
        let value = Decimal::new(i128::from(m), scale)?;
        Some((value, int_len, scale, s.get(end..)?))
    }

    proptest! {
        #[test]
        fn the_inline_read_reads_as_read_prefix(s in "[0-9]{0,20}(\\.[0-9]{0,4})?[,.．１十百千万亿件2三]{0,4}") {
            let got = read_prefix_inline(&s).ok();
            prop_assert_eq!(got.map(|r| r.0), read_prefix(&s));
            if let Some((n, rest)) = got {
                prop_assert_eq!(rest, &s[n.len..]);
            }
        }

        #[test]
        fn the_fast_path_reads_as_it_did_with_a_test_per_byte(
            s in "[0-9]{0,20}(\\.[0-9]{0,20})?[,.．１件万%a]{0,3}[0-9]{0,3}",
        ) {
            prop_assert_eq!(arabic_fast(&s), arabic_fast_reference(&s));
        }

        #[test]
        fn the_fast_path_reads_as_the_general_reader(s in "[0-9]{0,20}(\\.[0-9]{0,20})?[,.．１件万]{0,2}") {
            // The fast path may decline (None) and leave a form to the
            // general reader; what it reads, it must read alike.
            if let Some(fast) = arabic_fast(&s) {
                prop_assert_eq!(Ok(fast), arabic_slow(&s));
            }
            let digits = s.bytes().take_while(u8::is_ascii_digit).count();
            if (1..=18).contains(&digits) && !s[digits..].starts_with([',', '.', '．', '１']) {
                prop_assert!(arabic_fast(&s).is_some(), "an integer of {} digits takes the fast path", digits);
            }
        }

        #[test]
        fn the_byte_test_lets_through_what_the_char_test_does(c: char, tail in "[一件a]?") {
            let s = format!("{c}{tail}");
            prop_assert_eq!(opens_with_numeral_char(&s), s.chars().next().is_some_and(maybe_numeral));
        }
    }

    #[test]
    fn the_byte_test_agrees_for_every_bmp_char() {
        for c in (0u32..=0xFFFF).filter_map(char::from_u32) {
            let s = String::from(c);
            assert_eq!(opens_with_numeral_char(&s), maybe_numeral(c), "{c:?}");
        }
        assert!(!opens_with_numeral_char(""));
    }

    #[test]
    fn fast_arabic_reads_as_the_general_reader() {
        for s in [
            "3084件",
            "0",
            "007",
            "99.1%",
            "1.62万",
            "12.",
            "12.5.6",
            "3.万",
            "1,234",
            "12,34",
            "1.２",
            "１２",
            "12．5",
            "999999999999999999",
            "9999999999999999999",
            "1.00000000000000000",
            "0.000000000000000001",
            "12.50元",
        ] {
            if let Some(fast) = arabic_fast(s) {
                assert_eq!(Ok(fast), arabic_slow(s), "{s} should read alike on both paths");
            }
        }
        assert!(arabic_fast("1,234").is_none(), "a thousands comma takes the general reader");
        assert!(arabic_fast("9999999999999999999").is_none(), "19 digits take the general reader");
    }

    #[test]
    fn thousands_need_three_digits() {
        assert_eq!(parse("1,23"), Err(NumeralError::Trailing { at: 1 }));
        assert_eq!(parse_prefix("12,3456").map(|p| p.1), Some(2));
    }

    #[test]
    fn rejects_garbage_and_overflow() {
        assert_eq!(parse("abc"), Err(NumeralError::Invalid));
        assert_eq!(parse("百姓"), Err(NumeralError::Invalid));
        assert_eq!(parse("十十"), Err(NumeralError::Trailing { at: 3 }));
        assert_eq!(parse(&"9".repeat(40)), Err(NumeralError::Overflow));
        assert!(parse("九千九百九十九万亿").is_ok());
    }

    #[test]
    fn prefix_stops_before_a_second_numeral_word() {
        // 十四五 is a name: the reader stops after 十四.
        assert_eq!(parse_prefix("十四五").map(|p| p.1), Some(6));
        assert_eq!(parse_prefix("3千米").map(|p| p.1), Some(1));
    }

    #[test]
    fn quick_test_admits_every_numeral_char() {
        for c in "〇零一壹二贰貳两兩三叁參四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億0123456789０１２３４５６７８９"
            .chars()
        {
            assert!(is_numeral_char(c), "{c} should be a numeral char");
        }
        assert!(!is_numeral_char('是'), "是 is no numeral char");
    }

    #[test]
    fn may_open_admits_exactly_the_numeral_openers() {
        for cp in 0..0x11_0000u32 {
            let expected = char::from_u32(cp).is_some_and(|c| {
                ascii_digit(c).is_some()
                    || cn_digit_value(c).is_some()
                    || small_unit_value(c).is_some()
                    || big_unit_exp(c).is_some()
            });
            assert_eq!(may_open(cp), expected, "U+{cp:04X}");
        }
    }

    #[test]
    fn decimal_orders_by_value() {
        let a = Decimal::new(15, 1).expect("1.5");
        let b = Decimal::from_int(2);
        assert!(a < b);
        assert_eq!(Decimal::new(150, 2), Some(a));
        assert_eq!(a.to_f64(), 1.5);
    }

    #[test]
    fn the_mantissa_halves_hold_any_mantissa() {
        for m in [
            0i128,
            1,
            -1,
            5,
            -5,
            i128::from(i64::MAX) + 1,
            -(i128::from(u64::MAX)) - 7,
            MAX_MANTISSA - 1,
            1 - MAX_MANTISSA,
        ] {
            let d = Decimal::raw(m, 3);
            assert_eq!((d.mantissa(), d.scale()), (m, 3));
        }
        assert_eq!(Decimal::new(-25, 1).unwrap().abs(), Decimal::new(25, 1).unwrap());
        assert_eq!(format!("{:?}", Decimal::new(13590, 1).unwrap()), "Decimal { mantissa: 1359, scale: 0 }");
        assert_eq!(format!("{:?}", Decimal::new(-1162, 2).unwrap()), "Decimal { mantissa: -1162, scale: 2 }");
        assert_eq!(std::mem::size_of::<Decimal>(), 24);
    }

    #[cfg(feature = "serde")]
    #[test]
    fn serializes_integers_as_integers() {
        assert_eq!(serde_json::to_string(&Decimal::from_int(9000)).unwrap(), "9000");
        assert_eq!(serde_json::to_string(&Decimal::new(9951, 2).unwrap()).unwrap(), "99.51");
    }
}
