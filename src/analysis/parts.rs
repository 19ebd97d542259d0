//! The five parts the rules require of an annual 法治政府建设 report, and
//! the classifier that tells which part a top-level heading opens.

use crate::diagnostic::{Diagnostic, Rule};
use crate::span::Span;
use crate::syntax::tree::{PartKind, Section};
use once_cell::sync::Lazy;

/// Words that put a heading in a part, strongest first. The table in
/// `spec/report-parts.md` lists headings seen; these are the words that
/// make them what they are, so headings worded otherwise still classify.
const OTHER: [&str; 4] = ["其他需要报告", "其他情况", "其他事项", "需要报告的其他"];
const LEADERSHIP: [&str; 5] = ["第一责任人", "主要负责人履行", "主要负责人推进", "履行推进法治建设", "述法"];
const SHORTCOMING: [&str; 9] =
    ["不足", "短板", "差距", "薄弱", "存在问题", "存在的问题", "主要问题", "问题和", "问题及"];
const PLAN_WORDS: [&str; 14] = [
    "下一步",
    "下一年",
    "下阶段",
    "下步",
    "明年",
    "今后",
    "工作计划",
    "工作安排",
    "主要安排",
    "工作思路",
    "工作打算",
    "工作重点",
    "努力方向",
    "展望",
];
const MEASURE_WORDS: [&str; 10] =
    ["举措", "成效", "主要工作", "工作完成", "工作开展", "开展情况", "主要做法", "工作成效", "进展", "取得"];

/// Verbs (one or two chars) that open the action headings of the measures part
/// (`强化组织领导，夯实法治基础`).
const ACTION_LEADS: [&str; 57] = [
    "化解", "筑牢", "维护", "保障", "助力", "护航", "弘扬", "开展", "实施", "加大", "加快", "营造", "压实", "创建",
    "抓实", "紧扣", "全力", "强化", "深入", "坚持", "推进", "推动", "加强", "健全", "完善", "提升", "落实", "全面",
    "持续", "深化", "优化", "严格", "规范", "依法", "扎实", "着力", "突出", "聚焦", "统筹", "创新", "狠抓", "抓好",
    "做好", "构建", "建立", "打造", "夯实", "贯彻", "学习", "发挥", "提高", "注重", "积极", "不断", "切实", "大力",
    "以",
];

/// The year a heading names, if it starts with one (`2025年工作思路`).
fn leading_year(title: &str) -> Option<u16> {
    // ASCII digits are one byte each: count bytes, no String.
    let digits = title.bytes().take_while(u8::is_ascii_digit).count();
    (digits == 4 && title[digits..].starts_with('年')).then(|| title[..digits].parse().ok()).flatten()
}

impl PartKind {
    /// Which part a top-level heading title opens, by what it says; `None`
    /// when it names none. `report_year` is the year the report covers, if
    /// known: a heading about a later year (`2025年工作思路`) is a plan.
    ///
    /// ```
    /// use gongwen::PartKind;
    /// assert_eq!(PartKind::classify("存在的主要不足、原因", None), Some(PartKind::Shortcomings));
    /// assert_eq!(PartKind::classify("2025年工作思路", Some(2024)), Some(PartKind::Plans));
    /// assert_eq!(PartKind::classify("强化组织领导，夯实法治基础", None), Some(PartKind::Measures));
    /// assert_eq!(PartKind::classify("附件", None), None);
    /// ```
    pub fn classify(title: &str, report_year: Option<u16>) -> Option<PartKind> {
        classify(title, report_year)
    }
}

/// The word lists of a title, one bit each, found in one pass.
#[derive(Clone, Copy, Default)]
struct Lists(u8);

impl Lists {
    const OTHER: u8 = 1;
    const SHORTCOMING: u8 = 1 << 1;
    const PLAN: u8 = 1 << 2;
    const LEADERSHIP: u8 = 1 << 3;
    const MEASURE: u8 = 1 << 4;
    /// `计划`, a plan unless the title also names measures.
    const PLAN_OR_MEASURE: u8 = 1 << 5;

    fn has(self, list: u8) -> bool {
        self.0 & list != 0
    }
}

/// The part word lists, each with the bit of its list.
const PART_LISTS: [(&[&str], u8); 6] = [
    (&OTHER, Lists::OTHER),
    (&SHORTCOMING, Lists::SHORTCOMING),
    (&PLAN_WORDS, Lists::PLAN),
    (&LEADERSHIP, Lists::LEADERSHIP),
    (&MEASURE_WORDS, Lists::MEASURE),
    (&["计划"], Lists::PLAN_OR_MEASURE),
];

/// The number of part words, all lists together.
const PART_WORD_COUNT: usize =
    OTHER.len() + SHORTCOMING.len() + PLAN_WORDS.len() + LEADERSHIP.len() + MEASURE_WORDS.len() + 1;

/// All the part words with their list bits, sorted by first char: a title
/// is read once, char by char, and at each char only the words opening
/// with it are compared; a const table, built at compile time.
static PART_INDEX: [(u32, &str, u8); PART_WORD_COUNT] = {
    let mut out = [(0, "", 0); PART_WORD_COUNT];
    let (mut k, mut i) = (0, 0);
    while i < PART_LISTS.len() {
        let mut j = 0;
        while j < PART_LISTS[i].0.len() {
            // Insertion sort by first char, as a const fn must.
            let (word, bit) = (PART_LISTS[i].0[j], PART_LISTS[i].1);
            let key = crate::text::charset::first_cp(word);
            let mut at = k;
            while at > 0 && out[at - 1].0 > key {
                out[at] = out[at - 1];
                at -= 1;
            }
            out[at] = (key, word, bit);
            (k, j) = (k + 1, j + 1);
        }
        i += 1;
    }
    out
};

/// One bit for each first char of a part word, over the Basic Multilingual
/// Plane: most chars of a title are ruled out by this test alone, and the
/// word index is searched only for a char that opens a word.
static PART_FIRSTS: [u64; 1024] = {
    let (mut bits, mut k) = ([0u64; 1024], 0);
    while k < PART_WORD_COUNT {
        let cp = PART_INDEX[k].0;
        bits[(cp / 64) as usize] |= 1 << (cp % 64);
        k += 1;
    }
    bits
};

/// The lists whose words occur in `title`, anywhere, overlapping or not.
fn lists_of(title: &str) -> Lists {
    lists_and_folding(title).0
}

/// [`lists_of`], and whether `title` has a char that folds to Simplified:
/// one walk over the title rather than a fold test and then a search.
fn lists_and_folding(title: &str) -> (Lists, bool) {
    let mut lists = 0;
    let mut folding = false;
    let mut rest = title.as_bytes();
    while let [b0, ref tail @ ..] = *rest {
        // Every part word opens with a three-byte char, and so does every
        // Traditional char of the fold table.
        let [0xE0..=0xEF, b1, b2, ref after @ ..] = *rest else {
            rest = tail;
            continue;
        };
        let cp = (u32::from(b0 & 0x0F) << 12) | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F);
        folding |= crate::text::script::folds_cp(cp);
        if PART_FIRSTS[(cp / 64) as usize] & (1 << (cp % 64)) != 0 {
            let from = PART_INDEX.partition_point(|e| e.0 < cp);
            for &(_, word, bit) in PART_INDEX.get(from..).unwrap_or(&[]).iter().take_while(|e| e.0 == cp) {
                if rest.starts_with(word.as_bytes()) {
                    lists |= bit;
                }
            }
        }
        // On to the next char: its continuation bytes open nothing.
        rest = after;
    }
    (Lists(lists), folding)
}

fn classify(title: &str, report_year: Option<u16>) -> Option<PartKind> {
    crate::text::script::with_folded(title, |t| classify_simplified(t, lists_of(t), report_year))
}

fn classify_simplified(title: &str, lists: Lists, report_year: Option<u16>) -> Option<PartKind> {
    if lists.has(Lists::OTHER) {
        return Some(PartKind::Other);
    }
    if lists.has(Lists::SHORTCOMING) {
        return Some(PartKind::Shortcomings);
    }
    if lists.has(Lists::PLAN) || (lists.has(Lists::PLAN_OR_MEASURE) && !lists.has(Lists::MEASURE)) {
        return Some(PartKind::Plans);
    }
    if let (Some(y), Some(r)) = (leading_year(title), report_year) {
        if y > r && !lists.has(Lists::LEADERSHIP) {
            return Some(PartKind::Plans);
        }
    }
    if lists.has(Lists::LEADERSHIP) {
        return Some(PartKind::Leadership);
    }
    if lists.has(Lists::MEASURE) {
        return Some(PartKind::Measures);
    }
    is_action_heading(title).then_some(PartKind::Measures)
}

/// An action heading: it opens with a verb of doing (`强化组织领导`), or is
/// two parallel phrases (`化解矛盾纠纷，筑牢平安稳定防线`).
fn is_action_heading(title: &str) -> bool {
    // The leads are one or two chars long: look the title's first one and
    // two chars up in a sorted list rather than trying each lead in turn.
    static LEADS: Lazy<Vec<&'static str>> = Lazy::new(|| {
        let mut leads = ACTION_LEADS.to_vec();
        leads.sort_unstable();
        leads
    });
    let mut ends = title.char_indices().map(|(i, c)| i + c.len_utf8());
    if ends.by_ref().take(2).any(|end| LEADS.binary_search(&&title[..end]).is_ok()) {
        return true;
    }
    let mut halves = title.split(['，', ',']);
    let mut fits = || halves.next().is_some_and(|h| (4..=16).contains(&h.chars().count()));
    fits() && fits() && halves.next().is_none()
}

/// The report year as the title or preamble give it, for classification:
/// the smallest year named in the top-level headings and the text before them.
fn report_year_hint(text: &str, sections: &[Section]) -> Option<u16> {
    let first = sections.first().map_or(text.len(), |s| s.span.start);
    let head = &text[..first];
    let from_head = crate::analysis::meta::first_year(head);
    from_head.or_else(|| sections.iter().filter_map(|s| leading_year(&s.heading.title)).min())
}

/// The part kinds of the top-level sections, and the diagnostics about them.
pub(crate) struct Parts {
    /// The kind of each top-level section, in order.
    pub kinds: Vec<Option<PartKind>>,
    /// Missing parts.
    pub diagnostics: Vec<Diagnostic>,
}

/// The kind of each top-level section, and the missing parts.
pub(crate) fn classify_sections(text: &str, sections: &[Section]) -> Parts {
    let year = report_year_hint(text, sections);
    let mut past_measures = false;
    let mut kinds = Vec::with_capacity(sections.len());
    let mut diagnostics = Vec::new();
    for s in sections {
        let title: &str = &s.heading.title;
        let (mut kind, lists) = match lists_and_folding(title) {
            (lists, false) => (classify_simplified(title, lists, year), lists),
            // Traditional script: classify the folded title.
            (_, true) => crate::text::script::with_folded(title, |t| {
                let lists = lists_of(t);
                (classify_simplified(t, lists, year), lists)
            }),
        };
        // Action headings count as measures only before the report has
        // moved on to its shortcomings or plans (whose own subsections
        // read the same way).
        if kind == Some(PartKind::Measures) && past_measures && !lists.has(Lists::MEASURE) {
            kind = None;
        }
        past_measures |= matches!(kind, Some(PartKind::Shortcomings | PartKind::Plans));
        kinds.push(kind);
    }
    if sections.len() >= 2 {
        for kind in PartKind::ALL {
            if !kinds.contains(&Some(kind)) {
                diagnostics.push(Diagnostic::new(
                    Rule::MissingPart,
                    Span::empty(0),
                    format!("no top-level part of kind {kind}"),
                ));
            }
        }
    }
    Parts { kinds, diagnostics }
}

#[cfg(test)]
mod tests {
    use super::*;
    use PartKind::*;

    #[test]
    fn headings_of_the_spec_table() {
        for (title, kind) in [
            ("主要举措和成效", Measures),
            ("主要工作完成情况", Measures),
            ("强化组织领导,夯实法治基础", Measures),
            ("深入学习贯彻党的二十大精神", Measures),
            ("推进法治政府建设的主要举措和取得成效", Measures),
            ("存在问题和不足", Shortcomings),
            ("存在的不足和原因", Shortcomings),
            ("存在的主要不足、原因", Shortcomings),
            ("存在问题", Shortcomings),
            ("主要存在问题", Shortcomings),
            ("党政主要负责人履行推进法治建设第一责任人职责情况", Leadership),
            ("下一步工作计划", Plans),
            ("2024年推进法治政府建设的主要安排", Plans),
            ("2024年法治建设工作计划", Plans),
            ("其他需要报告的情况", Other),
        ] {
            assert_eq!(classify(title, Some(2023)), Some(kind), "{title} should be {kind}");
        }
    }

    #[test]
    fn headings_worded_otherwise() {
        assert_eq!(classify("2025年工作思路", Some(2024)), Some(Plans));
        assert_eq!(classify("今后工作打算", None), Some(Plans));
        assert_eq!(classify("工作中的短板弱项", None), Some(Shortcomings));
        assert_eq!(classify("主要负责人推进法治建设情况", None), Some(Leadership));
        assert_eq!(classify("2024年度法治政府建设工作进展", Some(2024)), Some(Measures));
        assert_eq!(classify("附件", None), None);
        assert_eq!(classify("化解矛盾纠纷，筑牢平安稳定防线", None), Some(Measures), "two parallel action phrases");
        assert_eq!(classify("存在問題和不足", None), Some(Shortcomings), "Traditional script");
        assert_eq!(classify("以案促改", None), Some(Measures), "a one-char lead");
        assert_eq!(classify("矛盾纠纷有效化解，平安防线更加牢固", None), Some(Measures), "two parallel phrases");
        assert_eq!(classify("矛盾纠纷有效化解，平安防线更加牢固，治理", None), None, "three phrases are not two");
        assert_eq!(classify("综合治理", None), None);
    }

    /// What [`lists_of`] finds, by testing every word of every list.
    fn lists_by_search(title: &str) -> u8 {
        PART_LISTS.iter().filter(|(words, _)| words.iter().any(|w| title.contains(w))).fold(0, |m, (_, b)| m | b)
    }

    #[test]
    fn every_part_word_sets_its_list() {
        for (words, bit) in PART_LISTS {
            for w in words {
                assert_eq!(lists_of(w).0 & bit, bit, "{w}");
                assert_eq!(lists_of(&format!("a，{w}{w}工作")).0 & bit, bit, "{w} inside a title");
            }
        }
        assert_eq!(lists_of("工作计划").0, Lists::PLAN | Lists::PLAN_OR_MEASURE, "overlapping words");
        assert_eq!(lists_of("").0, 0);
    }

    proptest::proptest! {
        #[test]
        fn lists_agree_with_a_search_for_each_word(
            title in "[a1，存在的问题和不足下一步工作计划主要负责人履行述法其他需要报告成效举措进展取得]{0,16}"
        ) {
            proptest::prop_assert_eq!(lists_of(&title).0, lists_by_search(&title));
        }

        #[test]
        fn folding_is_seen_as_fold_sees_it(title in "[a1，存在的问題和不足報告薄區总结進展]{0,16}") {
            proptest::prop_assert_eq!(lists_and_folding(&title).1, crate::text::script::fold(&title).is_some());
        }
    }
}
