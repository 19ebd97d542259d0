//! The front matter: clutter and blanks at the top, the title block (up to
//! four lines, a title wrapped over two, a column label above it, a title
//! glued to the first paragraph) and the addressee.
//!
//! ```text
//! front       ::= filler* title_block? filler* addressee? …   (up to the first heading or paragraph)
//! filler      ::= blank | clutter | date_line
//! title_block ::= column_label? title_line{1,4} | glued_title
//! title_line  ::= names a genre | names an issuer | repeats a title line | opens a title wrapped onto the next
//! ```

use super::line::RawLine;
use super::marker::{self, RawMarker};
use super::tree::{Block, Clutter, ClutterKind, Line, MarkerStyle};
use super::{clutter, date, title, Parser};
use crate::span::Span;
use crate::text::words;

/// What has been read of the title block.
#[derive(Default)]
struct TitleBlock<'s> {
    /// Title lines so far.
    lines: usize,
    /// Past the title block.
    done: bool,
    /// A title line names the genre (`报告`).
    has_genre: bool,
    /// The title lines so far, to see repeats.
    seen: Vec<&'s str>,
}

impl TitleBlock<'_> {
    fn is_open(&self) -> bool {
        !self.done && self.lines < 4
    }
}

/// What a line did to the title block.
enum TitleStep {
    /// The line is a title line or the column label above the title.
    Taken,
    /// The line opens with a title glued to the first paragraph, which has
    /// been read too.
    Glued,
}

impl<'s> Parser<'s> {
    /// Clutter, blanks, title lines and the addressee at the top. Returns
    /// the index of the first line left for the body pass.
    pub(super) fn front_matter(&mut self, lines: &[RawLine], markers: &[Option<RawMarker>]) -> usize {
        let mut block = TitleBlock::default();
        for (k, l) in lines.iter().enumerate() {
            if self.filler(l, &block) {
                continue;
            }
            if markers[k].is_some_and(|m| m.ordinal == 1 || m.style == MarkerStyle::ChineseComma) {
                return k;
            }
            if block.is_open() {
                match self.title_line(lines, k, &mut block) {
                    Some(TitleStep::Taken) => continue,
                    Some(TitleStep::Glued) => return k + 1,
                    None => {}
                }
            }
            block.done = true;
            if title::is_addressee(&self.src[l.text]) {
                self.front.push(Block::Addressee(Line { span: l.full, text: l.text }));
                continue;
            }
            return k;
        }
        lines.len()
    }

    /// A blank, clutter, or a date line at the top (a date under the title
    /// is its publication date): pushed, and true.
    fn filler(&mut self, l: &RawLine, block: &TitleBlock) -> bool {
        let text = &self.src[l.text];
        let kind = if l.is_blank() {
            self.front.push(Block::Blank { span: l.full });
            return true;
        } else if let Some(kind) = clutter::classify(text) {
            kind
        } else if clutter::bare_datetime(text) || (block.lines > 0 && !block.done && date::whole_date(text).is_some()) {
            ClutterKind::Published
        } else {
            return false;
        };
        self.front.push(Block::Clutter(Clutter { span: l.full, text: l.text, kind }));
        true
    }

    /// Line `k` inside the title block: a title line, the column label
    /// above the title, or a title glued to the first paragraph.
    fn title_line(&mut self, lines: &[RawLine], k: usize, block: &mut TitleBlock<'s>) -> Option<TitleStep> {
        let src = self.src;
        let l = &lines[k];
        let text = &src[l.text];
        let repeat = block.seen.contains(&text);
        let next_is_title = || next_is_title(src, &lines[k + 1..]);
        // A title wrapped over two lines: the first part names a year or
        // opens with 关于, and the next line completes it.
        let completes_next = || (words::contains(text, "关于") || text.contains('年')) && next_is_title();
        // A short label above the title is the site's column name.
        if block.lines == 0
            && title::is_title_line(text)
            && text.chars().count() <= 20
            && !title::names_genre(text)
            && !title::is_issuer_line(text)
            && !completes_next()
            && next_is_title()
        {
            let kind = ClutterKind::Column;
            self.front.push(Block::Clutter(Clutter { span: l.full, text: l.text, kind }));
            return Some(TitleStep::Taken);
        }
        let candidate = title::is_title_line(text)
            && (block.lines == 0 || repeat || !block.has_genre)
            && (title::names_genre(text) || title::is_issuer_line(text) || repeat || completes_next());
        if candidate {
            block.has_genre |= title::names_genre(text);
            block.seen.push(text);
            block.lines += 1;
            self.front.push(Block::Title(Line { span: l.full, text: l.text }));
            return Some(TitleStep::Taken);
        }
        if block.lines == 0 {
            let n = title::glued_title_len(text)?;
            let split = l.text.start + n;
            self.front.push(Block::Title(Line {
                span: Span::new(l.full.start, split),
                text: Span::new(l.text.start, split),
            }));
            self.content(l, split, marker::marker(&src[split..l.text.end]));
            return Some(TitleStep::Glued);
        }
        None
    }
}

/// Is the next non-blank line of `rest` a title line naming the genre?
fn next_is_title(src: &str, rest: &[RawLine]) -> bool {
    rest.iter()
        .find(|n| !n.is_blank())
        .is_some_and(|n| title::is_title_line(&src[n.text]) && title::names_genre(&src[n.text]))
}
