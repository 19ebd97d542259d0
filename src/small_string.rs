//! [`SmallString`]: the short strings of the tree and the indicators
//! (markers, titles, quantity texts, labels) without an allocation each.

use compact_str::CompactString;
use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;

/// A string kept inline when it is short (up to 24 bytes: 8 CJK chars)
/// and on the heap otherwise.
///
/// A report has many short strings (`（二）`, `3084件`, `便民服务中心办件`);
/// storing them inline saves an allocation and a free for each, which is a
/// large share of the cost of reading a report. A `SmallString` derefs to
/// `str`, compares equal to string types, and prints, debugs and
/// serializes exactly as the text (as a `String` holding it would).
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
#[derive(Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SmallString(CompactString);

impl SmallString {
    /// A `SmallString` holding `text`.
    pub fn new(text: &str) -> SmallString {
        SmallString(CompactString::new(text))
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

impl Deref for SmallString {
    type Target = str;
    fn deref(&self) -> &str {
        self.0.as_str()
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
        SmallString(CompactString::from(text))
    }
}

impl From<SmallString> for String {
    fn from(s: SmallString) -> String {
        s.0.into_string()
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
            assert_eq!(serde_json::to_string(&s).unwrap(), serde_json::to_string(text).unwrap());
            assert_eq!(format!("{s:?}"), format!("{text:?}"));
        }
    }
}
