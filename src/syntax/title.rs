//! Front matter: title lines, the addressee, and issuing bodies.
//!
//! ```text
//! title_block  ::= (clutter | blank)* title_line+          (≤ 4 lines, clutter and blanks between)
//! title_line   ::= issuer_line | report_title
//! report_title ::= short line, no "。", not ending in "，" "：" "；", naming the genre
//!                  (报告 | 总结 | 情况 | 工作要点 | 述法 …)
//! issuer_line  ::= issuer (ws+ issuer)*
//! issuer       ::= name organ_suffix                       (人民政府 | 委员会 | 党委 | 局 | 办公室 …)
//! addressee    ::= name ("、" name)* (":" | "：")          (short: 县委、县政府：)
//! ```

use crate::text::charset::utf8_len;
use crate::text::script::fold_char;
use crate::text::ws::is_ws;

/// Longest title line, in chars.
const MAX_TITLE_CHARS: usize = 90;

/// Longest title line, in bytes (four a char): [`is_title_line`] takes
/// no longer text.
pub(crate) const MAX_TITLE_BYTES: usize = 4 * MAX_TITLE_CHARS;

const ORGAN_SUFFIXES: [&str; 31] = [
    "人民政府",
    "政府",
    "委员会",
    "管委会",
    "党委",
    "党组",
    "党工委",
    "县委",
    "市委",
    "区委",
    "省委",
    "局",
    "厅",
    "办公室",
    "办公厅",
    "办事处",
    "院",
    "部",
    "署",
    "中心",
    "司法所",
    "所",
    "委",
    "办",
    "人大常委会",
    "法院",
    "检察院",
    "公司",
    "集团",
    "社区",
    // 国家统计局某县调查队: the survey team that co-signs a communiqué.
    "调查队",
];

const GENRE_WORDS: [&str; 12] =
    ["报告", "总结", "情况", "工作要点", "述法", "年报", "汇报", "自查", "自评", "决算", "预算", "公报"];

/// The nouns that name the document itself (a report, a summary, a
/// communiqué), as against the topic words of [`GENRE_WORDS`] that a title
/// also names mid-phrase (`…预算执行和其他财政`, `…建设情况的报告`).
const REPORT_NOUNS: [&str; 6] = ["报告", "总结", "公报", "年报", "汇报", "工作要点"];

const SENTENCE_PUNCT: [char; 7] = ['。', '；', ';', '！', '？', '!', '?'];

/// A name that ends like an organ of government (`贤庠镇人民政府`, `中共潢川县委`).
pub(crate) fn is_issuer(name: &str) -> bool {
    // Cheap tests first: the length, and whether any suffix ends in the
    // name's last char (folded: `縣委` ends like `县委`). Then the count,
    // the punctuation, and the suffixes that end in that char, compared
    // char by char in Simplified form, so the name is never copied to fold it.
    let Some(last) = name.chars().next_back() else { return false };
    let last = crate::text::script::fold_char(last) as u32;
    name.len() <= MAX_ISSUER_BYTES
        && SUFFIX_LAST_SET.contains_cp(last)
        && ORGAN_SUFFIXES
            .iter()
            .zip(&SUFFIX_LASTS)
            .any(|(s, &l)| l == last && name.len() > s.len() && ends_with_folded(name, s))
        && (3..=40).contains(&name.chars().count())
        && !holds_name_punct(name.as_bytes())
}

/// Does `b` hold a char no issuer's name holds: a sentence's punctuation
/// ([`SENTENCE_PUNCT`]), `，` `,` `：` `:` `、` `（` `）` `(` `)` `“` `”`,
/// or an ASCII digit? One walk over the chars by their lead bytes: an
/// ideograph (E4 to E9) is stepped over at once.
fn holds_name_punct(b: &[u8]) -> bool {
    let mut at = 0;
    while let Some(&b0) = b.get(at) {
        match b0 {
            0xE4..=0xE9 => at += 3,
            b';' | b'!' | b'?' | b',' | b':' | b'(' | b')' | b'0'..=b'9' => return true,
            0..=0x7F => at += 1,
            _ => {
                // 。 、 ； ！ ？ ， ： （ ） “ ”
                if matches!(
                    b[at..],
                    [0xE3, 0x80, 0x82 | 0x81, ..]
                        | [0xEF, 0xBC, 0x9B | 0x81 | 0x9F | 0x8C | 0x9A | 0x88 | 0x89, ..]
                        | [0xE2, 0x80, 0x9C | 0x9D, ..]
                ) {
                    return true;
                }
                at += utf8_len(b0);
            }
        }
    }
    false
}

/// The last chars of [`ORGAN_SUFFIXES`], as a set: one bit test.
static SUFFIX_LAST_SET: crate::text::charset::CjkSet =
    crate::text::charset::CjkSet::cjk().with_edges(&ORGAN_SUFFIXES, true);

/// The code point of the last char of each of [`ORGAN_SUFFIXES`].
static SUFFIX_LASTS: [u32; ORGAN_SUFFIXES.len()] = crate::text::charset::edge_cps(&ORGAN_SUFFIXES, true);

/// Does `name`, folded to Simplified, end with `suffix` (Simplified)?
fn ends_with_folded(name: &str, suffix: &str) -> bool {
    let mut chars = name.chars().rev();
    suffix.chars().rev().all(|s| chars.next().is_some_and(|c| crate::text::script::fold_char(c) == s))
}

/// The words of a line, split at white space.
fn words(line: &str) -> impl Iterator<Item = &str> {
    line.split(is_ws).filter(|w| !w.is_empty())
}

/// Longest issuer name, in bytes: [`is_issuer`] takes none longer.
const MAX_ISSUER_BYTES: usize = 160;

/// Does `line` end (white space aside) with a char an organ's name may end
/// with (`府`, `局`, `会`…)? Every issuer line does: a test of its last char.
pub(crate) fn ends_like_organ(line: &str) -> bool {
    crate::text::ws::trim_end_ws_small(line)
        .chars()
        .next_back()
        .is_some_and(|c| SUFFIX_LAST_SET.contains(crate::text::script::fold_char(c)))
}

/// Is `line` made only of issuers (one to four) separated by white space?
///
/// Each word is looked for only as far as the longest name could reach:
/// this runs on the last lines of a report, and in flattened text the last
/// line is the whole report.
pub(crate) fn is_issuer_line(line: &str) -> bool {
    // The last word ends where the line does, and must end like an organ:
    // most lines (a paragraph ending in `。`) fail this before any search.
    if !ends_like_organ(line) {
        return false;
    }
    let mut n = 0;
    let mut rest = line;
    loop {
        rest = crate::text::ws::trim_start_ws_small(rest);
        if rest.is_empty() {
            return n > 0;
        }
        n += 1;
        if n > 4 {
            return false;
        }
        // A window of more than MAX_ISSUER_BYTES: a word that fills it is too long.
        let mut end = (MAX_ISSUER_BYTES + 4).min(rest.len());
        while !rest.is_char_boundary(end) {
            end -= 1;
        }
        let window = &rest[..end];
        let word = find_ws(window).map_or(window, |k| &window[..k]);
        if (word.len() == window.len() && end < rest.len()) || !is_issuer(word) {
            return false;
        }
        rest = &rest[word.len()..];
    }
}

/// Does `line` open with an issuer followed by white space? That is what
/// [`is_issuer_line`] asks first of a line with more after its first word,
/// within the same bounded window: a cheap test to run before a search
/// over the whole line.
pub(crate) fn opens_with_issuer(line: &str) -> bool {
    let rest = crate::text::ws::trim_start_ws_small(line);
    let mut end = (MAX_ISSUER_BYTES + 4).min(rest.len());
    while !rest.is_char_boundary(end) {
        end -= 1;
    }
    find_ws(&rest[..end]).is_some_and(|k| is_issuer(&rest[..k]))
}

/// Where the first white space char ([`is_ws`]) of `text` starts: a walk
/// over the chars by their lead bytes, one copy for the issuer rules
/// (`str::find` decoded each char, at each place).
#[inline(never)]
fn find_ws(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    let mut at = 0;
    while let Some(&b0) = b.get(at) {
        if crate::text::ws::leading_ws_len(&b[at..]) > 0 {
            return Some(at);
        }
        at += utf8_len(b0);
    }
    None
}

/// The issuers of a line made only of issuers separated by white space.
pub(crate) fn issuer_names(line: &str) -> Option<impl Iterator<Item = &str>> {
    is_issuer_line(line).then(|| words(line))
}

/// The issuers of a signature line: [`issuer_names`] without the test,
/// which the foot reader has made before giving the line that role
/// (`signature::find_back`, `signature::glued_tail`).
pub(crate) fn signature_issuers(line: &str) -> impl Iterator<Item = &str> {
    debug_assert!(line.is_empty() || is_issuer_line(line), "{line:?} is not an issuer line");
    words(line)
}

/// Could `text` (a trimmed line) be a line of a title?
pub(crate) fn is_title_line(text: &str) -> bool {
    // More than 4 bytes a char is more than the limit: a long line (in
    // flattened text, the whole report) is not counted. The tests of the
    // ends and of the bytes go before the count.
    text.len() <= MAX_TITLE_BYTES
        && !ends_with_clause_mark(text.as_bytes())
        && super::date::whole_date(text).is_none()
        && !has_sentence_punct(text)
        && (2..=MAX_TITLE_CHARS).contains(&text.chars().count())
}

/// Does `b` end with `，` `,` `：` `:` or `、` (EF BC 8C, EF BC 9A, E3 80 81)?
fn ends_with_clause_mark(b: &[u8]) -> bool {
    matches!(b, [.., b',' | b':'] | [.., 0xEF, 0xBC, 0x8C | 0x9A] | [.., 0xE3, 0x80, 0x81])
}

/// Does `text` hold a sentence's punctuation? The `;` that ends an HTML
/// entity a bad capture left (`&ldquo;八五&rdquo;`) is none: a line with
/// a `&` is read for them apart. Told from the bytes, in one walk over the
/// chars by their lead bytes (a title line is short: byte searches set up
/// for it cost more code than they save). A mark before any `&` is one
/// whatever follows (a `;` closes an entity only after its `&`).
fn has_sentence_punct(text: &str) -> bool {
    let b = text.as_bytes();
    let mut at = 0;
    while let Some(&b0) = b.get(at) {
        // An ideograph (lead byte E4 to E9) by one test: no mark's lead.
        if b0.wrapping_sub(0xE4) < 6 {
            at += 3;
            continue;
        }
        match b[at..] {
            [b'&', ..] => return has_sentence_punct_past_entities(text),
            // ; ! ? 。 ； ！ ？
            [b';' | b'!' | b'?', ..] | [0xE3, 0x80, 0x82, ..] | [0xEF, 0xBC, 0x9B | 0x81 | 0x9F, ..] => return true,
            _ => at += utf8_len(b0),
        }
    }
    false
}

/// [`has_sentence_punct`] of a text with a `&`: each `;` that closes an
/// entity is left out.
#[cold]
#[inline(never)]
fn has_sentence_punct_past_entities(text: &str) -> bool {
    text.match_indices(SENTENCE_PUNCT).any(|(at, p)| p != ";" || !super::clutter::closes_entity(text, at))
}

/// Does `text` name the genre (a report, a summary…)? A display title
/// spaced out char by char (`政 府 工 作 报 告`) names it too.
pub(crate) fn names_genre(text: &str) -> bool {
    // A walk over the bytes (the tests run on every line of a title block,
    // several times on some): a word ends at a char that folds to the last
    // char of one, a CJK char (E4..E9 and two more bytes) of GENRE_LAST, and
    // only there are the bytes before it compared: as they stand while no
    // char so far folds to Simplified (or is white space left out), else
    // char by char, folded. A spaced display title (`政 府 工 作 报 告`) is
    // read with its white space left out: no word holds any, so a word of
    // the text as it stands is found so too; a long text is read as it stands.
    let skip_ws = text.len() <= 4 * MAX_TITLE_CHARS;
    let b = text.as_bytes();
    // No char before `at` folds, and no white space was left out.
    let mut plain = true;
    let mut at = 0;
    while let Some(&b0) = b.get(at) {
        let len = match b0 {
            0xE4..=0xE9 => {
                if let Some(&[b1, b2]) = b.get(at + 1..at + 3) {
                    let cp = crate::text::charset::cp3(b0, b1, b2);
                    // One bit test tells most chars: neither folds nor ends a word.
                    if !GENRE_LAST_OR_FOLDING.contains_cp(cp) {
                        at += 3;
                        continue;
                    }
                    plain &= !crate::text::script::folds_cp(cp);
                    if GENRE_LAST.contains_cp(cp) {
                        let end = at + 3;
                        let found = match plain {
                            true => GENRE_WORDS
                                .iter()
                                .zip(GENRE_LAST_CPS)
                                .any(|(w, last)| last == cp && b[..end].ends_with(w.as_bytes())),
                            false => genre_word_ends(text, end, skip_ws),
                        };
                        if found {
                            return true;
                        }
                    }
                }
                3
            }
            _ => match crate::text::ws::leading_ws_len(&b[at..]) {
                0 => utf8_len(b0),
                ws => {
                    plain &= !skip_ws;
                    ws
                }
            },
        };
        at += len;
    }
    false
}

/// The last char of each word of GENRE_WORDS.
const GENRE_LAST_CPS: [u32; GENRE_WORDS.len()] = crate::text::charset::edge_cps(&GENRE_WORDS, true);

/// The chars that fold to the last char of a word of GENRE_WORDS.
static GENRE_LAST: crate::text::charset::CjkSet =
    crate::text::script::with_traditional_forms(crate::text::charset::CjkSet::cjk().with_edges(&GENRE_WORDS, true));

/// [`GENRE_LAST`] and every char of the CJK block that folds to another
/// ([`crate::text::script::folds_cp`] may be true of it): the chars at
/// which [`names_genre`] does more than step over.
static GENRE_LAST_OR_FOLDING: crate::text::charset::CjkSet = crate::text::script::with_traditional(
    crate::text::script::with_traditional_forms(crate::text::charset::CjkSet::cjk().with_edges(&GENRE_WORDS, true)),
);

/// Does `text[..end]` end with a word of GENRE_WORDS, its chars folded to
/// Simplified (and its white space left out, with `skip_ws`)?
fn genre_word_ends(text: &str, end: usize, skip_ws: bool) -> bool {
    let folded_back = || text[..end].chars().rev().filter(move |&c| !(skip_ws && is_ws(c))).map(fold_char);
    let last = folded_back().next();
    GENRE_WORDS
        .iter()
        .any(|w| w.chars().next_back() == last && w.chars().rev().eq(folded_back().take(w.chars().count())))
}

/// Does `text` (a title line) end as a report's title does: with a genre
/// word (`…审计工作报告`, `…工作总结`, `…统计公报`, `…建设情况`), before a
/// bracketed note (`（摘要）`) if any? Only the last chars are read.
pub(crate) fn ends_as_title(text: &str) -> bool {
    let mut t = crate::text::ws::trim_end_ws_small(text);
    if let Some(open) = t.strip_suffix(['）', ')']).and_then(|r| r.rfind(['（', '('])) {
        t = crate::text::ws::trim_end_ws_small(&t[..open]);
    }
    // The last char first: a genre word's last, or a Traditional form of
    // one (most lines that are no title's end otherwise).
    if !t.chars().next_back().is_some_and(|c| GENRE_LAST.contains(c)) {
        return false;
    }
    // The longest genre word is four chars.
    let tail = t.char_indices().rev().nth(3).map_or(0, |(i, _)| i);
    crate::text::script::with_folded(&t[tail..], |tail| GENRE_WORDS.iter().any(|g| tail.ends_with(g)))
}

/// Is `text` a bracketed note on a title, as it may stand alone under it
/// (`（草案）`, `（摘要）`, `（全文）`, `（征求意见稿）`, `(书面)`)?
pub(crate) fn is_title_note(text: &str) -> bool {
    let Some(inner) = text.strip_prefix(['（', '(']).and_then(|t| t.strip_suffix(['）', ')'])) else {
        return false;
    };
    let inner = inner.trim_matches(is_ws);
    inner.len() <= 6 * 3
        && matches!(
            inner,
            "草案"
                | "摘要"
                | "全文"
                | "节选"
                | "书面"
                | "摘编"
                | "公开版"
                | "征求意见稿"
                | "送审稿"
                | "讨论稿"
                | "初稿"
                | "修订稿"
                | "修改稿"
                | "审议稿"
                | "代拟稿"
                // In Traditional script.
                | "書面"
                | "節選"
                | "公開版"
                | "徵求意見稿"
                | "征求意見稿"
                | "送審稿"
                | "討論稿"
                | "修訂稿"
                | "審議稿"
                | "代擬稿"
        )
}

/// Does `text` name the document itself (`报告`, `总结`, `公报`…), not
/// only a topic word of the genre (`预算`, `情况`)?
pub(crate) fn names_report_noun(text: &str) -> bool {
    crate::text::script::with_folded(text, |t| crate::text::words::contains_any(t, &REPORT_NOUNS))
}

/// The byte range of `text` inside the markdown marks a converter put
/// around a title line: `# …`, `**…**`, `__…__`.
pub(crate) fn inside_markup(text: &str) -> (usize, usize) {
    // HTML tags a bad capture left around the line (`<p>…</p><br>`).
    if super::clutter::may_hold_tags(text) {
        if let Some(range) = super::clutter::html_inner(text) {
            return range;
        }
    }
    let mut inner = text.trim_start_matches('#');
    if inner.len() < text.len() {
        inner = inner.trim_start_matches(is_ws);
    }
    for mark in ["**", "__"] {
        if let Some(rest) = inner.strip_prefix(mark).and_then(|r| r.strip_suffix(mark)) {
            inner = rest.trim_matches(is_ws);
            break;
        }
    }
    // `inner` is a sub-slice of `text`: its offsets are where it lies.
    let start = inner.as_ptr() as usize - text.as_ptr() as usize;
    (start, start + inner.len())
}

/// A title glued to the start of the body on one line
/// (`某镇2024年度法治政府建设情况报告2024年，全镇…`): the byte length of the
/// title part, if the line starts with one.
pub(crate) fn glued_title_len(text: &str) -> Option<usize> {
    let at = crate::text::words::find(text, "报告")?;
    let head = &text[..at];
    let end = at + "报告".len();
    let rest = text[end..].trim_start_matches(is_ws);
    // The counts are bounded: in flattened text `rest` is the whole report.
    (head.len() <= 4 * 60
        && (6..=60).contains(&head.chars().count())
        && !head.contains(|c: char| SENTENCE_PUNCT.contains(&c) || matches!(c, '，' | ',' | '：' | ':'))
        && (head.contains('年') || head.contains("关于"))
        && rest.chars().nth(9).is_some()
        && rest.contains(['，', ',', '。']))
    .then_some(end)
}

/// A news headline that quotes the report's title in 《》 and adds the
/// outlet's words around it (`《某县2024年法治政府建设情况报告》全文发布`,
/// `某县发布《…报告》`): the byte range of the quoted title, when the quote
/// names a genre and the words outside it name none. A title that quotes
/// a law or a plan inside its own words (`关于贯彻落实《…纲要》情况的报告`)
/// names its genre outside the quote and is kept whole. Only a line with
/// a `《` is read further.
pub(crate) fn quoted_title(text: &str) -> Option<(usize, usize)> {
    // The searcher is built once, not on every call.
    static OPEN: once_cell::sync::Lazy<memchr::memmem::Finder<'static>> =
        once_cell::sync::Lazy::new(|| memchr::memmem::Finder::new("《"));
    let open = OPEN.find(text.as_bytes())?;
    let start = open + '《'.len_utf8();
    let end = start + text[start..].find('》')?;
    let outside = [&text[..open], &text[end + '》'.len_utf8()..]];
    let inner = &text[start..end];
    // Counted up to 13 chars a part: a part of 13 or more makes more than
    // 12 either way (the line around a quoted title may be a whole report).
    let words_outside = outside.iter().map(|t| t.chars().take(13).count()).sum::<usize>();
    (words_outside <= 12
        && !outside.iter().any(|t| t.contains(['《', '》', '。', '；', '！', '？']) || names_genre(t))
        && is_title_line(inner)
        && names_genre(inner))
    .then_some((start, end))
}

/// An addressee line such as `县委、县政府：`.
pub(crate) fn is_addressee(text: &str) -> bool {
    // The colon by its bytes (`：` is EF BC 9A): most lines end otherwise.
    let names = match text.as_bytes() {
        [.., b':'] => &text[..text.len() - 1],
        [.., 0xEF, 0xBC, 0x9A] => &text[..text.len() - 3],
        _ => return false,
    };
    // Cheap tests first: the byte length (40 chars take at most 160
    // bytes; a paragraph ending `如下：` is longer) and the names' ends.
    names.len() <= 4 * 40
        && names.split(['、', ' ', '\u{3000}']).filter(|w| !w.is_empty()).all(|w| {
            w.ends_with(['委', '府', '局', '会', '厅', '部', '院', '室', '组', '处', '办']) || w.ends_with("领导")
        })
        && (2..=40).contains(&names.chars().count())
        && !names.contains(|c: char| {
            SENTENCE_PUNCT.contains(&c) || matches!(c, '，' | ',' | '：' | ':') || c.is_ascii_digit()
        })
}

/// The names a report's genre goes by in a title, after the issuer
/// (`上海市科委政府信息公开工作年度报告`: the issuer is what comes before).
const GENRE_NAMES: [&str; 10] = [
    "政府信息公开",
    "政府工作报告",
    "法治政府建设",
    "部门决算",
    "部门预算",
    "审计工作报告",
    "统计公报",
    "国民经济和社会发展",
    "工作报告",
    "工作总结",
];

/// `title` without a year phrase at its start (`2024 年`, `2026年度`).
fn strip_leading_year(title: &str) -> &str {
    let digits = title.trim_start_matches(|c: char| c.is_ascii_digit());
    if title.len() - digits.len() != 4 {
        return title;
    }
    let rest = digits.trim_start_matches(is_ws);
    match rest.strip_prefix('年') {
        Some(r) => r.strip_prefix('度').unwrap_or(r).trim_start_matches(is_ws),
        None => title,
    }
}

/// Issuers named by a title: the words before `关于`, or before the
/// report's year, that end like organs (`中共潢川县委 潢川县人民政府 关于…`);
/// in a title that opens with its year, the words between the year and the
/// genre's name (`2024 年上海市科委政府信息公开工作年度报告`). A genre name
/// is no body: `…自治区政府工作报告` names none, `…人民政府工作报告` names
/// the 人民政府.
pub(crate) fn title_issuers(title: &str) -> Vec<String> {
    // The words are looked for in Simplified form (`…人民政府工作報告`,
    // `關於`); folding keeps every byte offset (both forms take three
    // bytes), so the names are cut from the title as written.
    let folded = crate::text::script::fold(title);
    let key = folded.as_deref().unwrap_or(title);
    let (start, end) = match crate::text::words::find(key, "关于") {
        Some(at) => (0, at),
        None => {
            let rest = strip_leading_year(key);
            let from = key.len() - rest.len();
            let own_report = crate::text::words::find(rest, "人民政府工作报告");
            if let Some(at) = own_report {
                (from, from + at + "人民政府".len())
            } else if from > 0 {
                let genre_at = GENRE_NAMES.iter().filter_map(|g| crate::text::words::find(rest, g)).min();
                (from, from + genre_at.unwrap_or(0))
            } else {
                // Up to the year (`2024`, `２０２４`, `二〇二四年`); in a title
                // without one, up to the genre's name (`某县司法局工作总结`).
                let end = key
                    .char_indices()
                    .find(|(_, c)| c.is_ascii_digit() || ('０'..='９').contains(c))
                    .map(|(i, _)| i)
                    .or_else(|| chinese_year_at(key))
                    .unwrap_or_else(|| {
                        GENRE_NAMES.iter().filter_map(|g| crate::text::words::find(key, g)).min().unwrap_or(key.len())
                    });
                (0, end)
            }
        }
    };
    let head = &title[start..end];
    let mut out = Vec::new();
    head.split(|c: char| is_ws(c) || c == '、')
        .filter(|w| is_issuer(w))
        .for_each(|name| for_each_body(name, |body| out.push(body.to_owned())));
    out
}

/// Where a year in Chinese numerals starts (`二〇二四年`): four digits or
/// zeros right before a `年`, the first of them a digit.
fn chinese_year_at(text: &str) -> Option<usize> {
    let year_char =
        |c: char| matches!(c, '〇' | '○' | '零' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九');
    text.match_indices('年').find_map(|(at, _)| {
        let mut before = text[..at].char_indices().rev();
        let mut start = None;
        for _ in 0..4 {
            let (i, c) = before.next()?;
            if !year_char(c) {
                return None;
            }
            start = Some(i);
        }
        start.filter(|&i| !text[i..].starts_with(['〇', '○', '零']))
    })
}

/// Suffixes after which a second body may follow, written together:
/// `中共青禾镇委员会青禾镇人民政府`.
const BODY_ENDS: [&str; 8] = ["委员会", "人民政府", "党委", "党工委", "县委", "市委", "区委", "省委"];

/// Can `right` be a second body written right after `left`? It opens with
/// `中共`, or with a place that `left` names too (`中共青禾镇委员会` then
/// `青禾镇人民政府`); a committee of the first body (`中共某县委` then
/// `全面依法治县委员会办公室`) opens with no such place. A street
/// (`白石街道党工委` then `白石街道办事处`) is such a place too.
fn second_body(left: &str, right: &str) -> bool {
    right.starts_with("中共")
        || right
            .char_indices()
            .take(8)
            .find(|(_, c)| matches!(c, '省' | '市' | '县' | '区' | '州' | '盟' | '旗' | '镇' | '乡' | '道'))
            .is_some_and(|(i, c)| left.contains(&right[..i + c.len_utf8()]))
}

/// [`for_each_body`], collected (for the tests).
#[cfg(test)]
pub(crate) fn split_bodies(name: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for_each_body(name, |body| out.push(body));
    out
}

/// An issuer that is two or more bodies written together, split into
/// them; any other name as it is: each given to `f` in order, rather than
/// collected (the metadata pass copies them out, and needs no vector).
/// The name is at most 40 chars ([`is_issuer`]), so the search is bounded.
pub(crate) fn for_each_body<'a>(name: &'a str, mut f: impl FnMut(&'a str)) {
    // Every body a name is cut after ends in 会 (會), 府 or 委 (see
    // `BODY_ENDS`, and `党委` before a bare organ), with more of the name
    // after it: most names hold none before their last char, and are one
    // body.
    if !may_hold_two_bodies(name) {
        f(name);
        return;
    }
    cut_bodies(name, f)
}

/// [`for_each_body`] past its gate, out of line: few names reach it.
#[inline(never)]
fn cut_bodies<'a>(name: &'a str, mut f: impl FnMut(&'a str)) {
    // The suffixes and places are compared in Simplified form
    // (`中共某縣委員會某縣人民政府`); folding keeps every byte offset, so
    // the bodies are cut from the name as written.
    let folded = crate::text::script::fold(name);
    let key = folded.as_deref().unwrap_or(name);
    let mut n = 0;
    let mut start = 0;
    'outer: while n < 4 {
        let rest = &key[start..];
        for end in BODY_ENDS {
            let mut from = 0;
            while let Some(at) = crate::text::words::find(&rest[from..], end) {
                let cut = from + at + end.len();
                from = cut;
                let (left, right) = rest.split_at(cut);
                if !right.is_empty() && is_issuer(left) && is_issuer(right) && second_body(left, right) {
                    f(&name[start..start + cut]);
                    n += 1;
                    start += cut;
                    continue 'outer;
                }
            }
        }
        // A party committee and its body's organ written together without
        // repeating the place (`某开发区党工委管委会`, `某镇党委政府`): two.
        if let Some(organ) = BARE_ORGANS.iter().find(|o| rest.len() > o.len() && rest.ends_with(*o)) {
            let left = &rest[..rest.len() - organ.len()];
            if (left.ends_with("党工委") || left.ends_with("党委")) && is_issuer(left) {
                f(&name[start..start + left.len()]);
                start += left.len();
            }
        }
        break;
    }
    f(&name[start..]);
}

/// Is there a `会`, `會`, `府` or `委` before the last char of `name`? Told
/// from the bytes: a char's UTF-8 bytes never occur inside another's. (Of
/// the folded chars, only `會` folds to one of them.)
fn may_hold_two_bodies(name: &str) -> bool {
    let last = name.char_indices().next_back().map_or(0, |(i, _)| i);
    name.as_bytes()[..last]
        .windows(3)
        .any(|w| matches!(w, [0xE4, 0xBC, 0x9A] | [0xE6, 0x9C, 0x83] | [0xE5, 0xBA, 0x9C] | [0xE5, 0xA7, 0x94]))
}

/// The organs a party committee's name may run straight into, the place
/// not repeated (see [`for_each_body`]).
const BARE_ORGANS: [&str; 5] = ["管委会", "管理委员会", "办事处", "人民政府", "政府"];

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// `is_issuer_line` written plainly.
    fn is_issuer_line_reference(line: &str) -> bool {
        let names: Vec<&str> = words(line).collect();
        !names.is_empty() && names.len() <= 4 && names.iter().all(|n| is_issuer(n))
    }

    /// `is_title_line` and `glued_title_len` as first written: every char counted.
    fn is_title_line_reference(text: &str) -> bool {
        let n = text.chars().count();
        (2..=MAX_TITLE_CHARS).contains(&n)
            && !text.contains(SENTENCE_PUNCT)
            && !text.ends_with(['，', ',', '：', ':', '、'])
            && super::super::date::whole_date(text).is_none()
    }

    fn glued_title_len_reference(text: &str) -> Option<usize> {
        let at = text.find("报告")?;
        let head = &text[..at];
        let end = at + "报告".len();
        let rest = text[end..].trim_start_matches(is_ws);
        let head_chars = head.chars().count();
        ((6..=60).contains(&head_chars)
            && !head.contains(|c: char| SENTENCE_PUNCT.contains(&c) || matches!(c, '，' | ',' | '：' | ':'))
            && (head.contains('年') || head.contains("关于"))
            && rest.chars().count() >= 10
            && rest.contains(['，', ',', '。']))
        .then_some(end)
    }

    /// `is_issuer` as first written: every suffix compared.
    fn is_issuer_reference(name: &str) -> bool {
        name.len() <= MAX_ISSUER_BYTES && {
            let n = name.chars().count();
            (3..=40).contains(&n)
                && !name.contains(|c: char| {
                    SENTENCE_PUNCT.contains(&c)
                        || matches!(c, '，' | ',' | '：' | ':' | '、' | '（' | '）' | '(' | ')' | '“' | '”')
                        || c.is_ascii_digit()
                })
                && ORGAN_SUFFIXES.iter().any(|s| name.len() > s.len() && ends_with_folded(name, s))
        }
    }

    /// `names_genre` as first written: the text folded, then each word
    /// searched for, and again with its white space left out.
    fn names_genre_reference(text: &str) -> bool {
        let search = |t: &str| crate::text::script::with_folded(t, |t| GENRE_WORDS.iter().any(|w| t.contains(w)));
        search(text)
            || (text.len() <= 4 * MAX_TITLE_CHARS && text.contains(is_ws) && {
                let joined: String = text.chars().filter(|c| !is_ws(*c)).collect();
                search(&joined)
            })
    }

    /// `has_sentence_punct` as first written: the chars searched, and a
    /// line with a `&` read past the entities.
    fn has_sentence_punct_reference(text: &str) -> bool {
        if text.contains('&') {
            return text
                .match_indices(SENTENCE_PUNCT)
                .any(|(at, p)| p != ";" || !super::super::clutter::closes_entity(text, at));
        }
        text.contains(SENTENCE_PUNCT)
    }

    proptest! {
        #[test]
        fn the_ws_walk_finds_what_find_finds(text in "[某县 \t\u{3000}\u{a0}\u{2009}\u{feff}。、a1é😀]{0,12}") {
            prop_assert_eq!(find_ws(&text), text.find(is_ws));
        }
    }

    proptest! {
        #[test]
        fn the_sentence_punct_walk_reads_the_chars(text in "[。；;！？!?&#ldquo0-9 某、é😀]{0,16}") {
            prop_assert_eq!(has_sentence_punct(&text), has_sentence_punct_reference(&text));
        }
    }

    proptest! {
        #[test]
        fn the_body_gate_passes_every_split_name(text in "[中共某县镇街道委员会會人民政府党工委管办事处市区省甲a]{0,14}") {
            let mut ungated = Vec::new();
            cut_bodies(&text, |b| ungated.push(b));
            prop_assert_eq!(split_bodies(&text), ungated);
        }

        #[test]
        fn genre_walk_agrees_with_the_search(text in "[报報告总總结結情况況工作要点點述法年汇匯查自评評决算预預公a \u{3000}é😀]{0,130}") {
            prop_assert_eq!(names_genre(&text), names_genre_reference(&text));
        }

        #[test]
        fn the_name_punct_walk_reads_the_chars(text in "[某县；;！!？?，,：:、（）()“”。1０a é😀\u{3000}]{0,10}") {
            let by_chars = text.contains(|c: char| {
                SENTENCE_PUNCT.contains(&c)
                    || matches!(c, '，' | ',' | '：' | ':' | '、' | '（' | '）' | '(' | ')' | '“' | '”')
                    || c.is_ascii_digit()
            });
            prop_assert_eq!(holds_name_punct(text.as_bytes()), by_chars);
        }

        #[test]
        fn the_title_end_gate_keeps_every_end(text in "[报報告总總结結情况況要点點述法年汇查自评評决算预公某府（）() ]{0,8}") {
            let mut t = crate::text::ws::trim_end_ws_small(&text);
            if let Some(open) = t.strip_suffix(['）', ')']).and_then(|r| r.rfind(['（', '('])) {
                t = crate::text::ws::trim_end_ws_small(&t[..open]);
            }
            let tail = t.char_indices().rev().nth(3).map_or(0, |(i, _)| i);
            let want = crate::text::script::with_folded(&t[tail..], |tail| GENRE_WORDS.iter().any(|g| tail.ends_with(g)));
            prop_assert_eq!(ends_as_title(&text), want);
        }

        #[test]
        fn suffix_table_agrees_with_every_suffix_compared(
            name in "[某县縣區人民政府委员會党组局厅办公室處事院部署中心司法所大常检察集团社区a]{0,8}"
        ) {
            prop_assert_eq!(is_issuer(&name), is_issuer_reference(&name));
        }

        #[test]
        fn bounded_counts_agree_with_full_counts(text in "[a甲😀报告年关于，。 ]{0,130}") {
            prop_assert_eq!(is_title_line(&text), is_title_line_reference(&text));
            prop_assert_eq!(glued_title_len(&text), glued_title_len_reference(&text));
        }

        #[test]
        fn issuer_line_agrees_with_the_plain_reading(
            words in prop::collection::vec(("[某甲乙]{0,60}", prop::sample::select(vec!["县人民政府", "局", "", "委员会"])), 0..6),
            seps in prop::collection::vec("[ \u{3000}\t]{1,3}", 6),
        ) {
            let line: String = words.iter().zip(&seps).map(|((stem, suffix), sep)| format!("{stem}{suffix}{sep}")).collect();
            prop_assert_eq!(is_issuer_line(&line), is_issuer_line_reference(&line));
            prop_assert_eq!(is_issuer_line(line.trim_end()), is_issuer_line_reference(line.trim_end()));
        }
    }

    #[test]
    fn issuers_end_like_organs() {
        assert!(is_issuer("象山县贤庠镇人民政府"));
        assert!(is_issuer("中共潢川县委"));
        assert!(is_issuer("云溪县司法局"));
        assert!(!is_issuer("翠华镇"), "a place alone is not a body");
        assert!(!is_issuer("强化依法行政，推进法治政府"));
        assert!(is_issuer("某某縣委"), "a Traditional suffix");
        assert!(is_issuer("某某區辦公室"));
        assert!(!is_issuer("委"), "a suffix alone");
        assert!(is_issuer_line("某某县人民政府  某某县司法局"));
        assert!(!is_issuer_line("甲县人民政府 乙县人民政府 丙县人民政府 丁县人民政府 戊县人民政府"), "five");
        assert!(!is_issuer_line(""));
        assert_eq!(
            issuer_names("某某县人民政府\u{3000}某某县司法局").map(Iterator::collect::<Vec<_>>),
            Some(vec!["某某县人民政府", "某某县司法局"])
        );
    }

    #[test]
    fn issuers_from_titles() {
        assert_eq!(
            title_issuers("中共潢川县委 潢川县人民政府 关于2023年法治政府建设情况的报告"),
            ["中共潢川县委", "潢川县人民政府"]
        );
        assert_eq!(title_issuers("贤庠镇人民政府关于2022年度法治政府建设情况的报告"), ["贤庠镇人民政府"]);
        assert_eq!(title_issuers("云溪县人民政府2024年法治政府建设情况报告"), ["云溪县人民政府"]);
        assert!(title_issuers("翠华镇2024年度法治政府建设工作报告").is_empty());
        assert_eq!(
            title_issuers("2024 年上海市某委政府信息公开工作年度报告"),
            ["上海市某委"],
            "between year and genre"
        );
        assert_eq!(title_issuers("2026年青禾县人民政府工作报告"), ["青禾县人民政府"], "a 人民政府 names the body");
        assert_eq!(title_issuers("青禾县人民政府工作报告"), ["青禾县人民政府"], "without a year too");
        assert!(title_issuers("2026年某某自治区政府工作报告").is_empty(), "a genre name names no body");
        assert!(title_issuers("某某省2026年政府工作报告").is_empty());
        assert_eq!(title_issuers("青禾县人民政府关于 2024 年度县级预算执行的审计工作报告"), ["青禾县人民政府"]);
    }

    #[test]
    fn two_bodies_written_together_are_two() {
        assert_eq!(split_bodies("中共青禾镇委员会青禾镇人民政府"), ["中共青禾镇委员会", "青禾镇人民政府"]);
        assert_eq!(split_bodies("中共某县委某县人民政府"), ["中共某县委", "某县人民政府"]);
        assert_eq!(split_bodies("青禾县人民政府办公室"), ["青禾县人民政府办公室"], "an office of the body");
        assert_eq!(split_bodies("青禾县人民政府法制办公室"), ["青禾县人民政府法制办公室"], "no place: one body");
        assert_eq!(split_bodies("青禾县科学技术委员会"), ["青禾县科学技术委员会"]);
        assert_eq!(
            split_bodies("中共青禾县委全面依法治县委员会办公室"),
            ["中共青禾县委全面依法治县委员会办公室"],
            "a committee of the first body"
        );
        assert_eq!(split_bodies("青禾县人民政府青禾县司法局"), ["青禾县人民政府", "青禾县司法局"]);
    }

    #[test]
    fn genre_nouns_and_display_titles() {
        assert!(names_genre("政 府 工 作 报 告"), "a spaced display title");
        assert!(names_genre("2024年度部门决算"));
        assert!(names_genre("青禾县2024年国民经济和社会发展统计公报"));
        assert!(!names_genre("法治政府建设"));
    }

    #[test]
    fn title_endings() {
        assert!(ends_as_title("收支的审计工作报告"));
        assert!(ends_as_title("法治政府建设情况"));
        assert!(ends_as_title("青禾县人民政府工作报告（摘要）"));
        assert!(ends_as_title("青禾縣政府工作報告"), "Traditional");
        assert!(!ends_as_title("关于青禾县2024年度县级预算执行和其他财政"));
        assert!(!ends_as_title("青禾县人民政府"));
        assert!(!ends_as_title("告"));
        assert!(names_report_noun("2025年政府工作报告解读"));
        assert!(!names_report_noun("关于青禾县2024年度县级预算执行和其他财政"));
    }

    #[test]
    fn markdown_marks_are_outside_the_title() {
        let t = "**青禾县市场监督管理局**";
        let (a, b) = inside_markup(t);
        assert_eq!(&t[a..b], "青禾县市场监督管理局");
        let t = "## 2024年度报告";
        let (a, b) = inside_markup(t);
        assert_eq!(&t[a..b], "2024年度报告");
        assert_eq!(inside_markup("无标记"), (0, "无标记".len()));
    }

    #[test]
    fn addressees() {
        assert!(is_addressee("县委、县政府："));
        assert!(is_addressee("市委依法治市办:"));
        assert!(!is_addressee("现将有关情况报告如下："));
    }

    #[test]
    fn glued_titles() {
        let line = "青禾镇2024年度法治政府建设情况报告2024年，青禾镇坚持依法行政，全面推进各项工作。";
        let n = glued_title_len(line).expect("should split a glued title");
        assert_eq!(&line[..n], "青禾镇2024年度法治政府建设情况报告");
        assert_eq!(glued_title_len("现将有关情况报告如下：一、总体情况，全年办件30件。"), None);
    }
}
