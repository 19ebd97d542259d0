//! Nesting headings into sections, without recursion.
//!
//! Levels come from the heading style. By default the rank of a style is
//! its GB/T 9704 rank (`一、` above `（一）` above `1.` above `（1）`), so a
//! report that skips a level (`一、` then `1.`) nests the lower one directly.
//! A report whose styles first appear in another order (say `（一）` above
//! `一、`) is ranked by order of first appearance instead.
//!
//! The builder keeps a stack of open sections; a heading of rank `r` closes
//! every open section of rank `>= r` and opens under the one left on top.
//! The stack is at most as deep as there are styles, whatever the input.
//!
//! The same state answers what ordinal a style should have next, which is
//! the evidence the grammar uses to tell a heading from a line that merely
//! starts with a number.

use crate::diagnostic::{Diagnostic, Rule};
use crate::span::Span;
use crate::syntax::tree::{Block, Heading, Marker, MarkerStyle, Section};
use crate::SmallString;
use std::cell::Cell;

const STYLES: usize = 11;

/// The index of `style` in the per-style arrays: its discriminant, so that
/// the index is the byte itself, not a table lookup (the order of the
/// arrays is nobody else's business).
#[inline(always)]
fn slot(style: MarkerStyle) -> usize {
    style as usize
}

/// The rank of each style in this document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct StyleRanks {
    rank: [u8; STYLES],
    /// True when the report's order differs from GB/T 9704's.
    pub by_appearance: bool,
    /// True when `第一节` ranks under `第一章` and every lower level one
    /// down (a chapter may still hold `一、` with no section between).
    sections: bool,
}

impl StyleRanks {
    /// Ranks from the styles that open a numbered sequence (a marker with
    /// ordinal 1 whose ordinal 2 also starts a line), in order of first
    /// appearance. `markers` is every line-start marker, in order.
    pub fn from_first_appearance(markers: impl Iterator<Item = (MarkerStyle, u32)>) -> StyleRanks {
        let mut gb = StyleRanks { rank: [0; STYLES], by_appearance: false, sections: false };
        for style in ALL_STYLES {
            gb.rank[slot(style)] = style.gb_rank();
        }
        let (seen, seen_len) = sequence_openers(markers);
        let order = &seen[..seen_len];
        let in_gb_order = order.windows(2).all(|w| w[0].gb_rank() <= w[1].gb_rank());
        if in_gb_order {
            // `第一章` above `第一节`: both are parts to GB/T, so the
            // sections take a rank of their own under the chapters, and
            // every lower level goes one down.
            if order.contains(&MarkerStyle::Part) && order.contains(&MarkerStyle::Section) {
                gb.sections = true;
                for style in ALL_STYLES {
                    if !matches!(style, MarkerStyle::Part | MarkerStyle::Appendix | MarkerStyle::Unnumbered) {
                        gb.rank[slot(style)] += 1;
                    }
                }
            }
            return gb;
        }
        let mut ranks = StyleRanks { rank: [0; STYLES], by_appearance: true, sections: false };
        for (k, style) in order.iter().enumerate() {
            ranks.rank[slot(*style)] = k as u8;
        }
        for style in ALL_STYLES {
            if !order.contains(&style) {
                ranks.rank[slot(style)] = order.len() as u8 + style.gb_rank();
            }
        }
        // An appendix is always at the top.
        ranks.rank[slot(MarkerStyle::Appendix)] = 0;
        ranks
    }

    pub fn of(&self, style: MarkerStyle) -> u8 {
        self.rank[slot(style)]
    }
}

/// The styles that open a numbered sequence (a marker with ordinal 1
/// whose ordinal 2 also starts a line), in order of their first ordinal 1,
/// and how many there are. `markers` is every line-start marker, in order.
/// One pass that notes, per style as a bit, whether an ordinal 2 has been
/// seen and whether an ordinal 1 has, and the styles in order of their
/// first ordinal 1; those without an ordinal 2 are dropped at the end. The
/// one branch on the markers is taken at most once a style (a test of each
/// marker's ordinal was a mispredicted branch every few markers).
fn sequence_openers(markers: impl Iterator<Item = (MarkerStyle, u32)>) -> ([MarkerStyle; STYLES], usize) {
    let (mut twos, mut ones) = (0u16, 0u16);
    let mut seen = [MarkerStyle::Part; STYLES];
    let mut seen_len = 0;
    for (style, n) in markers {
        let bit = 1 << slot(style);
        twos |= u16::from(n == 2) << slot(style);
        if (n == 1) & (ones & bit == 0) {
            ones |= bit;
            seen[seen_len] = style;
            seen_len += 1;
        }
    }
    // Each style at most once: an array, not a Vec.
    let mut kept = 0;
    for k in 0..seen_len {
        if twos & (1 << slot(seen[k])) != 0 {
            seen[kept] = seen[k];
            kept += 1;
        }
    }
    (seen, kept)
}

const ALL_STYLES: [MarkerStyle; STYLES] = [
    MarkerStyle::Part,
    MarkerStyle::ChineseComma,
    MarkerStyle::ChineseParen,
    MarkerStyle::ArabicDot,
    MarkerStyle::ArabicComma,
    MarkerStyle::ArabicParen,
    MarkerStyle::Circled,
    MarkerStyle::Appendix,
    MarkerStyle::Unnumbered,
    MarkerStyle::Section,
    MarkerStyle::Latin,
];

/// What ordinal a new heading of some style would be expected to have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Expectation {
    /// The ordinal of the previous sibling of the same style, if any.
    pub previous: Option<u32>,
    /// The last ordinal of the style anywhere before (numbering that runs
    /// on across parents).
    pub last_anywhere: Option<u32>,
    /// The rank of the parent the heading would get, if any.
    pub parent_rank: Option<u8>,
}

impl Expectation {
    /// The ordinal that continues the sequence.
    pub fn next(&self) -> u32 {
        self.previous.map_or(1, |p| p + 1)
    }
}

/// Sections under construction.
///
/// Every section lives in one vector, `sections`, from its opening until
/// its parent closes: the open ones and, after each, its closed children,
/// in document order. Closing a section moves the run of its children
/// after it into its `children` at once (one allocation of the exact size,
/// one copy), so a section is moved once when opened and once with its
/// siblings, and no `children` vector grows by doubling. What is left at
/// the end is the top-level sections.
pub(crate) struct Outline {
    ranks: StyleRanks,
    /// Open sections, outermost first: their rank and index in `sections`.
    open: Vec<(u8, usize)>,
    /// Open sections and the closed ones not yet moved into a parent.
    sections: Vec<Section>,
    last_anywhere: [Option<u32>; STYLES],
    /// The last expectation computed, for its style, until a section
    /// opens or closes: a marker is asked about (is it a heading?) and
    /// then, when it is one, opened, and the opening reads it again.
    expected: Cell<Option<(MarkerStyle, Expectation)>>,
}

impl Outline {
    pub fn new(ranks: StyleRanks) -> Outline {
        Outline {
            ranks,
            open: Vec::new(),
            sections: Vec::new(),
            last_anywhere: [None; STYLES],
            expected: Cell::new(None),
        }
    }

    /// [`Outline::new`], with room for `n` top-level sections.
    pub fn with_top_sections(ranks: StyleRanks, n: usize) -> Outline {
        let mut outline = Outline::new(ranks);
        // The open sections are kept there too, at most one a style (their
        // closed children, when there are many, take room as they come).
        outline.sections.reserve_exact(n + STYLES);
        outline
    }

    /// Where a heading of `style` would go, and what it should be numbered.
    /// Kept for the opening that may follow. One copy, out of line.
    #[inline(never)]
    pub fn expect(&self, style: MarkerStyle) -> Expectation {
        let rank = self.ranks.of(style);
        let parent_at = self.open.iter().rposition(|(r, _)| *r < rank);
        let parent_rank = parent_at.map(|p| self.open[p].0);
        let sibling_at = parent_at.map_or(0, |p| p + 1);
        // The previous sibling is the open section just below the parent if
        // it has this rank, else the parent's last closed child: the last
        // section kept, if it is not the parent itself.
        let previous = match self.open.get(sibling_at) {
            Some(&(r, at)) if r == rank => Some(&self.sections[at].heading),
            Some(_) => None,
            None => {
                let first_child = parent_at.map_or(0, |p| self.open[p].1 + 1);
                self.sections[first_child..]
                    .last()
                    .map(|s| &s.heading)
                    .filter(|h| self.ranks.of(h.marker.style) == rank)
            }
        }
        .filter(|h| h.marker.style == style)
        .map(|h| h.marker.ordinal);
        let exp = Expectation { previous, last_anywhere: self.last_anywhere[slot(style)], parent_rank };
        self.expected.set(Some((style, exp)));
        exp
    }

    /// Open a section for `heading`, closing what it ends. Diagnostics for
    /// numbering and level problems go to `diags`.
    pub fn open(&mut self, heading: Heading, diags: &mut Vec<Diagnostic>) {
        let rank = self.ranks.of(heading.marker.style);
        self.open_ranked(heading, rank, diags);
    }

    /// The rank of the innermost open section.
    pub fn current_rank(&self) -> Option<u8> {
        self.open.last().map(|(r, _)| *r)
    }

    /// The rank a heading of `style` takes.
    pub fn rank_of(&self, style: MarkerStyle) -> u8 {
        self.ranks.of(style)
    }

    /// [`Outline::open`] at a given rank: an unnumbered heading takes the
    /// rank above its numbered sub-headings.
    pub fn open_ranked(&mut self, heading: Heading, rank: u8, diags: &mut Vec<Diagnostic>) {
        let depth = self.make_room(&heading.marker, rank, diags);
        self.sections.push(Section {
            span: Span::empty(heading.span.start),
            heading,
            kind: None,
            body: Vec::new(),
            children: Vec::new(),
            depth,
        });
    }

    /// [`Outline::open`] for a heading read at its marker (`span` from the
    /// line's start to the marker's end), its title and body left to be
    /// filled in. The heading is built here, in the pushed section: built
    /// by the caller and passed in, it was copied into a section on the
    /// stack and that copied again into the vector.
    pub fn open_at(&mut self, span: Span, marker: Marker, inline: bool, diags: &mut Vec<Diagnostic>) {
        let rank = self.ranks.of(marker.style);
        let depth = self.make_room(&marker, rank, diags);
        self.sections.push(Section {
            heading: Heading {
                span,
                title_span: Span::empty(marker.span.end),
                marker,
                title: SmallString::default(),
                terminator: None,
                body: None,
                inline,
                breaks: Box::default(),
            },
            kind: None,
            body: Vec::new(),
            children: Vec::new(),
            span: Span::empty(span.start),
            depth,
        });
    }

    /// What opening a section of `rank` for a heading with `marker` does
    /// before the section is pushed: the diagnostics of its numbering and
    /// level, the sections it closes, its place on the open stack. Returns
    /// its depth.
    fn make_room(&mut self, marker: &Marker, rank: u8, diags: &mut Vec<Diagnostic>) -> usize {
        let style = marker.style;
        let exp = match self.expected.get() {
            Some((asked, exp)) if asked == style => exp,
            _ => self.expect(style),
        };
        debug_assert_eq!(exp, self.expect(style), "the outline changed under a kept expectation");
        let numbered = !matches!(style, MarkerStyle::Appendix | MarkerStyle::Unnumbered);
        let n = marker.ordinal;
        let span = marker.span;
        if numbered && n != exp.next() && Some(n) != exp.last_anywhere.map(|l| l + 1) {
            match exp.previous {
                Some(p) if n == p => diags.push(Diagnostic::new(
                    Rule::OrdinalRepeat,
                    span,
                    format!("{} repeats the previous number", marker.text),
                )),
                Some(p) if n < p => diags.push(Diagnostic::new(
                    Rule::OrdinalRestart,
                    span,
                    format!("{} goes back from {p}", marker.text),
                )),
                _ => diags.push(Diagnostic::new(
                    Rule::OrdinalGap,
                    span,
                    format!("{} where {} was expected", marker.text, exp.next()),
                )),
            }
        }
        if !self.ranks.by_appearance && numbered {
            let expected_rank = exp.parent_rank.map_or(0, |r| r + 1);
            // Only GB ranks 1..=4 are levels a report is required to use
            // in order; sections are not required in a chapter.
            let shift = u8::from(self.ranks.sections);
            let skippable = u8::from(self.ranks.sections && exp.parent_rank == Some(0));
            if rank > expected_rank.max(1) + skippable && rank <= 4 + shift && exp.parent_rank.is_some() {
                diags.push(Diagnostic::new(Rule::LevelSkip, span, format!("{} skips a heading level", marker.text)));
            }
        }
        while self.open.last().is_some_and(|(r, _)| *r >= rank) {
            self.close_top();
        }
        self.last_anywhere[slot(style)] = Some(n);
        let depth = self.open.len();
        self.open.push((rank, self.sections.len()));
        // What was expected no longer holds.
        self.expected.set(None);
        depth
    }

    /// The heading of the innermost open section.
    #[inline]
    pub fn current_heading(&mut self) -> Option<&mut Heading> {
        self.open.last().map(|&(_, at)| &mut self.sections[at].heading)
    }

    /// Add a block to the innermost open section. Returns it when no
    /// section is open.
    #[inline]
    pub fn push_block(&mut self, block: Block) -> Option<Block> {
        match self.open.last() {
            Some(&(_, at)) => {
                self.sections[at].body.push(block);
                None
            }
            None => Some(block),
        }
    }

    fn close_top(&mut self) {
        let Some((_, at)) = self.open.pop() else { return };
        // Its children are the closed sections after it, all at once (a
        // leaf has none: no call to split off nothing).
        let children = if at + 1 < self.sections.len() { self.sections.split_off(at + 1) } else { Vec::new() };
        let section = &mut self.sections[at];
        let end = section.body.last().map_or(section.heading.span.end, |b| b.span().end);
        let end = children.last().map_or(end, |c| c.span.end.max(end));
        section.span = Span::new(section.heading.span.start, end.max(section.heading.span.end));
        section.children = children;
    }

    /// Close everything and return the top-level sections.
    pub fn finish(mut self) -> Vec<Section> {
        while !self.open.is_empty() {
            self.close_top();
        }
        // The room made for the top-level sections may have been too much.
        self.sections.shrink_to_fit();
        self.sections
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// `sequence_openers` as first written: a pass for the ordinals 2, then
    /// one that takes each style at its first ordinal 1.
    fn sequence_openers_reference(markers: &[(MarkerStyle, u32)]) -> Vec<MarkerStyle> {
        let mut has_two = [false; STYLES];
        for &(style, n) in markers {
            if n == 2 {
                has_two[slot(style)] = true;
            }
        }
        let mut seen = Vec::new();
        for &(style, n) in markers {
            if n == 1 && has_two[slot(style)] && !seen.contains(&style) {
                seen.push(style);
            }
        }
        seen
    }

    proptest! {
        #[test]
        fn sequence_openers_agree_with_two_passes(
            markers in proptest::collection::vec((0..STYLES, 0u32..4), 0..40)
        ) {
            let markers: Vec<(MarkerStyle, u32)> = markers.into_iter().map(|(s, n)| (ALL_STYLES[s], n)).collect();
            let (seen, len) = sequence_openers(markers.iter().copied());
            prop_assert_eq!(seen[..len].to_vec(), sequence_openers_reference(&markers));
        }
    }

    #[test]
    fn every_style_has_a_slot_of_its_own() {
        let mut seen = [false; STYLES];
        for style in ALL_STYLES {
            assert!(!std::mem::replace(&mut seen[slot(style)], true), "{style:?} shares a slot");
        }
        assert!(seen.iter().all(|&s| s));
    }
}
