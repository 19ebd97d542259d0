//! Checks the tree's invariants: a checking tool, public for fuzzers and
//! for users who want to verify a document (say, one built from their own
//! corpus) holds the crate's guarantees. The crate's property tests and
//! fuzzers run it on every input.
//!
//! [`check`] verifies, for any [`Document`]:
//!
//! - **spans**: every span of the tree, of the diagnostics and of the
//!   indicators lies within the source and on char boundaries, and no span
//!   is reversed;
//! - **leaves**: [`Document::leaves`] are in order, do not overlap, cover
//!   the source exactly and rebuild it byte for byte; white-space leaves
//!   (indents, line ends, spaces, blank lines) hold only white space
//!   (Unicode `White_Space`, plus the invisible U+200B and U+FEFF that
//!   garbled pages use as padding, and in an indent the `??` a garbled
//!   full-width indent becomes); a
//!   BOM leaf is one `U+FEFF` at offset 0;
//! - **nesting**: children lie inside their parents and siblings follow one
//!   another: the front blocks, the sections and the back blocks in order;
//!   a section's span starts at its heading and contains its body blocks
//!   and subsections, in that order; a heading contains its marker, title,
//!   terminator and run-in body, in that order; a paragraph's text contains
//!   its items, in order; a line's text lies inside the line; depths count
//!   from 0 and grow by one per level; a marker's text is its source;
//! - **indicators**: every indicator lies inside one paragraph's text or one
//!   heading's title-and-body run, its `text` equals the source it spans,
//!   and its sentence contains it.
//!
//! The walk is iterative (an explicit stack), so a deeply nested tree
//! cannot overflow the call stack, and its cost is `O(n log n)` in the size
//! of the tree.
//!
//! ```
//! let doc = gongwen::parse("一、总体情况\n（一）加强领导。全年开展培训12次。\n");
//! gongwen::invariants::check(&doc)?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use crate::document::Document;
use crate::span::Span;
use crate::syntax::tree::{Block, Heading, Leaf, LeafKind, Paragraph, Section};
use std::fmt;

/// A broken invariant: which one, what is wrong, and where.
///
/// ```
/// # let doc = gongwen::parse("一、总体情况\n");
/// if let Err(v) = gongwen::invariants::check(&doc) {
///     // e.g. "leaf-gap at 6..9: leaves skip bytes 6..9 (\"总\")"
///     eprintln!("{v}");
/// }
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Violation {
    /// A stable id of the invariant, e.g. `span-out-of-bounds`,
    /// `leaf-gap`, `child-outside-parent`.
    pub invariant: &'static str,
    /// What is wrong, in a short lowercase sentence with the source text
    /// involved (shortened when long).
    pub message: String,
    /// The offending span.
    pub span: Span,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at {}..{}: {}", self.invariant, self.span.start, self.span.end, self.message)
    }
}

impl std::error::Error for Violation {}

/// Check the tree's invariants (listed in the [module docs](self)).
///
/// # Errors
/// The first violated invariant found.
pub fn check(doc: &Document) -> Result<(), Violation> {
    let checker = Checker { source: doc.source() };
    checker.spans(doc)?;
    checker.nesting(doc)?;
    checker.leaves(doc)?;
    checker.indicators(doc)?;
    Ok(())
}

/// White space as the grammar reads it: Unicode `White_Space` and the
/// zero-width U+200B and U+FEFF.
fn is_white(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200b}' | '\u{feff}')
}

/// An indent as the grammar reads it: white space, or a full-width indent
/// garbled into question marks (`??`, two or more) with white space around.
fn is_indent(text: &str) -> bool {
    let rest = text.trim_start_matches(is_white);
    let after_marks = rest.trim_start_matches('?');
    let marks = rest.len() - after_marks.len();
    marks != 1 && after_marks.chars().all(is_white)
}

struct Checker<'a> {
    source: &'a str,
}

/// At most this many chars of source are quoted in a message.
const QUOTE: usize = 24;

impl Checker<'_> {
    /// The source of `span`, shortened, for messages (never panics).
    fn quote(&self, span: Span) -> String {
        match self.source.get(span.range()) {
            Some(text) => {
                let mut q: String = text.chars().take(QUOTE).collect();
                if q.len() < text.len() {
                    q.push('…');
                }
                format!("{q:?}")
            }
            None => "(not text)".to_owned(),
        }
    }

    fn fail<T>(&self, invariant: &'static str, span: Span, message: String) -> Result<T, Violation> {
        Err(Violation { invariant, message, span })
    }

    /// In bounds, not reversed, on char boundaries.
    fn span(&self, what: &str, span: Span) -> Result<(), Violation> {
        if span.start > span.end {
            return self.fail("span-reversed", span, format!("{what} span ends before it starts"));
        }
        if span.end > self.source.len() {
            return self.fail(
                "span-out-of-bounds",
                span,
                format!("{what} span ends past the source ({} bytes)", self.source.len()),
            );
        }
        for at in [span.start, span.end] {
            if !self.source.is_char_boundary(at) {
                return self.fail("span-not-char-boundary", span, format!("{what} span splits a char at byte {at}"));
            }
        }
        Ok(())
    }

    /// `inner` lies inside `outer`.
    fn inside(&self, inner_what: &str, inner: Span, outer_what: &str, outer: Span) -> Result<(), Violation> {
        if outer.contains(inner) {
            return Ok(());
        }
        self.fail(
            "child-outside-parent",
            inner,
            format!(
                "{inner_what} {} is not inside its {outer_what} {}..{} {}",
                self.quote(inner),
                outer.start,
                outer.end,
                self.quote(outer)
            ),
        )
    }

    /// `next` starts at or after the end of `prev`.
    fn after(&self, prev_what: &str, prev: Span, next_what: &str, next: Span) -> Result<(), Violation> {
        if prev.end <= next.start {
            return Ok(());
        }
        self.fail(
            "siblings-out-of-order",
            next,
            format!(
                "{next_what} {} starts before the end of the {prev_what} {}..{} before it",
                self.quote(next),
                prev.start,
                prev.end
            ),
        )
    }

    // ---- spans -------------------------------------------------------

    fn spans(&self, doc: &Document) -> Result<(), Violation> {
        if let Some(bom) = doc.tree.bom {
            self.span("bom", bom)?;
        }
        for block in doc.front().iter().chain(doc.back()) {
            self.block_spans(block)?;
        }
        let mut stack: Vec<&Section> = doc.sections().iter().collect();
        while let Some(section) = stack.pop() {
            self.span("section", section.span)?;
            self.heading_spans(&section.heading)?;
            for block in &section.body {
                self.block_spans(block)?;
            }
            stack.extend(&section.children);
        }
        for d in doc.diagnostics() {
            self.span("diagnostic", d.span)?;
        }
        for i in doc.indicators() {
            self.span("indicator", i.span)?;
            self.span("indicator sentence", i.sentence)?;
        }
        Ok(())
    }

    fn heading_spans(&self, h: &Heading) -> Result<(), Violation> {
        self.span("heading", h.span)?;
        self.span("marker", h.marker.span)?;
        self.span("heading title", h.title_span)?;
        if let Some(t) = h.terminator {
            self.span("terminator", t)?;
        }
        if let Some(body) = &h.body {
            self.paragraph_spans(body)?;
        }
        Ok(())
    }

    fn paragraph_spans(&self, p: &Paragraph) -> Result<(), Violation> {
        self.span("paragraph", p.span)?;
        self.span("paragraph text", p.text)?;
        for item in &p.items {
            self.span("item", item.span)?;
            self.span("item marker", item.marker)?;
        }
        Ok(())
    }

    fn block_spans(&self, block: &Block) -> Result<(), Violation> {
        match block {
            Block::Blank { span } => self.span("blank", *span),
            Block::Clutter(c) => {
                self.span("clutter", c.span)?;
                self.span("clutter text", c.text)
            }
            Block::Title(l) | Block::Addressee(l) => {
                self.span("line", l.span)?;
                self.span("line text", l.text)
            }
            Block::Signature(s) => {
                self.span("signature", s.span)?;
                self.span("signature text", s.text)
            }
            Block::Paragraph(p) => self.paragraph_spans(p),
            Block::Table(t) => {
                self.span("table", t.span)?;
                for l in &t.lines {
                    self.span("table line", l.span)?;
                    self.span("table line text", l.text)?;
                    for c in &l.cells {
                        self.span("cell", *c)?;
                    }
                }
                Ok(())
            }
            Block::Toc(t) => {
                self.span("toc", t.span)?;
                for l in std::iter::once(&t.head).chain(&t.entries) {
                    self.span("toc line", l.span)?;
                    self.span("toc line text", l.text)?;
                }
                Ok(())
            }
        }
    }

    // ---- leaves ------------------------------------------------------

    fn leaves(&self, doc: &Document) -> Result<(), Violation> {
        if let Some(bom) = doc.tree.bom {
            if bom != Span::new(0, 3) || !self.source.starts_with('\u{FEFF}') {
                return self.fail("bom", bom, "the bom is not one U+FEFF at offset 0".to_owned());
            }
        }
        let mut at = 0;
        let mut rebuilt = String::with_capacity(self.source.len());
        for leaf in doc.leaves() {
            self.span("leaf", leaf.span)?;
            if leaf.span.start > at {
                let gap = Span::new(at, leaf.span.start);
                return self.fail("leaf-gap", gap, format!("leaves skip {}", self.quote(gap)));
            }
            if leaf.span.start < at {
                return self.fail(
                    "leaf-overlap",
                    leaf.span,
                    format!(
                        "{:?} leaf {} starts before the previous leaf ends at {at}",
                        leaf.kind,
                        self.quote(leaf.span)
                    ),
                );
            }
            let text = &self.source[leaf.span];
            let white = match leaf.kind {
                LeafKind::Indent => is_indent(text),
                LeafKind::LineEnd | LeafKind::Space | LeafKind::Blank => text.chars().all(is_white),
                _ => true,
            };
            if !white {
                return self.fail(
                    "leaf-not-white-space",
                    leaf.span,
                    format!("{:?} leaf holds {}, which is not all white space", leaf.kind, self.quote(leaf.span)),
                );
            }
            if leaf.kind == LeafKind::Bom && text != "\u{FEFF}" {
                return self.fail("bom", leaf.span, format!("bom leaf holds {}", self.quote(leaf.span)));
            }
            rebuilt.push_str(text);
            at = leaf.span.end;
        }
        if at != self.source.len() {
            let rest = Span::new(at, self.source.len());
            return self.fail("leaf-gap", rest, format!("leaves stop before the end, leaving {}", self.quote(rest)));
        }
        if rebuilt != self.source {
            // Unreachable when the checks above pass; kept as the plain statement of the invariant.
            return self.fail(
                "leaves-rebuild",
                Span::new(0, self.source.len()),
                "leaves do not rebuild the source".into(),
            );
        }
        Ok(())
    }

    // ---- nesting -----------------------------------------------------

    fn nesting(&self, doc: &Document) -> Result<(), Violation> {
        let whole = Span::new(0, self.source.len());
        // Top level: bom, front blocks, sections, back blocks, in order.
        let mut prev: Option<(&'static str, Span)> = doc.tree.bom.map(|b| ("bom", b));
        let top = doc
            .front()
            .iter()
            .map(|b| ("front block", b.span()))
            .chain(doc.sections().iter().map(|s| ("section", s.span)))
            .chain(doc.back().iter().map(|b| ("back block", b.span())));
        for (what, span) in top {
            self.inside(what, span, "document", whole)?;
            if let Some((pw, ps)) = prev {
                self.after(pw, ps, what, span)?;
            }
            prev = Some((what, span));
        }
        for block in doc.front().iter().chain(doc.back()) {
            self.block_nesting(block)?;
        }
        // Sections, iteratively, each with its expected depth.
        let mut stack: Vec<(&Section, usize)> = doc.sections().iter().map(|s| (s, 0)).collect();
        while let Some((section, depth)) = stack.pop() {
            self.section_nesting(section, depth)?;
            stack.extend(section.children.iter().map(|c| (c, depth + 1)));
        }
        Ok(())
    }

    fn section_nesting(&self, s: &Section, depth: usize) -> Result<(), Violation> {
        if s.depth != depth {
            return self.fail(
                "section-depth",
                s.heading.span,
                format!(
                    "section {} has depth {} but is nested at depth {depth}",
                    self.quote(s.heading.marker.span),
                    s.depth
                ),
            );
        }
        if s.span.start != s.heading.span.start {
            return self.fail(
                "section-start",
                s.span,
                format!("section span starts at {} but its heading at {}", s.span.start, s.heading.span.start),
            );
        }
        self.inside("heading", s.heading.span, "section", s.span)?;
        self.heading_nesting(&s.heading)?;
        let mut prev = ("heading", s.heading.span);
        let body = s.body.iter().map(|b| ("body block", b.span()));
        let children = s.children.iter().map(|c| ("subsection", c.span));
        for (what, span) in body.chain(children) {
            self.inside(what, span, "section", s.span)?;
            self.after(prev.0, prev.1, what, span)?;
            prev = (what, span);
        }
        if s.span.end != prev.1.end {
            return self.fail(
                "section-end",
                s.span,
                format!("section span ends at {} but its last {} at {}", s.span.end, prev.0, prev.1.end),
            );
        }
        for block in &s.body {
            self.block_nesting(block)?;
        }
        Ok(())
    }

    fn heading_nesting(&self, h: &Heading) -> Result<(), Violation> {
        let m = &h.marker;
        self.inside("marker", m.span, "heading", h.span)?;
        if self.source.get(m.span.range()) != Some(m.text.as_str()) {
            return self.fail(
                "marker-text",
                m.span,
                format!("marker text {:?} is not its source {}", m.text, self.quote(m.span)),
            );
        }
        self.inside("heading title", h.title_span, "heading", h.span)?;
        self.after("marker", m.span, "heading title", h.title_span)?;
        self.breaks_nesting(&h.breaks, "heading", h.span)?;
        let mut prev = ("heading title", h.title_span);
        if let Some(t) = h.terminator {
            self.inside("terminator", t, "heading", h.span)?;
            self.after(prev.0, prev.1, "terminator", t)?;
            prev = ("terminator", t);
        }
        if let Some(body) = &h.body {
            self.inside("run-in body", body.span, "heading", h.span)?;
            self.after(prev.0, prev.1, "run-in body", body.span)?;
            self.paragraph_nesting(body)?;
        }
        Ok(())
    }

    fn paragraph_nesting(&self, p: &Paragraph) -> Result<(), Violation> {
        self.inside("paragraph text", p.text, "paragraph", p.span)?;
        self.breaks_nesting(p.breaks(), "paragraph text", p.text)?;
        let mut prev_line: Option<Span> = None;
        for l in p.lines() {
            self.inside("paragraph line", l.span, "paragraph", p.span)?;
            self.inside("paragraph line text", l.text, "paragraph line", l.span)?;
            if let Some(prev) = prev_line {
                self.after("paragraph line", prev, "paragraph line", l.span)?;
            }
            prev_line = Some(l.span);
        }
        let mut prev: Option<Span> = None;
        for item in &p.items {
            self.inside("item", item.span, "paragraph text", p.text)?;
            self.inside("item marker", item.marker, "item", item.span)?;
            if let Some(prev) = prev {
                self.after("item", prev, "item", item.span)?;
            }
            prev = Some(item.span);
        }
        Ok(())
    }

    fn block_nesting(&self, block: &Block) -> Result<(), Violation> {
        match block {
            Block::Blank { span } => {
                let text = &self.source[*span];
                if !text.chars().all(is_white) {
                    return self.fail(
                        "blank-not-white-space",
                        *span,
                        format!("blank block holds {}", self.quote(*span)),
                    );
                }
                Ok(())
            }
            Block::Clutter(c) => self.inside("clutter text", c.text, "clutter line", c.span),
            Block::Title(l) => self.inside("title text", l.text, "title line", l.span),
            Block::Addressee(l) => self.inside("addressee text", l.text, "addressee line", l.span),
            Block::Signature(s) => self.inside("signature text", s.text, "signature line", s.span),
            Block::Paragraph(p) => self.paragraph_nesting(p),
            Block::Table(t) => {
                let mut prev: Option<Span> = None;
                for l in &t.lines {
                    self.inside("table line", l.span, "table", t.span)?;
                    self.inside("table line text", l.text, "table line", l.span)?;
                    if let Some(p) = prev {
                        self.after("table line", p, "table line", l.span)?;
                    }
                    prev = Some(l.span);
                    let mut prev_cell: Option<Span> = None;
                    for c in &l.cells {
                        self.inside("cell", *c, "table line text", l.text)?;
                        if let Some(p) = prev_cell {
                            self.after("cell", p, "cell", *c)?;
                        }
                        prev_cell = Some(*c);
                    }
                }
                Ok(())
            }
            Block::Toc(t) => {
                let mut prev = t.head.span;
                self.inside("toc head", t.head.span, "toc", t.span)?;
                for l in &t.entries {
                    self.inside("toc entry", l.span, "toc", t.span)?;
                    self.inside("toc entry text", l.text, "toc entry", l.span)?;
                    self.after("toc line", prev, "toc entry", l.span)?;
                    prev = l.span;
                }
                Ok(())
            }
        }
    }

    /// Breaks lie inside their node, in order, and are not empty.
    fn breaks_nesting(&self, breaks: &[Leaf], what: &str, outer: Span) -> Result<(), Violation> {
        let mut prev: Option<Span> = None;
        for b in breaks {
            self.inside("break", b.span, what, outer)?;
            if let Some(p) = prev {
                self.after("break", p, "break", b.span)?;
            }
            prev = Some(b.span);
        }
        Ok(())
    }

    // ---- indicators --------------------------------------------------

    fn indicators(&self, doc: &Document) -> Result<(), Violation> {
        let indicators = doc.indicators();
        if indicators.is_empty() {
            return Ok(());
        }
        // The runs indicators may be read from: paragraph texts and heading
        // title-to-body runs. A heading run contains its body's text, so
        // overlapping runs are merged (touching ones are not: an indicator
        // must not straddle two runs).
        let mut runs: Vec<Span> = doc.paragraphs().map(|p| p.text).collect();
        // Table cells are read too: each row's text is a run.
        let blocks = doc.front().iter().chain(doc.all_sections().flat_map(|s| s.body.iter()));
        for b in blocks {
            if let Block::Table(t) = b {
                runs.extend(t.rows().map(|r| r.text));
            }
        }
        for s in doc.all_sections() {
            let h = &s.heading;
            let end = h.body.as_ref().map_or(h.title_span.end, |b| b.text.end.max(h.title_span.end));
            runs.push(Span::new(h.title_span.start, end));
        }
        runs.sort_unstable();
        let mut merged: Vec<Span> = Vec::with_capacity(runs.len());
        for run in runs {
            match merged.last_mut() {
                Some(last) if run.start < last.end => last.end = last.end.max(run.end),
                _ => merged.push(run),
            }
        }
        for i in indicators {
            let span = i.span;
            if self.source.get(span.range()) != Some(i.text.as_str()) {
                return self.fail(
                    "indicator-text",
                    span,
                    format!("indicator text {:?} is not its source {}", i.text, self.quote(span)),
                );
            }
            let k = merged.partition_point(|r| r.start <= span.start);
            let inside = k > 0 && merged[k - 1].contains(span);
            if !inside {
                return self.fail(
                    "indicator-outside-text",
                    span,
                    format!("indicator {} is not inside one paragraph text or heading run", self.quote(span)),
                );
            }
            self.inside("indicator", span, "sentence", i.sentence)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::tree::{Item, ItemStyle, Line, Marker, MarkerStyle};

    const TEXT: &str = "标题\n一、总体情况。全年办件30件。\n";

    fn para(span: (usize, usize), text: (usize, usize)) -> Paragraph {
        Paragraph::new(Span::new(span.0, span.1), Span::new(text.0, text.1), Vec::new(), Vec::new(), Vec::new())
    }

    fn raw(front: Vec<Block>) -> Document {
        let mut doc = crate::parse(TEXT);
        doc.tree.front = front;
        doc.tree.sections = Vec::new();
        doc.tree.back = Vec::new();
        doc.tree.bom = None;
        doc
    }

    /// A hand-built valid tree of TEXT: title line, one section with a run-in body.
    fn valid() -> Document {
        let mut doc = raw(vec![Block::Title(Line { span: Span::new(0, 7), text: Span::new(0, 6) })]);
        let heading = Heading {
            span: Span::new(7, TEXT.len()),
            marker: Marker {
                style: MarkerStyle::ChineseComma,
                ordinal: 1,
                text: "一、".into(),
                span: Span::new(7, 13),
            },
            title: "总体情况".into(),
            title_span: Span::new(13, 25),
            terminator: Some(Span::new(25, 28)),
            body: Some(para((28, TEXT.len()), (28, TEXT.len() - 1))),
            inline: false,
            breaks: Box::default(),
        };
        doc.tree.sections =
            vec![Section { span: heading.span, heading, kind: None, body: Vec::new(), children: Vec::new(), depth: 0 }];
        doc
    }

    fn violated(doc: &Document) -> &'static str {
        check(doc).expect_err("should find a violation").invariant
    }

    #[test]
    fn a_valid_hand_built_tree_passes() {
        assert_eq!(check(&valid()), Ok(()));
    }

    #[test]
    fn should_find_a_gap_between_leaves() {
        assert_eq!(violated(&raw(vec![Block::Paragraph(para((0, 7), (0, 6)))])), "leaf-gap");
    }

    #[test]
    fn should_find_overlapping_blocks() {
        let doc = raw(vec![
            Block::Paragraph(para((0, 10), (0, 10))),
            Block::Paragraph(para((7, TEXT.len()), (7, TEXT.len()))),
        ]);
        assert_eq!(violated(&doc), "siblings-out-of-order");
    }

    #[test]
    fn should_find_a_span_inside_a_char() {
        let doc =
            raw(vec![Block::Paragraph(para((0, 4), (0, 4))), Block::Paragraph(para((4, TEXT.len()), (4, TEXT.len())))]);
        assert_eq!(violated(&doc), "span-not-char-boundary");
    }

    #[test]
    fn should_find_a_span_past_the_end() {
        let doc = raw(vec![Block::Paragraph(para((0, TEXT.len() + 3), (0, TEXT.len())))]);
        assert_eq!(violated(&doc), "span-out-of-bounds");
    }

    #[test]
    fn should_find_text_hidden_in_an_indent() {
        // The paragraph's text starts after "标题": those chars would be an indent leaf.
        let doc = raw(vec![Block::Paragraph(para((0, TEXT.len()), (6, TEXT.len())))]);
        assert_eq!(violated(&doc), "leaf-not-white-space");
    }

    #[test]
    fn should_find_an_item_outside_its_paragraph() {
        let item = Item { span: Span::new(0, TEXT.len()), marker: Span::new(0, 3), ordinal: 1, style: ItemStyle::Shi };
        let p = Paragraph::new(Span::new(0, TEXT.len()), Span::new(0, 7), vec![item], Vec::new(), Vec::new());
        let doc = raw(vec![Block::Paragraph(p)]);
        assert_eq!(violated(&doc), "child-outside-parent");
    }

    #[test]
    fn should_find_a_wrong_depth_and_a_wrong_marker_text() {
        let mut doc = valid();
        doc.tree.sections[0].depth = 1;
        assert_eq!(violated(&doc), "section-depth");
        let mut doc = valid();
        doc.tree.sections[0].heading.marker.text = "二、".into();
        assert_eq!(violated(&doc), "marker-text");
    }

    #[test]
    fn should_find_a_title_before_its_marker() {
        let mut doc = valid();
        let h = &mut doc.tree.sections[0].heading;
        h.marker.span = Span::new(13, 16);
        h.marker.text = "总".into();
        h.title_span = Span::new(7, 13);
        assert!(check(&doc).is_err());
    }

    #[test]
    fn should_find_a_section_span_that_stops_short() {
        let mut doc = valid();
        doc.tree.sections[0].span.end -= 1;
        assert_eq!(violated(&doc), "child-outside-parent");
    }

    #[test]
    fn should_find_a_misplaced_bom() {
        let mut doc = valid();
        doc.tree.bom = Some(Span::new(0, 3));
        assert!(check(&doc).is_err());
    }

    #[test]
    fn indents_may_be_a_garbled_full_width_indent() {
        assert!(is_indent(""));
        assert!(is_indent("\u{3000}\u{3000}"));
        assert!(is_indent("??"));
        assert!(is_indent(" ??? "));
        assert!(!is_indent("?"), "one question mark is text");
        assert!(!is_indent("??总"));
        assert!(!is_indent("a"));
    }

    #[test]
    fn messages_are_short_and_say_where() {
        let v = check(&raw(vec![Block::Paragraph(para((0, 7), (0, 6)))])).unwrap_err();
        assert_eq!(
            v.to_string(),
            format!("leaf-gap at 7..{}: leaves stop before the end, leaving {:?}", TEXT.len(), &TEXT[7..])
        );
    }
}
