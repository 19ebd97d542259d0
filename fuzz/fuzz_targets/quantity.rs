//! `gongwen::quantity::find` on any text: never panics; every quantity's
//! span is in bounds, on char boundaries, not empty, after the previous one,
//! and its `text` is the text it spans.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut at = 0;
    for q in gongwen::quantity::find(&text) {
        let span = q.span;
        assert!(span.start < span.end, "empty or reversed span {span:?} in {text:?}");
        assert!(span.end <= text.len(), "span {span:?} past the end of {text:?}");
        assert!(
            text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
            "span {span:?} splits a char in {text:?}"
        );
        assert!(
            span.start >= at,
            "span {span:?} overlaps or precedes the previous quantity (ending at {at}) in {text:?}"
        );
        assert_eq!(q.text, &text[span.start..span.end], "text of {span:?} in {text:?}");
        at = span.end;
    }
});
