//! Chunks for search and retrieval: the body of a report cut into pieces
//! of at most a given number of chars, along sentence ends, each with its
//! section path, span and part kind.
//!
//! The rules, each tested below:
//!
//! - a chunk never crosses a top-level section (the preamble counts as one);
//! - a chunk is cut only at a sentence end (`。！？；;!?`, with any closing
//!   quote or bracket after it) or between paragraphs, unless one sentence
//!   alone is longer than the limit: then it is cut after a `，`/`、`/`：`
//!   where one falls in the limit, else at the limit;
//! - a chunk holds at most `max_chars` chars (Unicode scalar values; the
//!   `\n` between paragraphs counts as one);
//! - clutter, blank lines, title lines, the addressee and the signature are
//!   left out; headings are kept, so the chunk reads as the report does;
//! - a chunk's `path` is the path of the deepest section holding all of
//!   it (`一、主要举措 / （二）强化监督`); its `kind` is the part kind of
//!   its top-level section.
//!
//! ```
//! let doc = gongwen::parse("一、主要举措和成效\n（一）强化领导。全年办件30件。\n二、下一年度主要安排\n继续推进。\n");
//! let chunks: Vec<_> = doc.chunks(200).collect();
//! assert_eq!(chunks.len(), 2);
//! assert_eq!(chunks[0].text, "一、主要举措和成效\n（一）强化领导。全年办件30件。");
//! assert_eq!(chunks[0].kind, Some(gongwen::PartKind::Measures));
//! assert_eq!(chunks[1].path, "二、下一年度主要安排");
//! assert_eq!(doc.text(chunks[1].span), "二、下一年度主要安排\n继续推进。");
//! ```

use crate::document::Document;
use crate::span::Span;
use crate::syntax::tree::{paragraphs_of, PartKind, Section};
#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// A piece of a report's body for a search index. See [`Document::chunks`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Chunk {
    /// The text: pieces of the source, paragraphs joined by `\n`.
    pub text: String,
    /// From the start of the first piece to the end of the last, in the
    /// source (it may cover left-out clutter between them).
    pub span: Span,
    /// The path of the deepest section holding the whole chunk, markers
    /// and titles joined by ` / `; empty in the preamble.
    pub path: String,
    /// The part kind of the chunk's top-level section.
    pub kind: Option<PartKind>,
    /// The index of the top-level section in [`Document::sections`];
    /// `None` in the preamble.
    pub section: Option<usize>,
}

/// A run of text a chunk takes from: a heading line or a paragraph.
struct Unit {
    span: Span,
    /// The sections above it (and its own, for a heading), as walk numbers.
    path: Vec<usize>,
}

impl Document {
    /// The body cut into [`Chunk`]s of at most `max_chars` chars (see
    /// [the rules](crate::chunk)). `max_chars` of 0 is taken as 1.
    pub fn chunks(&self, max_chars: usize) -> impl Iterator<Item = Chunk> + '_ {
        let max = max_chars.max(1);
        let preamble = {
            let units = self.preamble().map(|p| Unit { span: p.text, path: Vec::new() }).collect();
            chunk_units(self, units, max, None, &[])
        };
        let sections = self.sections().iter().enumerate().flat_map(move |(i, top)| {
            let mut names: Vec<String> = Vec::new();
            let units = section_units(top, &mut names);
            chunk_units(self, units, max, Some((i, top.kind)), &names)
        });
        preamble.into_iter().chain(sections)
    }
}

/// The heading lines and paragraphs of a top-level section in order; the
/// sections' names (marker and title) go into `names`, by walk number.
fn section_units(top: &Section, names: &mut Vec<String>) -> Vec<Unit> {
    let mut units = Vec::new();
    let mut path: Vec<usize> = Vec::new();
    for s in top.walk() {
        path.truncate(s.depth);
        path.push(names.len());
        names.push(format!("{}{}", s.heading.marker.text, s.heading.title));
        // The heading line with its run-in body: one line of the source.
        units.push(Unit { span: s.heading.text_span(), path: path.clone() });
        for p in paragraphs_of(&s.body) {
            units.push(Unit { span: p.text, path: path.clone() });
        }
    }
    units.retain(|u| !u.span.is_empty());
    units
}

/// A piece of a unit: a sentence, or part of one too long for a chunk.
struct Piece {
    unit: usize,
    span: Span,
    chars: usize,
}

fn chunk_units(
    doc: &Document,
    units: Vec<Unit>,
    max: usize,
    top: Option<(usize, Option<PartKind>)>,
    names: &[String],
) -> Vec<Chunk> {
    let mut pieces = Vec::new();
    for (u, unit) in units.iter().enumerate() {
        for span in sentences(doc.source(), unit.span) {
            split_long(doc.source(), span, max, &mut |span, chars| pieces.push(Piece { unit: u, span, chars }));
        }
    }
    let mut out = Vec::new();
    let mut current: Vec<&Piece> = Vec::new();
    let mut chars = 0;
    for piece in &pieces {
        let joiner = usize::from(current.last().is_some_and(|last| last.unit != piece.unit));
        if !current.is_empty() && chars + joiner + piece.chars > max {
            out.push(make_chunk(doc, &units, &current, top, names));
            current.clear();
            chars = 0;
        }
        let joiner = usize::from(current.last().is_some_and(|last| last.unit != piece.unit));
        chars += joiner + piece.chars;
        current.push(piece);
    }
    if !current.is_empty() {
        out.push(make_chunk(doc, &units, &current, top, names));
    }
    out
}

fn make_chunk(
    doc: &Document,
    units: &[Unit],
    pieces: &[&Piece],
    top: Option<(usize, Option<PartKind>)>,
    names: &[String],
) -> Chunk {
    let mut text = String::new();
    let mut last_unit = None;
    for p in pieces {
        if last_unit.is_some_and(|u| u != p.unit) {
            text.push('\n');
        }
        text.push_str(doc.text(p.span));
        last_unit = Some(p.unit);
    }
    // The longest path prefix that every piece's unit shares.
    let first = &units[pieces[0].unit].path;
    let common = pieces.iter().fold(first.len(), |n, p| {
        let other = &units[p.unit].path;
        first.iter().zip(other).take(n).take_while(|(a, b)| a == b).count()
    });
    let path = first[..common].iter().map(|&k| names[k].as_str()).collect::<Vec<_>>().join(" / ");
    let span = Span::new(pieces[0].span.start, pieces[pieces.len() - 1].span.end);
    Chunk { text, span, path, kind: top.and_then(|t| t.1), section: top.map(|t| t.0) }
}

/// Chars that end a sentence.
const ENDS: [char; 7] = ['。', '！', '？', '；', ';', '!', '?'];
/// Chars that may close a sentence after its end: quotes and brackets.
const CLOSERS: [char; 8] = ['”', '’', '」', '』', '）', ')', '》', '"'];

/// The sentences of the text at `span`, as spans: each runs to a sentence
/// end and the closers after it; the last to the end of the text.
fn sentences(source: &str, span: Span) -> Vec<Span> {
    let text = &source[span.range()];
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !ENDS.contains(&c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, next)) = chars.peek() {
            if !CLOSERS.contains(&next) {
                break;
            }
            end = j + next.len_utf8();
            chars.next();
        }
        out.push(Span::new(span.start + start, span.start + end));
        start = end;
    }
    if start < text.len() {
        out.push(Span::new(span.start + start, span.end));
    }
    out
}

/// Chars after which a sentence too long for a chunk is best cut.
const SOFT_BREAKS: [char; 5] = ['，', '、', '：', ',', ':'];

/// Give `span` to `emit` whole if it fits in `max` chars, else in pieces of
/// at most `max` chars, each cut after the last soft break within the
/// limit, or at the limit if there is none.
fn split_long(source: &str, span: Span, max: usize, emit: &mut impl FnMut(Span, usize)) {
    let mut start = span.start;
    loop {
        let text = &source[start..span.end];
        let total = text.chars().count();
        if total <= max {
            if total > 0 {
                emit(Span::new(start, span.end), total);
            }
            return;
        }
        let mut cut = None; // (byte end, chars) of the last soft break in the limit
        let mut limit = text.len();
        for (n, (i, c)) in text.char_indices().enumerate() {
            if n == max {
                limit = i;
                break;
            }
            if SOFT_BREAKS.contains(&c) {
                cut = Some((i + c.len_utf8(), n + 1));
            }
        }
        let (end, chars) = cut.unwrap_or((limit, max));
        emit(Span::new(start, start + end), chars);
        start += end;
    }
}

#[cfg(test)]
mod tests {
    use crate::PartKind;

    const TEXT: &str = "某县2024年度法治政府建设情况报告\n\
        县委、县政府：\n\
        现将有关情况报告如下。\n\
        一、主要举措和成效\n\
        （一）强化领导。全年办件30件。受理投诉12件。\n\
        来源：县政府\n\
        （二）严格执法\n\
        办结案件12件。开展培训“三次”。\n\
        二、存在的不足和原因\n\
        基层力量薄弱。\n\
        某县人民政府\n\
        2025年3月5日\n";

    fn chunks(max: usize) -> (crate::Document, Vec<crate::Chunk>) {
        let doc = crate::parse(TEXT);
        let chunks = doc.chunks(max).collect();
        (doc, chunks)
    }

    #[test]
    fn a_chunk_never_crosses_a_top_level_section() {
        let (doc, all) = chunks(10_000);
        let texts: Vec<&str> = all.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "现将有关情况报告如下。",
                "一、主要举措和成效\n（一）强化领导。全年办件30件。受理投诉12件。\n（二）严格执法\n办结案件12件。开展培训“三次”。",
                "二、存在的不足和原因\n基层力量薄弱。",
            ]
        );
        assert_eq!(all.iter().map(|c| c.section).collect::<Vec<_>>(), [None, Some(0), Some(1)]);
        for c in &all[1..] {
            let top = &doc.sections()[c.section.unwrap()];
            assert!(top.span.contains(c.span), "{c:?}");
        }
    }

    #[test]
    fn clutter_title_addressee_and_signature_are_left_out() {
        let (_, all) = chunks(10_000);
        for c in &all {
            for left_out in ["来源", "县委、县政府", "建设情况报告", "某县人民政府", "2025年3月5日"]
            {
                assert!(!c.text.contains(left_out), "{left_out} in {c:?}");
            }
        }
    }

    #[test]
    fn chunks_are_cut_at_sentence_ends_and_hold_the_limit() {
        for max in [12, 16, 20, 30, 45] {
            let (doc, all) = chunks(max);
            for c in &all {
                assert!(c.text.chars().count() <= max, "{max}: {c:?}");
                // Every chunk ends at a sentence end or a paragraph end (no
                // sentence here is longer than 11 chars).
                let at_end = c.text.ends_with(['。', '”']) || doc.source()[c.span.end..].starts_with('\n');
                assert!(at_end, "{max}: cut inside a sentence: {c:?}");
            }
            // Nothing of the body is lost: the chunks hold every sentence.
            let joined: String = all.iter().map(|c| c.text.replace('\n', "")).collect();
            assert!(joined.contains("受理投诉12件。") && joined.contains("开展培训“三次”。"), "{max}");
        }
    }

    #[test]
    fn a_closing_quote_stays_with_its_sentence() {
        let doc = crate::parse("一、总体情况\n他说：“要依法办事。”会后落实。\n");
        let all: Vec<_> = doc.chunks(12).collect();
        assert!(all.iter().any(|c| c.text.ends_with("要依法办事。”")), "{all:?}");
    }

    #[test]
    fn a_sentence_longer_than_the_limit_is_cut_at_a_comma_or_the_limit() {
        let doc = crate::parse("一、总体情况\n甲乙丙丁戊己，庚辛壬癸子丑寅卯辰巳午未。\n");
        let all: Vec<_> = doc.chunks(8).collect();
        let texts: Vec<&str> = all.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(texts, ["一、总体情况", "甲乙丙丁戊己，", "庚辛壬癸子丑寅卯", "辰巳午未。"]);
        for c in &all {
            assert_eq!(doc.text(c.span), c.text, "single-paragraph chunks are source slices");
        }
    }

    #[test]
    fn chunks_carry_path_span_and_kind() {
        let (doc, all) = chunks(20);
        let first = all.iter().find(|c| c.text.contains("全年办件")).unwrap();
        assert_eq!(first.path, "一、主要举措和成效 / （一）强化领导");
        assert_eq!(first.kind, Some(PartKind::Measures));
        let heading = &all[1];
        assert!(heading.text.starts_with("一、主要举措和成效"), "{heading:?}");
        assert_eq!(heading.path, "一、主要举措和成效", "a chunk over two sections has their common path");
        let weak = all.iter().find(|c| c.text.contains("基层力量薄弱")).unwrap();
        assert_eq!(weak.kind, Some(PartKind::Shortcomings));
        for c in &all {
            let source = doc.text(c.span);
            // The span runs from the chunk's first char to its last.
            assert!(source.starts_with(c.text.lines().next().unwrap()), "{c:?}");
            assert!(source.ends_with(c.text.lines().last().unwrap()), "{c:?}");
        }
        assert_eq!(all[0].path, "", "the preamble has no path");
    }

    #[test]
    fn odd_limits_and_inputs_never_panic() {
        for text in ["", "\n\n", "一、", "。。。", "一、甲\n\u{0}\n", TEXT] {
            let doc = crate::parse(text);
            for max in [0, 1, 2, 3, 1000] {
                for c in doc.chunks(max) {
                    assert!(c.text.chars().count() <= max.max(1), "{text:?} {max}: {c:?}");
                    assert!(!c.text.is_empty());
                }
            }
        }
    }
}
