//! Changes: a number that says how much something rose or fell.
//!
//! ```text
//! change      ::= [ '同比' | '环比' | '较' … ] change_word [ '了' | '达' | '达到' | '为' ] quantity
//!               | change_verb magnitude_noun quantity         -- 缩减检查频次194次
//! change_word ::= up_word | down_word
//! up_word     ::= '增长' | '增加' | '提升' | '提高' | '上升' | '上涨' | '增幅' | '涨幅' | '增多' | '攀升' | '扩大'
//!               | ('同比' | '环比') '增'
//! down_word   ::= '下降' | '降低' | '减少' | '缩减' | '缩短' | '压减' | '压缩' | '降幅' | '减幅' | '下滑'
//!               | '回落' | ('同比' | '环比') ('降' | '减')
//! level       ::= change_word ('至' | '到') quantity             -- a new level, not a change
//! from_to     ::= quantity change_word ('至' | '到') quantity   -- 由40%降低至38%: both figures, no derived change
//! ```
//! The value of a change is its magnitude; [`Direction`] says which way.

use super::{Direction, Words};

const UP: &[&str] = &[
    "增长",
    "增加",
    "提升",
    "提高",
    "上升",
    "上涨",
    "增幅",
    "涨幅",
    "增多",
    "攀升",
    "扩大",
    "同比增",
    "环比增",
    // Traditional forms.
    "增長",
    "上漲",
    "漲幅",
    "擴大",
];
const DOWN: &[&str] = &[
    // Traditional forms first, then simplified.
    "減少",
    "縮減",
    "縮短",
    "壓減",
    "壓縮",
    "減幅",
    "同比減",
    "下降",
    "降低",
    "减少",
    "缩减",
    "缩短",
    "压减",
    "压缩",
    "降幅",
    "减幅",
    "下滑",
    "回落",
    "同比降",
    "同比减",
    "环比降",
    "环比减",
];

/// Nouns naming an amount, so that `缩减检查频次194次` is a change of it.
const MAGNITUDE: &[&str] =
    &["频次", "次数", "数量", "时间", "时长", "时限", "成本", "费用", "比例", "比率", "人数", "天数", "用时", "环节数"];

/// Words between a change word and its number.
const LINKS: &[&str] = &["了", "达到", "达", "为", "约"];

// The lists with their first- and last-char bitmaps: most clauses hold no
// change word, and one bit test says so.
static UP_WORDS: Words<{ UP.len() }> = Words::new(UP);
static DOWN_WORDS: Words<{ DOWN.len() }> = Words::new(DOWN);
static MAGNITUDE_WORDS: Words<{ MAGNITUDE.len() }> = Words::new(MAGNITUDE);

// Of the words `direction` looks for, only 比率 closes with 率, as its
// shortcut takes for granted.
const _: () = {
    let lists = [LINKS, UP, DOWN, MAGNITUDE];
    let mut l = 0;
    while l < lists.len() {
        let mut i = 0;
        while i < lists[l].len() {
            let w = lists[l][i].as_bytes();
            let n = w.len();
            if n >= 3 && w[n - 3] == 0xE7 && w[n - 2] == 0x8E && w[n - 1] == 0x87 {
                assert!(n == 6 && w[0] == 0xE6 && w[1] == 0xAF && w[2] == 0x94);
            }
            i += 1;
        }
        l += 1;
    }
};
#[cfg(test)]
static LINK_WORDS: Words<{ LINKS.len() }> = Words::new(LINKS);

/// The last chars of every word [`direction`] looks for (links, change
/// words, magnitude nouns, 至 and 到): a clause closing with another
/// ideograph has no direction, known from one bit test.
static DIRECTION_LAST: [u64; 328] = {
    let lists = [
        super::last_chars(LINKS),
        super::last_chars(UP),
        super::last_chars(DOWN),
        super::last_chars(MAGNITUDE),
        super::last_chars(&["至", "到"]),
    ];
    let mut map = [0u64; 328];
    let mut l = 0;
    while l < lists.len() {
        let mut k = 0;
        while k < 328 {
            map[k] |= lists[l][k];
            k += 1;
        }
        l += 1;
    }
    map
};

/// The direction of the change word opening `s` (closing it, with
/// `suffix`). Most texts open (and close) with a char that opens (closes)
/// no change word: one bit test for each list, inline, settles them.
#[inline]
fn word_dir(s: &str, suffix: bool) -> Option<Direction> {
    let b = s.as_bytes();
    let may = if suffix {
        match *b {
            // No test of the lead byte: a char outside the block may
            // close one, as the other arm says.
            [.., b0, b1, b2] => UP_WORDS.may_close_with(b0, b1, b2) || DOWN_WORDS.may_close_with(b0, b1, b2),
            _ => true,
        }
    } else {
        match *b {
            [b0, b1, b2, ..] => UP_WORDS.may_open_with(b0, b1, b2) || DOWN_WORDS.may_open_with(b0, b1, b2),
            _ => true,
        }
    };
    if may {
        word_dir_read(s, suffix)
    } else {
        None
    }
}

/// [`word_dir`] past the bit tests. Out of line: one copy of the two
/// lists' lookups for all of [`word_dir`]'s callers.
#[inline(never)]
fn word_dir_read(s: &str, suffix: bool) -> Option<Direction> {
    let up = if suffix { UP_WORDS.suffix(s) } else { UP_WORDS.prefix(s) };
    if up.is_some() {
        return Some(Direction::Up);
    }
    let down = if suffix { DOWN_WORDS.suffix(s) } else { DOWN_WORDS.prefix(s) };
    down.map(|_| Direction::Down)
}

/// Whether `s` opens with a change word and 至, 到 or 为: `增加至今年的人均`.
#[inline]
pub(crate) fn opens_with_level(s: &str) -> bool {
    // Most labels open with a char that opens no change word (or with no
    // three-byte char, which opens none): one bit test each, inline.
    match *s.as_bytes() {
        [b0 @ 0xE0..=0xEF, b1, b2, ..]
            if UP_WORDS.may_open_with(b0, b1, b2) || DOWN_WORDS.may_open_with(b0, b1, b2) =>
        {
            opens_with_level_read(s)
        }
        _ => false,
    }
}

/// [`opens_with_level`] past its bit tests.
#[inline(never)]
fn opens_with_level_read(s: &str) -> bool {
    let Some(word) = UP_WORDS.prefix(s).or_else(|| DOWN_WORDS.prefix(s)) else {
        return false;
    };
    matches!(s[word.len()..].chars().next(), Some('至' | '到' | '为'))
}

/// Whether the clause closes with a comparison (`同比`, `环比`, `比上年`,
/// `较上年`): a signed figure after it is a change (`同比-2.1%`).
pub(crate) fn compares(clause: &str) -> bool {
    let s = clause.trim_end();
    ["同比", "环比", "比上年", "较上年", "比去年", "较去年", "较上年同期", "比上年同期"].iter().any(|w| s.ends_with(w))
}

/// `label` without the change word (and a comparison before it) closing
/// it: `总收入同比增长` → `总收入`, the name of what changed; `label` itself
/// when nothing would be left.
pub(crate) fn without_change_word(label: &str) -> &str {
    let Some(w) = UP_WORDS.suffix(label).or_else(|| DOWN_WORDS.suffix(label)) else {
        return label;
    };
    let mut s = &label[..label.len() - w.len()];
    for c in ["同比", "环比", "较上年", "比上年", "较去年", "比去年", "分别"] {
        if let Some(r) = s.strip_suffix(c) {
            s = r;
            break;
        }
    }
    if s.is_empty() {
        label
    } else {
        s
    }
}

/// Whether `s` opens with a change word (`增加到178项`).
pub(crate) fn starts_with_change(s: &str) -> bool {
    word_dir(s, false).is_some()
}

/// The direction of a share that a clause opening with a change verb
/// gives: `减少审批材料30%`, `群众跑腿次数减少60%` (the latter is also
/// caught by [`direction`]).
#[inline]
pub(crate) fn share_direction(clause: &str) -> Option<Direction> {
    // Only a clause opening with 同, 比 or 较 (E5 90 8C, E6 AF 94,
    // E8 BE 83) or a char that opens a change word may give one (a
    // clause opening with no three-byte char gives none): most share
    // figures pass on these tests, inline, and their clause is not read.
    match *clause.as_bytes() {
        [0xE5, 0x90, 0x8C, ..] | [0xE6, 0xAF, 0x94, ..] | [0xE8, 0xBE, 0x83, ..] => share_direction_read(clause),
        [b0 @ 0xE0..=0xEF, b1, b2, ..]
            if UP_WORDS.may_open_with(b0, b1, b2) || DOWN_WORDS.may_open_with(b0, b1, b2) =>
        {
            share_direction_read(clause)
        }
        _ => None,
    }
}

/// [`share_direction`] past its test of the clause's first char.
#[inline(never)]
fn share_direction_read(clause: &str) -> Option<Direction> {
    let s = clause.trim_start_matches(['同', '比', '较']);
    let d = word_dir(s, false)?;
    // 压缩率, 提升至: a rate's name or a new level, not a change.
    let word = UP_WORDS.prefix(s).or_else(|| DOWN_WORDS.prefix(s))?;
    let next = s[word.len()..].chars().next();
    if next.is_none() || matches!(next, Some('率' | '至' | '到' | '为' | '幅')) {
        return None;
    }
    Some(d)
}

/// The direction of a change word ending `before` (the clause text right
/// before the number and its pre-qualifier).
#[inline]
pub(crate) fn direction(before: &str) -> Option<Direction> {
    // An ideograph (lead byte E4…E9) closing the clause is no white space:
    // then one bit test on it settles most clauses, inline.
    match *before.as_bytes() {
        // (No test of the lead byte: a char outside the block has no bit.)
        [.., b0, b1, b2] if super::cjk_bit(&DIRECTION_LAST, b0, b1, b2) == Some(false) => return None,
        // 率 (E7 8E 87), which closes many clauses before a share
        // (`办结率`), closes only 比率 (比 is E6 AF 94) of the words looked for.
        [.., p0, p1, p2, 0xE7, 0x8E, 0x87] if [p0, p1, p2] != [0xE6, 0xAF, 0x94] => return None,
        // A figure opening its clause (after a comma) has no change word.
        [] => return None,
        _ => {}
    }
    direction_read(before)
}

/// [`direction`] past the bit test.
fn direction_read(before: &str) -> Option<Direction> {
    let s = match before.as_bytes() {
        [.., 0xE4..=0xE9, _, _] => before,
        _ => before.trim_end(),
    };
    if !super::may_close_word(s, &DIRECTION_LAST) {
        return None;
    }
    let (s, to_level) = strip_links(s);
    if s.ends_with('至') || s.ends_with('到') {
        return None;
    }
    if let Some(d) = word_dir(s, true) {
        // 下降为80%: a verb with 为 gives the new level; 增幅为5% is a change.
        if to_level && !s.ends_with('幅') {
            return None;
        }
        return Some(d);
    }
    // 缩减检查频次194次: a change verb opening the clause, a magnitude noun closing it.
    if MAGNITUDE_WORDS.suffix(s).is_some() {
        return verb_before_magnitude(s);
    }
    None
}

/// `s` without up to two link words of [`LINKS`] (了, 达到, 达, 为, 约)
/// at its end (`增长了约`, `下降为`), and whether one was 为, which gives
/// a new level: read by the last bytes, out of line, in one small loop.
#[inline(never)]
fn strip_links(mut s: &str) -> (&str, bool) {
    let mut to_level = false;
    for _ in 0..2 {
        let len = match *s.as_bytes() {
            [.., 0xE8, 0xBE, 0xBE, 0xE5, 0x88, 0xB0] => 6,
            [.., 0xE4, 0xB8, 0xBA] => {
                to_level = true;
                3
            }
            [.., 0xE4, 0xBA, 0x86] | [.., 0xE8, 0xBE, 0xBE] | [.., 0xE7, 0xBA, 0xA6] => 3,
            _ => break,
        };
        s = s.get(..s.len() - len).unwrap_or(s);
    }
    (s, to_level)
}

/// The direction of a change verb opening the last ten chars of `s`,
/// which closes with a magnitude noun (`缩减检查频次`). Cold: few clauses
/// close with one, and the search stays out of [`direction_read`]'s lines.
#[cold]
#[inline(never)]
fn verb_before_magnitude(s: &str) -> Option<Direction> {
    let start = s.char_indices().rev().nth(9).map_or(0, |(i, _)| i);
    let tail = &s[start..];
    for (i, _) in tail.char_indices() {
        if let Some(d) = word_dir(&tail[i..], false) {
            return Some(d);
        }
    }
    None
}

/// The direction of `between`, the text joining two figures, when it is a
/// change word followed by 至, 到 or 为: `降低至`, `提高到`, `下降为`.
#[inline]
pub(crate) fn from_to(between: &str) -> Option<Direction> {
    // Most texts between two figures close with an ideograph (lead byte
    // E4…E9), a full-width mark (EF: `，`) or `、` `。` (E3 80 81, 82),
    // none of them white space to trim: then only 至 (E8 87 B3), 到
    // (E5 88 B0) or 为 (E4 B8 BA) there may make a from-to, known from
    // the last bytes, inline. U+3000 (E3 80 80) is white space.
    match *between.as_bytes() {
        [.., 0xE8, 0x87, 0xB3] | [.., 0xE5, 0x88, 0xB0] | [.., 0xE4, 0xB8, 0xBA] => from_to_read(between),
        [.., 0xE4..=0xE9 | 0xEF, _, _] | [.., 0xE3, 0x80, 0x81..=0xBF] => None,
        _ => from_to_read(between),
    }
}

/// [`from_to`] past the test of the last char.
#[inline(never)]
fn from_to_read(between: &str) -> Option<Direction> {
    let s = between.trim();
    let s = s.strip_suffix('至').or_else(|| s.strip_suffix('到')).or_else(|| s.strip_suffix('为'))?;
    let s = s.strip_suffix('了').unwrap_or(s);
    let d = word_dir(s, true)?;
    // Only the change word itself: 降低至, 下降到, 增长了到.
    (s.chars().count() <= 3).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn strip_links_reads_as_the_word_list(s in "[了达到为约增长下降的a ]{0,4}") {
            // As first written: the list's lookup, twice.
            let (mut want, mut to_level) = (s.as_str(), false);
            for _ in 0..2 {
                if let Some(l) = LINK_WORDS.suffix(want) {
                    want = &want[..want.len() - l.len()];
                    to_level |= l == "为";
                }
            }
            prop_assert_eq!(strip_links(&s), (want, to_level));
        }

        #[test]
        fn word_dir_by_its_edge_chars_reads_as_the_lists(
            s in "([，a1 了至到为同比较降低增长提高下减少幅]|增长|下降|缩减|同比增|\u{3000}|é|\u{1f600}){0,5}",
            suffix: bool,
        ) {
            prop_assert_eq!(word_dir(&s, suffix), word_dir_read(&s, suffix));
        }

        #[test]
        fn from_to_by_its_last_char_reads_as_the_words(s in "([，a1 了至到为降低增长提高下]|降低|提高到|下降为|\u{3000}|é|\u{1f600}){0,6}") {
            prop_assert_eq!(from_to(&s), from_to_read(&s));
        }

        #[test]
        fn share_direction_by_its_first_char_reads_as_the_words(s in "([，a1 同比较减少压缩提升率至为审批\u{3000}é]|减少|提升|压缩率|同比){0,5}") {
            prop_assert_eq!(share_direction(&s), share_direction_read(&s));
        }

        #[test]
        fn opens_with_level_by_its_first_char_reads_as_the_words(s in "([，a1 增加至到为人均降低\u{3000}é]|增加|降低|下降){0,5}") {
            prop_assert_eq!(opens_with_level(&s), opens_with_level_read(&s));
        }

        #[test]
        fn the_bit_test_reads_as_the_words(s in "([，a1 同比较达为至到了约率增降减幅]|增长|下降|频次|缩减|提升|比率|办结率){0,6}") {
            prop_assert_eq!(direction(&s), direction_read(&s));
        }
    }

    #[test]
    fn reads_change_words() {
        assert_eq!(direction("同比增长"), Some(Direction::Up));
        assert_eq!(direction("较去年提升"), Some(Direction::Up));
        assert_eq!(direction("降幅达"), Some(Direction::Down));
        assert_eq!(direction("缩减检查频次"), Some(Direction::Down));
        assert_eq!(direction("减少审批环节"), None);
        assert_eq!(direction("新增"), None);
        assert_eq!(direction("增加至"), None);
        assert_eq!(direction("下降为"), None);
        assert_eq!(direction("增幅为"), Some(Direction::Up));
    }

    #[test]
    fn reads_from_to() {
        assert_eq!(from_to("降低至"), Some(Direction::Down));
        assert_eq!(from_to("提高到"), Some(Direction::Up));
        assert_eq!(from_to("下降为"), Some(Direction::Down));
        assert_eq!(from_to("增加至今年的人均"), None);
    }
}
