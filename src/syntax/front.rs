//! The front matter: clutter and blanks at the top, the title block (up to
//! four lines, a title wrapped over two, a column label above it, a title
//! glued to the first paragraph) and the addressee.
//!
//! ```text
//! front       ::= filler* title_block? filler* addressee? …   (up to the first heading or paragraph)
//! filler      ::= blank | clutter | date_line | head_clutter
//! head_clutter ::= crumb_atom        (a short word next to a `>` line: one breadcrumb atom a line)
//!               | label_value        (the value of a label left open on the line above: `来源：` / `某某日报`)
//!               | font_atom          (`大` `中` `小` `】` under `【字体：`)
//!               | menu_item          (a short bullet line before the title: `• 微信`)
//!               | menu_bar           (short names between bars before the title: `首页 | 政务公开 | 互动交流`)
//!               | bar_name           (a short name between two clutter lines before the title: a mobile
//!                                     page's top bar `返回` / `某县政务服务` / `分享`)
//!               | repost_headline    (an outlet's headline naming no genre over a `原标题：` line)
//!               | bare_label         (`正文`, `全文` before the title)
//!               | banner             (a site's name before the title: `…网`, `…门户网站`; a red header `…文件`;
//!                                     a body's name with clutter under it)
//!               | doc_number         (`青政发〔2024〕5号`)
//!               | byline             (a short line with a date and time: `原创 某某 2025-01-10 18:00 某地`;
//!                                     `原创 某某` alone, its time on the next line)
//!               | caption            (a photo's: `图为…`, `▲…`, `…（某某 摄）`)
//!               | running_header     (a page's running header above the title: `某县人民政府公报 2025年第2期`,
//!                                     one of `page::running_lines`, with a title line under it)
//! title_block ::= column_label? ((watermark | site_prefix)? title_line site_suffix?){1,4} | glued_title
//! watermark   ::= text ("www." | "http") domain               (glued before the title: a clutter leaf)
//! site_prefix ::= (site_name sep)? ("【" word "】")?           (the page's `<title>` and column tag, a clutter
//!                                                              leaf: `某县人民政府网 - 【政务公开】…`)
//! site_suffix ::= sep (site_name | issuer)                      (after the title: `…工作总结_某县人民政府`)
//! title_line  ::= markup? (names a genre | names an issuer | repeats a title line
//!                          | opens a title wrapped onto the next) markup?
//! markup      ::= "#"+ ws* | "**" | "__"                       (outside the title's text)
//! ```
//!
//! A title line that does not end as a title does (`…预算执行和其他财政`)
//! was cut by a wrap when the next, no longer line ends as one
//! (`收支的审计工作报告`): the two are one title. A line that names the
//! report already (`…报告解读`) was not cut.
//!
//! A speech's dateline (`——2026年1月27日在…大会上`) is never a title line:
//! it closes the title block; glued after the title on its line, it is cut
//! off the title and read as the first paragraph.

use super::line::RawLine;
use super::marker::{self, RawMarker};
use super::tree::{Block, Clutter, ClutterKind, Line, MarkerStyle};
use super::{clutter, date, title, Parser};
use crate::span::{text_at, Span};
use crate::text::words;
use std::cell::Cell;

/// What has been read of the title block.
#[derive(Default)]
struct TitleBlock<'s> {
    /// Title lines so far.
    lines: usize,
    /// Past the title block.
    done: bool,
    /// A title line names the genre (`报告`).
    has_genre: bool,
    /// The title lines so far, to see repeats: the first `lines` (at most
    /// four, see [`TitleBlock::is_open`]), kept in place rather than in a
    /// vector allocated for each document.
    seen: [&'s str; 4],
    /// The last title line was cut by a wrap, it seems: it does not end as
    /// a title does and names no report noun (`…预算执行和其他财政`).
    open_tail: bool,
    /// The chars of the last title line.
    last_chars: usize,
}

impl<'s> TitleBlock<'s> {
    fn is_open(&self) -> bool {
        !self.done && self.lines < 4
    }

    /// Is `text` one of the title lines so far?
    fn has_seen(&self, text: &str) -> bool {
        self.seen[..self.lines].contains(&text)
    }

    /// Take `text` as the next title line (the block is open: fewer than
    /// four so far).
    fn take(&mut self, text: &'s str) {
        self.seen[self.lines] = text;
        self.lines += 1;
    }
}

/// The answers of the dearer line tests, kept while the head is read: its
/// rules ask them of one text several times (as this line, as the line
/// under the one above, as a title line once more), and each reads the
/// whole text. A text is known by where it lies and its length: every
/// text asked about is a slice of the source, and each test's answer
/// depends on the text alone. Every answer is kept as a number, and the
/// memo starts all zeros: one lookup for all the tests, and one fill to
/// set it up.
#[derive(Default)]
struct Memo {
    genre: Answers,
    title: Answers,
    issuer: Answers,
    clutter: Answers,
    chars: Answers,
    plain: Answers,
}

/// Recent answers of one test, by the text's address and length (the zero
/// key is no text's: none lies at address 0). Each text has one slot, picked
/// by a hash of its key: a lookup is one compare, and a text asked again
/// after another of its slot is tested again (the same answer).
#[derive(Default)]
struct Answers {
    slots: Cell<[(usize, usize, usize); 8]>,
}

impl Answers {
    /// `test(text)`, answered from its slot when `text` was asked before.
    #[inline(never)]
    fn get(&self, text: &str, test: &mut dyn FnMut(&str) -> usize) -> usize {
        let key = (text.as_ptr() as usize, text.len());
        let slots: &Cell<[(usize, usize, usize)]> = &self.slots;
        let slots = slots.as_slice_of_cells();
        // The top three bits of a Fibonacci hash of the key.
        let slot = &slots[((key.0.wrapping_add(key.1) as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 61) as usize];
        let (a, n, answer) = slot.get();
        if (a ^ key.0) | (n ^ key.1) == 0 {
            return answer;
        }
        let answer = test(text);
        slot.set((key.0, key.1, answer));
        answer
    }

    /// [`Answers::get`] of a yes or no test (one copy: the head's rules
    /// ask their yes or no tests in many places).
    #[inline(never)]
    fn holds(&self, text: &str, test: fn(&str) -> bool) -> bool {
        self.get(text, &mut |t| usize::from(test(t))) != 0
    }
}

/// The kinds of clutter in the order of their discriminants: a clutter
/// answer is kept as its kind's place here plus one, 0 for none.
const KINDS: [ClutterKind; 15] = {
    use ClutterKind::*;
    [
        Breadcrumb,
        Published,
        Source,
        FontSize,
        Share,
        PageAction,
        QrCode,
        SiteClock,
        IndexBlock,
        Navigation,
        Views,
        Column,
        Markup,
        PageMarker,
        RunningHeader,
    ]
};

/// A clutter answer as [`Answers`] keeps it.
fn kind_code(kind: Option<ClutterKind>) -> usize {
    kind.map_or(0, |k| k as usize + 1)
}

/// The clutter answer [`kind_code`] kept.
fn kind_of_code(code: usize) -> Option<ClutterKind> {
    code.checked_sub(1).map(|i| KINDS[i])
}

impl Memo {
    fn names_genre(&self, text: &str) -> bool {
        self.genre.holds(text, title::names_genre)
    }

    fn is_title_line(&self, text: &str) -> bool {
        self.title.holds(text, title::is_title_line)
    }

    fn is_issuer_line(&self, text: &str) -> bool {
        self.issuer.holds(text, title::is_issuer_line)
    }

    fn classify(&self, text: &str) -> Option<ClutterKind> {
        kind_of_code(self.clutter.get(text, &mut |t| kind_code(clutter::classify(t))))
    }

    /// Is `text` plain: only CJK ideographs (lead bytes E4 to E9) and
    /// ASCII letters and digits, as most title lines are? A plain line
    /// holds none of the punctuation, brackets, bars and dashes that the
    /// clutter around a title, a menu bar or a glued dateline is told by:
    /// those rules are not tried on it.
    fn is_plain(&self, text: &str) -> bool {
        self.plainness(text) != NOT_PLAIN
    }

    /// [`Memo::is_plain`], and whether a plain `text` holds `时` or `点`
    /// (a plain line can name a time only by them: see `head_clutter`),
    /// read in the same walk: [`NOT_PLAIN`], [`PLAIN`] or [`PLAIN_TIMED`].
    fn plainness(&self, text: &str) -> usize {
        self.plain.get(text, &mut |t| {
            let b = t.as_bytes();
            let (mut at, mut plain) = (0, PLAIN);
            while let Some(&b0) = b.get(at) {
                at += match b0 {
                    0xE4..=0xE9 => {
                        // 时 (E6 97 B6), 点 (E7 82 B9): only a char led by E6 or E7 is compared.
                        if b0 & 0xFE == 0xE6 && matches!(b[at..], [0xE6, 0x97, 0xB6, ..] | [0xE7, 0x82, 0xB9, ..]) {
                            plain = PLAIN_TIMED;
                        }
                        3
                    }
                    b'0'..=b'9' | b'a'..=b'z' | b'A'..=b'Z' => 1,
                    _ => return NOT_PLAIN,
                };
            }
            plain
        })
    }

    /// Does `text` hold at most `max` chars? Answered from the byte length
    /// when it can be (no more bytes than `max`, or more than four a char),
    /// else from the chars, counted once.
    fn at_most_chars(&self, text: &str, max: usize) -> bool {
        text.len() <= max || text.len() <= 4 * max && self.chars(text) <= max
    }

    /// The chars of `text`, counted once.
    #[inline(never)]
    fn chars(&self, text: &str) -> usize {
        self.chars.get(text, &mut |t| t.chars().count())
    }
}

/// A text that is not plain (see [`Memo::is_plain`]).
const NOT_PLAIN: usize = 0;
/// A plain text without `时` or `点`.
const PLAIN: usize = 1;
/// A plain text with `时` or `点`.
const PLAIN_TIMED: usize = 2;

/// What the last content line of the head was, for the clutter that is
/// only clutter by its neighbours.
#[derive(Default)]
struct Head {
    /// The kind of the last clutter line, when the last content line was clutter.
    last: Option<ClutterKind>,
    /// That line was a label whose value is on the next line (`来源：`).
    open_label: bool,
    /// That line was a breadcrumb separator alone (`>`).
    crumb_sep: bool,
}

/// A mark of a clause's end or break: `。` `，` `,` `；` `：` `:` (see [`marks`]).
const CLAUSE_MARK: u8 = 1;
/// A mark of a sentence's end: `。` `；` `！` `？`.
const SENTENCE_MARK: u8 = 2;
/// A mark a clock time holds: `:` `：` `时` `点` (see `date::time`).
const TIME_MARK: u8 = 4;

/// Which kinds of mark `text` holds ([`CLAUSE_MARK`], [`SENTENCE_MARK`],
/// [`TIME_MARK`]): the head's rules ask for each, read in one walk over
/// the chars by their bytes (a head's line is short), rather than a walk
/// for each rule.
fn marks(text: &str) -> u8 {
    let b = text.as_bytes();
    let mut marks = 0;
    let mut at = 0;
    while let Some(&b0) = b.get(at) {
        // An ideograph (lead byte E4 to E9) but `时` and `点` (E6, E7) by
        // one test.
        if matches!(b0, 0xE4 | 0xE5 | 0xE8 | 0xE9) {
            at += 3;
            continue;
        }
        marks |= match b[at..] {
            [b',', ..] => CLAUSE_MARK,
            [b':', ..] => CLAUSE_MARK | TIME_MARK,
            // 。
            [0xE3, 0x80, 0x82, ..] => CLAUSE_MARK | SENTENCE_MARK,
            // ， ； ： ！ ？
            [0xEF, 0xBC, 0x8C, ..] => CLAUSE_MARK,
            [0xEF, 0xBC, 0x9B, ..] => CLAUSE_MARK | SENTENCE_MARK,
            [0xEF, 0xBC, 0x9A, ..] => CLAUSE_MARK | TIME_MARK,
            [0xEF, 0xBC, 0x81 | 0x9F, ..] => SENTENCE_MARK,
            // 时 点
            [0xE6, 0x97, 0xB6, ..] | [0xE7, 0x82, 0xB9, ..] => TIME_MARK,
            _ => 0,
        };
        at += crate::text::charset::utf8_len(b0);
    }
    marks
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
    #[inline(never)]
    pub(super) fn front_matter(&mut self, lines: &[RawLine], markers: &[Option<RawMarker>]) -> usize {
        let mut block = TitleBlock::default();
        let mut head = Head::default();
        let memo = Memo::default();
        for (k, l) in lines.iter().enumerate() {
            // (Sliced once: each rule below reads it.)
            let text = text_at(self.src, l.text);
            // A cover page: the issuing body and a month alone under it
            // (`某县人民政府` / `二〇二五年一月`), the title on the next page.
            // The body's lines read so far are the cover's, not the title's.
            if !block.has_genre && !block.done && date::is_year_month(text) {
                self.cover(l);
                block = TitleBlock::default();
                head = Head::default();
                continue;
            }
            if self.filler(&memo, lines, k, text, &block, &mut head) {
                continue;
            }
            head = Head::default();
            // A first ordinal, a `一、` style or a `第N部分` part opens the body:
            // none of them is a title line.
            if markers[k]
                .is_some_and(|m| m.ordinal == 1 || matches!(m.style, MarkerStyle::ChineseComma | MarkerStyle::Part))
            {
                return k;
            }
            // The running header of a gazette or a Word page (`某县人民政府公报
            // 2025年第2期`) above the title is page furniture, not a title line.
            if block.is_open() && running_header_above_title(&memo, self.src, lines, k, &self.pages.running) {
                self.push_front(Block::Clutter(Clutter {
                    span: l.full,
                    text: l.text,
                    kind: ClutterKind::RunningHeader,
                }));
                continue;
            }
            if block.is_open() {
                match self.title_line(&memo, lines, k, text, &mut block) {
                    Some(TitleStep::Taken) => continue,
                    Some(TitleStep::Glued) => return k + 1,
                    None => {}
                }
            }
            // A 公文's date in brackets alone under its title (`（2025年1月15日）`)
            // belongs to the head: read as a dateline, never as the body's
            // first line (nor a table's, in converted text).
            if block.lines > 0 && !block.done && date::is_bracketed_date(text) {
                block.done = true;
                let para = super::tree::Paragraph::new(l.full, l.text, Vec::new(), Vec::new(), Vec::new());
                self.push_front(Block::Paragraph(para));
                continue;
            }
            block.done = true;
            if title::is_addressee(text) {
                self.push_front(Block::Addressee(Line { span: l.full, text: l.text }));
                continue;
            }
            return k;
        }
        lines.len()
    }

    /// A blank, clutter, or a date line at the top (a date under the title
    /// is its publication date): pushed, and true. `text` is line `k`'s.
    fn filler(
        &mut self,
        memo: &Memo,
        lines: &[RawLine],
        k: usize,
        text: &str,
        block: &TitleBlock,
        head: &mut Head,
    ) -> bool {
        let l = &lines[k];
        let kind = if l.is_blank() {
            self.push_front(Block::Blank { span: l.full });
            return true;
        } else if let Some(kind) = kind_of_code(memo.clutter.get(text, &mut |_| kind_code(self.clutter(l.text)))) {
            kind
        } else if block.lines > 0 && !block.done && date::whole_date(text).is_some() {
            ClutterKind::Published
        } else if let Some(kind) = self.head_clutter(memo, lines, k, text, block, head) {
            kind
        } else {
            return false;
        };
        head.open_label = clutter::is_open_label(text) && !matches!(kind, ClutterKind::Share | ClutterKind::FontSize);
        head.crumb_sep = kind == ClutterKind::Breadcrumb && clutter::is_crumb_sep_line(text);
        head.last = Some(kind);
        self.push_front(Block::Clutter(Clutter { span: l.full, text: l.text, kind }));
        true
    }

    /// Line `k`, whose text is `text`, which is no clutter by itself:
    /// clutter by its place in the head (see the grammar above)?
    fn head_clutter(
        &self,
        memo: &Memo,
        lines: &[RawLine],
        k: usize,
        text: &str,
        block: &TitleBlock,
        head: &Head,
    ) -> Option<ClutterKind> {
        let src = self.src;
        // A bad capture's line is read inside its tags (`<div>某县人民政府网</div>`).
        let text = match clutter::may_hold_tags(text).then(|| clutter::html_inner(text)).flatten() {
            Some((a, b)) => &text[a..b],
            None => text,
        };
        // Every rule below takes only a line of at most 80 chars (the
        // longest limit): a longer one (the first paragraph) is none, told
        // by its bytes first. The others' chars are counted once, and their
        // marks read in one walk.
        if text.len() > 4 * 80 {
            return None;
        }
        let chars = memo.chars(text);
        let short = |max: usize| chars <= max;
        if !short(80) {
            return None;
        }
        // The marks, read when a rule comes to ask (most lines are turned
        // down by cheaper tests first).
        let read = Cell::new(None);
        let marks = || match read.get() {
            Some(m) => m,
            None => {
                let m = marks(text);
                read.set(Some(m));
                m
            }
        };
        let no_punct = || marks() & CLAUSE_MARK == 0;
        if let (true, Some(kind)) = (head.open_label, head.last) {
            if short(30) && no_punct() && !memo.names_genre(text) && !date::starts_dateline(text) {
                return Some(kind);
            }
        }
        if head.last == Some(ClutterKind::FontSize) && short(2) && text.chars().all(clutter::is_font_atom) {
            return Some(ClutterKind::FontSize);
        }
        let next_is_sep = || {
            lines[k + 1..]
                .iter()
                .find(|n| !n.is_blank())
                .is_some_and(|n| clutter::is_crumb_sep_line(text_at(src, n.text)))
        };
        if short(20) && (head.crumb_sep || next_is_sep()) && no_punct() && !date::starts_dateline(text) {
            return Some(ClutterKind::Breadcrumb);
        }
        // (A headline with the list page's time after it is a title line.)
        let dated_title = || clutter::title_date_suffix_at(text).is_some_and(|at| memo.names_genre(&text[..at]));
        // A plain line (most that come here are title lines, whose
        // plainness the title rules ask too) may name a time only by `时`
        // or `点`, which the walk that tells its plainness looks for too.
        let may_name_time = || memo.plainness(text) != PLAIN;
        if short(60)
            && may_name_time()
            && clutter::names_clock_time(text)
            && marks() & SENTENCE_MARK == 0
            && !dated_title()
        {
            return Some(ClutterKind::Published);
        }
        // An article's byline without its time, which stands on the next
        // line (`原创 某某 某某` / `2025年03月01日 18:30`): the author, as a `来源`.
        if short(40) && text.strip_prefix("原创").is_some_and(|r| r.starts_with(crate::text::ws::is_ws)) {
            return Some(ClutterKind::Source);
        }
        if short(30) && clutter::is_document_number(text) {
            return Some(ClutterKind::IndexBlock);
        }
        if short(80) && clutter::is_photo_caption(text) {
            return Some(ClutterKind::Column);
        }
        if block.lines == 0 {
            if short(20) && text.starts_with(['•', '·', '●', '◆', '■', '▪']) {
                return Some(ClutterKind::Navigation);
            }
            if short(80) && !memo.is_plain(text) && clutter::is_menu_bar(text) {
                return Some(ClutterKind::Navigation);
            }
            // The page's name in a mobile site's top bar, between its
            // buttons (`返回` / `某县政务服务` / `分享`).
            if short(20)
                && matches!(head.last, Some(ClutterKind::PageAction | ClutterKind::Share | ClutterKind::Navigation))
                && no_punct()
                && !memo.names_genre(text)
                && next_is_clutter(memo, src, &lines[k + 1..])
            {
                return Some(ClutterKind::Navigation);
            }
            // A site's or an outlet's name alone at the top of the page
            // (`青禾发布`), page clutter under it: its banner, not a title line.
            if head.last.is_none()
                && short(12)
                && no_punct()
                && !text.contains(|c: char| c.is_ascii_digit() || crate::text::ws::is_ws(c))
                && !memo.names_genre(text)
                && marker::marker(text).is_none()
                && next_is_clutter(memo, src, &lines[k + 1..])
            {
                return Some(ClutterKind::Column);
            }
            // A repost's headline, the outlet's own words for the report
            // (`某镇晒出法治建设“成绩单”`), over the `原标题：` that names
            // the report: no title line, when it names no genre.
            if short(40)
                && !memo.names_genre(text)
                && original_title_follows(memo, src, &lines[k + 1..])
                && marks() & SENTENCE_MARK == 0
            {
                return Some(ClutterKind::Column);
            }
            if matches!(text, "正文" | "全文" | "内容")
                || (short(30)
                    && ((clutter::is_site_banner(text) && !titled_banner(memo, text)) || text.ends_with("文件")))
            {
                return Some(ClutterKind::Column);
            }
        }
        None
    }

    /// Line `k` inside the title block, whose text is `text`: a title line,
    /// the column label above the title, or a title glued to the first
    /// paragraph.
    fn title_line(
        &mut self,
        memo: &Memo,
        lines: &[RawLine],
        k: usize,
        text: &'s str,
        block: &mut TitleBlock<'s>,
    ) -> Option<TitleStep> {
        let src = self.src;
        let orig = &lines[k];
        let (a, b) = title::inside_markup(text);
        let l = &RawLine { full: orig.full, text: Span::new(orig.text.start + a, orig.text.start + b) };
        // (Most lines have no markup: the text as it is.)
        let text = if (a, b) == (0, text.len()) { text } else { &text[a..b] };
        if date::starts_dateline(text) {
            return None;
        }
        // A site's watermark glued before the title, or the site's name and
        // a column tag the page puts before it (`某县人民政府网 - 【政务公开】…`)
        // or the site's name after it (`…_某县人民政府`): clutter leaves
        // around the title. Under a title line, only a repeat of it or the
        // rest of a title without its genre yet. Each leaf holds a char of
        // its own (a separator, a bracket, an address's `.`, a `《`): a
        // plain line (most titles) holds none.
        if !memo.is_plain(text) {
            let watermark = || (block.lines == 0).then(|| clutter::watermark_len(text)).flatten();
            let pre = watermark().or_else(|| clutter::title_prefix_len(text)).unwrap_or(0);
            // A list page's date after the headline (`…总结　[2025-03-18]`).
            // (Both read from one search of the brackets at the end.)
            let bracketed = clutter::bracketed_date_at(&text[pre..]);
            let dated = bracketed.filter(|&(_, own)| !own).map(|(at, _)| at);
            // A 公文's own date after its title (`…报告（2025年1月15日）`).
            let own_date = bracketed.filter(|&(_, own)| own).map(|(at, _)| at);
            let suf =
                dated.or(own_date).or_else(|| clutter::title_suffix_at(&text[pre..])).map_or(text.len(), |at| pre + at);
            // A news headline quoting the title in 《》 (`《…报告》全文发布`):
            // the brackets and the outlet's words are clutter around it.
            // After a column tag too (`【全文】《…报告》`).
            let (pre, suf) = match (suf == text.len()).then(|| title::quoted_title(&text[pre..])).flatten() {
                Some((start, end)) => (pre + start, pre + end),
                None => (pre, suf),
            };
            let mut rest = crate::text::ws::trim_end_ws_small(&text[pre..suf]);
            // Tags between the headline and the page's date
            // (`<h1>…报告</h1><span>[2025-01-10]`) go with the date.
            if dated.is_some() && rest.ends_with('>') {
                rest = crate::text::ws::trim_end_ws_small(
                    &rest[..clutter::html_inner(rest).map_or(rest.len(), |(_, b)| b)],
                );
            }
            if (pre > 0 || suf < text.len())
                && memo.is_title_line(rest)
                && memo.names_genre(rest)
                && (block.lines == 0 || !block.has_genre || block.has_seen(rest))
            {
                let split = l.text.start + pre;
                let title_end = split + rest.len();
                let (start, end) = self.open_markup(orig, l.text);
                let kind = ClutterKind::Column;
                if pre > 0 {
                    let text = crate::text::ws::trim(src, Span::new(l.text.start, split));
                    self.push_front(Block::Clutter(Clutter { span: Span::new(start, split), text, kind }));
                }
                block.has_genre = true;
                block.take(rest);
                let title_span = Span::new(split, if suf < text.len() { title_end } else { end });
                self.push_front(Block::Title(Line { span: title_span, text: Span::new(split, title_end) }));
                if own_date.is_some() {
                    // Read as a dateline paragraph, as under the title.
                    let text = crate::text::ws::trim(src, Span::new(title_end, l.text.end));
                    let para = super::tree::Paragraph::new(
                        Span::new(title_end, end),
                        text,
                        Vec::new(),
                        Vec::new(),
                        Vec::new(),
                    );
                    self.push_front(Block::Paragraph(para));
                } else if suf < text.len() {
                    let text = crate::text::ws::trim(src, Span::new(title_end, l.text.end));
                    let kind = if dated.is_some() { ClutterKind::Published } else { kind };
                    self.push_front(Block::Clutter(Clutter { span: Span::new(title_end, end), text, kind }));
                }
                self.close_markup(orig, l.text);
                return Some(TitleStep::Taken);
            }
        }
        // A dateline glued after the title (`政府工作报告——2026年…会议上`):
        // the title, then the dateline read as the first paragraph.
        // (Its dashes are no char of a plain line.)
        if orig.text == l.text && !memo.is_plain(text) {
            if let Some(at) = date::glued_dateline_within(text, title_dash_limit(text)).filter(|&at| {
                let t = crate::text::ws::trim_end_ws_small(&text[..at]);
                memo.is_title_line(t) && memo.names_genre(t)
            }) {
                let split = l.text.start + at;
                let title_end = l.text.start + crate::text::ws::trim_end_ws_small(&text[..at]).len();
                let text = Span::new(l.text.start, title_end);
                self.push_front(Block::Title(Line { span: Span::new(l.full.start, split), text }));
                self.content(l, split, marker::marker(&src[split..l.text.end]));
                return Some(TitleStep::Glued);
            }
        }
        let repeat = block.has_seen(text);
        let next_is_title = || next_is_title(memo, src, &lines[k + 1..]);
        // A title wrapped over two lines: the first part names a year or
        // opens with 关于, and the next line completes it.
        // Over three lines too, cut twice inside its words (`某局2024年` /
        // `政府信息公开工作年度` / `报告`): the middle line names no genre
        // and ends as no title does, the third ends as one.
        let completes_next = || {
            (words::contains(text, "关于") || text.contains('年') || (block.lines > 0 && block.open_tail))
                && (next_is_title() || next_two_complete(memo, src, &lines[k + 1..]))
        };
        // A short label above the title is the site's column name.
        if block.lines == 0
            && memo.is_title_line(text)
            && memo.at_most_chars(text, 20)
            && !memo.names_genre(text)
            && !memo.is_issuer_line(text)
            && !completes_next()
            && next_is_title()
        {
            self.push_marked(orig, l.text, |span, text| {
                Block::Clutter(Clutter { span, text, kind: ClutterKind::Column })
            });
            return Some(TitleStep::Taken);
        }
        // A site's name above a title that names its own issuer is a banner,
        // not an issuer line of the title.
        if block.lines == 0
            && memo.is_issuer_line(text)
            && (names_own_issuer(memo, src, &lines[k + 1..]) || next_is_clutter(memo, src, &lines[k + 1..]))
        {
            self.push_marked(orig, l.text, |span, text| {
                Block::Clutter(Clutter { span, text, kind: ClutterKind::Column })
            });
            return Some(TitleStep::Taken);
        }
        // A title cut before a conjunction (`…预算执行` / `和其他…的审计工作报告`):
        // no title opens with one, so the line goes on the one above,
        // although that named a genre word (`预算`) already.
        let continues = block.lines > 0 && text.starts_with(['和', '及', '与', '暨', '的']) && memo.names_genre(text);
        // A title cut anywhere by the wrap (`…预算执行和其他财政` /
        // `收支的审计工作报告`): the line above does not end as a title and
        // names no report noun; this one ends as a title does and is no
        // longer than the line the wrap cut. An issuer line under the
        // title is no such end.
        let wrapped = || {
            block.lines > 0
                && block.open_tail
                && memo.at_most_chars(text, block.last_chars)
                && title::ends_as_title(text)
                && !memo.is_issuer_line(text)
        };
        // A note on the title alone on the line under it (`（草案）`,
        // `（摘要）`): the title's last line.
        let note = block.lines > 0 && block.has_genre && !block.has_seen(text) && title::is_title_note(text);
        let candidate = note
            || memo.is_title_line(text)
                && (block.lines == 0 || repeat || !block.has_genre || continues || wrapped())
                && (memo.names_genre(text) || memo.is_issuer_line(text) || repeat || completes_next());
        if candidate {
            // A line cut after a conjunction (`…预算执行和`) goes on below.
            block.has_genre |= memo.names_genre(text) && !text.ends_with(['和', '及', '与', '的', '暨', '、']);
            block.take(text);
            block.last_chars = memo.chars(text);
            block.open_tail =
                !title::ends_as_title(text) && !title::names_report_noun(text) && !memo.is_issuer_line(text);
            self.push_marked(orig, l.text, |span, text| Block::Title(Line { span, text }));
            return Some(TitleStep::Taken);
        }
        if block.lines == 0 {
            // Markdown marks around a title glued to its paragraph are left in the text.
            let (l, text) = (orig, text_at(src, orig.text));
            let n = title::glued_title_len(text)?;
            let split = l.text.start + n;
            self.push_front(Block::Title(Line {
                span: Span::new(l.full.start, split),
                text: Span::new(l.text.start, split),
            }));
            self.content(l, split, marker::marker(&src[split..l.text.end]));
            return Some(TitleStep::Glued);
        }
        None
    }
}

impl Parser<'_> {
    /// Push `block` onto the front matter: one out-of-line copy of the
    /// vector's push (a capacity test and the block's move), which the
    /// head's many push sites each inlined, though each runs a few times
    /// a document.
    #[inline(never)]
    fn push_front(&mut self, block: Block) {
        self.front.push(block);
    }

    /// The cover's month line `l`, under any title lines, which were the
    /// cover's issuing body: those become clutter of the cover, and so
    /// does `l`.
    fn cover(&mut self, l: &RawLine) {
        for b in &mut self.front {
            if let Block::Title(t) = b {
                *b = Block::Clutter(Clutter { span: t.span, text: t.text, kind: ClutterKind::Column });
            }
        }
        self.push_front(Block::Clutter(Clutter { span: l.full, text: l.text, kind: ClutterKind::Column }));
    }

    /// Push the markdown mark before `inner` on the line `orig` (a clutter
    /// leaf) and return the span the line's content block takes: from
    /// `inner` to the closing mark, or to the line's end when there is none.
    fn open_markup(&mut self, orig: &RawLine, inner: Span) -> (usize, usize) {
        let (mut start, mut end) = (orig.full.start, orig.full.end);
        if inner.start > orig.text.start {
            let text = crate::text::ws::trim(self.src, Span::new(orig.text.start, inner.start));
            let span = Span::new(orig.full.start, inner.start);
            self.push_front(Block::Clutter(Clutter { span, text, kind: ClutterKind::Markup }));
            start = inner.start;
        }
        if inner.end < orig.text.end {
            end = inner.end;
        }
        (start, end)
    }

    /// Push the markdown mark after `inner` on the line `orig`, if any.
    fn close_markup(&mut self, orig: &RawLine, inner: Span) {
        if inner.end < orig.text.end {
            let text = crate::text::ws::trim(self.src, Span::new(inner.end, orig.text.end));
            let span = Span::new(inner.end, orig.full.end);
            self.push_front(Block::Clutter(Clutter { span, text, kind: ClutterKind::Markup }));
        }
    }

    /// Push the block `make` builds for the text `inner` of the line
    /// `orig`, between the markdown marks around it.
    fn push_marked(&mut self, orig: &RawLine, inner: Span, make: impl FnOnce(Span, Span) -> Block) {
        let (start, end) = self.open_markup(orig, inner);
        self.push_front(make(Span::new(start, end), inner));
        self.close_markup(orig, inner);
    }
}

/// Where a dash after a title may start on the line `text`: a title line
/// is at most [`title::MAX_TITLE_BYTES`] long, so a dash after the first
/// char that is no white space from there on has more than a title
/// before it. (A flattened report's line is not searched through for
/// its first dash.)
fn title_dash_limit(text: &str) -> usize {
    let mut start = title::MAX_TITLE_BYTES.min(text.len());
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let rest = &text[start..];
    start + (rest.len() - crate::text::ws::trim_start_ws_small(rest).len()) + 1
}

/// The text of the next non-blank line of `rest`, without markdown marks.
fn next_text<'s>(src: &'s str, rest: &[RawLine]) -> Option<&'s str> {
    rest.iter().find(|n| !n.is_blank()).map(|n| {
        let text = text_at(src, n.text);
        let (a, b) = title::inside_markup(text);
        &text[a..b]
    })
}

/// Is the next non-blank line of `rest` a title line naming the genre?
fn next_is_title(memo: &Memo, src: &str, rest: &[RawLine]) -> bool {
    next_text(src, rest).is_some_and(|t| memo.is_title_line(t) && memo.names_genre(t))
}

/// Are the next two non-blank lines of `rest` the rest of a title cut
/// twice by the wrap: a short title line naming no genre, then a shorter
/// one that ends as a title does (`政府信息公开工作年度` / `报告`)?
fn next_two_complete(memo: &Memo, src: &str, rest: &[RawLine]) -> bool {
    let mut next = rest.iter().filter(|n| !n.is_blank()).map(|n| {
        let text = text_at(src, n.text);
        let (a, b) = title::inside_markup(text);
        &text[a..b]
    });
    let (Some(middle), Some(last)) = (next.next(), next.next()) else { return false };
    middle.len() <= 4 * 30
        && memo.is_title_line(middle)
        && !memo.names_genre(middle)
        && !title::ends_as_title(middle)
        && last.len() <= middle.len()
        && memo.is_title_line(last)
        && title::ends_as_title(last)
}

/// Is `text`, which ends as a site's name does, a page's `<title>`: a
/// title naming the genre, then the site's name (`…工作总结 - 某县人民政府网`)?
fn titled_banner(memo: &Memo, text: &str) -> bool {
    clutter::title_suffix_at(text).is_some_and(|at| memo.names_genre(&text[..at]))
}

/// Is the next non-blank line of `rest` clutter? A title block's lines
/// follow each other: a body's name with page clutter under it is the
/// site's banner. A menu bar (`首页 | 政务公开 | …`) is clutter there too,
/// though only its place in the head makes it so.
fn next_is_clutter(memo: &Memo, src: &str, rest: &[RawLine]) -> bool {
    next_text(src, rest).is_some_and(|t| memo.classify(t).is_some() || clutter::is_menu_bar(t))
}

/// Does a repost's `原标题：` line follow within the next few lines of
/// `rest`, with only page clutter (a byline, a source) before it?
fn original_title_follows(memo: &Memo, src: &str, rest: &[RawLine]) -> bool {
    for n in rest.iter().filter(|n| !n.is_blank()).take(4) {
        let t = text_at(src, n.text);
        if t.starts_with("原标题") || t.starts_with("原標題") {
            return true;
        }
        if memo.classify(t).is_none() {
            return false;
        }
    }
    false
}

/// Is the next non-blank line of `rest` a title naming its own issuer
/// before its year, without `关于` (`某县司法局2024年度…报告`)? Then a
/// body's name above it is the site's banner.
fn names_own_issuer(memo: &Memo, src: &str, rest: &[RawLine]) -> bool {
    next_text(src, rest).is_some_and(|t| {
        memo.is_title_line(t)
            && memo.names_genre(t)
            && !crate::text::words::contains(t, "关于")
            && !title::title_issuers(t).is_empty()
    })
}

/// Is line `k`, in the title block, one of the document's running headers
/// (`running`, from `page::running_lines`), with a title still to come
/// below it? A title that is itself the running header of every page, with
/// no other title line under it, stays the title.
fn running_header_above_title(
    memo: &Memo,
    src: &str,
    lines: &[RawLine],
    k: usize,
    running: &super::page::Running,
) -> bool {
    if running.is_empty() || !running.contains(text_at(src, lines[k].text)) {
        return false;
    }
    // A body's name that the cover, the title page and the signature all
    // print (`某县人民政府` three times over four pages) is the title's
    // issuer line where a `关于…` title line follows it: a 公文's title
    // opens with its issuer.
    if memo.is_issuer_line(text_at(src, lines[k].text))
        && next_text(src, &lines[k + 1..]).is_some_and(|t| t.starts_with("关于") && memo.names_genre(t))
    {
        return false;
    }
    // A title line follows within the next few lines (other than this
    // header repeated).
    lines[k + 1..].iter().filter(|n| !n.is_blank()).take(4).any(|n| {
        let t = text_at(src, n.text);
        let (a, b) = title::inside_markup(t);
        let t = &t[a..b];
        !running.contains(t) && memo.is_title_line(t) && (memo.names_genre(t) || memo.is_issuer_line(t))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_kinds_stand_in_the_order_of_their_discriminants() {
        for (i, k) in KINDS.iter().enumerate() {
            assert_eq!(*k as usize, i);
            assert_eq!(kind_of_code(kind_code(Some(*k))), Some(*k));
        }
        assert_eq!(kind_of_code(kind_code(None)), None);
    }

    proptest::proptest! {
        #[test]
        fn a_plain_line_is_none_of_the_punctuated_rules(text in "[甲乙报告年度网站院部2a \\-_|｜—－《》【】\\[\\]（）().:w]{0,14}") {
            let memo = Memo::default();
            if memo.is_plain(&text) {
                let cjk_or_alnum = |c: char| c.is_ascii_alphanumeric() || ('\u{4000}'..='\u{9FFF}').contains(&c);
                proptest::prop_assert!(text.chars().all(cjk_or_alnum));
                proptest::prop_assert_eq!(clutter::watermark_len(&text), None);
                proptest::prop_assert_eq!(clutter::title_prefix_len(&text), None);
                proptest::prop_assert_eq!(clutter::title_suffix_at(&text), None);
                proptest::prop_assert_eq!(clutter::title_date_suffix_at(&text), None);
                proptest::prop_assert_eq!(clutter::title_doc_date_at(&text), None);
                proptest::prop_assert_eq!(title::quoted_title(&text), None);
                proptest::prop_assert_eq!(date::glued_dateline_within(&text, text.len()), None);
                proptest::prop_assert!(!clutter::is_menu_bar(&text));
            }
        }

        #[test]
        fn the_plainness_walk_reads_the_chars(text in "[时点旷甲报告2a，、 é]{0,10}") {
            let plain = text.chars().all(|c| c.is_ascii_alphanumeric() || ('\u{4000}'..='\u{9FFF}').contains(&c));
            let want = match (plain, text.contains(['时', '点'])) {
                (false, _) => NOT_PLAIN,
                (true, false) => PLAIN,
                (true, true) => PLAIN_TIMED,
            };
            proptest::prop_assert_eq!(Memo::default().plainness(&text), want);
        }

        #[test]
        fn the_mark_walk_reads_the_chars(text in "[。，,；：:！？时点a é😀1年\u{3000}、｜《旷]{0,12}") {
            let m = marks(&text);
            proptest::prop_assert_eq!(m & CLAUSE_MARK != 0, text.contains(['。', '，', ',', '；', '：', ':']));
            proptest::prop_assert_eq!(m & SENTENCE_MARK != 0, text.contains(['。', '；', '！', '？']));
            proptest::prop_assert_eq!(m & TIME_MARK != 0, text.contains([':', '：', '时', '点']));
        }
    }
}
