//! Heading acceptance: is a marker a heading? A marker at the start of a
//! line is one when it continues, runs on or is of a strong style; a marker
//! inside a line (after `。` and the like, in flattened text) only when it
//! continues its sequence.
//!
//! ```text
//! accept(m, at line start) ::= !bare_repeat (continues | runs_on | strong | weak_repeat_or_gap)
//! accept(m, inline)        ::= continues (previous | strong | long line)
//!                            | runs_on (no previous, weak, long line)
//! ```

use super::marker::RawMarker;
use super::outline::Outline;
use crate::syntax::tree::MarkerStyle;

/// A line longer than this (in bytes) is taken as flattened text, where a
/// weak marker (`1.`) starting its sequence inside the line is a heading.
const FLATTENED_LINE: usize = 1800;

/// Is the marker `m` a heading, given the sequences of `outline`? `inline`
/// for a marker inside a line, of `line_len` bytes.
pub(super) fn accepts(outline: &Outline, m: &RawMarker, inline: bool, line_len: usize) -> bool {
    let strong = matches!(
        m.style,
        MarkerStyle::Part | MarkerStyle::Section | MarkerStyle::ChineseComma | MarkerStyle::ChineseParen
    );
    let exp = outline.expect(m.style);
    let continues = m.ordinal == exp.next();
    let runs_on = exp.last_anywhere.is_some_and(|l| m.ordinal == l + 1);
    if inline {
        return (continues && (exp.previous.is_some() || strong || line_len > FLATTENED_LINE))
            || (runs_on
                && exp.previous.is_none()
                && !strong
                && exp.last_anywhere.is_some()
                && line_len > FLATTENED_LINE);
    }
    if continues || runs_on {
        return true;
    }
    // A bare marker (the line holds nothing else) repeating the number of
    // the heading before it titles nothing: a run of `1.` lines is text.
    if exp.previous == Some(m.ordinal) && line_len == usize::from(m.len) {
        return false;
    }
    if strong {
        return true;
    }
    // A weak style: a repeat or a gap of one inside a running sequence.
    exp.previous.is_some_and(|p| m.ordinal == p || m.ordinal == p + 2)
}
