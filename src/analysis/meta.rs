//! Report metadata: title, issuers, year, dates, source.

use super::genre::Genre;
use crate::span::text_at;
use crate::syntax::date::{Date, DateTime};
use crate::syntax::tree::{Block, Clutter, ClutterKind, MarkerStyle, Section, SignatureRole, SyntaxTree};
use crate::syntax::Publication;
#[cfg(feature = "serde")]
use serde::Serialize;

/// What the report says about itself.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[non_exhaustive]
pub struct Metadata {
    /// The title as one string (title lines joined without a separator).
    pub title: Option<String>,
    /// Issuing bodies, in order: from the signature, else from the title.
    pub issuers: Vec<String>,
    /// The year the report covers.
    pub year: Option<u16>,
    /// The date at the foot.
    pub signed: Option<Date>,
    /// The web publication time (never a site clock).
    pub published: Option<DateTime>,
    /// The web page's source line (`来源：县司法局` gives `县司法局`).
    pub source: Option<String>,
}

/// The first year named in `text` (`2024年`, `２０２４年度`, `二〇二四年`,
/// `2024 年` as PDF text spaces it), skipping the end of a range
/// (`2021—2025年`).
pub(crate) fn first_year(text: &str) -> Option<u16> {
    first_year_of(text).map(|(y, _)| y)
}

/// The value of an ASCII or full-width digit.
fn digit_value(c: char) -> Option<u32> {
    c.to_digit(10).or_else(|| ('０'..='９').contains(&c).then(|| c as u32 - '０' as u32))
}

/// The value of a Chinese digit, `〇` and `零` included.
fn cn_value(c: char) -> Option<u32> {
    match c {
        '〇' | '○' | '零' => Some(0),
        _ => crate::syntax::cn_digit_value(c),
    }
}

/// The last char of `s`, taken off it. Out of line: the year readers step
/// back a char at a time, and one decoder serves them all (they run once or
/// a few times a document, so their size is what costs).
#[inline(never)]
fn pop_char(s: &mut &str) -> Option<char> {
    let c = s.chars().next_back()?;
    *s = &s[..s.len() - c.len_utf8()];
    Some(c)
}

/// Where the first `年` of `b` is: the shared keyword search, out of line
/// here so that the year readers (here and in the checks) share one call
/// rather than each inline the search for its constant word.
#[inline(never)]
pub(super) fn find_nian(b: &[u8]) -> Option<usize> {
    crate::text::words::find_bytes(b, "年".as_bytes())
}

/// [`first_year`], and whether `度` follows its `年` (`2024年度`: the year
/// covered itself).
fn first_year_of(text: &str) -> Option<(u16, bool)> {
    // Each `年` found by the shared keyword search (the texts are a title or
    // a preamble), then the chars before it read backwards.
    let mut from = 0;
    while let Some(k) = find_nian(&text.as_bytes()[from..]) {
        let at = from + k;
        from = at + "年".len();
        if let Some(y) = year_before(&text[..at]) {
            return Some((y, text[from..].starts_with('度')));
        }
    }
    None
}

/// The year the four chars at the end of `head` (the text before a `年`)
/// name, white space before the `年` left out: digits or Chinese digits,
/// not the end of a longer number or of a range (`2021—2025年`). A run of
/// white space is read only by the `年` right after it, so the scan stays
/// linear.
fn year_before(head: &str) -> Option<u16> {
    let head = crate::text::ws::trim_end_ws_small(head);
    let mut before = head;
    let mut window = ['\0'; 4];
    for slot in window.iter_mut().rev() {
        *slot = pop_char(&mut before)?;
    }
    // Digits spaced one by one (`2 0 2 4 年`): read every other char.
    let ws = crate::text::ws::is_ws;
    if ws(window[2]) && ws(window[0]) && digit_value(window[3]).is_some() {
        match spaced_digits(head) {
            Spaced::No => {}
            Spaced::NoYear => return None,
            Spaced::Read(digits, rest) => (window, before) = (digits, rest),
        }
    }
    if pop_char(&mut before).is_some_and(|c| {
        digit_value(c).is_some() || cn_value(c).is_some() || matches!(c, '—' | '-' | '–' | '~' | '～' | '至' | '到')
    }) {
        return None;
    }
    let read = |f: fn(char) -> Option<u32>| window.iter().try_fold(0u32, |a, &c| Some(a * 10 + f(c)?));
    let y = read(digit_value).or_else(|| read(cn_value))?;
    (1949..=2100).contains(&y).then_some(y as u16)
}

/// What [`spaced_digits`] reads before a `年`.
enum Spaced<'a> {
    /// No four digits spaced one by one.
    No,
    /// Four spaced digits with a digit one space further back: no year.
    NoYear,
    /// The four digits, and the text before them.
    Read([char; 4], &'a str),
}

/// Four digits spaced one by one (`2 0 2 4 `) at the end of `head` (the
/// text before a `年`, its white space trimmed), read backwards. Out of
/// line: PDF text alone spaces its digits so.
#[cold]
#[inline(never)]
fn spaced_digits(head: &str) -> Spaced<'_> {
    let ws = crate::text::ws::is_ws;
    let mut spaced = head;
    let mut digits = ['\0'; 4];
    for (i, slot) in digits.iter_mut().rev().enumerate() {
        if i > 0 && !pop_char(&mut spaced).is_some_and(ws) {
            return Spaced::No;
        }
        match pop_char(&mut spaced).filter(|&c| digit_value(c).is_some()) {
            Some(c) => *slot = c,
            None => return Spaced::No,
        }
    }
    // A digit one space further back makes it no year.
    let mut further = spaced;
    if pop_char(&mut further).is_some_and(ws) && pop_char(&mut further).is_some_and(|c| digit_value(c).is_some()) {
        return Spaced::NoYear;
    }
    Spaced::Read(digits, spaced)
}

/// The last year of the first span of years in `text` (`2024—2025年度`,
/// `2024-2025学年`, `2024至2025年`): four digits, a dash or `至`, four
/// digits, then `年` or `学年`. Read at each `年` found, backwards over a
/// bounded window (titles are short, and only a title is read).
fn range_end_year(text: &str) -> Option<u16> {
    let digits = |s: &str| -> Option<u32> {
        let v: Vec<u32> = s
            .chars()
            .map(|c| c.to_digit(10).or_else(|| ('０'..='９').contains(&c).then(|| c as u32 - '０' as u32)))
            .collect::<Option<_>>()?;
        (v.len() == 4).then(|| v.iter().fold(0, |a, d| a * 10 + d))
    };
    text.match_indices('年').find_map(|(at, _)| {
        let head = text[..at].strip_suffix('学').unwrap_or(&text[..at]);
        let head = crate::text::ws::trim_end_ws(head);
        let end_at = head.char_indices().rev().nth(3)?.0;
        let end = digits(&head[end_at..])?;
        let before = crate::text::ws::trim_end_ws(&head[..end_at]);
        let sep =
            before.chars().next_back().filter(|c| matches!(c, '—' | '-' | '–' | '~' | '～' | '至' | '到' | '－'))?;
        let before = crate::text::ws::trim_end_ws(&before[..before.len() - sep.len_utf8()]).trim_end_matches('—');
        let start_at = before.char_indices().rev().nth(3)?.0;
        let start = digits(&before[start_at..])?;
        (1949..=2100).contains(&start).then_some(())?;
        ((start..=start + 10).contains(&end)).then_some(end as u16)
    })
}

/// The signature that closes the text above its first appendix (a
/// top-level `附件1` section after another): the last paragraphs before
/// it, a date line under up to three issuer lines. Returns the issuer
/// lines (perhaps none) and the date.
fn signature_before_appendix<'s>(src: &'s str, tree: &SyntaxTree) -> Option<(Vec<&'s str>, Date)> {
    let at = tree.sections.iter().position(|s| s.heading.marker.style == MarkerStyle::Appendix).filter(|&i| i > 0)?;
    let last = tree.sections[at - 1].walk().last()?;
    let mut tail = last.body.iter().rev().filter(|b| !matches!(b, Block::Blank { .. }));
    let date_text = match tail.next()? {
        Block::Paragraph(p) => text_at(src, p.text),
        _ => return None,
    };
    let date = crate::syntax::date::whole_date(unbracket(date_text))?;
    let mut names = Vec::new();
    for block in tail.take(3) {
        match block {
            Block::Paragraph(p) if crate::syntax::issuer_names(text_at(src, p.text)).is_some() => {
                names.push(text_at(src, p.text))
            }
            _ => break,
        }
    }
    names.reverse();
    Some((names, date))
}

/// Is the report a 政府工作报告? Its title says so (`title_genre`, the
/// genre's reading of the title `title`, spaced or Traditional); without
/// a title, a dateline at a 人民代表大会 (not at its standing committee,
/// which hears other reports) says so.
fn is_government_work(title: Option<&str>, title_genre: Option<Genre>, dateline: Option<&str>) -> bool {
    match title {
        Some(_) => title_genre == Some(Genre::GovernmentWork),
        None => dateline.is_some_and(|d| {
            crate::text::script::with_folded(d, |d| {
                crate::text::words::contains(d, "人民代表大会") && !crate::text::words::contains(d, "常务委员会")
            })
        }),
    }
}

/// The year a report covers. A 政府工作报告 is delivered early in a year
/// and reviews the year before: its dateline's year − 1, else its title's
/// year − 1 (`2026年…政府工作报告`), unless the title says `YYYY年度`. Any
/// other report: the title's year. Else the first year of the preamble.
/// `in_title` is the title's first year ([`first_year_of`]).
fn covered_year(
    title: Option<&str>,
    in_title: Option<(u16, bool)>,
    government_work: bool,
    dateline: Option<Date>,
) -> Option<u16> {
    if !government_work {
        // A title naming only a span of years (`2024—2025年度`,
        // `2024-2025学年`) covers the last of them, as a review of five
        // years does.
        return in_title.map(|(y, _)| y).or_else(|| title.and_then(range_end_year));
    }
    match in_title {
        Some((y, true)) => Some(y),
        _ => dateline.map(|d| d.year).or(in_title.map(|(y, _)| y)).map(|y| y - 1),
    }
}

/// The first year the heading of the first part or its opening sentence
/// names, for a report whose title and preamble name none: a review opens
/// with the year it reviews (`一、2024年工作回顾`; `一、过去一年工作回顾` /
/// `2024年，面对…`). Not shifted for a
/// 政府工作报告: the review names the covered year itself. Only the first
/// paragraph of the first part (or of its first subsection) is read, to its
/// first `。`; `skip` is a dateline's paragraph, which says when the text was
/// given.
fn opening_year(src: &str, tree: &SyntaxTree, skip: Option<crate::span::Span>) -> Option<u16> {
    let first = tree.sections.first()?;
    // The review's own heading may name its year (`一、2024年工作回顾`)
    // where its opening sentence says only `过去一年`.
    if let Some(year) = first_year(super::parts::title_of(first)) {
        return Some(year);
    }
    let paragraph =
        tree.all_sections().take_while(|s| s.span.end <= first.span.end).flat_map(|s| s.body.iter()).find_map(|b| {
            match b {
                Block::Paragraph(p) if Some(p.text) != skip => Some(p),
                _ => None,
            }
        })?;
    let text = text_at(src, paragraph.text);
    first_year(text.split_once('。').map_or(text, |(sentence, _)| sentence))
}

/// How many content blocks at the head of a report are searched for a
/// dateline.
const HEAD_BLOCKS: usize = 15;

/// The text span of a block that has one.
fn block_text(block: &Block) -> Option<crate::span::Span> {
    match block {
        Block::Blank { .. } => None,
        Block::Clutter(c) => Some(c.text),
        Block::Title(l) | Block::Addressee(l) => Some(l.text),
        Block::Paragraph(p) => Some(p.text),
        Block::Signature(s) => Some(s.text),
        Block::Table(_) | Block::Toc(_) => None,
    }
}

/// A date line's text without the brackets around it (`（2025年1月8日）`).
/// Out of line: two readers of a date line share it.
#[inline(never)]
fn unbracket(text: &str) -> &str {
    text.trim_start_matches(['（', '(']).trim_end_matches(['）', ')'])
}

/// A speech's dateline at the head of the report (the front, then the
/// first section's own blocks, [`HEAD_BLOCKS`] of them that are neither
/// blank nor clutter): its paragraph's span and its date.
fn find_dateline(src: &str, tree: &SyntaxTree) -> Option<(crate::span::Span, Date)> {
    let first_body = tree.sections.first().map(|s| s.body.as_slice()).unwrap_or_default();
    // Each paragraph read with the next, without collecting them: the one
    // before is tested once the next is known. (Plain loops over the two
    // slices: this runs once a report, and its size is what costs.)
    let mut before: Option<crate::span::Span> = None;
    let mut left = HEAD_BLOCKS;
    'blocks: for blocks in [tree.front.as_slice(), first_body] {
        for b in blocks {
            if matches!(b, Block::Blank { .. } | Block::Clutter(_)) {
                continue;
            }
            if left == 0 {
                break 'blocks;
            }
            left -= 1;
            let Block::Paragraph(p) = b else { continue };
            if let Some(d) =
                before.and_then(|q| crate::syntax::date::dateline(text_at(src, q), Some(text_at(src, p.text))))
            {
                return before.map(|q| (q, d));
            }
            before = Some(p.text);
        }
    }
    let q = before?;
    crate::syntax::date::dateline(text_at(src, q), None).map(|d| (q, d))
}

/// Call `f` on each block of `tree` in order (the front, each section's
/// own blocks in the order of the sections, nested ones after their
/// parent's, then the back) until it returns `true`; whether it did. A
/// recursion over the sections, which allocates nothing (the sections'
/// iterator keeps a stack).
/// (`f` is a `dyn`: the recursion is one copy, and `f` one body.)
fn each_block<'t>(tree: &'t SyntaxTree, f: &mut dyn FnMut(&'t Block) -> bool) -> bool {
    fn in_sections<'t>(sections: &'t [Section], f: &mut dyn FnMut(&'t Block) -> bool) -> bool {
        sections.iter().any(|s| s.body.iter().any(&mut *f) || in_sections(&s.children, f))
    }
    tree.front.iter().any(&mut *f) || in_sections(&tree.sections, f) || tree.back.iter().any(&mut *f)
}

/// The web publication time and the source line's value (`来源：县司法局`
/// gives `县司法局`), found in one walk over the blocks in order (the
/// front, every section's, the back). The time: a label wherever it stands
/// on a clutter line, with its value there or on the next block; else an
/// unlabelled date and time alone in the front, next to the title or the
/// `来源`. The source: the first clutter line that names one, wherever it
/// stands.
fn find_published_and_source<'s>(src: &'s str, tree: &SyntaxTree) -> (Option<DateTime>, Option<&'s str>) {
    let mut published = None;
    let mut source = None;
    // An update time stands for the publication time only without one.
    let mut updated = None;
    // A label whose value is on the next block that is not blank.
    let mut value_next = false;
    each_block(tree, &mut |block| {
        // (Most blocks are no clutter and follow no label: two tests.)
        if value_next && !matches!(block, Block::Blank { .. }) {
            value_next = false;
            if let Some(dt) = block_text(block).map(|t| text_at(src, t)).and_then(whole_datetime) {
                published = Some(dt);
            }
        }
        let Block::Clutter(c) = block else { return false };
        let text = text_at(src, c.text);
        // One reading of the `来源` field, for the source and for a date after it.
        let field = crate::syntax::source_field(text);
        if source.is_none() {
            source = field;
        }
        if published.is_none() {
            match crate::syntax::publication(text, field) {
                Some(Publication::At(dt)) => published = Some(dt),
                Some(Publication::Updated(dt)) => updated = updated.or(Some(dt)),
                Some(Publication::Next) => value_next = true,
                // A line opening with a publication label, its time further on.
                None if c.kind == ClutterKind::Published && whole_datetime(text).is_none() => {
                    published = crate::syntax::date::find_datetime(text);
                }
                None => {}
            }
        }
        published.is_some() && source.is_some()
    });
    let published = published.or_else(|| unlabelled_published(src, tree)).or(updated);
    (published, source)
}

/// An unlabelled date and time alone in the front, next to the title or
/// the `来源` (see [`find_published_and_source`]).
fn unlabelled_published(src: &str, tree: &SyntaxTree) -> Option<DateTime> {
    let beside = |b: Option<&Block>| {
        matches!(b, Some(Block::Title(_)) | Some(Block::Clutter(Clutter { kind: ClutterKind::Source, .. })))
    };
    // Each block of the front that is not blank, with the one before and
    // the one after it, without collecting them.
    let mut front = tree.front.iter().filter(|b| !matches!(b, Block::Blank { .. })).peekable();
    let mut before: Option<&Block> = None;
    while let Some(b) = front.next() {
        let this_before = before.replace(b);
        let Block::Clutter(c) = b else { continue };
        // Right under the title, a date with its weekday is the page's
        // date (a site's clock stands above the title, or opens with
        // `今天是`).
        // A list page prints it in brackets after the headline (`[2025-03-18]`).
        let text = text_at(src, c.text);
        // (after the tags that close the headline's, if any).
        let text = text.rfind('>').filter(|_| text.starts_with('<')).map_or(text, |i| &text[i + 1..]);
        let text = text.trim_start_matches(['[', '【', '（', '(']).trim_end_matches([']', '】', '）', ')']);
        let under_title = matches!(this_before, Some(Block::Title(_)));
        let Some(dt) = whole_datetime(text).or_else(|| under_title.then(|| date_with_weekday(text)).flatten()) else {
            continue;
        };
        // A date alone counts right under the title, where the front pass
        // has taken it for the page's date; a date and time beside the
        // title or the source.
        let time_beside = dt.time.is_some() && (beside(this_before) || beside(front.peek().copied()));
        if under_title || time_beside {
            return Some(dt);
        }
    }
    None
}

/// A date with its weekday after it, and nothing else (`2024年3月5日 星期二`).
fn date_with_weekday(text: &str) -> Option<DateTime> {
    let (dt, n) = crate::syntax::date::datetime_prefix(text)?;
    let after = crate::syntax::after_weekday(&text[n..]);
    (after.len() < text.len() - n && after.trim_matches(crate::text::ws::is_ws).is_empty()).then_some(dt)
}

/// A date and perhaps a time, and nothing else.
fn whole_datetime(text: &str) -> Option<DateTime> {
    let (dt, n) = crate::syntax::date::datetime_prefix(text)?;
    text[n..].trim_matches(crate::text::ws::is_ws).is_empty().then_some(dt)
}

/// Is `text` the parts joined without a separator? Compared part by part
/// rather than by building the joined string.
fn is_concatenation(text: &str, parts: &[&str]) -> bool {
    let mut rest = text;
    parts.iter().all(|part| rest.strip_prefix(part).map(|after| rest = after).is_some()) && rest.is_empty()
}

/// The year a report covers by its preamble or its opening, when its
/// title and dateline give none (the dateline, at `dateline`, says when the
/// text was given, not what it covers). Out of line: most titles name it.
#[cold]
#[inline(never)]
fn year_in_the_text(src: &str, tree: &SyntaxTree, dateline: Option<crate::span::Span>) -> Option<u16> {
    let preamble: String =
        tree.preamble().filter(|p| dateline.is_none_or(|span| p.text != span)).map(|p| text_at(src, p.text)).collect();
    first_year(&preamble).or_else(|| opening_year(src, tree, dateline))
}

/// The issuers (and the date) of a report whose foot names none: the
/// signature above its appendices, else the title's issuer line, else the
/// issuers the title names. Out of line: most reports are signed at the
/// foot, and their metadata pass runs none of it.
#[cold]
#[inline(never)]
fn issuers_above_the_foot(
    src: &str,
    tree: &SyntaxTree,
    title_parts: &[&str],
    title: Option<&str>,
    issuers: &mut Vec<String>,
    signed: &mut Option<Date>,
) {
    // No signature at the foot: the report's own may stand above its
    // appendices (`某局` / `2025年1月8日` / `附件1` / …).
    if signed.is_none() {
        if let Some((names, date)) = signature_before_appendix(src, tree) {
            names.iter().for_each(|line| {
                if let Some(mut names) = crate::syntax::issuer_names(line) {
                    owned(&mut names, issuers);
                }
            });
            *signed = Some(date);
        }
    }
    if issuers.is_empty() {
        if let Some(first) = title_parts.first().filter(|_| title_parts.len() > 1) {
            if let Some(mut names) = crate::syntax::issuer_names(first) {
                owned(&mut names, issuers);
            }
        }
    }
    if issuers.is_empty() {
        if let Some(t) = title {
            *issuers = crate::syntax::title_issuers(t);
        }
    }
}

/// Each body of each of `names`, copied out onto `out` as it is split
/// off, without a vector of them. Out of line: one copy for its callers.
#[inline(never)]
fn owned(names: &mut dyn Iterator<Item = &str>, out: &mut Vec<String>) {
    names.for_each(|name| crate::syntax::for_each_body(name, |body| out.push(copied(body))));
}

/// `s` copied into a `String`. Out of line: the metadata's names and its
/// source are copied by one code.
#[inline(never)]
fn copied(s: &str) -> String {
    s.to_owned()
}

/// The metadata of the report `src` parsed into `tree`. `signed` is the
/// date of its signature's date line when the syntax layer has read it
/// already (there is one at most). With it, the genre the title names
/// ([`Genre::of_title`]; `None` without a title), which the parts pass
/// reads too, and the first year the title names ([`first_year`]), which
/// the checks read: read here once.
pub(crate) fn extract(src: &str, tree: &SyntaxTree, signed: Option<Date>) -> (Metadata, Option<Genre>, Option<u16>) {
    let mut title_parts: Vec<&str> = Vec::new();
    for block in &tree.front {
        if let Block::Title(line) = block {
            let text = text_at(src, line.text);
            if !title_parts.contains(&text) && !is_concatenation(text, &title_parts) {
                title_parts.push(text);
            }
        }
    }
    // Entities a bad capture left in the title's words (`&ldquo;八五&rdquo;`)
    // are read as the chars they stand for.
    let title = (!title_parts.is_empty()).then(|| title_parts.concat()).map(|t| {
        if t.contains('&') {
            crate::syntax::decode_entities(&t)
        } else {
            t
        }
    });

    let mut issuers: Vec<String> = Vec::new();
    let mut signed = signed;
    for block in &tree.back {
        if let Block::Signature(s) = block {
            let text = text_at(src, s.text);
            match s.role {
                SignatureRole::Issuer => owned(&mut crate::syntax::signature_issuers(text), &mut issuers),
                SignatureRole::Date => {
                    signed = signed.or_else(|| crate::syntax::date::date_prefix(unbracket(text)).map(|(d, _)| d));
                }
            }
        }
    }
    if issuers.is_empty() {
        issuers_above_the_foot(src, tree, &title_parts, title.as_deref(), &mut issuers, &mut signed);
    }
    // Else the authors' lines right under the title (`2024年度…报告` /
    // `某县司法局` / `（2025年1月8日）`), as a 公文 sets a speech or a paper,
    // and a communiqué its bodies and date (`某县统计局` / `国家统计局某县
    // 调查队` / `2026年3月16日`): the date is the signature's when the foot
    // has none.
    if issuers.len() <= 1 {
        // The blocks after the first run of title lines, neither blank nor clutter.
        let front = tree.front.as_slice();
        let mut at = front.iter().position(|b| matches!(b, Block::Title(_))).unwrap_or(front.len());
        while front.get(at).is_some_and(|b| matches!(b, Block::Title(_))) {
            at += 1;
        }
        let (mut under, mut date) = (Vec::new(), None);
        let mut k = 0;
        for b in &front[at..] {
            if matches!(b, Block::Blank { .. } | Block::Clutter(_)) {
                continue;
            }
            let Block::Paragraph(p) = b else { break };
            let line = text_at(src, p.text);
            match crate::syntax::issuer_names(line) {
                Some(mut names) if k < 3 => owned(&mut names, &mut under),
                _ => {
                    date = (k > 0).then(|| crate::syntax::date::whole_date(line)).flatten();
                    break;
                }
            }
            k += 1;
        }
        // The run read under the title holds the one issuer found so far
        // (the line under the title, read as the title's issuer line).
        if !under.is_empty() && (issuers.is_empty() || (under.len() > issuers.len() && under.starts_with(&issuers))) {
            issuers = under;
            signed = signed.or(date);
        }
    }

    let dateline = find_dateline(src, tree);
    signed = signed.or(dateline.map(|(_, d)| d));
    let title_genre = title.as_deref().and_then(Genre::of_title);
    let government_work =
        is_government_work(title.as_deref(), title_genre, dateline.map(|(span, _)| text_at(src, span)));
    let in_title = title.as_deref().and_then(first_year_of);
    let year = covered_year(title.as_deref(), in_title, government_work, dateline.map(|(_, d)| d))
        .or_else(|| year_in_the_text(src, tree, dateline.map(|(span, _)| span)));
    // Else the date at the foot: an annual report signed in the first
    // quarter reports on the year just ended (the year's report is due
    // early in the next), one signed later on the year it is signed in.
    let year = year.or_else(|| signed.map(|d| if d.month <= 3 { d.year - 1 } else { d.year }));

    let (published, source) = find_published_and_source(src, tree);
    let source = source.map(copied);
    (Metadata { title, issuers, year, signed, published, source }, title_genre, in_title.map(|(y, _)| y))
}

#[cfg(test)]
mod tests {
    use super::{digit_value, first_year, first_year_of, is_concatenation};

    /// [`first_year_of`] as it was written before it stepped back by
    /// [`super::pop_char`]: each `年` by `str::match_indices`, the chars
    /// before it by a reversed char iterator.
    fn first_year_by_chars(text: &str) -> Option<(u16, bool)> {
        let digit = digit_value;
        let cn = |c: char| match c {
            '〇' | '○' | '零' => Some(0),
            _ => crate::syntax::cn_digit_value(c),
        };
        let is_ws = crate::text::ws::is_ws;
        for (at, _) in text.match_indices('年') {
            let head = crate::text::ws::trim_end_ws(&text[..at]);
            let mut before = head.chars().rev();
            let mut window = ['\0'; 4];
            if !window.iter_mut().rev().all(|slot| before.next().map(|c| *slot = c).is_some()) {
                continue;
            }
            if is_ws(window[2]) && is_ws(window[0]) && digit(window[3]).is_some() {
                let mut spaced = head.chars().rev();
                let mut digits = ['\0'; 4];
                let read_spaced = digits.iter_mut().rev().enumerate().all(|(i, slot)| {
                    let gap_ok = i == 0 || spaced.next().is_some_and(is_ws);
                    gap_ok && spaced.next().filter(|&c| digit(c).is_some()).map(|c| *slot = c).is_some()
                });
                if read_spaced {
                    let mut further = spaced.clone();
                    if further.next().is_some_and(is_ws) && further.next().is_some_and(|c| digit(c).is_some()) {
                        continue;
                    }
                    (window, before) = (digits, spaced);
                }
            }
            if before.next().is_some_and(|c| {
                digit(c).is_some() || cn(c).is_some() || matches!(c, '—' | '-' | '–' | '~' | '～' | '至' | '到')
            }) {
                continue;
            }
            let read = |f: &dyn Fn(char) -> Option<u32>| window.iter().try_fold(0u32, |a, &c| Some(a * 10 + f(c)?));
            if let Some(y) = read(&digit).or_else(|| read(&cn)) {
                if (1949..=2100).contains(&y) {
                    return Some((y as u16, text[at + "年".len()..].starts_with('度')));
                }
            }
        }
        None
    }

    proptest::proptest! {
        #[test]
        fn first_year_agrees_with_the_char_reading(text in "[0-9０２４二〇○零 　\t年度—至a，]{0,20}") {
            proptest::prop_assert_eq!(first_year_of(&text), first_year_by_chars(&text));
        }

        #[test]
        fn first_year_agrees_on_years(pieces in proptest::collection::vec("(20[0-9][0-9]|1 9 9 [0-9]|二〇二[0-9]|２０２４)( ?)(年度?)[，a—]?", 0..4)) {
            let text = pieces.concat();
            proptest::prop_assert_eq!(first_year_of(&text), first_year_by_chars(&text));
        }
    }

    #[test]
    fn concatenation_is_compared_part_by_part() {
        assert!(is_concatenation("", &[]));
        assert!(is_concatenation("甲乙丙", &["甲", "乙丙"]));
        assert!(is_concatenation("甲乙", &["", "甲乙", ""]));
        assert!(!is_concatenation("甲乙", &["甲"]), "text left over");
        assert!(!is_concatenation("甲", &["甲", "乙"]), "parts left over");
        assert!(!is_concatenation("甲乙", &[]));
    }

    #[test]
    fn first_year_skips_range_ends() {
        assert_eq!(first_year("根据《纲要（2021—2025年）》，2024年全镇"), Some(2024), "a range is not the report year");
        assert_eq!(first_year("二〇二四年度"), Some(2024));
        assert_eq!(first_year("办件3084件"), None);
        assert_eq!(first_year("年"), None, "too few chars before 年");
        assert_eq!(first_year("24年，2023年"), Some(2023));
        assert_eq!(first_year("１２０２４年、２０２４年"), Some(2024), "five digits are not a year");
        assert_eq!(first_year("全年 2024 年，"), Some(2024), "white space before 年");
        assert_eq!(first_year("2 0 2 4 年，"), Some(2024), "digits spaced one by one");
        assert_eq!(first_year("第 3 2 0 2 4 年"), None, "more digits before");
    }
}
