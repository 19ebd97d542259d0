//! The passes in order: syntax, then the analyses over its tree, then the
//! [`Document`] that holds them all. Nothing else lives here.

use crate::analysis::{checks, meta, parts};
use crate::document::Document;
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
    let (metadata, title_genre, title_year) = meta::extract(&source, &tree, signed);
    // Kinds are judged by genre, which reads the title first (the metadata
    // pass has read it), and set on the top-level sections.
    let genre = parts::classify_sections(&source, title_genre, &mut tree.sections);
    checks::all(&source, &tree, &metadata, genre, title_year, &mut diagnostics);
    // Diagnostics are placed by line and column once, by a walk to their
    // offsets; the document's line index is built only if asked for.
    crate::span::locate(&source, &mut diagnostics, |d| d.span.start, |d, at| (d.line, d.column) = (at.line, at.column));
    Document {
        source,
        tree,
        metadata,
        genre,
        diagnostics,
        indicators: Default::default(),
        line_index: Default::default(),
        encoding: Default::default(),
    }
}
