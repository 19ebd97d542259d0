//! Text and navigation: the text of every node, sections by part kind,
//! and every section with its path.
//!
//! Nodes hold spans, not text; each takes the [`Document`] it came from
//! and gives its text as a slice of the source (or, for a section, its
//! lines joined).
//!
//! ```
//! use gongwen::PartKind;
//! let doc = gongwen::parse("某县2024年度法治政府建设情况报告\n一、主要举措和成效\n（一）强化领导。全年办件30件。\n来源：县政府\n二、下一年度主要安排\n继续推进。\n");
//! let measures = doc.section(PartKind::Measures).unwrap();
//! assert_eq!(measures.text(&doc), "一、主要举措和成效\n（一）强化领导。全年办件30件。");
//! let (path, sub) = doc.sections_recursive().nth(1).unwrap();
//! assert_eq!(path.to_string(), "一、主要举措和成效 / （一）强化领导");
//! assert_eq!(sub.heading.text(&doc), "（一）强化领导。全年办件30件。");
//! assert_eq!(doc.sections_of(PartKind::Plans).count(), 1);
//! ```

use crate::document::Document;
use crate::span::Span;
use crate::syntax::tree::{
    paragraphs_of, Block, Clutter, Heading, Item, Line, Paragraph, PartKind, Section, SignatureLine,
};
use std::borrow::Cow;
use std::fmt;

impl Paragraph {
    /// The paragraph's text, without indent or line end; a paragraph
    /// hard-wrapped over lines is joined without the breaks and the page
    /// markers between them.
    pub fn text<'d>(&self, doc: &'d Document) -> Cow<'d, str> {
        self.joined(doc.source())
    }
}

impl Item {
    /// The item's text, marker words included (`二是发挥…作用。`).
    pub fn text<'d>(&self, doc: &'d Document) -> &'d str {
        doc.text(self.span)
    }
}

impl Line {
    /// The line's text, trimmed.
    pub fn text<'d>(&self, doc: &'d Document) -> &'d str {
        doc.text(self.text)
    }
}

impl Clutter {
    /// The clutter's text, trimmed.
    pub fn text<'d>(&self, doc: &'d Document) -> &'d str {
        doc.text(self.text)
    }
}

impl SignatureLine {
    /// The signature line's text, trimmed.
    pub fn text<'d>(&self, doc: &'d Document) -> &'d str {
        doc.text(self.text)
    }
}

impl Block {
    /// The block's text without indent or line end; empty for blank lines.
    /// A paragraph is joined over its line wraps; a table or a table of
    /// contents is its text as written, line breaks included.
    pub fn text<'d>(&self, doc: &'d Document) -> Cow<'d, str> {
        match self {
            Block::Blank { span } => Cow::Borrowed(doc.text(Span::empty(span.start))),
            Block::Clutter(c) => Cow::Borrowed(c.text(doc)),
            Block::Title(l) | Block::Addressee(l) => Cow::Borrowed(l.text(doc)),
            Block::Paragraph(p) => p.text(doc),
            Block::Signature(s) => Cow::Borrowed(s.text(doc)),
            Block::Table(t) => Cow::Borrowed(doc.text(t.text_span())),
            Block::Toc(t) => Cow::Borrowed(doc.text(Span::new(
                t.head.text.start,
                t.entries.last().map_or(t.head.text.end, |l| l.text.end.max(t.head.text.end)),
            ))),
        }
    }
}

impl Heading {
    /// The span of the heading's line of text: from the marker to the end
    /// of the run-in body (or of the title and its terminator).
    pub fn text_span(&self) -> Span {
        let end = match (&self.body, self.terminator) {
            (Some(body), _) => body.text.end,
            (None, Some(t)) => t.end,
            (None, None) => self.title_span.end,
        };
        Span::new(self.marker.span.start, end.max(self.marker.span.end))
    }

    /// The heading as written, from its marker to the end of its run-in
    /// body: `（一）强化领导。全年办件30件。`.
    pub fn text<'d>(&self, doc: &'d Document) -> &'d str {
        doc.text(self.text_span())
    }
}

impl Section {
    /// The section's text: its heading line, its paragraphs (each joined
    /// over its line wraps) and tables, and those of its subsections, one
    /// paragraph a line, joined by `\n`. Clutter, blank lines, tables of
    /// contents and line indents are left out.
    pub fn text(&self, doc: &Document) -> String {
        let mut out = String::new();
        for s in self.walk() {
            push_line(&mut out, s.heading.text(doc));
            for b in &s.body {
                if let Block::Paragraph(_) | Block::Table(_) = b {
                    push_line(&mut out, &b.text(doc));
                }
            }
        }
        out
    }

    /// The paragraphs right under this section (the heading's run-in body
    /// first), not those of its subsections.
    pub fn paragraphs(&self) -> impl Iterator<Item = &Paragraph> {
        self.heading.body.iter().chain(paragraphs_of(&self.body))
    }
}

fn push_line(out: &mut String, line: &str) {
    if line.is_empty() {
        return;
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out.push_str(line);
}

/// The headings from a top-level section down to a section, outermost
/// first. Displays as `一、主要举措 / （二）强化监督` (markers and titles,
/// joined by ` / `).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectionPath<'d> {
    headings: Vec<&'d Heading>,
}

impl<'d> SectionPath<'d> {
    /// The headings, outermost first.
    pub fn headings(&self) -> &[&'d Heading] {
        &self.headings
    }

    /// How many headings (the section's depth plus one).
    pub fn len(&self) -> usize {
        self.headings.len()
    }

    /// Whether the path is empty (never, for a path given by
    /// [`Document::sections_recursive`]).
    pub fn is_empty(&self) -> bool {
        self.headings.is_empty()
    }
}

impl fmt::Display for SectionPath<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, h) in self.headings.iter().enumerate() {
            if i > 0 {
                f.write_str(" / ")?;
            }
            write!(f, "{}{}", h.marker.text, h.title)?;
        }
        Ok(())
    }
}

impl Document {
    /// The top-level sections of one part kind, in order.
    pub fn sections_of(&self, kind: PartKind) -> impl Iterator<Item = &Section> {
        self.sections().iter().filter(move |s| s.kind == Some(kind))
    }

    /// The first top-level section of a part kind.
    pub fn section(&self, kind: PartKind) -> Option<&Section> {
        self.sections_of(kind).next()
    }

    /// Every section, top-level and nested, in document order, each with
    /// its path (the headings from its top-level section down to it).
    /// [`all_sections`](Document::all_sections) gives the same sections
    /// without paths.
    pub fn sections_recursive(&self) -> impl Iterator<Item = (SectionPath<'_>, &Section)> {
        let mut path: Vec<&Heading> = Vec::new();
        self.all_sections().map(move |s| {
            path.truncate(s.depth);
            path.push(&s.heading);
            (SectionPath { headings: path.clone() }, s)
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::{Block, PartKind};

    const TEXT: &str = "某县2024年度法治政府建设情况报告\n\
        一、主要举措和成效\n\
        \u{3000}\u{3000}（一）强化领导。全年办件30件。\n\
        来源：县政府\n\
        \u{3000}\u{3000}一是加强学习。二是完善制度。\n\
        \n\
        （二）严格执法\n\
        办结案件12件。\n\
        二、存在的不足和原因\n\
        基层力量薄弱。\n\
        三、下一年度主要安排\n\
        继续推进。\n";

    #[test]
    fn section_text_is_heading_and_body_without_clutter() {
        let doc = crate::parse(TEXT);
        let first = &doc.sections()[0];
        assert_eq!(
            first.text(&doc),
            "一、主要举措和成效\n（一）强化领导。全年办件30件。\n一是加强学习。二是完善制度。\n（二）严格执法\n办结案件12件。"
        );
        assert_eq!(first.children[0].text(&doc), "（一）强化领导。全年办件30件。\n一是加强学习。二是完善制度。");
        assert!(!doc.sections().iter().any(|s| s.text(&doc).contains("来源")));
    }

    #[test]
    fn node_texts() {
        let doc = crate::parse(TEXT);
        let sub = &doc.sections()[0].children[0];
        assert_eq!(sub.heading.text(&doc), "（一）强化领导。全年办件30件。");
        assert_eq!(sub.heading.body.as_ref().unwrap().text(&doc), "全年办件30件。");
        let paras: Vec<std::borrow::Cow<str>> = sub.paragraphs().map(|p| p.text(&doc)).collect();
        assert_eq!(paras, ["全年办件30件。", "一是加强学习。二是完善制度。"]);
        let items = &sub.paragraphs().nth(1).unwrap().items;
        assert_eq!(items.iter().map(|i| i.text(&doc)).collect::<Vec<_>>(), ["一是加强学习。", "二是完善制度。"]);
        let blocks: Vec<std::borrow::Cow<str>> = sub.body.iter().map(|b| b.text(&doc)).collect();
        assert!(blocks.iter().any(|b| b == "来源：县政府"), "{blocks:?}");
        assert!(sub.body.iter().any(|b| matches!(b, Block::Blank { .. }) && b.text(&doc).is_empty()));
        let title = doc.front().iter().find_map(|b| match b {
            Block::Title(l) => Some(l.text(&doc)),
            _ => None,
        });
        assert_eq!(title, Some("某县2024年度法治政府建设情况报告"));
    }

    #[test]
    fn sections_by_kind_and_with_paths() {
        let doc = crate::parse(TEXT);
        assert_eq!(doc.section(PartKind::Shortcomings).unwrap().heading.title, "存在的不足和原因");
        assert_eq!(doc.sections_of(PartKind::Measures).count(), 1);
        assert!(doc.section(PartKind::Leadership).is_none());
        let paths: Vec<String> = doc.sections_recursive().map(|(p, _)| p.to_string()).collect();
        assert_eq!(
            paths,
            [
                "一、主要举措和成效",
                "一、主要举措和成效 / （一）强化领导",
                "一、主要举措和成效 / （二）严格执法",
                "二、存在的不足和原因",
                "三、下一年度主要安排",
            ]
        );
        for (path, s) in doc.sections_recursive() {
            assert_eq!(path.len(), s.depth + 1);
            assert!(std::ptr::eq(*path.headings().last().unwrap(), &s.heading));
        }
        assert_eq!(doc.sections_recursive().count(), doc.all_sections().count());
    }
}
