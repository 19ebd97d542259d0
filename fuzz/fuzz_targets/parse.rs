//! `gongwen::parse` on any text: never panics, and the tree keeps every
//! invariant of `gongwen::invariants` (spans in bounds and on char
//! boundaries, leaves rebuilding the source, children inside parents,
//! indicators inside text runs).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Valid UTF-8 as is (the common case, and what the dictionary builds);
    // anything else lossily, so that every input exercises the parser.
    let text = String::from_utf8_lossy(data);
    let doc = gongwen::parse(&text);
    if let Err(v) = gongwen::invariants::check(&doc) {
        panic!("invariant violated: {v}\ninput: {text:?}");
    }
    assert_eq!(doc.source(), text, "the document must own the exact text");
});
