//! The report grammar (private): text → lines → blocks and headings.

use crate::document::Document;
use crate::meta::Metadata;
use crate::span::Span;
use crate::tree::{Block, Paragraph};

pub(crate) fn parse_document(text: &str) -> Document {
    let front = if text.is_empty() {
        Vec::new()
    } else {
        vec![Block::Paragraph(Paragraph { span: Span::new(0, text.len()), text: Span::new(0, text.len()), items: Vec::new() })]
    };
    Document {
        source: text.to_owned(),
        bom: None,
        front,
        sections: Vec::new(),
        back: Vec::new(),
        metadata: Metadata::default(),
        diagnostics: Vec::new(),
        indicators: Default::default(),
        encoding: Default::default(),
    }
}
