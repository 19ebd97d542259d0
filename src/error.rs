//! The error for input that cannot be read as text at all.
//!
//! Text always parses: [`parse`](crate::parse) cannot fail. Only
//! [`parse_bytes`](crate::parse_bytes) can, when its bytes are not text in
//! any encoding the crate reads (see [`Encoding`]), or look like text in an
//! encoding it does not read (Japanese, Korean, Western, UTF-32). The error
//! names the encoding and the byte offset (into the input bytes) where
//! reading failed, so that a batch job can log it and move on:
//!
//! ```
//! use gongwen::{Encoding, Error};
//! // A UTF-8 byte order mark, then a byte that is never valid UTF-8.
//! let err = gongwen::parse_bytes(b"\xEF\xBB\xBF\xE4\xB8\x80\xFF").unwrap_err();
//! assert_eq!(err, Error::Undecodable { encoding: Encoding::Utf8, offset: 6 });
//! assert_eq!(err.to_string(), "invalid utf-8 at byte 6");
//! // Latin-1 is not Chinese text: named, not decoded as GB18030.
//! let err = gongwen::parse_bytes(b"na\xEFve caf\xE9").unwrap_err();
//! assert_eq!(err.to_string(), "unsupported encoding, likely windows-1252 (from byte 2)");
//! ```

use crate::encoding::Encoding;
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
    /// - a UTF-8 BOM then `FF`: `EF BB BF FF` → `invalid utf-8 at byte 3`;
    /// - UTF-8 text with one stray byte, `一、总体情况` then `80` (which
    ///   GB18030 would accept, as `€`): `invalid utf-8 at byte 18`;
    /// - Big5 given to [`parse_bytes_as`](crate::parse_bytes_as) with a
    ///   lead byte cut off at the end: `invalid big5 at byte …`.
    #[error("invalid {encoding} at byte {offset}")]
    Undecodable {
        /// The encoding the bytes were read in.
        encoding: Encoding,
        /// Byte offset, into the input, of the first invalid sequence (for
        /// UTF-16, of the first bad code unit).
        offset: usize,
    },
    /// The bytes have no byte order mark and are neither UTF-8 nor
    /// GB18030 (which includes GBK and GB2312), and the detector saw no
    /// other encoding in them. Both offsets are given:
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
    /// The bytes look like text in an encoding this crate does not read:
    /// `likely` is the detector's guess, as a lowercase
    /// [Encoding Standard](https://encoding.spec.whatwg.org/#names-and-labels)
    /// name (`shift_jis`, `euc-jp`, `euc-kr`, `windows-1252`, …) or
    /// `utf-32le`/`utf-32be`. Decode such bytes yourself and call
    /// [`parse`](crate::parse).
    ///
    /// Examples: `naïve café` in Latin-1 → `unsupported encoding, likely
    /// windows-1252 (from byte 2)`; UTF-32LE with its byte order
    /// mark `FF FE 00 00` → `unsupported encoding, likely utf-32le
    /// (from byte 0)`.
    #[error("unsupported encoding, likely {likely} (from byte {offset})")]
    UnsupportedEncoding {
        /// The likely encoding's lowercase name.
        likely: &'static str,
        /// Byte offset of the first byte that is not valid UTF-8 (for
        /// legacy encodings, their first non-ASCII byte); 0 for UTF-32.
        offset: usize,
    },
}

impl Error {
    /// The offset of the first invalid byte in the encoding most likely
    /// meant: the declared one, else UTF-8; for an unsupported encoding,
    /// where UTF-8 failed.
    pub fn offset(&self) -> usize {
        match *self {
            Error::Undecodable { offset, .. } => offset,
            Error::UnknownEncoding { utf8, .. } => utf8,
            Error::UnsupportedEncoding { offset, .. } => offset,
        }
    }
}
