//! Report metadata: title, issuers, year, dates, source.

use crate::syntax::date::{Date, DateTime};
use crate::syntax::tree::{Block, SignatureRole, SyntaxTree};
use serde::Serialize;

/// What the report says about itself.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
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

/// The first year named in `text` (`2024年`, `２０２４年度`, `二〇二四年`),
/// skipping the end of a range (`2021—2025年`).
pub(crate) fn first_year(text: &str) -> Option<u16> {
    let digit = |c: char| c.to_digit(10).or_else(|| ('０'..='９').contains(&c).then(|| c as u32 - '０' as u32));
    let cn = |c: char| match c {
        '〇' | '○' | '零' => Some(0),
        _ => crate::syntax::cn_digit_value(c),
    };
    // Each `年` found by a SIMD search, then the four chars before it read
    // backwards: this runs over the whole preamble of every report.
    let year_char = "年".as_bytes();
    for at in memchr::memmem::find_iter(text.as_bytes(), year_char) {
        let mut before = text[..at].chars().rev();
        let mut window = ['\0'; 4];
        if !window.iter_mut().rev().all(|slot| before.next().map(|c| *slot = c).is_some()) {
            continue;
        }
        if before.next().is_some_and(|c| {
            digit(c).is_some() || cn(c).is_some() || matches!(c, '—' | '-' | '–' | '~' | '～' | '至' | '到')
        }) {
            continue;
        }
        let read = |f: &dyn Fn(char) -> Option<u32>| window.iter().try_fold(0u32, |a, &c| Some(a * 10 + f(c)?));
        if let Some(y) = read(&digit).or_else(|| read(&cn)) {
            if (1949..=2100).contains(&y) {
                return Some(y as u16);
            }
        }
    }
    None
}

/// Is `text` the parts joined without a separator? Compared part by part
/// rather than by building the joined string.
fn is_concatenation(text: &str, parts: &[&str]) -> bool {
    let mut rest = text;
    parts.iter().all(|part| rest.strip_prefix(part).map(|after| rest = after).is_some()) && rest.is_empty()
}

/// The metadata of the report `src` parsed into `tree`. `signed` is the
/// date of its signature's date line when the syntax layer has read it
/// already (there is one at most).
pub(crate) fn extract(src: &str, tree: &SyntaxTree, signed: Option<Date>) -> Metadata {
    let mut title_parts: Vec<&str> = Vec::new();
    for block in &tree.front {
        if let Block::Title(line) = block {
            let text = &src[line.text];
            if !title_parts.contains(&text) && !is_concatenation(text, &title_parts) {
                title_parts.push(text);
            }
        }
    }
    let title = (!title_parts.is_empty()).then(|| title_parts.concat());

    let mut issuers: Vec<String> = Vec::new();
    let mut signed = signed;
    for block in &tree.back {
        if let Block::Signature(s) = block {
            let text = &src[s.text];
            match s.role {
                SignatureRole::Issuer => issuers.extend(crate::syntax::signature_issuers(text).map(str::to_owned)),
                SignatureRole::Date => {
                    let inner = text.trim_start_matches(['（', '(']).trim_end_matches(['）', ')']);
                    signed = signed.or_else(|| crate::syntax::date::date_prefix(inner).map(|(d, _)| d));
                }
            }
        }
    }
    if issuers.is_empty() {
        if let Some(first) = title_parts.first().filter(|_| title_parts.len() > 1) {
            if let Some(names) = crate::syntax::issuer_names(first) {
                issuers.extend(names.map(str::to_owned));
            }
        }
    }
    if issuers.is_empty() {
        if let Some(t) = &title {
            issuers = crate::syntax::title_issuers(t);
        }
    }

    let year = title.as_deref().and_then(first_year).or_else(|| {
        let preamble: String = tree.preamble().map(|p| &src[p.text]).collect();
        first_year(&preamble)
    });

    let mut published = None;
    let mut source = None;
    let all_blocks = tree.front.iter().chain(tree.all_sections().flat_map(|s| s.body.iter())).chain(&tree.back);
    for block in all_blocks {
        if let Block::Clutter(c) = block {
            let text = &src[c.text];
            if published.is_none() && c.kind == crate::syntax::tree::ClutterKind::Published {
                published = crate::syntax::date::find_datetime(text);
            }
            if source.is_none() {
                source = crate::syntax::source_field(text).map(str::to_owned);
            }
        }
    }
    Metadata { title, issuers, year, signed, published, source }
}

#[cfg(test)]
mod tests {
    use super::{first_year, is_concatenation};

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
    }
}
