//! [`Genre`]: what kind of annual report a text is, from its title, else
//! from the lines at its top, else from the structure of its headings
//! (and, when none of these tells, a text whose parts review a year and
//! plan the next is a work summary: `parts::classify_sections` decides that
//! from the part kinds).
//!
//! Pure functions over strings: the pass that sets a document's genre
//! gives them the title, the text before the first heading and the
//! top-level heading titles.

#[cfg(feature = "serde")]
use serde::{Serialize, Serializer};

/// The kind of report a text is (`genre` in the JSON of `spec/json.md`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Genre {
    /// 法治政府建设情况报告: the annual rule-of-law government report.
    RuleOfLaw,
    /// 政府工作报告: a government's work report to its people's congress.
    GovernmentWork,
    /// 政府信息公开工作年度报告: the annual information-disclosure report.
    InformationDisclosure,
    /// 部门决算 or 预算: a department's final accounts or budget.
    FinalAccounts,
    /// 审计工作报告: an audit work report.
    Audit,
    /// 工作总结: a work summary.
    WorkSummary,
    /// 统计公报: a statistical communiqué.
    StatisticalCommunique,
    /// None of the above.
    #[default]
    Other,
}

impl Genre {
    /// Every genre, in the order of `spec/json.md`.
    pub const ALL: [Genre; 8] = [
        Genre::RuleOfLaw,
        Genre::GovernmentWork,
        Genre::InformationDisclosure,
        Genre::FinalAccounts,
        Genre::Audit,
        Genre::WorkSummary,
        Genre::StatisticalCommunique,
        Genre::Other,
    ];

    /// The JSON name: `rule_of_law`, `government_work`, `information_disclosure`,
    /// `final_accounts`, `audit`, `work_summary`, `statistical_communique`, `other`.
    pub const fn name(self) -> &'static str {
        match self {
            Genre::RuleOfLaw => "rule_of_law",
            Genre::GovernmentWork => "government_work",
            Genre::InformationDisclosure => "information_disclosure",
            Genre::FinalAccounts => "final_accounts",
            Genre::Audit => "audit",
            Genre::WorkSummary => "work_summary",
            Genre::StatisticalCommunique => "statistical_communique",
            Genre::Other => "other",
        }
    }
}

#[cfg(feature = "serde")]
impl Serialize for Genre {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

/// Is `cp`, the code point of a three-byte char, white space
/// (`char::is_whitespace`) or a char that folds to Simplified?
#[inline]
fn squeezes_cp3(cp: u32) -> bool {
    // (A CJK char, most of a title, is past the white space in one test.)
    (cp <= 0x3000 && matches!(cp, 0x1680 | 0x2000..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000))
        || crate::text::script::folds_cp(cp)
}

/// The words of `t` ([`TitleWords`]), found in one walk over its bytes,
/// a char at a time by its lead byte; with `UNSQUEEZED`, `None` as soon as
/// a char is white space or folds to Simplified (the words of the title
/// are then those of [`squeezed`]). A three-byte char (most of a title) is
/// taken by one slice pattern, with no index to check.
fn walk_title<const UNSQUEEZED: bool>(t: &str) -> Option<TitleWords> {
    let mut found = 0;
    let mut rest = t.as_bytes();
    loop {
        match *rest {
            [c0 @ 0xE0..=0xEF, c1, c2, ref after @ ..] => {
                let cp = crate::text::charset::cp3(c0, c1, c2);
                if UNSQUEEZED && squeezes_cp3(cp) {
                    return None;
                }
                if TITLE_FIRSTS.contains_cp(cp) {
                    found |= TitleWords::at(cp, after);
                }
                rest = after;
            }
            [c0 @ 0..=0x7F, ref after @ ..] => {
                if UNSQUEEZED && (c0 == b' ' || (0x09..=0x0D).contains(&c0)) {
                    return None;
                }
                rest = after;
            }
            // U+0085 and U+00A0 are white space.
            [c0 @ 0xC0..=0xDF, c1, ref after @ ..] => {
                if UNSQUEEZED && c0 == 0xC2 && matches!(c1, 0x85 | 0xA0) {
                    return None;
                }
                rest = after;
            }
            // A four-byte char (or the rest of a str that ends short, which
            // no str does).
            [_, ref after @ ..] => rest = after.get(3..).unwrap_or_default(),
            [] => return Some(TitleWords(found)),
        }
    }
}

/// Does `text` hold white space or a char that folds to Simplified?
fn needs_squeezing(text: &str) -> bool {
    // Only the chars that open a title word are looked at for words: a walk
    // that finds none is a walk for the test alone.
    walk_title::<true>(text).is_none()
}

/// `text` folded to Simplified, without white space (`政 府 工 作 报 告`).
fn squeezed(text: &str) -> std::borrow::Cow<'_, str> {
    // Most titles are Simplified and unspaced: then no copy is made, and
    // one walk over the bytes tells.
    if !needs_squeezing(text) {
        return std::borrow::Cow::Borrowed(text);
    }
    let s: String = text.chars().map(crate::text::script::fold_char).filter(|c| !c.is_whitespace()).collect();
    taiwan_phrasing(s)
}

/// A conversion to Taiwan's phrasing (OpenCC's s2twp) writes 資訊 for
/// 信息: `政府資訊公開` is `政府信息公开`. Asked of folded text only (a
/// Simplified report says 信息).
pub(crate) fn taiwan_phrasing<'a>(folded: impl Into<std::borrow::Cow<'a, str>>) -> std::borrow::Cow<'a, str> {
    let s = folded.into();
    match crate::text::words::contains(&s, "资讯") {
        true => std::borrow::Cow::Owned(s.replace("资讯", "信息")),
        false => s,
    }
}

/// The words of a title that name a genre, one bit each.
#[derive(Clone, Copy)]
struct TitleWords(u32);

/// The first chars of the title words ([`TitleWords::at`]).
/// (A set over the Basic Multilingual Plane: a three-byte char's code point
/// is in it, and is tested with no range check.)
static TITLE_FIRSTS: crate::text::charset::BmpSet = crate::text::charset::BmpSet::bmp()
    .with_chars(&['报', '信', '政', '审', '公', '统', '决', '预', '部', '法', '依', '总', '情', '工']);

impl TitleWords {
    const REPORT: u32 = 1; // 报告, 报道
    const DISCLOSURE: u32 = 1 << 1; // 信息公开, 政务公开
    const AUDIT: u32 = 1 << 2; // 审计
    const NOTICE: u32 = 1 << 3; // 公告
    const STAT_COMMUNIQUE: u32 = 1 << 4; // 统计公报
    const STAT: u32 = 1 << 5; // 统计
    const COMMUNIQUE: u32 = 1 << 6; // 公报
    const FINAL_ACCOUNTS: u32 = 1 << 7; // 决算
    const DEPT_BUDGET: u32 = 1 << 8; // 部门预算
    const LAW: u32 = 1 << 9; // 法治, 依法行政
    const SUMMARY: u32 = 1 << 10; // 总结
    const SITUATION: u32 = 1 << 11; // 情况
    const GOVERNMENT_WORK: u32 = 1 << 12; // 政府工作报告
    const WORK_SUMMARY: u32 = 1 << 13; // 工作总结
    const BUDGET: u32 = 1 << 14; // 预算

    /// The words occurring anywhere in `t`, found in one walk over its
    /// chars: at each char only the words opening with it are compared.
    fn of(t: &str) -> TitleWords {
        walk_title::<false>(t).unwrap_or(TitleWords(0))
    }

    /// The words that open with the char of code point `cp` (one of
    /// [`TITLE_FIRSTS`]) followed by the bytes `after`: the char picks its
    /// words (the rest of each, and its bit), which one loop compares in
    /// place, a byte at a time (a few times a title: one small loop rather
    /// than a compare written out for each word). Out of line: both walks
    /// call it.
    #[inline(never)]
    fn at(cp: u32, after: &[u8]) -> u32 {
        let words: &[(&str, u32)] = match char::from_u32(cp).unwrap_or_default() {
            '报' => &[("告", Self::REPORT), ("道", Self::REPORT)],
            '信' => &[("息公开", Self::DISCLOSURE)],
            '政' => &[("务公开", Self::DISCLOSURE), ("府工作报告", Self::GOVERNMENT_WORK)],
            '审' => &[("计", Self::AUDIT)],
            '公' => &[("告", Self::NOTICE), ("报", Self::COMMUNIQUE)],
            '统' => &[("计公报", Self::STAT_COMMUNIQUE), ("计", Self::STAT)],
            '决' => &[("算", Self::FINAL_ACCOUNTS)],
            '预' => &[("算", Self::BUDGET)],
            '部' => &[("门预算", Self::DEPT_BUDGET)],
            '法' => &[("治", Self::LAW)],
            '依' => &[("法行政", Self::LAW)],
            '总' => &[("结", Self::SUMMARY)],
            '情' => &[("况", Self::SITUATION)],
            '工' => &[("作总结", Self::WORK_SUMMARY)],
            _ => &[],
        };
        let mut found = 0;
        for &(rest, bit) in words {
            let rest = rest.as_bytes();
            if after.len() >= rest.len() && rest.iter().zip(after).all(|(a, b)| a == b) {
                found |= bit;
            }
        }
        found
    }

    fn has(self, bits: u32) -> bool {
        self.0 & bits != 0
    }
}

impl Genre {
    /// The genre a title (or a title-like line) names; `None` when it names
    /// none. Traditional script and spaced titles are read as well.
    ///
    /// ```
    /// use gongwen::Genre;
    /// assert_eq!(Genre::of_title("关于2023年度法治政府建设情况的报告"), Some(Genre::RuleOfLaw));
    /// assert_eq!(Genre::of_title("政 府 工 作 報 告"), Some(Genre::GovernmentWork));
    /// assert_eq!(Genre::of_title("某某通知"), None);
    /// ```
    pub fn of_title(title: &str) -> Option<Genre> {
        // One walk over a title that needs no squeezing tells that and
        // finds its words.
        match walk_title::<true>(title) {
            Some(words) => of_words(title, words),
            None => of_title_squeezed(&squeezed(title)),
        }
    }
}

fn of_title_squeezed(t: &str) -> Option<Genre> {
    // One walk over the title for all the words, not a search for each.
    of_words(t, TitleWords::of(t))
}

/// The genre the title `t` (squeezed) names, given its `words`.
fn of_words(t: &str, words: TitleWords) -> Option<Genre> {
    let has = |bits: u32| words.has(bits);
    let report = has(TitleWords::REPORT);
    if has(TitleWords::DISCLOSURE) && report {
        return Some(Genre::InformationDisclosure);
    }
    if has(TitleWords::AUDIT) && (report || has(TitleWords::NOTICE)) {
        return Some(Genre::Audit);
    }
    if has(TitleWords::STAT_COMMUNIQUE) || (has(TitleWords::STAT) && has(TitleWords::COMMUNIQUE)) {
        return Some(Genre::StatisticalCommunique);
    }
    // `预算` alone also opens `…中央预算执行和…的审计工作报告` (an audit, found
    // above): a budget is a department's (`部门预算`), the title's last word,
    // or what a report is about (`关于…预算执行情况和…预算草案的报告`).
    if has(TitleWords::FINAL_ACCOUNTS | TitleWords::DEPT_BUDGET)
        || t.ends_with("预算")
        || (has(TitleWords::BUDGET) && report)
    {
        return Some(Genre::FinalAccounts);
    }
    if has(TitleWords::LAW) && (report || has(TitleWords::SUMMARY | TitleWords::SITUATION)) {
        return Some(Genre::RuleOfLaw);
    }
    if has(TitleWords::GOVERNMENT_WORK) {
        return Some(Genre::GovernmentWork);
    }
    if has(TitleWords::WORK_SUMMARY) || t.ends_with("总结") {
        return Some(Genre::WorkSummary);
    }
    None
}

/// At most this many bytes of the text before the first heading are read
/// for the genre.
const HEAD_BYTES: usize = 4096;

/// The end of the head read for the genre: the first heading's start
/// `first`, but no further than [`HEAD_BYTES`], on a char boundary.
pub(crate) fn head_end(text: &str, first: usize) -> usize {
    let mut end = first.min(HEAD_BYTES).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    end
}

/// How far down the text before the first heading a title-like line is looked for.
const HEAD_LINES: usize = 40;
/// A line longer than this (chars, white space left out) is prose, not a title.
const SHORT_LINE: usize = 40;

/// The genre named by a short line near the top (a page headline, a title
/// the title reader did not take, a title wrapped over two lines), or by
/// the preamble's `现将…报告如下`.
fn of_head(head: &str) -> Option<Genre> {
    let lines: Vec<std::borrow::Cow<'_, str>> =
        head.lines().take(HEAD_LINES).map(squeezed).filter(|l| !l.is_empty()).collect();
    let short = |l: &str| l.chars().count() <= SHORT_LINE && !l.contains(['。', '，', '；', '：', ':']);
    for (k, line) in lines.iter().enumerate() {
        if short(line) {
            // The line with the next one first: a title wrapped after
            // `…中央预算执行和` names its genre (`审计工作报告`) on the next line.
            let next = lines.get(k + 1).filter(|n| short(n));
            if let Some(g) =
                next.and_then(|n| of_title_squeezed(&format!("{line}{n}"))).or_else(|| of_title_squeezed(line))
            {
                return Some(g);
            }
        }
        // `现将2024年度法治政府建设情况报告如下`: the report names itself.
        // A byte search for each word, not a str searcher built per line.
        if let Some(at) = crate::text::words::find(line, "现将") {
            let rest = &line[at + "现将".len()..];
            let after = &rest[..crate::text::words::find(rest, "现将").unwrap_or(rest.len())];
            if let Some(end) = crate::text::words::find(after, "如下") {
                if let Some(g) = of_title_squeezed(&after[..end]) {
                    return Some(g);
                }
            }
        }
    }
    None
}

/// Endings of a title that names a kind of document outside the genres: a
/// plan of action, a notice, a draft (`…实施方案`, `2025年工作要点`).
const OTHER_DOCUMENTS: [&str; 9] = ["方案", "规划", "纲要", "意见", "通知", "办法", "决定", "要点", "草案的报告"];

/// Does a title-like line near the top (`head`: the text before the first
/// heading) name a kind of document outside the genres? Such a text is not
/// a work summary for reviewing a year and looking ahead.
pub(crate) fn names_other_document(head: &str) -> bool {
    head.lines().take(HEAD_LINES).map(squeezed).any(|l| {
        l.chars().count() <= SHORT_LINE
            && !l.contains(['。', '，', '；', '：', ':'])
            && OTHER_DOCUMENTS.iter().any(|end| l.ends_with(end))
    })
}

/// A report a government gives to its people's congress: the top speaks to
/// the congress (`各位代表`, a dateline `在…人民代表大会…上`) on behalf of a
/// government (`县人民政府`, `县政府`), and calls itself a work report.
fn is_congress_work_report(head: &str) -> bool {
    let h = squeezed(head);
    // `我代表县政府` as well as `我代表县人民政府`.
    (crate::text::words::contains(&h, "人民代表大会") || crate::text::words::contains(&h, "各位代表"))
        && crate::text::words::contains(&h, "政府")
        && (crate::text::words::contains(&h, "工作报告") || crate::text::words::contains(&h, "报告工作"))
}

/// The statutory headings of the national format of a 政府信息公开工作年度报告,
/// each as the words that identify it.
pub(crate) const DISCLOSURE_PARTS: [(&str, &[&str]); 6] = [
    ("总体情况", &["总体情况"]),
    ("主动公开政府信息情况", &["主动公开政府信息"]),
    ("收到和处理政府信息公开申请情况", &["收到和处理政府信息公开申请"]),
    ("政府信息公开行政复议、行政诉讼情况", &["行政复议"]),
    ("存在的主要问题及改进情况", &["存在的主要问题", "主要问题及改进", "存在问题及改进"]),
    ("其他需要报告的事项", &["其他需要报告"]),
];

/// Is `title` one of the statistics-table sections of the national format
/// (主动公开政府信息情况, 收到和处理政府信息公开申请情况, 政府信息公开行政复议、行政诉讼情况)?
pub(crate) fn is_disclosure_table(title: &str) -> bool {
    let t = squeezed(title);
    crate::text::words::contains(&t, "主动公开政府信息情况")
        || crate::text::words::contains(&t, "收到和处理政府信息公开申请")
        || (crate::text::words::contains(&t, "行政复议") && crate::text::words::contains(&t, "行政诉讼"))
}

/// The genre the top-level headings show: the statutory headings of an
/// information-disclosure report, tables and notes of final accounts, the
/// findings sections of an audit, the closing 政府自身建设 part of a
/// government work report, or the five parts of a rule-of-law report.
fn of_structure(head: &str, top: &[&str]) -> Option<Genre> {
    let squeezed_top: Vec<std::borrow::Cow<'_, str>> = top.iter().map(|t| squeezed(t)).collect();
    let count = |test: &dyn Fn(&str) -> bool| squeezed_top.iter().filter(|t| test(t)).count();
    let statutory = DISCLOSURE_PARTS
        .iter()
        .filter(|(_, words)| squeezed_top.iter().any(|t| crate::text::words::contains_any(t, words)))
        .count();
    if statutory >= 3 && squeezed_top.iter().any(|t| is_disclosure_table(t)) {
        return Some(Genre::InformationDisclosure);
    }
    if count(&|t| crate::text::words::contains(t, "决算")) >= 2 {
        return Some(Genre::FinalAccounts);
    }
    if count(&|t| crate::text::words::contains(t, "审计")) >= 2 {
        return Some(Genre::Audit);
    }
    // The closing part of a 政府工作报告 only: the government's own conduct
    // (`加强政府自身建设`), or that of the body that governs a development
    // zone or a street (`管委会自身建设`, `办事处自身建设`). A Party body's
    // `自身建设` is not a government's.
    let governs = |t: &str| crate::text::words::contains_any(t, &["政府", "管委会", "管理委员会", "办事处"]);
    if count(&|t| crate::text::words::contains(t, "自身建设") && governs(t)) > 0 {
        return Some(Genre::GovernmentWork);
    }
    let kinds: Vec<crate::syntax::tree::PartKind> =
        top.iter().filter_map(|t| crate::syntax::tree::PartKind::classify(t, None)).collect();
    let distinct = crate::syntax::tree::PartKind::ALL.iter().filter(|k| kinds.contains(k)).count();
    let leadership = kinds.contains(&crate::syntax::tree::PartKind::Leadership);
    let rule_of_law_words = squeezed_top.iter().any(|t| crate::text::words::contains(t, "法治"))
        || crate::text::words::contains(&squeezed(head), "法治");
    if distinct >= 3 && (leadership || rule_of_law_words) {
        return Some(Genre::RuleOfLaw);
    }
    None
}

/// How many top-level headings the structure is read from: reports have a
/// few dozen at most, and a text of a hundred thousand one-line headings
/// need not have each of them classified twice.
const STRUCTURE_HEADINGS: usize = 64;

/// The genre of a report: from its title when that names one (`title_genre`,
/// [`Genre::of_title`] of the title, read by the metadata pass), else from a
/// title-like line in `head` (the text before the first heading), else from
/// the top-level heading titles `top` and the way the head speaks; `Other`
/// when none tells. `body` is searched for a communiqué's `本公报`.
pub(crate) fn classify(title_genre: Option<Genre>, head: &str, top: &[&str], body: &str) -> Genre {
    title_genre
        .or_else(|| of_head(head))
        .or_else(|| of_structure(head, &top[..top.len().min(STRUCTURE_HEADINGS)]))
        .or_else(|| is_congress_work_report(head).then_some(Genre::GovernmentWork))
        .or_else(|| memchr::memmem::find(body.as_bytes(), "本公报".as_bytes()).map(|_| Genre::StatisticalCommunique))
        .unwrap_or(Genre::Other)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(feature = "serde")]
    #[test]
    fn names_round_trip() {
        for g in Genre::ALL {
            assert_eq!(g.name().parse::<Genre>(), Ok(g));
            assert_eq!(g.to_string(), g.name());
            assert_eq!(serde_json::to_string(&g).unwrap(), format!("\"{}\"", g.name()));
        }
    }

    #[test]
    fn titles_name_their_genre() {
        for (title, genre) in [
            ("某镇2024年度法治政府建设工作报告", Genre::RuleOfLaw),
            ("关于2023年度法治政府建设情况的报告", Genre::RuleOfLaw),
            ("2025年某市人民政府工作报告", Genre::GovernmentWork),
            ("政 府 工 作 报 告", Genre::GovernmentWork),
            ("某区教育局2024年政府信息公开工作年度报告", Genre::InformationDisclosure),
            ("关于2024年度本级预算执行和其他财政收支的审计工作报告", Genre::Audit),
            ("某局2024年度部门决算", Genre::FinalAccounts),
            ("某县2024年国民经济和社会发展统计公报", Genre::StatisticalCommunique),
            ("某街道2024年工作总结", Genre::WorkSummary),
            ("某局2024年法治建设工作总结", Genre::RuleOfLaw),
            ("某縣審計工作報告", Genre::Audit),
            ("关于某县2024年预算执行情况和2025年预算草案的报告", Genre::FinalAccounts),
        ] {
            assert_eq!(Genre::of_title(title), Some(genre), "{title}");
        }
        assert_eq!(Genre::of_title("关于印发某方案的通知"), None);
    }

    proptest::proptest! {
        #[test]
        fn the_byte_walk_agrees_with_the_chars(text in "[a 　\u{a0}\u{85}\u{2003}\u{2029}\t报告告道政府工作總結决算预部门法治依情况公审计é\u{1f600}]{0,12}") {
            let by_chars = text.chars().any(|c| c.is_whitespace() || crate::text::script::fold_char(c) != c);
            proptest::prop_assert_eq!(needs_squeezing(&text), by_chars);
            let by_search = [
                ("报告", TitleWords::REPORT), ("报道", TitleWords::REPORT), ("政府工作报告", TitleWords::GOVERNMENT_WORK),
                ("审计", TitleWords::AUDIT), ("公报", TitleWords::COMMUNIQUE), ("决算", TitleWords::FINAL_ACCOUNTS),
                ("部门预算", TitleWords::DEPT_BUDGET), ("预算", TitleWords::BUDGET), ("法治", TitleWords::LAW),
                ("依法行政", TitleWords::LAW), ("情况", TitleWords::SITUATION), ("工作总结", TitleWords::WORK_SUMMARY),
            ]
            .iter()
            .filter(|(w, _)| text.contains(w))
            .fold(0, |m, (_, b)| m | b);
            let mask = TitleWords::REPORT | TitleWords::GOVERNMENT_WORK | TitleWords::AUDIT | TitleWords::COMMUNIQUE
                | TitleWords::FINAL_ACCOUNTS | TitleWords::DEPT_BUDGET | TitleWords::BUDGET | TitleWords::LAW
                | TitleWords::SITUATION | TitleWords::WORK_SUMMARY;
            proptest::prop_assert_eq!(TitleWords::of(&text).0 & mask, by_search);
        }
    }

    /// [`TitleWords::at`] as a `match` on the first char, each word's rest
    /// compared by `starts_with` (as it was written before the loop).
    fn at_by_match(cp: u32, after: &[u8]) -> u32 {
        let word = |rest: &str, bit: u32| if after.starts_with(rest.as_bytes()) { bit } else { 0 };
        match char::from_u32(cp).unwrap_or_default() {
            '报' => word("告", TitleWords::REPORT) | word("道", TitleWords::REPORT),
            '信' => word("息公开", TitleWords::DISCLOSURE),
            '政' => word("务公开", TitleWords::DISCLOSURE) | word("府工作报告", TitleWords::GOVERNMENT_WORK),
            '审' => word("计", TitleWords::AUDIT),
            '公' => word("告", TitleWords::NOTICE) | word("报", TitleWords::COMMUNIQUE),
            '统' => word("计公报", TitleWords::STAT_COMMUNIQUE) | word("计", TitleWords::STAT),
            '决' => word("算", TitleWords::FINAL_ACCOUNTS),
            '预' => word("算", TitleWords::BUDGET),
            '部' => word("门预算", TitleWords::DEPT_BUDGET),
            '法' => word("治", TitleWords::LAW),
            '依' => word("法行政", TitleWords::LAW),
            '总' => word("结", TitleWords::SUMMARY),
            '情' => word("况", TitleWords::SITUATION),
            '工' => word("作总结", TitleWords::WORK_SUMMARY),
            _ => 0,
        }
    }

    proptest::proptest! {
        #[test]
        fn the_word_loop_agrees_with_the_match(
            first in "[报信政审公统决预部法依总情工a]",
            after in "[告道息公开务府工作报计算门预法治行政结况总a]{0,6}",
        ) {
            let cp = first.chars().next().unwrap() as u32;
            proptest::prop_assert_eq!(TitleWords::at(cp, after.as_bytes()), at_by_match(cp, after.as_bytes()));
        }
    }

    #[test]
    fn a_title_wrapped_over_two_lines_is_read_whole() {
        let head = "— 1 —\n某市某局2024 年政府信息公开工作\n年度报告\n根据条例，现编制本报告。\n";
        assert_eq!(classify(None, head, &[], ""), Genre::InformationDisclosure);
    }

    #[test]
    fn titles_of_other_documents_are_seen() {
        assert!(names_other_document("关于推进全民阅读的实施方案\n"));
        assert!(names_other_document("某区2025年工作要点\n"));
        assert!(names_other_document("关于某县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n"));
        assert!(!names_other_document("2024年，我局扎实推进各项工作。现将有关情况汇报如下：\n"));
        assert!(!names_other_document("某镇2024年工作总结\n"));
    }

    #[test]
    fn a_breadcrumb_is_not_a_title() {
        let head = "首页\n>\n政府信息公开\n>\n通知公告\n";
        assert_eq!(classify(None, head, &[], ""), Genre::Other);
    }

    #[test]
    fn a_congress_speech_is_a_government_work_report() {
        let head = "——2019年1月10日在某县第九届人民代表大会第三次会议上\n某县人民政府县长 某某\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n";
        assert_eq!(classify(None, head, &["2018年工作回顾", "2019年工作安排"], ""), Genre::GovernmentWork);
    }
}
