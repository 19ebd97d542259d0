//! PLACEHOLDER — being written (bytes → text). Do not edit outside the decode task.

use crate::error::Error;
use serde::Serialize;
use std::borrow::Cow;

/// The encoding a document's bytes were read in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub enum Encoding {
    /// UTF-8 (with or without a BOM); also the encoding of text given to [`parse`](crate::parse).
    #[default]
    Utf8,
}

/// Decode bytes to text.
pub(crate) fn decode(bytes: &[u8]) -> Result<(Cow<'_, str>, Encoding), Error> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok((Cow::Borrowed(text), Encoding::Utf8)),
        Err(e) => Err(Error::Undecodable { encoding: "UTF-8", offset: e.valid_up_to() }),
    }
}
