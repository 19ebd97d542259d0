//! Indicators over a document: every quantity the report states, with the
//! section it sits in and the sentence around it.
//!
//! The reading of numbers, units, qualifiers and labels is done by
//! [`quantity::find`](crate::quantity::find) on each paragraph and heading;
//! this pass places the results in the document.

use crate::document::Document;
use crate::quantity::{self, Quantity};
use crate::span::Span;
use serde::Serialize;
use std::sync::Arc;

/// One step of a section path: the marker and title of a heading.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct SectionRef {
    /// The marker as written, e.g. `（二）`.
    pub marker: String,
    /// The heading title.
    pub title: String,
}

/// A quantity stated in a report, placed in the document.
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

const SENTENCE_ENDS: [char; 5] = ['。', '！', '？', '；', ';'];

/// The sentence of `text` (a slice starting at `base`) around `at`.
fn sentence_around(text: &str, base: usize, at: Span) -> Span {
    let rel_start = at.start - base;
    let rel_end = at.end - base;
    let start = text[..rel_start]
        .rfind(SENTENCE_ENDS)
        .map(|i| i + text[i..].chars().next().map_or(1, char::len_utf8))
        .unwrap_or(0);
    let end = text[rel_end..].find(SENTENCE_ENDS).map(|i| {
        let i = rel_end + i;
        i + text[i..].chars().next().map_or(1, char::len_utf8)
    });
    Span::new(base + start, base + end.unwrap_or(text.len()))
}

pub(crate) fn extract(doc: &Document) -> Vec<Indicator> {
    let source = doc.source();
    let mut out = Vec::new();
    for (path, span) in doc.text_runs() {
        let text = &source[span];
        for mut q in quantity::find(text) {
            q.span = q.span.shift(span.start);
            let sentence = sentence_around(text, span.start, q.span);
            out.push(Indicator { quantity: q, section: Arc::clone(&path), sentence });
        }
    }
    out
}
