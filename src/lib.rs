//! Parse Chinese government reports (公文), such as the annual
//! 法治政府建设情况报告, into a lossless typed tree, metadata, part kinds
//! and indicators.
//!
//! ```
//! let text = "某镇人民政府\n关于2024年度法治政府建设情况的报告\n\
//!             一、主要举措和成效\n\
//!             （一）强化组织领导。全年办件3084件，涉及金额约135.9万元。\n\
//!             二、存在的不足和原因\n";
//! let doc = gongwen::parse(text);
//! assert_eq!(doc.title(), Some("某镇人民政府关于2024年度法治政府建设情况的报告"));
//! assert_eq!(doc.sections()[0].children[0].heading.title, "强化组织领导");
//! let money = &doc.indicators()[1];
//! assert_eq!((money.value.to_f64(), money.unit.as_str()), (1_359_000.0, "元"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Where to start
//!
//! - the text of a node: [`Section::text`], [`Paragraph::text`],
//!   [`Heading::text`], [`Item::text`] (each takes the document);
//! - sections: [`Document::sections`] (top level), [`Document::section`]
//!   and [`Document::sections_of`] by [`PartKind`],
//!   [`Document::sections_recursive`] (all, with their [`SectionPath`]);
//! - chunks for search and RAG: [`Document::chunks`] (see [`chunk`]);
//! - figures: [`Document::indicators`] ([`Indicator`]);
//! - data and JSON: [`Document::to_report`], [`Report`]; the schema is in
//!   [`report`];
//! - names: every public enum has `name()`, `Display` and `FromStr`
//!   ([`UnknownName`] on a bad name).
//!
//! # Cargo features
//!
//! - `serde` (on by default): `Serialize` on the tree, metadata, indicators
//!   and diagnostics, and `Serialize` + `Deserialize` on [`Report`] and
//!   every public enum. Without it (`default-features = false`) the crate
//!   has no serde dependency and everything else is the same;
//!   [`Document::to_report`] still gives the plain data.
//!
//! # Architecture
//!
//! Layers, each importing only the ones above it in this list (the test
//! `tests/layering.rs` reads the source and holds this):
//!
//! - base types: [`Span`] and [`LineIndex`], [`SmallString`],
//!   [`Diagnostic`]; bytes → text ([`parse_bytes`]'s decoding, [`Error`]).
//! - `text/` (private): byte and char helpers every layer uses: one
//!   char-set bitmap type for the static tables, keyword searches, SIMD
//!   and vectorized scans, Traditional → Simplified folding, white space.
//!   No parser state.
//! - [`numeral`] and [`quantity`]: public readers of numbers and
//!   quantities in any text.
//! - `syntax/` (private): text → lines → a syntax tree ([`Section`],
//!   [`Heading`], [`Paragraph`], [`Block`], each with a [`Span`]) and the
//!   grammar's own diagnostics. One construct a module, each opening with
//!   its grammar in BNF: lines, markers, headings and their acceptance,
//!   items, clutter, the title block, the foot (signature), dates as
//!   written ([`Date`], [`DateTime`]), outline nesting. The grammar uses
//!   private nom parsers; no nom type appears in the public API. It knows
//!   nothing of the analyses and leaves [`Section::kind`] empty.
//! - `analysis/` (private): functions of the syntax tree and the source
//!   that return their results: [`Metadata`], the [`Genre`], the [`PartKind`] of each
//!   top-level section, the checks the rules of the genre require
//!   (diagnostics), and the [`Indicator`]s.
//! - [`Document`]: the source, the tree and the analyses' results, with the
//!   accessors; beside it, over the document: the text of every node and
//!   sections by kind or with their path (`navigate`, private: methods
//!   such as [`Section::text`], [`Document::sections_of`],
//!   [`Document::sections_recursive`]), [`chunk`]s for search indexes, and
//!   the [`report`]: the plain data and the one JSON schema. The names of
//!   the public enums (`name()`, `Display`, `FromStr`) are one module,
//!   `names` (private).
//! - `pipeline` (private): the passes in order, syntax → fill titles →
//!   metadata → genre and parts → checks → document (indicators run on first use).
//!
//! # Lossless
//!
//! [`Document::leaves`] covers the source exactly once, in order; every node
//! has a byte span; [`invariants::check`] verifies this for any document.
//!
//! # Errors and diagnostics
//!
//! [`parse`] cannot fail: a messy report gives the best tree the grammar can
//! build plus [`Diagnostic`]s with stable rule ids. Only [`parse_bytes`]
//! fails, with [`Error`], for bytes that are not text.
//!
//! # Input safety
//!
//! [`parse`] accepts any `&str` and never panics. Its leaves always rebuild
//! the input byte for byte, with NULs, control characters, stray BOMs and odd
//! white space kept, and every span lies on char boundaries. [`parse_bytes`]
//! reads UTF-8 (BOM kept), UTF-16LE/BE with a BOM, and GB18030/GBK; it never
//! replaces or drops bytes: anything else gives an [`Error`] with the byte
//! offset where decoding failed and the encodings tried.
//!
//! Nothing recurses on the input: lines are split in one pass, headings are
//! nested with an explicit stack whose depth is bounded by the number of
//! heading styles (seven), and every walk of the tree is iterative; parsing
//! is tested on a 256 KiB stack. The tests in `tests/suite/input_safety.rs` hold
//! this with a watchdog on a 100 MB input, a 10 MB single line, 100,000
//! headings cycling through every style, a paragraph of 100,000 items, a
//! million numerals, NUL and control characters, invalid UTF-8 and lone
//! UTF-16 surrogates.
//!
//! **Time.** Cost grows linearly with the input: every scan moves forward,
//! runs once per line or per heading, or reads a bounded number of chars
//! (a marker, a date, a cue word); no scan that starts at each char or
//! candidate walks on to the end of its line, which in flattened text is
//! the whole report. `tests/linear_time.rs` holds this on patterns repeated
//! to 1 MB (windows of every bundled report and fixture; runs of one char,
//! of markers, digits, brackets and quotes): each parses with its
//! indicators in under 1 s of CPU time in the test profile (the slowest,
//! figure-dense runs and heading lines, take about 0.2 s there), and the
//! 8 MB inputs below in under 8 s (the slowest, about 1.8 s). In release,
//! the two inputs of issue 13 that took minutes at 1 MB (`。` then `二`×n
//! then `）`×n; `。一、` then a million `1`) take 58 ms and 25 ms. The
//! `parse_grown` fuzz target grows every input to 1 MB the same way.
//!
//! **Memory.** Heap peaks of a parse, as multiples of the input (measured
//! with the counting allocator of `examples/memory.rs --file`, held by
//! `tests/memory_bound.rs` on 6 to 8 MB inputs):
//!
//! - the document keeps a copy of the source (1×; none with
//!   [`parse_string`]), and the parse of one long line, or of control
//!   chars, peaks at 2×;
//! - blank lines cost nothing more: a run of blank lines is one
//!   [`Block::Blank`] (and one `blank` block in the JSON), so 8 MB of `\n`
//!   peaks at 1.0×;
//! - a line that is a paragraph costs about 105 bytes at the peak of the
//!   syntax pass: its [`Block`] (64 bytes; the lines and breaks of a
//!   wrapped paragraph are boxed apart), the line being read (32) and its
//!   marker (8). 8 MB of one-char lines `字\n` peak at 26.25× (31.6× under
//!   a heading, whose body vector grows by doubling), of `a\n` at 52.5×;
//! - a line that is a heading costs its [`Section`] (296 bytes) and, when
//!   its number repeats, an ordinal diagnostic (64 bytes and its message):
//!   8 MB of `一、标题\n` peak at 38.2×. A bare marker line repeating the
//!   heading before it (`1.` `1.` …, nothing after it) titles nothing and
//!   is a paragraph, so 8 MB of `1.\n` peak at 45.7×;
//! - so the 20× of issue 13 holds for blank lines, control chars and long
//!   lines, and for a report whose lines hold tens of chars (a 10 MB
//!   report of `examples/data/sample.txt` grown: 2.33×), not for text of a
//!   node per line of a few bytes;
//! - an indicator kept by [`Document::indicators`] costs 150–190 bytes
//!   (152 itself, and the vector's room to grow), so a text made of
//!   figures (`1件` repeated, one every 4 bytes) holds 38× the input in
//!   indicators, and peaks at 68× while extracting them on one line.
//!   [`Document::indicators_iter`] reads them without keeping them: it
//!   holds the quantities of one run of text (a paragraph, or a heading and
//!   its run-in body) at a time, so its peak is set by the longest
//!   paragraph (13 KB for 8 MB of short lines stating figures), and a
//!   report flattened onto one line is one run (8 MB of `1件`: 30×).
//!
//! [`invariants::check`] verifies these guarantees on any document; the
//! property tests and fuzzers run it on every input.
//!
//! # Speed
//!
//! Scans over the text use SIMD searches (`memchr`, `memmem`) on
//! bytes chosen to be rare in Chinese text, and decode chars only around a
//! candidate; the short strings of the tree and the indicators (markers,
//! titles, quantity texts, labels) are [`SmallString`]s, stored inline,
//! and the long titles and labels are slices of the document's source, not
//! copies. The README gives the throughput measured by `bench/benches/parse.rs` against a
//! plain pass over the same text.
//!
//! # Limitations
//!
//! See the README: a paragraph is one line unless the text was hard-wrapped
//! at a page width; glued titles are split only in flattened text; part
//! kinds come from heading words.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod analysis;
pub mod chunk;
mod decode;
mod diagnostic;
mod document;
mod encoding;
mod error;
pub mod invariants;
mod names;
mod navigate;
pub mod numeral;
mod pipeline;
pub mod quantity;
pub mod report;
mod small_string;
mod span;
mod syntax;
mod text;

pub use analysis::genre::Genre;
pub use analysis::indicators::{Indicator, Indicators, SectionRef};
pub use analysis::meta::Metadata;
pub use chunk::Chunk;
pub use diagnostic::{Diagnostic, Rule};
pub use document::Document;
pub use encoding::{Encoding, UnknownEncodingName};
pub use error::Error;
pub use names::UnknownName;
pub use navigate::SectionPath;
pub use quantity::{Qualifier, QuantityKind};
pub use report::Report;
pub use small_string::SmallString;
pub use span::{LineIndex, Location, Span};
pub use syntax::date::{Date, DateTime};
pub use syntax::tree::{
    Block, Clutter, ClutterKind, Heading, Item, ItemStyle, Leaf, LeafKind, Line, Marker, MarkerStyle, Paragraph,
    PartKind, Section, SignatureLine, SignatureRole, Table, TableLine, TableLineKind, Toc,
};

/// The README's examples are compiled and run as doctests (they print JSON,
/// so they need the `serde` feature).
#[cfg(all(doctest, feature = "serde"))]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

/// Parse a report. Never fails and never panics: any text gives a tree
/// (perhaps with [`Document::diagnostics`]) whose leaves rebuild the text.
pub fn parse(text: &str) -> Document {
    pipeline::run(std::borrow::Cow::Borrowed(text))
}

/// [`parse`] a report you own: the [`Document`] keeps `text` as its
/// source instead of a copy of it (for a 10 MB report, 10 MB less to copy
/// and to fault in).
///
/// ```
/// let text = std::fs::read_to_string("examples/data/sample.txt").unwrap();
/// let doc = gongwen::parse_string(text);
/// assert!(!doc.sections().is_empty());
/// ```
pub fn parse_string(text: String) -> Document {
    pipeline::run(std::borrow::Cow::Owned(text))
}

/// Decode bytes and parse them.
///
/// # Errors
/// [`Error::Undecodable`] when the bytes are not text.
pub fn parse_bytes(bytes: &[u8]) -> Result<Document, Error> {
    let (text, encoding) = decode::decode(bytes)?;
    // Text decoded from GB18030 or UTF-16 is already a new string: moved in.
    let mut doc = pipeline::run(text);
    doc.encoding = encoding;
    Ok(doc)
}

/// Decode bytes in exactly `encoding` (no detection; a byte order mark in
/// that encoding is kept as `U+FEFF`) and parse them.
///
/// # Errors
/// [`Error::Undecodable`] with the offset of the first malformed bytes.
pub fn parse_bytes_as(bytes: &[u8], encoding: Encoding) -> Result<Document, Error> {
    let (text, encoding) = decode::decode_as(bytes, encoding)?;
    let mut doc = pipeline::run(text);
    doc.encoding = encoding;
    Ok(doc)
}
