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
mod appendix;
mod body;
mod clutter;
pub(crate) mod date;
mod front;
mod heading;
mod item;
mod line;
mod marker;
mod outline;
mod page;
mod signature;
mod table;
mod title;
mod toc;
pub(crate) mod tree;
mod wrap;

use crate::diagnostic::{Diagnostic, Rule};
use crate::span::Span;
use crate::text::scan::{first_control_char, inline_leads};
use crate::SmallString;
use body::entry_marker;
/// A bad capture's HTML entities read (`&ldquo;` → `“`), for the metadata pass.
pub(crate) use clutter::decode_entities;
use date::Date;
use item::ItemState;
use line::RawLine;
use marker::RawMarker;
use outline::{Outline, StyleRanks};
use std::sync::Arc;
use tree::{
    Block, Clutter, ClutterKind, Item, ItemStyle, Leaf, LeafKind, Marker, MarkerStyle, Paragraph, Section, SyntaxTree,
};

pub(crate) use clutter::{after_weekday, publication, source_field, Publication};
pub(crate) use marker::cn_digit_value;
pub(crate) use title::{for_each_body, issuer_names, signature_issuers, title_issuers};

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
    // Bare page numbers, running headers and footers, over every line: the
    // last page's number and footer stand under the signature, where the
    // foot reader takes them as clutter. With them the page-marker lines,
    // read once for the body too.
    let (bare_pages, running, mut page_markers) = page::running_lines(text, &lines);
    let back = signature::find_back(text, &lines, &running);
    let (body_lines, back_lines) = lines.split_at_mut(back.start);
    let mut back_blocks = Vec::new();
    let mut signed = back.signed;
    // Flattened text: a signature glued to the end of the last line.
    if let (false, Some(last)) = (back.has_date(), body_lines.last_mut()) {
        if let Some(date) = signature::cut_glued(text, last, &mut back_blocks) {
            signed = date;
            page::reread_last(text, body_lines, body_lines.len() - 1, &mut page_markers);
        }
    }

    // Each line's leading marker, read once for both passes.
    // Through markdown marks (`## 一、…`): the marks are markup. A line
    // that opens with neither a mark nor a marker's first char (most) is
    // told from its first bytes, without a str slice. `marked`: the lines
    // that have one, with it; the passes over the markers walk these, not
    // every line (room for a few hundred at once).
    let mut marked: Vec<(usize, RawMarker)> = Vec::with_capacity(body_lines.len().min(256));
    let mut line_markers: Vec<Option<RawMarker>> = body_lines
        .iter()
        .enumerate()
        .map(|(k, l)| {
            let b = &text.as_bytes()[l.text.start..l.text.end];
            let may_open = marker::may_open_marker(b);
            if !may_open && !matches!(b.first(), Some(b'#' | b'*' | b'<' | b'&')) {
                return None;
            }
            let t = &text[l.text];
            // Without markup, the text's first bytes have been tested.
            let m = match body::leading_after_markup(t) {
                Some(skip) => marker::marker(&t[skip..]),
                None if may_open => marker::read_marker(t),
                None => None,
            };
            if let Some(m) = m {
                marked.push((k, m));
            }
            m
        })
        .collect();
    marker::unmark_footnotes(text, body_lines, &mut line_markers, &mut marked);
    let ranks = StyleRanks::from_first_appearance(marked.iter().map(|(_, m)| (m.style, m.ordinal)));
    let mut p = Parser {
        src: text,
        // The blocks before the first heading, which opens at the first
        // line-start marker mostly: room for them at once rather than
        // by doubling (a text of short lines and no heading is all front).
        front: Vec::with_capacity(marked.first().map_or(line_markers.len(), |&(k, _)| k) + 1),
        outline: Outline::with_top_sections(ranks, top_level_estimate(body_lines, &marked, ranks)),
        diagnostics: Vec::new(),
        items: ItemState::default(),
        breaks: Vec::new(),
        phys: Vec::new(),
        glossary: None,
        glossary_title: None,
        list: None,
        flattened: is_flattened(text, body_lines),
        may_have_toc: None,
        // The foot reader's last answer is of the line above the foot.
        clutter_seen: [back.classified, None],
        pages: page::Pages::find(body_lines, bare_pages, page_markers, running),
    };
    if ranks.by_appearance {
        p.diagnostics.push(Diagnostic::new(
            Rule::StyleOrder,
            Span::empty(0),
            "heading styles are not in gb/t 9704 order; nested by first appearance",
        ));
    }
    let first_body = p.front_matter(body_lines, &line_markers);
    // A Traditional `目錄` (no `录` in the text) right under the title
    // opens a table of contents too: one line asked, not the whole text.
    if body_lines.get(first_body).is_some_and(|l| toc::is_toc_head(&text[l.text])) {
        p.may_have_toc = Some(true);
    }
    p.body(body_lines, &line_markers, marked, first_body);
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
/// by doubling (a section is 296 bytes).
/// A bare marker line repeating the marker before it is no heading (see
/// `accept`), and is not counted.
/// `marked` is the lines that open with a marker, with it, in order.
fn top_level_estimate(lines: &[RawLine], marked: &[(usize, RawMarker)], ranks: StyleRanks) -> usize {
    let Some(top) = marked.iter().map(|(_, m)| ranks.of(m.style)).min() else { return 0 };
    let mut previous = None;
    let mut n = 0;
    for &(k, m) in marked {
        if ranks.of(m.style) != top {
            continue;
        }
        let bare_repeat = previous == Some((m.style, m.ordinal)) && lines[k].text.len() == usize::from(m.len);
        n += usize::from(!bare_repeat);
        previous = Some((m.style, m.ordinal));
    }
    n
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

/// Where a heading may start inside a flattened line: after the chars of
/// [`inline_leads`] and after an ASCII space. A cursor over one line that
/// keeps the next space and the next lead it found, so that restarting
/// from a later position never searches the same bytes again: the line
/// may be a whole report, and a search to its end per candidate would be
/// quadratic. The leads are one walk over the line from where the cursor
/// starts (`base`): the positions asked only move on.
struct SpacedLeads<I> {
    end: usize,
    base: usize,
    /// The next space at or after the last position asked, if searched.
    space: Option<Option<usize>>,
    /// The next lead (start, length) at or after the last position asked.
    lead: Option<Option<(usize, usize)>>,
    /// The leads of `src[base..end]`, relative to `base`.
    leads: I,
}

/// The candidates of `src[from..end]`.
fn spaced_leads(src: &str, from: usize, end: usize) -> SpacedLeads<impl Iterator<Item = (usize, usize)> + '_> {
    SpacedLeads { end, base: from, space: None, lead: None, leads: inline_leads(&src[from..end]) }
}

impl<I: Iterator<Item = (usize, usize)>> SpacedLeads<I> {
    /// The first candidate at or after `from` (absolute, at or after any
    /// position asked before): its start and length.
    fn next_from(&mut self, src: &str, from: usize) -> Option<(usize, usize)> {
        if from > self.end {
            return None;
        }
        if self.space.is_none_or(|s| s.is_some_and(|s| s < from)) {
            self.space = Some(memchr::memchr(b' ', &src.as_bytes()[from..self.end]).map(|i| from + i));
        }
        if self.lead.is_none_or(|l| l.is_some_and(|(l, _)| l < from)) {
            let base = self.base;
            self.lead = Some(self.leads.by_ref().map(|(i, len)| (base + i, len)).find(|&(i, _)| i >= from));
        }
        match (self.space.flatten(), self.lead.flatten()) {
            (Some(s), Some(l)) if s < l.0 => Some((s, 1)),
            (Some(s), None) => Some((s, 1)),
            (_, l) => l,
        }
    }
}

/// Give every heading the title its span holds: short ones inline, long
/// ones as slices of the shared source. An explicit stack, as every walk.
pub(crate) fn fill_titles(source: &Arc<String>, sections: &mut [Section]) {
    let mut stack: Vec<&mut Section> = sections.iter_mut().collect();
    // Entities are looked for in titles only when the text holds an `&`.
    let entities = memchr::memchr(b'&', source.as_bytes()).is_some();
    while let Some(s) = stack.pop() {
        let h = &mut s.heading;
        let t = h.title_span;
        // A long title in one piece (most) is a slice of the source, made
        // without slicing it: its span is the slice.
        if !entities && t.len() > crate::small_string::INLINE && !h.breaks.iter().any(|b| t.contains(b.span)) {
            h.title = SmallString::shared_span(source, t.range());
            stack.extend(s.children.iter_mut());
            continue;
        }
        // A title wrapped over lines is its pieces, without the breaks; a
        // bad capture's HTML entities in it (`&ldquo;八五&rdquo;`) are read.
        h.title = match tree::without_breaks(source, t, &h.breaks) {
            title if entities && title.contains('&') => SmallString::new(&decode_entities(&title)),
            std::borrow::Cow::Borrowed(title) => SmallString::slice_at(source, t.start, title),
            std::borrow::Cow::Owned(title) => SmallString::new(&title),
        };
        stack.extend(s.children.iter_mut());
    }
}

struct Parser<'s> {
    src: &'s str,
    front: Vec<Block>,
    outline: Outline,
    diagnostics: Vec<Diagnostic>,
    items: ItemState,
    /// The breaks (line ends, indents, page markers, markdown marks) inside
    /// the logical line being read, in order.
    breaks: Vec<Leaf>,
    /// The physical lines of the logical line being read, when it has more
    /// than one.
    phys: Vec<RawLine>,
    /// The rank of the open glossary section (`名词解释`), whose numbered
    /// lines are entries, not headings.
    glossary: Option<u8>,
    /// Whether the open heading's title (its span and its number of
    /// breaks) names a glossary, once asked (see `current_title_is_glossary`).
    glossary_title: Option<((Span, usize), bool)>,
    /// The style and last ordinal of an enumeration read as list items
    /// (`（一）…；`), whose next number is an item too.
    list: Option<(MarkerStyle, u32)>,
    /// The report is flattened onto a few long lines: markers inside a
    /// line open headings, after a `。` or a space.
    flattened: bool,
    /// The report holds a `录`, without which no line heads a table of
    /// contents (or its first body line is a Traditional `目錄`). Asked
    /// only of a line that passes [`toc::is_toc_head_line`] (see
    /// [`Parser::is_toc_head_line`]), and then searched for once: most
    /// reports have no such line, and their text is not searched.
    may_have_toc: Option<bool>,
    /// The clutter kinds of the last two line texts asked (see
    /// [`Parser::clutter`]).
    clutter_seen: [Option<(Span, Option<ClutterKind>)>; 2],
    /// Running headers and bare page numbers, for the front and the body.
    pages: page::Pages<'s>,
}

/// Most non-blank lines of a flattened report.
const FLATTENED_LINES: usize = 6;
/// Mean bytes a line above which a report is taken as flattened.
const FLATTENED_MEAN: usize = 600;

/// Is the report flattened onto a few long lines (so that its headings
/// are inside lines)?
fn is_flattened(text: &str, lines: &[RawLine]) -> bool {
    let n = lines.iter().filter(|l| !l.is_blank()).count();
    n <= FLATTENED_LINES || text.len() / n.max(1) > FLATTENED_MEAN
}

impl<'s> Parser<'s> {
    fn push(&mut self, block: Block) {
        if let Some(block) = self.outline.push_block(block) {
            self.front.push(block);
        }
    }

    /// What clutter the line whose text is `text` is, if any. A hard-wrapped
    /// text asks of a line when it may end the logical line before it, when
    /// its own logical line starts and when it is read: the last two lines'
    /// answers are kept, so that each line is classified once. One copy,
    /// out of line: the body asks from several rules, and each inlined copy
    /// of the memo's update was a few dozen bytes more code.
    #[inline(never)]
    fn clutter(&mut self, text: Span) -> Option<ClutterKind> {
        if let Some((_, kind)) = self.clutter_seen.iter().flatten().find(|(t, _)| *t == text) {
            return *kind;
        }
        let kind = clutter::classify(&self.src[text]);
        self.clutter_seen = [Some((text, kind)), self.clutter_seen[0]];
        kind
    }

    /// A body line, with the marker it starts with. A line that opens with
    /// an accepted marker (`一、`, `（二）`, `3.`) is a heading or an item,
    /// never clutter: no page furniture opens with one, and the clutter
    /// rules (several hundred instructions a line) are not tried on it.
    fn line(&mut self, l: &RawLine, leading: Option<RawMarker>) {
        if l.is_blank() {
            self.push(Block::Blank { span: l.full });
        } else if let Some(kind) = leading.is_none().then(|| self.clutter(l.text)).flatten() {
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
        // A logical line joined over wraps is judged by its longest line.
        let line_len = self.phys.iter().map(|p| p.text.len()).max().unwrap_or(l.text.len());
        let mut seg_full_start = if from == l.text.start { l.full.start } else { from };
        let mut seg_start = from;
        let mut seg_marker = leading.filter(|m| self.accepts(m, false, line_len));
        if let Some(m) = seg_marker {
            self.open_heading(seg_full_start, seg_start, &m, false);
        }
        let mut scan = seg_start + seg_marker.map_or(0, |m| usize::from(m.len));
        // A marker inside a line opens a heading only in flattened text
        // (`accepts`): in a report of normal lines there is nothing to look for.
        let mut spaced = self.flattened.then(|| spaced_leads(src, scan.min(line_end), line_end));
        while let Some(spaced) = spaced.as_mut() {
            let at = |(i, len): (usize, usize)| {
                let q = heading::skip_ws(src, i + len, line_end);
                let m = marker::marker(&src[q..line_end])?;
                Some((q, m))
            };
            let next = {
                let mut from = scan;
                loop {
                    let Some(candidate) = spaced.next_from(src, from) else { break None };
                    if let Some(found) = at(candidate) {
                        break Some(found);
                    }
                    from = candidate.0 + candidate.1;
                }
            };
            let Some((q, m)) = next else { break };
            if self.accepts(&m, true, line_len) {
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
        self.items = ItemState::default();
        self.outline.open_at(Span::new(full_start, span.end), marker, inline, &mut self.diagnostics);
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
                // A bold title after the marker: its marks are markup.
                let bold =
                    src.as_bytes()[after..].starts_with(b"**").then(|| heading::split_bold(src, after, text_end));
                let mut parts = match bold {
                    Some(Some((parts, marks))) => {
                        self.breaks.extend(marks.map(|span| Leaf { kind: LeafKind::Markup, span }));
                        parts
                    }
                    // The bold set around the marker alone (`**三、**2025年…`):
                    // the marks that close it after the marker are markup.
                    // With no title after them (`**（一）**`) they close the
                    // line and are already its markup, outside the text.
                    Some(None) if src[..start].ends_with("**") && after + 2 <= text_end => {
                        self.breaks.push(Leaf { kind: LeafKind::Markup, span: Span::new(after, after + 2) });
                        heading::split(src, heading::skip_ws(src, after + 2, text_end), text_end)
                    }
                    _ => heading::split(src, after, text_end),
                };
                let inline = self.outline.current_heading().is_some_and(|h| h.inline);
                if self.flattened {
                    // Spaced flattened text: a title without a terminator ends at a space.
                    let title = &src[parts.title];
                    if let Some(sp) = title.find(' ').filter(|&sp| sp > 0) {
                        let cut = parts.title.start + sp;
                        let body_end = parts.body.or(parts.terminator).map_or(parts.title.end, |b| b.end);
                        let body_start = heading::skip_ws(src, cut, body_end);
                        parts.body = Some(Span::new(body_start, body_end));
                        parts.title = Span::new(parts.title.start, cut);
                        parts.terminator = None;
                    }
                }
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
                    let items = item::find(&src.as_bytes()[b.start..b.end], b.start, &mut self.items);
                    let lines = self.lines_of(Span::new(b.start, full_end));
                    Paragraph::new(Span::new(b.start, full_end), b, items, lines, Vec::new())
                });
                let breaks = self.take_breaks(Span::new(full_start, full_end));
                if let Some(h) = self.outline.current_heading() {
                    h.add_breaks(breaks);
                    h.span = Span::new(full_start, full_end);
                    // The title itself is filled in by `fill_titles`.
                    h.title_span = parts.title;
                    h.terminator = parts.terminator;
                    h.body = body;
                }
            }
            None => {
                let text = crate::text::ws::trim(src, Span::new(start, text_end));
                let items = match self.glossary.and_then(|_| entry_marker(&src[text])) {
                    Some((len, ordinal)) => vec![Item {
                        span: text,
                        marker: Span::new(text.start, text.start + len),
                        ordinal,
                        style: ItemStyle::Numbered,
                    }],
                    None => {
                        let t = &src[text];
                        let found = item::find(t.as_bytes(), text.start, &mut self.items);
                        if found.is_empty() {
                            item::numbered(t, text.start)
                        } else {
                            found
                        }
                    }
                };
                let span = Span::new(full_start, full_end);
                let breaks = self.take_breaks(span);
                let lines = self.lines_of(span);
                self.push(Block::Paragraph(Paragraph::new(span, text, items, lines, breaks)));
            }
        }
    }
}
