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

use super::line::{is_ws, trim};
use crate::span::Span;

/// Byte spans of a heading's parts, all absolute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct HeadingParts {
    pub title: Span,
    pub terminator: Option<Span>,
    /// The run-in body text, trimmed; `None` when nothing follows the title.
    pub body: Option<Span>,
}

const TERMINATORS: [char; 3] = ['。', '：', ':'];

/// Split `source[after_marker..end]` into title, terminator and body.
pub(crate) fn split(source: &str, after_marker: usize, end: usize) -> HeadingParts {
    let rest = &source[after_marker..end];
    match rest.find(TERMINATORS) {
        None => HeadingParts { title: trim(source, Span::new(after_marker, end)), terminator: None, body: None },
        Some(at) => {
            let t_start = after_marker + at;
            let t_len = rest[at..].chars().next().map_or(1, char::len_utf8);
            let terminator = Span::new(t_start, t_start + t_len);
            let title = trim(source, Span::new(after_marker, t_start));
            let body = trim(source, Span::new(terminator.end, end));
            HeadingParts { title, terminator: Some(terminator), body: (!body.is_empty()).then_some(body) }
        }
    }
}

/// Where the marker's white space padding ends.
pub(crate) fn skip_ws(source: &str, from: usize, end: usize) -> usize {
    let s = &source[from..end];
    from + (s.len() - s.trim_start_matches(is_ws).len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_runs_to_the_first_terminator() {
        let src = "（一）坚持依法行政，加大公开力度。依法接受监督：全年办件30件。";
        let p = split(src, 9, src.len());
        assert_eq!(&src[p.title], "坚持依法行政，加大公开力度");
        assert_eq!(&src[p.terminator.unwrap()], "。");
        assert_eq!(&src[p.body.unwrap()], "依法接受监督：全年办件30件。");
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
