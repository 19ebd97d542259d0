//! The body: the lines after the front matter, read in order.
//!
//! ```text
//! body          ::= (table | toc | page_marker | appendix | unnumbered | logical_line | blank | clutter)*
//! logical_line  ::= line (break line)*            (see `wrap`; one line when not wrapped)
//! appendix      ::= appendix_line title_line?     (see `appendix`)
//! unnumbered    ::= short_line &(blank* numbered_heading_1)
//!                 | short_line &(page_marker* paragraph_line)   (once the report has the first form)
//! short_line    ::= at most UNNUMBERED_CHARS chars, no marker, no punctuation
//! ```
//!
//! Tables are found first (`table::find`), so that no table row is read
//! as a heading; a table of contents (`toc`) is one block. A line cut by
//! the hard wrap continues on the next line, over page markers, and the
//! pieces make one logical line: a heading whose title is cut joins its
//! pieces, a paragraph spans its lines. Page markers, running headers and
//! footers become clutter wherever they fall. Markdown marks (`##`, `**`) around a heading are
//! markup leaves.

use super::appendix::{self, is_glossary};
use super::line::RawLine;
use super::marker::{self, RawMarker};
use super::page::is_page_marker;
use super::tree::{Block, Clutter, ClutterKind, Heading, Leaf, LeafKind, Line, Marker, MarkerStyle, Toc};
use super::{accept, clutter, table, title, toc, wrap, Parser};
use crate::span::Span;
use crate::text::search::Bytes2;
use crate::text::words;
use crate::text::ws::is_ws;
use crate::SmallString;
use std::ops::Range;

/// Longest glossary title in bytes: six CJK chars (`名词解释说明`); see
/// [`is_glossary`], which tells the longer ones by their length too.
const GLOSSARY_TITLE_BYTES: usize = 6 * 3;
/// Longest unnumbered heading, in chars.
const UNNUMBERED_CHARS: usize = 24;

impl<'s> Parser<'s> {
    /// Read `lines[first..]`, each with its leading marker (`marked`: the
    /// lines that have one, with it, in order; dropped once read, before
    /// the sections are built, so as not to add to the parse's peak).
    pub(super) fn body(
        &mut self,
        lines: &[RawLine],
        markers: &[Option<RawMarker>],
        marked: Vec<(usize, RawMarker)>,
        first: usize,
    ) {
        let src = self.src;
        let tables = table::find(src, lines, markers, &self.pages.bare);
        // The wrap width is read from the lines outside tables.
        let width = wrap::wrap_width(src, lines, &tables);
        let anchor = self.unnumbered_anchor(lines, markers, &marked, first, &tables);
        drop(marked);
        let furniture = !self.pages.is_empty();
        let mut t = 0;
        let mut k = first;
        while k < lines.len() {
            while t < tables.len() && tables[t].end <= k {
                t += 1;
            }
            let next_table = tables.get(t).map_or(lines.len(), |r| r.start.max(k));
            if next_table == k {
                let end = tables[t].end;
                self.push(Block::Table(table::build(src, &lines[k..end])));
                k = end;
                continue;
            }
            let l = &lines[k];
            let text = &src[l.text];
            // The head's test on the text at hand first: `toc::find` slices
            // the line again.
            if let Some(n) =
                self.is_toc_head_line(text).then(|| toc::find(src, lines, k)).flatten().filter(|n| k + n <= next_table)
            {
                let line = |l: &RawLine| Line { span: l.full, text: l.text };
                let entries = lines[k + 1..k + n].iter().map(line).collect();
                let span = Span::new(l.full.start, lines[k + n - 1].full.end);
                self.push(Block::Toc(Box::new(Toc { span, head: line(l), entries })));
                k += n;
                continue;
            }
            // Page furniture (most documents have none: one test for three).
            // (`第1页共4页` is already web navigation to the clutter grammar.)
            let kind = if !furniture {
                None
            } else if (self.pages.is_marker(k) && self.clutter(l.text).is_none()) || self.pages.is_bare(k) {
                Some(ClutterKind::PageMarker)
            } else if self.pages.running.contains(text) {
                Some(ClutterKind::RunningHeader)
            } else {
                None
            };
            if let Some(kind) = kind {
                self.push(Block::Clutter(Clutter { span: l.full, text: l.text, kind }));
                k += 1;
                continue;
            }
            let heads = |a: &appendix::AppendixLine| {
                a.what.is_none() || list_follows(lines, markers, k) || table_follows(lines, k, next_table)
            };
            if let Some(a) = appendix::appendix(text).filter(heads) {
                k = self.appendix(lines, k, a, next_table);
                continue;
            }
            if k > first && self.unnumbered(lines, markers, k, next_table, anchor) {
                k += 1;
                continue;
            }
            let end = match (width, self.title_below(lines, markers, k, text, next_table)) {
                (_, Some(j)) => j,
                (Some(w), None) if markers[k].is_some() || self.clutter(l.text).is_none() => {
                    self.join(lines, markers, k, w, next_table)
                }
                _ => k,
            };
            // A markdown heading (`## 一、…`, `**一、…**`): its marks are markup.
            let next = if let Some(skip) = markers[k].and_then(|_| leading_after_markup(text)) {
                // Read as one line: what `join` recorded of the lines after
                // it (breaks, physical lines) is dropped, as they are read
                // again from `k + 1`.
                self.breaks.clear();
                self.phys.clear();
                self.markup(text, l.text.start, skip);
                self.content_at(l, markers[k], skip);
                k + 1
            } else {
                let list_item = markers[k].filter(|m| {
                    // (The style first, inline: most markers are of no
                    // bracketed style, told without a call or a slice.)
                    (matches!(m.style, MarkerStyle::ChineseParen | MarkerStyle::ArabicParen)
                        && is_list_item(&src.as_bytes()[l.text.start..lines[end].text.end], m))
                        || self.list.is_some_and(|(s, n)| s == m.style && m.ordinal == n + 1)
                        || (m.ordinal == 1 && notes_above(src, lines, k, m.style))
                });
                self.list = list_item.map(|m| (m.style, m.ordinal));
                let leading = markers[k].filter(|_| list_item.is_none());
                if end == k && self.breaks.is_empty() {
                    self.line(l, leading);
                } else {
                    let last = &lines[end];
                    let logical = RawLine {
                        full: Span::new(l.full.start, last.full.end),
                        text: Span::new(l.text.start, last.text.end),
                    };
                    self.content(&logical, l.text.start, leading);
                }
                end + 1
            };
            // (One tail for both: nothing adds a physical line to a
            // markdown heading's, cleared above.)
            self.breaks.clear();
            self.phys.clear();
            self.note_glossary();
            k = next;
        }
    }

    /// The last line of the logical line that starts at `k`, recording the
    /// breaks and the physical lines when it runs over more than one.
    fn join(&mut self, lines: &[RawLine], markers: &[Option<RawMarker>], k: usize, width: usize, stop: usize) -> usize {
        let src = self.src;
        let mut end = k;
        loop {
            let text = &src[lines[end].text];
            // A full line is cut; a line short of the width may be cut
            // before a number that did not fit on it.
            // A heading line that ends in a clause comma goes on: the
            // converter broke it there (`（三）持续优化营商环境，`).
            let full = wrap::is_cut(text, width, end == k && markers[k].is_some())
                || (end == k && markers[k].is_some() && text.ends_with(['，', ',', '、']));
            if !full && !wrap::may_be_cut_before(text, width) {
                break;
            }
            let mut j = end + 1;
            while j < stop
                && !lines[j].is_blank()
                && (self.pages.is_marker(j)
                    || self.pages.running.contains(&src[lines[j].text])
                    || self.pages.is_bare(j))
            {
                j += 1;
            }
            if j >= stop || lines[j].is_blank() {
                break;
            }
            let next = &src[lines[j].text];
            if !full && !wrap::is_cut_before(text, next, width) {
                break;
            }
            if markers[j].is_some()
                || self.clutter(lines[j].text).is_some()
                || appendix::appendix(next).is_some()
                || self.is_toc_head_line(next)
                || (end == k
                    && markers[k].is_some_and(|m| m.style == MarkerStyle::ChineseComma)
                    && opens_paragraph_under_title(&src[lines[k].text], next, width))
            {
                break;
            }
            if self.phys.is_empty() {
                self.phys.push(lines[k]);
            }
            let br = |kind, start, end| Leaf { kind, span: Span::new(start, end) };
            self.breaks.push(br(LeafKind::LineEnd, lines[end].text.end, lines[end].full.end));
            for p in &lines[end + 1..j] {
                self.breaks.push(br(LeafKind::Indent, p.full.start, p.text.start));
                self.breaks.push(br(LeafKind::Clutter, p.text.start, p.text.end));
                self.breaks.push(br(LeafKind::LineEnd, p.text.end, p.full.end));
            }
            self.breaks.push(br(LeafKind::Indent, lines[j].full.start, lines[j].text.start));
            self.phys.push(lines[j]);
            end = j;
        }
        self.breaks.retain(|b| !b.span.is_empty());
        end
    }

    /// A marker alone on its line (`第一部分`, `（一）`) over its title on
    /// the next line (`部门概况`): the two make one logical line, as a
    /// converter split a heading set in two runs (json.md reads `附件1`
    /// alone the same way). The title line is short, has no marker and no
    /// `。`; blank lines and page furniture between are breaks. Returns the
    /// title's line, having recorded the breaks and the physical lines.
    /// `text` is line `k`'s.
    fn title_below(
        &mut self,
        lines: &[RawLine],
        markers: &[Option<RawMarker>],
        k: usize,
        text: &str,
        stop: usize,
    ) -> Option<usize> {
        let src = self.src;
        let m = markers[k]?;
        // The marker alone on its line: the line's text, which ends in no
        // white space, ends with it.
        if usize::from(m.len) != text.len() || leading_after_markup(text).is_some() {
            return None;
        }
        let mut j = k + 1;
        let mut blanks = 0;
        while j < stop && j < k + 6 {
            let t = &src[lines[j].text];
            if lines[j].is_blank() {
                blanks += 1;
            } else if !(self.pages.is_marker(j) || self.pages.running.contains(t) || self.pages.is_bare(j)) {
                break;
            }
            j += 1;
        }
        let next = src.get(lines.get(j)?.text.start..lines[j].text.end)?;
        if j >= stop
            || blanks > 2
            || lines[j].is_blank()
            || markers[j].is_some()
            || next.contains('。')
            || super::line::more_chars_than(next, 40)
            || self.clutter(lines[j].text).is_some()
            || appendix::appendix(next).is_some_and(|a| a.ordinal > 0 || a.what.is_some())
            || self.is_toc_head_line(next)
        {
            return None;
        }
        self.phys.push(lines[k]);
        let br = |kind, start, end| Leaf { kind, span: Span::new(start, end) };
        self.breaks.push(br(LeafKind::LineEnd, lines[k].text.end, lines[k].full.end));
        for p in &lines[k + 1..j] {
            if p.is_blank() {
                self.breaks.push(br(LeafKind::Blank, p.full.start, p.full.end));
            } else {
                self.breaks.push(br(LeafKind::Indent, p.full.start, p.text.start));
                self.breaks.push(br(LeafKind::Clutter, p.text.start, p.text.end));
                self.breaks.push(br(LeafKind::LineEnd, p.text.end, p.full.end));
            }
        }
        self.breaks.push(br(LeafKind::Indent, lines[j].full.start, lines[j].text.start));
        self.phys.push(lines[j]);
        self.breaks.retain(|b| !b.span.is_empty());
        Some(j)
    }

    /// Record the markdown marks of a heading line (`## 一、…`,
    /// `**一、…**`) as breaks; the marker starts `skip` bytes in.
    fn markup(&mut self, text: &str, base: usize, skip: usize) {
        if let Some((a, b)) = text.starts_with(['<', '&']).then(|| html_around(text)).flatten() {
            let t = text.len();
            self.breaks.push(Leaf { kind: LeafKind::Markup, span: Span::new(base, base + a) });
            self.breaks.push(Leaf { kind: LeafKind::Markup, span: Span::new(base + b, base + t) });
            self.breaks.retain(|b| !b.span.is_empty());
            return;
        }
        let marks = text.len() - text.trim_start_matches(['#', '*']).len();
        self.breaks.push(Leaf { kind: LeafKind::Markup, span: Span::new(base, base + marks) });
        let t = text.trim_end_matches(is_ws);
        let trailing = t.len() - t.trim_end_matches('*').len();
        if trailing > 0 && t.len() - trailing > skip {
            let end = base + t.len();
            self.breaks.push(Leaf { kind: LeafKind::Markup, span: Span::new(end - trailing, end) });
        }
        self.breaks.retain(|b| !b.span.is_empty());
    }

    /// Read a heading whose marker follows markdown marks, `skip` bytes
    /// into the line.
    fn content_at(&mut self, l: &RawLine, m: Option<RawMarker>, skip: usize) {
        let Some(m) = m else { return };
        let at = l.text.start + skip;
        self.open_heading(l.full.start, at, &m, false);
        let line = &self.src[l.text];
        let text_end = match line.starts_with(['<', '&']).then(|| html_around(line)).flatten() {
            // The closing tags are markup (see `markup`).
            Some((_, b)) => l.text.start + b,
            None => at + self.src[at..l.text.end].trim_end_matches('*').trim_end_matches(is_ws).len(),
        };
        self.finish_segment(l.full.start, at, text_end, l.full.end, Some(m));
    }

    /// An appendix or glossary line at `k` (and its title line): a
    /// top-level section. Returns the next line to read.
    fn appendix(&mut self, lines: &[RawLine], k: usize, a: appendix::AppendixLine, stop: usize) -> usize {
        let src = self.src;
        let l = &lines[k];
        let base = l.text.start;
        let text = &src[l.text];
        if a.marker.0 > 0 {
            let hashes = text.len() - text.trim_start_matches(['#', '*']).len();
            self.breaks.push(Leaf { kind: LeafKind::Markup, span: Span::new(base, base + hashes) });
        }
        let marker_span = Span::new(base + a.marker.0, base + a.marker.1);
        let (title_span, end_line) = match a.title {
            Some((s, e)) => {
                // `附件1：…`: the colon between marker and title.
                let gap = &text[a.marker.1..s];
                if let Some(c) = gap.find(['：', ':']) {
                    let at = base + a.marker.1 + c;
                    let len = gap[c..].chars().next().map_or(1, char::len_utf8);
                    self.breaks.push(Leaf { kind: LeafKind::Terminator, span: Span::new(at, at + len) });
                }
                (Span::new(base + s, base + e), k)
            }
            None => {
                // The title is on the next line that is not blank.
                let mut j = k + 1;
                while j < stop && j < k + 3 && lines[j].is_blank() {
                    j += 1;
                }
                let fits = j < stop
                    && !lines[j].is_blank()
                    && !src[lines[j].text].contains('。')
                    && src[lines[j].text].chars().count() <= 60
                    && marker::marker(&src[lines[j].text]).is_none();
                if fits {
                    let mut at = l.text.end;
                    self.breaks.push(Leaf { kind: LeafKind::LineEnd, span: Span::new(at, l.full.end) });
                    at = l.full.end;
                    for b in &lines[k + 1..j] {
                        self.breaks.push(Leaf { kind: LeafKind::Blank, span: b.full });
                        at = b.full.end;
                    }
                    self.breaks.push(Leaf { kind: LeafKind::Indent, span: Span::new(at, lines[j].text.start) });
                    (lines[j].text, j)
                } else {
                    (Span::empty(marker_span.end), k)
                }
            }
        };
        // Trailing marks are markup whether or not the line opens with
        // some (`附录**` as well as `**附录**`), and whether the title is on
        // this line or the next.
        let trailing = text.len() - text.trim_end_matches('*').len();
        if trailing > 0 {
            let end = l.text.end;
            self.breaks.push(Leaf { kind: LeafKind::Markup, span: Span::new(end - trailing, end) });
        }
        // `附件：…清单`: the colon ends the title, the words after it run in.
        let (terminator, body) = match a.what {
            Some((colon, what)) => {
                let what = Span::new(base + what.0, base + what.1);
                let items = super::item::find(&src.as_bytes()[what.start..what.end], what.start, &mut self.items);
                let lines = self.lines_of(Span::new(what.start, l.full.end));
                let p = super::tree::Paragraph::new(Span::new(what.start, l.full.end), what, items, lines, Vec::new());
                (Some(Span::new(base + colon.0, base + colon.1)), Some(p))
            }
            None => (a.colon.map(|c| Span::new(base + c.0, base + c.1)), None),
        };
        self.breaks.retain(|b| !b.span.is_empty());
        let last = &lines[end_line];
        let marker = Marker {
            style: MarkerStyle::Appendix,
            ordinal: a.ordinal,
            text: SmallString::new(&src[marker_span]),
            span: marker_span,
        };
        let heading = Heading {
            span: Span::new(l.full.start, last.full.end),
            marker,
            title: SmallString::default(),
            title_span,
            terminator,
            body,
            inline: false,
            breaks: in_source_order(std::mem::take(&mut self.breaks)).into(),
        };
        self.items = Default::default();
        self.outline.open(heading, &mut self.diagnostics);
        self.note_glossary();
        end_line + 1
    }

    /// The shape of an unnumbered heading at `k`: a short line with no
    /// marker and no punctuation, standing alone (the line before ends a
    /// sentence, or is blank).
    ///
    /// This runs on most body lines: the tests of the line alone first,
    /// inlined, and a paragraph line (longer than any heading in bytes,
    /// with the marks of a markdown heading) told by them, without a call
    /// (most lines fail them; [`Parser::unnumbered_read`] is the rest).
    #[inline(always)]
    fn unnumbered_shape(&mut self, lines: &[RawLine], markers: &[Option<RawMarker>], k: usize) -> bool {
        let l = &lines[k];
        // (The four tests put together without a branch each: which of
        // them a line fails varies from line to line.)
        let fails =
            l.is_blank() | markers[k].is_some() | self.glossary.is_some() | (l.text.len() > 4 * UNNUMBERED_CHARS + 8);
        !fails && self.unnumbered_read(lines, k)
    }

    /// [`Parser::unnumbered_shape`] past its tests of the line's length,
    /// marker and blankness, and of the glossary.
    #[inline(never)]
    fn unnumbered_read(&mut self, lines: &[RawLine], k: usize) -> bool {
        let src = self.src;
        let l = &lines[k];
        let text = match markdown_inner(&src[l.text]) {
            Some((a, b)) => &src[l.text.start + a..l.text.start + b],
            None => &src[l.text],
        };
        if super::line::more_chars_than(text, UNNUMBERED_CHARS)
            || holds_punct(text.as_bytes())
            || text.starts_with(['（', '(', '【', '[', '#', '*', '|', '-', '—'])
            || self.clutter(l.text).is_some()
            || is_page_marker(text)
            || title::names_genre(text)
        {
            return false;
        }
        let prev = (k.saturating_sub(3)..k).rev().find(|&j| !lines[j].is_blank() && !self.pages.is_marker(j));
        prev.is_none_or(|j| wrap::ends_sentence_pub(&src[lines[j].text]))
    }

    /// The style of the numbered headings that the first unnumbered
    /// heading of the report stands over (`2025年重点工作` / `（一）…`),
    /// if one does. Only the lines before a marker of ordinal 1 are
    /// looked at.
    fn unnumbered_anchor(
        &mut self,
        lines: &[RawLine],
        markers: &[Option<RawMarker>],
        marked: &[(usize, RawMarker)],
        first: usize,
        tables: &[Range<usize>],
    ) -> Option<MarkerStyle> {
        for &(j, m) in marked.iter().skip_while(|&&(j, _)| j < first + 2) {
            if m.ordinal != 1 || m.style.gb_rank() < 1 {
                continue;
            }
            if in_tables(tables, j) {
                continue;
            }
            let before = |k: usize| (k.saturating_sub(3)..k).rev().find(|&i| !lines[i].is_blank());
            let Some(k) = before(j) else { continue };
            if k > first && self.may_anchor(lines, markers, k, tables) {
                return Some(m.style);
            }
            // A markdown heading line (`**2024年工作回顾**`) may have a lead
            // paragraph between it and its `（一）`.
            if markers[k].is_none() && src_has_clause(&self.src[lines[k].text]) {
                if let Some(h) = before(k).filter(|&h| h > first && markdown_inner(&self.src[lines[h].text]).is_some())
                {
                    if self.may_anchor(lines, markers, h, tables) {
                        return Some(m.style);
                    }
                }
            }
        }
        None
    }

    fn may_anchor(
        &mut self,
        lines: &[RawLine],
        markers: &[Option<RawMarker>],
        k: usize,
        tables: &[Range<usize>],
    ) -> bool {
        // The shape's inline tests first: they tell most lines (the
        // appendix's test reads the text).
        !in_tables(tables, k)
            && self.unnumbered_shape(lines, markers, k)
            && appendix::appendix(&self.src[lines[k].text]).is_none()
    }

    /// A short line standing alone above numbered sub-headings: an
    /// unnumbered heading at the level above them. True when `k` was read so.
    ///
    /// Once a report has one (`anchor`: the style of the headings under
    /// it), a line of the same shape over a paragraph is one of its
    /// siblings: a part with no sub-headings (`今年工作总体要求和目标任务`,
    /// `切实加强政府自身建设`), or one whose `（一）` comes after a lead
    /// paragraph (`过去五年工作回顾`).
    fn unnumbered(
        &mut self,
        lines: &[RawLine],
        markers: &[Option<RawMarker>],
        k: usize,
        stop: usize,
        anchor: Option<MarkerStyle>,
    ) -> bool {
        let src = self.src;
        let l = &lines[k];
        if !self.unnumbered_shape(lines, markers, k) {
            return false;
        }
        let mut j = k + 1;
        while j < stop && j < k + 3 && lines[j].is_blank() {
            j += 1;
        }
        let rank = match markers.get(j).copied().flatten().filter(|_| j < stop) {
            Some(m) => {
                if m.ordinal != 1
                    || m.style.gb_rank() < 1
                    || !accept::accepts(&self.outline, &m, false, lines[j].text.len())
                {
                    return false;
                }
                self.outline.rank_of(m.style).saturating_sub(1)
            }
            None => {
                let Some(style) = anchor else { return false };
                // The next line, past page furniture, opens a paragraph.
                while j < stop && !lines[j].is_blank() && (self.pages.is_marker(j) || self.pages.is_bare(j)) {
                    j += 1;
                }
                if j >= stop
                    || lines[j].is_blank()
                    || markers[j].is_some()
                    || !src_has_clause(&src[lines[j].text])
                    || self.clutter(lines[j].text).is_some()
                {
                    return false;
                }
                self.outline.rank_of(style).saturating_sub(1)
            }
        };
        let span = Span::empty(l.text.start);
        // Markdown marks around the title are markup.
        let (title_span, breaks) = match markdown_inner(&src[l.text]) {
            Some((a, b)) => {
                let (s, e) = (l.text.start, l.text.end);
                let marks = [Span::new(s, s + a), Span::new(s + b, e)];
                let leaves =
                    marks.into_iter().filter(|m| !m.is_empty()).map(|span| Leaf { kind: LeafKind::Markup, span });
                (Span::new(s + a, s + b), leaves.collect())
            }
            None => (l.text, Box::default()),
        };
        let heading = Heading {
            span: l.full,
            marker: Marker { style: MarkerStyle::Unnumbered, ordinal: 0, text: SmallString::default(), span },
            title: SmallString::default(),
            title_span,
            terminator: None,
            body: None,
            inline: false,
            breaks,
        };
        self.items = Default::default();
        self.outline.open_ranked(heading, rank, &mut self.diagnostics);
        true
    }

    /// After a heading opened: a glossary title starts the glossary; a
    /// heading at or above its rank ends it. An appendix (`附件1`,
    /// `附件：…清单`) reads as one: the numbered lines of the attached list
    /// are its entries, not parts of the report. (Inlined at its two
    /// calls, the body's line and an appendix: it runs after every line.)
    #[inline(always)]
    fn note_glossary(&mut self) {
        let rank = self.outline.current_rank();
        // Asked once, before the rules: both rules ask it of the same open
        // heading, and the answer is kept for it (asked where a rule would
        // not, it is only the answer kept).
        let is = self.current_title_is_glossary();
        if let (Some(g), Some(r)) = (self.glossary, rank) {
            if r < g || (r == g && !is) {
                self.glossary = None;
            }
        }
        if self.glossary.is_none() && is {
            self.glossary = rank;
        }
    }

    /// Is the open heading's title a glossary's? Asked after every line:
    /// the answer for the open heading is kept until another heading (or
    /// another title span) is open, and told inline when it is kept.
    #[inline(always)]
    fn current_title_is_glossary(&mut self) -> bool {
        let Some(h) = self.outline.current_heading() else {
            self.glossary_title = None;
            return false;
        };
        // Most headings open a section and have no break: a title longer
        // than any glossary's is told by its length (the answer kept is
        // left as it is: it answers for its own key).
        // (Put together without a branch each.)
        if h.breaks.is_empty() & (h.title_span.len() > GLOSSARY_TITLE_BYTES) & (h.marker.style != MarkerStyle::Appendix)
        {
            return false;
        }
        let key = (h.title_span, h.breaks.len());
        match self.glossary_title {
            Some((k, is)) if k == key => is,
            _ => self.title_is_glossary_read(key),
        }
    }

    /// [`Parser::current_title_is_glossary`] of an open heading whose
    /// answer is not kept (`key` its title span and count of breaks): read
    /// and kept.
    #[inline(never)]
    fn title_is_glossary_read(&mut self, key: (Span, usize)) -> bool {
        let src = self.src;
        let Some(h) = self.outline.current_heading() else { return false };
        let is = h.marker.style == MarkerStyle::Appendix || {
            let t = h.title_span;
            // A title over a line break (`第四部分` / `名词解释`): its
            // pieces without the breaks.
            let inside = |b: &&Leaf| b.span.start >= t.start && b.span.end <= t.end;
            if !h.breaks.iter().any(|b| inside(&b)) {
                // No glossary title is longer than six chars (`is_glossary`):
                // most titles are told by their length, without a slice.
                t.len() <= GLOSSARY_TITLE_BYTES && is_glossary(&src[t])
            } else {
                let mut joined = String::new();
                let mut at = t.start;
                for b in h.breaks.iter().filter(inside) {
                    joined.push_str(&src[at..b.span.start]);
                    at = b.span.end;
                }
                joined.push_str(&src[at..t.end]);
                is_glossary(joined.trim_matches(is_ws))
            }
        };
        self.glossary_title = Some((key, is));
        is
    }

    /// Is `text` (a body line's text) the head of a table of contents: a
    /// [`toc::is_toc_head_line`] in a report that may have one (see
    /// `may_have_toc`)? The line's test first: its last byte tells most
    /// lines, and the text is searched for a `录` only when one passes.
    #[inline]
    fn is_toc_head_line(&mut self, text: &str) -> bool {
        toc::is_toc_head_line(text)
            && *self.may_have_toc.get_or_insert_with(|| crate::text::words::contains(self.src, "录"))
    }

    /// Is the marker `m` a heading here? In a glossary only a heading at or
    /// above the glossary's own level is.
    pub(super) fn accepts(&self, m: &RawMarker, inline: bool, line_len: usize) -> bool {
        // In a report of normal lines, a number inside a paragraph
        // (`…工程。（1）稳定就业…`) is an item of it, not a heading.
        if inline && !self.flattened {
            return false;
        }
        if let Some(g) = self.glossary {
            if self.outline.rank_of(m.style) > g {
                return false;
            }
        }
        accept::accepts(&self.outline, m, inline, line_len)
    }

    /// The breaks inside `span`, taken from the pending ones. Asked of
    /// every heading and paragraph, most of them on one line with none
    /// pending: that test inline, the rest out of line.
    #[inline(always)]
    pub(super) fn take_breaks(&mut self, span: Span) -> Vec<Leaf> {
        if self.breaks.is_empty() {
            return Vec::new();
        }
        self.take_pending_breaks(span)
    }

    /// [`Parser::take_breaks`] when some are pending.
    #[inline(never)]
    fn take_pending_breaks(&mut self, span: Span) -> Vec<Leaf> {
        let (inside, rest): (Vec<Leaf>, Vec<Leaf>) =
            self.breaks.drain(..).partition(|b| b.span.start >= span.start && b.span.end <= span.end);
        self.breaks = rest;
        in_source_order(inside)
    }

    /// The physical lines inside `span`, when it runs over more than one.
    pub(super) fn lines_of(&self, span: Span) -> Vec<Line> {
        let lines: Vec<Line> = self
            .phys
            .iter()
            .filter(|p| p.full.start < span.end && p.full.end > span.start)
            .map(|p| Line {
                span: Span::new(p.full.start.max(span.start), p.full.end.min(span.end)),
                text: Span::new(p.text.start.max(span.start), p.text.end.min(span.end)),
            })
            .collect();
        if lines.len() > 1 {
            lines
        } else {
            Vec::new()
        }
    }
}

/// Does `next` open a paragraph under the `一、` heading line `heading`,
/// rather than go on with a title the wrap cut? Such a heading stands
/// alone on its line (formats.md: 67 of 70 `一、` lines). A title that
/// fills its line with no end (`。` `：`) continues with a few words that
/// end it; a next line that is itself cut with no end in it would make a
/// title of three lines or more: it is the first line of the body
/// (`三、…职责情况` / `镇党委书记认真履行…` at full width). Lower levels
/// (`（三）`) run on into their text, often over several lines, and are
/// joined as before.
fn opens_paragraph_under_title(heading: &str, next: &str, width: usize) -> bool {
    const ENDS: [char; 3] = ['。', '：', ':'];
    !heading.contains(ENDS) && wrap::is_cut(next, width, false) && !next.contains(ENDS)
}

/// Is the line above `k` (past blank lines) a note label alone (`注：`),
/// so that the numbered lines from `k` on are its notes, not headings?
/// A communiqué or a table sets its notes so (`注：` / `1.本公报…` /
/// `2.…`); the numbering then runs on as a list. Asked only of a first
/// marker, and only marker styles below the parts can number notes.
fn notes_above(src: &str, lines: &[RawLine], k: usize, style: MarkerStyle) -> bool {
    if matches!(style, MarkerStyle::Part | MarkerStyle::Section | MarkerStyle::ChineseComma | MarkerStyle::Appendix) {
        return false;
    }
    let Some(above) = lines[..k].iter().rev().take(3).find(|l| !l.is_blank()) else { return false };
    let t = &src[crate::text::ws::trim(src, above.text)];
    matches!(t, "注：" | "注:" | "註：" | "註:")
}

/// A bracketed item whose would-be title (up to the first `。`, `：` or
/// `:`) holds `；` is an item of an enumeration (`（一）…；…；`), as in a
/// quoted article, not a heading.
/// (The body tests the style first, inline, before the call.)
fn is_list_item(text: &[u8], m: &RawMarker) -> bool {
    if !matches!(m.style, MarkerStyle::ChineseParen | MarkerStyle::ArabicParen) {
        return false;
    }
    // Read on the bytes of the text (a str slice tests char boundaries).
    // The clause before the first `；` holds none of the stops: the first
    // `；` or `。` is a `；`, and no colon comes before it. Both are found
    // by their last bytes (9B, 82) in one search, which stops at the first
    // `。` of a sentence (a search for `；` alone went on past every one).
    let b = &text[usize::from(m.len)..];
    let is_at = |j: usize, word: &str| j >= 2 && b[j - 2..=j] == *word.as_bytes();
    static STOP_BYTES: Bytes2 = Bytes2::new(0x9B, 0x82);
    let Some(stop) = STOP_BYTES.iter(b).find(|&j| is_at(j, "；") || is_at(j, "。")) else {
        return false;
    };
    let clause = &b[..stop - 2];
    b[stop] == 0x9B && words::find_bytes(clause, "：".as_bytes()).is_none() && memchr::memchr(b':', clause).is_none()
}

/// Where the text of a line starts after markdown marks (`## `, `**`),
/// when it has any.
#[inline(always)]
pub(super) fn leading_after_markup(text: &str) -> Option<usize> {
    // This runs on every line; most open with neither mark, told by one
    // bit test inline (`#` `&` `*` `<` are all below 0x40).
    const MARKUP_FIRSTS: u64 = 1 << b'#' | 1 << b'&' | 1 << b'*' | 1 << b'<';
    match text.as_bytes().first() {
        Some(&b0) if b0 < 64 && MARKUP_FIRSTS & (1 << b0) != 0 => markup_read(text),
        _ => None,
    }
}

/// [`leading_after_markup`] past its test of the first byte.
#[inline(never)]
fn markup_read(text: &str) -> Option<usize> {
    match text.as_bytes().first() {
        Some(b'#' | b'*') => {}
        // A bad capture's HTML: `<p>一、…</p>`, `&nbsp;&nbsp;二、…`.
        Some(b'<' | b'&') => return html_around(text).map(|(a, _)| a),
        _ => return None,
    }
    let t = text.trim_start_matches('#');
    let t = if t.len() < text.len() { t.trim_start_matches(is_ws) } else { t };
    let t = t.trim_start_matches("**");
    (t.len() < text.len()).then_some(text.len() - t.len())
}

/// The text of a line inside the HTML tags and `&nbsp;` entities a bad
/// capture left around it, as a byte range, when there are leading ones
/// and text inside them.
fn html_around(text: &str) -> Option<(usize, usize)> {
    clutter::html_inner(text).filter(|&(a, b)| a > 0 && a < b)
}

/// The text of a markdown heading line inside its marks, as a byte range:
/// `**2024年工作回顾**` in bold, `## 2024年工作回顾` (and `## **…**`).
/// `None` for a line without such marks around its whole text.
fn markdown_inner(text: &str) -> Option<(usize, usize)> {
    if !text.starts_with(['#', '*']) {
        return None;
    }
    let hashes = text.len() - text.trim_start_matches('#').len();
    let a = if hashes > 0 {
        let t = text[hashes..].trim_start_matches(is_ws);
        if hashes > 6 || t.len() == text.len() - hashes {
            return None;
        }
        text.len() - t.len()
    } else {
        0
    };
    let t = text.trim_end_matches(is_ws);
    let (a, b) = match text[a..].strip_prefix("**") {
        Some(_) if t.len() >= a + 4 && t.ends_with("**") => (a + 2, t.len() - 2),
        Some(_) => return None,
        None if hashes > 0 => (a, t.len()),
        None => return None,
    };
    let inner = &text[a..b];
    (!inner.is_empty() && !inner.contains('*') && inner.trim_matches(is_ws).len() == inner.len()).then_some((a, b))
}

/// Does `b` hold punctuation that no unnumbered heading holds (`，` `。`
/// `；` `：` `、` `！` `？` and `:` `,` `;` `!` `?`)? Read on the bytes (the wide marks
/// by their three bytes, at their lead byte), where `str::contains` on
/// the twelve chars decoded every char and compared it with each in turn,
/// a few hundred bytes of code. (Reference: `str::contains`, in the tests.)
fn holds_punct(b: &[u8]) -> bool {
    b.iter().enumerate().any(|(i, &c)| match c {
        b',' | b':' | b';' | b'!' | b'?' => true,
        // ， ； ： ！ ？
        0xEF => matches!(b.get(i + 1..i + 3), Some([0xBC, 0x8C | 0x9B | 0x9A | 0x81 | 0x9F])),
        // 。 、
        0xE3 => matches!(b.get(i + 1..i + 3), Some([0x80, 0x82 | 0x81])),
        _ => false,
    })
}

/// Does `text` hold a clause sign (`，` or `。`), as a paragraph's line does?
/// Found by their last bytes (8C, 82), checked in place, rather than by
/// decoding every char.
/// (The search is the shared out-of-line one: this is asked of a few
/// lines a report, and most stop at their first clause sign.)
fn src_has_clause(text: &str) -> bool {
    let b = text.as_bytes();
    static CLAUSE_BYTES: Bytes2 = Bytes2::new(0x8C, 0x82);
    CLAUSE_BYTES.iter(b).any(|j| matches!(b[..=j], [.., 0xEF, 0xBC, 0x8C] | [.., 0xE3, 0x80, 0x82]))
}

/// The marker of a glossary entry: an outline marker or `［1］`, `[1]`.
pub(super) fn entry_marker(text: &str) -> Option<(usize, u32)> {
    if let Some(m) = marker::marker(text) {
        return Some((usize::from(m.len), m.ordinal));
    }
    let rest = text.strip_prefix(['［', '['])?;
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let n: u32 = rest[..digits].parse().ok()?;
    let after = rest[digits..].strip_prefix(['］', ']'])?;
    Some((text.len() - after.len(), n))
}

/// `breaks` sorted by position. They are recorded as each rule finds them,
/// not always in order: a heading's markdown marks (`#` before it) are read
/// after the line ends of the wrapped lines it runs over, and an appendix's
/// trailing `**` after the break to a title on the next line. Breaks never
/// overlap, so their starts order them; most lists are in order already.
fn in_source_order(mut breaks: Vec<Leaf>) -> Vec<Leaf> {
    if !breaks.is_sorted_by_key(|b| b.span.start) {
        breaks.sort_unstable_by_key(|b| b.span.start);
    }
    breaks
}

/// Is line `j` inside one of `tables` (ranges of lines)? A report holds
/// a few tables at most, most none.
fn in_tables(tables: &[Range<usize>], j: usize) -> bool {
    tables.iter().any(|r| r.contains(&j))
}

/// Does a numbered list start on the next line that is not blank (within
/// two)? An `附件：…` line over one is an attachment with its list; over
/// anything else (the signature) it is a note naming the attachment.
/// Does the table that starts at `next_table` follow line `k`, past
/// blank lines? `附件：…清单` over a table (`序号 问题 整改情况` and its
/// rows) heads the attached table as it heads an attached list.
fn table_follows(lines: &[RawLine], k: usize, next_table: usize) -> bool {
    next_table < lines.len() && next_table > k && lines[k + 1..next_table].iter().all(RawLine::is_blank)
}

fn list_follows(lines: &[RawLine], markers: &[Option<RawMarker>], k: usize) -> bool {
    (k + 1..lines.len().min(k + 4))
        .find(|&j| !lines[j].is_blank())
        .is_some_and(|j| markers[j].is_some_and(|m| m.ordinal == 1))
}

#[cfg(test)]
mod list_item_tests {
    use super::*;

    /// The punctuation [`holds_punct`] reads, as chars.
    const PUNCT: [char; 12] = ['，', '。', '；', '：', ':', ',', ';', '、', '！', '？', '!', '?'];

    proptest::proptest! {
        #[test]
        fn is_list_item_reads_the_first_clause(rest in "[甲；。：:，\u{4e1b}\u{4e02}a]{0,12}") {
            let m = marker::marker("（一）").unwrap();
            let text = format!("（一）{rest}");
            let reference = rest.find('；').is_some_and(|semi| {
                let clause = &rest[..semi];
                !clause.contains('。') && !clause.contains('：') && !clause.contains(':')
            });
            proptest::prop_assert_eq!(is_list_item(text.as_bytes(), &m), reference);
        }

        #[test]
        // `＂` (EF BC 82) and `。` (E3 80 82 is `。`, E3 80 80 U+3000) share lead bytes.
        fn punct_is_read_on_the_bytes(text in "[甲，。；：:,;、！？!?\u{ff02}\u{3000}\u{3003}\u{ff5b}a]{0,10}") {
            proptest::prop_assert_eq!(holds_punct(text.as_bytes()), text.contains(PUNCT));
        }

        #[test]
        // 䌂 ends in 82, 丌 in 8C; `、` shares `。`'s first two bytes, `－` `，`'s.
        fn clause_signs_are_found_by_their_last_bytes(text in "[甲，。,.䌂丌、\u{ff0d}]{0,10}") {
            proptest::prop_assert_eq!(src_has_clause(&text), text.contains(['，', '。']));
        }

        #[test]
        // `c` (0x63) and `j` (0x6A) share the bit of `#` and `*` one word up.
        fn the_first_byte_test_of_markup_lets_every_mark_through(text in "[#*<&cj甲 ]{0,3}(<p>|&nbsp;)?[一、甲]{0,3}") {
            proptest::prop_assert_eq!(leading_after_markup(&text), markup_read(&text));
        }
    }
}
