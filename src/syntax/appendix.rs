//! Appendices and glossaries standing alone after the body.
//!
//! ```text
//! appendix  ::= md? (numbered | bare) md?              (the whole line)
//! numbered  ::= ("附件" | "附表" | "附录") ws* number (sep title)?
//! bare      ::= "名词解释" | "注释" | "附件" | "附表" | "附录"
//!             | ("名词解释" | "注释") ("：" | ":") ws*       (`注释：` over its notes)
//!             | ("附件" | "附表" | "附录") ("：" | ":") ws* what   (`附件：…清单`)
//! what      ::= no marker first, no `。`, at most 60 chars
//! number    ::= digit+ | cn_int
//! sep       ::= "：" | ":" | ws+
//! md        ::= "#"+ ws* | "**"
//! ```
//!
//! `附件1` alone takes its title from the next line; `名词解释` is its own
//! title, with an empty marker and ordinal 0. `相关附件>>` and a sentence
//! that mentions 附件 are text. A glossary's numbered entries
//! (`1.“两重”：是指…`) are not headings: see [`is_glossary`].

use super::marker;
use crate::text::ws::is_ws;

/// An appendix line, offsets relative to its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct AppendixLine {
    /// The marker (`附件1`); empty for a bare word.
    pub marker: (usize, usize),
    /// The ordinal (0 for a bare word).
    pub ordinal: u32,
    /// The title on this line, if any.
    pub title: Option<(usize, usize)>,
    /// A bare word's colon and what follows it (`附件：…清单`): the
    /// heading's terminator and run-in text, the word being its title.
    pub what: Option<((usize, usize), (usize, usize))>,
    /// The colon closing a glossary word alone on its line (`注释：`,
    /// `名词解释:`): the heading's terminator, with nothing run in.
    pub colon: Option<(usize, usize)>,
}

const BARE: [&str; 5] = ["名词解释", "注释", "附件", "附表", "附录"];
const NUMBERED: [&str; 3] = ["附件", "附表", "附录"];

/// Is a section with this title a glossary, whose numbered lines are entries?
/// A Traditional title (`名詞解釋`, `註釋`) is read folded to Simplified.
pub(crate) fn is_glossary(title: &str) -> bool {
    let glossary = |t: &str| matches!(t, "名词解释" | "注释" | "名词注释" | "注释说明" | "名词解释说明");
    // Six chars at most: a longer title (most) is told by its length.
    // `with_folded` tests the title itself when nothing in it folds.
    title.len() <= 6 * 3 && crate::text::script::with_folded(title, glossary)
}

fn markdown_len(text: &str) -> usize {
    let t = text.trim_start_matches('#');
    if t.len() < text.len() {
        return text.len() - t.trim_start_matches(is_ws).len();
    }
    if text.starts_with("**") {
        2
    } else {
        0
    }
}

/// Read an appendix line.
///
/// Every word opens with 附, 名 or 注 (註 in Traditional), after the
/// markdown marks if any: most lines (this runs on every line, from
/// several places) are told by their first char, read from its bytes
/// where it is asked, without a call.
#[inline(always)]
pub(crate) fn appendix(text: &str) -> Option<AppendixLine> {
    // 附 E9 99 84, 名 E5 90 8D, 注 E6 B3 A8, 註 E8 A8 BB.
    if !matches!(
        text.as_bytes(),
        [b'#' | b'*', ..]
            | [0xE9, 0x99, 0x84, ..]
            | [0xE5, 0x90, 0x8D, ..]
            | [0xE6, 0xB3, 0xA8, ..]
            | [0xE8, 0xA8, 0xBB, ..]
    ) {
        return None;
    }
    appendix_read(text)
}

/// [`appendix`] past its first-char test.
#[inline(never)]
fn appendix_read(text: &str) -> Option<AppendixLine> {
    // A Traditional line (`名詞解釋`, `附錄1`) is read folded to
    // Simplified: folding keeps every byte offset, so the spans read from
    // the copy are the line's.
    crate::text::script::with_folded(text, read_line)
}

/// [`appendix`] past its first-char test, on Simplified text.
fn read_line(text: &str) -> Option<AppendixLine> {
    let lead = markdown_len(text);
    let body = text[lead..].trim_end_matches('*');
    let end = lead + body.len();
    if let Some(w) = BARE.iter().find(|w| body == **w) {
        return Some(AppendixLine {
            marker: (lead, lead),
            ordinal: 0,
            title: Some((lead, lead + w.len())),
            what: None,
            colon: None,
        });
    }
    // `注释：` alone over its numbered notes, as a communiqué sets it: the
    // colon ends the heading. Only the glossary words: `附件：` alone
    // heads a list of the attachments' names.
    if let Some(w) = ["注释", "名词解释"].iter().find(|w| body.starts_with(**w)) {
        let after = &body[w.len()..];
        if let Some(rest) = after.strip_prefix(['：', ':']).filter(|r| r.trim_end_matches(is_ws).is_empty()) {
            let colon = lead + w.len();
            return Some(AppendixLine {
                marker: (lead, lead),
                ordinal: 0,
                title: Some((lead, colon)),
                what: None,
                colon: Some((colon, colon + (after.len() - rest.len()))),
            });
        }
    }
    if let Some(w) = NUMBERED.iter().find(|w| body.starts_with(**w)) {
        let after = &body[w.len()..];
        if let Some(rest) = after.strip_prefix(['：', ':']) {
            let what = rest.trim_start_matches(is_ws).trim_end_matches(is_ws);
            let colon = lead + w.len();
            let start = end - rest.trim_start_matches(is_ws).len();
            // `附件：1.…` is an attachment note listing attachments.
            let fits = !what.is_empty()
                && !what.contains('。')
                && what.chars().nth(60).is_none()
                && marker::marker(what).is_none();
            return fits.then_some(AppendixLine {
                marker: (lead, lead),
                ordinal: 0,
                title: Some((lead, colon)),
                what: Some(((colon, colon + (after.len() - rest.len())), (start, start + what.len()))),
                colon: None,
            });
        }
    }
    let word = NUMBERED.iter().find(|w| body.starts_with(**w))?;
    let rest = &body[word.len()..];
    let rest_t = rest.trim_start_matches(is_ws);
    let digits = rest_t.len() - rest_t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let (ordinal, num_len) = if (1..=2).contains(&digits) {
        (rest_t[..digits].parse().ok()?, digits)
    } else {
        let (after, n) = marker::cn_int(rest_t).ok()?;
        (n, rest_t.len() - after.len())
    };
    let marker_end = lead + word.len() + (rest.len() - rest_t.len()) + num_len;
    let after = &text[marker_end..end];
    // One colon at most parts marker and title (the grammar's `sep`): the
    // body reads that one as the terminator and the rest of the gap as
    // white space, so a second colon belongs to the title.
    let title = after.strip_prefix(['：', ':']).unwrap_or(after).trim_start_matches(is_ws);
    if after.len() > title.len() || after.is_empty() {
        let start = marker_end + (after.len() - title.len());
        let title = title.trim_end_matches(is_ws);
        if title.contains('。') || title.chars().count() > 60 {
            return None;
        }
        let t = (!title.is_empty()).then_some((start, start + title.len()));
        return Some(AppendixLine { marker: (lead, marker_end), ordinal, title: t, what: None, colon: None });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(t: &str) -> Option<(&str, u32, Option<&str>)> {
        appendix(t).map(|a| (&t[a.marker.0..a.marker.1], a.ordinal, a.title.map(|(s, e)| &t[s..e])))
    }

    #[test]
    fn every_word_opens_with_a_char_of_the_first_test() {
        // `appendix` lets only lines opening with these chars through.
        for w in BARE.iter().chain(&NUMBERED) {
            assert!(w.starts_with(['附', '名', '注']), "{w}");
        }
        assert!(appendix("**附件1**").is_some() && appendix("# 名词解释").is_some());
    }

    #[test]
    fn traditional_lines_and_titles_read_as_simplified() {
        assert_eq!(read("名詞解釋"), Some(("", 0, Some("名詞解釋"))));
        assert_eq!(read("註釋"), Some(("", 0, Some("註釋"))));
        assert_eq!(read("附錄2：專項資金表"), Some(("附錄2", 2, Some("專項資金表"))));
        assert!(is_glossary("名詞解釋") && is_glossary("註釋說明") && is_glossary("名词解释"));
        assert!(!is_glossary("部門概況") && !is_glossary("名词解释和其他需要说明的事项"));
    }

    #[test]
    fn appendix_lines() {
        assert_eq!(read("附件1"), Some(("附件1", 1, None)));
        assert_eq!(read("附件 2"), Some(("附件 2", 2, None)));
        assert_eq!(read("附件1：青禾县审计情况表"), Some(("附件1", 1, Some("青禾县审计情况表"))));
        assert_eq!(read("名词解释"), Some(("", 0, Some("名词解释"))));
        assert_eq!(read("## 注释"), Some(("", 0, Some("注释"))));
        assert_eq!(read("相关附件>>"), None);
        assert_eq!(read("附件中的数据均为初步统计数。"), None);
        assert_eq!(read("附件2说明了情况"), None);
        assert_eq!(read("附件：青禾县审计查出问题整改清单"), Some(("", 0, Some("附件"))));
        let a = appendix("**附件：整改清单**").unwrap();
        assert_eq!(
            a.what.map(|(c, w)| (&"**附件：整改清单**"[c.0..c.1], &"**附件：整改清单**"[w.0..w.1])),
            Some(("：", "整改清单"))
        );
        assert_eq!(read("附件：1.青禾县审计情况表"), None, "an attachment note lists attachments");
        assert_eq!(read("附件："), None);
        assert_eq!(read("注释："), Some(("", 0, Some("注释"))), "the colon ends the heading");
        assert_eq!(read("名词解释: "), Some(("", 0, Some("名词解释"))));
        assert_eq!(appendix("注释：").and_then(|a| a.colon), Some((6, 9)));
        assert_eq!(read("注释：1.本公报数据为初步统计数。"), None, "a note run in is text");
        assert_eq!(read("注释中的数据"), None);
        assert_eq!(read("附件：详见附表。"), None);
    }
}
