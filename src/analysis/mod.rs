//! The analyses over a syntax tree: metadata, part kinds and indicators.
//! Each is a function of the tree and the source that returns its result
//! (and its own diagnostics); none of them imports the document or the
//! pipeline.

pub(crate) mod indicators;
pub(crate) mod meta;
pub(crate) mod parts;
