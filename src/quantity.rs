//! PLACEHOLDER — being written (quantity reader). Do not edit outside the quantity task.

use crate::numeral::Decimal;
use crate::span::Span;
use serde::Serialize;

/// A quantity found in text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quantity {
    /// Span relative to the text given to [`find`].
    pub span: Span,
    /// Text as written.
    pub text: String,
    /// Value in the base unit.
    pub value: Decimal,
    /// Base unit.
    pub unit: String,
    /// Label.
    pub label: String,
}

/// Find the quantities in `text`.
pub fn find(_text: &str) -> Vec<Quantity> {
    Vec::new()
}
