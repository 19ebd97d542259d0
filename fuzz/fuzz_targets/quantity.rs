//! `gongwen::quantity::find` on any text: never panics; every quantity's
//! span is in bounds, on char boundaries and not empty, its `text` is the
//! text it spans, and the quantities come in document order: each starts at
//! or after the one before, and the two are either apart or one holds the
//! other (a change such as `由40%降低至38%` is given besides the two
//! figures it spans, never half over one of them).
#![no_main]

use gongwen::Span;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut prev: Option<Span> = None;
    for q in gongwen::quantity::find(&text) {
        let span = q.span;
        assert!(span.start < span.end, "empty or reversed span {span:?} in {text:?}");
        assert!(span.end <= text.len(), "span {span:?} past the end of {text:?}");
        assert!(
            text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
            "span {span:?} splits a char in {text:?}"
        );
        assert_eq!(q.text, &text[span.start..span.end], "text of {span:?} in {text:?}");
        if let Some(prev) = prev {
            assert!(span.start >= prev.start, "span {span:?} starts before the previous one {prev:?} in {text:?}");
            let apart = prev.end <= span.start;
            let nested = prev.contains(span) || span.contains(prev);
            assert!(apart || nested, "span {span:?} half overlaps the previous one {prev:?} in {text:?}");
        }
        prev = Some(span);
    }
});
