//! The public types of a quantity: what [`find`](super::find) returns.

use crate::numeral::Decimal;
use crate::span::Span;
use crate::SmallString;
#[cfg(feature = "serde")]
use serde::Serialize;

use super::Qualifiers;
use super::Unit;

/// A quantity stated in text.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[non_exhaustive]
pub struct Quantity {
    /// Byte span relative to the text given to [`find`](super::find).
    pub span: Span,
    /// The quantity as written, qualifier words included: `约135.9万元`,
    /// `100余人次`, `不少于60学时`, `90%以上`.
    pub text: SmallString,
    /// The value in the base unit: 万 and 亿 multiplied out, 成 as percent
    /// (`五成` → 50); for a range, its low end; for a change, its magnitude.
    pub value: Decimal,
    /// The high end of a range (`1-2部`, `3至5天`).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub upper: Option<Decimal>,
    /// The base unit: `件`, `人次`, `元` (also for 万元), `%` (also for 成),
    /// `个百分点`, `学时` …
    pub unit: Unit,
    /// What sort of quantity it is.
    pub kind: QuantityKind,
    /// What the words around the number say about its precision, in the
    /// order written (`约600余万元` has approx and more_than).
    pub qualifiers: Qualifiers,
    /// For a change, which way it went.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub direction: Option<Direction>,
    /// The words of the same clause that name what is counted; empty if none.
    pub label: SmallString,
}

// Kept small: quantities are moved several times each.
const _: () = assert!(std::mem::size_of::<Quantity>() <= 128);

/// What sort of quantity a [`Quantity`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum QuantityKind {
    /// A count of things, people or events: `3084件`, `16名`, `两宗`.
    Count,
    /// An amount of money: `约135.9万元`, `85.02亿元`.
    Money,
    /// A rate or share: `100%`, `99.1%`, `不到五成`.
    Percent,
    /// A rise or fall: `同比增长12.5%`, `降幅达80%`, `增加1368宗`.
    Change,
    /// A length of time: `不少于60学时`, `7天`, `24小时`.
    Duration,
    /// A physical measure: `268.51公斤`, `3000平方米`.
    Measure,
}

/// What the words around a number say about its precision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Qualifier {
    /// About: 约, 大约, 左右, 上下.
    Approx,
    /// More than: 余, 多, 超, 超过, 逾.
    MoreThan,
    /// At least: 以上, 不少于, 不低于, 至少.
    AtLeast,
    /// Less than, or at most: 不到, 不足, 低于, 以下, 不超过.
    LessThan,
    /// Nearly: 近, 将近, 接近.
    Nearly,
}

/// Which way a change went.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Direction {
    /// 增长, 提升, 增加, 上升 …
    Up,
    /// 下降, 降低, 减少, 缩减, 降幅 …
    Down,
}
