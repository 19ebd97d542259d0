//! Indicators over a document: every quantity the report states, with the
//! section it sits in and the sentence around it.
//!
//! The reading of numbers, units, qualifiers and labels is done by
//! [`quantity::find`](crate::quantity::find) on each paragraph and heading;
//! this pass places the results in the document.

use crate::quantity::{self, Quantity};
use crate::span::Span;
use crate::syntax::tree::{SyntaxTree, TextRuns};
use crate::SmallString;
use serde::Serialize;
use std::sync::Arc;

/// One step of a section path: the marker and title of a heading.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct SectionRef {
    /// The marker as written, e.g. `（二）`.
    pub marker: SmallString,
    /// The heading title.
    pub title: SmallString,
}

/// A quantity stated in a report, placed in the document.
///
/// Its long label and section titles share the document's source (see
/// [`SmallString`]): cloning an indicator copies no text.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Indicator {
    /// The quantity, with its span made absolute (into the document source).
    #[serde(flatten)]
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
    /// What [`sentence_around`] gives, for the quantities of one run in
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

/// Make room in `out` for `more` indicators, when it has none, for as
/// many as the document holds if it goes on as it did up to byte `done` of
/// `total`: indicators are large, and each doubling of the vector moves them all.
fn reserve_projected(out: &mut Vec<Indicator>, more: usize, done: usize, total: usize) {
    let need = out.len() + more;
    if need <= out.capacity() {
        return;
    }
    // The density so far, over the rest, with an eighth to spare; never
    // beyond one indicator per two bytes left (a figure takes two at least).
    let left = total.saturating_sub(done);
    let projected = need.saturating_mul(left) / done.max(1);
    let extra = (projected + projected / 8).min(left / 2);
    out.reserve(more + extra);
}

/// Every quantity stated in the report `source` parsed into `tree`, in
/// document order, with its section path and sentence.
pub(crate) fn extract(source: &Arc<String>, tree: &SyntaxTree) -> Vec<Indicator> {
    let mut out = Vec::new();
    let mut it = Indicators::new(source, tree);
    while let Some(indicator) = it.next() {
        if out.len() == out.capacity() {
            reserve_projected(&mut out, it.found.len() + 1, it.run_end, source.len());
        }
        // The same push either way: under a test that there is room it
        // cannot grow the vector, so the indicator is written in place.
        #[allow(clippy::if_same_then_else)]
        if out.len() < out.capacity() {
            out.push(indicator);
        } else {
            out.push(indicator);
        }
    }
    out
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
    /// The section path of the current run, shared by its indicators.
    section: Option<Arc<[SectionRef]>>,
    /// The section number `section` was built for.
    section_number: usize,
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
            section: None,
            section_number: usize::MAX,
        }
    }
}

impl Iterator for Indicators<'_> {
    type Item = Indicator;

    fn next(&mut self) -> Option<Indicator> {
        while self.found.is_empty() {
            let (number, span) = self.runs.next_run()?;
            let text = &self.source[span.range()];
            // The sentence ends come with the quantities, from the same scan.
            let shared = quantity::Shared { source: self.source, base: span.start };
            quantity::find_into(text, &mut self.found, Some(&mut self.ends), Some(shared));
            if self.found.is_empty() {
                continue;
            }
            self.found.reverse();
            (self.run_start, self.run_len, self.run_end) = (span.start, text.len(), span.end);
            self.cursor = SentenceCursor::default();
            // The path is built once per section, and only for sections that state something.
            if self.section_number != number || self.section.is_none() {
                let path = self.runs.path();
                self.section = Some(
                    path.iter().map(|h| SectionRef { marker: h.marker.text.clone(), title: h.title.clone() }).collect(),
                );
                self.section_number = number;
            }
        }
        let mut q = self.found.pop()?;
        q.span = q.span.shift(self.run_start);
        let sentence = self.cursor.around(&self.ends, self.run_start, self.run_len, q.span);
        let section = Arc::clone(self.section.as_ref()?);
        Some(Indicator { quantity: q, section, sentence })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::tree::{paragraphs_of, Section};
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
    fn the_text_runs_cursor_walks_as_the_recursive_walk_does() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data");
        for entry in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            let tree = crate::syntax::parse(&text).tree;
            let mut runs = tree.text_runs();
            let mut got = Vec::new();
            while let Some((n, span)) = runs.next_run() {
                got.push((n, runs.path().iter().map(|h| h.marker.text.to_string()).collect::<Vec<_>>(), span));
            }
            assert_eq!(got, runs_reference(&tree));
        }
    }

    proptest! {
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
