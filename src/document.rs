//! [`Document`]: the parsed report, its accessors, its leaves and its JSON.

use crate::analysis::indicators::{self, Indicator, Indicators};
use crate::analysis::meta::Metadata;
use crate::diagnostic::Diagnostic;
use crate::encoding::Encoding;
use crate::span::{LineIndex, Location, Span};
use crate::syntax::date::{Date, DateTime};
use crate::syntax::tree::{paragraphs_of, Block, Leaf, Paragraph, Section, SyntaxTree};
use once_cell::sync::OnceCell;
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
    pub(crate) tree: SyntaxTree,
    pub(crate) metadata: Metadata,
    pub(crate) diagnostics: Vec<Diagnostic>,
    pub(crate) indicators: OnceCell<Vec<Indicator>>,
    pub(crate) line_index: OnceCell<LineIndex>,
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
        &self.tree.front
    }

    /// The top-level sections.
    pub fn sections(&self) -> &[Section] {
        &self.tree.sections
    }

    /// Blocks after the last section: signature and trailing clutter.
    pub fn back(&self) -> &[Block] {
        &self.tree.back
    }

    /// Every section, top-level and nested, in document order.
    pub fn all_sections(&self) -> impl Iterator<Item = &Section> {
        self.tree.all_sections()
    }

    /// The preamble: paragraphs of the front matter.
    pub fn preamble(&self) -> impl Iterator<Item = &Paragraph> {
        self.tree.preamble()
    }

    /// Every paragraph of the document in source order, run-in heading
    /// bodies included.
    pub fn paragraphs(&self) -> impl Iterator<Item = &Paragraph> {
        let sections = self.all_sections().flat_map(|s| s.heading.body.iter().chain(paragraphs_of(&s.body)));
        self.preamble().chain(sections).chain(paragraphs_of(&self.tree.back))
    }

    /// What the parser noticed: ordinal gaps, mixed brackets, missing parts…
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// Every quantity the report states, in document order. Computed on the
    /// first call and kept: about 150 bytes an indicator (a figure-dense
    /// text can state one every two or three bytes). To read them without
    /// holding them all, use [`Document::indicators_iter`].
    pub fn indicators(&self) -> &[Indicator] {
        self.indicators.get_or_init(|| indicators::extract(&self.source, &self.tree))
    }

    /// The indicators of [`Document::indicators`], extracted as they are
    /// read and not kept: the memory held is that of one run of text's
    /// quantities (a paragraph, or a heading with its run-in body), not of
    /// all of them. Each call walks the document again. When
    /// `indicators()` has already been called, read that instead.
    ///
    /// ```
    /// let doc = gongwen::parse("一、成效\n全年办件30件，化解纠纷12起。\n");
    /// let first: Vec<_> = doc.indicators_iter().take(1).collect();
    /// assert_eq!(first[0].text, "30件");
    /// assert_eq!(doc.indicators_iter().count(), 2);
    /// ```
    pub fn indicators_iter(&self) -> Indicators<'_> {
        Indicators::new(&self.source, &self.tree)
    }

    /// A line index over the source, for turning spans into line and
    /// column. Built on the first call and kept.
    pub fn line_index(&self) -> &LineIndex {
        self.line_index.get_or_init(|| LineIndex::new(&self.source))
    }

    /// The line and column of a byte offset of the source.
    pub fn location(&self, offset: usize) -> Location {
        self.line_index().location(&self.source, offset)
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
        self.tree.leaves()
    }

    /// `diagnostic` as `line:col: rule: message`, its place given by line
    /// and column (in chars) of this document's source.
    ///
    /// ```
    /// let doc = gongwen::parse("一、甲\n三、乙\n");
    /// let shown: Vec<String> = doc.diagnostics().iter().map(|d| doc.show(d).to_string()).collect();
    /// assert!(shown.iter().any(|s| s.starts_with("2:1: ordinal-gap: ")), "{shown:?}");
    /// ```
    pub fn show<'a>(&'a self, diagnostic: &'a Diagnostic) -> impl std::fmt::Display + 'a {
        diagnostic.display(&self.source, self.line_index())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_line_index_is_built_once() {
        let doc = crate::parse("一、甲\n（一）乙\r\n三、丙\n");
        assert!(std::ptr::eq(doc.line_index(), doc.line_index()));
        let gap = doc.diagnostics().iter().find(|d| d.rule == crate::Rule::OrdinalGap).unwrap();
        assert_eq!(doc.show(gap).to_string(), format!("3:1: ordinal-gap: {}", gap.message));
        let title = doc.source().find('乙').unwrap();
        assert_eq!((doc.location(title).line, doc.location(title).column), (2, 4), "columns count chars");
    }
}
