//! The figure reader: from the place a number starts, the number with its
//! multipliers, range, unit and qualifiers written after it (a [`Core`]),
//! or where scanning may go on when there is no figure.

use super::types::Qualifier;
use super::unit::{self, Class, Reading};
use super::{cjk_bit, guard, label, mark, pair_filter, pair_may, qualifier, Qualifiers};
use crate::numeral::{self, Decimal, Numeral};
use nom::combinator::opt;
use nom::Parser;

/// A figure read at one place: everything but the label and the change.
pub(super) struct Core {
    /// Start of the number (after any pre-qualifier).
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) value: Decimal,
    pub(super) upper: Option<Decimal>,
    pub(super) unit: Reading,
    pub(super) qualifiers: Qualifiers,
}

/// `s` without the white space opening it, as PDF text puts between a
/// number and its unit (`18 次`, `复议 351` / `件`): at most four spaces
/// and one line break.
#[inline(always)]
pub(super) fn skip_space(s: &str) -> &str {
    // Most numbers are followed by no space: one byte test, inline.
    if opens_with_space(s) {
        skip_space_run(s)
    } else {
        s
    }
}

/// Whether `s` opens with a char [`skip_space`] skips: ' ', tab, a line
/// break, U+3000 (E3 80 80) or U+00A0 (C2 A0).
#[inline(always)]
fn opens_with_space(s: &str) -> bool {
    match *s.as_bytes() {
        // Ideographs (E4…E9) and most other chars: one lookup.
        [b0, ..] if !MAY_OPEN_SPACE[usize::from(b0)] => false,
        [b' ' | b'\t' | b'\n' | b'\r', ..] | [0xE3, 0x80, 0x80, ..] | [0xC2, 0xA0, ..] => true,
        _ => false,
    }
}

/// The first bytes of the chars [`opens_with_space`] looks for: ' ', tab,
/// the line breaks, E3 (U+3000) and C2 (U+00A0).
static MAY_OPEN_SPACE: [bool; 256] = {
    let mut t = [false; 256];
    t[b' ' as usize] = true;
    t[b'\t' as usize] = true;
    t[b'\n' as usize] = true;
    t[b'\r' as usize] = true;
    t[0xE3] = true;
    t[0xC2] = true;
    t
};

/// [`skip_space`] past its first test.
#[inline(never)]
fn skip_space_run(s: &str) -> &str {
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
/// `6540 多亿元` keeps its 多 for the tail): the multiplier read into `n`,
/// and the text after it. `n` is changed in place, not moved: most
/// numbers have no space after them, and pass with one byte test.
#[inline(always)]
pub(super) fn spaced_multiplier<'a>(n: &mut Numeral, after: &'a str) -> &'a str {
    if n.script != numeral::Script::Arabic || !opens_with_space(after) {
        return after;
    }
    spaced_multiplier_read(n, after)
}

/// [`spaced_multiplier`] after digits and white space.
#[inline(never)]
fn spaced_multiplier_read<'a>(n: &mut Numeral, after: &'a str) -> &'a str {
    let rest = skip_space(after);
    if n.script != numeral::Script::Arabic || rest.len() == after.len() {
        return after;
    }
    if qualifier::after_number(rest).is_ok() {
        return rest;
    }
    let mut m = *n;
    let mut r = rest;
    for (w, exp) in [("万", 4), ("萬", 4), ("亿", 8), ("億", 8)] {
        if let Some(r2) = r.strip_prefix(w) {
            match m.value.mul_pow10(exp) {
                Some(v) => m.value = v,
                None => return after,
            }
            r = r2;
        }
    }
    if r.len() == rest.len() {
        return after;
    }
    m.len += after.len() - r.len();
    m.script = numeral::Script::Mixed;
    *n = m;
    r
}

/// `figure` after the numeral: `[余|多 [multiplier]] [' '] unit`.
/// Returns the text after what it read, the value, the unit and the
/// qualifier read, if any. Inlined, so that its results stay in registers.
#[inline(always)]
pub(super) fn figure_tail<'a>(rest: &'a str, n: &Numeral) -> (&'a str, Decimal, Option<Reading>, Option<Qualifier>) {
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
/// char that may open a unit, or 至 or 到. False only where [`figure_tail`] would find
/// no unit and [`range_sep`] no separator.
#[inline(always)]
pub(super) fn may_have_tail(rest: &str) -> bool {
    // An ideograph of the CJK block, the common case, by its bytes: one
    // bit test, inline where each numeral is read, and no test of the
    // lead byte (the lookup is past the map for any other byte).
    if let [b0, b1, b2, ..] = *rest.as_bytes() {
        if let Some(bit) = cjk_bit(&TAIL_OPENERS, b0, b1, b2) {
            return bit;
        }
    }
    may_have_tail_past_cjk(rest)
}

/// [`may_have_tail`] for a text that opens with no ideograph of the CJK
/// block: out of line, one copy for the scan's lone-digit test and the
/// figure reader.
#[inline(never)]
fn may_have_tail_past_cjk(rest: &str) -> bool {
    match *rest.as_bytes() {
        // The other ideographs (U+4000…U+4DFF) open none.
        [0xE4..=0xE9, _, _, ..] => false,
        // `%` after digits, a unit; the marks that most often follow a
        // number otherwise open none: `.` `)`, `，` `）` (EF BC 8C, 89),
        // `、` (E3 80 81), `”` (E2 80 9D).
        [b'%', ..] => true,
        [b'.' | b')', ..] | [0xEF, 0xBC, 0x8C | 0x89, ..] | [0xE3, 0x80, 0x81, ..] | [0xE2, 0x80, 0x9D, ..] => false,
        _ => may_have_tail_by_chars(rest),
    }
}

/// The ideographs [`may_have_tail`] goes on at: 余, 餘, 多, 至, 到 and the
/// first chars of units, as a bitmap over the CJK block.
pub(super) static TAIL_OPENERS: [u64; 328] = {
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
pub(super) fn may_have_tail_by_chars(rest: &str) -> bool {
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
    // After a space, 至 and 到 too: PDF text spaces ranges (`3 至 5 天`).
    unit::may_start_unit(c) || matches!(c, '余' | '餘' | '多' | '万' | '萬' | '亿' | '億' | '至' | '到')
}

#[inline(always)]
pub(super) fn range_sep(s: &str) -> Option<&str> {
    // Most figures are followed by an ideograph, `，` or `、`: one lookup on
    // the first and third bytes says that none opens a separator (`，`, EF
    // BC 8C, shares its first two bytes with `－`, EF BC 8D, but not its
    // third), and the reading itself is made out of line, one copy for
    // the two places a figure's reader asks.
    if let [b0, _, b2, ..] = *s.as_bytes() {
        if !pair_may(&RANGE_SEP_BYTES, b0, b2) {
            return None;
        }
    }
    range_sep_read(s)
}

/// The first and third bytes of the range separators (see [`range_sep`]):
/// `-` and `~` (before anything), — – (E2 _ 94, 93), 到 (E5 _ B0), 至 (E8
/// _ B3), － (EF _ 8D), ～ (EF _ 9E), and a space before 到 or 至 (E5 88,
/// E8 87).
static RANGE_SEP_BYTES: [u64; 256] = pair_filter(&[
    (b'-', None),
    (b'~', None),
    (0xE2, Some(0x94)),
    (0xE2, Some(0x93)),
    (0xE5, Some(0xB0)),
    (0xE8, Some(0xB3)),
    (0xEF, Some(0x8D)),
    (0xEF, Some(0x9E)),
    (b' ', Some(0x88)),
    (b' ', Some(0x87)),
]);

/// [`range_sep`] past its first test: the separator's length by its
/// bytes, the longest first.
#[inline(never)]
fn range_sep_read(s: &str) -> Option<&str> {
    // —— (E2 80 94 twice), - ~, － (EF BC 8D), ～ (EF BD 9E), — (E2 80 94),
    // – (E2 80 93), 至 (E8 87 B3), 到 (E5 88 B0); PDF text spaces the
    // digits off the words: `3 至 5 天`.
    let len = match *s.as_bytes() {
        [0xE2, 0x80, 0x94, 0xE2, 0x80, 0x94, ..] => 6,
        [b'-' | b'~', ..] => 1,
        [0xEF, 0xBC, 0x8D, ..]
        | [0xEF, 0xBD, 0x9E, ..]
        | [0xE2, 0x80, 0x94 | 0x93, ..]
        | [0xE8, 0x87, 0xB3, ..]
        | [0xE5, 0x88, 0xB0, ..] => 3,
        [b' ', 0xE5, 0x88, 0xB0, ..] | [b' ', 0xE8, 0x87, 0xB3, ..] => 4,
        _ => return None,
    };
    s.get(len..)
}

/// Read the figure starting at `start`. `Err(end)` when there is none, with
/// the byte where scanning may go on. Inlined into the scan's loop, where
/// most figures are read.
#[inline(always)]
pub(super) fn read_core(text: &str, start: usize) -> Result<Core, usize> {
    read_core_with(text, start, true)
}

/// [`read_core`], with or without the early end for a year (`2024年`),
/// which the tests compare.
#[inline(always)]
fn read_core_with(text: &str, start: usize, year_early: bool) -> Result<Core, usize> {
    let s = &text[start..];
    let Ok((n, after_num)) = numeral::read_prefix_inline(s) else {
        // Out of range (a run of a thousand digits): skip the whole run, so
        // that scanning stays linear.
        return Err(start + numeral_run(s).max(1));
    };
    let mut n = n;
    let after_num = spaced_multiplier(&mut n, after_num);
    let num_end = start + n.len;
    // 分 (E5 88 86), 几 (E5 87 A0) and 年 (E5 B9 B4) share their first
    // byte: most numbers are followed by none, and one test passes them over.
    if after_num.as_bytes().first() == Some(&0xE5) {
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
        // 2024年, 2023年以来: digits of a year and 年 (E5 B9 B4) make no
        // figure, whatever follows, unless a range does (`2020年至5年`,
        // read below): 年 is a unit of years, which rejects_quantity turns
        // down at 1000 and up, or glues to the next char (年度), and then
        // there is no unit. Ended here, with no unit lookup; the scan goes
        // on after 年 rather than where the reading would have stopped,
        // which is the same (neither 年 nor a qualifier after it is a
        // place a figure may start).
        // 年 is tested first: many units open with byte E5, and the value
        // compare is not free.
        if let Some(r) = after_num.strip_prefix('年').filter(|_| year_early) {
            let year = n.int_digits >= 4 || n.value >= Decimal::from_int(1000);
            if n.script == numeral::Script::Arabic && year && range_sep(r).is_none() {
                return Err(num_end + '年'.len_utf8());
            }
        }
    }
    if no_figure_at(text, start, &n, after_num) {
        return Err(num_end);
    }
    let (rest, value, unit, q) = figure_tail(after_num, &n);
    // Most figures are no range: their parts stay apart (in registers), and
    // a `Tail` is built only for a range.
    let (mut rest, mut value, unit, upper, mut qualifiers) = match range_sep(rest) {
        None => (rest, value, unit, None, q.into_iter().collect::<Qualifiers>()),
        Some(r) => {
            let t = read_range_from(
                text,
                &n,
                Tail { rest, value, unit, upper: None, qualifiers: Qualifiers::new() },
                q,
                r,
            )?;
            (t.rest, t.value, t.unit, t.upper, t.qualifiers)
        }
    };
    let at = |rest: &str| text.len() - rest.len();
    let Some(unit) = unit else {
        // 惠及76万群众, 300余万群众: a 万 or 亿 with the noun counted.
        if upper.is_none() {
            if let Some(core) = bare_noun_figure(text, start, &n, after_num) {
                return Ok(core);
            }
        }
        return Err(at(rest));
    };
    // 叁元伍角, 壹拾贰万元整: only a numeral or 整 after 元 goes on.
    if upper.is_none() && is_yuan(unit.written) && (numeral::opens_with_numeral_char(rest) || rest.starts_with('整')) {
        (value, rest) = small_money(value, rest);
    }
    if let Ok((r, q)) = qualifier::after_unit(rest) {
        qualifiers.push(q);
        rest = r;
    }
    if guard::rejects_quantity(&n, unit, rest) {
        return Err(at(rest));
    }
    let mut core = Core { start, end: at(rest), value, upper, unit, qualifiers };
    if let Some((start, value)) = signed(text, start, value, upper, unit.class) {
        core.start = start;
        core.value = value;
    }
    Ok(core)
}

/// Whether a unit as written is 元 (E5 85 83) or 圆 (E5 9C 86), by its bytes.
#[inline(always)]
fn is_yuan(written: &str) -> bool {
    matches!(*written.as_bytes(), [0xE5, 0x85, 0x83] | [0xE5, 0x9C, 0x86])
}

/// A figure as read so far: the text after it, its value and unit (if
/// any), the high end of a range and the qualifiers.
struct Tail<'a> {
    rest: &'a str,
    value: Decimal,
    unit: Option<Reading>,
    upper: Option<Decimal>,
    qualifiers: Qualifiers,
}

/// Whether the numeral `n` at `start`, followed by `after`, can make no
/// figure whatever follows: nothing after it could (一是, 二十大), or a
/// guard says it names or orders something.
#[inline(always)]
fn no_figure_at(text: &str, start: usize, n: &Numeral, after: &str) -> bool {
    if !may_have_tail(after) && !ends_with_multiplier(&text[start..start + n.len]) {
        return true;
    }
    if guard::rejects_number(text, start, n) {
        return true;
    }
    n.script == numeral::Script::Chinese && no_chinese_figure_at(text, start, n)
}

/// [`no_figure_at`] for a Chinese numeral past the guards: one after
/// another numeral char, or the second half of a paired set phrase.
#[inline(never)]
fn no_chinese_figure_at(text: &str, start: usize, n: &Numeral) -> bool {
    if guard::prev_char(text, start).is_some_and(|c| numeral::is_numeral_char(c) && !is_financial(c)) {
        return true;
    }
    // 三天两头, 五湖四海: a one-char numeral after another and a char is
    // the second half of a paired set phrase.
    let is_cn_digit =
        |c: char| matches!(c, '〇' | '零' | '一' | '二' | '两' | '三' | '四' | '五' | '六' | '七' | '八' | '九');
    n.chars == 1
        && guard::prev_char(text, start).is_some_and(|c| c.len_utf8() == 3)
        && guard::prev_char(text, start - 3).is_some_and(is_cn_digit)
        && guard::prev_char(text, start - 6).is_none_or(|c| !numeral::is_numeral_char(c))
}

/// A range after the first figure `n` of `tail`, `r` the text after the
/// separator ([`range_sep`]): the second figure may carry the unit (and
/// the multiplier) for both. `Err` where scanning goes on when the range
/// makes no figure.
#[cold]
#[inline(never)]
fn read_range_from<'a>(
    text: &str,
    n: &Numeral,
    mut tail: Tail<'a>,
    q: Option<Qualifier>,
    r: &'a str,
) -> Result<Tail<'a>, usize> {
    // The first figure's qualifier, gathered here rather than where the
    // range is found, so that the scan's lines hold no code for it.
    if let Some(q) = q {
        tail.qualifiers.push(q);
    }
    let at = |rest: &str| text.len() - rest.len();
    // PDF text spaces the digits off the words: `20%至 25%`.
    let r = match r.strip_prefix(' ') {
        Some(spaced) if spaced.starts_with(|c: char| c.is_ascii_digit()) => spaced,
        _ => r,
    };
    let digit_kind_matches = r.chars().next().is_some_and(|c| {
        if n.script == numeral::Script::Chinese {
            numeral::starts_numeral(c) && !c.is_ascii_digit()
        } else {
            c.is_ascii_digit() || ('０'..='９').contains(&c)
        }
    });
    let Some(n2) = numeral::read_prefix(r).filter(|_| digit_kind_matches) else {
        return Ok(tail);
    };
    let (rest2, v2, unit2, q2) = figure_tail(r.get(n2.len..).unwrap_or(""), &n2);
    let consistent = match (tail.unit, unit2) {
        (Some(u1), Some(u2)) => u1.base == u2.base,
        (None, Some(_)) => true,
        _ => false,
    };
    if !consistent || guard::rejects_number(text, at(r), &n2) {
        return if tail.unit.is_none() { Err(at(r) + n2.len) } else { Ok(tail) };
    }
    if let (None, Some(u2)) = (tail.unit, unit2) {
        // 2至4万元, 八十到九十万元: a multiplier written once, at the end,
        // is shared when the low end is below the high end's figure.
        let shared = shared_multiplier(n, &r[..n2.len], n2.value);
        tail.value = tail.value.mul_pow10(u2.exp + shared).ok_or(at(rest2))?;
        tail.unit = unit2;
    }
    if n2.value >= Decimal::from_int(1000) && tail.unit.is_some_and(|u| u.base == "年") {
        return Err(at(rest2));
    }
    tail.upper = Some(v2);
    if let Some(q2) = q2 {
        tail.qualifiers.push(q2);
    }
    tail.rest = rest2;
    Ok(tail)
}

/// The power of ten that the high end `high` (written `written`) of a
/// range multiplies its low end `low` by: that of the 万, 亿 (and, after
/// digits, 千 or 百) closing it, when the low end has none of its own and
/// is no more than the digits before them (`2至4万`: 2 ≤ 4; `5000至1万`
/// stays 5000).
pub(super) fn shared_multiplier(low: &Numeral, written: &str, high: Decimal) -> u32 {
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
pub(super) fn ends_with_multiplier(written: &str) -> bool {
    written.ends_with(['万', '萬', '亿', '億'])
}

/// `figure ::= numeral-with-万-or-亿 [ 余 | 多 ] noun | numeral (余|多) multiplier noun`:
/// a large figure followed by the noun it counts with no measure word
/// (`惠及76万群众`, `300余万群众`, `五十多万人口`), counted in 个.
pub(super) fn bare_noun_figure(text: &str, start: usize, n: &Numeral, after_num: &str) -> Option<Core> {
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

/// The sign written before the figure at `start` with `value` (and
/// `upper`), if any: `负3.5%`, `-2.1%`, `−0.6个百分点` are negative, and
/// the figure then starts at the sign, with the value negated. A hyphen
/// or minus after a digit, a letter or a numeral joins two figures
/// (`2-3`, `2024-03`) and is no sign.
#[inline(always)]
pub(super) fn signed(
    text: &str,
    start: usize,
    value: Decimal,
    upper: Option<Decimal>,
    class: Class,
) -> Option<(usize, Decimal)> {
    // 负 (E8 B4 9F), - (2D), − (E2 88 92) or － (EF BC 8D) right before,
    // by their bytes: most figures have none of them, and make no call.
    match text.as_bytes().get(..start) {
        Some([.., 0xE8, 0xB4, 0x9F] | [.., 0x2D] | [.., 0xE2, 0x88, 0x92] | [.., 0xEF, 0xBC, 0x8D]) => {
            signed_read(text, start, value, upper, class)
        }
        _ => None,
    }
}

/// [`signed`] past its byte test.
#[inline(never)]
fn signed_read(
    text: &str,
    start: usize,
    value: Decimal,
    upper: Option<Decimal>,
    class: Class,
) -> Option<(usize, Decimal)> {
    let sign = guard::prev_char(text, start)?;
    if !matches!(sign, '负' | '-' | '−' | '－') {
        return None;
    }
    let at = start - sign.len_utf8();
    let joins = guard::prev_char(text, at)
        .is_some_and(|p| p.is_ascii_alphanumeric() || numeral::is_numeral_char(p) || matches!(p, '-' | '－' | '.'));
    // 负 also closes words (胜负, 抱负): a sign only before a rate, an
    // amount or a measure written in digits.
    let word = sign == '负'
        && (!text[start..].starts_with(|c: char| c.is_ascii_digit() || c == '百')
            || !matches!(class, Class::Percent | Class::Money | Class::Measure));
    if joins || word {
        return None;
    }
    // A range after a sign (-2~3) is left unsigned: which ends it covers
    // is not written.
    match (Decimal::ZERO.checked_sub(value), upper) {
        (Some(value), None) => Some((at, value)),
        _ => None,
    }
}

/// An amount in 元 with the 角 and 分 after it and the closing 整 of
/// written amounts (`叁元伍角`, `3元5角2分`, `壹拾贰万元整`): the value
/// with them added, and the text after them.
pub(super) fn small_money(value: Decimal, rest: &str) -> (Decimal, &str) {
    let mut v = value;
    let mut r = rest;
    // No numeral after the 元 (the common case): no 角 or 分 to read.
    if !r.chars().next().is_some_and(numeral::starts_numeral) {
        return (v, r.strip_prefix('整').unwrap_or(r));
    }
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
pub(super) fn numeral_run(s: &str) -> usize {
    s.char_indices()
        .find(|&(_, c)| !(numeral::is_numeral_char(c) || matches!(c, ',' | '.' | '．')))
        .map_or(s.len(), |(i, _)| i)
}

/// Financial forms of the digits (壹贰叁 …), also common in words (队伍, 参加).
pub(super) fn is_financial(c: char) -> bool {
    matches!(c, '壹' | '贰' | '貳' | '叁' | '參' | '肆' | '伍' | '陆' | '陸' | '柒' | '捌' | '玖' | '拾' | '佰' | '仟')
}

/// A financial digit not followed by another numeral char is a word's
/// char (`队伍`, `落伍`), not a number.
pub(super) fn lone_financial(c: char, rest: &str) -> bool {
    is_financial(c)
        && !rest.chars().next().is_some_and(|n| numeral::is_numeral_char(n) || matches!(n, '元' | '圆' | '角'))
}

/// `round ::= ('百' | '千' | '万') ('余' | '多') unit | pre_qualifier ('百' | '千' | '万') unit`:
/// a round number with its 一 left out, `百余场`, `近千人`, `万余人次`.
pub(super) fn read_round(text: &str, start: usize, c: char) -> Option<Core> {
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
pub(super) fn read_vague(text: &str, start: usize, c: char) -> Option<Core> {
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
pub(super) fn vague_tail(
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
pub(super) fn read_per_cent(text: &str, start: usize, c: char) -> Option<Core> {
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
pub(super) fn read_fraction(text: &str, start: usize, den: &Numeral, rest: &str) -> Option<Core> {
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

/// Whether the char `c`, followed by `after`, opens a numeral that
/// [`read_core`] reads: a digit or 十, but not a financial digit alone
/// (`队伍`).
#[inline(always)]
pub(super) fn opens_numeral(c: char, after: &str) -> bool {
    numeral::starts_numeral(c) && !lone_financial(c, after)
}

/// The figure at `start`, where 十 opens a numeral after a char that may
/// make a vague figure of it (`数十`, `几十`, `上十`): the numeral's
/// figure, or where it makes none, the vague one. Rare: out of line.
#[cold]
#[inline(never)]
pub(super) fn read_ten(text: &str, start: usize) -> Result<Core, usize> {
    match read_core(text, start) {
        Err(next) => read_vague(text, start, '十').ok_or(next),
        read => read,
    }
}

/// The figure at byte `i` opening with the place char `c` (百千万, no
/// numeral before it): `百分之八十`, `百余场`, `数万`. `Some(Err(next))`
/// with where the scan goes on when 分之 follows and no share is read,
/// `None` when none opens here. Out of line: most of them open none.
#[cold]
#[inline(never)]
pub(super) fn read_placed(text: &str, i: usize, c: char) -> Option<Result<Core, usize>> {
    let after = &text[i + c.len_utf8()..];
    if matches!(c, '百' | '千' | '万') && after.starts_with("分之") {
        return Some(read_per_cent(text, i, c).ok_or(i + c.len_utf8()));
    }
    read_round(text, i, c).or_else(|| read_vague(text, i, c)).map(Ok)
}

/// The figure at byte `i` (a char other than an ASCII digit): `Some(Ok)`
/// with it, `Some(Err(next))` when a number is there but no figure,
/// `None` when the char opens nothing. The scan's steps as first
/// written, which the tests compare with it.
#[cfg(test)]
pub(super) fn read_at(text: &str, i: usize) -> Option<Result<Core, usize>> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn a_year_ended_early_makes_no_figure_and_the_scan_goes_on_alike(
            head in "[在于年是 a（]{0,2}",
            digits in "[0-9]{1,6}(\\.[0-9])?",
            tail in "(年|度|至|到|-|—|～| |以上|以来|底|内|5|3年|万|元|个|，|。|、|分|第)*",
        ) {
            let text = format!("{head}{digits}年{tail}");
            let start = head.len();
            let early = read_core_with(&text, start, true);
            let general = read_core_with(&text, start, false);
            match (early, general) {
                (Ok(a), Ok(b)) => prop_assert_eq!((a.start, a.end, a.value, a.unit.written), (b.start, b.end, b.value, b.unit.written)),
                (Err(a), Err(b)) => {
                    // The scan goes on from the next candidate after either.
                    let on = |next: usize| {
                        let mut i = next.max(start + 1);
                        while i < text.len() && !text.is_char_boundary(i) {
                            i += 1;
                        }
                        super::super::scan::next_candidate(text.as_bytes(), i)
                    };
                    prop_assert_eq!(on(a), on(b), "{}", text);
                }
                (a, b) => prop_assert!(false, "{text}: {:?} vs {:?}", a.is_ok(), b.is_ok()),
            }
        }

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
                // PDF text: one space before 至 or 到.
                let spaced = format!(" {s}");
                let want = range_sep_reference(&s).filter(|_| s.starts_with(['至', '到'])).and_then(|_| s.get(3..));
                assert_eq!(range_sep(&spaced), want, "{spaced:?}");
            }
        }
    }
}
