//! Guards: numbers that name or date something rather than measure it.
//!
//! ```text
//! not_quantity ::= '第' number …                      -- ordinal: 第四次, 第23条
//!                | '届' number …                      -- session: 十三届七次全会
//!                | number ('年'|'年度') where number ≥ 1000 -- years, 2021—2025年, (20212025年)
//!                | digits (':'|'：') digits            -- times: 16:58, 上午8:00
//!                | number '.' digit                    -- dates and versions: 2024.3.5
//!                | letter number | number letter       -- codes, placeholders: 20xx, x01x, ODR2
//!                | number '+' | '+' number             -- formula names: 2+3+N, 1+15+N
//!                | '“' … number … '”'  (short)          -- quoted names: “30分钟”服务圈
//!                | cn_single classifier               -- set phrases: 三项制度, 四个意识, 两委
//!                | '一' unit                           -- articles: 一支队伍, 一次告知
//!                | '二' unit                           -- words: 二次供水 (counts say 两次)
//!                | cn_single unit cn_numeral           -- paired set phrases: 五位一体, 三天两头
//!                | ('数'|'几'|'若'|'上') cn_numeral      -- vague: read as such by read_vague, not here
//!                | ('近'|'连续'|'过去' …) number '年'     -- time frames: 近3年, 连续2年, 过去6个月
//!                | '前' number ('名'|'位')               -- ranks: 前3名
//! ```
//! A Chinese numeral written with a single char counts only with a measure
//! word for events or people (`两宗`, `三次洪涝灾害`, `两期`); set phrases
//! use classifiers (个, 项, 条, 大, 年 …) and are names, not counts.

use super::unit::{Class, Reading, Unit};
use crate::numeral::{Numeral, Script};

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// The char before byte `at` of `text`.
#[inline]
pub(crate) fn prev_char(text: &str, at: usize) -> Option<char> {
    // By bytes for ASCII and three-byte chars, the common ones.
    match *text.as_bytes().get(..at)? {
        [.., b] if b < 0x80 => Some(char::from(b)),
        [.., b0 @ 0xE0..=0xEF, b1, b2] => char::from_u32(crate::text::charset::cp3(b0, b1, b2)),
        _ => text.get(..at).and_then(|s| s.chars().next_back()),
    }
}

/// The char at byte `at` of `text`.
#[inline]
fn char_at(text: &str, at: usize) -> Option<char> {
    match *text.as_bytes().get(at..)? {
        [b, ..] if b < 0x80 => Some(char::from(b)),
        [b0 @ 0xE0..=0xEF, b1, b2, ..] => char::from_u32(crate::text::charset::cp3(b0, b1, b2)),
        _ => text.get(at..).and_then(|s| s.chars().next()),
    }
}

/// Why the number starting at `start` (already read as `n`) cannot be a
/// quantity whatever follows it: an ordinal, a code, a time. Inline for the
/// shortcut most numbers take.
#[inline(always)]
pub(crate) fn rejects_number(text: &str, start: usize, n: &Numeral) -> bool {
    // The common case, by bytes: an ideograph (lead byte E4…E9) before and
    // an ideograph or `%` after, away from the start of the text. Of the
    // rules below, only 第 or 届 before, and for Chinese numerals 数几若上
    // before and a numeral after, can reject such a number; the other chars
    // they look for are other ASCII chars or full-width forms (lead byte EF).
    let b = text.as_bytes();
    // The lead bytes before and after by one lookup each and one branch.
    if let (false, true, Some(&[.., p0, p1, p2]), Some(&[a0, ..])) =
        (n.positional, start > 16, b.get(..start), b.get(start + n.len..))
    {
        if AROUND[usize::from(p0)] & (AROUND[usize::from(a0)] >> 1) == 0 {
            return rejects_number_by_rules(text, start, n);
        }
        let prev = [p0, p1, p2];
        let clear = if n.script == Script::Chinese {
            chinese_clear(text, start + n.len, prev)
        } else {
            prev != [0xE7, 0xAC, 0xAC] && prev != [0xE5, 0xB1, 0x8A]
        };
        if clear {
            return false;
        }
    }
    rejects_number_by_rules(text, start, n)
}

/// For [`rejects_number`]'s shortcut: bit 0 for the bytes that may come
/// before the number (the lead bytes of ideographs, E4…E9), bit 1 for
/// those that may come after it (the same and `%`).
static AROUND: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0xE4;
    while b <= 0xE9 {
        t[b] = 0b11;
        b += 1;
    }
    t[b'%' as usize] = 0b10;
    t
};

/// The shortcut of [`rejects_number`] for a Chinese numeral ending at
/// `end`, after the three-byte char `prev`: neither 第 数 几 若 上 届
/// before nor a numeral after.
fn chinese_clear(text: &str, end: usize, prev: [u8; 3]) -> bool {
    !matches!(
        prev,
        [0xE7, 0xAC, 0xAC]
            | [0xE6, 0x95, 0xB0]
            | [0xE5, 0x87, 0xA0]
            | [0xE8, 0x8B, 0xA5]
            | [0xE4, 0xB8, 0x8A]
            | [0xE5, 0xB1, 0x8A]
    ) && !char_at(text, end).is_some_and(crate::numeral::starts_numeral)
}

/// [`rejects_number`] by its rules, for any number. Never inline, so that
/// the shortcut stays small where it is.
#[inline(never)]
fn rejects_number_by_rules(text: &str, start: usize, n: &Numeral) -> bool {
    if n.positional {
        return true;
    }
    match prev_char(text, start) {
        // 第四次; 十三届七次全会: the plenum of a session.
        Some('第' | '届') => return true,
        // 数十次, 几百人, 上千家: a vague count, no figure.
        // 成 is no such word: 建成两个, 完成三项 are counts.
        Some('数' | '几' | '若' | '上') if n.script == Script::Chinese => return true,
        Some(c) if c.is_ascii_alphabetic() || matches!(c, '+' | '＋' | '*' | '＊' | '×' | '#' | '/' | '_' | '@') => {
            return true
        }
        Some(c @ ('.' | '．' | ':' | '：')) if prev_char(text, start - c.len_utf8()).is_some_and(is_digit) => {
            return true;
        }
        _ => {}
    }
    let after = start + n.len;
    let next = char_at(text, after);
    match next {
        Some(c) if c.is_ascii_alphabetic() || matches!(c, '+' | '＋' | '*' | '/' | '_' | '@') => return true,
        Some(c @ (':' | '：' | '.' | '．')) if char_at(text, after + c.len_utf8()).is_some_and(is_digit) => {
            return true
        }
        // 十四五, 3五: a numeral glued to another is a name.
        Some(c) if n.script == Script::Chinese && crate::numeral::starts_numeral(c) => return true,
        _ => {}
    }
    // A heading marker at the start of the text: 1. 一、 （1）
    // Only a few bytes can come before a marker, so the check stays O(1).
    let at_start = start <= 16 && text[..start].trim_start_matches([' ', '\u{3000}', '\t', '(', '（']).is_empty();
    if at_start && matches!(next, Some('、' | '.' | '．' | ')' | '）')) {
        return true;
    }
    false
}

/// Whether a number with its unit is a name or a date rather than a count.
#[inline(always)]
pub(crate) fn rejects_quantity(n: &Numeral, unit: Reading, after: &str) -> bool {
    if unit.base == Unit::YEAR && (n.int_digits >= 4 || n.value >= crate::numeral::Decimal::from_int(1000)) {
        return true;
    }
    // Units that are also common words or ordinals count only where the
    // form says so: 方 (earth), 度 (electricity) and 通 (calls) after
    // digits (一方面, 一度, 两度, 三通一平, 四通八达 are words); 届 at the end of a clause (连续举办五届。, not
    // 十四届人大); 对 not before a figure (1对1帮扶).
    // The five are one char each, closing with byte B9, A6, 9A or 8A (方
    // E6 96 B9, 度 E5 BA A6, 通 E9 80 9A, 届 E5 B1 8A, 对 E5 AF B9): most
    // units close with none, and are passed with one test, not five compares.
    let may_be_word_unit = matches!(*unit.written.as_bytes(), [_, _, 0xB9 | 0xA6 | 0x9A | 0x8A]);
    match unit.written {
        _ if !may_be_word_unit => {}
        "方" | "度" | "通" if n.script == Script::Chinese => return true,
        "届" if after.starts_with(|c: char| ('\u{4e00}'..='\u{9fff}').contains(&c) && c != '的') => return true,
        "对" if after.starts_with(|c: char| crate::numeral::starts_numeral(c)) => return true,
        _ => {}
    }
    // Most figures are in Arabic digits, which the other rules leave alone.
    n.script == Script::Chinese && rejects_chinese_quantity(n, unit, after)
}

/// [`rejects_quantity`] for a Chinese numeral, past the test for years.
fn rejects_chinese_quantity(n: &Numeral, unit: Reading, after: &str) -> bool {
    // 一支队伍, 一次告知: 一 is an article; 一成, 一倍 and 一吨 are figures.
    let one = n.value == crate::numeral::Decimal::from_int(1);
    if one && !matches!(unit.class, Class::Percent | Class::Times | Class::Measure) {
        return true;
    }
    let single = n.chars == 1;
    // 五位一体, 三天两头: numerals paired in a set phrase.
    if single && after.chars().next().is_some_and(crate::numeral::starts_numeral) {
        return true;
    }
    // Counts say 两次, 两期; 二次供水, 二级 are words.
    if single && n.value == crate::numeral::Decimal::from_int(2) && !n_is_liang(n) {
        return true;
    }
    if single {
        let counts =
            matches!(unit.class, Class::Verbal | Class::Person | Class::Money | Class::Percent | Class::Measure)
                || (unit.class == Class::Duration && unit.written != "年" && unit.written != "周")
                || (unit.class == Class::Noun && counts_things(after));
        if !counts {
            return true;
        }
    }
    false
}

/// Whether what follows a one-char numeral and a classifier (`两个`,
/// `三项`) says it counts things rather than names a set phrase: nothing
/// (punctuation, the end: `完成三项。`), a particle, or a noun phrase of
/// three chars or more (`两个示范村`). A two-char noun after it is the
/// shape of set phrases (`三项制度`, `四个意识`, `两个维护`).
fn counts_things(after: &str) -> bool {
    let phrase = super::label::noun_phrase_len(after);
    phrase == 0 || (phrase >= 3 && !SET_HEADS.iter().any(|h| after.starts_with(h)))
}

/// Abstract nouns that open the set phrases of political writing after a
/// numeral and a classifier (`四个方面工作`, `三项制度改革`, `两个维护`,
/// `四个全面战略布局`): they name a doctrine, not things counted.
const SET_HEADS: &[&str] =
    &["方面", "制度", "意识", "自信", "维护", "代表", "全面", "体系", "机制", "原则", "坚持", "优先", "文明", "统一"];

/// Whether a number of years right after `before` is a time frame
/// (`近3年`, `连续2年`, `过去5年`) rather than a length of something.
pub(crate) fn time_frame(before: &str, unit: Reading, after: &str) -> bool {
    if unit.class != Class::Duration {
        return false;
    }
    // 5年来, 3年以来: since a time, not a length.
    if unit.written == "年" && (after.starts_with('来') || after.starts_with("以来")) {
        return true;
    }
    let frame = ["连续", "过去", "前", "后", "今后", "未来", "这", "最近"].iter().any(|w| before.ends_with(w));
    // 近3年 frames the time; 近30天 may be nearly thirty days.
    frame || (unit.written == "年" && (before.ends_with('近') || before.ends_with("近些")))
}

/// Whether a count of people is a rank: `前3名`, `第2位`.
pub(crate) fn ranking(before: &str, unit: Reading) -> bool {
    unit.class == Class::Person && (before.ends_with('前') || before.ends_with("排名"))
}

/// Whether a one-char two was written 两 (or 兩), the form used in counts.
fn n_is_liang(n: &Numeral) -> bool {
    n.liang
}

/// Whether `start..end` sits inside a short quotation or a book title:
/// `“30分钟”服务圈`, `《2024年工作要点》`.
pub(crate) fn quoted(text: &str, start: usize, end: usize) -> bool {
    // The opening marks are E2 80 9C (“), E3 80 8C (「), E3 80 8E (『) and
    // E3 80 8A (《), and the 12 chars looked at lie in the last 48 bytes:
    // without such a sequence there, nothing is open, and the chars need
    // not be decoded.
    let window = text.as_bytes().get(start.saturating_sub(48)..start).unwrap_or(&[]);
    let opener = memchr::memchr2_iter(0xE2, 0xE3, window)
        .any(|j| matches!(window.get(j + 1..j + 3), Some([0x80, 0x9C | 0x8C | 0x8E | 0x8A])));
    if !opener {
        return false;
    }
    let open = text[..start].chars().rev().take(12).find_map(|c| match c {
        '“' | '「' | '『' => Some('”'),
        '《' => Some('》'),
        '”' | '」' | '』' | '》' | '。' | '；' | ';' | '\n' | '，' | ',' => Some(' '),
        _ => None,
    });
    let Some(close) = open.filter(|c| *c != ' ') else {
        return false;
    };
    let limit = if close == '》' { 30 } else { 12 };
    text[end..]
        .chars()
        .take(limit)
        .find_map(|c| match c {
            c if c == close => Some(true),
            '“' | '「' | '《' | '。' | '；' | ';' | '\n' => Some(false),
            _ => None,
        })
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn the_ideograph_shortcut_rejects_as_the_rules(
            head in "([第数几若上成办件全年共a.．:：+（ ]|办理|全县){0,12}",
            num in "[0-9]{1,4}|[0-9]\\.[0-9]|一|两|十五|二〇二四|三|伍",
            tail in "([件次名第一二五十a.．:：+%、）]|人次){0,3}",
        ) {
            let text = format!("{head}{num}{tail}");
            let start = head.len();
            if let Some(n) = crate::numeral::read_prefix(&text[start..]) {
                prop_assert_eq!(rejects_number(&text, start, &n), rejects_number_by_rules(&text, start, &n));
            }
        }
    }

    #[test]
    fn quoted_needs_both_marks_close_by() {
        let t = "构建“30分钟”执法圈";
        let s = t.find("30").unwrap();
        assert!(quoted(t, s, s + 2));
        let t = "开展“法律进村”活动30场";
        let s = t.find("30").unwrap();
        assert!(!quoted(t, s, s + 2));
    }

    #[test]
    fn prev_char_is_none_at_start() {
        assert_eq!(prev_char("abc", 0), None);
        assert_eq!(prev_char("第三", 3), Some('第'));
    }
}
