//! Byte spans into the source and a line index that turns offsets into
//! line and column.
//!
//! Every node of the tree carries a [`Span`]: a half-open range of byte
//! offsets into the text that was parsed. Chinese text takes three bytes a
//! character in UTF-8, so a span's ends always lie on char boundaries;
//! `&source[span]` gives the node's text.

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};
use std::ops::{Index, Range};

/// A half-open range `start..end` of byte offsets into the parsed text.
///
/// ```
/// use gongwen::Span;
/// let text = "一、总体情况";
/// let marker = Span::new(0, 6);
/// assert_eq!(&text[marker], "一、");
/// assert_eq!(marker.len(), 6);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`. `start > end` is clamped to an empty span at `start`.
    pub const fn new(start: usize, end: usize) -> Span {
        if end < start {
            Span { start, end: start }
        } else {
            Span { start, end }
        }
    }

    /// An empty span at `offset`.
    pub const fn empty(offset: usize) -> Span {
        Span { start: offset, end: offset }
    }

    /// Length in bytes.
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    pub const fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// Whether `other` lies wholly inside `self`.
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The span moved `by` bytes to the right (used to turn offsets relative
    /// to a slice into offsets into the whole source).
    pub const fn shift(self, by: usize) -> Span {
        Span { start: self.start + by, end: self.end + by }
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }

    /// The span as a `Range<usize>`.
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

impl From<Span> for Range<usize> {
    fn from(span: Span) -> Range<usize> {
        span.start..span.end
    }
}

impl From<Range<usize>> for Span {
    fn from(range: Range<usize>) -> Span {
        Span::new(range.start, range.end)
    }
}

impl Index<Span> for str {
    type Output = str;
    fn index(&self, span: Span) -> &str {
        &self[span.start..span.end]
    }
}

/// `&src[span]`, out of line: one copy of the slice's bound and char
/// boundary tests, which each `&src[span]` inlines. For the rules that run
/// on a few lines a document (the head, the foot, the metadata), whose
/// size, not their instruction count, is what they cost.
#[inline(never)]
pub(crate) fn text_at(src: &str, span: Span) -> &str {
    &src[span]
}

/// A position in the text: line and column, both counted from 1.
///
/// The column counts chars (Unicode scalar values), not bytes, so
/// `一、` puts the title at column 3.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Location {
    /// Line number, from 1.
    pub line: usize,
    /// Column in chars, from 1.
    pub column: usize,
}

/// Turns byte offsets into [`Location`]s.
///
/// Lines end at `\n`, `\r\n` or a lone `\r`, as in the parser.
///
/// ```
/// use gongwen::LineIndex;
/// let text = "标题\r\n一、总体情况\n";
/// let index = LineIndex::new(text);
/// let offset = text.find("总体").unwrap();
/// let at = index.location(text, offset);
/// assert_eq!((at.line, at.column), (2, 3));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct LineIndex {
    /// Byte offset where each line starts; the first is always 0.
    starts: Vec<usize>,
}

impl LineIndex {
    /// Index the line starts of `text`.
    pub fn new(text: &str) -> LineIndex {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        // Line breaks are rare bytes: found by a SIMD search, not byte by byte.
        for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            if bytes[i] == b'\n' || bytes.get(i + 1) != Some(&b'\n') {
                starts.push(i + 1);
            }
        }
        LineIndex { starts }
    }

    /// Number of lines (an empty text has one, empty, line).
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// The location of byte `offset` in `text`, which must be the text the
    /// index was built from. Offsets past the end, or inside a char, are
    /// moved back to the nearest char boundary.
    pub fn location(&self, text: &str, offset: usize) -> Location {
        let offset = floor_char_boundary(text, offset);
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line].min(offset);
        let column = text[start..offset].chars().count() + 1;
        Location { line: line + 1, column }
    }
}

/// `offset` moved back to the nearest char boundary of `text` (and to its
/// end when past it): where [`LineIndex::location`] and [`locate`] place
/// an offset that falls inside a char.
fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Give each of `items` the location of its offset in `text`, as
/// [`LineIndex::location`] gives it, without building an index: for the
/// few places of a report's diagnostics. One walk from the start to the
/// offsets in order, counting line breaks with folds the compiler
/// vectorizes, rather than a vector of every line start. Items out of
/// order are visited through a vector of their indices, sorted.
pub(crate) fn locate<T>(
    text: &str,
    items: &mut [T],
    offset: impl Fn(&T) -> usize,
    mut set: impl FnMut(&mut T, Location),
) {
    let mut walk = Walk { pos: 0, line: 1, start: 0 };
    if items.is_sorted_by_key(&offset) {
        for item in items {
            set(item, walk.to(text, offset(item)));
        }
    } else {
        let mut order: Vec<usize> = (0..items.len()).collect();
        order.sort_by_key(|&k| offset(&items[k]));
        for k in order {
            let at = walk.to(text, offset(&items[k]));
            set(&mut items[k], at);
        }
    }
}

/// A walk over a text to offsets in increasing order: `line` lines start
/// in `text[..pos]`, the last of them at `start`.
struct Walk {
    pos: usize,
    line: usize,
    start: usize,
}

impl Walk {
    /// The location of `offset`, not before the last offset asked.
    fn to(&mut self, text: &str, offset: usize) -> Location {
        let bytes = text.as_bytes();
        let offset = floor_char_boundary(text, offset);
        let pos = self.pos;
        // A line starts after each `\n`, and after each `\r` no `\n` follows:
        // (number of `\n`) + (number of `\r`) - (number of `\r\n`).
        // Counted by SIMD searches: a text with many diagnostics is walked
        // through once, but a byte-by-byte count cost a dozen instructions
        // a byte.
        let part = &bytes[pos..offset];
        let lf = memchr::memchr_iter(b'\n', part).count();
        let cr = memchr::memchr_iter(b'\r', part).count();
        let crlf = if cr == 0 {
            0
        } else {
            // A `\r` of the part whose `\n` is the byte at `offset` counts.
            // (Each `\r` tested in place: a `memmem` search builds its
            // searcher, a kilobyte and a half of code, for these few walks.)
            memchr::memchr_iter(b'\r', part).filter(|&j| bytes.get(pos + j + 1) == Some(&b'\n')).count()
        };
        if lf + cr > crlf {
            self.line += lf + cr - crlf;
            // The last start: after the last break before `offset`, passing
            // a `\r` whose `\n` is at `offset` (that `\r` starts no line).
            let mut end = offset;
            self.start = loop {
                let j = memchr::memrchr2(b'\n', b'\r', &bytes[pos..end]).map(|j| pos + j);
                match j {
                    Some(j) if bytes[j] == b'\r' && bytes.get(j + 1) == Some(&b'\n') => end = j,
                    Some(j) => break j + 1,
                    None => break self.start,
                }
            };
        }
        self.pos = offset;
        Location { line: self.line, column: text[self.start..offset].chars().count() + 1 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn span_indexes_str_and_converts_to_range() {
        let text = "（一）加强领导";
        let span = Span::new(0, 9);
        assert_eq!(&text[span], "（一）");
        let range: Range<usize> = span.into();
        assert_eq!(range, 0..9);
    }

    #[test]
    fn reversed_span_is_clamped_to_empty() {
        assert!(Span::new(5, 2).is_empty());
    }

    #[test]
    fn line_index_handles_lf_crlf_and_lone_cr() {
        let text = "a\nb\r\nc\rd";
        let index = LineIndex::new(text);
        assert_eq!(index.line_count(), 4);
        assert_eq!(index.location(text, 0), Location { line: 1, column: 1 });
        assert_eq!(index.location(text, 2), Location { line: 2, column: 1 });
        assert_eq!(index.location(text, 5), Location { line: 3, column: 1 });
        assert_eq!(index.location(text, 7), Location { line: 4, column: 1 });
    }

    #[test]
    fn columns_count_chars_not_bytes() {
        let text = "一、总体";
        let index = LineIndex::new(text);
        assert_eq!(index.location(text, 6).column, 3);
        // inside a char: moved back to its start
        assert_eq!(index.location(text, 7).column, 3);
        // past the end: clamped
        assert_eq!(index.location(text, 999).column, 5);
    }

    #[test]
    fn locate_agrees_with_the_line_index() {
        let texts = ["a\nb\r\nc\rd", "\r\n\r\n一、总\r体\n\n", "甲\r", "", "\n\r\r\n乙", "x\r\n"];
        for text in texts {
            let index = LineIndex::new(text);
            let offsets: Vec<usize> = (0..=text.len() + 2).rev().chain(0..=text.len() + 2).collect();
            let want: Vec<Location> = offsets.iter().map(|&o| index.location(text, o)).collect();
            let mut got: Vec<(usize, Location)> =
                offsets.iter().map(|&o| (o, Location { line: 0, column: 0 })).collect();
            locate(text, &mut got, |g| g.0, |g, at| g.1 = at);
            assert_eq!(got.iter().map(|g| g.1).collect::<Vec<_>>(), want, "{text:?}");
            // In order, without the sort: the same places.
            let mut sorted = got.clone();
            sorted.sort_by_key(|g| g.0);
            let mut again: Vec<(usize, Location)> =
                sorted.iter().map(|g| (g.0, Location { line: 0, column: 0 })).collect();
            locate(text, &mut again, |g| g.0, |g, at| g.1 = at);
            assert_eq!(again, sorted, "{text:?}");
        }
    }

    proptest::proptest! {
        /// Any mix of breaks, at every offset in order: the walk's counts
        /// agree with the line index.
        #[test]
        fn locate_agrees_with_the_line_index_on_any_breaks(text in "[a\r\n甲]{0,24}") {
            let index = LineIndex::new(&text);
            let mut got: Vec<(usize, Location)> =
                (0..=text.len() + 1).map(|o| (o, Location { line: 0, column: 0 })).collect();
            locate(&text, &mut got, |g| g.0, |g, at| g.1 = at);
            for (o, at) in got {
                proptest::prop_assert_eq!(at, index.location(&text, o), "offset {}", o);
            }
        }
    }
}
