//! The passes in order: syntax, then the analyses over its tree, then the
//! [`Document`] that holds them all. Nothing else lives here.

use crate::analysis::{checks, meta, parts};
use crate::document::Document;
use crate::span::LineIndex;
use crate::syntax;
use std::borrow::Cow;
use std::sync::Arc;

/// Parse `source`, which the document keeps: borrowed text is copied once,
/// owned text is moved in.
pub(crate) fn run(source: Cow<'_, str>) -> Document {
    let syntax::Parsed { mut tree, signed, mut diagnostics } = syntax::parse(&source);
    // Copied last (the tree is built on the borrowed text), and shared, so
    // that long titles and labels can be slices of it.
    let source = Arc::new(source.into_owned());
    syntax::fill_titles(&source, &mut tree.sections);
    let (metadata, title_genre) = meta::extract(&source, &tree, signed);
    // Kinds are judged by genre, which reads the title first (the metadata
    // pass has read it).
    let parts = parts::classify_sections(&source, title_genre, &tree.sections);
    for (section, kind) in tree.sections.iter_mut().zip(parts.kinds) {
        section.kind = kind;
    }
    diagnostics.extend(checks::all(&source, &tree, &metadata, parts.genre));
    // Diagnostics are placed by line and column once, with the line index
    // the document keeps; a report without any never builds it.
    let line_index = once_cell::sync::OnceCell::new();
    if !diagnostics.is_empty() {
        let index = line_index.get_or_init(|| LineIndex::new(&source));
        for d in &mut diagnostics {
            let at = index.location(&source, d.span.start);
            (d.line, d.column) = (at.line, at.column);
        }
    }
    Document {
        source,
        tree,
        metadata,
        genre: parts.genre,
        diagnostics,
        indicators: Default::default(),
        line_index,
        encoding: Default::default(),
    }
}
