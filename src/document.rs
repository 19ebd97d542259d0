//! [`Document`]: the parsed report, its accessors, its leaves and its JSON.

use crate::decode::Encoding;
use crate::diagnostic::Diagnostic;
use crate::indicator::{self, Indicator};
use crate::meta::{Date, DateTime, Metadata};
use crate::span::{LineIndex, Span};
use crate::tree::{Block, Heading, Leaf, LeafKind, Paragraph, Section};
use once_cell::sync::OnceCell;
use serde::ser::{SerializeMap, SerializeStruct};
use serde::{Serialize, Serializer};
use std::sync::Arc;

/// A parsed report.
///
/// Built by [`parse`](crate::parse). It owns its source (a copy of the
/// text, or the `String` given to [`parse_string`](crate::parse_string)), so
/// it can be stored and sent between threads; every span in it indexes
/// [`Document::source`]. Long heading titles and indicator labels are
/// slices of that source, shared rather than copied: an indicator kept
/// after its document is dropped keeps the source alive.
#[derive(Debug)]
pub struct Document {
    /// Shared with the long titles and labels sliced from it.
    pub(crate) source: Arc<String>,
    pub(crate) bom: Option<Span>,
    pub(crate) front: Vec<Block>,
    pub(crate) sections: Vec<Section>,
    pub(crate) back: Vec<Block>,
    pub(crate) metadata: Metadata,
    pub(crate) diagnostics: Vec<Diagnostic>,
    pub(crate) indicators: OnceCell<Vec<Indicator>>,
    pub(crate) encoding: Encoding,
    pub(crate) genre: crate::Genre,
}

impl Document {
    /// The text that was parsed (BOM included, if it had one).
    pub fn source(&self) -> &str {
        self.source.as_str()
    }

    /// The encoding the source was read in ([`Encoding::Utf8`] for text
    /// given to [`parse`](crate::parse)).
    pub fn encoding(&self) -> Encoding {
        self.encoding
    }

    /// The text of a span of this document.
    ///
    /// # Panics
    /// If the span is not within the source or not on char boundaries;
    /// spans taken from this document always are.
    pub fn text(&self, span: Span) -> &str {
        &self.source[span.range()]
    }

    /// The report's title as one string, if it has one.
    pub fn title(&self) -> Option<&str> {
        self.metadata.title.as_deref()
    }

    /// The issuing bodies, from the signature or else the title.
    pub fn issuers(&self) -> &[String] {
        &self.metadata.issuers
    }

    /// The year the report covers.
    pub fn year(&self) -> Option<u16> {
        self.metadata.year
    }

    /// The date at the foot.
    pub fn signed(&self) -> Option<Date> {
        self.metadata.signed
    }

    /// The web publication time.
    pub fn published(&self) -> Option<DateTime> {
        self.metadata.published
    }

    /// What kind of report this is, from its title, else its top lines,
    /// else its structure.
    pub fn genre(&self) -> crate::Genre {
        self.genre
    }

    /// All metadata at once.
    pub fn metadata(&self) -> &Metadata {
        &self.metadata
    }

    /// Blocks before the first heading: clutter, title, addressee, preamble.
    pub fn front(&self) -> &[Block] {
        &self.front
    }

    /// The top-level sections.
    pub fn sections(&self) -> &[Section] {
        &self.sections
    }

    /// Blocks after the last section: signature and trailing clutter.
    pub fn back(&self) -> &[Block] {
        &self.back
    }

    /// Every section, top-level and nested, in document order.
    pub fn all_sections(&self) -> impl Iterator<Item = &Section> {
        crate::tree::walk_all(&self.sections)
    }

    /// The preamble: paragraphs of the front matter.
    pub fn preamble(&self) -> impl Iterator<Item = &Paragraph> {
        paragraphs_of(&self.front)
    }

    /// Every paragraph of the document in source order, run-in heading
    /// bodies included.
    pub fn paragraphs(&self) -> impl Iterator<Item = &Paragraph> {
        let sections = self.all_sections().flat_map(|s| s.heading.body.iter().chain(paragraphs_of(&s.body)));
        self.preamble().chain(sections).chain(paragraphs_of(&self.back))
    }

    /// What the parser noticed: ordinal gaps, mixed brackets, missing parts…
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// Every quantity the report states, in document order. Computed on the
    /// first call and kept.
    pub fn indicators(&self) -> &[Indicator] {
        self.indicators.get_or_init(|| indicator::extract(self))
    }

    /// A line index over the source, for turning spans into line and column.
    pub fn line_index(&self) -> LineIndex {
        LineIndex::new(&self.source)
    }

    /// The leaves of the tree in order. They cover the source exactly once:
    /// concatenating their texts rebuilds it byte for byte.
    ///
    /// ```
    /// let text = "关于2024年度工作的报告\n一、总体情况。全年办件30件。\n";
    /// let doc = gongwen::parse(text);
    /// let rebuilt: String = doc.leaves().iter().map(|l| doc.text(l.span)).collect();
    /// assert_eq!(rebuilt, text);
    /// ```
    pub fn leaves(&self) -> Vec<Leaf> {
        let mut out = Vec::new();
        if let Some(bom) = self.bom {
            out.push(Leaf { kind: LeafKind::Bom, span: bom });
        }
        for block in &self.front {
            block_leaves(block, &mut out);
        }
        let mut stack: Vec<&Section> = self.sections.iter().rev().collect();
        while let Some(section) = stack.pop() {
            heading_leaves(&section.heading, &mut out);
            for block in &section.body {
                block_leaves(block, &mut out);
            }
            stack.extend(section.children.iter().rev());
        }
        for block in &self.back {
            block_leaves(block, &mut out);
        }
        out.retain(|l| !l.span.is_empty());
        out
    }

    /// Runs of body text, in order, with the headings above each
    /// (outermost first): preamble paragraphs (no headings), and for each
    /// heading its title-to-body run and its paragraphs. This is what
    /// indicators are read from. `visit` also gets the number of the
    /// section in walk order (0 for the preamble), so that a caller can
    /// build what it needs of the path once per section, and only for the
    /// sections it uses.
    pub(crate) fn text_runs(&self, mut visit: impl FnMut(usize, &[&Heading], Span)) {
        for p in self.preamble() {
            visit(0, &[], p.text);
        }
        // Iterative walk keeping the path of headings above (references: no copies).
        let mut stack: Vec<(usize, &Section)> = self.sections.iter().rev().map(|s| (0, s)).collect();
        let mut path: Vec<&Heading> = Vec::new();
        let mut number = 0;
        while let Some((depth, section)) = stack.pop() {
            number += 1;
            path.truncate(depth);
            let h = &section.heading;
            path.push(h);
            let run_end = h.body.as_ref().map_or(h.title_span.end, |b| b.text.end);
            visit(number, &path, Span::new(h.title_span.start, run_end));
            for p in paragraphs_of(&section.body) {
                visit(number, &path, p.text);
            }
            stack.extend(section.children.iter().rev().map(|c| (depth + 1, c)));
        }
    }
}

/// The paragraphs among `blocks`.
fn paragraphs_of(blocks: &[Block]) -> impl Iterator<Item = &Paragraph> {
    blocks.iter().filter_map(|b| match b {
        Block::Paragraph(p) => Some(p),
        _ => None,
    })
}

fn line_leaves(span: Span, text: Span, kind: LeafKind, out: &mut Vec<Leaf>) {
    out.push(Leaf { kind: LeafKind::Indent, span: Span::new(span.start, text.start) });
    out.push(Leaf { kind, span: text });
    out.push(Leaf { kind: LeafKind::LineEnd, span: Span::new(text.end, span.end) });
}

fn paragraph_leaves(p: &Paragraph, out: &mut Vec<Leaf>) {
    out.push(Leaf { kind: LeafKind::Indent, span: Span::new(p.span.start, p.text.start) });
    let mut at = p.text.start;
    for item in &p.items {
        out.push(Leaf { kind: LeafKind::Text, span: Span::new(at, item.span.start) });
        out.push(Leaf { kind: LeafKind::Item, span: item.span });
        at = item.span.end;
    }
    out.push(Leaf { kind: LeafKind::Text, span: Span::new(at, p.text.end) });
    out.push(Leaf { kind: LeafKind::LineEnd, span: Span::new(p.text.end, p.span.end) });
}

fn block_leaves(block: &Block, out: &mut Vec<Leaf>) {
    match block {
        Block::Blank { span } => out.push(Leaf { kind: LeafKind::Blank, span: *span }),
        Block::Clutter(c) => line_leaves(c.span, c.text, LeafKind::Clutter, out),
        Block::Title(l) => line_leaves(l.span, l.text, LeafKind::Title, out),
        Block::Addressee(l) => line_leaves(l.span, l.text, LeafKind::Addressee, out),
        Block::Signature(s) => line_leaves(s.span, s.text, LeafKind::Signature, out),
        Block::Paragraph(p) => paragraph_leaves(p, out),
    }
}

fn heading_leaves(h: &Heading, out: &mut Vec<Leaf>) {
    let m = h.marker.span;
    out.push(Leaf { kind: LeafKind::Indent, span: Span::new(h.span.start, m.start) });
    out.push(Leaf { kind: LeafKind::Marker, span: m });
    out.push(Leaf { kind: LeafKind::Space, span: Span::new(m.end, h.title_span.start) });
    out.push(Leaf { kind: LeafKind::HeadingTitle, span: h.title_span });
    let mut at = h.title_span.end;
    if let Some(t) = h.terminator {
        out.push(Leaf { kind: LeafKind::Space, span: Span::new(at, t.start) });
        out.push(Leaf { kind: LeafKind::Terminator, span: t });
        at = t.end;
    }
    if let Some(body) = &h.body {
        out.push(Leaf { kind: LeafKind::Space, span: Span::new(at, body.span.start) });
        paragraph_leaves(body, out);
        at = body.span.end;
    }
    out.push(Leaf { kind: LeafKind::LineEnd, span: Span::new(at, h.span.end) });
}

impl Serialize for Heading {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Heading", 10)?;
        st.serialize_field("marker", &self.marker.text)?;
        st.serialize_field("ordinal", &self.marker.ordinal)?;
        st.serialize_field("style", &self.marker.style)?;
        st.serialize_field("title", &self.title)?;
        st.serialize_field("span", &self.span)?;
        st.serialize_field("marker_span", &self.marker.span)?;
        st.serialize_field("title_span", &self.title_span)?;
        st.serialize_field("terminator", &self.terminator)?;
        st.serialize_field("body", &self.body)?;
        st.serialize_field("inline", &self.inline)?;
        st.end()
    }
}

/// The report's JSON: the keys of `spec/json.md` (title, issuers, year,
/// signed, published, sections, indicators) and more (source, front, back,
/// diagnostics, length).
impl Serialize for Document {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let m = &self.metadata;
        let mut map = s.serialize_map(Some(13))?;
        map.serialize_entry("title", &m.title)?;
        map.serialize_entry("issuers", &m.issuers)?;
        map.serialize_entry("year", &m.year)?;
        map.serialize_entry("signed", &m.signed)?;
        map.serialize_entry("published", &m.published)?;
        map.serialize_entry("genre", &self.genre)?;
        map.serialize_entry("source", &m.source)?;
        map.serialize_entry("length", &self.source.len())?;
        map.serialize_entry("front", &self.front)?;
        map.serialize_entry("sections", &self.sections)?;
        map.serialize_entry("back", &self.back)?;
        map.serialize_entry("indicators", self.indicators())?;
        map.serialize_entry("diagnostics", &self.diagnostics)?;
        map.end()
    }
}
