//! Qualifiers: the words around a number that say how precise it is.
//!
//! ```text
//! (Traditional forms too: 約, 超過, 不少於, 將近, 餘 …)
//! pre_qualifier  ::= '不少于' | '不低于' | '至少' | '不超过' | '不到' | '不足' | '低于' | '少于'
//!                  | '大约' | '约' | '将近' | '接近' | '近' | '超过' | '超' | '逾' | '高于' | '多于'
//! num_qualifier  ::= '余' | '多'                        -- between number and unit: 100余人次
//! unit_qualifier ::= '以上' | '以下' | '左右' | '上下' | '余'   -- after the unit: 90%以上
//! ```
//! A pre-qualifier is read backwards from the number and must not be the
//! tail of a longer word (`签约`, `最近`, `附近`).

use super::Qualifier;
use super::Words;
use nom::IResult;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;

/// The qualifiers of a quantity, in the order written (`约600余万元`: approx,
/// then more than), kept inline: a figure has four at most, one before
/// the number, one after each number of a range and one after the unit.
///
/// It derefs to a slice of [`Qualifier`] (`iter`, `contains`, `len`,
/// `is_empty` …), compares equal to a `Vec` or array of the same
/// qualifiers, and serializes and debugs as a list, as a `Vec` would.
///
/// ```
/// use gongwen::quantity::{find, Qualifier};
/// let q = &find("服务群众约600余万人次")[0];
/// assert_eq!(q.qualifiers, [Qualifier::Approx, Qualifier::MoreThan]);
/// assert!(q.qualifiers.contains(&Qualifier::MoreThan));
/// assert_eq!(q.qualifiers.iter().count(), 2);
/// # #[cfg(feature = "serde")]
/// assert_eq!(serde_json::to_string(&q.qualifiers).unwrap(), r#"["approx","more_than"]"#);
/// ```
#[derive(Clone, Copy)]
pub struct Qualifiers {
    len: u8,
    items: [Qualifier; Qualifiers::CAPACITY],
}

impl Qualifiers {
    /// How many a figure can have.
    const CAPACITY: usize = 4;

    /// No qualifiers.
    pub const fn new() -> Qualifiers {
        Qualifiers { len: 0, items: [Qualifier::Approx; Qualifiers::CAPACITY] }
    }

    /// The qualifiers, in the order written.
    pub fn as_slice(&self) -> &[Qualifier] {
        self.items.get(..usize::from(self.len)).unwrap_or(&[])
    }

    /// Add `q` after the others (none past the four a figure can have).
    pub(crate) fn push(&mut self, q: Qualifier) {
        // The readers add at most four (see the type's doc); debug builds
        // and the fuzzers check it rather than let a fifth go unseen.
        debug_assert!(usize::from(self.len) < Qualifiers::CAPACITY, "a fifth qualifier");
        if let Some(slot) = self.items.get_mut(usize::from(self.len)) {
            *slot = q;
            self.len += 1;
        }
    }

    /// Add `q` before the others.
    pub(crate) fn push_front(&mut self, q: Qualifier) {
        debug_assert!(usize::from(self.len) < Qualifiers::CAPACITY, "a fifth qualifier");
        let n = usize::from(self.len).min(Qualifiers::CAPACITY - 1);
        self.items.copy_within(..n, 1);
        self.items[0] = q;
        self.len = n as u8 + 1;
    }
}

impl Default for Qualifiers {
    fn default() -> Qualifiers {
        Qualifiers::new()
    }
}

impl Deref for Qualifiers {
    type Target = [Qualifier];
    fn deref(&self) -> &[Qualifier] {
        self.as_slice()
    }
}

impl AsRef<[Qualifier]> for Qualifiers {
    fn as_ref(&self) -> &[Qualifier] {
        self.as_slice()
    }
}

impl<'a> IntoIterator for &'a Qualifiers {
    type Item = &'a Qualifier;
    type IntoIter = std::slice::Iter<'a, Qualifier>;
    fn into_iter(self) -> Self::IntoIter {
        self.as_slice().iter()
    }
}

impl FromIterator<Qualifier> for Qualifiers {
    /// The first four of `iter` (a figure has no more).
    fn from_iter<I: IntoIterator<Item = Qualifier>>(iter: I) -> Qualifiers {
        let mut out = Qualifiers::new();
        for q in iter {
            out.push(q);
        }
        out
    }
}

impl From<Qualifiers> for Vec<Qualifier> {
    fn from(q: Qualifiers) -> Vec<Qualifier> {
        q.as_slice().to_vec()
    }
}

impl PartialEq for Qualifiers {
    fn eq(&self, other: &Qualifiers) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl Eq for Qualifiers {}

impl Hash for Qualifiers {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_slice().hash(state);
    }
}

impl PartialEq<[Qualifier]> for Qualifiers {
    fn eq(&self, other: &[Qualifier]) -> bool {
        self.as_slice() == other
    }
}

impl PartialEq<&[Qualifier]> for Qualifiers {
    fn eq(&self, other: &&[Qualifier]) -> bool {
        self.as_slice() == *other
    }
}

impl<const N: usize> PartialEq<[Qualifier; N]> for Qualifiers {
    fn eq(&self, other: &[Qualifier; N]) -> bool {
        self.as_slice() == other
    }
}

impl PartialEq<Vec<Qualifier>> for Qualifiers {
    fn eq(&self, other: &Vec<Qualifier>) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl PartialEq<Qualifiers> for Vec<Qualifier> {
    fn eq(&self, other: &Qualifiers) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl fmt::Debug for Qualifiers {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.as_slice()).finish()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Qualifiers {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.as_slice())
    }
}

/// Pre-qualifiers, longest first.
const PRE: &[(&str, Qualifier)] = &[
    ("不少于", Qualifier::AtLeast),
    ("不少於", Qualifier::AtLeast),
    ("不低於", Qualifier::AtLeast),
    ("不超過", Qualifier::LessThan),
    ("低於", Qualifier::LessThan),
    ("少於", Qualifier::LessThan),
    ("大約", Qualifier::Approx),
    ("將近", Qualifier::Nearly),
    ("超過", Qualifier::MoreThan),
    ("高於", Qualifier::MoreThan),
    ("多於", Qualifier::MoreThan),
    ("約", Qualifier::Approx),
    ("不低于", Qualifier::AtLeast),
    ("不超过", Qualifier::LessThan),
    ("至少", Qualifier::AtLeast),
    ("不到", Qualifier::LessThan),
    ("不足", Qualifier::LessThan),
    ("低于", Qualifier::LessThan),
    ("少于", Qualifier::LessThan),
    ("大约", Qualifier::Approx),
    ("大概", Qualifier::Approx),
    ("将近", Qualifier::Nearly),
    ("接近", Qualifier::Nearly),
    ("超过", Qualifier::MoreThan),
    ("高于", Qualifier::MoreThan),
    ("多于", Qualifier::MoreThan),
    ("约", Qualifier::Approx),
    ("近", Qualifier::Nearly),
    ("超", Qualifier::MoreThan),
    ("逾", Qualifier::MoreThan),
];

/// The words of [`PRE`].
const PRE_LIST: [&str; PRE.len()] = {
    let mut words = [""; PRE.len()];
    let mut i = 0;
    while i < PRE.len() {
        words[i] = PRE[i].0;
        i += 1;
    }
    words
};

/// For each word of [`PRE`], the chars that, before it, make a word with
/// it (`签约`, `最近`, `赶超`, `做到`), so it is no qualifier there.
static GLUED: [super::Glue; PRE.len()] = super::glue_table(
    &PRE_LIST,
    &[
        (&["约", "約"], "签预节违履制邀特契公条合相婚簽預節違條"),
        (&["近"], "最附靠临亲就贴邻将接"),
        (&["超"], "赶高不"),
        (&["至少", "不到", "不足"], "做达得"),
    ],
);

/// The words of [`PRE`], indexed by last char.
static PRE_WORDS: Words<{ PRE.len() }> = Words::new(&PRE_LIST);

/// The pre-qualifier ending right at the end of `before`: its start offset
/// in `before` and what it says.
#[inline]
pub(crate) fn pre(before: &str) -> Option<(usize, Qualifier)> {
    // Most clauses close with an ideograph that closes no pre-qualifier:
    // one bit test, inline. Every word of PRE closes with an ideograph of
    // lead byte E4…E9 (checked below), so a clause closing with anything
    // else (、, a digit, a bracket, nothing) closes with none of them.
    match *before.as_bytes() {
        [.., b0, b1, b2] if PRE_WORDS.some_closes_with(b0, b1, b2) => pre_read(before),
        _ => None,
    }
}

// Every word of PRE closes with a three-byte char of lead byte E4…E9, as
// the shortcut of `pre` takes for granted.
const _: () = {
    let mut i = 0;
    while i < PRE.len() {
        let b = PRE[i].0.as_bytes();
        assert!(b.len() >= 3 && b[b.len() - 3] >= 0xE4 && b[b.len() - 3] <= 0xE9);
        i += 1;
    }
};

/// [`pre`] past the bit test.
fn pre_read(before: &str) -> Option<(usize, Qualifier)> {
    // The words sharing the last char, in the order of PRE, each with its
    // place there (no search of PRE for what it says).
    for (place, word) in PRE_WORDS.closing_placed(before) {
        if let Some(head) = super::strip_word_suffix(before, word) {
            if GLUED.get(place).is_some_and(|g| g.closes(head)) {
                continue;
            }
            return PRE.get(place).map(|p| (head.len(), p.1));
        }
    }
    None
}

/// `num_qualifier`: 余 or 多 right after the number.
pub(crate) fn after_number(input: &str) -> IResult<&str, Qualifier> {
    // 余 E4 BD 99, 餘 E9 A4 98, 多 E5 A4 9A.
    if !matches!(input.as_bytes().get(1), Some(0xBD | 0xA4)) {
        return Err(nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Tag)));
    }
    for w in ["余", "餘", "多"] {
        if let Some(rest) = input.strip_prefix(w) {
            return Ok((rest, Qualifier::MoreThan));
        }
    }
    Err(nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Tag)))
}

/// `unit_qualifier`: 以上, 以下, 左右, 上下 or 余 after the unit.
#[inline(always)]
pub(crate) fn after_unit(input: &str) -> IResult<&str, Qualifier> {
    // 以 E4 BB A5, 左 E5 B7 A6, 上 E4 B8 8A, 余 E4 BD 99: the second byte
    // sorts out most text, inline where every figure asks.
    if !matches!(input.as_bytes().get(1), Some(0xBB | 0xB7 | 0xB8 | 0xBD)) {
        return Err(nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Tag)));
    }
    after_unit_read(input)
}

/// [`after_unit`] past the test of the second byte.
fn after_unit_read(input: &str) -> IResult<&str, Qualifier> {
    const AFTER_UNIT: [(&str, Qualifier); 5] = [
        ("以上", Qualifier::AtLeast),
        ("以下", Qualifier::LessThan),
        ("左右", Qualifier::Approx),
        ("上下", Qualifier::Approx),
        ("余", Qualifier::MoreThan),
    ];
    let fail = || Err(nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Tag)));
    let Some((rest, q)) = AFTER_UNIT.iter().find_map(|&(w, q)| input.strip_prefix(w).map(|r| (r, q))) else {
        return fail();
    };
    // 上下 and 余 start words too (上下联动, 余额): only at a clause end.
    let tail_word = (input.starts_with("上下") || input.starts_with('余'))
        && rest.chars().next().is_some_and(|c| ('\u{4e00}'..='\u{9fff}').contains(&c) && c != '的');
    if tail_word {
        return fail();
    }
    Ok((rest, q))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn the_bit_test_reads_as_the_words(s in "([，a1 约近超逾足到少于签最附将金额]|不少于|大约|將近|不到){0,6}") {
            prop_assert_eq!(pre(&s), pre_read(&s));
        }
    }

    #[test]
    fn qualifiers_keep_order_and_repeats() {
        use Qualifier::*;
        let mut q = Qualifiers::new();
        assert!(q.is_empty());
        q.push(MoreThan);
        q.push(MoreThan);
        q.push_front(Approx);
        assert_eq!(q, [Approx, MoreThan, MoreThan]);
        assert_eq!(q, vec![Approx, MoreThan, MoreThan]);
        assert_eq!(format!("{q:?}"), format!("{:?}", vec![Approx, MoreThan, MoreThan]));
        #[cfg(feature = "serde")]
        assert_eq!(serde_json::to_string(&q).unwrap(), serde_json::to_string(&q.to_vec()).unwrap());
        #[cfg(feature = "serde")]
        assert_eq!(serde_json::to_string(&Qualifiers::new()).unwrap(), "[]");
        q.push(AtLeast);
        assert_eq!(q, [Approx, MoreThan, MoreThan, AtLeast], "four, the most a figure has");
        let same: Qualifiers = [Approx, MoreThan, MoreThan, AtLeast].into_iter().collect();
        assert_eq!(q, same);
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "a fifth qualifier")]
    fn a_fifth_qualifier_fails_a_debug_build() {
        use Qualifier::*;
        let mut q: Qualifiers = [Approx, MoreThan, AtLeast, LessThan].into_iter().collect();
        q.push_front(Nearly);
    }

    #[test]
    fn reads_the_longest_pre_qualifier() {
        assert_eq!(pre("确保不少于"), Some((6, Qualifier::AtLeast)));
        assert_eq!(pre("金额约"), Some((6, Qualifier::Approx)));
        assert_eq!(pre("不超过"), Some((0, Qualifier::LessThan)));
    }

    #[test]
    fn a_qualifier_inside_a_word_is_not_one() {
        assert_eq!(pre("签约"), None);
        assert_eq!(pre("最近"), None);
        assert_eq!(pre("接近"), Some((0, Qualifier::Nearly)));
    }

    #[test]
    fn reads_qualifiers_after() {
        assert_eq!(after_number("余人次").map(|r| r.1), Ok(Qualifier::MoreThan));
        assert_eq!(after_unit("以上；").map(|r| r.1), Ok(Qualifier::AtLeast));
        assert!(after_unit("上下联动").is_err());
    }
}
