//! Qualifiers: the words around a number that say how precise it is.
//!
//! ```text
//! (Traditional forms too: 約, 超過, 不少於, 將近, 餘 …)
//! pre_qualifier  ::= '不少于' | '不低于' | '至少' | '不超过' | '不到' | '不足' | '低于' | '少于'
//!                  | '大约' | '约' | '将近' | '接近' | '近' | '超过' | '超' | '逾' | '高于' | '多于'
//! num_qualifier  ::= '余' | '多'                        -- between number and unit: 100余人次
//! unit_qualifier ::= '以上' | '以下' | '左右' | '上下' | '余'   -- after the unit: 90%以上
//! ```
//! A pre-qualifier is read backwards from the number and must not be the
//! tail of a longer word (`签约`, `最近`, `附近`).

use super::Qualifier;
use super::Words;
use nom::IResult;

/// Pre-qualifiers, longest first.
const PRE: &[(&str, Qualifier)] = &[
    ("不少于", Qualifier::AtLeast),
    ("不少於", Qualifier::AtLeast),
    ("不低於", Qualifier::AtLeast),
    ("不超過", Qualifier::LessThan),
    ("低於", Qualifier::LessThan),
    ("少於", Qualifier::LessThan),
    ("大約", Qualifier::Approx),
    ("將近", Qualifier::Nearly),
    ("超過", Qualifier::MoreThan),
    ("高於", Qualifier::MoreThan),
    ("多於", Qualifier::MoreThan),
    ("約", Qualifier::Approx),
    ("不低于", Qualifier::AtLeast),
    ("不超过", Qualifier::LessThan),
    ("至少", Qualifier::AtLeast),
    ("不到", Qualifier::LessThan),
    ("不足", Qualifier::LessThan),
    ("低于", Qualifier::LessThan),
    ("少于", Qualifier::LessThan),
    ("大约", Qualifier::Approx),
    ("大概", Qualifier::Approx),
    ("将近", Qualifier::Nearly),
    ("接近", Qualifier::Nearly),
    ("超过", Qualifier::MoreThan),
    ("高于", Qualifier::MoreThan),
    ("多于", Qualifier::MoreThan),
    ("约", Qualifier::Approx),
    ("近", Qualifier::Nearly),
    ("超", Qualifier::MoreThan),
    ("逾", Qualifier::MoreThan),
];

/// Chars that, before a one-char qualifier, make a word with it.
fn glued(word: &str, prev: Option<char>) -> bool {
    let Some(p) = prev else { return false };
    match word {
        "约" | "約" => matches!(
            p,
            '签' | '预'
                | '节'
                | '违'
                | '履'
                | '制'
                | '邀'
                | '特'
                | '契'
                | '公'
                | '条'
                | '合'
                | '相'
                | '婚'
                | '簽'
                | '預'
                | '節'
                | '違'
                | '條'
        ),
        "近" => matches!(p, '最' | '附' | '靠' | '临' | '亲' | '就' | '贴' | '邻' | '将' | '接'),
        "超" => matches!(p, '赶' | '高' | '不'),
        "至少" | "不到" | "不足" => matches!(p, '做' | '达' | '得'),
        _ => false,
    }
}

/// The words of [`PRE`], indexed by last char.
static PRE_WORDS: Words<{ PRE.len() }> = Words::new(&{
    let mut words = [""; PRE.len()];
    let mut i = 0;
    while i < PRE.len() {
        words[i] = PRE[i].0;
        i += 1;
    }
    words
});

/// The pre-qualifier ending right at the end of `before`: its start offset
/// in `before` and what it says.
pub(crate) fn pre(before: &str) -> Option<(usize, Qualifier)> {
    // The words sharing the last char, in the order of PRE.
    for word in PRE_WORDS.closing(before) {
        if let Some(head) = super::strip_word_suffix(before, word) {
            if glued(word, head.chars().last()) {
                continue;
            }
            return PRE.iter().find(|p| p.0 == word).map(|p| (head.len(), p.1));
        }
    }
    None
}

/// `num_qualifier`: 余 or 多 right after the number.
pub(crate) fn after_number(input: &str) -> IResult<&str, Qualifier> {
    // 余 E4 BD 99, 餘 E9 A4 98, 多 E5 A4 9A.
    if !matches!(input.as_bytes().get(1), Some(0xBD | 0xA4)) {
        return Err(nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Tag)));
    }
    for w in ["余", "餘", "多"] {
        if let Some(rest) = input.strip_prefix(w) {
            return Ok((rest, Qualifier::MoreThan));
        }
    }
    Err(nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Tag)))
}

/// `unit_qualifier`: 以上, 以下, 左右, 上下 or 余 after the unit.
pub(crate) fn after_unit(input: &str) -> IResult<&str, Qualifier> {
    const AFTER_UNIT: [(&str, Qualifier); 5] = [
        ("以上", Qualifier::AtLeast),
        ("以下", Qualifier::LessThan),
        ("左右", Qualifier::Approx),
        ("上下", Qualifier::Approx),
        ("余", Qualifier::MoreThan),
    ];
    let fail = || Err(nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Tag)));
    // 以 E4 BB A5, 左 E5 B7 A6, 上 E4 B8 8A, 余 E4 BD 99: the second byte sorts out most text.
    if !matches!(input.as_bytes().get(1), Some(0xBB | 0xB7 | 0xB8 | 0xBD)) {
        return fail();
    }
    let Some((rest, q)) = AFTER_UNIT.iter().find_map(|&(w, q)| input.strip_prefix(w).map(|r| (r, q))) else {
        return fail();
    };
    // 上下 and 余 start words too (上下联动, 余额): only at a clause end.
    let tail_word = (input.starts_with("上下") || input.starts_with('余'))
        && rest.chars().next().is_some_and(|c| ('\u{4e00}'..='\u{9fff}').contains(&c) && c != '的');
    if tail_word {
        return fail();
    }
    Ok((rest, q))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_longest_pre_qualifier() {
        assert_eq!(pre("确保不少于"), Some((6, Qualifier::AtLeast)));
        assert_eq!(pre("金额约"), Some((6, Qualifier::Approx)));
        assert_eq!(pre("不超过"), Some((0, Qualifier::LessThan)));
    }

    #[test]
    fn a_qualifier_inside_a_word_is_not_one() {
        assert_eq!(pre("签约"), None);
        assert_eq!(pre("最近"), None);
        assert_eq!(pre("接近"), Some((0, Qualifier::Nearly)));
    }

    #[test]
    fn reads_qualifiers_after() {
        assert_eq!(after_number("余人次").map(|r| r.1), Ok(Qualifier::MoreThan));
        assert_eq!(after_unit("以上；").map(|r| r.1), Ok(Qualifier::AtLeast));
        assert!(after_unit("上下联动").is_err());
    }
}
