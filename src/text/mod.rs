//! Byte and char helpers every layer uses: char sets, word lists, SIMD
//! searches, script folding and white space. No parser state; this layer
//! imports nothing else of the crate but the base types.

pub(crate) mod charset;
pub(crate) mod scan;
pub(crate) mod script;
pub(crate) mod search;
pub(crate) mod words;
pub(crate) mod ws;
