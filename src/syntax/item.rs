//! Inline enumerations inside paragraphs: `一是…二是…`, `第一，…第二，…`,
//! `一方面…另一方面…`, and numbered lists `（1）…（2）…`.
//!
//! ```text
//! item      ::= boundary (shi | di | fangmian | numbered)
//! numbered  ::= arabic_paren                      (1, 2, 3 … in order; two at least;
//!                                                  only in a paragraph with no other items)
//! shi       ::= cn_int "是"
//! di        ::= "第" cn_int &("，" | "," | "、" | "：" | ":")
//! fangmian  ::= ("一方面" | "另一方面") &("，" | ",")
//! boundary  ::= start | "。" | "；" | ";" | "：" | ":" | "，" | "," | "！" | "？" | ws | "）" | ")" | "”"
//! ```
//!
//! An item is accepted when it starts its sequence (`一是`) or continues it
//! (`二是` after `一是`), so `统一是` or a stray `三是` are text. The
//! sequence carries across the paragraphs of one section, because many
//! reports start each item on a new line.

use super::marker::{cn_digit_bytes, cn_int_at};
use crate::span::Span;
use crate::syntax::tree::{Item, ItemStyle};
use crate::text::search::{Bytes2, Bytes3};
use crate::text::ws::trailing_ws_len;

/// The last ordinal seen of each item style in the current section.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct ItemState {
    last: [u32; 4],
}

impl ItemState {
    fn slot(style: ItemStyle) -> usize {
        match style {
            ItemStyle::Shi => 0,
            ItemStyle::Di => 1,
            ItemStyle::Fangmian => 2,
            ItemStyle::Numbered => 3,
        }
    }
}

/// The item forms at the start of `b`, in the grammar's order (`shi`,
/// `di`, `fangmian`): the style, the ordinal and the marker's byte length.
/// Read from the bytes: it runs at every candidate of every paragraph.
fn item_at(b: &[u8]) -> Option<(ItemStyle, u32, usize)> {
    // `，` `,` `、` `：` `:` after `第一` or `一方面`, not taken.
    let punct_at = |at: usize| {
        matches!(b.get(at..), Some([b',' | b':', ..] | [0xEF, 0xBC, 0x8C | 0x9A, ..] | [0xE3, 0x80, 0x81, ..]))
    };
    if let Some((len, n)) = cn_int_at(b) {
        if b[len..].starts_with("是".as_bytes()) {
            return Some((ItemStyle::Shi, n, len + 3));
        }
    }
    if let Some(rest) = b.strip_prefix("第".as_bytes()) {
        let (len, n) = cn_int_at(rest)?;
        return punct_at(3 + len).then_some((ItemStyle::Di, n, 3 + len));
    }
    if b.starts_with("一方面".as_bytes()) && punct_at(9) {
        return Some((ItemStyle::Fangmian, 1, 9));
    }
    (b.starts_with("另一方面".as_bytes()) && punct_at(12)).then_some((ItemStyle::Fangmian, 2, 12))
}

/// Is `text[..i]` empty or does it end in a boundary char
/// (`is_boundary`, the tests' reference)? Read from its last bytes: a lead byte (E2, E3, EF)
/// three bytes from the end opens the last char.
fn after_boundary(text: &[u8], i: usize) -> bool {
    let b = &text[..i];
    b.is_empty()
        || trailing_ws_len(b) > 0
        || matches!(
            b,
            [.., b';' | b':' | b',' | b'!' | b'?' | b')']
                | [.., 0xE3, 0x80, 0x82 | 0x91] // 。 】
                | [.., 0xEF, 0xBC, 0x9B | 0x9A | 0x8C | 0x81 | 0x9F | 0x89] // ； ： ， ！ ？ ）
                | [.., 0xE2, 0x80, 0x9D | 0x99] // ” ’
        )
}

#[cfg(test)]
fn is_boundary(c: char) -> bool {
    crate::text::ws::is_ws(c)
        || matches!(
            c,
            '。' | '；' | ';' | '：' | ':' | '，' | ',' | '！' | '？' | '!' | '?' | '）' | ')' | '”' | '’' | '】'
        )
}

/// The start of a Chinese ordinal ending at byte `end` of `text` (`二十`
/// before `是`), if any: up to three of `一`…`九`, `十` (three bytes each).
fn numeral_before(b: &[u8], end: usize) -> Option<usize> {
    let mut start = end;
    while end - start < 9
        && start >= 3
        && (cn_digit_bytes(&b[start - 3..start]).is_some() || b[start - 3..start] == *"十".as_bytes())
    {
        start -= 3;
    }
    (start < end).then_some(start)
}

/// Where items may start, in order: before each `是`, `第` and `方面`.
///
/// One SIMD search for the middle byte of the three chars (是 E6 98 AF,
/// 第 E7 AC AC, 方 E6 96 B9) finds them all in text order; a hit is one of
/// them when the char around it is (E6 and E7 lead a char, so the hit is
/// inside one). Paragraphs are short: one search over each costs less
/// than a search per word. A keyword's start lies after the end of every
/// keyword before it (a numeral run before `是`, `一` or `另一` before
/// `方面`, hold none of the keywords' chars), so the starts come in order.
fn candidates(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    /// A char of three bytes as one number (little-endian, as read below).
    const fn key(c: &[u8]) -> u32 {
        u32::from_le_bytes([c[0], c[1], c[2], 0])
    }
    const SHI: u32 = key("是".as_bytes());
    const DI: u32 = key("第".as_bytes());
    const FANG: u32 = key("方".as_bytes());
    /// [`key`] of the last three bytes of a text (none in a shorter one):
    /// once a paragraph at most, out of the loop's way.
    #[cold]
    #[inline(never)]
    fn tail_key(b: &[u8]) -> Option<u32> {
        b.get(..3).map(key)
    }
    /// The keyword a hit is the middle byte of, if any, by bits 2 and 3
    /// of the hit (96 → 1, 98 → 2, AC → 3), which tell the three apart.
    const BY_MIDDLE: [u32; 4] = [0, FANG, SHI, DI];
    let mut last = usize::MAX;
    static KEYWORD_BYTES: Bytes3 = Bytes3::new(0x98, 0xAC, 0x96);
    KEYWORD_BYTES.hot_iter(bytes).filter_map(move |j| {
        let at = j.checked_sub(1)?;
        // Most hits are inside another char: one test of the char the hit
        // is the middle byte of, read as a number, against the one keyword
        // with that middle byte, passes them over (a test of the lead byte
        // alone, E6 or E7, which lead a third of the chars, was a branch
        // mispredicted at many hits). Four bytes read at once; a char
        // ending the text (three bytes left) by `tail_key`.
        let c = match bytes[at..].first_chunk::<4>() {
            Some(w) => u32::from_le_bytes(*w) & 0xFF_FFFF,
            None => tail_key(&bytes[at..])?,
        };
        if c != BY_MIDDLE[(c >> 10 & 3) as usize] {
            return None;
        }
        let start = if c == SHI {
            numeral_before(bytes, at)
        } else if c == DI {
            Some(at)
        } else if bytes[at + 3..].starts_with("面".as_bytes()) {
            let head = &bytes[..at];
            head.strip_suffix("另一".as_bytes()).or_else(|| head.strip_suffix("一".as_bytes())).map(<[u8]>::len)
        } else {
            None
        }?;
        (start != last).then(|| {
            last = start;
            start
        })
    })
}

/// Numbered items inside a paragraph, `（1）…（2）…` (or `(1)`, `⑴`),
/// at the start of the text or after a boundary, numbered from 1 on: for a
/// paragraph with no other items. Each runs to the next or to the end.
pub(crate) fn numbered(text: &str, base: usize) -> Vec<Item> {
    let mut items: Vec<Item> = Vec::new();
    let bytes = text.as_bytes();
    // `（` is EF BC 88, `(` is 28, `⑴`…`⒇` are E2 91 B4 … E2 92 87; found
    // by byte, and only those chars open the marker read below. `（` by a
    // search of its own: EF leads all the full-width punctuation (`，`).
    use memchr::memmem::Finder;
    use once_cell::sync::Lazy;
    static FULL_OPEN: Lazy<Finder<'static>> = Lazy::new(|| Finder::new("（"));
    static NARROW_OPEN: Bytes2 = Bytes2::new(b'(', 0xE2);
    // The two searches' hits, merged in order: the next hit of each, each
    // search going on from after its own last hit (`（` cannot overlap itself).
    // (`(` and `⑴`, and the quotes E2 opens too, are rare: the shared
    // out-of-line search serves.)
    let full_open: &Finder = &FULL_OPEN;
    let narrow_from = |from: usize| NARROW_OPEN.find(&bytes[from..]).map(|j| from + j);
    let wide_from = |from: usize| full_open.find(&bytes[from..]).map(|j| from + j);
    let (mut narrow, mut wide) = (narrow_from(0), wide_from(0));
    loop {
        let i = match (narrow, wide) {
            (Some(n), Some(w)) if n < w => n,
            (_, Some(w)) => w,
            (Some(n), None) => n,
            (None, None) => break,
        };
        if narrow == Some(i) {
            narrow = narrow_from(i + 1);
        } else {
            wide = wide_from(i + 1);
        }
        let opens = match bytes[i..] {
            [b'(', ..] | [0xEF, 0xBC, 0x88, ..] => true,
            [0xE2, 0x91, b, ..] => b >= 0xB4,
            [0xE2, 0x92, b, ..] => b <= 0x87,
            _ => false,
        };
        if !opens || !after_boundary(bytes, i) {
            continue;
        }
        let Some(m) = super::marker::marker(&text[i..]) else { continue };
        if m.style != crate::syntax::tree::MarkerStyle::ArabicParen {
            continue;
        }
        let expected = items.last().map_or(1, |it| it.ordinal + 1);
        if m.ordinal != expected {
            continue;
        }
        if let Some(previous) = items.last_mut() {
            previous.span.end = base + i;
        }
        items.push(Item {
            span: Span::new(base + i, base + text.len()),
            marker: Span::new(base + i, base + i + usize::from(m.len)),
            ordinal: m.ordinal,
            style: ItemStyle::Numbered,
        });
    }
    // One number alone is no list.
    if items.len() < 2 {
        items.clear();
    }
    items
}

/// The items of `text` (a paragraph's bytes, at `base` in the source).
/// Read on the bytes: every rule of the grammar is a byte test.
pub(crate) fn find(text: &[u8], base: usize, state: &mut ItemState) -> Vec<Item> {
    let mut items: Vec<Item> = Vec::new();
    for i in candidates(text) {
        if !after_boundary(text, i) {
            continue;
        }
        let Some((style, n, len)) = item_at(&text[i..]) else { continue };
        let slot = ItemState::slot(style);
        if n == 1 || n == state.last[slot] + 1 {
            state.last[slot] = n;
            // An item runs to the next one, the last to the end of the text.
            if let Some(previous) = items.last_mut() {
                previous.span.end = base + i;
            }
            items.push(Item {
                span: Span::new(base + i, base + text.len()),
                marker: Span::new(base + i, base + i + len),
                ordinal: n,
                style,
            });
        }
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `candidates` as first written: every start collected, sorted, deduplicated.
    fn candidates_reference(text: &str) -> Vec<usize> {
        let mut at: Vec<usize> =
            text.match_indices('是').filter_map(|(p, _)| numeral_before(text.as_bytes(), p)).collect();
        at.extend(text.match_indices('第').map(|(p, _)| p));
        at.extend(text.match_indices("方面").filter_map(|(p, _)| {
            let head = &text[..p];
            head.strip_suffix("另一").or_else(|| head.strip_suffix('一')).map(str::len)
        }));
        at.sort_unstable();
        at.dedup();
        at
    }

    proptest::proptest! {
        #[test]
        // 文 笔 昊 share a middle byte with a keyword, 世 ends in one, 昰
        // 笭 and 斺 share their first two bytes with one (E6 98, E7 AC,
        // E6 96), 竬 its last two (AC AC).
        fn candidates_agree_with_the_sorted_list(text in "[一二三十另是第方面，。a文笔昊世昰笭斺竬]{0,24}") {
            proptest::prop_assert_eq!(candidates(text.as_bytes()).collect::<Vec<_>>(), candidates_reference(&text));
        }
    }

    proptest::proptest! {
        #[test]
        fn the_byte_test_of_a_boundary_reads_the_last_char(text in "[一是。；;：:，,！？!?）)”’】 \t\u{3000}\u{a0}\u{2000}\u{200b}\u{feff}（(a文\u{2018}\u{3010}\u{ff0d}]{0,4}") {
            let reference = text.chars().next_back().is_none_or(is_boundary);
            proptest::prop_assert_eq!(after_boundary(text.as_bytes(), text.len()), reference);
        }
    }

    fn items(text: &str) -> Vec<(String, u32)> {
        let mut state = ItemState::default();
        find(text.as_bytes(), 0, &mut state).into_iter().map(|i| (text[i.span].to_string(), i.ordinal)).collect()
    }

    #[test]
    fn splits_yi_shi_er_shi() {
        let got = items("主要做法：一是加强学习。二是完善制度；三是强化监督。");
        assert_eq!(
            got,
            [("一是加强学习。".to_string(), 1), ("二是完善制度；".to_string(), 2), ("三是强化监督。".to_string(), 3)]
        );
    }

    #[test]
    fn di_yi_and_fangmian() {
        assert_eq!(items("第一，坚持领导。第二，依法行政。").len(), 2);
        assert_eq!(items("一方面，加强培训；另一方面，严格考核。").len(), 2);
        assert!(items("第一责任人").is_empty(), "第一 without punctuation is an ordinal word, not an item");
    }

    #[test]
    fn words_that_contain_yi_shi_are_not_items() {
        assert!(items("全市统一是关键。").is_empty(), "统一是 is not an item");
        assert!(items("坚持三是目标。").is_empty(), "三是 does not start a sequence");
    }

    #[test]
    fn numbered_items_inside_a_paragraph() {
        let text = "实施十项惠民工程。（1）稳定就业；（2）改造公路；(3)新建设施。";
        let got: Vec<(&str, u32)> = numbered(text, 0).into_iter().map(|i| (&text[i.span], i.ordinal)).collect();
        assert_eq!(got, [("（1）稳定就业；", 1), ("（2）改造公路；", 2), ("(3)新建设施。", 3)]);
        assert!(numbered("引用文件（2）的规定。", 0).is_empty(), "a lone number is no list");
    }

    proptest::proptest! {
        #[test]
        fn numbered_items_are_found_at_every_opening(text in "[（）()⑴⑵⒇12３，。a]{0,16}") {
            // The reference: every char that may open a marker, in order.
            let mut items: Vec<Item> = Vec::new();
            for (i, c) in text.char_indices() {
                if !matches!(c, '（' | '(' | '⑴'..='⒇') || !text[..i].chars().next_back().is_none_or(is_boundary) {
                    continue;
                }
                let Some(m) = super::super::marker::marker(&text[i..]) else { continue };
                let expected = items.last().map_or(1, |it| it.ordinal + 1);
                if m.style != crate::syntax::tree::MarkerStyle::ArabicParen || m.ordinal != expected {
                    continue;
                }
                if let Some(previous) = items.last_mut() {
                    previous.span.end = i;
                }
                let marker = Span::new(i, i + usize::from(m.len));
                items.push(Item { span: Span::new(i, text.len()), marker, ordinal: m.ordinal, style: ItemStyle::Numbered });
            }
            if items.len() < 2 {
                items.clear();
            }
            proptest::prop_assert_eq!(numbered(&text, 0), items);
        }
    }

    #[test]
    fn sequence_carries_across_paragraphs() {
        let mut state = ItemState::default();
        assert_eq!(find("一是缺少人员。".as_bytes(), 0, &mut state).len(), 1);
        assert_eq!(find("二是宣传不够。".as_bytes(), 0, &mut state).len(), 1, "二是 on the next line continues");
    }
}
