//! Parse Chinese government reports (公文), such as the annual
//! 法治政府建设情况报告, into a lossless typed tree, metadata, part kinds
//! and indicators.
//!
//! (Crate docs are completed in README.md.)

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod decode;
mod diagnostic;
mod document;
mod error;
mod grammar;
mod indicator;
pub mod invariants;
mod meta;
pub mod numeral;
mod outline;
mod parts;
pub mod quantity;
mod span;
mod tree;

pub use decode::Encoding;
pub use diagnostic::{Diagnostic, Rule};
pub use document::Document;
pub use error::Error;
pub use indicator::{Indicator, SectionRef};
pub use meta::{Date, DateTime, Metadata};
pub use parts::PartKind;
pub use span::{LineIndex, Location, Span};
pub use tree::{
    Block, Clutter, ClutterKind, Heading, Item, ItemStyle, Leaf, LeafKind, Line, Marker, MarkerStyle, Paragraph,
    Section, SignatureLine, SignatureRole,
};

/// Parse a report. Never fails and never panics: any text gives a tree
/// (perhaps with [`Document::diagnostics`]) whose leaves rebuild the text.
pub fn parse(text: &str) -> Document {
    grammar::parse_document(text)
}

/// Decode bytes and parse them.
///
/// # Errors
/// [`Error::Undecodable`] when the bytes are not text.
pub fn parse_bytes(bytes: &[u8]) -> Result<Document, Error> {
    let (text, encoding) = decode::decode(bytes)?;
    let mut doc = parse(&text);
    doc.encoding = encoding;
    Ok(doc)
}
