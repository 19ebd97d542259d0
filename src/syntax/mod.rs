//! The syntax layer (private): text → lines → blocks and headings.
//!
//! ```text
//! report      ::= bom? front section* back
//! front       ::= (clutter | blank)* title_block? addressee? (paragraph | clutter | blank)*
//! section     ::= heading (paragraph | clutter | blank)* section*
//! back        ::= (signature | clutter | blank)*               (from the foot upwards)
//! ```
//!
//! One forward pass over the lines. Each construct has its own module,
//! which makes its decisions: `line`, `marker`, `heading`, `item`,
//! `clutter`, `title` (title lines and issuers), `front` (the title block
//! and addressee), `signature` (the foot, and a signature glued to the last
//! line), `date`, `accept` (is a marker a heading?) and `outline`
//! (nesting); `tree` holds the node types. This module runs them in order
//! over the lines of the body. Headings are accepted on the evidence of
//! their ordinal sequence, and a marker after `。` inside a line starts a
//! heading only when it continues that sequence (flattened text).
//!
//! The layer returns a [`SyntaxTree`] and its own diagnostics; it reads
//! the text through [`crate::text`] and knows nothing of the analyses.

mod accept;
mod clutter;
pub(crate) mod date;
mod front;
mod heading;
mod item;
mod line;
mod marker;
mod outline;
mod signature;
mod title;
pub(crate) mod tree;

use crate::diagnostic::{Diagnostic, Rule};
use crate::span::Span;
use crate::text::scan::{first_control_char, inline_leads};
use crate::SmallString;
use date::Date;
use item::ItemState;
use line::RawLine;
use marker::RawMarker;
use outline::{Outline, StyleRanks};
use std::sync::Arc;
use tree::{Block, Clutter, Heading, Marker, Paragraph, Section, SyntaxTree};

pub(crate) use clutter::source_field;
pub(crate) use marker::cn_digit_value;
pub(crate) use title::{issuer_names, signature_issuers, title_issuers};

/// What the syntax layer returns.
pub(crate) struct Parsed {
    /// The tree; heading titles are filled in by [`fill_titles`] once the
    /// source is shared.
    pub tree: SyntaxTree,
    /// The date of the signature's date line, when read here (one at most).
    pub signed: Option<Date>,
    /// What the grammar noticed.
    pub diagnostics: Vec<Diagnostic>,
}

/// Parse `text` into a syntax tree.
pub(crate) fn parse(text: &str) -> Parsed {
    let bom = text.starts_with('\u{feff}').then(|| Span::new(0, 3));
    let mut lines = line::split(text, bom.map_or(0, |b| b.end));
    // Held for the whole pass: no room to grow left in it (up to half of it).
    lines.shrink_to_fit();
    let back = signature::find_back(text, &lines);
    let (body_lines, back_lines) = lines.split_at_mut(back.start);
    let mut back_blocks = Vec::new();
    let mut signed = back.signed;
    // Flattened text: a signature glued to the end of the last line.
    if let (false, Some(last)) = (back.has_date(), body_lines.last_mut()) {
        if let Some(date) = signature::cut_glued(text, last, &mut back_blocks) {
            signed = date;
        }
    }

    // Each line's leading marker, read once for both passes.
    let line_markers: Vec<Option<RawMarker>> = body_lines.iter().map(|l| marker::marker(&text[l.text])).collect();
    let ranks = StyleRanks::from_first_appearance(line_markers.iter().flatten().map(|m| (m.style, m.ordinal)));
    let mut p = Parser {
        src: text,
        // The blocks before the first heading, which opens at the first
        // line-start marker mostly: room for them at once rather than
        // by doubling (a text of short lines and no heading is all front).
        front: Vec::with_capacity(line_markers.iter().position(Option::is_some).unwrap_or(line_markers.len()) + 1),
        outline: Outline::with_top_sections(ranks, top_level_estimate(&line_markers, ranks)),
        diagnostics: Vec::new(),
        items: ItemState::default(),
    };
    if ranks.by_appearance {
        p.diagnostics.push(Diagnostic::new(
            Rule::StyleOrder,
            Span::empty(0),
            "heading styles are not in gb/t 9704 order; nested by first appearance",
        ));
    }
    let first_body = p.front_matter(body_lines, &line_markers);
    for (l, m) in body_lines[first_body..].iter().zip(&line_markers[first_body..]) {
        p.line(l, *m);
    }
    for (l, role) in back_lines.iter().zip(&back.roles) {
        signature::blocks(text, l, *role, &mut back_blocks);
    }
    let Parser { mut front, outline, mut diagnostics, .. } = p;
    front.shrink_to_fit();
    let sections = outline.finish();
    text_diagnostics(text, &sections, &mut diagnostics);
    Parsed { tree: SyntaxTree { bom, front, sections, back: back_blocks }, signed, diagnostics }
}

/// How many top-level sections there will be, about: the line-start
/// markers of the highest rank present. Room for them is made at once, so
/// that a text of a million headings does not grow its vector of sections
/// by doubling (a section is 272 bytes).
fn top_level_estimate(markers: &[Option<RawMarker>], ranks: StyleRanks) -> usize {
    let top = markers.iter().flatten().map(|m| ranks.of(m.style)).min();
    top.map_or(0, |top| markers.iter().flatten().filter(|m| ranks.of(m.style) == top).count())
}

/// The diagnostics about the text as a whole: no heading, control chars.
fn text_diagnostics(text: &str, sections: &[Section], diagnostics: &mut Vec<Diagnostic>) {
    if sections.is_empty() && !text.trim().is_empty() {
        diagnostics.push(Diagnostic::new(Rule::NoHeadings, Span::empty(0), "no heading found"));
    }
    if let Some(at) = first_control_char(text) {
        let len = text[at..].chars().next().map_or(1, char::len_utf8);
        diagnostics.push(Diagnostic::new(Rule::ControlChar, Span::new(at, at + len), "control character in text"));
    }
}

/// Give every heading the title its span holds: short ones inline, long
/// ones as slices of the shared source. An explicit stack, as every walk.
pub(crate) fn fill_titles(source: &Arc<String>, sections: &mut [Section]) {
    let mut stack: Vec<&mut Section> = sections.iter_mut().collect();
    while let Some(s) = stack.pop() {
        s.heading.title = SmallString::slice_of(source, s.heading.title_span.range());
        stack.extend(s.children.iter_mut());
    }
}

struct Parser<'s> {
    src: &'s str,
    front: Vec<Block>,
    outline: Outline,
    diagnostics: Vec<Diagnostic>,
    items: ItemState,
}

impl<'s> Parser<'s> {
    fn push(&mut self, block: Block) {
        if let Some(block) = self.outline.push_block(block) {
            self.front.push(block);
        }
    }

    /// A body line, with the marker it starts with.
    fn line(&mut self, l: &RawLine, leading: Option<RawMarker>) {
        let text = &self.src[l.text];
        if l.is_blank() {
            self.push(Block::Blank { span: l.full });
        } else if let Some(kind) = clutter::classify(text) {
            self.push(Block::Clutter(Clutter { span: l.full, text: l.text, kind }));
        } else {
            self.content(l, l.text.start, leading);
        }
    }

    /// A content line from `from` (its text start, or after a glued title),
    /// and the marker that `from` starts with.
    fn content(&mut self, l: &RawLine, from: usize, leading: Option<RawMarker>) {
        let src = self.src;
        let line_end = l.text.end;
        let line_len = l.text.len();
        let mut seg_full_start = if from == l.text.start { l.full.start } else { from };
        let mut seg_start = from;
        let mut seg_marker = leading.filter(|m| accept::accepts(&self.outline, m, false, line_len));
        if let Some(m) = seg_marker {
            self.open_heading(seg_full_start, seg_start, &m, false);
        }
        let mut scan = seg_start + seg_marker.map_or(0, |m| usize::from(m.len));
        loop {
            let next = inline_leads(&src[scan..line_end]).find_map(|(i, len)| {
                let q = heading::skip_ws(src, scan + i + len, line_end);
                let m = marker::marker(&src[q..line_end])?;
                Some((q, m))
            });
            let Some((q, m)) = next else { break };
            if accept::accepts(&self.outline, &m, true, line_len) {
                self.finish_segment(seg_full_start, seg_start, q, q, seg_marker);
                seg_full_start = q;
                seg_start = q;
                seg_marker = Some(m);
                self.open_heading(q, q, &m, true);
                scan = q + usize::from(m.len);
            } else {
                scan = q;
            }
        }
        self.finish_segment(seg_full_start, seg_start, line_end, l.full.end, seg_marker);
    }

    fn open_heading(&mut self, full_start: usize, at: usize, m: &RawMarker, inline: bool) {
        let span = Span::new(at, at + usize::from(m.len));
        let marker = Marker { style: m.style, ordinal: m.ordinal, text: SmallString::new(&self.src[span]), span };
        if m.mixed_brackets {
            self.diagnostics.push(Diagnostic::new(
                Rule::MixedBrackets,
                span,
                format!("{} mixes bracket widths", marker.text),
            ));
        }
        let heading = Heading {
            span: Span::new(full_start, span.end),
            marker,
            title: SmallString::default(),
            title_span: Span::empty(span.end),
            terminator: None,
            body: None,
            inline,
        };
        self.items = ItemState::default();
        self.outline.open(heading, &mut self.diagnostics);
    }

    /// Close the segment `[full_start, full_end)` whose text is
    /// `[start, text_end)`: fill in the open heading, or push a paragraph.
    fn finish_segment(
        &mut self,
        full_start: usize,
        start: usize,
        text_end: usize,
        full_end: usize,
        m: Option<RawMarker>,
    ) {
        let src = self.src;
        match m {
            Some(m) => {
                let after = heading::skip_ws(src, start + usize::from(m.len), text_end);
                let mut parts = heading::split(src, after, text_end);
                let inline = self.outline.current_heading().is_some_and(|h| h.inline);
                if inline {
                    if let Some(cut) = heading::glued_title_end(&src[parts.title]) {
                        let cut = parts.title.start + cut;
                        let body_end = parts.body.or(parts.terminator).map_or(parts.title.end, |b| b.end);
                        parts.body = Some(Span::new(cut, body_end));
                        parts.title = Span::new(parts.title.start, cut);
                        parts.terminator = None;
                    }
                }
                let body = parts.body.map(|b| {
                    let items = item::find(&src[b], b.start, &mut self.items);
                    Paragraph { span: Span::new(b.start, full_end), text: b, items }
                });
                if let Some(h) = self.outline.current_heading() {
                    h.span = Span::new(full_start, full_end);
                    // The title itself is filled in by `fill_titles`.
                    h.title_span = parts.title;
                    h.terminator = parts.terminator;
                    h.body = body;
                }
            }
            None => {
                let text = crate::text::ws::trim(src, Span::new(start, text_end));
                let items = item::find(&src[text], text.start, &mut self.items);
                self.push(Block::Paragraph(Paragraph { span: Span::new(full_start, full_end), text, items }));
            }
        }
    }
}
