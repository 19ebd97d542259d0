//! The error for input that cannot be read as text at all.

use thiserror::Error;

/// Bytes that could not be decoded as text.
///
/// Text always parses ([`parse`](crate::parse) cannot fail); only
/// [`parse_bytes`](crate::parse_bytes) returns this.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum Error {
    /// The bytes are not valid in any encoding the crate reads.
    #[error("not text in {encoding}: invalid bytes at offset {offset}")]
    Undecodable {
        /// The encoding that came closest (`UTF-8`, `GB18030`, `UTF-16LE`…).
        encoding: &'static str,
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
}
