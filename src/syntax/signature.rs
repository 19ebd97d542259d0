//! The foot of a report: signature lines and trailing clutter, read from
//! the last line upwards.
//!
//! ```text
//! back       ::= (issuer_line{1,3} page_break* date_line? | date_line)? (clutter | foot_clutter | note | blank)*   (read bottom-up)
//! page_break ::= page_marker | running_line                 (a signature split by a page break)
//! note       ::= ("[" digit{1,3} "]" | "［" digit{1,3} "］" | "\\"? "*" | circled) text
//!                                                       (footnotes under a signature; given back to the body when none is above)
//! foot_clutter ::= digit{1,6}                          (a page number, an app's count under `在看`)
//!               | menu_bar                           (`网站地图 | 联系我们 | 使用帮助`, see clutter.rs)
//!               | account_name                       (a short name above a QR prompt `微信扫一扫`)
//!               | related_item                       (a headline under `【相关阅读】`, `相关稿件：`)
//! issuer_line ::= issuer (ws+ issuer)* seal?             (see title.rs)
//! seal       ::= ("（" | "(") ("盖章" | "公章" | "章" | "印章" | "签章") ("）" | ")")   (not part of the name)
//! date_line   ::= "（"? date weekday? "）"?               (see date.rs; `2025年1月6日星期一`, a Word date field)
//!              | year "年" month "月" NL day ("日" | "号")   (broken over two lines: both are date lines)
//! ```
//!
//! Only lines that are wholly a date or wholly issuing bodies are taken,
//! so the last paragraph of the body is never swallowed.

use super::date::Date;
use super::line::RawLine;
use super::{clutter, date, title};
use crate::span::{text_at, Span};
use crate::syntax::tree::{Block, Clutter, ClutterKind, SignatureLine, SignatureRole};
use crate::text::ws::is_ws;

/// What a line of the foot is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BackRole {
    Blank,
    Clutter(crate::syntax::tree::ClutterKind),
    Issuer,
    Date,
    /// Issuer and date on one line; the date starts at this byte of the line text.
    IssuerDate(usize),
    /// A footnote under the signature (`[1] …`, `\* …`), as Word and
    /// converters put the notes after all the text: a paragraph of the foot.
    Note,
}

/// `中共某县委 某县人民政府 2024年3月1日`: issuers then a date on one line.
/// Returns where the date starts, relative to `text`.
#[cfg(test)]
fn issuer_then_date(text: &str) -> Option<usize> {
    issuer_then_read_date(text).map(|(at, _)| at)
}

/// `issuer_then_date` (the tests' reference), with the date as [`read_date_line`] reads it.
fn issuer_then_read_date(text: &str) -> Option<(usize, Option<Date>)> {
    // The issuers come first: test them before searching the whole line
    // from its end, which in flattened text is the whole report.
    if !title::opens_with_issuer(text) {
        return None;
    }
    let at = text.rfind(|c: char| is_ws(c))?;
    let date_at = at + text[at..].chars().next().map_or(1, char::len_utf8);
    let date = read_date_line(&text[date_at..])?;
    title::is_issuer_line(text[..at].trim_end_matches(is_ws)).then_some((date_at, date))
}

/// `某县司法局</div><div>2025年1月10日`: a bad capture's issuer and date
/// in tags of their own on one line (inside the tags at the line's ends),
/// or parted by `&nbsp;` entities.
/// Returns where the date starts, relative to `text`, and the date as
/// [`read_date_line`] reads it. Only a line with a `<` is read further.
fn issuer_then_tagged_date(text: &str) -> Option<(usize, Option<Date>)> {
    let open = memchr::memchr2(b'<', b'&', text.as_bytes())?;
    let issuer = text[..open].trim_matches(is_ws);
    if issuer.is_empty() || !title::ends_like_organ(issuer) {
        return None;
    }
    // Tags and `&nbsp;` entities between them (`某局&nbsp;&nbsp;2025年1月10日`).
    let mut at = text.len() - clutter::skip_blank_entities(&text[open..]).len();
    while let Some(n) = clutter::tag_len(&text[at..]) {
        at += n;
        at = text.len() - clutter::skip_blank_entities(&text[at..]).len();
    }
    let date = (at > open).then(|| read_date_line(&text[at..])).flatten()?;
    title::is_issuer_line(issuer).then_some((at, date))
}

/// The back matter: the index of its first line and the role of each line.
pub(crate) struct Back {
    pub start: usize,
    pub roles: Vec<BackRole>,
    /// The date of its date line, when read here as the metadata would
    /// read it (see [`read_date_line`]), so that it is not parsed twice.
    pub signed: Option<Date>,
    /// The last line classified here as clutter or not (its text span and
    /// kind): the line above the foot, which the body asks of again.
    pub classified: Option<(crate::span::Span, Option<ClutterKind>)>,
}

/// A date line of a signature: a date alone, perhaps in brackets.
#[cfg(test)]
pub(crate) fn is_date_line(text: &str) -> bool {
    read_date_line(text).is_some()
}

/// `None` when `text` is no date line (`is_date_line`, the tests' reference); else its date when
/// the text inside the brackets has no white space at its ends, as
/// `meta::extract` reads it from there (`date_prefix` of that text), and
/// `None` inside otherwise (left to the metadata to read).
fn read_date_line(text: &str) -> Option<Option<Date>> {
    let bracketed = text.trim_start_matches(['（', '(']).trim_end_matches(['）', ')']);
    let inner = bracketed.trim_matches(is_ws);
    // A weekday after the date (`2025年1月6日星期一`, Word's date field).
    // The date is read once: the text without its weekday opens with the
    // same date (the weekday's word opens with no char the grammar reads).
    let (date, n) = date::date_prefix(inner)?;
    let whole = |t: &str| t.len() >= n && t[n..].trim_matches(is_ws).is_empty();
    if !whole(inner) && !whole(clutter::without_trailing_weekday(inner)) {
        return None;
    }
    Some((inner.len() == bracketed.len()).then_some(date))
}

/// A signature glued to the end of the last body line (flattened text):
/// `…延伸。松岭街道办事处2025年1月20日`. Returns where the issuer starts
/// and where the date starts, as offsets into `text`, and the date as
/// [`read_date_line`] reads it.
pub(crate) fn glued_tail(text: &str) -> Option<(usize, usize, Option<Date>)> {
    let after = last_sentence_end(text.as_bytes())?;
    let tail = &text[after..];
    // `read_date_line(&tail[i..])` at every candidate `i`, with the ends it
    // trims found once: every candidate shares the tail's end, and
    // trimming it again at each (thousands of `）`) made the walk quadratic.
    // A candidate opens with a digit, neither bracket nor white space, so
    // the trims stop before it.
    // Read from the bytes: `）` is EF BC 89, and a candidate's first char
    // (`0`…`9`, `〇` E3 80 87, `○` E2 97 8B, `二` E4 BA 8C) is told by
    // its bytes where it starts (a lead byte is no continuation byte).
    let b = tail.as_bytes();
    let bracket_end = crate::text::charset::end_before_closing_parens(b);
    let inner_end = crate::text::ws::trim_end_ws_small(&tail[..bracket_end]).len();
    let (date_at, date) = (0..b.len()).find_map(|i| {
        let candidate = matches!(
            b[i..],
            [b'0'..=b'9', ..] | [0xE3, 0x80, 0x87, ..] | [0xE2, 0x97, 0x8B, ..] | [0xE4, 0xBA, 0x8C, ..]
        );
        (candidate && (i == 0 || !b[i - 1].is_ascii_digit()))
            .then(|| date::whole_date(tail.get(i..inner_end)?))
            .flatten()
            .map(|date| (i, (inner_end == bracket_end).then_some(date)))
    })?;
    let issuer = crate::text::ws::trim_end_ws_small(crate::text::ws::trim_start_ws_small(&tail[..date_at]));
    (issuer.is_empty() || title::is_issuer_line(issuer)).then_some((after, after + date_at, date))
}

/// Where the text after the last `。` `；` or `！` of `b` starts: those
/// marks found by their last bytes (82, 9B, 81) from the end, each hit
/// checked in place, rather than by a search that decodes every char.
fn last_sentence_end(b: &[u8]) -> Option<usize> {
    memchr::memrchr3_iter(0x82, 0x9B, 0x81, b)
        .find(|&i| i >= 2 && matches!(b[i - 2..=i], [0xE3, 0x80, 0x82] | [0xEF, 0xBC, 0x9B | 0x81]))
        .map(|i| i + 1)
}

impl Back {
    /// Has the foot a date line (alone or after the issuers)?
    pub(crate) fn has_date(&self) -> bool {
        self.roles.iter().any(|r| matches!(r, BackRole::Date | BackRole::IssuerDate(_)))
    }
}

/// Cut a signature glued to the end of `last` (see [`glued_tail`]) off it:
/// its issuer and date lines go to `out`, and `last` is shortened to the
/// text before them. Returns the date read, when a signature was cut.
pub(crate) fn cut_glued(src: &str, last: &mut RawLine, out: &mut Vec<Block>) -> Option<Option<Date>> {
    let (issuer_at, date_at, date) = glued_tail(text_at(src, last.text))?;
    let base = last.text.start;
    let (cut, date_at) = (base + issuer_at, base + date_at);
    if cut < date_at {
        let issuer = crate::text::ws::trim(src, Span::new(cut, date_at));
        out.push(signature_line_at(Span::new(cut, date_at), issuer, SignatureRole::Issuer));
    }
    let date_text = Span::new(date_at, last.text.end);
    out.push(signature_line_at(Span::new(date_at, last.full.end), date_text, SignatureRole::Date));
    *last = RawLine {
        full: Span::new(last.full.start, cut),
        text: crate::text::ws::trim(src, Span::new(last.text.start, cut)),
    };
    Some(date)
}

/// A signature line block.
fn signature_line(l: &RawLine, role: SignatureRole) -> Block {
    signature_line_at(l.full, l.text, role)
}

fn signature_line_at(span: Span, text: Span, role: SignatureRole) -> Block {
    Block::Signature(SignatureLine { span, text, role })
}

/// The back matter of `lines`: the signature and clutter at the foot, read
/// from the last line upwards.
pub(crate) fn find_back(src: &str, lines: &[RawLine], running: &super::page::Running) -> Back {
    let mut roles = Vec::new();
    let mut j = lines.len();
    let mut date_seen = false;
    let mut issuers = 0;
    let mut signed = None;
    let mut classified = None;
    // Footnotes under the signature: where they start (the roles read so
    // far and `j`, to give them back if no signature stands above them).
    let mut notes_at: Option<(usize, usize)> = None;
    // Stop at the last content line that is not part of a signature.
    while j > 0 {
        let l = &lines[j - 1];
        let line = text_at(src, l.text);
        let text = without_tags(line);
        // A date broken over two lines (`2025年1月` / `10日`): both lines.
        if let Some(date) = (!date_seen && issuers == 0 && j > 1).then(|| split_date(src, &lines[j - 2], l)).flatten() {
            date_seen = true;
            signed = Some(date);
            roles.extend([BackRole::Date, BackRole::Date]);
            j -= 2;
            continue;
        }
        let role = if l.is_blank() {
            BackRole::Blank
        } else if issuers == 0 && running.contains(line) && (!date_seen || issuer_above(src, &lines[..j - 1], running))
        {
            // The last page's running footer under the signature (`某局　…
            // 2025年1月20日` on every page): no issuer and no date.
            BackRole::Clutter(ClutterKind::RunningHeader)
        } else if let Some(kind) = {
            let kind = clutter::classify(line);
            classified = Some((l.text, kind));
            // A page marker the clutter grammar leaves to the page reader
            // (`4/5`, a Word footer's page/pages field, opens with a digit).
            kind.or_else(|| digit_page_marker(line).then_some(ClutterKind::PageMarker))
        } {
            // A signature's date with its weekday (`2025年1月6日星期一`, Word's
            // date field) reads as a site clock: under an issuer line, it
            // is the date.
            if kind == ClutterKind::SiteClock
                && !date_seen
                && issuers == 0
                && issuer_above(src, &lines[..j - 1], running)
            {
                if let Some(date) = read_date_line(without_seal(text)) {
                    date_seen = true;
                    signed = date;
                    roles.push(BackRole::Date);
                    j -= 1;
                    continue;
                }
            }
            // A page break inside the signature: the body's name the last
            // line of one page, its date the first of the next (`某局` /
            // `— 4 —` / `2025年1月20日`). The marker is page furniture
            // between them, when an issuer line stands right above it.
            let split_by_page = kind == ClutterKind::PageMarker
                && issuers == 0
                && date_seen
                && issuer_above(src, &lines[..j - 1], running);
            if (issuers > 0 || date_seen) && !split_by_page {
                break;
            }
            BackRole::Clutter(kind)
        } else if issuers == 0 && !date_seen && is_footnote_line(text) {
            notes_at.get_or_insert((roles.len(), j));
            BackRole::Note
        } else if let Some(date) = (!date_seen && issuers == 0).then(|| read_date_line(without_seal(text))).flatten() {
            date_seen = true;
            signed = date;
            BackRole::Date
        } else if let Some((at, date)) = (!date_seen && issuers == 0)
            .then(|| issuer_then_read_date(text).or_else(|| issuer_then_tagged_date(text)))
            .flatten()
        {
            date_seen = true;
            signed = date;
            issuers += 1;
            BackRole::IssuerDate(at)
        } else if issuers < 3 && title::is_issuer_line(without_seal(without_placeholder(text))) {
            issuers += 1;
            BackRole::Issuer
        } else if let Some(kind) =
            (issuers == 0 && !date_seen).then(|| foot_clutter(src, lines, j - 1, &roles)).flatten()
        {
            BackRole::Clutter(kind)
        } else if issuers == 0
            && date_seen
            && (1..=3).contains(&text.len())
            && text.bytes().all(|b| b.is_ascii_digit())
            && issuer_above(src, &lines[..j - 1], running)
        {
            // A bare page number between the issuer and the date.
            BackRole::Clutter(ClutterKind::PageMarker)
        } else {
            break;
        };
        roles.push(role);
        j -= 1;
    }
    // Notes with no signature above them are the body's (a `注释` section's
    // entries): given back, with the lines above them.
    if let (Some((n, at)), false) = (notes_at, date_seen || issuers > 0) {
        roles.truncate(n);
        j = at;
    }
    roles.reverse();
    Back { start: j, roles, signed, classified }
}

/// A footnote line as Word's text export and markdown converters write
/// the notes after the text: a reference mark, then the note (`[1]…`,
/// `［2］…`, `\* …`, `* …`, `①…`). The first byte keeps other lines out.
fn is_footnote_line(text: &str) -> bool {
    let rest = match text.as_bytes().first() {
        Some(b'\\') => text.strip_prefix("\\*"),
        Some(b'*') => text.strip_prefix('*').filter(|r| !r.starts_with('*')),
        Some(b'[' | 0xEF) => {
            let inner = text.strip_prefix(['[', '［']);
            inner.and_then(|r| {
                let digits = r.len() - r.trim_start_matches(|c: char| c.is_ascii_digit()).len();
                (1..=3).contains(&digits).then(|| r[digits..].strip_prefix([']', '］'])).flatten()
            })
        }
        Some(0xE2) => text.strip_prefix(|c: char| ('①'..='⑳').contains(&c)),
        _ => None,
    };
    rest.is_some_and(|r| !crate::text::ws::trim_start_ws_small(r).is_empty())
}

/// Is the last non-blank line of `above` an issuer line of a signature,
/// over a page marker or a running header or two if any (a signature
/// split by a page break)?
fn issuer_above(src: &str, above: &[RawLine], running: &super::page::Running) -> bool {
    let mut lines = above.iter().rev().filter(|l| !l.is_blank()).map(|l| without_tags(text_at(src, l.text)));
    let is_marker = |t: &str| {
        running.contains(t)
            || digit_page_marker(t)
            || (t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit()))
            || clutter::classify(t) == Some(ClutterKind::PageMarker)
    };
    let Some(text) = lines.by_ref().take(3).find(|t| !is_marker(t)) else { return false };
    text.len() <= MAX_ISSUER_LINE && title::is_issuer_line(without_seal(without_placeholder(text)))
}

/// A page marker opening with a digit (`4/5`): the page reader's grammar,
/// asked only of the foot's few lines.
fn digit_page_marker(text: &str) -> bool {
    text.as_bytes().first().is_some_and(u8::is_ascii_digit) && super::page::is_page_marker(text)
}

/// The longest issuer line [`issuer_above`] reads, in bytes.
const MAX_ISSUER_LINE: usize = 4 * 60;

/// `text` inside the HTML tags a bad capture left at its ends
/// (`<p style="text-align: right;">某县人民政府</p>`), as
/// [`clutter::html_inner`] finds them; most lines hold none.
fn without_tags(text: &str) -> &str {
    if !clutter::may_hold_tags(text) {
        return text;
    }
    clutter::html_inner(text).map_or(text, |(a, b)| &text[a..b])
}

/// `text` without a seal's note at its end (see [`seal_at`]).
fn without_seal(text: &str) -> &str {
    seal_at(text).map_or(text, |open| crate::text::ws::trim_end_ws_small(&text[..open]))
}

/// The byte length of an image's placeholder a capture left glued before
/// a signature line, where the seal's picture stood (`[图片]某县人民政府`,
/// `【图片】`, `[image]`), with the white space after it. Only a line
/// opening with a bracket is read further.
fn placeholder_len(text: &str) -> Option<usize> {
    let close = match text.as_bytes().first()? {
        b'[' => ']',
        0xE3 if text.starts_with('【') => '】',
        0xEF if text.starts_with('［') => '］',
        _ => return None,
    };
    let open = text.chars().next()?.len_utf8();
    // The word is a few chars at most: the close is looked for among them.
    let end = open + text[open..].char_indices().take(8).find(|&(_, c)| c == close)?.0;
    let inner = text[open..end].trim_matches(is_ws);
    let is_image = matches!(inner, "图片" | "图" | "图像" | "印章" | "公章" | "签章" | "盖章")
        || inner.eq_ignore_ascii_case("image")
        || inner.eq_ignore_ascii_case("img");
    let after = end + close.len_utf8();
    let rest = crate::text::ws::trim_start_ws_small(&text[after..]);
    (is_image && !rest.is_empty()).then_some(text.len() - rest.len())
}

/// `text` without an image's placeholder before it (see [`placeholder_len`]).
fn without_placeholder(text: &str) -> &str {
    placeholder_len(text).map_or(text, |n| &text[n..])
}

/// Where a seal's note opens at the end of `text` (`某县某局（盖章）`,
/// `(公章)`), which marks where the seal goes on a signature line. Most
/// lines do not end in a bracket and are answered at once.
fn seal_at(text: &str) -> Option<usize> {
    if !text.ends_with(['）', ')']) {
        return None;
    }
    let open = text.rfind(['（', '('])?;
    let inner = text[open..].trim_start_matches(['（', '(']).trim_end_matches(['）', ')']).trim_matches(is_ws);
    (open > 0 && matches!(inner, "盖章" | "公章" | "章" | "印章" | "签章" | "蓋章")).then_some(open)
}

/// A signature's date broken after its month (`2025年1月` on `above`,
/// `10日` on `day`): the date, read from the two lines joined. Only a
/// short line ending in `日` or `号` is tried, so most feet never join.
fn split_date(src: &str, above: &RawLine, day: &RawLine) -> Option<Date> {
    let (top, bottom) = (text_at(src, above.text), text_at(src, day.text));
    if bottom.len() > 4 * 3 || !bottom.ends_with(['日', '号']) || !top.ends_with('月') || top.len() > 12 * 3 {
        return None;
    }
    date::whole_date(&[top, bottom].concat())
}

/// Line `k` under the signature, which is no clutter by itself: clutter by
/// its place in the foot? A bare number (a page number; a count under an
/// app's action, `在看` / `12`), a site's menu bar, or the account's name above its QR
/// prompt (`青禾司法` / `微信扫一扫`), which names no issuing body.
/// `below` holds the roles of the lines under it, the nearest last.
fn foot_clutter(
    src: &str,
    lines: &[RawLine],
    k: usize,
    below: &[BackRole],
) -> Option<crate::syntax::tree::ClutterKind> {
    use crate::syntax::tree::ClutterKind;
    let text = text_at(src, lines[k].text);
    if (1..=6).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit()) {
        let above = k.checked_sub(1).map(|i| text_at(src, lines[i].text));
        let under_action = above.is_some_and(|t| clutter::classify(t).is_some());
        return Some(if under_action { ClutterKind::Views } else { ClutterKind::PageMarker });
    }
    if text.len() <= 80 * 4 && clutter::is_menu_bar(text) {
        return Some(ClutterKind::Navigation);
    }
    // The list's header itself, its items below it or none left
    // (`相关新闻` alone at the foot).
    if related_item(src, lines, k) || is_related_header(text) {
        return Some(ClutterKind::Navigation);
    }
    // The report's title printed again at the foot of its page (under the
    // print bar): a line that names the genre and stands among the first
    // lines of the text too.
    // A heading left alone at the end (`六、其他需要报告的事项`, listed in a
    // table of contents at the head too) is no title.
    if text.len() <= 4 * 80
        && title::names_genre(text)
        && super::marker::marker(text).is_none()
        && lines[..k].iter().filter(|l| !l.is_blank()).take(HEAD_LINES).any(|l| text_at(src, l.text).ends_with(text))
    {
        return Some(ClutterKind::Column);
    }
    // The value of a link label left open on the line above (`下一篇：` /
    // `关于…的通知`): another page's title, part of the link.
    let above = lines[..k].iter().rev().find(|l| !l.is_blank()).map(|l| text_at(src, l.text));
    if above.is_some_and(|t| clutter::is_open_label(t) && clutter::classify(t) == Some(ClutterKind::Navigation)) {
        return Some(ClutterKind::Navigation);
    }
    // An attachment label over the download links under it (`附件：` /
    // `某某.pdf`).
    if matches!(below.last(), Some(BackRole::Clutter(ClutterKind::Navigation)))
        && clutter::is_open_label(text)
        && text.contains("附件")
    {
        return Some(ClutterKind::Navigation);
    }
    let short = text.len() <= 20 * 4 && text.chars().count() <= 20;
    (matches!(below.last(), Some(BackRole::Clutter(ClutterKind::QrCode)))
        && short
        && !text.contains(|c: char| c.is_ascii_punctuation() || "。，；：、！？".contains(c))
        && !title::is_issuer_line(text))
    .then_some(ClutterKind::Column)
}

/// How many lines at the head of the text are searched for the title a
/// page prints again at its foot.
const HEAD_LINES: usize = 12;

/// Is line `k` an item of a news page's related-reading list under the
/// report (`【相关阅读】` / `相关稿件：` over other articles' headlines, one
/// a line)? The header stands a few lines above, every line between is a
/// headline: short, no sentence ends in it.
fn related_item(src: &str, lines: &[RawLine], k: usize) -> bool {
    const MAX_ITEMS: usize = 8;
    let headline = |t: &str| t.len() <= 40 * 4 && t.chars().count() <= 40 && !t.contains(['。', '；', '！', '？']);
    if !headline(text_at(src, lines[k].text)) {
        return false;
    }
    for l in lines[..k].iter().rev().filter(|l| !l.is_blank()).take(MAX_ITEMS) {
        let t = text_at(src, l.text);
        if is_related_header(t) {
            return true;
        }
        if !headline(t) {
            return false;
        }
    }
    false
}

/// A related-reading list's header: `【相关阅读】`, `相关稿件：`, `延伸阅读`.
fn is_related_header(text: &str) -> bool {
    let word =
        text.trim_start_matches(['【', '[', '〖']).trim_end_matches(['】', ']', '〗', '：', ':']).trim_matches(is_ws);
    matches!(
        word,
        "相关阅读" | "相关稿件" | "相关新闻" | "相关文章" | "相关报道" | "延伸阅读" | "推荐阅读" | "相关推荐"
    )
}

/// The blocks of a back-matter line: one, or two for issuer and date.
pub(crate) fn blocks(src: &str, l: &RawLine, role: BackRole, out: &mut Vec<Block>) {
    // A signature line inside HTML tags: the tags are markup leaves around
    // the line read inside them, as [`find_back`] read it.
    if matches!(role, BackRole::Issuer | BackRole::Date | BackRole::IssuerDate(_)) {
        let text = text_at(src, l.text);
        if let Some((a, b)) = clutter::may_hold_tags(text).then(|| clutter::html_inner(text)).flatten() {
            let (start, end) = (l.text.start + a, l.text.start + b);
            // A leaf's text is its span's without the line's white space and break.
            let markup = |span: Span, text: Span| {
                let text = crate::text::ws::trim(src, text);
                Block::Clutter(Clutter { span, text, kind: crate::syntax::tree::ClutterKind::Markup })
            };
            if a > 0 {
                out.push(markup(Span::new(l.full.start, start), Span::new(l.text.start, start)));
            }
            let full_start = if a > 0 { start } else { l.full.start };
            blocks(src, &RawLine { full: Span::new(full_start, end), text: Span::new(start, end) }, role, out);
            if end < l.full.end {
                out.push(markup(Span::new(end, l.full.end), Span::new(end, l.text.end)));
            }
            return;
        }
    }
    // An image's placeholder glued before an issuer line (`[图片]某县人民政府`):
    // a leaf of its own, the line read after it.
    if role == BackRole::Issuer {
        if let Some(n) = placeholder_len(text_at(src, l.text)) {
            let split = l.text.start + n;
            let text = crate::text::ws::trim(src, Span::new(l.text.start, split));
            let kind = crate::syntax::tree::ClutterKind::Markup;
            out.push(Block::Clutter(Clutter { span: Span::new(l.full.start, split), text, kind }));
            blocks(src, &RawLine { full: Span::new(split, l.full.end), text: Span::new(split, l.text.end) }, role, out);
            return;
        }
    }
    match role {
        BackRole::Blank => out.push(Block::Blank { span: l.full }),
        BackRole::Note => {
            let para = crate::syntax::tree::Paragraph::new(l.full, l.text, Vec::new(), Vec::new(), Vec::new());
            out.push(Block::Paragraph(para));
        }
        BackRole::Clutter(kind) => out.push(Block::Clutter(Clutter { span: l.full, text: l.text, kind })),
        BackRole::Issuer | BackRole::Date => {
            let role = if role == BackRole::Issuer { SignatureRole::Issuer } else { SignatureRole::Date };
            match seal_at(text_at(src, l.text)) {
                // The seal's note after the body's name or the date
                // (`某县某局（盖章）`) is a leaf of its own, not part of it.
                Some(open) => {
                    let split = l.text.start + open;
                    let name = crate::text::ws::trim(src, Span::new(l.text.start, split));
                    out.push(signature_line_at(Span::new(l.full.start, split), name, role));
                    let note = Span::new(split, l.text.end);
                    out.push(Block::Clutter(Clutter {
                        span: Span::new(split, l.full.end),
                        text: note,
                        kind: crate::syntax::tree::ClutterKind::IndexBlock,
                    }));
                }
                None => out.push(signature_line(l, role)),
            }
        }
        BackRole::IssuerDate(at) => {
            let split = l.text.start + at;
            // The tags between the issuer and the date (`</div><div>`), if
            // any, are a markup leaf between them.
            let tags = memchr::memchr2(b'<', b'&', &src.as_bytes()[l.text.start..split]).map(|i| l.text.start + i);
            let issuer_end = tags.unwrap_or(split);
            let issuer = crate::text::ws::trim(src, Span::new(l.text.start, issuer_end));
            out.push(Block::Signature(SignatureLine {
                span: Span::new(l.full.start, issuer_end),
                text: issuer,
                role: SignatureRole::Issuer,
            }));
            if let Some(tags) = tags {
                out.push(Block::Clutter(Clutter {
                    span: Span::new(tags, split),
                    text: crate::text::ws::trim(src, Span::new(tags, split)),
                    kind: crate::syntax::tree::ClutterKind::Markup,
                }));
            }
            out.push(Block::Signature(SignatureLine {
                span: Span::new(split, l.full.end),
                text: Span::new(split, l.text.end),
                role: SignatureRole::Date,
            }));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::line::split;

    /// `read_date_line` as first written: the date read again without the weekday.
    fn read_date_line_reference(text: &str) -> Option<Option<Date>> {
        let bracketed = text.trim_start_matches(['（', '(']).trim_end_matches(['）', ')']);
        let inner = bracketed.trim_matches(is_ws);
        let date = date::whole_date(inner).or_else(|| date::whole_date(clutter::without_trailing_weekday(inner)))?;
        Some((inner.len() == bracketed.len()).then_some(date))
    }

    proptest::proptest! {
        #[test]
        fn a_date_line_is_read_once(text in "[（(]?[ ]?(2025|二〇二五)[ 年-]{1,2}[1一十]{1,2}[ 月-]{1,2}[6六]{1,2}[ 日号]{0,2}(星期|周|礼拜)?[一日天]?[ ]?[）)]?") {
            proptest::prop_assert_eq!(read_date_line(&text), read_date_line_reference(&text));
        }
    }

    /// `issuer_then_date` without the test of the first issuer.
    fn issuer_then_date_reference(text: &str) -> Option<usize> {
        let at = text.rfind(|c: char| is_ws(c))?;
        let date_at = at + text[at..].chars().next().map_or(1, char::len_utf8);
        (is_date_line(&text[date_at..]) && title::is_issuer_line(text[..at].trim_end_matches(is_ws))).then_some(date_at)
    }

    /// `is_date_line` as first written.
    fn is_date_line_reference(text: &str) -> bool {
        let inner = text.trim_start_matches(['（', '(']).trim_end_matches(['）', ')']).trim_matches(is_ws);
        date::whole_date(inner).is_some()
    }

    proptest::proptest! {
        #[test]
        fn a_date_read_here_is_the_date_the_metadata_reads(
            text in "[（( 　]{0,2}(2024年3月1日|二〇二四年三月一日|2024-03-01|2024年13月1日|[年月日 1２二〇a]{0,8})[）) 　]{0,2}"
        ) {
            let read = read_date_line(&text);
            proptest::prop_assert_eq!(read.is_some(), is_date_line_reference(&text));
            if let Some(Some(d)) = read {
                // As `meta::extract` reads the date of a date line.
                let inner = text.trim_start_matches(['（', '(']).trim_end_matches(['）', ')']);
                proptest::prop_assert_eq!(date::date_prefix(inner).map(|(d, _)| d), Some(d));
            }
        }
    }

    #[test]
    fn issuer_then_date_splits_where_the_date_starts() {
        let line = "中共某县委员会　某县人民政府 2024年3月1日";
        assert_eq!(issuer_then_date(line), line.find('2'));
        assert_eq!(issuer_then_date(" 某县人民政府  二〇二四年三月一日"), " 某县人民政府  ".len().into());
        assert_eq!(issuer_then_date("全年办件30件 2024年3月1日"), None, "a body sentence is no issuer");
        assert_eq!(issuer_then_date("某县人民政府2024年3月1日"), None, "no white space before the date");
    }

    proptest::proptest! {
        #[test]
        fn issuer_then_date_agrees_with_the_plain_search(
            text in "([ 　\t]|某县人民政府|中共某县委员会|办公室|2024年3月1日|二〇二四年三月|[政府局a1。，（）]){0,12}"
        ) {
            proptest::prop_assert_eq!(issuer_then_date(&text), issuer_then_date_reference(&text));
        }
    }

    #[test]
    fn reads_issuer_and_date_under_trailing_clutter() {
        let src = "正文最后一段。\n\n象山县某镇人民政府\n\n2023年2月21日\n扫一扫在手机打开当前页\n";
        let lines = split(src, 0);
        let back = find_back(src, &lines, &super::super::page::Running::default());
        assert_eq!(back.start, 1, "the body paragraph stays in the body");
        assert_eq!(
            back.roles,
            [
                BackRole::Blank,
                BackRole::Issuer,
                BackRole::Blank,
                BackRole::Date,
                BackRole::Clutter(crate::syntax::tree::ClutterKind::QrCode)
            ]
        );
    }

    #[test]
    fn a_last_paragraph_is_not_a_signature() {
        let src = "五、其他需要报告的情况\n无需要报告的其他情况。\n";
        let lines = split(src, 0);
        assert_eq!(find_back(src, &lines, &super::super::page::Running::default()).start, 2);
    }

    #[test]
    fn two_issuers_and_a_chinese_date() {
        let src = "正文。\n中共某县委  某县人民政府\n二〇二四年二月二十六日";
        let lines = split(src, 0);
        let back = find_back(src, &lines, &super::super::page::Running::default());
        assert_eq!(back.roles, [BackRole::Issuer, BackRole::Date]);
    }

    /// `glued_tail` as first written: `read_date_line` at every candidate.
    fn glued_tail_reference(text: &str) -> Option<(usize, usize, Option<Date>)> {
        let after = text.rfind(['。', '；', '！']).map(|i| i + 3)?;
        let tail = &text[after..];
        let (date_at, date) = tail.char_indices().find_map(|(i, c)| {
            (matches!(c, '0'..='9' | '〇' | '○' | '二')
                && (i == 0 || !tail[..i].ends_with(|p: char| p.is_ascii_digit())))
            .then(|| read_date_line(&tail[i..]))
            .flatten()
            .map(|date| (i, date))
        })?;
        let issuer = tail[..date_at].trim_matches(is_ws);
        (issuer.is_empty() || title::is_issuer_line(issuer)).then_some((after, after + date_at, date))
    }

    proptest::proptest! {
        #[test]
        fn glued_tail_agrees_with_a_read_at_every_candidate(
            text in "(。|；|！|某街道办事处|2025年1月20日|二〇二四年三月一日|2024-03-01|[二〇1２年月日（()） 　a]){0,14}"
        ) {
            proptest::prop_assert_eq!(glued_tail(&text), glued_tail_reference(&text));
        }
    }

    #[test]
    fn signature_glued_to_flattened_text() {
        let text = "全面完成各项任务。某某街道办事处2025年1月20日";
        let (issuer, date, _) = glued_tail(text).expect("should find a glued signature");
        assert_eq!(&text[issuer..date], "某某街道办事处");
        assert_eq!(&text[date..], "2025年1月20日");
        assert_eq!(glued_tail("全年办件3084件。截至2025年1月20日"), None, "a clause is not a signature");
    }

    #[test]
    fn issuer_and_date_on_one_line() {
        let src = "正文。\n某县司法局  2024年3月1日\n";
        let lines = split(src, 0);
        let back = find_back(src, &lines, &super::super::page::Running::default());
        assert!(matches!(back.roles[..], [BackRole::IssuerDate(_)]), "{:?}", back.roles);
        let mut out = Vec::new();
        blocks(src, &lines[1], back.roles[0], &mut out);
        assert_eq!(out.len(), 2);
        assert_eq!(out[0].span().end, out[1].span().start, "the two blocks are contiguous");
    }
}
