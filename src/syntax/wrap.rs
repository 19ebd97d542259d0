//! Hard wraps: text broken into lines at a page width by a PDF or Word
//! converter, where a paragraph or a heading continues on the next line.
//!
//! ```text
//! logical_line ::= line (break line)*
//! break        ::= line_end (indent page_marker line_end)* indent
//!                  (after a full line that does not end a sentence)
//! full line    ::= display width ≥ W − SLACK, W the document's wrap width
//! ```
//!
//! The wrap width `W` is read from the document itself: the display width
//! (CJK 2, ASCII 1) that the most lines reach, counted in a window of
//! [`SLACK`] columns. A document is wrapped when many of its lines end in
//! that window and few run past it; text that was not wrapped (one
//! paragraph a line, as web pages give) has widths all over the place, and
//! its lines are never joined.

use super::line::RawLine;
use super::page::is_page_marker;
use std::ops::Range;

/// Columns below the wrap width that still count as a full line (a CJK
/// char that did not fit, kept-together punctuation).
const SLACK: usize = 5;
/// Narrowest wrap width considered.
const MIN_WIDTH: usize = 30;
/// Widest line measured.
const MAX_WIDTH: usize = 400;

/// The display width of `text`: 2 for a wide char, 1 for ASCII. (One
/// copy, out of line: the wrap's rules measure at several places.)
#[inline(never)]
pub(crate) fn display_width(text: &str) -> usize {
    // From the bytes: an ASCII byte is one column, the lead byte of any
    // other char two, a continuation byte none: width = len + 2 × lead −
    // (lead + continuation). Eight bytes at a time: bit 7 of a byte marks
    // a lead or continuation byte, bit 6 (shifted up to bit 7) a lead.
    // The counts are kept per byte lane (at most 255 chunks before they
    // are summed, so that no lane overflows). The last bytes, fewer than
    // eight, are read as one chunk too (the eight bytes that end the text,
    // shifted past the bytes already counted, or padded with zeros), not
    // byte by byte: most lines are short, and a loop over the tail cost
    // more than the chunks.
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let lanes = |acc: u64| {
        (((acc & 0x00FF_00FF_00FF_00FF) + ((acc >> 8) & 0x00FF_00FF_00FF_00FF)).wrapping_mul(0x0001_0001_0001_0001)
            >> 48) as usize
    };
    let bytes = text.as_bytes();
    let (mut lead, mut high) = (0usize, 0usize);
    let count = |x: u64, lead_acc: &mut u64, high_acc: &mut u64| {
        let h = x & HIGH;
        *lead_acc += (h & (x << 1)) >> 7;
        *high_acc += h >> 7;
    };
    // Blocks of 255 chunks (one for most lines), summed after each: no
    // test of the count in the loop over the chunks.
    for block in bytes.chunks(8 * 255) {
        let (mut lead_acc, mut high_acc) = (0u64, 0u64);
        for chunk in block.chunks_exact(8) {
            count(u64::from_le_bytes(chunk.try_into().unwrap_or_default()), &mut lead_acc, &mut high_acc);
        }
        (lead, high) = (lead + lanes(lead_acc), high + lanes(high_acc));
    }
    // (A block is whole chunks but for the last: the rest of the text.)
    let tail = bytes.len() % 8;
    if tail > 0 {
        let x = match bytes.get(bytes.len().wrapping_sub(8)..) {
            Some(last) => u64::from_le_bytes(last.try_into().unwrap_or_default()) >> (8 * (8 - tail)),
            None => {
                let mut buf = [0u8; 8];
                buf[..tail].copy_from_slice(bytes);
                u64::from_le_bytes(buf)
            }
        };
        let (mut lead_acc, mut high_acc) = (0u64, 0u64);
        count(x, &mut lead_acc, &mut high_acc);
        (lead, high) = (lead + lanes(lead_acc), high + lanes(high_acc));
    }
    bytes.len() + 2 * lead - high
}

/// The wrap width of a hard-wrapped document, or `None` when its lines
/// were not wrapped. It is read from the lines outside `tables` (ranges
/// of lines, in order and apart).
pub(crate) fn wrap_width(src: &str, lines: &[RawLine], tables: &[Range<usize>]) -> Option<usize> {
    if !may_be_wrapped(src, lines, tables) {
        return None;
    }
    measured_wrap_width(src, outside(lines, tables).flatten())
}

/// The runs of `lines` between `tables` (ranges of lines, in order and
/// apart), in order: a slice each, walked by a plain loop (a report holds
/// a few tables at most, most none), not a flag a line to test.
fn outside<'a>(lines: &'a [RawLine], tables: &'a [Range<usize>]) -> impl Iterator<Item = &'a [RawLine]> + 'a {
    (0..=tables.len()).map(move |t| {
        let start = t.checked_sub(1).map_or(0, |p| tables[p].end);
        let end = tables.get(t).map_or(lines.len(), |r| r.start);
        lines.get(start..end).unwrap_or_default()
    })
}

/// [`wrap_width`] without the cheap test that most unwrapped texts fail.
fn measured_wrap_width<'a>(src: &str, lines: impl Iterator<Item = &'a RawLine>) -> Option<usize> {
    // Each measured line's width, and whether it ends inside a sentence.
    let mut widths: Vec<(u16, bool)> = Vec::with_capacity(lines.size_hint().1.unwrap_or(0).min(SMALL));
    for l in lines {
        let text = &src[l.text];
        if let Some(w) = measured_width(text) {
            widths.push((w, !ends_sentence(text)));
        }
    }
    let widest = usize::from(widths.iter().map(|w| w.0).max()?);
    // Every window up to the widest line + SLACK + 1 is looked at; none
    // narrower than MIN_WIDTH counts.
    let upper = (widest + SLACK + 1).min(MAX_WIDTH);
    if upper < MIN_WIDTH {
        return None;
    }
    let (width, full) =
        if widths.len() <= SMALL { best_window_sorted(&mut widths, upper) } else { best_window(&widths, upper) };
    let counted = widths.len();
    let longer = widths.iter().filter(|w| usize::from(w.0) >= (width + 3).min(MAX_WIDTH)).count();
    // A wrap cuts sentences: many full lines end inside one. Paragraphs of
    // similar lengths, one a line, end theirs.
    let in_window = |w: u16| (width - SLACK..=width).contains(&usize::from(w));
    let cut = widths.iter().filter(|w| w.1 && in_window(w.0)).count();
    (full >= 6 && full * 10 >= counted * 3 && longer * 10 <= counted && cut >= 4 && cut * 10 >= full * 4)
        .then_some(width)
}

/// The width of a line that [`wrap_width`] counts, or `None` for a line
/// it leaves out (a short line, a page marker).
fn measured_width(text: &str) -> Option<u16> {
    // A width is at most the byte length: short lines are not counted.
    if text.len() < MIN_WIDTH / 2 || is_page_marker(text) {
        return None;
    }
    // A line of more than 3 × MAX_WIDTH bytes is wider than MAX_WIDTH.
    let w = if text.len() > 3 * MAX_WIDTH { MAX_WIDTH } else { display_width(text).min(MAX_WIDTH) };
    (w >= MIN_WIDTH / 2).then_some(w as u16)
}

/// A necessary condition of [`wrap_width`] finding a width, from the
/// widths of the lines that do not end a sentence only (the headings and
/// the cut lines, a few of an unwrapped report's lines): the widths of the
/// lines that end one, most of the text, are not measured.
///
/// `wrap_width` wants `cut >= 4` lines in its window that end inside a
/// sentence, `cut * 10 >= full * 4` and `full * 10 >= counted * 3`, so
/// `cut * 25 >= counted * 3`. `cut` is at most the most such lines that
/// any six columns from `MIN_WIDTH - SLACK` on hold (every window's lines
/// lie within six columns of its narrowest one); `counted` is at least those lines plus the lines
/// that end a sentence, are not page markers and have `MIN_WIDTH` bytes
/// or more (a line of `n` bytes is at least `n / 2` columns wide: all of
/// them are measured).
fn may_be_wrapped(src: &str, lines: &[RawLine], tables: &[Range<usize>]) -> bool {
    // (Room for a few dozen widths at once rather than by doubling.)
    let mut open: Vec<u16> = Vec::with_capacity(32);
    let mut counted = 0usize;
    for part in outside(lines, tables) {
        for l in part {
            // (The bytes, not a `str`: only the lines measured are sliced so.)
            let b = &src.as_bytes()[l.text.start..l.text.end];
            // The tests put together without a branch each (which a line
            // passes varies from line to line); a line of fewer than
            // `MIN_WIDTH / 2` bytes passes neither.
            let ends = ends_bytes_sentence_inline(b);
            // A line that ends a sentence is no page marker, which ends with
            // a dash, white space, a dot, 页 or a digit.
            counted += usize::from(ends & (b.len() >= MIN_WIDTH));
            // (A line of fewer bytes is narrower than any window reaches, and
            // left out of `counted`, which stays a lower bound.)
            if !ends & (b.len() + SLACK >= MIN_WIDTH) {
                if let Some(w) = measured_width(&src[l.text]) {
                    counted += 1;
                    // No window reaches below `MIN_WIDTH - SLACK` columns.
                    if usize::from(w) + SLACK >= MIN_WIDTH {
                        open.push(w);
                    }
                }
            }
        }
    }
    open.sort_unstable();
    // The most widths within six columns of one of them.
    let mut most = 0;
    let mut hi = 0;
    for lo in 0..open.len() {
        while hi < open.len() && usize::from(open[hi]) <= usize::from(open[lo]) + SLACK {
            hi += 1;
        }
        most = most.max(hi - lo);
    }
    most >= 4 && most * 25 >= counted * 3
}

/// Lines up to which the window is found from the sorted widths rather
/// than from a histogram of every width.
const SMALL: usize = 256;

/// The window `[w - SLACK, w]` holding the most lines, `w` from
/// `MIN_WIDTH` to `upper`, ties to the wider: `(w, lines in it)`. The
/// count changes only where a width enters or leaves the window, so the
/// widest window of the most lines ends at `upper` or just before a width
/// leaves it (`w = width + SLACK`): only those ends are counted.
fn best_window_sorted(widths: &mut [(u16, bool)], upper: usize) -> (usize, usize) {
    widths.sort_unstable_by_key(|w| w.0);
    let ws = || widths.iter().map(|w| usize::from(w.0));
    // Lines of width at most `w`, for ends in increasing order.
    let mut best = (0, 0);
    let (mut upto, mut below) = (0, 0);
    let ends = ws().map(|w| w + SLACK).filter(|&e| e >= MIN_WIDTH && e < upper).chain(std::iter::once(upper));
    for end in ends {
        while upto < widths.len() && usize::from(widths[upto].0) <= end {
            upto += 1;
        }
        while below < widths.len() && usize::from(widths[below].0) + SLACK < end {
            below += 1;
        }
        let n = upto - below;
        if n >= best.1 {
            best = (end, n);
        }
    }
    best
}

/// [`best_window_sorted`] by a histogram of the widths: linear in the
/// lines, for a long document.
fn best_window(widths: &[(u16, bool)], upper: usize) -> (usize, usize) {
    let mut hist = [0u32; MAX_WIDTH + 1];
    for w in widths {
        hist[usize::from(w.0)] += 1;
    }
    let at = |w: usize| hist[w] as usize;
    let mut best = (0, 0);
    let mut in_window = 0;
    for w in 0..=upper {
        in_window += at(w);
        if w > SLACK {
            in_window -= at(w - SLACK - 1);
        }
        if w >= MIN_WIDTH && in_window >= best.1 {
            best = (w, in_window);
        }
    }
    best
}

/// Does `text` end a sentence (so that the next line starts a new one)?
fn ends_sentence(text: &str) -> bool {
    ends_bytes_sentence(text.as_bytes())
}

/// [`ends_sentence`] of the text of the bytes `t`. One copy, out of line,
/// for the rules that ask of a line or two ([`may_be_wrapped`], which asks
/// of every line, inlines its own).
#[inline(never)]
fn ends_bytes_sentence(t: &[u8]) -> bool {
    ends_bytes_sentence_inline(t)
}

/// [`ends_bytes_sentence`], inlined.
#[inline(always)]
fn ends_bytes_sentence_inline(mut t: &[u8]) -> bool {
    // By the bytes of the last chars (it runs on every line): closing
    // quotes and brackets are passed over from the end. A char's UTF-8 is
    // never the tail of another's, so the byte patterns are the chars.
    // The last byte picks the char it may end (a jump, not a chain of
    // compares); the two bytes before it are checked in place.
    loop {
        let Some(&c) = t.last() else { return false };
        // The two bytes before the last, if there are two.
        let (a, b) = match t {
            [.., a, b, _] => (*a, *b),
            _ => (0, 0),
        };
        match c {
            b'!' | b'?' | b';' | b':' => return true,
            b'"' | b')' => t = &t[..t.len() - 1],
            // 。 and 」 』
            0x82 => return [a, b] == [0xE3, 0x80],
            0x8D | 0x8F if [a, b] == [0xE3, 0x80] => t = &t[..t.len() - 3],
            // ！ ？ ； ： and ）
            0x81 | 0x9F | 0x9B | 0x9A => return [a, b] == [0xEF, 0xBC],
            0x89 if [a, b] == [0xEF, 0xBC] => t = &t[..t.len() - 3],
            // … and ” ’
            0xA6 => return [a, b] == [0xE2, 0x80],
            0x9D | 0x99 if [a, b] == [0xE2, 0x80] => t = &t[..t.len() - 3],
            _ => return false,
        }
    }
}

/// Does `text` end a sentence? Public for the unnumbered heading rule.
pub(crate) fn ends_sentence_pub(text: &str) -> bool {
    ends_sentence(text)
}

/// Columns below the wrap width that a heading line may end at and still
/// be cut: headings are often set in another face, a few chars narrower.
const HEADING_SLACK: usize = 12;

/// Is the line `text` cut by the wrap of width `width`? `heading` for a
/// line that opens with a heading marker.
pub(crate) fn is_cut(text: &str, width: usize, heading: bool) -> bool {
    let slack = if heading { HEADING_SLACK } else { SLACK };
    !text.is_empty() && display_width(text) + slack >= width && !ends_sentence(text)
}

/// The widest run of ASCII that [`is_cut_before`] takes as one word.
const MAX_WORD: usize = 16;

/// Is the line `text` cut by the wrap of width `width` before `next`,
/// though it ends short of the width? A converter breaks a line before a
/// word that does not fit, and a number or a Latin word is one word
/// (`…支出总量` / `2959.73 亿元`): the line ends as many columns short as
/// the word is wide. Only a line that does not end a sentence, and only
/// before a word of ASCII letters, digits and the signs inside numbers.
pub(crate) fn is_cut_before(text: &str, next: &str, width: usize) -> bool {
    let word = next.bytes().take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b',' | b'%')).count();
    if word == 0 || word > MAX_WORD || text.is_empty() || ends_sentence(text) {
        return false;
    }
    // The slack of a full line: justified text is not exact, and a
    // converter may keep the unit with the number (`558.08 亿元`).
    display_width(text) + word + SLACK > width
}

/// May [`is_cut_before`] hold for a line of `text` before some next line?
/// A bound from the line alone, so that most lines are let go at once.
pub(crate) fn may_be_cut_before(text: &str, width: usize) -> bool {
    display_width(text) + MAX_WORD + SLACK > width
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::line::split;

    #[test]
    fn a_line_is_cut_before_a_number_that_did_not_fit() {
        let line = "元；中央社会保险基金预算收入总量 3005.6 亿元、支出总量";
        assert_eq!(display_width(line), 54);
        assert!(is_cut_before(line, "2959.73 亿元，年末滚存结余 85.58 亿元。", 60), "54 + 7 columns pass 60");
        assert!(!is_cut_before("中央社会保险基金预算收入总量 3005.6 亿元", "15 亿元。", 60), "47 + 2 columns fit");
        assert!(!is_cut_before(line, "财政收入稳步增长。", 60), "an ideograph is no word of its own");
        assert!(!is_cut_before("全年共办理案件。", "2959.73 亿元", 18), "a sentence ended");
    }

    proptest::proptest! {
        #[test]
        fn a_line_that_ends_a_sentence_is_no_page_marker(
            text in "[-—－·第共页 0-9０１Pagef]{0,8}[。！？；：…!?;:]?[”’」』）)\"]{0,2}",
        ) {
            if ends_sentence(&text) {
                proptest::prop_assert!(!is_page_marker(&text));
            }
        }

        #[test]
        fn windows_from_sorted_widths_are_the_histogram_windows(
            spread in proptest::collection::vec(15u16..=400, 1..60),
            close in proptest::collection::vec(24u16..=44, 0..40),
        ) {
            let ws: Vec<u16> = spread.into_iter().chain(close).collect();
            let mut widths: Vec<(u16, bool)> = ws.iter().map(|&w| (w, w % 3 == 0)).collect();
            let widest = usize::from(*ws.iter().max().unwrap());
            let upper = (widest + SLACK + 1).min(MAX_WIDTH);
            proptest::prop_assume!(upper >= MIN_WIDTH);
            let by_hist = best_window(&widths, upper);
            proptest::prop_assert_eq!(best_window_sorted(&mut widths, upper), by_hist);
        }

        #[test]
        fn the_cheap_test_passes_every_wrapped_text(
            base in 15usize..=40,
            lines in proptest::collection::vec((0usize..40, 0usize..4, 0usize..6), 1..40),
            table in 0usize..6,
        ) {
            // Lines cut near one width and lines of spread widths, ending a
            // sentence or not, a few of them page markers or closed by quotes
            // (about one text in six is wrapped).
            let mut text = String::new();
            for (n, end, kind) in lines {
                match kind {
                    0 => text.push_str("- 3 -"),
                    1 => text.push_str(&"a".repeat(10 + n * 2)),
                    2 => text.push_str(&"字".repeat(5 + n)),
                    _ => text.push_str(&"字".repeat(base - n % 3)),
                }
                text.push_str(["。", "", "”", "。）"][end]);
                text.push('\n');
            }
            let lines = split(&text, 0);
            let w = measured_wrap_width(&text, lines.iter());
            proptest::prop_assert_eq!(wrap_width(&text, &lines, &[]), w);
            // Lines in tables are left out, as they were by a flag a line.
            let tables = [1..3.min(lines.len()), 5.min(lines.len())..(8 + table).min(lines.len())];
            let in_table = |j: usize| tables.iter().any(|r| r.contains(&j));
            let kept = lines.iter().enumerate().filter(|&(j, _)| !in_table(j)).map(|(_, l)| l);
            proptest::prop_assert_eq!(wrap_width(&text, &lines, &tables), measured_wrap_width(&text, kept));
        }

        #[test]
        fn sentence_ends_by_bytes_are_sentence_ends_by_chars(text in "[。！？；：!?;:…”’\"）)」』a字]{0,6}") {
            let t = text.trim_end_matches(['”', '’', '"', '）', ')', '」', '』']);
            let by_chars = t.ends_with(['。', '！', '？', '；', '：', '!', '?', ';', ':', '…']);
            proptest::prop_assert_eq!(ends_sentence(&text), by_chars);
        }

        #[test]
        fn display_width_counts_columns_by_chars(text in "\\PC{0,40}") {
            let by_chars: usize = text.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum();
            proptest::prop_assert_eq!(display_width(&text), by_chars);
        }
    }

    #[test]
    fn pdf_text_is_wrapped_and_web_text_is_not() {
        let mut pdf = String::new();
        for k in 0..12 {
            pdf.push_str(&"字".repeat(28 + k % 2));
            pdf.push_str(if k % 4 == 3 { "。\n" } else { "\n" });
        }
        assert!(wrap_width(&pdf, &split(&pdf, 0), &[]).is_some());
        let mut web = String::new();
        for k in 0..12 {
            web.push_str(&"字".repeat(20 + k * 13));
            web.push_str("。\n");
        }
        assert_eq!(wrap_width(&web, &split(&web, 0), &[]), None);
    }

    #[test]
    fn widths() {
        assert_eq!(display_width("2024 年"), 7);
        let long = "字a，\u{a0}".repeat(1500);
        assert_eq!(display_width(&long), 1500 * 7, "over many blocks of chunks");
        assert!(ends_sentence("完成。”"));
        assert!(!ends_sentence("持续推动政府网站和政务新"));
        assert!(ends_sentence("（见附件）：") && ends_sentence("他说：“好！”") && ends_sentence("完…"));
        assert!(!ends_sentence("”）") && !ends_sentence("") && !ends_sentence("甲乙"));
    }
}
