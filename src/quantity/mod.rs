//! Quantities: a number with its unit, qualifiers, range, direction and
//! label, found in running text.
//!
//! ```text
//! quantity ::= [ pre_qualifier ] figure [ range_sep figure ] [ unit_qualifier ]
//!            | '百分之' numeral                                  -- 百分之八十
//!            | round                                             -- 百余场, 近千人
//! figure   ::= numeral [ num_qualifier [ multiplier ] ] [ ' ' ] unit
//! range_sep::= '-' | '－' | '~' | '～' | '—' | '——' | '–' | '至' | '到'
//! ```
//! In a range the unit may be written once, at the end (`3至5天`, `1-2部`),
//! or at both ends (`3万元至5万元`). See [`crate::numeral`] for
//! numbers, and the submodules for units, qualifiers, changes, labels and
//! the guards that keep names, dates and ordinals out.
//!
//! ```
//! use gongwen::quantity::{find, Qualifier, QuantityKind};
//! let found = find("全年调处矛盾纠纷205件，涉及金额约135.9万元，同比增长12.5%。");
//! assert_eq!(found.len(), 3);
//! assert_eq!(found[0].text, "205件");
//! assert_eq!(found[0].label, "调处矛盾纠纷");
//! assert_eq!(found[1].value.to_string(), "1359000");
//! assert_eq!(found[1].unit, "元");
//! assert_eq!(found[1].qualifiers, vec![Qualifier::Approx]);
//! assert_eq!(found[2].kind, QuantityKind::Change);
//! assert!(find("2024年度第四次会议").is_empty());
//! ```
//!
//! [`find`] scans bytes and tries the number grammar only where a digit or
//! a Chinese numeral starts; it never panics and allocates only for what it
//! returns.

mod change;
mod figure;
mod guard;
mod label;
mod qualifier;
mod scan;
mod types;
mod unit;
mod words;

pub use qualifier::Qualifiers;
pub(crate) use scan::{find_into, find_onto, Sink};
use std::sync::Arc;
pub use types::{Direction, Qualifier, Quantity, QuantityKind};
pub use unit::Unit;
pub(crate) use words::*;

/// Every quantity stated in `text`, in order.
///
/// Spans are byte offsets into `text`. Never panics.
///
/// ```
/// use gongwen::quantity::find;
/// let q = &find("组织16名执法人员参加培训")[0];
/// assert_eq!((q.text.as_str(), q.unit.as_str(), q.label.as_str()), ("16名", "名", "执法人员"));
/// ```
pub fn find(text: &str) -> Vec<Quantity> {
    let mut out = Vec::new();
    find_into(text, &mut out, None, None);
    out
}

/// Where the text [`find_into`] reads lies in a shared source, when it
/// does: long labels and texts are then slices of the source, not copies.
#[derive(Clone, Copy)]
pub(crate) struct Shared<'a> {
    /// The source.
    pub source: &'a Arc<String>,
    /// Where the text starts in it.
    pub base: usize,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeral::Decimal;

    fn one(t: &str) -> Quantity {
        let mut v = find(t);
        assert_eq!(v.len(), 1, "{t} should hold one quantity, found {v:?}");
        v.remove(0)
    }

    #[test]
    fn reads_a_count_with_its_label() {
        let q = one("便民服务中心办件3084件。");
        assert_eq!((q.text.as_str(), q.unit.as_str(), q.label.as_str()), ("3084件", "件", "便民服务中心办件"));
    }

    #[test]
    fn reads_range_with_unit_at_the_end() {
        let q = one("每人完成3至5天培训");
        assert_eq!(q.value, Decimal::from_int(3));
        assert_eq!(q.upper, Some(Decimal::from_int(5)));
        assert_eq!(q.unit, "天");
    }

    #[test]
    fn reads_per_cent_in_words() {
        let q = one("覆盖率达百分之八十");
        assert_eq!((q.value, q.unit.as_str()), (Decimal::from_int(80), "%"));
    }

    #[test]
    fn from_to_gives_two_figures_and_no_derived_change() {
        let v = find("发案率由40%降低至38%。");
        assert_eq!(v.len(), 2, "{v:?}");
        assert_eq!((v[0].label.as_str(), v[1].label.as_str()), ("发案率", "发案率"));
        assert_eq!((v[1].kind, v[1].direction), (QuantityKind::Percent, None));
    }

    #[test]
    fn never_panics_on_odd_bytes() {
        for t in [
            "",
            "1",
            "一",
            "3万亿亿亿元",
            "约",
            "1-",
            "1—",
            "百分之",
            "9999999999999999999999999999999万亿元",
            "２０xx",
        ] {
            let _ = find(t);
        }
    }
}
