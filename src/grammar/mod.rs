//! The report grammar (private): text → lines → blocks and headings.
//!
//! ```text
//! report      ::= bom? front section* back
//! front       ::= (clutter | blank)* title_block? addressee? (paragraph | clutter | blank)*
//! section     ::= heading (paragraph | clutter | blank)* section*
//! back        ::= (signature | clutter | blank)*               (from the foot upwards)
//! ```
//!
//! One forward pass over the lines. Each construct has its own module
//! (`marker`, `heading`, `item`, `clutter`, `title`, `signature`, `date`);
//! this one decides, line by line, which applies. Headings are accepted on
//! the evidence of their ordinal sequence (see [`crate::outline`]), and a
//! marker after `。` inside a line starts a heading only when it continues
//! that sequence (flattened text).

mod clutter;
pub(crate) mod date;
mod heading;
mod item;
mod line;
mod marker;
pub(crate) mod script;
mod signature;
mod title;
pub(crate) mod words;

use crate::diagnostic::{Diagnostic, Rule};
use crate::document::Document;
use crate::outline::{Outline, StyleRanks};
use crate::span::Span;
use crate::tree::{Block, Clutter, Heading, Line, Marker, MarkerStyle, Paragraph, Section, SignatureLine};
use crate::SmallString;
use item::ItemState;
use line::RawLine;
use marker::RawMarker;
use std::sync::Arc;

pub(crate) use clutter::source_field;
pub(crate) use marker::cn_digit_value;
pub(crate) use title::{issuer_names, signature_issuers, title_issuers};

/// Chars after which a marker inside a line may start a heading.
#[cfg(test)]
const INLINE_LEADS: [char; 6] = ['。', '：', ':', '！', '？', '；'];

/// A line longer than this (in bytes) is taken as flattened text, where a
/// weak marker (`1.`) starting its sequence inside the line is a heading.
const FLATTENED_LINE: usize = 1800;

/// Parse `source`, which the document keeps: borrowed text is copied once,
/// owned text is moved in.
pub(crate) fn parse_document(source: std::borrow::Cow<'_, str>) -> Document {
    let text: &str = &source;
    let bom = text.starts_with('\u{feff}').then(|| Span::new(0, 3));
    let mut lines = line::split(text, bom.map_or(0, |b| b.end));
    let back = signature::find_back(text, &lines);
    let (body_lines, back_lines) = lines.split_at_mut(back.start);
    let mut back_blocks = Vec::new();
    // Flattened text: a signature glued to the end of the last line.
    let has_date =
        back.roles.iter().any(|r| matches!(r, signature::BackRole::Date | signature::BackRole::IssuerDate(_)));
    // The date of the signature's date line, if read here (one at most).
    let mut signed = back.signed;
    if let (false, Some(last)) = (has_date, body_lines.last_mut()) {
        if let Some((issuer_at, date_at, date)) = signature::glued_tail(&text[last.text]) {
            signed = date;
            let base = last.text.start;
            let (cut, date_at) = (base + issuer_at, base + date_at);
            if cut < date_at {
                let issuer = line::trim(text, Span::new(cut, date_at));
                back_blocks.push(signature_line_at(
                    Span::new(cut, date_at),
                    issuer,
                    crate::tree::SignatureRole::Issuer,
                ));
            }
            let date = Span::new(date_at, last.text.end);
            back_blocks.push(signature_line_at(
                Span::new(date_at, last.full.end),
                date,
                crate::tree::SignatureRole::Date,
            ));
            *last = RawLine {
                full: Span::new(last.full.start, cut),
                text: line::trim(text, Span::new(last.text.start, cut)),
            };
        }
    }

    // Each line's leading marker, read once for both passes.
    let line_markers: Vec<Option<RawMarker>> = body_lines.iter().map(|l| marker::marker(&text[l.text])).collect();
    let ranks = StyleRanks::from_first_appearance(line_markers.iter().flatten().map(|m| (m.style, m.ordinal)));

    let mut p = Parser {
        src: text,
        front: Vec::new(),
        outline: Outline::new(ranks),
        diagnostics: Vec::new(),
        items: ItemState::default(),
    };
    if ranks.by_appearance {
        p.diagnostics.push(Diagnostic::new(
            Rule::StyleOrder,
            Span::empty(0),
            "heading styles are not in gb/t 9704 order; nested by first appearance",
        ));
    }
    let first_body = p.front_matter(body_lines, &line_markers);
    for (l, m) in body_lines[first_body..].iter().zip(&line_markers[first_body..]) {
        p.line(l, *m);
    }
    for (l, role) in back_lines.iter().zip(&back.roles) {
        signature::blocks(text, l, *role, &mut back_blocks);
    }
    let Parser { front, outline, mut diagnostics, .. } = p;
    let mut sections = outline.finish();
    if sections.is_empty() && !text.trim().is_empty() {
        diagnostics.push(Diagnostic::new(Rule::NoHeadings, Span::empty(0), "no heading found"));
    }
    if let Some(at) = first_control_char(text) {
        let len = text[at..].chars().next().map_or(1, char::len_utf8);
        diagnostics.push(Diagnostic::new(Rule::ControlChar, Span::new(at, at + len), "control character in text"));
    }
    // Copied last (the tree is built on the borrowed text), and shared, so
    // that long titles and labels can be slices of it.
    let source = Arc::new(source.into_owned());
    fill_titles(&source, &mut sections);
    let mut doc = Document {
        source,
        bom,
        front,
        sections,
        back: back_blocks,
        metadata: Default::default(),
        diagnostics,
        indicators: Default::default(),
        encoding: Default::default(),
        genre: Default::default(),
    };
    doc.metadata = crate::meta::extract(&doc, signed);
    crate::parts::annotate(&mut doc);
    doc
}

/// Give every heading the title its span holds: short ones inline, long
/// ones as slices of the shared source.
fn fill_titles(source: &Arc<String>, sections: &mut [Section]) {
    for s in sections {
        s.heading.title = SmallString::slice_of(source, s.heading.title_span.range());
        // Recursion: a section's depth is at most the number of marker styles.
        fill_titles(source, &mut s.children);
    }
}

struct Parser<'s> {
    src: &'s str,
    front: Vec<Block>,
    outline: Outline,
    diagnostics: Vec<Diagnostic>,
    items: ItemState,
}

impl<'s> Parser<'s> {
    fn push(&mut self, block: Block) {
        if let Some(block) = self.outline.push_block(block) {
            self.front.push(block);
        }
    }

    /// Clutter, blanks, title lines and the addressee at the top. Returns
    /// the index of the first line left for the body pass.
    fn front_matter(&mut self, lines: &[RawLine], markers: &[Option<RawMarker>]) -> usize {
        let src = self.src;
        let mut title_lines = 0;
        let mut title_done = false;
        let mut has_genre = false;
        let mut seen_title: Vec<&str> = Vec::new();
        for (k, l) in lines.iter().enumerate() {
            let text = &src[l.text];
            if l.is_blank() {
                self.front.push(Block::Blank { span: l.full });
                continue;
            }
            if let Some(kind) = clutter::classify(text) {
                self.front.push(Block::Clutter(Clutter { span: l.full, text: l.text, kind }));
                continue;
            }
            if clutter::bare_datetime(text) || (title_lines > 0 && !title_done && date::whole_date(text).is_some()) {
                self.front.push(Block::Clutter(Clutter {
                    span: l.full,
                    text: l.text,
                    kind: crate::ClutterKind::Published,
                }));
                continue;
            }
            if markers[k].is_some_and(|m| m.ordinal == 1 || m.style == MarkerStyle::ChineseComma) {
                return k;
            }
            if !title_done && title_lines < 4 {
                let repeat = seen_title.contains(&text);
                let next_is_title = || {
                    lines[k + 1..]
                        .iter()
                        .find(|n| !n.is_blank())
                        .is_some_and(|n| title::is_title_line(&src[n.text]) && title::names_genre(&src[n.text]))
                };
                // A title wrapped over two lines: the first part names a year
                // or opens with 关于, and the next line completes it.
                let completes_next = || (words::contains(text, "关于") || text.contains('年')) && next_is_title();
                // A short label above the title is the site's column name.
                if title_lines == 0
                    && title::is_title_line(text)
                    && text.chars().count() <= 20
                    && !title::names_genre(text)
                    && !title::is_issuer_line(text)
                    && !completes_next()
                    && next_is_title()
                {
                    let kind = crate::ClutterKind::Column;
                    self.front.push(Block::Clutter(Clutter { span: l.full, text: l.text, kind }));
                    continue;
                }
                let candidate = title::is_title_line(text)
                    && (title_lines == 0 || repeat || !has_genre)
                    && (title::names_genre(text) || title::is_issuer_line(text) || repeat || completes_next());
                if candidate {
                    has_genre |= title::names_genre(text);
                    seen_title.push(text);
                    title_lines += 1;
                    self.front.push(Block::Title(Line { span: l.full, text: l.text }));
                    continue;
                }
                if title_lines == 0 {
                    if let Some(n) = title::glued_title_len(text) {
                        let split = l.text.start + n;
                        self.front.push(Block::Title(Line {
                            span: Span::new(l.full.start, split),
                            text: Span::new(l.text.start, split),
                        }));
                        self.content(l, split, marker::marker(&src[split..l.text.end]));
                        return k + 1;
                    }
                }
            }
            title_done = true;
            if title::is_addressee(text) {
                self.front.push(Block::Addressee(Line { span: l.full, text: l.text }));
                continue;
            }
            return k;
        }
        lines.len()
    }

    /// A body line, with the marker it starts with.
    fn line(&mut self, l: &RawLine, leading: Option<RawMarker>) {
        let text = &self.src[l.text];
        if l.is_blank() {
            self.push(Block::Blank { span: l.full });
        } else if let Some(kind) = clutter::classify(text) {
            self.push(Block::Clutter(Clutter { span: l.full, text: l.text, kind }));
        } else {
            self.content(l, l.text.start, leading);
        }
    }

    /// Is a marker at `at` a heading? Inline markers (after `。` inside a
    /// line) need to continue their sequence.
    fn accepts(&self, m: &RawMarker, inline: bool, line_len: usize) -> bool {
        let strong = matches!(m.style, MarkerStyle::Part | MarkerStyle::ChineseComma | MarkerStyle::ChineseParen);
        let exp = self.outline.expect(m.style);
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
        if continues || runs_on || strong {
            return true;
        }
        // A weak style: a repeat or a gap of one inside a running sequence.
        exp.previous.is_some_and(|p| m.ordinal == p || m.ordinal == p + 2)
    }

    /// A content line from `from` (its text start, or after a glued title),
    /// and the marker that `from` starts with.
    fn content(&mut self, l: &RawLine, from: usize, leading: Option<RawMarker>) {
        let src = self.src;
        let line_end = l.text.end;
        let line_len = l.text.len();
        let mut seg_full_start = if from == l.text.start { l.full.start } else { from };
        let mut seg_start = from;
        let mut seg_marker = leading.filter(|m| self.accepts(m, false, line_len));
        if let Some(m) = seg_marker {
            self.open_heading(seg_full_start, seg_start, &m, false);
        }
        let mut scan = seg_start + seg_marker.map_or(0, |m| m.len);
        loop {
            let next = inline_leads(&src[scan..line_end]).find_map(|(i, len)| {
                let q = heading::skip_ws(src, scan + i + len, line_end);
                let m = marker::marker(&src[q..line_end])?;
                Some((q, m))
            });
            let Some((q, m)) = next else { break };
            if self.accepts(&m, true, line_len) {
                self.finish_segment(seg_full_start, seg_start, q, q, seg_marker);
                seg_full_start = q;
                seg_start = q;
                seg_marker = Some(m);
                self.open_heading(q, q, &m, true);
                scan = q + m.len;
            } else {
                scan = q;
            }
        }
        self.finish_segment(seg_full_start, seg_start, line_end, l.full.end, seg_marker);
    }

    fn open_heading(&mut self, full_start: usize, at: usize, m: &RawMarker, inline: bool) {
        let span = Span::new(at, at + m.len);
        let marker = Marker { style: m.style, ordinal: m.ordinal, text: SmallString::new(&self.src[span]), span };
        if m.mixed_brackets {
            self.diagnostics.push(Diagnostic::new(
                Rule::MixedBrackets,
                span,
                format!("{} mixes bracket widths", marker.text),
            ));
        }
        let heading = Heading {
            span: Span::new(full_start, span.end),
            marker,
            title: SmallString::default(),
            title_span: Span::empty(span.end),
            terminator: None,
            body: None,
            inline,
        };
        self.items = ItemState::default();
        self.outline.open(heading, &mut self.diagnostics);
    }

    /// Close the segment `[full_start, full_end)` whose text is
    /// `[start, text_end)`: fill in the open heading, or push a paragraph.
    fn finish_segment(
        &mut self,
        full_start: usize,
        start: usize,
        text_end: usize,
        full_end: usize,
        m: Option<RawMarker>,
    ) {
        let src = self.src;
        match m {
            Some(m) => {
                let after = heading::skip_ws(src, start + m.len, text_end);
                let mut parts = heading::split(src, after, text_end);
                let inline = self.outline.current_heading().is_some_and(|h| h.inline);
                if inline {
                    if let Some(cut) = heading::glued_title_end(&src[parts.title]) {
                        let cut = parts.title.start + cut;
                        let body_end = parts.body.or(parts.terminator).map_or(parts.title.end, |b| b.end);
                        parts.body = Some(Span::new(cut, body_end));
                        parts.title = Span::new(parts.title.start, cut);
                        parts.terminator = None;
                    }
                }
                let body = parts.body.map(|b| {
                    let items = item::find(&src[b], b.start, &mut self.items);
                    Paragraph { span: Span::new(b.start, full_end), text: b, items }
                });
                if let Some(h) = self.outline.current_heading() {
                    h.span = Span::new(full_start, full_end);
                    // The title itself is filled in by `fill_titles`.
                    h.title_span = parts.title;
                    h.terminator = parts.terminator;
                    h.body = body;
                }
            }
            None => {
                let text = line::trim(src, Span::new(start, text_end));
                let items = item::find(&src[text], text.start, &mut self.items);
                self.push(Block::Paragraph(Paragraph { span: Span::new(full_start, full_end), text, items }));
            }
        }
    }
}

/// The offset of the first control char other than a line break or tab:
/// C0 and DEL are single bytes, C1 (U+0080..U+009F) is 0xC2 0x80..0x9F.
fn first_control_char(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let is_control_at = |i: usize| {
        let b = bytes[i];
        (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t'))
            || b == 0x7F
            || (b == 0xC2 && bytes.get(i + 1).is_some_and(|n| (0x80..=0x9F).contains(n)))
    };
    // This runs over every byte of every report, so chunks are first tested
    // with a branch-free fold the compiler vectorizes; only a chunk holding
    // a suspect byte is looked at byte by byte. The first fold lets `\r` and
    // `\t` through (two compares fewer per byte): they are rare but for CRLF
    // text, whose chunks with a `\r` are folded again with the exact test.
    const CHUNK: usize = 64;
    // A whole chunk is folded as a fixed-size array: with the length known
    // the compiler unrolls the fold into vector compares.
    let is_rough = |b: u8| ((b < 0x20) & (b != b'\n')) | (b == 0x7F) | (b == 0xC2);
    let is_suspect = |b: u8| ((b < 0x20) & (b != b'\n') & (b != b'\r') & (b != b'\t')) | (b == 0x7F) | (b == 0xC2);
    let folds = |w: &[u8; CHUNK]| {
        w.iter().fold(false, |any, &b| any | is_rough(b)) && w.iter().fold(false, |any, &b| any | is_suspect(b))
    };
    for (k, chunk) in bytes.chunks(CHUNK).enumerate() {
        let suspect = match <&[u8; CHUNK]>::try_from(chunk) {
            Ok(full) => folds(full),
            // The short last chunk: fold the last whole chunk's worth of the
            // text instead. What it shares with earlier chunks holds no
            // control char (they were looked at), so only the rest is read.
            Err(_) => match bytes.last_chunk::<CHUNK>() {
                Some(last) => folds(last),
                None => chunk.iter().any(|&b| is_suspect(b)),
            },
        };
        if suspect {
            let base = k * CHUNK;
            if let Some(i) = (base..base + chunk.len()).find(|&i| is_control_at(i)) {
                return Some(i);
            }
        }
    }
    None
}

/// Positions and lengths of the chars of `INLINE_LEADS` in `text`: `:`, or
/// the three bytes of `。` `：` `！` `？` `；`, found with `memchr3`.
fn inline_leads(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = text.as_bytes();
    let mut from = 0;
    std::iter::from_fn(move || loop {
        let i = from + find_lead_byte(bytes.get(from..)?)?;
        from = i + 1;
        // `。` is found by its last byte, the others by their first.
        if let [.., 0xE3, 0x80, 0x82] = bytes[..=i] {
            return Some((i - 2, 3));
        }
        match bytes[i..] {
            [b':', ..] => return Some((i, 1)),
            [0xEF, 0xBC, 0x9A | 0x81 | 0x9F | 0x9B, ..] => return Some((i, 3)),
            _ => {}
        }
    })
}

/// The first `:`, 0x82 or EF byte of `bytes`: `。` is E3 80 82, and the
/// full-width `：！？；` open with EF. The last byte of `。` rather than its
/// first, E3, which also opens `、` and `《》`: there are fewer stops. This
/// stops at every `，` of a report, so the searcher is built once:
/// `memchr3` picks its implementation for the CPU on each call.
fn find_lead_byte(bytes: &[u8]) -> Option<usize> {
    #[cfg(target_arch = "x86_64")]
    {
        use memchr::arch::x86_64::avx2::memchr::Three;
        static AVX2: once_cell::sync::Lazy<Option<Three>> = once_cell::sync::Lazy::new(|| Three::new(b':', 0x82, 0xEF));
        if let Some(three) = AVX2.as_ref() {
            return three.find(bytes);
        }
    }
    memchr::memchr3(b':', 0x82, 0xEF, bytes)
}

/// A signature line block.
fn signature_line(l: &RawLine, role: crate::tree::SignatureRole) -> Block {
    signature_line_at(l.full, l.text, role)
}

fn signature_line_at(span: Span, text: Span, role: crate::tree::SignatureRole) -> Block {
    Block::Signature(SignatureLine { span, text, role })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `inline_leads` as first written, on `memchr3_iter`.
    fn inline_leads_reference(text: &str) -> Vec<(usize, usize)> {
        let bytes = text.as_bytes();
        memchr::memchr3_iter(b':', 0xE3, 0xEF, bytes)
            .filter_map(|i| match bytes[i..] {
                [b':', ..] => Some((i, 1)),
                [0xE3, 0x80, 0x82, ..] | [0xEF, 0xBC, 0x9A | 0x81 | 0x9F | 0x9B, ..] => Some((i, 3)),
                _ => None,
            })
            .collect()
    }

    proptest::proptest! {
        #[test]
        fn inline_leads_agree_with_memchr3_iter(text in "[a:。：！？；，、（）“”一二3丂も傂\u{82}]{0,80}") {
            proptest::prop_assert_eq!(inline_leads(&text).collect::<Vec<_>>(), inline_leads_reference(&text));
        }
    }

    #[test]
    fn inline_leads_finds_exactly_the_lead_chars() {
        let text = "甲。乙：丙:丁！戊？己；庚，辛、壬";
        let found: Vec<char> = inline_leads(text).map(|(i, _)| text[i..].chars().next().unwrap()).collect();
        assert_eq!(found, INLINE_LEADS);
        for (i, len) in inline_leads(text) {
            assert_eq!(text[i..].chars().next().unwrap().len_utf8(), len);
        }
    }

    /// `first_control_char` as first written: every byte in turn.
    fn first_control_char_reference(text: &str) -> Option<usize> {
        let bytes = text.as_bytes();
        (0..bytes.len()).find(|&i| {
            let b = bytes[i];
            (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t'))
                || b == 0x7F
                || (b == 0xC2 && bytes.get(i + 1).is_some_and(|n| (0x80..=0x9F).contains(n)))
        })
    }

    proptest::proptest! {
        #[test]
        fn first_control_char_agrees_with_a_byte_walk(
            text in "[a总。\r\n\t·°\u{a0}]{0,200}[\u{1}\u{7f}\u{85}\u{9f}a\r\t·]?[a总\r\n\t·]{0,100}"
        ) {
            proptest::prop_assert_eq!(first_control_char(&text), first_control_char_reference(&text));
        }
    }

    #[test]
    fn first_control_char_sees_c0_del_and_c1() {
        assert_eq!(first_control_char("一、\t总\n"), None, "tabs and line breaks are not reported");
        assert_eq!(first_control_char("ab\u{0}"), Some(2));
        assert_eq!(first_control_char("a\u{7f}"), Some(1));
        assert_eq!(first_control_char("总\u{85}"), Some(3));
    }

    #[test]
    fn first_control_char_is_found_at_every_offset_across_chunks() {
        // Around the chunk edges, including a C1 char split over two chunks.
        for at in [0, 1, 61, 62, 63, 64, 65, 127, 128, 200] {
            for control in ["\u{1}", "\u{7f}", "\u{85}", "\u{9f}"] {
                let text = format!("{}{control}{}", "a".repeat(at), "b".repeat(70));
                assert_eq!(first_control_char(&text), Some(at), "{control:?} at {at}");
            }
            // Lookalikes: line breaks, tabs, and other chars led by 0xC2.
            let text = format!("{}\n\r\t·°{}", "a".repeat(at), "b".repeat(70));
            assert_eq!(first_control_char(&text), None, "no control char near {at}");
        }
    }
}
