//! The checks the rules of a report's genre require, as diagnostics: the
//! parts it must have, the deadline for publishing it, and a title year
//! that disagrees with the year the body reports on.
//!
//! Pure functions over the tree and the metadata that return the
//! diagnostics they find; [`all`] runs them on a document.

use super::genre::{Genre, DISCLOSURE_PARTS};
use super::meta::Metadata;
use crate::diagnostic::{Diagnostic, Rule};
use crate::span::Span;
use crate::syntax::date::{Date, DateTime};
use crate::syntax::tree::{Block, ClutterKind, PartKind, Section, SyntaxTree};

/// The source of the rule-of-law report's parts and deadline.
const RULE_OF_LAW_RULES: &str = "《法治政府建设与责任落实督察工作规定》（2019）";
/// The source of the information-disclosure report's deadlines.
const DISCLOSURE_RULES: &str = "《中华人民共和国政府信息公开条例》第四十九条";

/// What each of the five rule-of-law parts is, for the messages.
fn rule_of_law_part(kind: PartKind) -> &'static str {
    match kind {
        PartKind::Measures => "主要举措和成效",
        PartKind::Shortcomings => "存在的不足和原因",
        PartKind::Leadership => "党政主要负责人履行推进法治建设第一责任人职责情况",
        PartKind::Plans => "下一年度主要安排",
        PartKind::Other => "其他需要报告的情况",
    }
}

/// The `missing-part` diagnostic for a rule-of-law part. Out of line (as
/// the other diagnostics' messages are): most reports have every part, and
/// their checks run none of the formatting.
#[cold]
#[inline(never)]
fn missing_rule_of_law_part(kind: PartKind) -> Diagnostic {
    let message =
        format!("no top-level part of kind {kind} ({}), which {RULE_OF_LAW_RULES} requires", rule_of_law_part(kind));
    Diagnostic::new(Rule::MissingPart, Span::empty(0), message)
}

/// The `missing-part` diagnostic for a part of an information-disclosure
/// report, named `name`.
#[cold]
#[inline(never)]
fn missing_disclosure_part(name: &str) -> Diagnostic {
    let message = format!("no part {name}, one of the six parts of a 政府信息公开工作年度报告 (国务院办公厅 format)");
    Diagnostic::new(Rule::MissingPart, Span::empty(0), message)
}

/// The `year-mismatch` diagnostic: the title covers `claimed`, but `place`
/// (at `span`) reports on `body`.
#[cold]
#[inline(never)]
fn year_mismatch_found(claimed: u16, body: u16, span: Span, place: &str) -> Diagnostic {
    let message = format!("the title says the report covers {claimed}, but {place} reports on {body}");
    Diagnostic::new(Rule::YearMismatch, span, message)
}

/// The parts the genre requires that `sections` (the top-level sections,
/// their kinds set) lack, one `missing-part` each, naming the part: the
/// five parts of a rule-of-law report, the six of the national format of
/// an information-disclosure report. Other genres require none; a report
/// with fewer than two sections is not judged (its outline was not found).
/// Pushed onto `out`, as every check's findings are: no vector of their own.
pub(crate) fn required_parts(genre: Genre, sections: &[Section], out: &mut Vec<Diagnostic>) {
    if sections.len() < 2 {
        return;
    }
    match genre {
        Genre::RuleOfLaw => {
            // The kinds the sections have, one bit each, in one pass.
            let present = sections.iter().fold(0u8, |m, s| m | s.kind.map_or(0, |k| 1 << k as u8));
            for kind in PartKind::ALL {
                if present & (1 << kind as u8) == 0 {
                    out.push(missing_rule_of_law_part(kind));
                }
            }
        }
        Genre::InformationDisclosure => missing_disclosure_parts(sections, out),
        _ => {}
    }
}

/// The parts of the national format of an information-disclosure report
/// that `sections` lack, onto `out`. Out of line: the other genres' checks
/// run none of it.
#[inline(never)]
fn missing_disclosure_parts(sections: &[Section], out: &mut Vec<Diagnostic>) {
    // Every heading's title folded to Simplified once, not once for
    // each of the six parts.
    let titles: Vec<std::borrow::Cow<'_, str>> = crate::syntax::tree::walk_all(sections)
        .map(|s| match crate::text::script::fold(&s.heading.title) {
            Some(folded) => std::borrow::Cow::Owned(folded),
            None => std::borrow::Cow::Borrowed(&*s.heading.title),
        })
        .collect();
    for (k, (name, words)) in DISCLOSURE_PARTS.iter().enumerate() {
        // The problems and the other matters may be worded freely:
        // their kind is enough.
        let by_kind = match k {
            4 => Some(PartKind::Shortcomings),
            5 => Some(PartKind::Other),
            _ => None,
        };
        let has = titles.iter().any(|title| words.iter().any(|w| crate::text::words::contains(title, w)))
            || by_kind.is_some_and(|kind| sections.iter().any(|s| s.kind == Some(kind)));
        if !has {
            out.push(missing_disclosure_part(name));
        }
    }
}

/// The last day the report of `year` may be published under the rules of
/// `genre`, and their source; `government` says whether the issuer is a
/// people's government (rather than one of its departments).
pub(crate) fn deadline(genre: Genre, year: u16, government: bool) -> Option<(Date, &'static str)> {
    let next = year.checked_add(1)?;
    match genre {
        // Before 1 April of the next year.
        Genre::RuleOfLaw => Some((Date::new(next, 3, 31)?, RULE_OF_LAW_RULES)),
        Genre::InformationDisclosure if government => Some((Date::new(next, 3, 31)?, DISCLOSURE_RULES)),
        Genre::InformationDisclosure => Some((Date::new(next, 1, 31)?, DISCLOSURE_RULES)),
        _ => None,
    }
}

/// A `late-publication` diagnostic onto `out` when the report of `year`
/// was `published` after its genre's deadline; `span` is where the
/// publication time stands.
pub(crate) fn late_publication(
    genre: Genre,
    year: u16,
    published: DateTime,
    government: bool,
    span: Span,
    out: &mut Vec<Diagnostic>,
) {
    let Some((last, source)) = deadline(genre, year, government) else { return };
    if published.date > last {
        out.push(late_publication_found(genre, year, published.date, government, (last, source), span));
    }
}

/// The `late-publication` diagnostic: the report of `year` was published
/// on `published`, after `last`, the deadline the rules `source` set.
#[cold]
#[inline(never)]
fn late_publication_found(
    genre: Genre,
    year: u16,
    published: Date,
    government: bool,
    (last, source): (Date, &str),
    span: Span,
) -> Diagnostic {
    let issuer = match genre {
        Genre::InformationDisclosure if government => " by a people's government",
        Genre::InformationDisclosure => " by a department",
        _ => "",
    };
    let message = format!("published {published}, after {last}, the deadline for the {year} report{issuer} ({source})");
    Diagnostic::new(Rule::LatePublication, span, message)
}

/// Is the issuer a people's government rather than a department? From the
/// issuers, else the title; a report that names neither is given the later
/// deadline (a people's government's), so that it is not called late
/// on a guess.
pub(crate) fn issued_by_government(issuers: &[String], title: Option<&str>) -> bool {
    let government = |name: &str| crate::text::words::contains(name, "人民政府") || name.ends_with("政府");
    if !issuers.is_empty() {
        return issuers.iter().any(|i| government(i));
    }
    match title {
        Some(t) => {
            let names = crate::syntax::title_issuers(t);
            names.is_empty() || names.iter().any(|n| government(n))
        }
        None => true,
    }
}

/// The year a title says the report covers, from the first year it names
/// (`first`): that year, or for a 政府工作报告 (delivered early in the year
/// after) the year before it.
fn title_year(genre: Genre, first: Option<u16>) -> Option<u16> {
    let y = first?;
    Some(if genre == Genre::GovernmentWork { y - 1 } else { y })
}

/// A `year-mismatch` diagnostic when the year the title covers (from
/// `title_first_year`, the first year it names) and the year the body
/// reports on disagree. The body's year is the year named by
/// the first top-level part of kind measures that names one (`2024年主要工作
/// 完成情况`), else (outside a 政府工作报告, whose preamble is a dated
/// speech) the first year of the `preamble` paragraphs, each given with its
/// span. Onto `out`.
pub(crate) fn year_mismatch<'a>(
    genre: Genre,
    title_first_year: Option<u16>,
    sections: &[Section],
    preamble: impl IntoIterator<Item = (&'a str, Span)>,
    out: &mut Vec<Diagnostic>,
) {
    let Some(claimed) = title_year(genre, title_first_year) else { return };
    // A review of several years (`2021年以来…成效`) names no one year.
    // (A heading without `年` names neither: one search tells.)
    let from_review = sections.iter().filter(|s| s.kind == Some(PartKind::Measures)).find_map(|s| {
        let title = super::parts::title_of(s);
        let first = super::meta::find_nian(title.as_bytes())?;
        if crate::text::words::contains(&title[first..], "年以来") {
            return None;
        }
        Some((super::meta::first_year(title)?, s.heading.title_span, "its review"))
    });
    let from_preamble = || {
        (genre != Genre::GovernmentWork)
            .then(|| preamble.into_iter().find_map(|(t, span)| Some((opening_year(t)?, span, "its preamble"))))
            .flatten()
    };
    if let Some((body, span, place)) = from_review.or_else(from_preamble) {
        if body != claimed {
            out.push(year_mismatch_found(claimed, body, span, place));
        }
    }
}

/// The year a sentence of `paragraph` opens with, as a report's account of
/// its year does (`2024年，我镇…`, `2024年以来，…`, `2024年是…`); a year
/// cited further on (`按照《2025年工作要点》`) is not the year reported on.
/// Sentences end at `。` or `；`. Read at each `年` (the shared keyword
/// search) rather than by splitting the paragraph char by char: a sentence
/// opens with a year when four digits stand before its `年` with only white
/// space between them and the paragraph's start or a sentence's end.
fn opening_year(paragraph: &str) -> Option<u16> {
    let b = paragraph.as_bytes();
    let mut from = 0;
    while let Some(k) = super::meta::find_nian(&b[from..]) {
        let at = from + k;
        from = at + "年".len();
        // Four ASCII digits right before it, and no fifth. (Plain byte
        // loops and compares: this runs a few times a report, and its size
        // is what costs.)
        let mut digits = 0;
        while digits < 5 && digits < at && b[at - 1 - digits].is_ascii_digit() {
            digits += 1;
        }
        if digits != 4 {
            continue;
        }
        let start = at - 4;
        let before = paragraph[..start].trim_end();
        if !(before.is_empty() || before.ends_with(['。', '；'])) {
            continue;
        }
        let rest = &b[from..];
        let rest = rest.strip_prefix("度".as_bytes()).unwrap_or(rest);
        let opens = |word: &str| rest.starts_with(word.as_bytes());
        if opens("，") || opens(",") || opens("是") || opens("以来") {
            // Four ASCII digits: no parse can fail.
            return Some(b[start..at].iter().fold(0, |y, d| y * 10 + u16::from(d - b'0')));
        }
    }
    None
}

/// Every check on a report whose genre is `genre` and whose sections
/// carry their part kinds; `title_first_year` is the first year its title
/// names (read by the metadata pass). Onto `out`, the document's
/// diagnostics. Out of line (a few of its checks inlined into the
/// pipeline made it larger).
#[inline(never)]
pub(crate) fn all(
    source: &str,
    tree: &SyntaxTree,
    m: &Metadata,
    genre: Genre,
    title_first_year: Option<u16>,
    out: &mut Vec<Diagnostic>,
) {
    required_parts(genre, &tree.sections, out);
    // A deadline is a rule of two genres, for a report whose year and
    // publication time are known; the issuer matters to one of them.
    // Otherwise the check finds nothing, and is not run.
    let has_deadline = matches!(genre, Genre::RuleOfLaw | Genre::InformationDisclosure);
    if let (true, Some(year), Some(published)) = (has_deadline, m.year, m.published) {
        let published_at = tree
            .front
            .iter()
            .chain(&tree.back)
            .find_map(|b| match b {
                Block::Clutter(c) if c.kind == ClutterKind::Published => Some(c.text),
                _ => None,
            })
            .unwrap_or(Span::empty(0));
        let government = genre == Genre::InformationDisclosure && issued_by_government(&m.issuers, m.title.as_deref());
        late_publication(genre, year, published, government, published_at, out);
    }
    let preamble = tree.preamble().map(|p| (&source[p.text], p.text));
    year_mismatch(genre, title_first_year, &tree.sections, preamble, out);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deadlines_follow_the_rules() {
        let d = |g, gov| deadline(g, 2024, gov).map(|(d, _)| d.to_string());
        assert_eq!(d(Genre::RuleOfLaw, false).as_deref(), Some("2025-03-31"));
        assert_eq!(d(Genre::InformationDisclosure, true).as_deref(), Some("2025-03-31"));
        assert_eq!(d(Genre::InformationDisclosure, false).as_deref(), Some("2025-01-31"));
        assert_eq!(d(Genre::Audit, false), None);
    }

    #[test]
    fn the_preamble_year_is_the_year_a_sentence_opens_with() {
        assert_eq!(opening_year("2024年，我镇坚持依法行政。"), Some(2024));
        assert_eq!(opening_year("按照《2025年工作要点》要求，现报告如下。2024年以来，我局推进改革。"), Some(2024));
        assert_eq!(opening_year("按照《2025年工作要点》要求，现报告如下。"), None);
        assert_eq!(opening_year("2024年度是关键一年。"), Some(2024));
    }

    /// [`opening_year`] by splitting the paragraph into sentences.
    fn opening_year_by_sentences(paragraph: &str) -> Option<u16> {
        paragraph.split(['。', '；']).find_map(|sentence| {
            let s = sentence.trim_start();
            let digits = s.bytes().take_while(u8::is_ascii_digit).count();
            let rest = s[digits..].strip_prefix('年')?;
            let rest = rest.strip_prefix('度').unwrap_or(rest);
            let opens = rest.starts_with(['，', ',', '是']) || rest.starts_with("以来");
            (digits == 4 && opens).then(|| s[..digits].parse().ok()).flatten()
        })
    }

    proptest::proptest! {
        #[test]
        fn opening_year_agrees_with_a_split_into_sentences(text in "[0-9 　年度，,是以来。；按照a]{0,24}") {
            proptest::prop_assert_eq!(opening_year(&text), opening_year_by_sentences(&text));
        }
    }

    #[test]
    fn the_issuer_decides_the_disclosure_deadline() {
        assert!(issued_by_government(&["某市人民政府".to_owned()], None));
        assert!(!issued_by_government(&["某区教育局".to_owned()], None));
        assert!(issued_by_government(&[], None), "unknown issuer: the later deadline");
    }
}
