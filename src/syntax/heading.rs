//! The parts of a heading line.
//!
//! ```text
//! heading     ::= indent marker ws* title (terminator ws* body)? line_end
//! title       ::= (!terminator char)*                   (trimmed)
//! terminator  ::= "。" | "：" | ":"
//! body        ::= char*                                 (the run-in paragraph)
//! ```
//!
//! The title ends at the first terminator of the line; text after it is
//! the section's first paragraph (`（一）坚持依法行政。依法接受…`).

use super::line::{char_count, char_offset, more_chars_than};
use crate::span::Span;
use crate::text::charset::BmpSet;
use crate::text::search::Bytes3;
use crate::text::ws::trim;

/// Byte spans of a heading's parts, all absolute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct HeadingParts {
    pub title: Span,
    pub terminator: Option<Span>,
    /// The run-in body text, trimmed; `None` when nothing follows the title.
    pub body: Option<Span>,
}

/// Chars that end a heading's title (found by byte in [`first_terminator`]).
#[cfg(test)]
const TERMINATORS: [char; 3] = ['。', '：', ':'];

/// Where the first of `。` `：` `:` is in `bytes`, and its length: found
/// by `:` and the last bytes of `。` (E3 80 82) and `：` (EF BC 9A), checked
/// in place, rather than by decoding every char.
fn first_terminator(bytes: &[u8]) -> Option<(usize, usize)> {
    static TERMINATOR_BYTES: Bytes3 = Bytes3::new(b':', 0x82, 0x9A);
    TERMINATOR_BYTES.hot_iter(bytes).find_map(|i| match bytes[..=i] {
        [.., b':'] => Some((i, 1)),
        [.., 0xE3, 0x80, 0x82] | [.., 0xEF, 0xBC, 0x9A] => Some((i - 2, 3)),
        _ => None,
    })
}

/// Split `source[after_marker..end]` into title, terminator and body.
pub(crate) fn split(source: &str, after_marker: usize, end: usize) -> HeadingParts {
    // On the bytes: a str slice would test its ends for char boundaries.
    match first_terminator(&source.as_bytes()[after_marker..end]) {
        None => HeadingParts { title: trim(source, Span::new(after_marker, end)), terminator: None, body: None },
        Some((at, t_len)) => {
            let t_start = after_marker + at;
            let terminator = Span::new(t_start, t_start + t_len);
            let title = trim(source, Span::new(after_marker, t_start));
            let body = trim(source, Span::new(terminator.end, end));
            HeadingParts { title, terminator: Some(terminator), body: (!body.is_empty()).then_some(body) }
        }
    }
}

/// A title set in markdown bold after its marker (`1. **抓好产业发展。** 围绕…`,
/// `（一）**强化组织领导** 县委…`), `after_marker` at the opening `**`:
/// the parts read inside the marks, the body after the closing ones, and
/// the spans of both marks. `None` when the line does not open so or the
/// marks do not close.
pub(crate) fn split_bold(source: &str, after_marker: usize, end: usize) -> Option<(HeadingParts, [Span; 2])> {
    let rest = source.get(after_marker..end)?.strip_prefix("**")?;
    let close = after_marker + 2 + rest.find("**")?;
    let inner = split(source, skip_ws(source, after_marker + 2, close), close);
    let body = match (inner.terminator, inner.body) {
        // Words after the terminator inside the marks run on into the body.
        (Some(_), Some(b)) => trim(source, Span::new(b.start, end)),
        _ => trim(source, Span::new(close + 2, end)),
    };
    let marks = [Span::new(after_marker, after_marker + 2), Span::new(close, close + 2)];
    Some((HeadingParts { body: (!body.is_empty()).then_some(body), ..inner }, marks))
}

/// Longest title (in chars) taken as written when a flattened heading has
/// no terminator before its body.
const GLUED_TITLE_CHARS: usize = 30;

/// Words that end the title of a report part (`存在的问题`, `2025年工作思路`).
const PART_ENDINGS: [&str; 12] =
    ["情况", "成效", "问题", "不足", "原因", "思路", "计划", "安排", "打算", "举措", "职责", "短板"];

/// In flattened text a heading's line break is lost and its title runs
/// into the body (`七、存在的问题一是个别科室…`). When the title up to the
/// first terminator is long, end it at the first strong cue: an item marker
/// (`一是`), a year that opens a clause (`2025年，`), or a word that ends a
/// part's title followed by more text. Returns the title's end, relative
/// to `title`, or `None` to keep it whole.
pub(crate) fn glued_title_end(title: &str) -> Option<usize> {
    // A title of at most GLUED_TITLE_CHARS chars is kept whole. `nth`, not
    // `count`: a flattened title may run long, and only the limit matters.
    if !more_chars_than(title, GLUED_TITLE_CHARS) {
        return None;
    }
    let min = char_offset(title, 2);
    // One walk from `min`, stopping at the best cue so far: a cue found
    // later can only end the title later. Flattened titles run to hundreds
    // of chars, and the first cue is usually near their start.
    let mut best: Option<usize> = None;
    // Only the first part ending counts: any later one has fewer chars after it.
    let mut ending_seen = false;
    let bytes = title.as_bytes();
    let mut at = min;
    while let Some((here, c, len)) = next_cue_first(bytes, at) {
        if best.is_some_and(|b| here >= b) {
            break;
        }
        let rest = &bytes[here..];
        at = here + len;
        let cue = match c {
            '一' if rest.starts_with("一是".as_bytes()) || rest.starts_with("一方面".as_bytes()) => Some(here),
            // A run of digits is passed over whole: only its last four may
            // open a year clause (`2025年，`), and no other cue opens with a digit.
            '0'..='9' => {
                let run = rest.iter().take_while(|b| b.is_ascii_digit()).count();
                at = here + run;
                (run >= 4 && year_clause_follows(&rest[run..])).then(|| here + run - 4)
            }
            _ if !ending_seen => {
                ending_at(&title[here..]).and_then(|w| {
                    ending_seen = true;
                    let mut end = here + w.len();
                    more_chars_than(&title[end..], 7).then(|| {
                        // `职责情况`: take a run of ending words whole.
                        while let Some(w) = ending_at(&title[end..]) {
                            end += w.len();
                        }
                        end
                    })
                })
            }
            _ => None,
        };
        if let Some(cue) = cue {
            best = Some(best.map_or(cue, |b| b.min(cue)));
        }
    }
    best.or_else(|| parallel_end(title))
}

/// The chars that may open a cue of [`glued_title_end`] besides an ASCII
/// digit: `一` (`一是`, `一方面`) and the first chars of the part endings.
static CUE_FIRSTS: BmpSet = BmpSet::bmp().with_chars(&['一']).with_chars(&ENDING_FIRSTS);

/// The first char of each word of [`PART_ENDINGS`], in the same order (a
/// test holds the two lists together). The first chars are all different.
const ENDING_FIRSTS: [char; 12] = ['情', '成', '问', '不', '原', '思', '计', '安', '打', '举', '职', '短'];

/// The word of [`PART_ENDINGS`] that starts with `c`, if any: a compare of
/// chars rather than of words. [`glued_title_end`] calls it only for the
/// chars that [`CUE_FIRSTS`] lets through.
fn ending_opened_by(c: char) -> Option<&'static str> {
    ENDING_FIRSTS.iter().position(|&f| f == c).map(|k| PART_ENDINGS[k])
}

/// The word of [`PART_ENDINGS`] that `rest` starts with, if any: the one
/// its first char opens (the first chars are all different), so one word
/// is compared, where a test of each word in turn was twelve compares
/// unrolled in place. Out of line: it serves the cue and the run of
/// ending words after it.
#[inline(never)]
fn ending_at(rest: &str) -> Option<&'static str> {
    rest.chars().next().and_then(ending_opened_by).filter(|w| rest.starts_with(w))
}

/// `年，` after the four digits of `2025年，`, the year that opens a clause.
fn year_clause_follows(after_digits: &[u8]) -> bool {
    after_digits.starts_with("年，".as_bytes()) || after_digits.starts_with("年,".as_bytes())
}

/// The next char of `bytes` at or after `at` that may open a cue of
/// [`glued_title_end`] (an ASCII digit or a char of [`CUE_FIRSTS`]): its
/// offset, the char and its length. The chars between are passed over
/// by their lead bytes, without being decoded (a flattened title runs
/// long): a three-byte char's code point is put together and looked up.
fn next_cue_first(bytes: &[u8], mut at: usize) -> Option<(usize, char, usize)> {
    let no_cue = |b0: u8, b1: u8, b2: u8| !CUE_FIRSTS.contains_cp(crate::text::charset::cp3(b0, b1, b2));
    loop {
        let rest = bytes.get(at..)?;
        // Four three-byte chars at a time, none of them a cue: one test for
        // the four (most of a flattened title is such chars). Any other run
        // is walked a char at a time below.
        if let Some(&[a0, a1, a2, b0, b1, b2, c0, c1, c2, d0, d1, d2]) = rest.first_chunk::<12>() {
            let three_byte = ((a0 ^ 0xE0) | (b0 ^ 0xE0) | (c0 ^ 0xE0) | (d0 ^ 0xE0)) & 0xF0 == 0;
            if three_byte & no_cue(a0, a1, a2) & no_cue(b0, b1, b2) & no_cue(c0, c1, c2) & no_cue(d0, d1, d2) {
                at += 12;
                continue;
            }
        }
        match *rest {
            [b0 @ 0xE0..=0xEF, b1, b2, ..] => {
                let cp = crate::text::charset::cp3(b0, b1, b2);
                if CUE_FIRSTS.contains_cp(cp) {
                    if let Some(c) = char::from_u32(cp) {
                        return Some((at, c, 3));
                    }
                }
                at += 3;
            }
            [b0 @ 0..=0x7F, ..] => {
                if b0.is_ascii_digit() {
                    return Some((at, char::from(b0), 1));
                }
                at += 1;
            }
            [b0, ..] => {
                at += match b0 {
                    0x80..=0xDF => 2,
                    0xE0..=0xEF => 3,
                    _ => 4,
                }
            }
            [] => return None,
        }
    }
}

/// Words that open a body sentence (a subject, or an adverb of manner).
const BODY_OPENINGS: [&str; 33] = [
    "街道",
    "社区",
    "全镇",
    "全县",
    "全区",
    "全市",
    "全乡",
    "全局",
    "我镇",
    "我县",
    "我区",
    "我市",
    "我局",
    "我乡",
    "我委",
    "本年",
    "今年",
    "全年",
    "一年来",
    "坚持",
    "严格",
    "围绕",
    "按照",
    "根据",
    "通过",
    "持续",
    "积极",
    "截至",
    "始终",
    "聚焦",
    "认真",
    "切实",
    "以",
];

/// A parallel title `甲甲甲甲，乙乙乙乙` glued to its body: the second half
/// is about as long as the first; end it where a body sentence opens.
fn parallel_end(title: &str) -> Option<usize> {
    let comma = title.find(['，', ','])?;
    // Four to fourteen chars before the comma (counted when no more than fourteen).
    if more_chars_than(&title[..comma], 14) {
        return None;
    }
    let first = char_count(&title[..comma]);
    if first < 4 {
        return None;
    }
    let after = comma + crate::text::charset::utf8_len(title.as_bytes()[comma]);
    // The second half ends within two chars of the first half's length, or
    // four beyond it: only those chars are tried, each put together from
    // its bytes (every word of BODY_OPENINGS opens with a CJK char).
    let (from, to) = (first.saturating_sub(2), first + 4);
    let b = title.as_bytes();
    let mut at = after + char_offset(&title[after..], from);
    for _ in from..=to {
        let &b0 = b.get(at)?;
        let len = crate::text::charset::utf8_len(b0);
        if let (3, Some(&[b1, b2])) = (len, b.get(at + 1..at + 3)) {
            let cp = crate::text::charset::cp3(b0, b1, b2);
            if may_open_body(cp) && opens_body(&title[at..], cp) {
                return Some(at);
            }
        }
        at += len;
    }
    None
}

/// The code point of the first char of each word of [`BODY_OPENINGS`].
static BODY_FIRSTS: [u32; BODY_OPENINGS.len()] = crate::text::charset::edge_cps(&BODY_OPENINGS, false);

/// Does `rest`, which starts with the char of code point `cp`, start with
/// a word of [`BODY_OPENINGS`]? Only the words that open with it are compared.
fn opens_body(rest: &str, cp: u32) -> bool {
    BODY_OPENINGS.iter().zip(&BODY_FIRSTS).any(|(w, &first)| first == cp && rest.starts_with(w))
}

/// Can a word of [`BODY_OPENINGS`] start with the char of code point `cp`?
/// One bit test before the words are compared.
fn may_open_body(cp: u32) -> bool {
    static FIRST_CHARS: BmpSet = BmpSet::bmp().with_edges(&BODY_OPENINGS, false);
    FIRST_CHARS.contains_cp(cp)
}

/// Where the marker's white space padding ends.
pub(crate) fn skip_ws(source: &str, from: usize, end: usize) -> usize {
    crate::text::ws::skip_ws(source, from, end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::words;
    use proptest::prelude::*;

    /// `parallel_end` as first written: every char of the second half walked.
    fn parallel_end_reference(title: &str) -> Option<usize> {
        let comma = title.find(['，', ','])?;
        let first = title[..comma].chars().count();
        if !(4..=14).contains(&first) {
            return None;
        }
        let after = comma + title[comma..].chars().next().map_or(1, char::len_utf8);
        title[after..]
            .char_indices()
            .enumerate()
            .filter(|(k, _)| (first.saturating_sub(2)..=first + 4).contains(k))
            .find(|(_, (i, _))| BODY_OPENINGS.iter().any(|w| title[after + i..].starts_with(w)))
            .map(|(_, (i, _))| after + i)
    }

    /// `glued_title_end` as first written: a search per cue word.
    fn glued_title_end_reference(title: &str) -> Option<usize> {
        if title.chars().count() <= GLUED_TITLE_CHARS {
            return None;
        }
        let min = title.char_indices().nth(2).map_or(title.len(), |(i, _)| i);
        let item = ["一是", "一方面"].iter().filter_map(|w| words::find(&title[min..], w).map(|i| i + min)).min();
        let year_clause = title.char_indices().skip(2).find_map(|(i, _)| {
            let rest = &title[i..];
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            (digits == 4 && (rest[4..].starts_with("年，") || rest[4..].starts_with("年,"))).then_some(i)
        });
        let ending = PART_ENDINGS
            .iter()
            .filter_map(|w| words::find(&title[min..], w).map(|i| i + min + w.len()))
            .filter(|&end| title[end..].chars().count() >= 8)
            .min()
            .map(|mut end| {
                // `职责情况`: take a run of ending words whole.
                while let Some(w) = PART_ENDINGS.iter().find(|w| title[end..].starts_with(*w)) {
                    end += w.len();
                }
                end
            });
        [item, year_clause, ending].into_iter().flatten().min().or_else(|| parallel_end_reference(title))
    }

    #[test]
    fn ending_firsts_are_the_first_chars_of_the_endings() {
        let firsts: Vec<char> = PART_ENDINGS.iter().map(|w| w.chars().next().unwrap()).collect();
        assert_eq!(firsts, ENDING_FIRSTS);
        let mut distinct = firsts.clone();
        distinct.sort_unstable();
        distinct.dedup();
        assert_eq!(distinct.len(), firsts.len());
    }

    proptest! {
        #[test]
        fn parallel_end_agrees_with_a_walk_over_every_char(
            title in "([依法行政推进，,]|全镇|坚持|围绕|街道){4,40}"
        ) {
            prop_assert_eq!(parallel_end(&title), parallel_end_reference(&title));
        }

        #[test]
        fn glued_title_end_agrees_with_a_search_per_word(
            title in "([一是方面情况问题职责不足安排2025年，,依法行政全镇éa😀]|2024年，){25,60}"
        ) {
            prop_assert_eq!(glued_title_end(&title), glued_title_end_reference(&title));
        }
    }

    proptest! {
        #[test]
        fn first_terminator_agrees_with_a_char_search(text in "[。：:a是\u{0082}\u{009a}傂蚂]{0,16}") {
            let plain = text.find(TERMINATORS).map(|at| (at, text[at..].chars().next().unwrap().len_utf8()));
            prop_assert_eq!(first_terminator(text.as_bytes()), plain);
        }
    }

    #[test]
    fn title_runs_to_the_first_terminator() {
        let src = "（一）坚持依法行政，加大公开力度。依法接受监督：全年办件30件。";
        let p = split(src, 9, src.len());
        assert_eq!(&src[p.title], "坚持依法行政，加大公开力度");
        assert_eq!(&src[p.terminator.unwrap()], "。");
        assert_eq!(&src[p.body.unwrap()], "依法接受监督：全年办件30件。");
    }

    #[test]
    fn glued_titles_of_flattened_text_end_at_cues() {
        let t = "存在的问题一是个别科室依法行政意识还有差距，行政执法文书不规范";
        assert_eq!(&t[..glued_title_end(t).unwrap()], "存在的问题");
        let t = "2025年工作思路2025年，街道将继续深入贯彻习近平法治思想，重点做好以下工作";
        assert_eq!(&t[..glued_title_end(t).unwrap()], "2025年工作思路");
        assert_eq!(glued_title_end("强化组织领导，夯实法治基础"), None, "a short title is kept whole");
        let t = "主要负责人履行推进法治建设第一责任人职责情况街道党工委书记切实扛起第一责任人职责";
        assert_eq!(&t[..glued_title_end(t).unwrap()], "主要负责人履行推进法治建设第一责任人职责情况");
        let t = "规范执法行为，维护辖区良好秩序全镇综合行政执法队现有执法人员21名，其中持证人员18名";
        assert_eq!(
            &t[..glued_title_end(t).unwrap()],
            "规范执法行为，维护辖区良好秩序",
            "a parallel title ends where the body opens"
        );
    }

    #[test]
    fn a_short_number_in_a_glued_title_is_no_year() {
        // A run of fewer than four digits opens no year clause. Near the
        // title's start (`PM2.5`) its would-be year start was once computed
        // anyway, below zero: an overflow in a debug build.
        let t = "PM2.5年均浓度持续下降空气质量优良天数比例稳步提高一是加强扬尘管控，二是推进车辆治理";
        assert_eq!(&t[..glued_title_end(t).unwrap()], "PM2.5年均浓度持续下降空气质量优良天数比例稳步提高");
        let t = "完善执法监督机制全年组织执法案卷评查12次一是规范执法程序，二是落实执法责任";
        assert_eq!(&t[..glued_title_end(t).unwrap()], "完善执法监督机制全年组织执法案卷评查12次");
    }

    #[test]
    fn a_title_alone_has_no_body() {
        let src = "一、 主要举措和成效 ";
        let p = split(src, 6, src.len());
        assert_eq!(&src[p.title], "主要举措和成效");
        assert!(p.terminator.is_none() && p.body.is_none());
        let src = "（二）工作任务推进情况：";
        let p = split(src, 9, src.len());
        assert_eq!(&src[p.title], "工作任务推进情况");
        assert!(p.body.is_none(), "a terminator at the line end leaves no body");
    }
}
