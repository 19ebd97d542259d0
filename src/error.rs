//! The error for input that cannot be read as text at all.
//!
//! Text always parses: [`parse`](crate::parse) cannot fail. Only
//! [`parse_bytes`](crate::parse_bytes) can, when its bytes are not text in
//! any encoding the crate reads (see [`Encoding`]). The error says what was
//! tried and the byte offset (into the input bytes) where it failed, so that
//! a batch job can log it and move on:
//!
//! ```
//! use gongwen::{Encoding, Error};
//! // A UTF-8 byte order mark, then a byte that is never valid UTF-8.
//! let err = gongwen::parse_bytes(b"\xEF\xBB\xBF\xE4\xB8\x80\xFF").unwrap_err();
//! assert_eq!(err, Error::Undecodable { encoding: Encoding::Utf8, offset: 6 });
//! assert_eq!(err.to_string(), "invalid utf-8 at byte 6");
//! ```

use crate::decode::Encoding;
use thiserror::Error;

/// Bytes that could not be decoded as text.
///
/// Decoding never replaces bad bytes with `U+FFFD` and never drops any: the
/// bytes either decode completely and exactly or give this error.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum Error {
    /// The bytes declare an encoding with a byte order mark, or are in the
    /// only encoding they can be in, but are not valid in it.
    ///
    /// Examples, with the offset each gives:
    /// - UTF-16LE with a lone high surrogate: `FF FE 3D D8 41 00`
    ///   (`U+D83D` then `A`) → `invalid utf-16le at byte 2`;
    /// - UTF-16BE with an odd byte at the end: `FE FF 4E 00 4E` →
    ///   `invalid utf-16be at byte 4`;
    /// - a UTF-8 BOM then `FF`: `EF BB BF FF` → `invalid utf-8 at byte 3`.
    #[error("invalid {encoding} at byte {offset}")]
    Undecodable {
        /// The encoding the bytes were read in.
        encoding: Encoding,
        /// Byte offset, into the input, of the first invalid sequence (for
        /// UTF-16, of the first bad code unit).
        offset: usize,
    },
    /// The bytes have no byte order mark and are neither UTF-8 nor
    /// GB18030 (which includes GBK and GB2312). Both offsets are given:
    /// where UTF-8 failed usually points at a corrupted or truncated file,
    /// where GB18030 failed at binary data.
    ///
    /// Example: `D5 FE FF` (`政` in GBK, then `FF`, valid in neither) →
    /// `neither utf-8 (invalid at byte 0) nor gb18030 (invalid at byte 2)`.
    #[error("neither utf-8 (invalid at byte {utf8}) nor gb18030 (invalid at byte {gb18030})")]
    UnknownEncoding {
        /// Byte offset of the first invalid UTF-8 sequence.
        utf8: usize,
        /// Byte offset of the first invalid GB18030 sequence.
        gb18030: usize,
    },
}

impl Error {
    /// The offset of the first invalid byte in the encoding most likely
    /// meant: the declared one, else UTF-8.
    pub fn offset(&self) -> usize {
        match *self {
            Error::Undecodable { offset, .. } => offset,
            Error::UnknownEncoding { utf8, .. } => utf8,
        }
    }
}
