//! Tables flattened into lines of text by a converter (PDF, Word, markdown).
//!
//! ```text
//! table      ::= head* row (row | head | fragment | run_line | clutter)*
//! head       ::= caption | unit | header | fragment | blank | page_marker
//! row        ::= pipe_row | html_row | rule | cells
//! pipe_row   ::= "|" (cell "|")+                  (markdown)
//! html_row   ::= "<" "/"? ("tr" | "td" | "th" | "table" | "tbody" | "thead") …
//!                                                  (a bad capture's HTML table)
//! rule       ::= "|" ("-" | ":" | "|" | ws)+       (`|---|---|`)
//! cells      ::= label? (number ws+ (number | marker_token | EOL)){2,}
//!                                                  (no `。` on the line)
//! number     ::= [+-]? [0-9,]+ ("." [0-9]+)? "%"? | "-" | "—" | "－"
//! caption    ::= "#"* ws* "表" cn_or_digit … | … "表" ("（…）")?   (no `。`)
//! unit       ::= "（"? "单位" (":" | "：") …
//! header     ::= token (ws+ token)+               (no punctuation at all)
//! fragment   ::= a short piece (≤ 8 chars, no `。`/`；`): a broken or vertical cell
//! run_line   ::= marker line (no `。`) next to a row-like line of its style
//!                (ordinal ± 1) or before a row within three lines
//! vertical   ::= label? number number number …   (one cell a line: a table
//!                flattened cell by cell, each figure on a line of its own)
//! ```
//!
//! A table flattened one cell a line has no row of two cells: it starts at
//! three lines in a row that are each a bare number (not page numbers),
//! with the row label just above them; inside it, a marker line whose next
//! line is a bare number is a row label (`四、结转下年度继续办理` / `3`),
//! whatever its number.
//!
//! A table starts at a row (or at a caption with a unit line under it) and
//! takes the head lines just above it. It ends at prose (a line with `。`),
//! or at a marker line that continues the numbering of the headings outside
//! tables (`四、…` after the `三、` heading the table stands under), or at
//! an appendix or glossary line (`附件1`, `名词解释`; the title line under
//! a bare `附件1` is the appendix's, not a caption). A
//! number followed by a CJK word (`2024 年`, `5500 余条`) is prose, not a
//! cell. Nothing inside a table is a heading. Every scan is bounded: at
//! most [`LOOK_BACK`] lines back and [`LOOK_AHEAD`] ahead of a line.

use super::line::RawLine;
use super::marker::{self, RawMarker};
use super::page::is_page_marker;
use crate::span::Span;
use crate::syntax::tree::{MarkerStyle, Table, TableLine, TableLineKind};
use crate::text::charset::utf8_len;
use crate::text::search::Bytes2;
use crate::text::words;
use crate::text::ws::{is_ws, leading_ws_len};
use memchr::memmem;
use once_cell::sync::Lazy;

/// How far back head lines (caption, header rows, broken header cells)
/// are taken into a table.
const LOOK_BACK: usize = 16;
/// How far ahead a row is looked for to keep a broken label in a table.
const LOOK_AHEAD: usize = 6;
/// Longest fragment of a broken cell, in chars.
const FRAGMENT_CHARS: usize = 8;

/// What a line may be to a table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Blank,
    Page,
    /// Two cells or more (or a pipe row, or a rule).
    Row,
    /// A label and one number: a row inside a table, not the start of one.
    WeakRow,
    Caption,
    Unit,
    Header,
    Fragment,
    /// A marker line with no `。`: a label that may be a row's.
    Marker,
    /// Any other line without `。`, short: a piece of a broken label.
    Piece,
    Prose,
}

fn is_number(t: &str) -> bool {
    // Most tokens are words: a number opens with a digit, a sign or a
    // dash (`—` E2…, `－` EF…).
    if !matches!(t.as_bytes().first(), Some(b'0'..=b'9' | b'+' | b'-' | 0xE2 | 0xEF)) {
        return false;
    }
    if matches!(t, "-" | "—" | "－" | "--") {
        return true;
    }
    let t = t.strip_prefix(['-', '+']).unwrap_or(t);
    let t = t.strip_suffix('%').unwrap_or(t);
    let (int, frac) = t.split_once('.').unwrap_or((t, ""));
    !int.is_empty()
        && int.as_bytes()[0].is_ascii_digit()
        && int.bytes().all(|b| b.is_ascii_digit() || b == b',')
        && frac.bytes().all(|b| b.is_ascii_digit())
        && frac.is_empty() != t.contains('.')
}

/// The white-space separated tokens of `text`, as byte ranges. Read from
/// the bytes, a char at a time by its lead byte, without decoding: only a
/// char whose lead byte may open white space ([`leading_ws_len`]) is
/// tested.
fn tokens(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let b = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        while let k @ 1.. = leading_ws_len(&b[at..]) {
            at += k;
        }
        if at >= b.len() {
            return None;
        }
        let start = at;
        while let Some(&c) = b.get(at) {
            at += match c {
                b' ' | b'\t' | 0x0B | 0x0C | 0xC2 | 0xE2 | 0xE3 | 0xEF if leading_ws_len(&b[at..]) > 0 => break,
                _ => utf8_len(c),
            };
        }
        Some((start, at))
    })
}

/// The cells of a line of space-separated cells: labels (runs of words)
/// and numbers, relative to `text`. A number is a cell only when what
/// follows it is another number, a marker or the end of the line.
fn space_cells(text: &str) -> (Vec<(usize, usize)>, usize) {
    let toks: Vec<(usize, usize)> = tokens(text).collect();
    let spaced = spaced_digits(text, &toks);
    let mut cells = Vec::new();
    let mut numbers = 0;
    let mut label: Option<(usize, usize)> = None;
    for (k, &(s, e)) in toks.iter().enumerate() {
        let next = toks.get(k + 1).map(|&(s, e)| &text[s..e]);
        let after_number = k > 0 && toks.get(k - 1).is_some_and(|&(s, e)| is_number(&text[s..e]));
        let cell = !spaced.get(k).is_some_and(|&d| d)
            && is_number(&text[s..e])
            && next.is_none_or(|n| {
                is_number(n)
                    || marker::marker(n).is_some()
                    || (after_number && k + 2 == toks.len() && is_status_cell(n))
            });
        if cell {
            if let Some(l) = label.take() {
                cells.push(l);
            }
            cells.push((s, e));
            numbers += 1;
        } else {
            label = Some(label.map_or((s, e), |(ls, _)| (ls, e)));
        }
    }
    if let Some(l) = label {
        cells.push(l);
    }
    (cells, numbers)
}

/// A row's last cell in words after its figures (`… 186.40 186.40 已完成`,
/// `… 2650.00 1200.00 推进中`): a rectification list's status column. Two
/// to six CJK chars, the first no unit or date word that goes on a
/// figure (`2024 2025 年度`, `12 15 万元`, `3 4 个百分点` are text).
fn is_status_cell(t: &str) -> bool {
    let n = t.chars().count();
    (2..=6).contains(&n)
        && t.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
        && !t.starts_with([
            '年', '月', '日', '万', '亿', '元', '个', '人', '次', '件', '家', '项', '倍', '户', '吨', '亩', '米', '千',
            '公', '多', '余', '以', '左', '平', '立', '小', '天', '岁', '名', '条', '所', '台', '辆', '套', '座', '篇',
            '期', '批', '场', '起', '宗', '笔', '份',
        ])
}

/// Which of `toks` are digits a PDF converter spaced apart inside the
/// text (`四、2 0 2 5 年工作安排`, `全年办件 1 4 件`): a run of one-digit
/// tokens, two at least (a digit closing the token before counts), that
/// the text goes on after with a word, not a number. Such a run is one
/// number of a sentence, not cells (`规章 1 0 11`: the run goes on into a
/// number, and stays cells). Empty when no token is one digit.
fn spaced_digits(text: &str, toks: &[(usize, usize)]) -> Vec<bool> {
    let single = |k: usize| toks.get(k).is_some_and(|&(s, e)| e - s == 1 && text.as_bytes()[s].is_ascii_digit());
    if !(0..toks.len()).any(single) {
        return Vec::new();
    }
    let mut spaced = vec![false; toks.len()];
    let mut k = 0;
    while k < toks.len() {
        if !single(k) {
            k += 1;
            continue;
        }
        let start = k;
        while single(k) {
            k += 1;
        }
        let glued_before = start > 0 && text.as_bytes()[toks[start - 1].1 - 1].is_ascii_digit();
        let goes_on = toks.get(k).is_some_and(|&(s, _)| {
            !text.as_bytes()[s].is_ascii_digit() && !text[s..].starts_with(['-', '+', '—', '－'])
        });
        if goes_on && k - start + usize::from(glued_before) >= 2 {
            spaced[start..k].fill(true);
        }
    }
    spaced
}

/// The cells of a markdown pipe row, relative to `text` (empty cells left out).
fn pipe_cells(text: &str) -> Vec<(usize, usize)> {
    let mut cells = Vec::new();
    let mut start = 0;
    for (i, _) in text.match_indices('|').chain(std::iter::once((text.len(), ""))) {
        let piece = &text[start..i];
        let lead = piece.len() - piece.trim_start_matches(is_ws).len();
        let trimmed = piece.trim_matches(is_ws);
        if !trimmed.is_empty() && !trimmed.chars().all(|c| matches!(c, '-' | ':' | ' ')) {
            cells.push((start + lead, start + lead + trimmed.len()));
        }
        start = i + 1;
    }
    cells
}

/// A line of an HTML table that a bad capture left in the text: it opens
/// with a table tag (`<table …>`, `<tr>`, `<td colspan="3">`, `</tr>`,
/// `<th>`, `<tbody>`, in either case). Nothing inside is a heading.
fn is_html_row(text: &str) -> bool {
    let Some(t) = text.strip_prefix('<') else { return false };
    let t = t.strip_prefix('/').unwrap_or(t).as_bytes();
    ["tr", "td", "th", "table", "tbody", "thead"].iter().any(|name| {
        t.len() > name.len()
            && t[..name.len()].eq_ignore_ascii_case(name.as_bytes())
            && matches!(t[name.len()], b'>' | b' ' | b'/')
    })
}

/// The cells of an HTML table line: the text inside each `<td …>` or
/// `<th …>` up to the next tag, trimmed, relative to `text` (empty cells
/// left out).
fn html_cells(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut cells = Vec::new();
    let mut at = 0;
    while let Some(i) = memchr::memchr(b'<', &b[at..]).map(|i| at + i) {
        let Some(close) = memchr::memchr(b'>', &b[i..]).map(|j| i + j + 1) else { break };
        let tag = &b[i + 1..close - 1];
        let opens_cell = tag.len() >= 2
            && (tag[..2].eq_ignore_ascii_case(b"td") || tag[..2].eq_ignore_ascii_case(b"th"))
            && tag.get(2).is_none_or(|c| matches!(c, b' ' | b'/'));
        let end = memchr::memchr(b'<', &b[close..]).map_or(b.len(), |j| close + j);
        if opens_cell {
            let piece = &text[close..end];
            let lead = piece.len() - piece.trim_start_matches(is_ws).len();
            let trimmed = piece.trim_matches(is_ws);
            if !trimmed.is_empty() {
                cells.push((close + lead, close + lead + trimmed.len()));
            }
        }
        at = end;
    }
    cells
}

fn is_pipe_row(text: &str) -> bool {
    text.starts_with('|') && text.len() > 1 && text[1..].contains('|')
}

fn strip_markdown(text: &str) -> &str {
    text.trim_start_matches('#').trim_start_matches(is_ws).trim_matches('*')
}

fn is_caption(text: &str) -> bool {
    let t = strip_markdown(text);
    // Cheap tests first: a caption names a 表 and is short.
    if !words::contains(t, "表") || words::contains(t, "。") || t.chars().nth(50).is_some() || t.is_empty() {
        return false;
    }
    let numbered = t.strip_prefix('表').is_some_and(|r| {
        r.trim_start_matches(is_ws)
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || marker::cn_digit_value(c).is_some() || c == '十')
    });
    let end = t.trim_end_matches([')', '）']);
    let end = match end.rfind(['（', '(']) {
        Some(at) if end.len() < t.len() => &end[..at],
        _ => end,
    };
    numbered || end.ends_with('表')
}

/// Does `text` open with a part's or a section's marker (`第二部分`, `第一节`)?
fn is_part_heading(text: &str) -> bool {
    marker::marker(text).is_some_and(|m| matches!(m.style, MarkerStyle::Part | MarkerStyle::Section))
}

fn is_unit(text: &str) -> bool {
    // By the bytes: `（` is EF BC 88 (it runs on every line).
    let mut b = text.as_bytes();
    while let [b'(', rest @ ..] | [0xEF, 0xBC, 0x88, rest @ ..] = b {
        b = rest;
    }
    let t = &text[text.len() - b.len()..];
    t.starts_with("单位") && t.chars().count() <= 30 && (t[6..].starts_with('：') || t[6..].starts_with(':'))
}

/// A necessary condition of [`is_unit`] of a line opening with a bracket
/// (`(` or `（`), told inline from its first bytes: after that bracket
/// comes `单` or another bracket. Most such lines are headings (`（一）`),
/// told without a call.
#[inline(always)]
fn may_be_unit(b: &[u8]) -> bool {
    let rest = match b {
        [b'(', rest @ ..] | [0xEF, 0xBC, 0x88, rest @ ..] => rest,
        _ => b,
    };
    matches!(rest, [0xE5, 0x8D, 0x95, ..] | [b'(', ..] | [0xEF, 0xBC, 0x88, ..])
}

const PUNCT: [char; 10] = ['，', '。', '；', '：', ':', ',', ';', '、', '！', '？'];

fn kind(text: &str) -> Kind {
    if text.is_empty() {
        return Kind::Blank;
    }
    if is_page_marker(text) {
        return Kind::Page;
    }
    if is_pipe_row(text) || is_html_row(text) {
        return Kind::Row;
    }
    if is_unit(text) {
        return Kind::Unit;
    }
    if text.starts_with('#') {
        // A markdown heading: a caption, or the end of a table. A part's
        // heading (`## 第二部分 2024年度部门决算表`) names a 表 but is no
        // caption, in markdown as in plain text (below).
        return if is_caption(text) && !is_part_heading(strip_markdown(text)) { Kind::Caption } else { Kind::Prose };
    }
    if words::contains(text, "。") {
        // No row (rows have no `。`) and no caption (captions neither): the
        // common case of body text, decided before the scans below.
        return Kind::Prose;
    }
    // An appendix or glossary line (`附件1`, `名词解释`) opens a part of
    // its own: it ends the table above it and heads none (a table under
    // it starts below it).
    if super::appendix::appendix(text).is_some() {
        return Kind::Prose;
    }
    // Cells are separated by white space: a line without any has none.
    let spaced = text.bytes().any(|b| b == b' ' || b == b'\t') || text.contains('\u{3000}');
    if spaced {
        let (cells, numbers) = space_cells(text);
        if numbers >= 2 && cells.len() >= 2 {
            return Kind::Row;
        }
        if numbers == 1 && cells.len() == 2 && !text.contains('；') && !text.contains(';') {
            return Kind::WeakRow;
        }
    }
    if is_caption(text) && !is_part_heading(text) {
        return Kind::Caption;
    }
    if words::contains(text, "；") || text.contains(';') {
        return Kind::Prose;
    }
    // Only short lines are told apart below: count up to 61 chars.
    let chars = text.chars().take(61).count();
    if let Some(m) = marker::marker(text) {
        // A part's marker alone (`第二部分`, its title on the next line)
        // heads a part of the report, never a cell.
        if matches!(m.style, MarkerStyle::Part | MarkerStyle::Section)
            && text[usize::from(m.len)..].trim_start_matches(is_ws).is_empty()
        {
            return Kind::Prose;
        }
        if text[usize::from(m.len)..].chars().nth(2).is_none() {
            return Kind::Fragment;
        }
        return if chars <= 60 { Kind::Marker } else { Kind::Prose };
    }
    if chars <= FRAGMENT_CHARS {
        return Kind::Fragment;
    }
    if spaced && tokens(text).nth(1).is_some() && !text.contains(PUNCT) && chars <= 60 {
        return Kind::Header;
    }
    if chars <= 40 {
        Kind::Piece
    } else {
        Kind::Prose
    }
}

/// A line that is one number and nothing else (`33`, `0`, `4,187`, `-`):
/// a cell of a table flattened one cell a line. A few byte tests first:
/// it is short and opens with a digit or a dash.
fn is_bare_number(text: &str) -> bool {
    text.len() <= 16
        && text.as_bytes().first().is_some_and(|b| b.is_ascii_digit() || matches!(b, b'-' | 0xE2 | 0xEF))
        && is_number(text.trim_matches(is_ws))
}

/// May `text` be a [`Kind::Row`] or a [`Kind::Unit`] (what a table starts
/// at)? True of every such line, and false of most others by a few byte
/// tests: a row of cells is spaced, holds no `。`, does not open with `#`,
/// and holds a number, which opens with a digit or is a dash.
fn may_start(text: &str) -> bool {
    let b = text.as_bytes();
    // A pipe row opens with `|`, a unit line with `单`, `（` or `(`.
    match b.first() {
        Some(b'|') if is_pipe_row(text) => return true,
        Some(b'<') if is_html_row(text) => return true,
        // (`单` is E5 8D 95: a line opening with another E5… char is none.)
        Some(b'(' | 0xEF) if may_be_unit(b) && is_unit(text) => return true,
        Some(0xE5) if b.starts_with("单".as_bytes()) && is_unit(text) => return true,
        Some(b'#') | None => return false,
        _ => {}
    }
    // The tests in order of cost: most lines of prose end with `。`,
    // which no row holds (a test of the last bytes); most other lines are
    // headings and labels without a space (SIMD searches); the walk for a
    // digit or dash comes after.
    !b.ends_with("。".as_bytes()) && is_spaced(b) && spaced_may_start(text)
}

/// [`may_start`] of a spaced line (a space, a tab or a U+3000) without
/// `。` at its end, that opens with none of the chars [`may_start`] reads
/// first, nor with `#`.
fn spaced_may_start(text: &str) -> bool {
    let b = text.as_bytes();
    (has_digit_or_dash(b) || has_wide_dash(b))
        && !words::contains(text, "。")
        // Two cells that are numbers, without the cells' vectors.
        && tokens(text).filter(|&(s, e)| is_number(&text[s..e])).nth(1).is_some()
}

/// Does `b` hold an ASCII digit or `-`? Every byte read, without a branch
/// per byte (an `or` of the bytes' tests, which the compiler vectorizes):
/// the lines asked are short, and a digit, where there is one, is often
/// at their end (`… 12 3`). Sixteen bytes at a time, the last few copied
/// into a chunk padded with zeros: one small fold, where a fold over the
/// whole slice compiled to a vector loop with its scalar ends (a few
/// hundred bytes of code for a test of a few lines a document).
fn has_digit_or_dash(b: &[u8]) -> bool {
    let test = |w: &[u8; 16]| w.iter().fold(false, |found, &c| found | c.is_ascii_digit() | (c == b'-'));
    let mut chunks = b.chunks_exact(16);
    if chunks.by_ref().any(|w| test(w.try_into().expect("chunks_exact gives whole chunks"))) {
        return true;
    }
    let rest = chunks.remainder();
    let mut last = [0u8; 16];
    last[..rest.len()].copy_from_slice(rest);
    test(&last)
}

/// Does `b` hold a U+3000 (E3 80 80)? A prebuilt search for the three
/// bytes: a search for one of them stops at every `、` and `。` (E3 80 8x).
fn has_wide_space(b: &[u8]) -> bool {
    static WIDE_SPACE: Lazy<memmem::Finder<'static>> = Lazy::new(|| memmem::Finder::new("\u{3000}"));
    WIDE_SPACE.find(b).is_some()
}

/// Does `b` hold a `—` (E2 80 94) or a `－` (EF BC 8D)? The shared word
/// search, out of line: it runs on the few spaced lines of a document
/// that hold no digit, where an inlined search of both last bytes was
/// some 500 bytes of code.
fn has_wide_dash(b: &[u8]) -> bool {
    words::find_bytes(b, "—".as_bytes()).is_some() || words::find_bytes(b, "－".as_bytes()).is_some()
}

/// The slot of a style in the numbering kept outside tables.
/// `第一节` takes a slot of its own under `第一章`.
fn slot(style: MarkerStyle) -> usize {
    match style {
        MarkerStyle::Part => 0,
        MarkerStyle::Section => 1,
        s => s.gb_rank() as usize + 1,
    }
}

/// The last ordinal of each heading level seen outside tables.
type Outside = [Option<u32>; 8];

/// Does `m` continue the numbering of the headings outside tables?
fn continues_outside(outside: &Outside, m: &RawMarker) -> bool {
    outside[slot(m.style)].is_some_and(|o| m.ordinal == o + 1)
}

/// Do two markers follow each other in a run of row labels (`十、…` `十一、…`)?
fn runs_on(last: Option<RawMarker>, m: Option<RawMarker>) -> bool {
    m.zip(last).is_some_and(|(m, p)| p.style == m.style && (m.ordinal == p.ordinal + 1 || p.ordinal == m.ordinal + 1))
}

/// Find the tables among `lines`: ranges of line indices, in order.
/// `markers` is each line's leading marker; `bare` the indices of bare
/// page-number lines (`page::BarePages`), page markers here too.
pub(crate) fn find(
    src: &str,
    lines: &[RawLine],
    markers: &[Option<RawMarker>],
    bare: &[usize],
) -> Vec<std::ops::Range<usize>> {
    // A table starts at a row, or at a caption over a unit line: a report
    // without either line has none. Only the lines that may be one (a few
    // byte tests) are read to tell.
    if !any_starts(src, lines) {
        return Vec::new();
    }
    find_in(src, lines, markers, bare)
}

/// Does a table start at one of `lines`: a row or a unit line
/// ([`may_start`] and [`kind`]), or a bare number ([`is_bare_number`])?
/// (Reference: `any_starts_reference`, in the tests.) Most reports hold
/// no such line, and each line is told by a few byte tests, without its
/// text being sliced as a `str`: a bare number is 16 bytes at most and
/// opens with a digit or a dash, [`may_start`] is true of a line opening
/// with `|`, `<`, `(`, `（` or `单` (a table of first bytes tells most
/// lines opening with none of these), or else of a line without `。`
/// that holds white space between cells (a space, a tab or a U+3000):
/// most lines of prose end with `。`. A line that may start one by its
/// head is read whole once; any other line only past what was tested of
/// it ([`spaced_may_start`]).
fn any_starts(src: &str, lines: &[RawLine]) -> bool {
    let bytes = src.as_bytes();
    for l in lines {
        let b = &bytes[l.text.start..l.text.end];
        let Some(&c) = b.first() else { continue };
        let head = HEAD[usize::from(c)];
        if head != 0 && may_start_by_head(head, b) {
            let t = &src[l.text];
            if (may_start(t) && matches!(kind(t), Kind::Row | Kind::Unit)) || is_bare_number(t) {
                return true;
            }
            continue;
        }
        // The other lines are no bare number, and [`may_start`] reads them
        // past its first byte: only a spaced line without `。` may start.
        if c != b'#' && !b.ends_with("。".as_bytes()) && is_spaced(b) {
            let t = &src[l.text];
            if spaced_may_start(t) && matches!(kind(t), Kind::Row | Kind::Unit) {
                return true;
            }
        }
    }
    false
}

/// Does `b` hold a space, a tab or a U+3000? One copy, out of line, of
/// the two searches (each inlines the search of a short slice).
#[inline(never)]
fn is_spaced(b: &[u8]) -> bool {
    static SPACE_OR_TAB: Bytes2 = Bytes2::new(b' ', b'\t');
    SPACE_OR_TAB.find(b).is_some() || has_wide_space(b)
}

/// What the first byte of a line tells [`any_starts`], as bits: [`OPENS`]
/// `|`, `<`, `(` (a pipe row, an HTML row, a unit line in brackets);
/// [`SHORT`] a digit, `-`, the lead bytes of `—` and `－` (a bare number,
/// 16 bytes at most); [`DAN`] the lead byte of `单`; [`PAREN`] that of `（`
/// (and of `－`: both bits).
static HEAD: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = b'0';
    while c <= b'9' {
        t[c as usize] = SHORT;
        c += 1;
    }
    t[b'-' as usize] = SHORT;
    t[b'|' as usize] = OPENS;
    t[b'<' as usize] = OPENS;
    t[b'(' as usize] = OPENS;
    t[0xE2] = SHORT;
    t[0xE5] = DAN;
    t[0xEF] = SHORT | PAREN;
    t
};
/// See [`HEAD`].
const OPENS: u8 = 1;
/// See [`HEAD`].
const SHORT: u8 = 2;
/// See [`HEAD`].
const DAN: u8 = 4;
/// See [`HEAD`].
const PAREN: u8 = 8;

/// May the line of bytes `b` (not empty, its first byte's bits `head` of
/// [`HEAD`]) start a table by its head: a row or a unit line that
/// [`may_start`] tells by its first byte, or a bare number? (A line whose
/// head is none of these may start one only when it holds white space.)
/// The bits are put together without a branch each.
#[inline(always)]
fn may_start_by_head(head: u8, b: &[u8]) -> bool {
    let three = match b {
        [x, y, z, ..] => u32::from_le_bytes([*x, *y, *z, 0]),
        _ => 0,
    };
    let dan = u32::from_le_bytes([0xE5, 0x8D, 0x95, 0]);
    let paren = u32::from_le_bytes([0xEF, 0xBC, 0x88, 0]);
    let fits = (u8::from(b.len() <= 16) * SHORT) | (u8::from(three == dan) * DAN) | (u8::from(three == paren) * PAREN);
    head & (OPENS | fits) != 0
}

/// [`find`] past the test that a table starts somewhere.
#[inline(never)]
fn find_in(src: &str, lines: &[RawLine], markers: &[Option<RawMarker>], bare: &[usize]) -> Vec<std::ops::Range<usize>> {
    let mut kinds: Vec<Kind> = lines.iter().map(|l| kind(&src[l.text])).collect();
    title_after_appendix(src, lines, markers, &mut kinds);
    title_after_part(src, lines, markers, &mut kinds);
    for &k in bare {
        kinds[k] = Kind::Page;
    }
    // The lines that are a bare number: cells of a table flattened one
    // cell a line (page numbers are pages, not cells).
    let number: Vec<bool> =
        lines.iter().zip(&kinds).map(|(l, k)| *k == Kind::Fragment && is_bare_number(&src[l.text])).collect();
    let mut regions = Vec::new();
    let mut outside: Outside = [None; 8];
    let mut i = 0;
    let mut floor = 0;
    while i < lines.len() {
        let vertical = number[i] && number.get(i + 1..i + 3).is_some_and(|n| n.iter().all(|b| *b));
        let starts = match kinds[i] {
            Kind::Row => true,
            Kind::Caption => kinds[i + 1..].iter().filter(|k| **k != Kind::Blank).take(2).any(|k| *k == Kind::Unit),
            _ => vertical,
        };
        // The label of a vertical table's first row is the table's, not a
        // heading outside it.
        let labels_vertical = number.get(i + 1..i + 4).is_some_and(|n| n.iter().all(|b| *b));
        if !starts {
            if let (Some(m), Kind::Marker | Kind::Prose | Kind::Piece, false) = (markers[i], kinds[i], labels_vertical)
            {
                let s = slot(m.style);
                if s < outside.len() {
                    outside[s] = Some(m.ordinal);
                    outside[s + 1..].iter_mut().for_each(|o| *o = None);
                }
            }
            i += 1;
            continue;
        }
        // The first row's label stands just above its first figure.
        let label = vertical && i > floor && matches!(kinds[i - 1], Kind::Marker | Kind::Piece | Kind::Fragment);
        let first = if label { i - 1 } else { i };
        let start = head_start(&kinds, markers, &outside, first, floor);
        let last = table_end(&kinds, markers, &number, &outside, i);
        regions.push(start..last + 1);
        floor = last + 1;
        i = last + 1;
    }
    regions
}

/// `附件1` alone on its line takes its title from the next line that is
/// not blank (`body`'s appendix rule): that line is no caption or cell of
/// the table under it, though it may name a 表. Only lines opening with
/// `附`, `#` or `*` may be such an appendix line.
fn title_after_appendix(src: &str, lines: &[RawLine], markers: &[Option<RawMarker>], kinds: &mut [Kind]) {
    for k in 0..lines.len() {
        let text = &src[lines[k].text];
        if kinds[k] != Kind::Prose || !text.starts_with(['附', '#', '*']) {
            continue;
        }
        if super::appendix::appendix(text).is_none_or(|a| a.title.is_some()) {
            continue;
        }
        let next = (k + 1..lines.len().min(k + 3)).find(|&j| kinds[j] != Kind::Blank);
        if let Some(j) = next.filter(|&j| markers[j].is_none() && kinds[j] != Kind::Row) {
            kinds[j] = Kind::Prose;
        }
    }
}

/// `第二部分` alone on its line takes its title from the next line that
/// is not blank (`body`'s rule for a marker alone): that line is no
/// caption of the table under it, though it may name a 表
/// (`2024年度部门决算表`). Only the lines with a part's marker are read.
fn title_after_part(src: &str, lines: &[RawLine], markers: &[Option<RawMarker>], kinds: &mut [Kind]) {
    for (k, m) in markers.iter().enumerate() {
        let Some(m) = m.filter(|m| matches!(m.style, MarkerStyle::Part | MarkerStyle::Section)) else { continue };
        if !src[lines[k].text].get(usize::from(m.len)..).is_some_and(|r| r.trim_start_matches(is_ws).is_empty()) {
            continue;
        }
        let next = (k + 1..lines.len().min(k + 3)).find(|&j| kinds[j] != Kind::Blank);
        if let Some(j) = next.filter(|&j| markers[j].is_none() && kinds[j] != Kind::Row) {
            kinds[j] = Kind::Prose;
        }
    }
}

/// The first line of the table whose first row is line `i`: the head lines
/// just above it (caption, unit, header rows, broken header cells), no
/// further up than `floor` (the end of the table before).
fn head_start(kinds: &[Kind], markers: &[Option<RawMarker>], outside: &Outside, i: usize, floor: usize) -> usize {
    let mut start = i;
    while start > floor
        && i - start < LOOK_BACK
        && matches!(
            kinds[start - 1],
            Kind::Caption | Kind::Unit | Kind::Header | Kind::Fragment | Kind::Blank | Kind::Page
        )
        && !markers[start - 1].is_some_and(|m| continues_outside(outside, &m) && kinds[start - 1] != Kind::Caption)
    {
        start -= 1;
    }
    while start < i && matches!(kinds[start], Kind::Blank | Kind::Page) {
        start += 1;
    }
    start
}

/// The last line of the table whose first row is line `i`.
fn table_end(kinds: &[Kind], markers: &[Option<RawMarker>], number: &[bool], outside: &Outside, i: usize) -> usize {
    let mut last = i;
    // The last marker of a line in the table: a run of row labels goes on from it.
    let mut last_marker = markers[i];
    let mut j = i + 1;
    while j < kinds.len() {
        let k = kinds[j];
        let m = markers[j];
        // A marker alone (`三、` over a vertical header cell) before
        // more fragments is a cell, whatever its number.
        let cell_alone = k == Kind::Fragment
            && (j + 1..kinds.len().min(j + 3))
                .find(|&n| kinds[n] != Kind::Blank)
                .is_some_and(|n| matches!(kinds[n], Kind::Fragment | Kind::Row))
            // A row label over its figures, one a line.
            || number.get(j + 1).is_some_and(|b| *b);
        // A heading that skips one ordinal (`四、` after the `二、` the
        // table stands under: a part left out) ends the table too,
        // unless it goes on from the table's own row labels.
        let skips_one = |m: &RawMarker| outside[slot(m.style)].is_some_and(|o| m.ordinal == o + 2);
        let ends = |m: RawMarker| continues_outside(outside, &m) || (skips_one(&m) && !runs_on(last_marker, Some(m)));
        if k != Kind::Row && !cell_alone && m.is_some_and(ends) {
            break;
        }
        let joins = match k {
            Kind::Row | Kind::WeakRow | Kind::Caption | Kind::Unit | Kind::Header | Kind::Fragment => true,
            Kind::Blank | Kind::Page => {
                j += 1;
                continue;
            }
            Kind::Marker => runs_on(last_marker, m) || row_ahead(kinds, j),
            Kind::Piece => {
                // A piece of a broken label, before a row or the next label of a run.
                let next = (j + 1..kinds.len().min(j + 3)).find(|&n| kinds[n] != Kind::Blank);
                row_ahead(kinds, j)
                    || next.is_some_and(|n| kinds[n] == Kind::Marker && runs_on(last_marker, markers[n]))
            }
            Kind::Prose => false,
        };
        if !joins {
            break;
        }
        if m.is_some() {
            last_marker = m;
        }
        last = j;
        j += 1;
    }
    last
}

/// Is there a row within [`LOOK_AHEAD`] lines after `j`, with only pieces
/// of labels between?
fn row_ahead(kinds: &[Kind], j: usize) -> bool {
    for k in kinds.iter().skip(j + 1).take(LOOK_AHEAD) {
        match k {
            Kind::Row | Kind::WeakRow | Kind::Fragment => return true,
            Kind::Marker | Kind::Piece | Kind::Page | Kind::Blank => {}
            _ => return false,
        }
    }
    false
}

/// The table made of `lines`.
pub(crate) fn build(src: &str, lines: &[RawLine]) -> Table {
    let table_lines = lines
        .iter()
        .map(|l| {
            let text = &src[l.text];
            let k = kind(text);
            let (kind, cells) = match k {
                Kind::Blank | Kind::Page => (TableLineKind::Clutter, Vec::new()),
                Kind::Caption => (TableLineKind::Caption, Vec::new()),
                Kind::Unit => (TableLineKind::Unit, Vec::new()),
                Kind::Fragment | Kind::Piece | Kind::Marker | Kind::Prose => (TableLineKind::Fragment, Vec::new()),
                // A header row has no numbers: each word is a cell.
                Kind::Header => (TableLineKind::Row, tokens(text).collect()),
                Kind::Row | Kind::WeakRow => {
                    let cells = if is_pipe_row(text) {
                        pipe_cells(text)
                    } else if is_html_row(text) {
                        html_cells(text)
                    } else {
                        space_cells(text).0
                    };
                    (TableLineKind::Row, cells)
                }
            };
            let base = l.text.start;
            let cells = cells.into_iter().map(|(s, e)| Span::new(base + s, base + e)).collect();
            TableLine { span: l.full, text: l.text, kind, cells }
        })
        .collect();
    let span = Span::new(lines.first().map_or(0, |l| l.full.start), lines.last().map_or(0, |l| l.full.end));
    Table { span, lines: table_lines }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `has_wide_dash` as first written: both dashes found by their last bytes.
    fn has_wide_dash_reference(b: &[u8]) -> bool {
        static LAST_OF_DASHES: Bytes2 = Bytes2::new(0x94, 0x8D);
        LAST_OF_DASHES.iter(b).any(|j| j >= 2 && matches!(b[j - 2..=j], [0xE2, 0x80, 0x94] | [0xEF, 0xBC, 0x8D]))
    }

    /// [`any_starts`] as it was: every line read.
    fn any_starts_reference(src: &str, lines: &[RawLine]) -> bool {
        let starts = |t: &str| (may_start(t) && matches!(kind(t), Kind::Row | Kind::Unit)) || is_bare_number(t);
        lines.iter().any(|l| starts(&src[l.text]))
    }

    proptest::proptest! {
        #[test]
        fn any_starts_is_the_reference(
            rows in proptest::collection::vec(
                "[一、（）(单位：:表|<tr>#。；0-9.,%+ \t　—－-]{0,12}|[ \t　]{0,2}[一二单位年2 　0-9-]{0,10}[ \t]{0,2}",
                0..8,
            ),
        ) {
            let text = rows.join("\n");
            let lines = crate::syntax::line::split(&text, 0);
            proptest::prop_assert_eq!(any_starts(&text, &lines), any_starts_reference(&text, &lines));
            for k in 0..lines.len() {
                let some = &lines[k..];
                proptest::prop_assert_eq!(any_starts(&text, some), any_starts_reference(&text, some));
            }
        }
    }

    #[test]
    fn kinds_of_lines() {
        assert_eq!(kind("一、本年新收政府信息公开申请数量 12 3 0 0 1 0 16"), Kind::Row);
        assert_eq!(kind("一、一般公共预算财政拨款收入 2,940.05 一、一般公共服务支出 2,106.66"), Kind::Row);
        assert_eq!(kind("| 一、本年新收 | 32 | 2 |"), Kind::Row);
        assert_eq!(kind("|---|---|"), Kind::Row);
        assert!(
            !matches!(kind("政府信息 5500 余条，其中政策性文件 9 件"), Kind::Row | Kind::WeakRow),
            "a number followed by a CJK word is prose, not a cell"
        );
        assert_eq!(kind("（一）主动公开情况。2024 年，主动公开 12 3"), Kind::Prose);
        assert_eq!(kind("表1 主要农产品产量"), Kind::Caption);
        assert_eq!(kind("一、收入支出决算总表"), Kind::Caption);
        assert_eq!(kind("单位：万元"), Kind::Unit);
        assert_eq!(kind("（三）不"), Kind::Fragment);
        assert_eq!(kind("- 3 -"), Kind::Page);
        assert_eq!(kind("行政许可 5126"), Kind::WeakRow);
    }

    proptest::proptest! {
        #[test]
        fn every_line_a_table_starts_at_may_start(text in "[一、（）单位：:表|#。；0-9.,%+ \t　—－-]{0,24}") {
            if matches!(kind(&text), Kind::Row | Kind::Unit) {
                proptest::prop_assert!(may_start(&text));
            }
        }

        #[test]
        fn may_be_unit_lets_every_unit_line_through(text in "[（(）)单位：:元万一]{0,8}") {
            if matches!(text.as_bytes().first(), Some(b'(' | 0xEF)) && is_unit(&text) {
                proptest::prop_assert!(may_be_unit(text.as_bytes()));
            }
        }

        #[test]
        fn has_digit_or_dash_is_any(text in "[a 0-9、。一-]{0,60}") {
            let b = text.as_bytes();
            proptest::prop_assert_eq!(has_digit_or_dash(b), b.iter().any(|c| c.is_ascii_digit() || *c == b'-'));
        }

        #[test]
        fn has_wide_space_is_contains(text in "[a 　、。一\u{4e40}\u{3040}]{0,12}") {
            proptest::prop_assert_eq!(has_wide_space(text.as_bytes()), text.contains('\u{3000}'));
        }

        #[test]
        fn has_wide_dash_is_contains(text in "[a —－—＝、。一\u{4e14}\u{4e0d}]{0,12}") {
            proptest::prop_assert_eq!(has_wide_dash(text.as_bytes()), text.contains(['—', '－']));
            proptest::prop_assert_eq!(has_wide_dash(text.as_bytes()), has_wide_dash_reference(text.as_bytes()));
        }

        #[test]
        fn tokens_are_split_at_white_space(text in "[a1 \t　\u{a0}\u{2003}\u{200b}\u{feff}、。一，é\u{1f600}]{0,16}") {
            let by_chars: Vec<&str> = text.split(is_ws).filter(|t| !t.is_empty()).collect();
            let by_bytes: Vec<&str> = tokens(&text).map(|(s, e)| &text[s..e]).collect();
            proptest::prop_assert_eq!(by_bytes, by_chars);
        }
    }

    proptest::proptest! {
        #[test]
        fn unit_lines_by_bytes_are_unit_lines_by_chars(text in "[（(单位：:万元a]{0,8}") {
            let t = text.trim_start_matches(['（', '(']);
            let by_chars =
                t.starts_with("单位") && t.chars().count() <= 30 && (t[6..].starts_with('：') || t[6..].starts_with(':'));
            proptest::prop_assert_eq!(is_unit(&text), by_chars);
        }
    }

    #[test]
    fn html_table_lines_are_rows() {
        assert_eq!(kind("<tr><td colspan=\"3\">一、本年新收政府信息公开申请数量</td><td>5</td></tr>"), Kind::Row);
        assert_eq!(kind("<td>（三）不予公开</td>"), Kind::Row);
        assert_eq!(kind("</tr>"), Kind::Row);
        assert_eq!(kind("<TABLE border=1>"), Kind::Row);
        assert_ne!(kind("<p>一、总体情况</p>"), Kind::Row);
        assert_ne!(kind("<three>"), Kind::Row);
        assert!(may_start("<tr>"));
        assert_eq!(kind("## 第二部分 2024年度部门决算表"), Kind::Prose, "a part's heading is no caption");
        assert_eq!(kind("## 表1 收入支出决算总表"), Kind::Caption);
        let row = "<tr><td colspan=\"2\"> （一）予以公开 </td><td></td><td>3</td></tr>";
        let cells: Vec<&str> = html_cells(row).into_iter().map(|(s, e)| &row[s..e]).collect();
        assert_eq!(cells, ["（一）予以公开", "3"]);
        assert!(html_cells("<td>未闭合").iter().all(|&(s, e)| s <= e));
    }

    #[test]
    fn cells_of_a_row() {
        let t = "（一）予以公开 6 1 0";
        let cells: Vec<&str> = space_cells(t).0.into_iter().map(|(s, e)| &t[s..e]).collect();
        assert_eq!(cells, ["（一）予以公开", "6", "1", "0"]);
        let t = "| 一、本年新收 | 32 | 2 |";
        let cells: Vec<&str> = pipe_cells(t).into_iter().map(|(s, e)| &t[s..e]).collect();
        assert_eq!(cells, ["一、本年新收", "32", "2"]);
        let t = "2 公务卡结算执行不到位 35.60 35.60 已完成";
        let cells: Vec<&str> = space_cells(t).0.into_iter().map(|(s, e)| &t[s..e]).collect();
        assert_eq!(cells, ["2 公务卡结算执行不到位", "35.60", "35.60", "已完成"], "a status cell after the figures");
        assert_eq!(kind(t), Kind::Row);
        assert_ne!(kind("实施期限 2024 2025 年度"), Kind::Row, "a unit or date word goes on a figure");
        assert_ne!(kind("投入资金 12 15 万元"), Kind::Row);
        assert_ne!(kind("全年办件 14 已完成"), Kind::Row, "one figure makes no row");
    }
}
