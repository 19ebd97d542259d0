//! Names of the public enums: every one has `name()` (the string the JSON
//! uses), `Display` (the same string), `FromStr` (its inverse) and a
//! `Deserialize` that reads the name back.
//!
//! ```
//! use gongwen::{PartKind, QuantityKind, Rule};
//! assert_eq!(PartKind::Plans.to_string(), "plans");
//! assert_eq!("plans".parse::<PartKind>(), Ok(PartKind::Plans));
//! assert_eq!(QuantityKind::Money.name(), "money");
//! assert_eq!("ordinal-gap".parse::<Rule>(), Ok(Rule::OrdinalGap));
//! assert!("nothing".parse::<PartKind>().is_err());
//! ```
//!
//! The impls live here rather than beside each type so that one macro
//! keeps the four in step, and a test checks them against the derived
//! `Serialize`.

use crate::analysis::genre::Genre;
use crate::diagnostic::Rule;
use crate::numeral::Script;
use crate::quantity::{Direction, Qualifier, QuantityKind};
use crate::syntax::tree::{ClutterKind, ItemStyle, LeafKind, MarkerStyle, PartKind, SignatureRole, TableLineKind};
use std::fmt;

/// A string that names no value of an enum, from `FromStr`.
///
/// ```
/// let e = "budget".parse::<gongwen::PartKind>().unwrap_err();
/// assert_eq!(e.to_string(), "unknown part kind `budget`");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownName {
    /// What was being read, e.g. `part kind`.
    pub what: &'static str,
    /// The string given.
    pub name: String,
}

impl fmt::Display for UnknownName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown {} `{}`", self.what, self.name)
    }
}

impl std::error::Error for UnknownName {}

/// `Display`, `FromStr`, `Deserialize` and `ALL` for an enum with a
/// `name()` method; `name()` too when the variants are given with their names.
macro_rules! named {
    // Types whose `name()` is defined here.
    ($ty:ident, $what:literal, $doc:literal, { $($v:ident => $name:literal),+ $(,)? }) => {
        impl $ty {
            #[doc = $doc]
            pub const fn name(self) -> &'static str {
                match self {
                    $($ty::$v => $name,)+
                }
            }
        }
        named!($ty, $what, [$($v),+]);
    };
    // Types that have `name()` already.
    ($ty:ident, $what:literal, [$($v:ident),+ $(,)?]) => {
        impl $ty {
            /// Every value, in declaration order.
            pub const VALUES: &'static [$ty] = &[$($ty::$v),+];
        }

        // Fails to compile when a variant is missing from the list: the
        // crate sees every variant, `non_exhaustive` or not.
        const _: fn($ty) = |v| match v {
            $($ty::$v)|+ => {}
        };

        impl fmt::Display for $ty {
            /// The [`name`](Self::name).
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.name())
            }
        }

        impl std::str::FromStr for $ty {
            type Err = UnknownName;
            /// The value whose [`name`](Self::name) is `s`.
            fn from_str(s: &str) -> Result<$ty, UnknownName> {
                $ty::VALUES
                    .iter()
                    .copied()
                    .find(|v| v.name() == s)
                    .ok_or_else(|| UnknownName { what: $what, name: s.to_owned() })
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> serde::Deserialize<'de> for $ty {
            /// From the [`name`](Self::name), as `Serialize` writes it.
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<$ty, D::Error> {
                let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}

named!(
    Genre,
    "genre",
    [RuleOfLaw, GovernmentWork, InformationDisclosure, FinalAccounts, Audit, WorkSummary, StatisticalCommunique, Other]
);

// `PartKind::fmt` is in tree.rs already; the rest of its set is here.
impl PartKind {
    /// Every value, in declaration order (the same as [`PartKind::ALL`]).
    pub const VALUES: &'static [PartKind] = &PartKind::ALL;
}

impl std::str::FromStr for PartKind {
    type Err = UnknownName;
    /// The part whose [`name`](Self::name) is `s`.
    fn from_str(s: &str) -> Result<PartKind, UnknownName> {
        PartKind::ALL
            .into_iter()
            .find(|v| v.name() == s)
            .ok_or_else(|| UnknownName { what: "part kind", name: s.to_owned() })
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for PartKind {
    /// From the [`name`](Self::name), as `Serialize` writes it.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<PartKind, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

named!(
    MarkerStyle,
    "marker style",
    [
        Part,
        Section,
        ChineseComma,
        ChineseParen,
        ArabicDot,
        ArabicComma,
        ArabicParen,
        Circled,
        Latin,
        Appendix,
        Unnumbered
    ]
);

impl Rule {
    /// The JSON name, the same as [`Rule::id`]: `ordinal-gap`, …
    pub const fn name(self) -> &'static str {
        self.id()
    }
}

named!(
    Rule,
    "rule",
    [
        OrdinalGap,
        OrdinalRepeat,
        OrdinalRestart,
        MixedBrackets,
        LevelSkip,
        StyleOrder,
        MissingPart,
        NoHeadings,
        ControlChar,
        LatePublication,
        YearMismatch,
    ]
);

named!(QuantityKind, "quantity kind", "The JSON name: `count`, `money`, `percent`, `change`, `duration`, `measure`.", {
    Count => "count",
    Money => "money",
    Percent => "percent",
    Change => "change",
    Duration => "duration",
    Measure => "measure",
});

named!(Qualifier, "qualifier", "The JSON name: `approx`, `more_than`, `at_least`, `less_than`, `nearly`.", {
    Approx => "approx",
    MoreThan => "more_than",
    AtLeast => "at_least",
    LessThan => "less_than",
    Nearly => "nearly",
});

named!(Direction, "direction", "The JSON name: `up`, `down`.", { Up => "up", Down => "down" });

named!(ItemStyle, "item style", "The JSON name: `shi` (一是), `di` (第一), `fangmian` (一方面).", {
    Shi => "shi",
    Di => "di",
    Fangmian => "fangmian",
    Numbered => "numbered",
});

named!(ClutterKind, "clutter kind", "The JSON name: `breadcrumb`, `published`, `source`, `font_size`, …", {
    Breadcrumb => "breadcrumb",
    Published => "published",
    Source => "source",
    FontSize => "font_size",
    Share => "share",
    PageAction => "page_action",
    QrCode => "qr_code",
    SiteClock => "site_clock",
    IndexBlock => "index_block",
    Navigation => "navigation",
    Views => "views",
    Column => "column",
    Markup => "markup",
    PageMarker => "page_marker",
    RunningHeader => "running_header",
});

named!(TableLineKind, "table line kind", "The JSON name: `caption`, `unit`, `row`, `fragment`, `clutter`.", {
    Caption => "caption",
    Unit => "unit",
    Row => "row",
    Fragment => "fragment",
    Clutter => "clutter",
});

named!(SignatureRole, "signature role", "The JSON name: `issuer`, `date`.", { Issuer => "issuer", Date => "date" });

named!(LeafKind, "leaf kind", "The JSON name: `bom`, `indent`, `line_end`, `heading_title`, …", {
    Bom => "bom",
    Indent => "indent",
    LineEnd => "line_end",
    Blank => "blank",
    Clutter => "clutter",
    Title => "title",
    Addressee => "addressee",
    Marker => "marker",
    Space => "space",
    HeadingTitle => "heading_title",
    Terminator => "terminator",
    Text => "text",
    Item => "item",
    Signature => "signature",
    TableText => "table_text",
    Cell => "cell",
    CellSeparator => "cell_separator",
    TocEntry => "toc_entry",
    Markup => "markup",
});

named!(Script, "script", "The JSON name: `arabic`, `mixed`, `chinese`.", {
    Arabic => "arabic",
    Mixed => "mixed",
    Chinese => "chinese",
});

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    /// What the JSON checks need of a value: nothing without `serde`.
    #[cfg(feature = "serde")]
    trait Json: serde::Serialize + serde::de::DeserializeOwned {}
    #[cfg(feature = "serde")]
    impl<T: serde::Serialize + serde::de::DeserializeOwned> Json for T {}
    #[cfg(not(feature = "serde"))]
    trait Json {}
    #[cfg(not(feature = "serde"))]
    impl<T> Json for T {}

    /// For each value: `name` = `Display` = the derived `Serialize`, and
    /// `FromStr` and `Deserialize` give the value back.
    fn round_trips<T>(values: &[T])
    where
        T: Copy + PartialEq + fmt::Debug + fmt::Display + FromStr + Json,
        <T as FromStr>::Err: fmt::Debug,
    {
        assert!(!values.is_empty());
        let mut seen = std::collections::HashSet::new();
        for &v in values {
            let shown = v.to_string();
            assert!(seen.insert(shown.clone()), "two values named {shown}");
            assert_eq!(shown.parse::<T>().unwrap(), v);
            #[cfg(feature = "serde")]
            {
                assert_eq!(serde_json::to_string(&v).unwrap(), format!("\"{shown}\""), "{v:?}");
                assert_eq!(serde_json::from_str::<T>(&format!("\"{shown}\"")).unwrap(), v);
            }
        }
        assert!("no-such-name".parse::<T>().is_err());
        #[cfg(feature = "serde")]
        assert!(serde_json::from_str::<T>("\"no-such-name\"").is_err());
    }

    #[test]
    fn every_public_enum_round_trips_through_its_name() {
        round_trips(PartKind::VALUES);
        round_trips(MarkerStyle::VALUES);
        round_trips(Rule::VALUES);
        round_trips(QuantityKind::VALUES);
        round_trips(Qualifier::VALUES);
        round_trips(Direction::VALUES);
        round_trips(ItemStyle::VALUES);
        round_trips(ClutterKind::VALUES);
        round_trips(SignatureRole::VALUES);
        round_trips(LeafKind::VALUES);
        round_trips(Script::VALUES);
        round_trips(&Genre::ALL);
    }

    #[test]
    fn names_are_the_documented_ones() {
        assert_eq!(PartKind::Leadership.name(), "leadership");
        assert_eq!(MarkerStyle::ChineseParen.to_string(), "chinese_paren");
        assert_eq!(Qualifier::MoreThan.to_string(), "more_than");
        assert_eq!(ClutterKind::QrCode.name(), "qr_code");
        assert_eq!(Rule::MissingPart.to_string(), "missing-part");
        let e = QuantityKind::from_str("Money").unwrap_err();
        assert_eq!(e, UnknownName { what: "quantity kind", name: "Money".into() }, "names are case-sensitive");
    }
}
