//! Page markers of converted text (PDF, Word): the page numbers a converter
//! leaves between the lines of the body.
//!
//! ```text
//! page_marker ::= dash+ ws* number ws* dash+          (`- 1 -`, `— 7 —`, `－12－`)
//!               | dot ws* number ws* dot               (`·3·`, a gazette's)
//!               | "第" ws* number ws* "页"              (`第 3 页`)
//!               | "第" ws* number ws* "页" sep? ws* "共" ws* number ws* "页"
//!               | "共" ws* number ws* "页" sep? ws* "第" ws* number ws* "页"
//! dash        ::= "-" | "—" | "–" | "―" | "－" | "─"
//! dot         ::= "·" | "•" | "・" | "‧"
//! number      ::= digit{1,4}
//! sep         ::= "，" | "," | "/" | ws
//! ```
//!
//! The whole line must be a marker: a dash and a number inside a sentence
//! are text.
//!
//! A running header or footer is a short line (four chars at least, no
//! `。`, no heading marker)
//! that a document with page markers repeats on at least half of its
//! pages, and three times at least.

use super::line::RawLine;
use crate::text::ws::is_ws;
use std::collections::{HashMap, HashSet};

/// Longest running header or footer, in chars.
const RUNNING_CHARS: usize = 30;
/// Shortest running header or footer, in chars other than spaces: a
/// table's header cell (`维持`, `结 果`) repeats too.
const RUNNING_MIN_CHARS: usize = 4;

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '—' | '–' | '―' | '－' | '─')
}

fn is_dot(c: char) -> bool {
    matches!(c, '·' | '•' | '・' | '‧')
}

/// `s` after one to four digits (ASCII or full-width), or `None`.
fn number(s: &str) -> Option<&str> {
    let s = s.trim_start_matches(is_ws);
    let rest = s.trim_start_matches(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c));
    let n = s[..s.len() - rest.len()].chars().count();
    (1..=4).contains(&n).then(|| rest.trim_start_matches(is_ws))
}

/// `第 N 页` at the start of `s`; the rest.
fn nth_page<'a>(s: &'a str, word: &str) -> Option<&'a str> {
    let rest = number(s.strip_prefix(word)?)?;
    rest.strip_prefix('页')
}

/// Is the trimmed line `text` a page marker?
pub(crate) fn is_page_marker(text: &str) -> bool {
    if text.len() > 40 {
        return false;
    }
    let undashed = text.trim_start_matches(|c: char| is_dash(c) || is_ws(c));
    if undashed.len() < text.len() {
        let Some(rest) = number(undashed) else { return false };
        return !rest.is_empty() && rest.chars().all(|c| is_dash(c) || is_ws(c));
    }
    let undotted = text.strip_prefix(is_dot).map(|r| r.trim_start_matches(is_ws));
    if let Some(rest) = undotted.and_then(number) {
        return rest.strip_prefix(is_dot).is_some_and(|r| r.trim_matches(is_ws).is_empty());
    }
    if nth_page(text, "第").is_some_and(|r| r.trim_matches(is_ws).is_empty()) {
        return true;
    }
    let pair = |a: &str, b: &str| {
        nth_page(text, a)
            .map(|r| r.trim_start_matches(|c: char| matches!(c, '，' | ',' | '/') || is_ws(c)))
            .and_then(|r| nth_page(r, b))
            .is_some_and(|r| r.trim_matches(is_ws).is_empty())
    };
    pair("第", "共") || pair("共", "第")
}

/// The running headers and footers of a converted document: texts of
/// lines, found in one pass (empty when it has fewer than two page markers).
pub(crate) fn running_lines<'s>(src: &'s str, lines: &[RawLine]) -> HashSet<&'s str> {
    let pages = lines.iter().filter(|l| !l.is_blank() && is_page_marker(&src[l.text])).count();
    if pages < 2 {
        return HashSet::new();
    }
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for l in lines {
        let text = &src[l.text];
        if text.is_empty() || is_page_marker(text) {
            continue;
        }
        if !text.contains('。')
            && text.chars().nth(RUNNING_CHARS).is_none()
            && text.chars().filter(|c| !is_ws(*c)).nth(RUNNING_MIN_CHARS - 1).is_some()
            && super::marker::marker(text).is_none()
        {
            *counts.entry(text).or_default() += 1;
        }
    }
    counts.into_iter().filter(|&(_, n)| n >= 3 && n * 2 >= pages).map(|(t, _)| t).collect()
}

#[cfg(test)]
mod tests {
    use super::is_page_marker;

    #[test]
    fn page_markers() {
        for m in [
            "- 1 -",
            "— 7 —",
            "－12－",
            "-3-",
            "第1页 共4页",
            "第 2 页，共 4 页",
            "共3页 第2页",
            "·3·",
            "• 12 •",
            "第 3 页",
            "第3页",
        ] {
            assert!(is_page_marker(m), "{m}");
        }
        for t in ["- 1", "2024", "—— 2025年", "第一页", "- 一是 -", "第1页内容", "·3", "·一·", "第3页。", "·3·5"]
        {
            assert!(!is_page_marker(t), "{t}");
        }
    }
}
