//! Bytes → text, for [`parse_bytes`](crate::parse_bytes).
//!
//! ```text
//! input    ::= utf8_bom  utf8_bytes        -- UTF-8, BOM kept in the text
//!            | 'FF FE'   utf16le_units     -- UTF-16LE, BOM kept as U+FEFF
//!            | 'FE FF'   utf16be_units     -- UTF-16BE, BOM kept as U+FEFF
//!            | utf8_bytes                  -- UTF-8 when it is valid UTF-8
//!            | gb18030_bytes               -- else GB18030 (GBK, GB2312)
//! utf8_bom ::= 'EF BB BF'
//! ```
//!
//! A byte order mark decides the encoding; without one the bytes are UTF-8
//! if they are valid UTF-8, else GB18030 if they are valid GB18030. Nothing
//! is ever replaced or dropped: invalid bytes give an [`Error`] with their
//! offset. The byte order mark stays in the decoded text as `U+FEFF`
//! (whatever the encoding), so that the tree can keep it as its
//! [`Bom`](crate::LeafKind::Bom) leaf and spans index the decoded text.
//!
//! Cost is linear: one validating pass per encoding tried (at most two).

use crate::error::Error;
use encoding_rs::{DecoderResult, GB18030};
use serde::Serialize;
use std::borrow::Cow;
use std::fmt;

/// The encoding a document's bytes were read in.
///
/// ```
/// use gongwen::Encoding;
/// // "一、" in GBK
/// let doc = gongwen::parse_bytes(b"\xD2\xBB\xA1\xA2").unwrap();
/// assert_eq!(doc.encoding(), Encoding::Gb18030);
/// assert_eq!(doc.source(), "一、");
/// assert_eq!(Encoding::Gb18030.to_string(), "gb18030");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub enum Encoding {
    /// UTF-8, with or without a byte order mark (see
    /// [`Document::leaves`](crate::Document::leaves) for the BOM); also the
    /// encoding of text given to [`parse`](crate::parse).
    #[default]
    #[serde(rename = "utf-8")]
    Utf8,
    /// UTF-16, little-endian, recognised by its byte order mark `FF FE`.
    #[serde(rename = "utf-16le")]
    Utf16Le,
    /// UTF-16, big-endian, recognised by its byte order mark `FE FF`.
    #[serde(rename = "utf-16be")]
    Utf16Be,
    /// GB18030, which contains GBK and GB2312: many government sites still
    /// serve these. Chosen for bytes without a byte order mark that are not
    /// valid UTF-8 but are valid GB18030.
    #[serde(rename = "gb18030")]
    Gb18030,
}

impl Encoding {
    /// The encoding's name, lowercase, as in `Display` and the JSON:
    /// `utf-8`, `utf-16le`, `utf-16be`, `gb18030`.
    pub const fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
            Encoding::Gb18030 => "gb18030",
        }
    }
}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Decode bytes to text: borrowed when they are UTF-8, owned otherwise.
pub(crate) fn decode(bytes: &[u8]) -> Result<(Cow<'_, str>, Encoding), Error> {
    match bytes {
        [0xEF, 0xBB, 0xBF, ..] => match std::str::from_utf8(bytes) {
            Ok(text) => Ok((Cow::Borrowed(text), Encoding::Utf8)),
            Err(e) => Err(Error::Undecodable { encoding: Encoding::Utf8, offset: e.valid_up_to() }),
        },
        [0xFF, 0xFE, ..] => utf16(bytes, Encoding::Utf16Le).map(|t| (Cow::Owned(t), Encoding::Utf16Le)),
        [0xFE, 0xFF, ..] => utf16(bytes, Encoding::Utf16Be).map(|t| (Cow::Owned(t), Encoding::Utf16Be)),
        _ => match std::str::from_utf8(bytes) {
            Ok(text) => Ok((Cow::Borrowed(text), Encoding::Utf8)),
            Err(e) => match gb18030(bytes) {
                Ok(text) => Ok((Cow::Owned(text), Encoding::Gb18030)),
                Err(gb) => Err(Error::UnknownEncoding { utf8: e.valid_up_to(), gb18030: gb }),
            },
        },
    }
}

/// Decode UTF-16 (BOM included, kept as U+FEFF). A lone surrogate or an odd
/// trailing byte is an error at the offset of its code unit.
fn utf16(bytes: &[u8], encoding: Encoding) -> Result<String, Error> {
    let unit = |pair: &[u8]| -> u16 {
        let pair = [pair[0], pair[1]];
        match encoding {
            Encoding::Utf16Be => u16::from_be_bytes(pair),
            _ => u16::from_le_bytes(pair),
        }
    };
    let error = |offset: usize| Error::Undecodable { encoding, offset };
    let mut out = String::with_capacity(bytes.len() / 2 * 3);
    let mut units = bytes.chunks_exact(2);
    let mut at = 0;
    while let Some(pair) = units.next() {
        let u = unit(pair);
        let c = match u {
            0xD800..=0xDBFF => {
                let low = units.next().map(unit).filter(|l| (0xDC00..=0xDFFF).contains(l)).ok_or_else(|| error(at))?;
                let scalar = 0x10000 + ((u32::from(u) - 0xD800) << 10) + (u32::from(low) - 0xDC00);
                at += 2;
                char::from_u32(scalar).ok_or_else(|| error(at - 2))?
            }
            0xDC00..=0xDFFF => return Err(error(at)),
            _ => char::from_u32(u32::from(u)).ok_or_else(|| error(at))?,
        };
        out.push(c);
        at += 2;
    }
    if !units.remainder().is_empty() {
        return Err(error(at));
    }
    Ok(out)
}

/// Decode GB18030 without replacement; on failure, the offset of the first
/// malformed sequence.
fn gb18030(bytes: &[u8]) -> Result<String, usize> {
    let mut decoder = GB18030.new_decoder_without_bom_handling();
    let capacity = decoder.max_utf8_buffer_length_without_replacement(bytes.len()).unwrap_or(bytes.len());
    let mut out = String::with_capacity(capacity);
    let mut read = 0;
    loop {
        let (result, n) = decoder.decode_to_string_without_replacement(&bytes[read..], &mut out, true);
        read += n;
        match result {
            DecoderResult::InputEmpty => return Ok(out),
            DecoderResult::OutputFull => out.reserve(out.capacity().max(64)),
            DecoderResult::Malformed(bad, extra) => {
                return Err(read.saturating_sub(usize::from(bad) + usize::from(extra)));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(bytes: &[u8]) -> (String, Encoding) {
        let (text, encoding) = decode(bytes).expect("should decode");
        (text.into_owned(), encoding)
    }

    #[test]
    fn names_are_the_same_in_display_and_json() {
        for e in [Encoding::Utf8, Encoding::Utf16Le, Encoding::Utf16Be, Encoding::Gb18030] {
            assert_eq!(serde_json::to_string(&e).unwrap(), format!("\"{e}\""));
        }
        assert_eq!(Encoding::Utf16Le.to_string(), "utf-16le");
    }

    #[test]
    fn utf8_is_borrowed_and_keeps_its_bom() {
        let bytes = "\u{FEFF}一、总体情况".as_bytes();
        let (text, encoding) = decode(bytes).unwrap();
        assert!(matches!(text, Cow::Borrowed(_)), "should not copy valid UTF-8");
        assert_eq!(text, "\u{FEFF}一、总体情况");
        assert_eq!(encoding, Encoding::Utf8);
        assert_eq!(ok(b""), (String::new(), Encoding::Utf8));
    }

    #[test]
    fn utf8_bom_then_invalid_bytes_is_not_retried_as_gb18030() {
        // D5 FE is 政 in GBK, but the BOM declared UTF-8.
        assert_eq!(
            decode(b"\xEF\xBB\xBF\xD5\xFE").unwrap_err(),
            Error::Undecodable { encoding: Encoding::Utf8, offset: 3 }
        );
    }

    #[test]
    fn utf16_both_byte_orders_keep_the_bom_as_a_char() {
        let text = "\u{FEFF}（一）加强领导😀\r\n";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(ok(&le), (text.to_owned(), Encoding::Utf16Le));
        assert_eq!(ok(&be), (text.to_owned(), Encoding::Utf16Be));
    }

    #[test]
    fn utf16_errors_give_the_offset_of_the_bad_unit() {
        let err = |bytes: &[u8], encoding, offset| {
            assert_eq!(decode(bytes).unwrap_err(), Error::Undecodable { encoding, offset }, "{bytes:02X?}");
        };
        // lone high surrogate followed by 'A'
        err(b"\xFF\xFE\x3D\xD8\x41\x00", Encoding::Utf16Le, 2);
        // lone high surrogate at the end
        err(b"\xFF\xFE\x41\x00\x3D\xD8", Encoding::Utf16Le, 4);
        // lone low surrogate
        err(b"\xFE\xFF\x00\x41\xDC\x00", Encoding::Utf16Be, 4);
        // odd byte at the end
        err(b"\xFE\xFF\x4E\x00\x4E", Encoding::Utf16Be, 4);
        // a valid pair then a lone high surrogate
        err(b"\xFF\xFE\x3D\xD8\x00\xDE\x3D\xD8", Encoding::Utf16Le, 6);
    }

    #[test]
    fn gbk_is_decoded_when_not_utf8() {
        let text = "一、总体情况：全年办理案件１２件，同比增长5%。\n";
        let (bytes, _, unmappable) = encoding_rs::GBK.encode(text);
        assert!(!unmappable);
        assert_eq!(ok(&bytes), (text.to_owned(), Encoding::Gb18030));
    }

    #[test]
    fn neither_utf8_nor_gb18030_gives_both_offsets() {
        // 一 in UTF-8, then FF: invalid in both.
        let err = decode(b"\xE4\xB8\x80\xFF").unwrap_err();
        assert_eq!(err, Error::UnknownEncoding { utf8: 3, gb18030: 3 });
        // 政 in GBK, then FF: GB18030 gets further than UTF-8.
        assert_eq!(decode(b"\xD5\xFE\xFF").unwrap_err(), Error::UnknownEncoding { utf8: 0, gb18030: 2 });
        // plain ASCII then FF
        assert_eq!(decode(b"ab\xFFcd").unwrap_err(), Error::UnknownEncoding { utf8: 2, gb18030: 2 });
        // a GBK lead byte at the very end: truncated
        assert_eq!(decode(b"ab\xD2").unwrap_err(), Error::UnknownEncoding { utf8: 2, gb18030: 2 });
    }
}
