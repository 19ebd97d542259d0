//! [`SmallString`]: the short strings of the tree and the indicators
//! (markers, titles, quantity texts, labels) without an allocation each.

use compact_str::CompactString;
use std::borrow::Borrow;
use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::{Deref, Range};
use std::sync::Arc;

/// A string kept inline when it is short (up to 24 bytes: 8 CJK chars),
/// and otherwise on the heap or as a slice of a text shared with other
/// strings.
///
/// A report has many short strings (`（二）`, `3084件`, `便民服务中心办件`);
/// storing them inline saves an allocation and a free for each, which is a
/// large share of the cost of reading a report. Longer ones that the
/// parser takes from a report (heading titles, indicator labels) are
/// slices of one text shared by the strings of that report: cloning such a
/// string is a count increment, not a copy. A shared slice keeps its whole
/// text alive (for an indicator's label, a copy of its report), so to keep
/// one string long after its report, keep `SmallString::from(s.as_str())`.
///
/// A `SmallString` derefs to `str`, compares equal to string types, and
/// prints, debugs and serializes exactly as the text (as a `String`
/// holding it would), however it is stored.
///
/// ```
/// use gongwen::SmallString;
/// let s = SmallString::from("便民服务中心办件");
/// assert_eq!(s, "便民服务中心办件");
/// assert_eq!(s.as_str(), "便民服务中心办件");
/// assert_eq!(s.chars().count(), 8);
/// assert_eq!(format!("{s} {s:?}"), r#"便民服务中心办件 "便民服务中心办件""#);
/// assert_eq!(String::from(s), "便民服务中心办件");
/// ```
#[derive(Clone, Default)]
pub struct SmallString(Repr);

#[derive(Clone)]
enum Repr {
    /// Inline, or on the heap on its own.
    Own(CompactString),
    /// `text[start..start + len]`. A thin `Arc` (to a `String`, not a
    /// `str`) leaves room for the fields before the spare byte of
    /// [`CompactString`]: a `SmallString` stays 24 bytes.
    Shared { text: Arc<String>, start: u32, len: u32 },
}

impl Default for Repr {
    fn default() -> Repr {
        Repr::Own(CompactString::default())
    }
}

/// The most bytes stored inline.
pub(crate) const INLINE: usize = 24;

const _: () = assert!(std::mem::size_of::<SmallString>() == 24);

impl SmallString {
    /// A `SmallString` holding `text`.
    pub fn new(text: &str) -> SmallString {
        SmallString(Repr::Own(CompactString::new(text)))
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Own(s) => s.as_str(),
            // Built only from ranges on char boundaries of `text`.
            Repr::Shared { text, start, len } => {
                let start = *start as usize;
                text.get(start..start + *len as usize).unwrap_or_default()
            }
        }
    }

    /// `shared[range]`: inline when short, a slice of `shared` otherwise
    /// (a copy when the range is too long or too far in for a slice).
    /// `range` must lie on char boundaries of `shared`; an empty string
    /// stands for one that does not.
    pub(crate) fn slice_of(shared: &Arc<String>, range: Range<usize>) -> SmallString {
        let Some(part) = shared.get(range.clone()) else {
            debug_assert!(false, "{range:?} is not a slice of the shared text");
            return SmallString::default();
        };
        SmallString::slice_at(shared, range.start, part)
    }

    /// [`SmallString::slice_of`] of a range longer than [`INLINE`], not
    /// sliced here: the text is read from `shared` when asked for (see
    /// [`SmallString::as_str`]). `range` must lie on char boundaries.
    pub(crate) fn shared_span(shared: &Arc<String>, range: Range<usize>) -> SmallString {
        debug_assert!(range.len() > INLINE && shared.get(range.clone()).is_some());
        match (u32::try_from(range.start), u32::try_from(range.len())) {
            (Ok(start), Ok(len)) => SmallString(Repr::Shared { text: Arc::clone(shared), start, len }),
            _ => SmallString::slice_of(shared, range),
        }
    }

    /// [`SmallString::slice_of`] when the caller holds the slice already:
    /// `part` is `shared[start..start + part.len()]` (not sliced again).
    pub(crate) fn slice_at(shared: &Arc<String>, start: usize, part: &str) -> SmallString {
        debug_assert_eq!(shared.get(start..start + part.len()), Some(part));
        match (u32::try_from(start), u32::try_from(part.len())) {
            (Ok(start), Ok(len)) if part.len() > INLINE => {
                SmallString(Repr::Shared { text: Arc::clone(shared), start, len })
            }
            _ => SmallString::new(part),
        }
    }

    /// Whether the string is a slice of a shared text.
    #[cfg(test)]
    pub(crate) fn is_shared(&self) -> bool {
        matches!(self.0, Repr::Shared { .. })
    }
}

impl PartialEq for SmallString {
    fn eq(&self, other: &SmallString) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for SmallString {}

impl Hash for SmallString {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl PartialOrd for SmallString {
    fn partial_cmp(&self, other: &SmallString) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for SmallString {
    fn cmp(&self, other: &SmallString) -> Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl Deref for SmallString {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for SmallString {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl Borrow<str> for SmallString {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Debug for SmallString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for SmallString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for SmallString {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl From<&str> for SmallString {
    fn from(text: &str) -> SmallString {
        SmallString::new(text)
    }
}

impl From<String> for SmallString {
    fn from(text: String) -> SmallString {
        SmallString(Repr::Own(CompactString::from(text)))
    }
}

impl From<SmallString> for String {
    fn from(s: SmallString) -> String {
        match s.0 {
            Repr::Own(s) => s.into_string(),
            Repr::Shared { .. } => s.as_str().to_owned(),
        }
    }
}

impl PartialEq<str> for SmallString {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for SmallString {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for SmallString {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<SmallString> for str {
    fn eq(&self, other: &SmallString) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<SmallString> for &str {
    fn eq(&self, other: &SmallString) -> bool {
        *self == other.as_str()
    }
}

impl PartialEq<SmallString> for String {
    fn eq(&self, other: &SmallString) -> bool {
        self == other.as_str()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_and_long_texts_round_trip() {
        for text in ["", "件", "（二）", "便民服务中心办件", "强化组织领导，压实法治建设责任，推进依法行政"]
        {
            let s = SmallString::from(text);
            assert_eq!(s, text);
            assert_eq!(text, s);
            assert_eq!(s, text.to_string());
            assert_eq!(String::from(s.clone()), text);
            assert_eq!(SmallString::from(text.to_string()), s);
            #[cfg(feature = "serde")]
            assert_eq!(serde_json::to_string(&s).unwrap(), serde_json::to_string(text).unwrap());
            assert_eq!(format!("{s:?}"), format!("{text:?}"));
        }
    }

    #[test]
    fn a_slice_of_a_shared_text_is_the_text() {
        use std::collections::hash_map::DefaultHasher;
        let hash = |s: &SmallString| {
            let mut h = DefaultHasher::new();
            s.hash(&mut h);
            h.finish()
        };
        let shared = Arc::new("（一）强化组织领导，压实法治建设责任，推进依法行政。".to_owned());
        for (range, is_shared) in [(0..9, false), (9..33, false), (9..36, true), (9..57, true), (0..shared.len(), true)]
        {
            let s = SmallString::slice_of(&shared, range.clone());
            let text = &shared[range];
            assert_eq!(s.is_shared(), is_shared, "{text}");
            let own = SmallString::new(text);
            assert_eq!(s, own);
            assert_eq!(s.cmp(&own), Ordering::Equal);
            assert_eq!(hash(&s), hash(&own));
            assert_eq!(s.clone(), text);
            assert_eq!(String::from(s.clone()), text);
            #[cfg(feature = "serde")]
            assert_eq!(serde_json::to_string(&s).unwrap(), serde_json::to_string(text).unwrap());
        }
        // A slice outlives the handle it was cut from.
        let s = SmallString::slice_of(&shared, 9..57);
        drop(shared);
        assert_eq!(s, "强化组织领导，压实法治建设责任，");
    }

    #[test]
    fn long_titles_and_labels_share_the_document_source() {
        let doc = crate::parse(
            "关于2024年度法治政府建设情况的报告\n一、全面加强法治政府建设组织领导工作\n\
             全年共办理行政复议和行政诉讼案件1234件。\n二、短标题\n办件56件。\n",
        );
        let titles: Vec<_> = doc.sections().iter().map(|s| &s.heading.title).collect();
        assert_eq!(titles, ["全面加强法治政府建设组织领导工作", "短标题"]);
        assert!(titles[0].is_shared() && !titles[1].is_shared());
        let found = doc.indicators();
        assert_eq!(found[0].label, "办理行政复议和行政诉讼案件");
        assert_eq!(found[0].section[0].title, "全面加强法治政府建设组织领导工作");
        assert!(found[0].label.is_shared() && found[0].section[0].title.is_shared());
        assert_eq!(found[1].label, "办件");
        assert!(!found[1].label.is_shared());
    }
}
