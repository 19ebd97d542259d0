//! Page markers of converted text (PDF, Word): the page numbers a converter
//! leaves between the lines of the body.
//!
//! ```text
//! page_marker ::= dash+ ws* number ws* dash+          (`- 1 -`, `— 7 —`, `－12－`)
//!               | dot ws* number ws* dot               (`·3·`, a gazette's)
//!               | "第" ws* number ws* "页"              (`第 3 页`)
//!               | "第" ws* number ws* "页" sep? ws* "共" ws* number ws* "页"
//!               | "共" ws* number ws* "页" sep? ws* "第" ws* number ws* "页"
//!               | dash* ws* number ws* "/" ws* number ws* dash*
//!                                                   (`3/12`: page / pages, n <= m)
//!               | dash+ ws* roman ws* dash+          (`- i -`, `— IV —`: front pages)
//!               | page ws* number (ws* ("of" | "/") ws* number)?
//!                                                   (`Page 1 of 5`: an English-locale footer)
//! roman       ::= [ivxIVX]{1,6}
//! page        ::= "Page" | "page" | "PAGE"
//! dash        ::= "-" | "—" | "–" | "―" | "－" | "─"
//! dot         ::= "·" | "•" | "・" | "‧"
//! number      ::= digit{1,4}
//! sep         ::= "，" | "," | "/" | ws
//! ```
//!
//! The whole line must be a marker: a dash and a number inside a sentence
//! are text. A bare number alone on its line is a page marker only as one
//! of a run of them (see [`BarePages`]).
//!
//! A running header or footer is a short line (four chars at least, no
//! `。`, no heading marker)
//! that a document with page markers repeats on at least half of its
//! pages, and three times at least.

use super::line::RawLine;
use crate::text::ws::is_ws;

/// Longest running header or footer, in chars.
const RUNNING_CHARS: usize = 30;
/// Shortest running header or footer, in chars other than spaces: a
/// table's header cell (`维持`, `结 果`) repeats too.
const RUNNING_MIN_CHARS: usize = 4;

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '—' | '–' | '―' | '－' | '─')
}

fn is_dot(c: char) -> bool {
    matches!(c, '·' | '•' | '・' | '‧')
}

/// `s` after one to four digits (ASCII or full-width), or `None`.
fn number(s: &str) -> Option<&str> {
    let s = s.trim_start_matches(is_ws);
    let rest = s.trim_start_matches(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c));
    let n = s[..s.len() - rest.len()].chars().count();
    (1..=4).contains(&n).then(|| rest.trim_start_matches(is_ws))
}

/// `第 N 页` at the start of `s`; the rest. (Out of line: the grammar
/// reads it at five places.)
#[inline(never)]
fn nth_page<'a>(s: &'a str, word: &str) -> Option<&'a str> {
    let rest = number(s.strip_prefix(word)?)?;
    rest.strip_prefix('页')
}

/// `3/12` at the start of `s` (a page and the page count, the first not
/// above the second, which is at most 999); the rest.
fn of_pages(s: &str) -> Option<&str> {
    let rest = number(s)?;
    let page = value(&s[..s.len() - rest.len()]);
    let after = rest.strip_prefix(['/', '／'])?;
    let end = number(after)?;
    let count = value(&after[..after.len() - end.len()]);
    (page >= 1 && page <= count && count <= 999).then_some(end)
}

/// The value of the digits `d` (ASCII or full-width), other chars passed
/// over. One copy for both numbers of [`of_pages`].
#[inline(never)]
fn value(d: &str) -> u32 {
    d.chars()
        .filter_map(|c| c.to_digit(10).or_else(|| ('０'..='９').contains(&c).then(|| c as u32 - '０' as u32)))
        .fold(0, |a, v| a * 10 + v)
}

/// `s` after a Roman page number `i` … `xxxix` (upper or lower case, up
/// to six letters), or `None`.
fn roman(s: &str) -> Option<&str> {
    let rest = s.trim_start_matches(['i', 'v', 'x', 'I', 'V', 'X']);
    (1..=6).contains(&(s.len() - rest.len())).then(|| rest.trim_start_matches(is_ws))
}

/// `Page 3`, `Page 3 of 12`, `Page 3 / 12`: the whole of `text`.
fn english_page(text: &str) -> bool {
    let Some(rest) = ["Page", "page", "PAGE"].iter().find_map(|w| text.strip_prefix(w)).and_then(number) else {
        return false;
    };
    let rest = rest.trim_end_matches(is_ws);
    if rest.is_empty() {
        return true;
    }
    let count = ["of", "OF", "/"].iter().find_map(|w| rest.strip_prefix(w));
    count.and_then(number).is_some_and(only_ws)
}

/// Is the trimmed line `text` a page marker?
///
/// This runs on every line, in several passes; most lines are told by
/// their length and first byte, inlined, without a call: every page
/// marker is 40 bytes at most and opens with a dash, white space, a dot,
/// 第 or 共, `P` or a digit (the grammar's forms), whose first bytes are
/// looked up in a bit set ([`OPEN_BYTES`]). The test of the last char,
/// a dash, white space, a dot, 页 or a digit, and the grammar are out of
/// line, once, in [`page_marker_read`]: a heading (`第一部分 …`) or a date
/// (`2025年3月6日`) opens as a page marker may but does not end as one.
#[inline(always)]
pub(crate) fn is_page_marker(text: &str) -> bool {
    may_be_page_marker(text.as_bytes()) && page_marker_read(text)
}

/// [`is_page_marker`] of the text of `line`: its bytes are tested before
/// they are sliced as a `str` (which tests both ends for char
/// boundaries), as most lines fail the tests.
#[inline(always)]
fn is_page_marker_at(src: &str, line: &RawLine) -> bool {
    may_be_page_marker(&src.as_bytes()[line.text.start..line.text.end]) && page_marker_read(&src[line.text])
}

/// The cheap, inlined part of [`is_page_marker`]: the length, and the
/// first byte in [`OPEN_BYTES`] (bit `b & 63` of word `b >> 6`).
#[inline(always)]
fn may_be_page_marker(b: &[u8]) -> bool {
    b.len() <= 40 && b.first().is_some_and(|&f| (OPEN_BYTES[usize::from(f >> 6)] >> (f & 63)) & 1 != 0)
}

/// The first bytes of the chars that open a page marker (as the tests'
/// `may_open_page_marker` reads them), as a bit set: `-`, white space,
/// `P` `p`, the digits; C2 (NBSP, `·`), E2 (U+2000.., the dashes and
/// dots), E3 (U+3000, `・`), E5 (共), E7 (第), EF (－, ０..９, U+FEFF).
const OPEN_BYTES: [u64; 4] = {
    let bytes = b"- \t\x0B\x0CPp0123456789\xC2\xE2\xE3\xE5\xE7\xEF";
    let mut set = [0u64; 4];
    let mut i = 0;
    while i < bytes.len() {
        set[(bytes[i] >> 6) as usize] |= 1 << (bytes[i] & 63);
        i += 1;
    }
    set
};

/// Does `b` end with a char that may end a page marker: a dash, white
/// space ([`is_ws`]), a dot, 页 or a digit (ASCII or full-width)? Read
/// from the bytes of their UTF-8 encodings (a lead byte three or two
/// bytes from the end opens the last char).
fn may_close_page_marker(b: &[u8]) -> bool {
    matches!(
        b,
        [.., b'-' | b' ' | b'\t' | 0x0B | 0x0C | b'0'..=b'9']
            | [.., 0xC2, 0xA0 | 0xB7] // NBSP ·
            | [.., 0xE2, 0x80, 0x80..=0x8B | 0x93..=0x95 | 0xA2 | 0xA7] // U+2000..U+200B – — ― • ‧
            | [.., 0xE2, 0x94, 0x80] // ─
            | [.., 0xE3, 0x80, 0x80] | [.., 0xE3, 0x83, 0xBB] // U+3000 ・
            | [.., 0xE9, 0xA1, 0xB5] // 页
            | [.., 0xEF, 0xBC, 0x8D | 0x90..=0x99] | [.., 0xEF, 0xBB, 0xBF] // － ０..９ U+FEFF
    )
}

/// Does `c` end a page marker's form (what [`may_close_page_marker`]
/// reads from the bytes)?
#[cfg(test)]
fn closes_page_marker(c: char) -> bool {
    is_dash(c) || is_ws(c) || is_dot(c) || c == '页' || c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// Does `b` open with a char that may open a page marker: a dash, white
/// space ([`is_ws`]), a dot, 第, 共, `P`, `p` or a digit (ASCII or
/// full-width)? Read from the bytes of their UTF-8 encodings. (The
/// tests' reference for the first-byte gate, [`OPEN_BYTES`].)
#[cfg(test)]
fn may_open_page_marker(b: &[u8]) -> bool {
    matches!(
        b,
        [b'-' | b' ' | b'\t' | 0x0B | 0x0C | b'P' | b'p' | b'0'..=b'9', ..]
            | [0xC2, 0xA0 | 0xB7, ..] // NBSP ·
            | [0xE2, 0x80, 0x80..=0x8B | 0x93..=0x95 | 0xA2 | 0xA7, ..] // U+2000..U+200B – — ― • ‧
            | [0xE2, 0x94, 0x80, ..] // ─
            | [0xE3, 0x80, 0x80, ..] | [0xE3, 0x83, 0xBB, ..] // U+3000 ・
            | [0xE5, 0x85, 0xB1, ..] // 共
            | [0xE7, 0xAC, 0xAC, ..] // 第
            | [0xEF, 0xBC, 0x8D | 0x90..=0x99, ..] | [0xEF, 0xBB, 0xBF, ..] // － ０..９ U+FEFF
    )
}

/// Does `c` open a page marker's form (what [`may_open_page_marker`] reads
/// from the bytes)?
#[cfg(test)]
fn opens_page_marker(c: char) -> bool {
    is_dash(c)
        || is_ws(c)
        || is_dot(c)
        || matches!(c, '第' | '共' | 'P' | 'p')
        || c.is_ascii_digit()
        || ('０'..='９').contains(&c)
}

/// [`is_page_marker`] past its gate: `text` is 40 bytes at most, and its
/// first byte may be a page marker's. Its last char is told first.
#[inline(never)]
fn page_marker_read(text: &str) -> bool {
    // (The first char's test, `may_open_page_marker`, would tell few more
    // lines than the first byte's: most lines it would tell, a CJK char
    // after the lead byte of 第 or 共, end as no page marker does.)
    if !may_close_page_marker(text.as_bytes()) {
        return false;
    }
    let undashed = skip_dashes(text);
    if of_pages(undashed).is_some_and(|r| skip_dashes(r).is_empty()) {
        return true;
    }
    if undashed.len() < text.len() {
        let Some(rest) = number(undashed).or_else(|| roman(undashed)) else { return false };
        return !rest.is_empty() && skip_dashes(rest).is_empty();
    }
    if text.starts_with(['P', 'p']) {
        return english_page(text);
    }
    // (`number` passes the white space after the dot.)
    if let Some(rest) = text.strip_prefix(is_dot).and_then(number) {
        return rest.strip_prefix(is_dot).is_some_and(only_ws);
    }
    if nth_page(text, "第").is_some_and(only_ws) {
        return true;
    }
    let pair = |a: &str, b: &str| {
        nth_page(text, a)
            .map(|r| r.trim_start_matches(|c: char| matches!(c, '，' | ',' | '/') || is_ws(c)))
            .and_then(|r| nth_page(r, b))
            .is_some_and(only_ws)
    };
    pair("第", "共") || pair("共", "第")
}

/// `s` after its leading dashes and white space. One copy of the decoding
/// walk for [`page_marker_read`]'s tests (a rest that is all dashes and
/// white space is one this leaves empty).
#[inline(never)]
fn skip_dashes(s: &str) -> &str {
    s.trim_start_matches(|c: char| is_dash(c) || is_ws(c))
}

/// Is `s` all white space (`s.trim_matches(is_ws).is_empty()`)? The
/// grammar's test of what is left after a form, by the shared out-of-line
/// trim (not a walk of its own).
fn only_ws(s: &str) -> bool {
    crate::text::ws::trim_start_ws_small(s).is_empty()
}

/// Fewest lines between two bare page numbers: a page holds more.
const PAGE_MIN_LINES: usize = 5;

/// The bare page numbers of a converted document (`3` alone on its line
/// at each page's foot): the indices of those lines, in order. A number
/// alone on a line is also a table's cell, so they count only as a run:
/// three at least, every such line of the document numbered one more than
/// the one before, with [`PAGE_MIN_LINES`] lines at least between them.
/// Empty otherwise (and without allocating). Read a line at a time, in
/// the pass of [`running_lines`] over every line.
#[derive(Default)]
struct BarePages {
    found: Vec<usize>,
    /// The last number's line and value.
    last: Option<(usize, u32)>,
    /// A number out of the run was met: there is none.
    broken: bool,
}

impl BarePages {
    /// Line `k`, `l` (whose text is 40 bytes at most).
    #[inline(always)]
    fn step(&mut self, src: &str, k: usize, l: &RawLine) {
        // Cheap: one to three ASCII digits, nothing else (the length told
        // from the span, before the text is sliced).
        if l.text.is_empty() || l.text.len() > 3 || self.broken {
            return;
        }
        self.number(src, k, l);
    }

    /// [`BarePages::step`] past the test of the length.
    #[inline(never)]
    fn number(&mut self, src: &str, k: usize, l: &RawLine) {
        let text = &src[l.text];
        if !text.bytes().all(|b| b.is_ascii_digit()) {
            return;
        }
        let n: u32 = text.parse().unwrap_or(0);
        if let Some((at, prev)) = self.last {
            if n != prev + 1 || k - at < PAGE_MIN_LINES {
                self.broken = true;
                self.found = Vec::new();
                return;
            }
        }
        self.last = Some((k, n));
        self.found.push(k);
    }

    /// The run's lines, when it is one.
    fn finish(mut self) -> Vec<usize> {
        if self.found.len() < 3 {
            self.found.clear();
        }
        self.found
    }
}

/// The page furniture of a converted document, found once before the
/// front and the body are read: its running headers and footers, its
/// bare page-number lines and its page-marker lines.
#[derive(Default)]
pub(crate) struct Pages<'s> {
    /// Running headers and footers (see [`running_lines`]).
    pub running: Running<'s>,
    /// Indices of bare page-number lines (see [`BarePages`]), in order.
    pub bare: Vec<usize>,
    /// Indices of the page-marker lines (see [`running_lines`]), in order.
    markers: Vec<usize>,
}

impl<'s> Pages<'s> {
    /// The furniture of `lines` (the document's lines above its foot), given
    /// the bare page numbers, the page-marker lines and the running lines
    /// read over every line (the last page's number and footer stand under
    /// the signature, below `lines`).
    pub(crate) fn find(
        lines: &[RawLine],
        mut bare_all: Vec<usize>,
        mut markers_all: Vec<usize>,
        running: Running<'s>,
    ) -> Pages<'s> {
        bare_all.truncate(bare_all.partition_point(|&k| k < lines.len()));
        markers_all.truncate(markers_all.partition_point(|&k| k < lines.len()));
        Pages { running, bare: bare_all, markers: markers_all }
    }

    /// Has the document no page furniture at all (no page marker, bare
    /// page number or running line)? Then no line is any: one test for
    /// the body's three a line.
    #[inline]
    pub(crate) fn is_empty(&self) -> bool {
        self.markers.is_empty() & self.bare.is_empty() & self.running.is_empty()
    }

    /// Is line `k` a bare page number?
    #[inline]
    pub(crate) fn is_bare(&self, k: usize) -> bool {
        !self.bare.is_empty() && self.bare.binary_search(&k).is_ok()
    }

    /// Is line `k` a page marker ([`is_page_marker`], and not blank)?
    /// Read from the lines once: the body asks of a line in several rules.
    #[inline]
    pub(crate) fn is_marker(&self, k: usize) -> bool {
        !self.markers.is_empty() && self.markers.binary_search(&k).is_ok()
    }
}

/// Read line `k` of `lines` again after the foot reader cut a signature
/// glued to it off it: whether it is a page marker now, in `markers`
/// (the indices of the page-marker lines of the whole text, in order:
/// the foot's lines after `k` may hold some, and the order is kept).
#[cold]
#[inline(never)]
pub(crate) fn reread_last(src: &str, lines: &[RawLine], k: usize, markers: &mut Vec<usize>) {
    let at = markers.partition_point(|&j| j < k);
    let was = markers.get(at) == Some(&k);
    let is = !lines[k].is_blank() && is_page_marker(&src[lines[k].text]);
    match (was, is) {
        (true, false) => {
            markers.remove(at);
        }
        (false, true) => markers.insert(at, k),
        _ => {}
    }
}

/// The running headers and footers of a document: their texts, sorted
/// (a document has a few at most; a search of them hashes no line).
#[derive(Debug, Default)]
pub(crate) struct Running<'s>(Vec<&'s str>);

impl Running<'_> {
    /// Is `text` a running header or footer?
    #[inline]
    pub(crate) fn contains(&self, text: &str) -> bool {
        !self.0.is_empty() && self.0.binary_search(&text).is_ok()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Does `b` hold `n` chars or more that are no white space ([`is_ws`])?
/// Stepped over by their lead bytes, without decoding.
fn has_chars_besides_ws(b: &[u8], n: usize) -> bool {
    let (mut at, mut found) = (0, 0);
    while let Some(&c) = b.get(at) {
        match crate::text::ws::leading_ws_len(&b[at..]) {
            0 => {
                found += 1;
                if found == n {
                    return true;
                }
                at += crate::text::charset::utf8_len(c);
            }
            w => at += w,
        }
    }
    false
}

/// The bare page numbers of a converted document (see [`BarePages`]) and
/// its running headers and footers: texts of lines, found in one pass
/// (none when it has fewer than two page markers). With them, the
/// page-marker lines ([`is_page_marker`], not blank), by their indices in
/// order, which the body reads too.
pub(crate) fn running_lines<'s>(src: &'s str, lines: &[RawLine]) -> (Vec<usize>, Running<'s>, Vec<usize>) {
    // The page-marker lines, kept for the second pass (a vector that
    // allocates only when a line is one), and the bare page numbers, in
    // one pass over every line.
    let mut markers: Vec<usize> = Vec::new();
    let mut bare = BarePages::default();
    for (k, l) in lines.iter().enumerate() {
        // (A page marker is 40 bytes at most, a bare number three: the
        // span's length tells most lines before their text is sliced.)
        if l.text.len() > 40 {
            continue;
        }
        bare.step(src, k, l);
        if !l.is_blank() && is_page_marker_at(src, l) {
            markers.push(k);
        }
    }
    let bare = bare.finish();
    let pages = bare.len() + markers.len();
    if pages < 2 {
        return (bare, Running::default(), markers);
    }
    // The candidate lines, sorted: a run of equal texts is one text's count.
    // (Room for a few dozen at once: grown by doubling from four, the
    // vector of a short document was copied three times.)
    let mut found: Vec<&str> = Vec::with_capacity(lines.len().min(32));
    let mut next_marker = markers.iter().peekable();
    for (k, l) in lines.iter().enumerate() {
        if next_marker.next_if_eq(&&k).is_some() {
            continue;
        }
        // (A char is four bytes at most: a longer line is no running line,
        // whatever its chars; most lines of a body are, and are told so
        // from the span, without being sliced, searched or counted.)
        if l.text.is_empty() || l.text.len() > 4 * RUNNING_CHARS {
            continue;
        }
        let text = &src[l.text];
        // (The shared word search, not `str::contains`, whose searcher is
        // inlined at each call: this runs for few documents.)
        if !crate::text::words::contains(text, "。")
            && !super::line::more_chars_than(text, RUNNING_CHARS)
            && has_chars_besides_ws(text.as_bytes(), RUNNING_MIN_CHARS)
            && super::marker::marker(text).is_none()
        {
            found.push(text);
        }
    }
    found.sort_unstable();
    let mut running = Vec::new();
    for run in found.chunk_by(|a, b| a == b) {
        let n = run.len();
        if n >= 3 && n * 2 >= pages {
            running.push(run[0]);
        }
    }
    (bare, Running(running), markers)
}

#[cfg(test)]
mod tests {
    use super::is_page_marker;

    /// The bare page numbers as first read, in a pass of their own.
    fn bare_page_numbers(src: &str, lines: &[super::RawLine]) -> Vec<usize> {
        let mut found = Vec::new();
        let mut last: Option<(usize, u32)> = None;
        for (k, l) in lines.iter().enumerate() {
            if l.text.is_empty() || l.text.len() > 3 {
                continue;
            }
            let text = &src[l.text];
            if !text.bytes().all(|b| b.is_ascii_digit()) {
                continue;
            }
            let n: u32 = text.parse().unwrap_or(0);
            if let Some((at, prev)) = last {
                if n != prev + 1 || k - at < super::PAGE_MIN_LINES {
                    return Vec::new();
                }
            }
            last = Some((k, n));
            found.push(k);
        }
        if found.len() < 3 {
            found.clear();
        }
        found
    }

    proptest::proptest! {
        #[test]
        fn bare_numbers_read_in_the_shared_pass_agree(
            lines in proptest::collection::vec(proptest::sample::select(vec!["", "1", "2", "3", "4", "12", "1234", "a", "- 2 -", "第1页"]), 0..40)
        ) {
            let text = lines.join("\n");
            let raw = super::super::line::split(&text, 0);
            proptest::prop_assert_eq!(super::running_lines(&text, &raw).0, bare_page_numbers(&text, &raw));
        }

        #[test]
        fn bare_numbers_of_a_run_are_read_in_the_shared_pass(gap in 0usize..8, n in 1usize..6, extra in 0usize..3) {
            // Runs of numbers under lines of text, sometimes out of step.
            let mut text = String::new();
            for p in 1..=n {
                for _ in 0..gap {
                    text.push_str("正文\n");
                }
                text.push_str(&format!("{}\n", p + usize::from(p == extra)));
            }
            let raw = super::super::line::split(&text, 0);
            proptest::prop_assert_eq!(super::running_lines(&text, &raw).0, bare_page_numbers(&text, &raw));
        }
    }

    #[test]
    fn the_byte_gates_read_the_first_and_last_chars() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            let text = c.encode_utf8(&mut buf);
            assert_eq!(super::may_open_page_marker(text.as_bytes()), super::opens_page_marker(c), "{c:?}");
            // The bit set lets through every char the gate does.
            if super::opens_page_marker(c) {
                assert!(super::may_be_page_marker(text.as_bytes()), "{c:?}");
            }
            for before in ["", "a", "第", "\u{80}"] {
                let with = format!("{before}{c}");
                assert_eq!(super::may_close_page_marker(with.as_bytes()), super::closes_page_marker(c), "{c:?}");
            }
        }
    }

    proptest::proptest! {
        /// The first- and last-char tests let through every line the grammar reads
        /// as a page marker: the grammar without it agrees.
        #[test]
        fn the_first_char_test_keeps_every_page_marker(
            text in "[-—·•第共页 　1-9０一二aiVPgeof，,/]{0,10}"
        ) {
            let without_gate = {
                let t = text.as_str();
                let undashed = t.trim_start_matches(|c: char| super::is_dash(c) || super::is_ws(c));
                if super::of_pages(undashed).is_some_and(|r| r.chars().all(|c| super::is_dash(c) || super::is_ws(c))) {
                    true
                } else if undashed.len() < t.len() {
                    super::number(undashed).or_else(|| super::roman(undashed)).is_some_and(|rest| !rest.is_empty() && rest.chars().all(|c| super::is_dash(c) || super::is_ws(c)))
                } else if super::english_page(t) {
                    true
                } else if let Some(rest) = t.strip_prefix(super::is_dot).map(|r| r.trim_start_matches(super::is_ws)).and_then(super::number) {
                    rest.strip_prefix(super::is_dot).is_some_and(|r| r.trim_matches(super::is_ws).is_empty())
                } else {
                    let pair = |a: &str, b: &str| {
                        super::nth_page(t, a)
                            .map(|r| r.trim_start_matches(|c: char| matches!(c, '，' | ',' | '/') || super::is_ws(c)))
                            .and_then(|r| super::nth_page(r, b))
                            .is_some_and(|r| r.trim_matches(super::is_ws).is_empty())
                    };
                    super::nth_page(t, "第").is_some_and(|r| r.trim_matches(super::is_ws).is_empty()) || pair("第", "共") || pair("共", "第")
                }
            };
            proptest::prop_assert_eq!(is_page_marker(&text), without_gate);
        }
    }

    proptest::proptest! {
        #[test]
        fn chars_besides_ws_are_counted_by_their_lead_bytes(
            text in "[a 甲\u{3000}\u{a0}\u{2000}\u{feff}\t\u{10000}]{0,8}", n in 1usize..6
        ) {
            let reference = text.chars().filter(|c| !super::is_ws(*c)).nth(n - 1).is_some();
            proptest::prop_assert_eq!(super::has_chars_besides_ws(text.as_bytes(), n), reference);
        }
    }

    #[test]
    fn a_line_read_again_keeps_the_markers_in_order() {
        let src = "a\n- 1 -\nb\n- 3 -\nc\n- 5 -\n";
        let lines = crate::syntax::line::split(src, 0);
        let mut markers = vec![1, 5];
        super::reread_last(src, &lines, 3, &mut markers);
        assert_eq!(markers, [1, 3, 5]);
        super::reread_last(src, &lines, 2, &mut markers);
        assert_eq!(markers, [1, 3, 5]);
        let mut stale = vec![1, 2, 5];
        super::reread_last(src, &lines, 2, &mut stale);
        assert_eq!(stale, [1, 5]);
    }

    #[test]
    fn page_markers() {
        for m in [
            "- 1 -",
            "— 7 —",
            "－12－",
            "-3-",
            "第1页 共4页",
            "第 2 页，共 4 页",
            "共3页 第2页",
            "·3·",
            "• 12 •",
            "第 3 页",
            "第3页",
            "1/4",
            "3 / 12",
            "- 3/12 -",
            "２／５",
            "- i -",
            "— IV —",
            "-xii-",
            "Page 1 of 5",
            "Page 12",
            "page 3 / 12",
        ] {
            assert!(is_page_marker(m), "{m}");
        }
        for t in [
            "- 1",
            "2024",
            "—— 2025年",
            "第一页",
            "- 一是 -",
            "第1页内容",
            "·3",
            "·一·",
            "第3页。",
            "·3·5",
            "5/4",
            "0/3",
            "1/2024",
            "1/4号",
            "12/31日",
            "- i",
            "- iiiiiii -",
            "- ix年 -",
            "Page",
            "Page 1 of",
            "Pages 1 of 5",
            "Page 1 of 5 pages",
            "Peking",
        ] {
            assert!(!is_page_marker(t), "{t}");
        }
    }
}
