//! The analyses over a syntax tree: metadata, genre, part kinds, the checks the
//! rules require, and indicators.
//! Each is a function of the tree and the source that returns its result
//! (and its own diagnostics); none of them imports the document or the
//! pipeline.

pub(crate) mod checks;
pub(crate) mod genre;
pub(crate) mod indicators;
pub(crate) mod meta;
pub(crate) mod parts;
