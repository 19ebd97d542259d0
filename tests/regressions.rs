//! One test per bug found by fuzzing or by the property tests, each
//! replaying the input that showed it (from `tests/regressions/`) and
//! checking the tree's invariants, not just that nothing panicked.

use gongwen::{invariants, parse, parse_bytes};
use std::sync::mpsc::channel;
use std::time::Duration;

/// Parse the input as text (lossily, as the `parse` fuzz target does) and
/// as bytes, and check every invariant.
fn replay(name: &str, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    let doc = parse(&text);
    if let Err(v) = invariants::check(&doc) {
        panic!("{name}: invariant violated: {v}\ninput: {text:?}");
    }
    if let Ok(doc) = parse_bytes(bytes) {
        if let Err(v) = invariants::check(&doc) {
            panic!("{name} (bytes): invariant violated: {v}");
        }
    }
}

/// The `control-char` diagnostic took one byte for the first control
/// character, splitting a two-byte C1 control such as U+0085 (found by
/// `report_like_text_keeps_the_invariants`).
#[test]
fn c1_control_diagnostic_splits_char() {
    replay("c1_control_diagnostic_splits_char", include_bytes!("regressions/c1_control_diagnostic_splits_char.txt"));
}

/// The same bug as found by the `parse` fuzz target: a U+008D inside
/// breadcrumb clutter.
#[test]
fn fuzz_parse_c1_control_in_clutter() {
    replay("fuzz_parse_c1_control_in_clutter", include_bytes!("regressions/fuzz_parse_c1_control_in_clutter.txt"));
}

/// A run of digits too long for a number made `quantity::find` retry the
/// numeral reader at every digit of the run: quadratic (found by
/// `input_safety::a_run_of_a_million_numerals`). 100,000 digits take
/// milliseconds when linear and minutes when quadratic.
#[test]
fn long_digit_run_is_read_once() {
    let text = format!("全年办件{}件。", "1234567890".repeat(10_000));
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        let found = gongwen::quantity::find(&text).len();
        let _ = tx.send(found);
    });
    let found =
        rx.recv_timeout(Duration::from_secs(60)).expect("quantity::find on 100,000 digits should not take a minute");
    assert!(found <= 1, "one run of digits is at most one quantity, got {found}");
}
