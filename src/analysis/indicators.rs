//! Indicators over a document: every quantity the report states, with the
//! section it sits in and the sentence around it.
//!
//! The reading of numbers, units, qualifiers and labels is done by
//! [`quantity::find`] on each paragraph and heading;
//! this pass places the results in the document.

use crate::quantity::{self, Quantity};
use crate::span::Span;
use crate::syntax::tree::{Block, Heading, Leaf, Section, SyntaxTree, Table, TableLineKind, TextRuns};
use crate::SmallString;
#[cfg(feature = "serde")]
use serde::Serialize;
use std::sync::Arc;

/// One step of a section path: the marker and title of a heading.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[non_exhaustive]
pub struct SectionRef {
    /// The marker as written, e.g. `（二）`.
    pub marker: SmallString,
    /// The heading title.
    pub title: SmallString,
}

/// A quantity stated in a report, placed in the document.
///
/// Its own fields are [`quantity`](Indicator::quantity),
/// [`section`](Indicator::section) and [`sentence`](Indicator::sentence);
/// it derefs to its [`Quantity`], so the quantity's fields read directly
/// on it:
///
/// | field | type | |
/// |---|---|---|
/// | `span` | [`Span`] | the quantity as written, in the document source |
/// | `text` | [`SmallString`] | the quantity as written: `约135.9万元` |
/// | `value` | [`Decimal`](crate::numeral::Decimal) | the value in the base unit (万 multiplied out): 1359000; `to_f64()`, `to_string()` |
/// | `upper` | `Option<Decimal>` | the high end of a range (`3至5天`) |
/// | `unit` | [`Unit`](crate::quantity::Unit) | the base unit: `元`, `件`, `%` (derefs to `str`) |
/// | `kind` | [`QuantityKind`](crate::QuantityKind) | count, money, percent, change, duration, measure |
/// | `qualifiers` | [`Qualifiers`](crate::quantity::Qualifiers) | approx, more_than… in the order written (derefs to a slice) |
/// | `direction` | `Option<`[`Direction`](crate::quantity::Direction)`>` | up or down, for a change |
/// | `label` | [`SmallString`] | what is counted: `办理群众诉求`; empty if none |
///
/// ```
/// let doc = gongwen::parse("一、主要举措\n全年办理群众诉求约1.62万件。\n");
/// let i = &doc.indicators()[0];
/// assert_eq!((i.text.as_str(), i.value.to_f64(), i.unit.as_str()), ("约1.62万件", 16200.0, "件"));
/// assert_eq!((i.kind.name(), i.qualifiers[0].name(), i.label.as_str()), ("count", "approx", "办理群众诉求"));
/// assert_eq!(doc.text(i.sentence), "全年办理群众诉求约1.62万件。");
/// assert_eq!(i.section[0].title, "主要举措");
/// ```
///
/// Its long label and section titles share the document's source (see
/// [`SmallString`]): cloning an indicator copies no text.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[non_exhaustive]
pub struct Indicator {
    /// The quantity, with its span made absolute (into the document source).
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub quantity: Quantity,
    /// The headings above it, outermost first; empty in the preamble.
    /// Shared by the indicators of one section.
    pub section: Arc<[SectionRef]>,
    /// The sentence it is in (up to `。`, `！`, `？` or `；`).
    pub sentence: Span,
}

impl std::ops::Deref for Indicator {
    type Target = Quantity;
    fn deref(&self) -> &Quantity {
        &self.quantity
    }
}

/// The chars that end a sentence, as [`quantity::find_into`] records them.
#[cfg(test)]
const SENTENCE_ENDS: [char; 5] = ['。', '！', '？', '；', ';'];

/// The sentence ends of a run of text, into `ends` (cleared first): for
/// each `。！？；`, where it starts and where the next sentence does. The
/// reference for what [`quantity::find_into`] records on its scan.
#[cfg(test)]
fn sentence_ends(text: &str, ends: &mut Vec<(usize, usize)>) {
    ends.clear();
    for (i, c) in text.char_indices() {
        if SENTENCE_ENDS.contains(&c) {
            ends.push((i, i + c.len_utf8()));
        }
    }
}

/// The sentences around the quantities of a run, found by walking its
/// sentence ends along with them: the quantities come in order, so each
/// search goes on from where the one before stopped.
#[derive(Default)]
struct SentenceCursor {
    /// The number of sentence ends wholly before the last quantity's start…
    before: usize,
    /// …and of those starting before its end.
    within: usize,
    /// The last quantity's span relative to the run.
    last: (usize, usize),
}

impl SentenceCursor {
    /// What `sentence_around` (the tests' reference) gives, for the quantities of one run in
    /// order (any order is right, but out of order costs a search from
    /// the start).
    fn around(&mut self, ends: &[(usize, usize)], base: usize, len: usize, at: Span) -> Span {
        let (rel_start, rel_end) = (at.start - base, at.end - base);
        if rel_start < self.last.0 || rel_end < self.last.1 {
            *self = SentenceCursor::default();
        }
        self.last = (rel_start, rel_end);
        while ends.get(self.before).is_some_and(|&(_, after)| after <= rel_start) {
            self.before += 1;
        }
        while ends.get(self.within).is_some_and(|&(i, _)| i < rel_end) {
            self.within += 1;
        }
        let start = self.before.checked_sub(1).and_then(|k| ends.get(k)).map_or(0, |e| e.1);
        let end = ends.get(self.within).map_or(len, |e| e.1);
        Span::new(base + start, base + end)
    }
}

/// The sentence of a run (starting at byte `base` of the source, with
/// `ends` from [`sentence_ends`] and length `len`) around `at`.
#[cfg(test)]
fn sentence_around(ends: &[(usize, usize)], base: usize, len: usize, at: Span) -> Span {
    let (rel_start, rel_end) = (at.start - base, at.end - base);
    // The last end before the quantity starts the sentence…
    let k = ends.partition_point(|&(_, after)| after <= rel_start);
    let start = k.checked_sub(1).map_or(0, |k| ends[k].1);
    // …and the first end at or after it closes the sentence.
    let k = ends.partition_point(|&(i, _)| i < rel_end);
    let end = ends.get(k).map_or(len, |e| e.1);
    Span::new(base + start, base + end)
}

/// The text of a run as a reader sees it: its lines joined without the
/// line ends, indents, page markers and markup between them, and its
/// spaced digits without their spaces; and where each piece of it is in
/// the source. PDF and Word text breaks lines anywhere, inside a figure
/// too (`接待来访群众12` / `56人次`), and may space every digit (`1 0 0 %`):
/// read as written, such figures would come out as `56人次` with no label,
/// or `0 %`. The buffers are kept from run to run.
#[derive(Default)]
struct Joined {
    text: String,
    /// Each piece's start in `text` and in the source, in order.
    pieces: Vec<(usize, usize)>,
    /// The spans left out: breaks and spaced digits' spaces, in order.
    cuts: Vec<Span>,
}

/// The spaces a PDF converter put between the digits of a number
/// (`1 0 0 %`, `2 . 3 万份`, `2 0 2 4 年`), in `span` of `source`, onto
/// `gaps`: a single space with a one-char token of a digit or `.` on
/// either side. Numbers written apart by the author (`共12 3个`) have a
/// token of two digits or more and keep their space; most runs hold no
/// digit before a space, and one search over the spaces tells.
fn spaced_digit_gaps(source: &str, span: Span, gaps: &mut Vec<Span>) {
    let b = source.as_bytes();
    let is_part = |i: usize| b.get(i).is_some_and(|&c| c.is_ascii_digit() || c == b'.');
    // A one-char token at `i`: the bytes beside it are no digit or dot.
    let single = |i: usize| is_part(i) && (i == 0 || !is_part(i - 1)) && !is_part(i + 1);
    for i in memchr::memchr_iter(b' ', &b[span.range()]).map(|i| span.start + i) {
        if i > span.start && i + 1 < span.end && single(i - 1) && single(i + 1) {
            gaps.push(Span::new(i, i + 1));
        }
    }
}

impl Joined {
    /// Join `span` of `source` without the `breaks` inside it and the
    /// spaces of its spaced digits. False (and nothing built) when there
    /// is neither: the run is read in place. Most runs have no break and
    /// no space at all: one search tells, inlined, and the join is not
    /// called.
    /// `run` is the run's text, `&source[span.range()]`, sliced once by
    /// the caller.
    #[inline(always)]
    fn build(&mut self, source: &str, span: Span, run: &str, breaks: &[Leaf]) -> bool {
        if breaks.is_empty() && memchr::memchr(b' ', run.as_bytes()).is_none() {
            return false;
        }
        self.join(source, span, breaks)
    }

    /// [`Joined::build`] for a run with a break or a space.
    #[inline(never)]
    fn join(&mut self, source: &str, span: Span, breaks: &[Leaf]) -> bool {
        self.cuts.clear();
        spaced_digit_gaps(source, span, &mut self.cuts);
        let gaps = self.cuts.len();
        self.cuts.extend(breaks.iter().map(|b| b.span).filter(|b| span.contains(*b) && !b.is_empty()));
        if self.cuts.is_empty() {
            return false;
        }
        // Each list is in order; merged only when both have spans.
        if gaps > 0 && gaps < self.cuts.len() {
            self.cuts.sort_unstable_by_key(|c| c.start);
        }
        self.text.clear();
        self.pieces.clear();
        let mut at = span.start;
        for cut in &self.cuts {
            if cut.start > at {
                self.pieces.push((self.text.len(), at));
                self.text.push_str(&source[at..cut.start]);
            }
            at = at.max(cut.end);
        }
        if span.end > at {
            self.pieces.push((self.text.len(), at));
            self.text.push_str(&source[at..span.end]);
        }
        true
    }

    /// The source offset of the byte at `at` of the joined text (or of its
    /// end): where something starting there starts.
    fn start_at(&self, at: usize) -> usize {
        let k = self.pieces.partition_point(|p| p.0 <= at).saturating_sub(1);
        self.pieces.get(k).map_or(at, |&(joined, source)| source + (at - joined))
    }

    /// The source offset where something ending at `at` of the joined text
    /// ends: after the byte before `at`, never after a break.
    fn end_at(&self, at: usize) -> usize {
        let k = self.pieces.partition_point(|p| p.0 < at).saturating_sub(1);
        self.pieces.get(k).map_or(at, |&(joined, source)| source + (at - joined))
    }

    /// A quantity read from the joined text, placed in the source: its span
    /// there (over the breaks inside it), and its text the source it spans,
    /// breaks included, as the text of every indicator is.
    fn place(&self, source: &str, q: &mut Quantity) {
        q.span = Span::new(self.start_at(q.span.start), self.end_at(q.span.end));
        if q.text.len() != q.span.len() {
            q.text = SmallString::new(&source[q.span.range()]);
        }
    }
}

/// The room left over in the list of indicators (in bytes) that
/// [`extract`] keeps rather than give back.
const SPARE_KEPT: usize = 64 << 10;

/// Make room in `out` for `more` indicators, when it has none, for as
/// many as the document holds if it goes on as it did up to byte `done` of
/// `total`: indicators are large, and each doubling of the vector moves them all.
fn reserve_projected(out: &mut Vec<Indicator>, more: usize, done: usize, total: usize) {
    let need = out.len() + more;
    if need <= out.capacity() {
        return;
    }
    // The density so far, over the rest, with an eighth to spare, and no
    // less than one indicator per 64 bytes left (a figure-stating report
    // holds one per 90 or so: the first figures project too few, and each
    // growth moves every indicator; room left over past SPARE_KEPT is
    // given back); never beyond one per two bytes left (a figure takes
    // two at least).
    let left = total.saturating_sub(done);
    let projected = need.saturating_mul(left) / done.max(1);
    let extra = (projected + projected / 8).max(left / 64).min(left / 2);
    out.reserve(more + extra);
}

/// The list [`extract`] writes a run's quantities into: each is made an
/// indicator as it is found, with the run's section path (built on the
/// first, once per section) and, until the run is read, relative span
/// and no sentence.
struct RunSink<'a, 't> {
    out: &'a mut Vec<Indicator>,
    /// The section path last built, with its section number.
    path: &'a mut Option<(usize, Arc<[SectionRef]>)>,
    /// The run's section number and the headings above it.
    number: usize,
    headings: &'a [&'t Heading],
    /// The run's start, and the source's length (for the room made).
    run_start: usize,
    total: usize,
}

impl RunSink<'_, '_> {
    /// The run's section path, built when the last built is another's.
    #[inline(always)]
    fn section(&mut self) -> Arc<[SectionRef]> {
        match self.path {
            Some((n, section)) if *n == self.number => Arc::clone(section),
            _ => self.build_section(),
        }
    }

    #[inline(never)]
    fn build_section(&mut self) -> Arc<[SectionRef]> {
        let step = section_ref;
        // Most paths are one to three headings deep: built as an array and
        // moved into the Arc (unsized in place), with none of the
        // collecting loop's length checks and layout sums.
        let section: Arc<[SectionRef]> = match *self.headings {
            [a] => Arc::new([step(a)]),
            [a, b] => Arc::new([step(a), step(b)]),
            [a, b, c] => Arc::new([step(a), step(b), step(c)]),
            ref path => path.iter().map(|h| step(h)).collect(),
        };
        *self.path = Some((self.number, Arc::clone(&section)));
        section
    }
}

/// The step of a section path for heading `h`. Out of line: the clones of
/// its marker and title are one code for every depth of path, not a copy
/// in each arm of [`RunSink::build_section`].
#[inline(never)]
fn section_ref(h: &Heading) -> SectionRef {
    SectionRef { marker: h.marker.text.clone(), title: h.title.clone() }
}

impl quantity::Sink for RunSink<'_, '_> {
    #[inline(always)]
    fn len(&self) -> usize {
        self.out.len()
    }
    #[inline(always)]
    fn at(&self, k: usize) -> &Quantity {
        &self.out[k].quantity
    }
    #[inline(always)]
    fn at_mut(&mut self, k: usize) -> &mut Quantity {
        &mut self.out[k].quantity
    }
    #[inline(always)]
    fn push(&mut self, q: Quantity, sentence: usize) {
        let section = self.section();
        if self.out.len() == self.out.capacity() {
            reserve_projected(self.out, 1, self.run_start + q.span.end, self.total);
        }
        // The sentence's start, relative to the run; its end once the run is read.
        let indicator = Indicator { quantity: q, section, sentence: Span { start: sentence, end: sentence } };
        // The same push either way: under a test that there is room it
        // cannot grow the vector, so the indicator is written in place.
        #[allow(clippy::if_same_then_else)]
        if self.out.len() < self.out.capacity() {
            self.out.push(indicator);
        } else {
            self.out.push(indicator);
        }
    }
    #[inline(always)]
    fn last_two(&mut self) -> Option<(&Quantity, &mut Quantity)> {
        match self.out.as_mut_slice() {
            [.., prev, q] => Some((&prev.quantity, &mut q.quantity)),
            _ => None,
        }
    }
}

/// Every quantity stated in the report `source` parsed into `tree`, in
/// document order, with its section path and sentence.
///
/// What [`Indicators`] yields, read a run at a time with no iterator state
/// between: the quantities of a run are written straight into the list
/// as the scan finds them, each made an indicator in place, and given its
/// place in the document when the run is read. The tables' figures are
/// read only when the tree holds a table (most reports have none).
pub(crate) fn extract(source: &Arc<String>, tree: &SyntaxTree) -> Vec<Indicator> {
    let mut out = Vec::new();
    let mut runs = tree.text_runs();
    let mut ends = Vec::with_capacity(32);
    // The path of the section of the last run that stated a quantity:
    // built once per section, and only for sections that state something.
    let mut path: Option<(usize, Arc<[SectionRef]>)> = None;
    let cells = if holds_table(tree) { table_cells(source, tree) } else { Vec::new() };
    let mut cells = cells.into_iter().peekable();
    // Where the next table cell starts: one compare a run.
    let mut next_cell = cells.peek().map_or(usize::MAX, |c| c.span.start);
    let mut joined = Joined::default();
    while let Some((number, span, breaks)) = runs.next_run() {
        let run = &source[span.range()];
        let is_joined = joined.build(source, span, run, breaks);
        let text = if is_joined { joined.text.as_str() } else { run };
        // Table cells and text are each in document order: merged, not
        // sorted. The cells before the run go first.
        if next_cell < span.start {
            cells_before(&mut out, &mut cells, &mut next_cell, span.start);
        }
        let first = out.len();
        // The sentence ends come with the quantities, from the same scan.
        // Long labels are slices of the source, but not those of a joined text.
        let shared = (!is_joined).then_some(quantity::Shared { source, base: span.start });
        let mut sink = RunSink {
            out: &mut out,
            path: &mut path,
            number,
            headings: runs.path(),
            run_start: span.start,
            total: source.len(),
        };
        quantity::find_onto(text, &mut sink, Some(&mut ends), shared);
        // Placed in the source one way or the other for the whole run.
        if is_joined {
            place_joined(&mut out[first..], &ends, &joined, source);
        } else {
            let mut close = SentenceClose::default();
            for i in &mut out[first..] {
                let close = close.at(&ends, text.len(), i.quantity.span.end);
                i.sentence = Span { start: i.sentence.start + span.start, end: close + span.start };
                i.quantity.span = i.quantity.span.shift(span.start);
            }
        }
        // A cell within the run (none where tables are blocks of their
        // own): merged with the run's quantities by position.
        if next_cell < span.end && out.len() > first {
            cells_within(&mut out, first, &mut cells, &mut next_cell);
        }
    }
    // The cells after the last run, if any are left (`next_cell` is the
    // next one's start): most reports have none, and run no extend.
    if next_cell != usize::MAX {
        out.extend(cells);
    }
    // The room made ahead (by the density so far, with an eighth to
    // spare) and left over is given back when it is much: a figure-dense
    // document, whose first figures project many, keeps no eighth of its
    // list empty. Little room left over is kept: the call costs more.
    if (out.capacity() - out.len()) * std::mem::size_of::<Indicator>() > SPARE_KEPT {
        out.shrink_to_fit();
    }
    out
}

/// Where the sentences of a run's quantities close, found by walking the
/// run's sentence ends along with them: each sentence runs to the first
/// end at or after its figure's, and the figures come in order, so the
/// search goes on from the last (and the test that stops it gives the end).
#[derive(Default)]
struct SentenceClose {
    /// The sentence ends passed…
    k: usize,
    /// …by the search for the last figure's, which ended here.
    last_end: usize,
}

impl SentenceClose {
    /// The close of the sentence of a figure ending at `end` in a run of
    /// length `len` with sentence `ends`.
    #[inline(always)]
    fn at(&mut self, ends: &[(usize, usize)], len: usize, end: usize) -> usize {
        if end < self.last_end {
            self.k = 0;
        }
        self.last_end = end;
        loop {
            match ends.get(self.k) {
                Some(&(at, after)) if at >= end => return after,
                Some(_) => self.k += 1,
                None => return len,
            }
        }
    }
}

/// The quantities of a run read joined over its breaks (`found`, with
/// offsets in `joined.text`), and their sentences, placed in the source.
/// Out of line, as the cell merges are: most runs are read in place, and
/// the loop over the runs stays small.
#[inline(never)]
fn place_joined(found: &mut [Indicator], ends: &[(usize, usize)], joined: &Joined, source: &str) {
    let mut close = SentenceClose::default();
    for i in found {
        let close = close.at(ends, joined.text.len(), i.quantity.span.end);
        i.sentence = Span::new(joined.start_at(i.sentence.start), joined.end_at(close));
        joined.place(source, &mut i.quantity);
    }
}

/// The table cells that start before `start` onto `out`, `next_cell`
/// the start of the first left.
#[inline(never)]
fn cells_before(
    out: &mut Vec<Indicator>,
    cells: &mut std::iter::Peekable<std::vec::IntoIter<Indicator>>,
    next_cell: &mut usize,
    start: usize,
) {
    while *next_cell < start {
        out.extend(cells.next());
        *next_cell = cells.peek().map_or(usize::MAX, |c| c.span.start);
    }
}

/// The run's quantities (`out[first..]`) merged by position with the table
/// cells that start within it.
#[inline(never)]
fn cells_within(
    out: &mut Vec<Indicator>,
    first: usize,
    cells: &mut std::iter::Peekable<std::vec::IntoIter<Indicator>>,
    next_cell: &mut usize,
) {
    let found = out.split_off(first);
    for i in found {
        cells_before(out, cells, next_cell, i.span.start);
        out.push(i);
    }
}

/// Whether `tree` holds a table where [`SyntaxTree::tables`] looks (the
/// preamble and the sections): a walk with no allocation, so that a
/// report with none pays for no table pass.
fn holds_table(tree: &SyntaxTree) -> bool {
    fn any_table(blocks: &[Block]) -> bool {
        blocks.iter().any(|b| matches!(b, Block::Table(_)))
    }
    fn in_section(s: &Section) -> bool {
        any_table(&s.body) || s.children.iter().any(in_section)
    }
    any_table(&tree.front) || tree.sections.iter().any(in_section)
}

/// The unit a table states for all its cells: on a unit line (`单位：万元`,
/// `（单位：件）`) or at the end of its caption (`收入支出决算总表（单位：万元）`).
fn table_unit<'a>(source: &'a str, table: &Table) -> Option<&'a str> {
    if let Some(line) = table.lines.iter().find(|l| l.kind == TableLineKind::Unit) {
        let text = &source[line.text.range()];
        let at = text.find('：').map(|i| i + '：'.len_utf8()).or_else(|| text.find(':').map(|i| i + 1))?;
        let unit = text[at..].trim().trim_end_matches(['）', ')']).trim();
        return (!unit.is_empty() && unit.chars().count() <= 4).then_some(unit);
    }
    table
        .lines
        .iter()
        .filter(|l| l.kind == TableLineKind::Caption)
        .find_map(|l| bracketed_unit(&source[l.text.range()]).filter(|u| u.labelled).map(|u| u.unit))
}

/// A unit stated in brackets at the end of a header cell or caption, and
/// the words before it: `本年收费金额（单位：万元）`, `金额(万元)`, `办理数量（件）`.
struct BracketedUnit<'a> {
    unit: &'a str,
    /// The words before the brackets.
    name: &'a str,
    /// Whether the brackets say `单位`.
    labelled: bool,
}

/// A header cell's column name, and the unit it states if any.
fn column_of(cell: &str) -> (&str, Option<&str>) {
    match bracketed_unit(cell) {
        Some(b) => (b.name, Some(b.unit)),
        None => (cell, None),
    }
}

fn bracketed_unit(text: &str) -> Option<BracketedUnit<'_>> {
    let text = text.trim_end();
    let inner_end = text.strip_suffix(['）', ')'])?.len();
    let open = text[..inner_end].rfind(['（', '('])?;
    let inner = &text[open..inner_end];
    let inner = inner.strip_prefix('（').or_else(|| inner.strip_prefix('(')).unwrap_or(inner).trim();
    let (unit, labelled) = match inner.strip_prefix("单位") {
        Some(rest) => (rest.trim_start_matches(['：', ':']).trim(), true),
        None => (inner, false),
    };
    // A unit the quantity reader knows, whole: `1万元` reads as one figure.
    let is_unit = !unit.is_empty()
        && unit.chars().count() <= 4
        && quantity::find(&format!("1{unit}")).first().is_some_and(|q| q.text.len() == 1 + unit.len());
    is_unit.then(|| BracketedUnit { unit, name: text[..open].trim_end(), labelled })
}
/// A row's label cell without the subject codes a converter left glued
/// before it (`201 06 01 行政运行`, `2010602 一般行政管理事务`).
fn without_codes(cell: &str) -> &str {
    let mut rest = cell;
    loop {
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let after = rest[digits..].strip_prefix([' ', '\t', '\u{3000}']);
        match after.filter(|_| digits > 0) {
            Some(after) => rest = after.trim_start(),
            None => break,
        }
    }
    if rest.is_empty() {
        cell
    } else {
        rest
    }
}

/// Is a cell's text a bare number (`2,940.05`, `12`, `-3.5`)?
fn is_number_cell(cell: &str) -> bool {
    let t = cell.strip_prefix('-').unwrap_or(cell);
    t.bytes().next().is_some_and(|b| b.is_ascii_digit())
        && t.bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
}

/// The figures of a table's cells, where the table states their unit: each
/// labelled by its row's header cell (the nearest label before it) and, where the header row above has
/// as many cells as the row, its column's header. The unit is the one the
/// column's header states (`金额（万元）`), else the table's (a unit line,
/// or the caption's `（单位：万元）`), else one stated on a line between the
/// header and the rows. Cells with none are left out: their unit is not
/// stated.
fn table_indicators(source: &str, table: &Table, section: &Arc<[SectionRef]>, out: &mut Vec<Indicator>) {
    let table_unit = table_unit(source, table);
    // The header row's cells: each column's name and the unit it states.
    let mut header: Option<Vec<(&str, Option<&str>)>> = None;
    // A unit stated on a line of its own between the header and the rows
    // (a header cell broken off its row: `本年收费金额（单位：万元）`).
    let mut below_header: Option<&str> = None;
    for line in &table.lines {
        if line.kind != TableLineKind::Row {
            if matches!(line.kind, TableLineKind::Fragment | TableLineKind::Caption) {
                // The header row above is then not the one the figures'
                // columns have: their label is their row's.
                if let Some(stated) = bracketed_unit(&source[line.text.range()]).filter(|u| u.labelled) {
                    below_header = Some(stated.unit);
                    header = None;
                }
            }
            continue;
        }
        let cells: Vec<&str> = line.cells.iter().map(|c| &source[c.range()]).collect();
        if cells.iter().all(|c| !is_number_cell(c)) {
            header = Some(cells.iter().map(|c| column_of(c)).collect());
            below_header = None;
            continue;
        }
        let stated = table_unit.or(below_header);
        if stated.is_none() && header.as_ref().is_none_or(|h| h.iter().all(|c| c.1.is_none())) {
            continue;
        }
        // Whole numbers before the row's first label are the subject codes
        // of a finance table (`201 06 01 行政运行 1,511.90`), not figures.
        let codes = match cells.iter().position(|c| !is_number_cell(c)) {
            Some(first_label) if cells[..first_label].iter().all(|c| c.bytes().all(|b| b.is_ascii_digit())) => {
                first_label
            }
            _ => 0,
        };
        // The header of a figure is the nearest label cell before it (a
        // two-column finance row has two).
        let mut row_label = "";
        for (k, (cell, span)) in cells.iter().zip(&line.cells).enumerate().skip(codes) {
            if !is_number_cell(cell) {
                row_label = without_codes(cell);
                continue;
            }
            let column = header.as_ref().filter(|h| h.len() == cells.len()).map(|h| h[k]);
            let Some(unit) = column.and_then(|c| c.1).or(stated) else { continue };
            let written: String = cell.chars().filter(|c| *c != ',').collect();
            let Some(mut q) = quantity::find(&format!("{written}{unit}")).into_iter().next() else { continue };
            let label = match column.map(|c| c.0) {
                Some(col) if !row_label.is_empty() => format!("{row_label} {col}"),
                Some(col) => col.to_owned(),
                None => row_label.to_owned(),
            };
            q.span = *span;
            q.text = SmallString::new(cell);
            q.label = SmallString::new(&label);
            out.push(Indicator { quantity: q, section: Arc::clone(section), sentence: line.text });
        }
    }
}

/// The indicators of a document, extracted as they are read: see
/// [`Document::indicators_iter`](crate::Document::indicators_iter).
///
/// It holds the quantities of one run of text at a time (a paragraph, or a
/// heading with its run-in body), never the whole list: reading a
/// figure-dense report with it takes memory for its longest run, not for
/// all its indicators. It yields what
/// [`Document::indicators`](crate::Document::indicators) holds, in the same
/// order.
pub struct Indicators<'a> {
    source: &'a Arc<String>,
    runs: TextRuns<'a>,
    /// The quantities of the current run not yet yielded, last first.
    found: Vec<Quantity>,
    /// The sentence ends of the current run.
    ends: Vec<(usize, usize)>,
    /// The current run's start, length and end.
    run_start: usize,
    run_len: usize,
    run_end: usize,
    cursor: SentenceCursor,
    /// The current run joined over its breaks, when it has any.
    joined: Joined,
    is_joined: bool,
    /// The section path of the current run, shared by its indicators.
    section: Option<Arc<[SectionRef]>>,
    /// The section number `section` was built for.
    section_number: usize,
    /// The figures of the tables' cells, in document order: read at the
    /// start (a table's figures are few), merged with the text's by position.
    cells: std::iter::Peekable<std::vec::IntoIter<Indicator>>,
    /// The next indicator of the text, read but not yet yielded.
    next_text: Option<Indicator>,
}

impl std::fmt::Debug for Indicators<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Indicators").field("pending", &self.found.len()).field("run_end", &self.run_end).finish()
    }
}

impl<'a> Indicators<'a> {
    pub(crate) fn new(source: &'a Arc<String>, tree: &'a SyntaxTree) -> Indicators<'a> {
        Indicators {
            source,
            runs: tree.text_runs(),
            // Room for a paragraph's worth, so that they seldom grow.
            found: Vec::with_capacity(16),
            ends: Vec::with_capacity(32),
            run_start: 0,
            run_len: 0,
            run_end: 0,
            cursor: SentenceCursor::default(),
            joined: Joined::default(),
            is_joined: false,
            section: None,
            section_number: usize::MAX,
            cells: if holds_table(tree) { table_cells(source, tree) } else { Vec::new() }.into_iter().peekable(),
            next_text: None,
        }
    }
}

/// The figures of every table of `tree`, in document order.
fn table_cells(source: &str, tree: &SyntaxTree) -> Vec<Indicator> {
    let mut cells = Vec::new();
    tree.tables(|_, headings, table| {
        let section: Arc<[SectionRef]> =
            headings.iter().map(|h| SectionRef { marker: h.marker.text.clone(), title: h.title.clone() }).collect();
        table_indicators(source, table, &section, &mut cells);
    });
    cells
}

impl Iterator for Indicators<'_> {
    type Item = Indicator;

    fn next(&mut self) -> Option<Indicator> {
        if self.next_text.is_none() {
            self.next_text = self.next_in_text();
        }
        // Table cells and text are each in document order: merged, not sorted.
        match (&self.next_text, self.cells.peek()) {
            (Some(t), Some(c)) if c.span.start < t.span.start => self.cells.next(),
            (Some(_), _) => self.next_text.take(),
            (None, _) => self.cells.next(),
        }
    }
}

impl Indicators<'_> {
    /// Read text runs up to the next that states a quantity: its
    /// quantities into `found`, in order, its sentence ends, its place and
    /// its section path. False when the runs are over.
    fn next_run_found(&mut self) -> bool {
        loop {
            let Some((number, span, breaks)) = self.runs.next_run() else { return false };
            let run = &self.source[span.range()];
            self.is_joined = self.joined.build(self.source, span, run, breaks);
            let text = if self.is_joined { self.joined.text.as_str() } else { run };
            // The sentence ends come with the quantities, from the same scan.
            let shared = (!self.is_joined).then_some(quantity::Shared { source: self.source, base: span.start });
            quantity::find_into(text, &mut self.found, Some(&mut self.ends), shared);
            if self.found.is_empty() {
                continue;
            }
            // A joined run is placed in its own offsets, and each quantity
            // moved to the source as it is yielded.
            let start = if self.is_joined { 0 } else { span.start };
            (self.run_start, self.run_len, self.run_end) = (start, text.len(), span.end);
            // The path is built once per section, and only for sections that state something.
            if self.section_number != number || self.section.is_none() {
                let path = self.runs.path();
                self.section = Some(
                    path.iter().map(|h| SectionRef { marker: h.marker.text.clone(), title: h.title.clone() }).collect(),
                );
                self.section_number = number;
            }
            return true;
        }
    }

    /// The next indicator of the text runs (tables aside).
    fn next_in_text(&mut self) -> Option<Indicator> {
        if self.found.is_empty() {
            if !self.next_run_found() {
                return None;
            }
            self.found.reverse();
            self.cursor = SentenceCursor::default();
        }
        let mut q = self.found.pop()?;
        q.span = q.span.shift(self.run_start);
        let mut sentence = self.cursor.around(&self.ends, self.run_start, self.run_len, q.span);
        if self.is_joined {
            sentence = Span::new(self.joined.start_at(sentence.start), self.joined.end_at(sentence.end));
            self.joined.place(self.source, &mut q);
        }
        let section = Arc::clone(self.section.as_ref()?);
        Some(Indicator { quantity: q, section, sentence })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::tree::paragraphs_of;
    use proptest::prelude::*;

    /// The runs as first walked, recursively: preamble paragraphs, then
    /// each section's heading run, its paragraphs and its subsections.
    fn runs_reference(tree: &SyntaxTree) -> Vec<(usize, Vec<String>, Span)> {
        fn section(s: &Section, path: &mut Vec<String>, number: &mut usize, out: &mut Vec<(usize, Vec<String>, Span)>) {
            *number += 1;
            let n = *number;
            path.push(s.heading.marker.text.to_string());
            let h = &s.heading;
            out.push((
                n,
                path.clone(),
                Span::new(h.title_span.start, h.body.as_ref().map_or(h.title_span.end, |b| b.text.end)),
            ));
            for p in paragraphs_of(&s.body) {
                out.push((n, path.clone(), p.text));
            }
            for c in &s.children {
                section(c, path, number, out);
            }
            path.pop();
        }
        let mut out: Vec<_> = tree.preamble().map(|p| (0, Vec::new(), p.text)).collect();
        let (mut path, mut number) = (Vec::new(), 0);
        for s in &tree.sections {
            section(s, &mut path, &mut number, &mut out);
        }
        out
    }

    #[test]
    fn a_joined_run_places_its_offsets_in_the_source() {
        use crate::syntax::tree::LeafKind;
        // `办件12` / page marker / `34件。`: the breaks are the line end, the
        // marker line and the next line's indent.
        let source = "办件12\n- 2 -\n　34件。";
        let leaf = |kind, start, end| Leaf { kind, span: Span::new(start, end) };
        let breaks = [
            leaf(LeafKind::LineEnd, 8, 9),
            leaf(LeafKind::Clutter, 9, 14),
            leaf(LeafKind::LineEnd, 14, 15),
            leaf(LeafKind::Indent, 15, 18),
        ];
        let mut joined = Joined::default();
        assert!(!joined.build(source, Span::new(0, 8), &source[..8], &breaks), "no break inside the first line");
        assert!(joined.build(source, Span::new(0, source.len()), source, &breaks));
        assert_eq!(joined.text, "办件1234件。");
        // `1234件` is bytes 6..13 of the joined text: it starts at the `1`
        // and ends after `件`, over the breaks.
        assert_eq!((joined.start_at(6), joined.end_at(13)), (6, 23));
        // An end at the break is before it, a start at the break after it.
        assert_eq!((joined.end_at(8), joined.start_at(8)), (8, 18));
        let mut q = quantity::find(&joined.text).remove(0);
        joined.place(source, &mut q);
        assert_eq!((q.span, q.text.as_str()), (Span::new(6, 23), "12\n- 2 -\n　34件"));
        assert_eq!(q.value.to_string(), "1234");
    }

    #[test]
    fn the_text_runs_cursor_walks_as_the_recursive_walk_does() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data");
        for entry in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            let tree = crate::syntax::parse(&text).tree;
            let mut runs = tree.text_runs();
            let mut got = Vec::new();
            while let Some((n, span, _)) = runs.next_run() {
                got.push((n, runs.path().iter().map(|h| h.marker.text.to_string()).collect::<Vec<_>>(), span));
            }
            assert_eq!(got, runs_reference(&tree));
        }
    }

    #[test]
    fn extract_gives_what_the_iterator_yields() {
        let root = env!("CARGO_MANIFEST_DIR");
        let mut paths = Vec::new();
        for dir in ["examples/data", "tests/fixtures", "tests/fixtures/realworld"] {
            for entry in std::fs::read_dir(format!("{root}/{dir}")).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_some_and(|e| e == "txt") {
                    paths.push(path);
                }
            }
        }
        let mut cells = 0;
        for path in paths {
            let source = Arc::new(std::fs::read_to_string(&path).unwrap());
            let tree = crate::syntax::parse(&source).tree;
            let listed = extract(&source, &tree);
            let yielded: Vec<Indicator> = Indicators::new(&source, &tree).collect();
            assert_eq!(listed, yielded, "{}", path.display());
            cells += table_cells(&source, &tree).len();
        }
        assert!(cells > 0, "some fixture has figures in table cells, merged with the text's");
    }

    proptest! {
        #[test]
        fn extract_places_sentences_as_the_iterator_does(
            text in "(一、|[。；;！？，、\n约近余]|办理|增长|分别为|由|降低至|12|3.5|-2|百分之八十|两|件|万元|%|“|”){0,40}",
        ) {
            let source = Arc::new(text);
            let tree = crate::syntax::parse(&source).tree;
            let listed = extract(&source, &tree);
            let yielded: Vec<Indicator> = Indicators::new(&source, &tree).collect();
            prop_assert_eq!(listed, yielded);
        }

        /// The test before the join (no break, no space) tells what the
        /// join itself would.
        #[test]
        fn a_run_is_joined_as_the_join_alone_says(source in "[0-9. a汉\n]{0,24}", cut in 0usize..25) {
            let span = Span::new(0, source.len());
            let leaf = |at: usize| Leaf { kind: crate::syntax::tree::LeafKind::LineEnd, span: Span::new(at, at + 1) };
            let newline = source.find('\n').filter(|&at| at < cut);
            let breaks: Vec<Leaf> = newline.into_iter().map(leaf).collect();
            let (mut by_test, mut by_join) = (Joined::default(), Joined::default());
            let joined = by_test.build(&source, span, &source, &breaks);
            proptest::prop_assert_eq!(joined, by_join.join(&source, span, &breaks));
            if joined {
                proptest::prop_assert_eq!(by_test.text, by_join.text);
            }
        }

        #[test]
        fn the_cursor_finds_the_sentences_a_search_does(
            gaps in proptest::collection::vec((1usize..6, 1usize..4), 0..8),
            spans in proptest::collection::vec((0usize..40, 0usize..8), 0..10),
            sorted: bool,
            base in 0usize..5,
        ) {
            let mut ends = Vec::new();
            let mut at = 0;
            for (gap, width) in gaps {
                ends.push((at + gap, at + gap + width));
                at += gap + width;
            }
            let len = at + 3;
            let mut spans: Vec<(usize, usize)> =
                spans.into_iter().map(|(s, w)| (s.min(len), (s + w).min(len))).collect();
            if sorted {
                spans.sort_unstable();
            }
            let mut cursor = SentenceCursor::default();
            for (s, e) in spans {
                let at = Span::new(base + s, base + e);
                prop_assert_eq!(cursor.around(&ends, base, len, at), sentence_around(&ends, base, len, at));
            }
        }
    }

    fn sentence(text: &str, what: &str) -> String {
        let at = text.find(what).unwrap();
        let mut ends = Vec::new();
        quantity::find_into(text, &mut Vec::new(), Some(&mut ends), None);
        let s = sentence_around(&ends, 0, text.len(), Span::new(at, at + what.len()));
        text[s.range()].to_owned()
    }

    #[test]
    fn sentence_ends_are_exactly_the_sentence_end_chars() {
        let text = "甲。乙！丙？丁；戊;己，庚：辛";
        let mut ends = Vec::new();
        quantity::find_into(text, &mut Vec::new(), Some(&mut ends), None);
        let found: Vec<char> = ends.iter().map(|&(i, _)| text[i..].chars().next().unwrap()).collect();
        assert_eq!(found, SENTENCE_ENDS);
    }

    #[test]
    fn find_into_records_every_sentence_end() {
        let mut texts: Vec<String> = [
            "",
            "。",
            ";",
            "1;2；3。4！5？6",
            "由40%降低至38%。同比增长12.5%；约135.9万元！百分之八十？百余场;近千人。",
            "2021—2025年。第四次；三是。1,234.5万元；（一）强化。",
            "“30分钟”服务圈。《2024年工作要点》；16:58。2024.3.5；ODR2。",
        ]
        .map(String::from)
        .to_vec();
        let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data/sample.txt");
        texts.extend(std::fs::read_to_string(sample).unwrap().lines().map(String::from));
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                texts.extend(std::fs::read_to_string(path).unwrap().lines().map(String::from));
            }
        }
        let (mut found, mut got, mut want) = (Vec::new(), Vec::new(), Vec::new());
        for text in &texts {
            quantity::find_into(text, &mut found, Some(&mut got), None);
            sentence_ends(text, &mut want);
            assert_eq!(got, want, "the sentence ends of {text:?}");
        }
    }

    #[test]
    fn the_sentence_around_a_quantity() {
        let text = "全年办件30件。受理投诉12件，办结10件；满意率100%";
        assert_eq!(sentence(text, "30件"), "全年办件30件。");
        assert_eq!(sentence(text, "10件"), "受理投诉12件，办结10件；");
        assert_eq!(sentence(text, "100%"), "满意率100%");
    }
}
