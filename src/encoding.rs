//! The encodings [`parse_bytes`](crate::parse_bytes) reads, by name.
//!
//! A leaf module: [`Error`](crate::Error) names an [`Encoding`], and the
//! decoder uses both, so the dependency runs one way (`decode` → `error` →
//! `encoding`).

#[cfg(feature = "serde")]
use serde::Serialize;
use std::fmt;
use std::str::FromStr;

/// The encoding a document's bytes were read in.
///
/// Its [`name`](Encoding::name) is the string in `Display`, in the JSON and
/// in [`FromStr`], so names round-trip:
///
/// ```
/// use gongwen::Encoding;
/// // "一、" in GBK
/// let doc = gongwen::parse_bytes(b"\xD2\xBB\xA1\xA2").unwrap();
/// assert_eq!(doc.encoding(), Encoding::Gb18030);
/// assert_eq!(doc.source(), "一、");
/// assert_eq!(Encoding::Gb18030.to_string(), "gb18030");
/// assert_eq!("big5".parse::<Encoding>(), Ok(Encoding::Big5));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[non_exhaustive]
pub enum Encoding {
    /// UTF-8, with or without a byte order mark (see
    /// [`Document::leaves`](crate::Document::leaves) for the BOM); also the
    /// encoding of text given to [`parse`](crate::parse).
    #[default]
    #[cfg_attr(feature = "serde", serde(rename = "utf-8"))]
    Utf8,
    /// UTF-16, little-endian: recognised by its byte order mark `FF FE`, or
    /// without one by the NUL high bytes of its ASCII chars.
    #[cfg_attr(feature = "serde", serde(rename = "utf-16le"))]
    Utf16Le,
    /// UTF-16, big-endian: recognised by its byte order mark `FE FF`, or
    /// without one by the NUL high bytes of its ASCII chars.
    #[cfg_attr(feature = "serde", serde(rename = "utf-16be"))]
    Utf16Be,
    /// GB18030, which contains GBK and GB2312: many government sites still
    /// serve these. The default for bytes that are not UTF-8.
    #[cfg_attr(feature = "serde", serde(rename = "gb18030"))]
    Gb18030,
    /// Big5 as the Encoding Standard defines it (with the HKSCS extensions
    /// it includes): Traditional text from Taiwan and Hong Kong.
    #[cfg_attr(feature = "serde", serde(rename = "big5"))]
    Big5,
}

impl Encoding {
    /// Every encoding, in declaration order.
    pub const ALL: [Encoding; 5] =
        [Encoding::Utf8, Encoding::Utf16Le, Encoding::Utf16Be, Encoding::Gb18030, Encoding::Big5];

    /// The encoding's name, lowercase, as in `Display`, `FromStr` and the
    /// JSON: `utf-8`, `utf-16le`, `utf-16be`, `gb18030`, `big5`.
    pub const fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
            Encoding::Gb18030 => "gb18030",
            Encoding::Big5 => "big5",
        }
    }
}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A name [`Encoding::from_str`] does not know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownEncodingName(String);

impl fmt::Display for UnknownEncodingName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown encoding name {:?}", self.0)
    }
}

impl std::error::Error for UnknownEncodingName {}

impl FromStr for Encoding {
    type Err = UnknownEncodingName;

    /// Reads an encoding's [`name`](Encoding::name), ignoring ASCII case.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Encoding::ALL
            .into_iter()
            .find(|e| e.name().eq_ignore_ascii_case(s))
            .ok_or_else(|| UnknownEncodingName(s.to_owned()))
    }
}
