//! The five parts the rules require of an annual 法治政府建设 report, and
//! the classifier that tells which part a top-level heading opens, in that
//! genre and the others (`spec/report-parts.md`, "The same five kinds in
//! other genres"): a section takes the kind of what it reports, judged
//! against the year the report covers.

use super::genre::{self, Genre};
use crate::syntax::tree::{MarkerStyle, PartKind, Section};

/// Words that put a heading in a part, strongest first. The table in
/// `spec/report-parts.md` lists headings seen; these are the words that
/// make them what they are, so headings worded otherwise still classify.
const OTHER: [&str; 4] = ["其他需要", "其他情况", "其他事项", "需要报告的其他"];
const LEADERSHIP: [&str; 5] = ["第一责任人", "主要负责人履行", "主要负责人推进", "履行推进法治建设", "述法"];
const SHORTCOMING: [&str; 14] = [
    "不足",
    // The causes, when a part of their own follows the problems.
    "原因分析",
    "短板",
    "差距",
    "薄弱",
    "存在问题",
    "存在的问题",
    "主要问题",
    "问题和",
    "问题及",
    "存在的困难",
    "困难和问题",
    "面临的问题",
    "面临的困难",
];
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
/// Words of a review of the year: what was done, whatever year it names
/// (`2025年工作回顾`, `总体情况`, `预算执行情况`, `过去一年的工作`).
const REVIEW_WORDS: [&str; 10] =
    ["回顾", "总结", "总体情况", "完成情况", "执行情况", "实施情况", "落实情况", "成就", "成绩", "过去"];
/// Words of what looks ahead: next-period work, targets, recommendations.
const AHEAD_WORDS: [&str; 9] =
    ["重点工作", "目标任务", "主要目标", "预期目标", "奋斗目标", "主要任务", "总体要求", "建议", "任务安排"];
/// Words of a part that is no part of the report's substance: glossaries,
/// notes, appendices, tables of contents.
const NONE_WORDS: [&str; 6] = ["名词解释", "注释", "附件", "附表", "目录", "术语"];

/// Verbs (one or two chars) that open the action headings of the measures part
/// (`强化组织领导，夯实法治基础`).
const ACTION_LEADS: [&str; 57] = [
    "化解", "筑牢", "维护", "保障", "助力", "护航", "弘扬", "开展", "实施", "加大", "加快", "营造", "压实", "创建",
    "抓实", "紧扣", "全力", "强化", "深入", "坚持", "推进", "推动", "加强", "健全", "完善", "提升", "落实", "全面",
    "持续", "深化", "优化", "严格", "规范", "依法", "扎实", "着力", "突出", "聚焦", "统筹", "创新", "狠抓", "抓好",
    "做好", "构建", "建立", "打造", "夯实", "贯彻", "学习", "发挥", "提高", "注重", "积极", "不断", "切实", "大力",
    "以",
];

/// A lead's first char (code point `a`) as a number; a lead of two chars
/// adds the second's code point to it.
const fn lead_key(a: u64) -> u64 {
    a << 21
}

/// [`ACTION_LEADS`] as [`lead_key`]s, sorted.
static ACTION_LEAD_KEYS: [u64; ACTION_LEADS.len()] = {
    let mut out = [0u64; ACTION_LEADS.len()];
    let mut i = 0;
    while i < ACTION_LEADS.len() {
        let b = ACTION_LEADS[i].as_bytes();
        // Each lead is one or two CJK chars (three bytes each).
        assert!(b.len() == 3 || b.len() == 6);
        let first = crate::text::charset::cp3(b[0], b[1], b[2]) as u64;
        let second = if b.len() == 6 { crate::text::charset::cp3(b[3], b[4], b[5]) as u64 } else { 0 };
        let key = lead_key(first) | second;
        // Insertion sort, as a const block must.
        let mut at = i;
        while at > 0 && out[at - 1] > key {
            out[at] = out[at - 1];
            at -= 1;
        }
        out[at] = key;
        i += 1;
    }
    out
};

/// The year a heading names, if it starts with one (`2025年工作思路`).
fn leading_year(title: &str) -> Option<u16> {
    // ASCII digits are one byte each: count bytes, no String.
    let digits = title.bytes().take_while(u8::is_ascii_digit).count();
    (digits == 4 && title[digits..].starts_with('年')).then(|| title[..digits].parse().ok()).flatten()
}

impl PartKind {
    /// Which part a top-level heading title opens, by what it says, read
    /// as in a report of no particular genre; `None` when it names none.
    /// `report_year` is the year the report covers, if known: a heading
    /// about a later year (`2025年工作思路`) is a plan, a review
    /// (`2024年工作回顾`) is measures whatever its year.
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
struct Lists(u16);

impl Lists {
    const OTHER: u16 = 1;
    const SHORTCOMING: u16 = 1 << 1;
    const PLAN: u16 = 1 << 2;
    const LEADERSHIP: u16 = 1 << 3;
    const MEASURE: u16 = 1 << 4;
    /// `计划`, a plan unless the title also names measures.
    const PLAN_OR_MEASURE: u16 = 1 << 5;
    const REVIEW: u16 = 1 << 6;
    const NONE: u16 = 1 << 7;
    /// The principal leaders ([`LEADERS`]) and their duty ([`LEADERS_DUTY`]).
    const LEADERS: u16 = 1 << 8;
    const LEADERS_DUTY: u16 = 1 << 9;
    /// `年` and `十`: without them a title names no year
    /// ([`super::meta::first_year`]) and no five-year plan.
    const YEAR: u16 = 1 << 10;
    const TEN: u16 = 1 << 11;
    /// Not a list: the title has a char that folds to Simplified (set by
    /// [`classify_sections`] on the lists it keeps, for one word a title).
    const FOLDS: u16 = 1 << 15;

    fn has(self, list: u16) -> bool {
        self.0 & list != 0
    }
}

/// The part word lists, each with the bit of its list, and the words of
/// the other tests [`kind_of`] makes, found in the same walk.
const PART_LISTS: [(&[&str], u16); 13] = [
    (&OTHER, Lists::OTHER),
    (&SHORTCOMING, Lists::SHORTCOMING),
    (&PLAN_WORDS, Lists::PLAN),
    (&AHEAD_WORDS, Lists::PLAN),
    (&LEADERSHIP, Lists::LEADERSHIP),
    (&MEASURE_WORDS, Lists::MEASURE),
    (&["计划"], Lists::PLAN_OR_MEASURE),
    (&REVIEW_WORDS, Lists::REVIEW),
    (&NONE_WORDS, Lists::NONE),
    (&LEADERS, Lists::LEADERS),
    (&LEADERS_DUTY, Lists::LEADERS_DUTY),
    (&["年"], Lists::YEAR),
    (&["十"], Lists::TEN),
];

/// The number of part words, all lists together.
const PART_WORD_COUNT: usize = {
    let (mut n, mut i) = (0, 0);
    while i < PART_LISTS.len() {
        n += PART_LISTS[i].0.len();
        i += 1;
    }
    n
};

/// The three bytes at `at` in `b`, as one number (never 0 for a CJK char).
const fn char_bytes(b: &[u8], at: usize) -> u32 {
    b[at] as u32 | (b[at + 1] as u32) << 8 | (b[at + 2] as u32) << 16
}

/// The first two or three chars of a part word as one number: the code
/// point of the first (16 bits: every part word is in the Basic
/// Multilingual Plane) above the bytes of the second and of the third
/// ([`char_bytes`], 24 bits each; 0 for the third of a pair).
const fn prefix_key(first: u32, second: u32, third: u32) -> u64 {
    (first as u64) << 48 | (second as u64) << 24 | third as u64
}

/// A key no text has (no char's bytes are all `0xFF`): the empty entry's.
const NO_KEY: u64 = u64::MAX;

/// An entry of the prefix table: the first two chars of the part words of
/// two chars or more, or the first three of those of three or more.
#[derive(Clone, Copy)]
struct Prefix {
    key: u64,
    /// The lists of the words that are the prefix whole.
    bits: u16,
    /// For a pair: a word of three chars or more opens with it (its three
    /// chars are looked up next).
    longer: bool,
    /// For three chars: the words of four or more that open with them,
    /// `LONG_WORDS[from..to]`.
    from: u8,
    to: u8,
}

const EMPTY_PREFIX: Prefix = Prefix { key: NO_KEY, bits: 0, longer: false, from: 0, to: 0 };

/// The bytes and the list bit of part word `k`, counted over
/// [`PART_LISTS`] in order.
const fn word_at(k: usize) -> (&'static [u8], u16) {
    let (mut i, mut k) = (0, k);
    while k >= PART_LISTS[i].0.len() {
        k -= PART_LISTS[i].0.len();
        i += 1;
    }
    (PART_LISTS[i].0[k].as_bytes(), PART_LISTS[i].1)
}

/// The pair key and the triple key of a word (`NO_KEY` for one too short).
const fn word_keys(w: &[u8]) -> (u64, u64) {
    // Each word is one CJK char or more (three bytes each).
    assert!(w.len().is_multiple_of(3) && !w.is_empty() && w[0] >= 0xE0);
    let first = crate::text::charset::cp3(w[0], w[1], w[2]);
    let pair = if w.len() >= 6 { prefix_key(first, char_bytes(w, 3), 0) } else { NO_KEY };
    let triple = if w.len() >= 9 { prefix_key(first, char_bytes(w, 3), char_bytes(w, 6)) } else { NO_KEY };
    (pair, triple)
}

/// The prefix entries (the empty one first, at 0, then one for each
/// distinct pair and triple of the part words), how many there are, and
/// the words of four chars or more, grouped by their first three: their
/// bytes after those and their list bits.
#[allow(clippy::type_complexity)]
const PREFIX_BUILD: ([Prefix; 256], usize, [(&[u8], u16); PART_WORD_COUNT], usize) = {
    let mut entries = [EMPTY_PREFIX; 256];
    let mut n = 1;
    let mut k = 0;
    while k < PART_WORD_COUNT {
        let (w, bit) = word_at(k);
        let (pair, triple) = word_keys(w);
        let mut step = 0;
        while step < 2 {
            let key = if step == 0 { pair } else { triple };
            if key != NO_KEY {
                let mut at = 1;
                while at < n && entries[at].key != key {
                    at += 1;
                }
                if at == n {
                    entries[n] = Prefix { key, ..EMPTY_PREFIX };
                    n += 1;
                }
                // The word is the pair whole, the three chars whole, or longer.
                if w.len() == 6 + 3 * step {
                    entries[at].bits |= bit;
                } else if step == 0 {
                    entries[at].longer = true;
                }
            }
            step += 1;
        }
        k += 1;
    }
    assert!(n < 256);
    // The long words, grouped by their triple's entry.
    let mut long = [(&[] as &[u8], 0u16); PART_WORD_COUNT];
    let mut m = 0;
    let mut at = 1;
    while at < n {
        entries[at].from = m as u8;
        let mut k = 0;
        while k < PART_WORD_COUNT {
            let (w, bit) = word_at(k);
            if w.len() >= 12 && word_keys(w).1 == entries[at].key {
                long[m] = (w.split_at(9).1, bit);
                m += 1;
            }
            k += 1;
        }
        entries[at].to = m as u8;
        at += 1;
    }
    (entries, n, long, m)
};

/// The prefix entries, padded to 256 with empty ones: any byte indexes them.
static PREFIXES: [Prefix; 256] = PREFIX_BUILD.0;

/// The part words of four chars or more after their first three, with
/// their list bits, grouped as [`Prefix::from`] says.
static LONG_WORDS: [(&[u8], u16); PREFIX_BUILD.3] = {
    let mut out = [(&[] as &[u8], 0u16); PREFIX_BUILD.3];
    let mut k = 0;
    while k < out.len() {
        out[k] = PREFIX_BUILD.2[k];
        k += 1;
    }
    out
};

/// The slot of a key in [`PREFIX_SLOTS`] for a multiplier.
const fn slot(key: u64, mul: u64) -> usize {
    (key.wrapping_mul(mul) >> 52) as usize
}

/// A multiplier that gives each prefix entry a slot of its own (found at
/// build time: a few are tried).
const PREFIX_MUL: u64 = {
    let mut mul: u64 = 0x9E37_79B9_7F4A_7C15;
    loop {
        let mut taken = [false; 4096];
        let mut clash = false;
        let mut at = 1;
        while at < PREFIX_BUILD.1 {
            let s = slot(PREFIXES_KEYS[at], mul);
            clash |= taken[s];
            taken[s] = true;
            at += 1;
        }
        if !clash {
            break mul;
        }
        mul = mul.wrapping_add(0x5851_F42D_4C95_7F2E);
        mul |= 1;
    }
};

/// The keys of the prefix entries (for the const search of a multiplier).
const PREFIXES_KEYS: [u64; 256] = {
    let mut out = [NO_KEY; 256];
    let mut k = 0;
    while k < 256 {
        out[k] = PREFIX_BUILD.0[k].key;
        k += 1;
    }
    out
};

/// For each slot, the prefix entry whose key has it (0, the empty entry,
/// for none): a key is looked up by one load and one compare.
static PREFIX_SLOTS: [u8; 4096] = {
    let mut out = [0u8; 4096];
    let mut at = 1;
    while at < PREFIX_BUILD.1 {
        out[slot(PREFIXES_KEYS[at], PREFIX_MUL)] = at as u8;
        at += 1;
    }
    out
};

/// The prefix entry of `key`: its own, or the empty one (which no key
/// matches).
#[inline(always)]
fn prefix(key: u64) -> &'static Prefix {
    &PREFIXES[usize::from(PREFIX_SLOTS[slot(key, PREFIX_MUL)])]
}

/// One bit for each first char of a part word, over the Basic Multilingual
/// Plane: most chars of a title are ruled out by this test alone.
static PART_FIRSTS: [u64; 1024] = {
    let (mut bits, mut k) = ([0u64; 1024], 0);
    while k < PART_WORD_COUNT {
        let w = word_at(k).0;
        let cp = crate::text::charset::cp3(w[0], w[1], w[2]);
        bits[(cp / 64) as usize] |= 1 << (cp % 64);
        k += 1;
    }
    bits
};

/// The part words of one char: their code points and list bits.
const SINGLE_COUNT: usize = {
    let (mut n, mut k) = (0, 0);
    while k < PART_WORD_COUNT {
        n += (word_at(k).0.len() == 3) as usize;
        k += 1;
    }
    n
};

static SINGLE_WORDS: [(u32, u16); SINGLE_COUNT] = {
    let (mut out, mut n, mut k) = ([(0, 0); SINGLE_COUNT], 0, 0);
    while k < PART_WORD_COUNT {
        let (w, bit) = word_at(k);
        if w.len() == 3 {
            out[n] = (crate::text::charset::cp3(w[0], w[1], w[2]), bit);
            n += 1;
        }
        k += 1;
    }
    out
};

/// Does a part word open with the char of code point `cp` (in the Basic
/// Multilingual Plane)?
#[inline]
fn opens_a_word(cp: u32) -> bool {
    PART_FIRSTS[(cp / 64) as usize] & (1 << (cp % 64)) != 0
}

/// The lists of the part words that open with the char of code point `cp`
/// (one that opens a word), the bytes after it being `after`: the words of
/// one char by compares without a branch, the others by their first two
/// chars looked up, then (when longer words open with those) their first
/// three, then the rest of each word that opens with them. (A multi-pattern
/// automaton did the same work, but cost 2.4M instructions to build on
/// first use; these tables are built by the compiler.)
#[inline]
fn lists_at(cp: u32, after: &[u8]) -> u16 {
    let mut lists = 0;
    for &(single, bit) in &SINGLE_WORDS {
        lists |= if cp == single { bit } else { 0 };
    }
    let [n0, n1, n2, ref after @ ..] = *after else { return lists };
    let second = n0 as u32 | (n1 as u32) << 8 | (n2 as u32) << 16;
    let key = prefix_key(cp, second, 0);
    let pair = prefix(key);
    if pair.key != key {
        return lists;
    }
    lists |= pair.bits;
    if !pair.longer {
        return lists;
    }
    let [t0, t1, t2, ref after @ ..] = *after else { return lists };
    let key = prefix_key(cp, second, t0 as u32 | (t1 as u32) << 8 | (t2 as u32) << 16);
    let triple = prefix(key);
    if triple.key != key {
        return lists;
    }
    lists |= triple.bits;
    for &(tail, bit) in &LONG_WORDS[usize::from(triple.from)..usize::from(triple.to)] {
        if after.starts_with(tail) {
            lists |= bit;
        }
    }
    lists
}

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
    // Every part word opens with a three-byte char, and so does every
    // Traditional char of the fold table: the other chars are stepped over
    // a byte at a time (their bytes open nothing). One length test a char
    // (the pattern's) and no index to check.
    while let [b0, b1, b2, ref after @ ..] = *rest {
        if b0 & 0xF0 != 0xE0 {
            rest = &rest[1..];
            continue;
        }
        let cp = crate::text::charset::cp3(b0, b1, b2);
        folding |= crate::text::script::folds_cp(cp);
        // Only a char that opens a part word (a bit test) is read further.
        if opens_a_word(cp) {
            lists |= lists_at(cp, after);
        }
        rest = after;
    }
    (Lists(lists), folding)
}

fn classify(title: &str, report_year: Option<u16>) -> Option<PartKind> {
    crate::text::script::with_folded(title, |t| kind_of(t, lists_of(t), report_year, Genre::Other).0)
}

/// How a heading got its kind.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Cue {
    /// By what its words say.
    Words,
    /// Only by opening with a verb of doing (`强化组织领导`).
    Action,
}

/// The start year of the five-year plan a title names (`“十五五”时期` gives
/// 2026): `十X五` with X one to nine, the eleventh plan having begun in 2006.
fn five_year_plan_start(title: &str) -> Option<u16> {
    // Three chars at a time, without collecting them, from the first `十`
    // (found by a byte search: most titles have none).
    let mut chars = title[crate::text::words::find(title, "十")?..].chars();
    let (mut a, mut b) = (chars.next()?, chars.next()?);
    for c in chars {
        if let ('十', '五') = (a, c) {
            if let Some(n) = crate::syntax::cn_digit_value(b) {
                return Some(2006 + 5 * (n as u16 - 1));
            }
        }
        (a, b) = (b, c);
    }
    None
}

/// The kind of a top-level heading `title` (Simplified) in a report of
/// `genre` covering `year`, with the cue it was found by. The order is
/// the order of precedence: what a part is not (a glossary, a statistics
/// table), then the genre's own parts, then other matters, shortcomings,
/// the leaders' duty, reviews, what looks ahead (by its words, or by
/// naming a later year or five-year plan), measures (by its words or by
/// naming the year covered), the genre's default, and action headings.
fn kind_of(title: &str, lists: Lists, year: Option<u16>, genre: Genre) -> (Option<PartKind>, Cue) {
    let words = |kind| (Some(kind), Cue::Words);
    let none = (None, Cue::Words);
    if lists.has(Lists::NONE) {
        return none;
    }
    match genre {
        Genre::InformationDisclosure if genre::is_disclosure_table(title) => return none,
        Genre::GovernmentWork if crate::text::words::contains(title, "自身建设") => return none,
        // Delivered early in the year after the one it reviews, a 政府工作报告
        // speaks of the year ahead as this year (`今年主要工作`).
        Genre::GovernmentWork if crate::text::words::contains(title, "今年") => return words(PartKind::Plans),
        // The department's overview (`部门概况`, `部门基本情况`: its duties
        // and units) tells what it is, not what it spent.
        Genre::FinalAccounts
            if title.ends_with('表') || crate::text::words::contains_any(title, &["概况", "基本情况"]) =>
        {
            return none
        }
        // Rectification left undone (`尚未完成整改的问题及原因`) is a problem.
        Genre::Audit
            if crate::text::words::contains(title, "整改")
                && crate::text::words::contains_any(title, &["尚未", "未完成", "未整改", "不到位"]) =>
        {
            return words(PartKind::Shortcomings)
        }
        // What was done about earlier findings (`上年度审计发现问题的整改情况`),
        // before the findings words its title also holds; a title that
        // advises on rectification or plans it (`…问题及整改建议`,
        // `下一步整改工作安排`) is read on.
        Genre::Audit
            if crate::text::words::contains(title, "整改")
                && !lists.has(Lists::PLAN)
                && !crate::text::words::contains(title, "意见") =>
        {
            return words(PartKind::Measures)
        }
        // Each findings section of an audit report (`…审计情况`, `…问题查处情况`),
        // and the cases it handed over (`审计移送案件线索情况`), reports the
        // problems the audit found.
        Genre::Audit
            if ["审计情况", "审计发现", "审计结果", "查处", "问题线索", "移送"].iter().any(|w| title.contains(w)) =>
        {
            return words(PartKind::Shortcomings)
        }
        // What the auditor advises.
        Genre::Audit if crate::text::words::contains(title, "意见") => return words(PartKind::Plans),
        _ => {}
    }
    // A part headed `其他` alone is the fifth part, other matters. (The
    // marks after it are read only in a title that opens with it.)
    let bare_other = |rest: &str| rest.trim_end_matches(['。', '：', ':']).is_empty();
    if lists.has(Lists::OTHER) || title.strip_prefix("其他").is_some_and(bare_other) {
        return words(PartKind::Other);
    }
    if lists.has(Lists::SHORTCOMING) {
        return words(PartKind::Shortcomings);
    }
    // The leaders' duty before reviews: `…第一责任人职责落实情况` reports on
    // the leaders, not on the year's work.
    if lists.has(Lists::LEADERSHIP) || is_leaders_duty(title, lists) {
        return words(PartKind::Leadership);
    }
    if lists.has(Lists::REVIEW) {
        return words(PartKind::Measures);
    }
    if lists.has(Lists::PLAN) || (lists.has(Lists::PLAN_OR_MEASURE) && !lists.has(Lists::MEASURE)) {
        return words(PartKind::Plans);
    }
    let named_year = lists.has(Lists::YEAR).then(|| super::meta::first_year(title)).flatten();
    if let Some(covered) = year {
        let later = named_year.is_some_and(|y| y > covered)
            || (lists.has(Lists::TEN) && five_year_plan_start(title).is_some_and(|y| y > covered));
        if later {
            return words(PartKind::Plans);
        }
    }
    if lists.has(Lists::MEASURE) || (named_year.is_some() && named_year == year) {
        return words(PartKind::Measures);
    }
    match genre {
        // Every other section of an information-disclosure report tells what
        // the agency did about disclosure in the year.
        Genre::InformationDisclosure => return words(PartKind::Measures),
        // What was received and spent in the year (`…决算情况说明`).
        Genre::FinalAccounts if crate::text::words::contains(title, "情况") => return words(PartKind::Measures),
        _ => {}
    }
    if is_action_heading(title) {
        (Some(PartKind::Measures), Cue::Action)
    } else {
        none
    }
}

/// The principal leaders (`主要负责人`, `主要领导`, `一把手`), named by a
/// heading about their rule-of-law duty (`主要领导带头抓法治建设情况`),
/// however it words the duty.
const LEADERS: [&str; 4] = ["主要负责人", "主要领导", "一把手", "党政负责人"];
/// What the leaders' part is about.
const LEADERS_DUTY: [&str; 4] = ["法治", "职责", "履职", "述法"];

/// A heading that reports on the principal leaders' rule-of-law duty
/// worded freely: it names the leaders and their duty (`lists`, the
/// title's), and is not an action heading of the measures part
/// (`压实主要负责人法治建设责任`).
fn is_leaders_duty(title: &str, lists: Lists) -> bool {
    lists.has(Lists::LEADERS) && lists.has(Lists::LEADERS_DUTY) && !is_action_heading(title)
}

/// An action heading: it opens with a verb of doing (`强化组织领导`), or is
/// two parallel phrases (`化解矛盾纠纷，筑牢平安稳定防线`). Read on the
/// bytes (a few titles a report: its size is what costs).
fn is_action_heading(title: &str) -> bool {
    // The leads are one or two CJK chars (three bytes each): the title's
    // first one and two chars, when so, are looked up, as numbers, in a
    // sorted table of the leads. (A char of another length leads none and
    // completes no lead's pair.)
    let b = title.as_bytes();
    if let [a0 @ 0xE0..=0xEF, a1, a2, ref rest @ ..] = *b {
        let one = lead_key(crate::text::charset::cp3(a0, a1, a2) as u64);
        let two = match *rest {
            [b0 @ 0xE0..=0xEF, b1, b2, ..] => Some(one | crate::text::charset::cp3(b0, b1, b2) as u64),
            _ => None,
        };
        if is_lead(one) || two.is_some_and(is_lead) {
            return true;
        }
    }
    // Two halves of 4 to 16 chars, counted in one walk over the bytes (a
    // char is counted at its first byte).
    let fits = |n: usize| (4..=16).contains(&n);
    let (mut commas, mut n) = (0, 0);
    for (i, &x) in b.iter().enumerate() {
        if x == b',' || (x == 0xEF && b[i + 1..].starts_with(&[0xBC, 0x8C])) {
            commas += 1;
            if commas > 1 || !fits(n) {
                return false;
            }
            n = 0;
        } else if x & 0xC0 != 0x80 {
            n += 1;
        }
    }
    commas == 1 && fits(n)
}

/// Is `key` ([`lead_key`]) one of [`ACTION_LEAD_KEYS`]? A binary search of
/// the table, its length hidden from the optimizer (which would unroll
/// the search at each call).
#[inline(never)]
fn is_lead(key: u64) -> bool {
    std::hint::black_box(&ACTION_LEAD_KEYS[..]).binary_search(&key).is_ok()
}

/// The year the report covers, for classification: the year a top-level
/// review names (`2025年工作回顾`), else the first year of the title and
/// preamble (for a 政府工作报告, delivered early in the year after the one
/// it reviews, the year before it), else the smallest year leading a
/// top-level heading.
/// `lists`: each section title's lists, with whether it folds
/// ([`Lists::FOLDS`]), read once.
fn covered_year(head: &str, sections: &[Section], genre: Genre, lists: &[Lists]) -> Option<u16> {
    let reviewed = sections.iter().zip(lists).find_map(|(s, &lists)| {
        let of = |t: &str, lists: Lists| lists.has(Lists::REVIEW).then(|| super::meta::first_year(t)).flatten();
        if lists.has(Lists::FOLDS) {
            crate::text::script::with_folded(title_of(s), |t| of(t, lists_of(t)))
        } else if lists.has(Lists::REVIEW) {
            of(title_of(s), lists)
        } else {
            None
        }
    });
    let delivered = |y: u16| if genre == Genre::GovernmentWork { y - 1 } else { y };
    reviewed
        .or_else(|| super::meta::first_year(head).map(delivered))
        .or_else(|| sections.iter().filter_map(|s| leading_year(title_of(s))).min())
}

/// The title of a section's heading. Out of line: the title is read in
/// several places a report, and its small-string read is one copy.
#[inline(never)]
pub(super) fn title_of(s: &Section) -> &str {
    s.heading.title.as_str()
}

/// How many top-level titles' word lists [`classify_sections`] keeps on the
/// stack.
const LISTS_ON_STACK: usize = 16;

/// The genre of a report, given the genre the report's title names
/// (`title_genre`) and the `text` of the whole report; and the part kind of
/// each of its top-level `sections`, set on them (no list of kinds is made).
pub(crate) fn classify_sections(text: &str, title_genre: Option<Genre>, sections: &mut [Section]) -> Genre {
    let first = sections.first().map_or(text.len(), |s| s.span.start);
    let head = &text[..genre::head_end(text, first)];
    // The top-level titles are collected only when the title names no genre.
    let genre = title_genre.unwrap_or_else(|| {
        let top: Vec<&str> = sections.iter().map(|s| &*s.heading.title).collect();
        genre::classify(None, head, &top, text)
    });
    // Each title's lists, read once, on the stack for a report of up to
    // LISTS_ON_STACK parts (a report has a handful), else on the heap.
    // (One word a title, whether it folds a bit of it: the array on the
    // stack is zeroed by a few stores.)
    let mut on_stack = [Lists(0); LISTS_ON_STACK];
    let mut on_heap = Vec::new();
    let lists: &mut [Lists] = if sections.len() <= LISTS_ON_STACK {
        &mut on_stack[..sections.len()]
    } else {
        on_heap.resize(sections.len(), Lists(0));
        &mut on_heap
    };
    for (l, s) in lists.iter_mut().zip(sections.iter()) {
        let (lists, folding) = lists_and_folding(title_of(s));
        *l = Lists(lists.0 | (u16::from(folding) * Lists::FOLDS));
    }
    let lists = &*lists;
    let year = covered_year(head, sections, genre, lists);
    let mut past_measures = false;
    // Whether a part reviews the year by its words, and one looks ahead.
    let (mut reviews, mut plans) = (false, false);
    for (s, &lists) in sections.iter_mut().zip(lists) {
        // An appendix (附件1, 附表2) is matter attached to the report, not
        // one of its parts, whatever its title says (问题清单, 整改情况表).
        if s.heading.marker.style == MarkerStyle::Appendix {
            s.kind = None;
            continue;
        }
        let title = title_of(s);
        let (mut kind, cue) = match lists.has(Lists::FOLDS) {
            false => kind_of(title, lists, year, genre),
            // Traditional script: classify the folded title.
            true => crate::text::script::with_folded(title, |t| {
                let t = genre::taiwan_phrasing(t);
                kind_of(&t, lists_of(&t), year, genre)
            }),
        };
        // Action headings count as measures only before the report has
        // moved on to its shortcomings or plans (whose own subsections
        // read the same way).
        if cue == Cue::Action && past_measures {
            kind = None;
        }
        past_measures |= matches!(kind, Some(PartKind::Shortcomings | PartKind::Plans));
        reviews |= kind == Some(PartKind::Measures) && cue == Cue::Words;
        plans |= kind == Some(PartKind::Plans);
        s.kind = kind;
    }
    // A report that names no genre anywhere and shows none by its structure,
    // but reviews a year's work by its words (`2024年工作开展情况`) and plans
    // the next (`2025年工作打算`), is a work summary. An action heading alone
    // (`保障措施` in a plan) is no review, and a text titled as another kind
    // of document (`…实施方案`, `…计划草案的报告`) is none.
    let summary = genre == Genre::Other && reviews && plans && !genre::names_other_document(head);
    if summary {
        Genre::WorkSummary
    } else {
        genre
    }
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
        assert_eq!(classify("存在的困难和问题", None), Some(Shortcomings));
        assert_ne!(classify("帮扶困难群众", None), Some(Shortcomings), "困难 alone is no shortcoming");
        assert_eq!(classify("主要领导带头抓法治建设情况", None), Some(Leadership), "the leaders and their duty");
        assert_eq!(classify("领导班子和主要负责人抓法治建设情况", None), Some(Leadership));
        assert_eq!(classify("压实主要负责人法治建设责任", None), Some(Measures), "an action heading");
        assert_eq!(classify("主要领导调研情况", None), None, "the leaders without their duty");
        assert_eq!(classify("原因分析", None), Some(Shortcomings));
    }

    #[test]
    fn kinds_in_other_genres() {
        let gw = |t| kind_of(t, lists_of(t), Some(2022), Genre::GovernmentWork).0;
        assert_eq!(gw("过去五年工作回顾"), Some(Measures));
        assert_eq!(gw("2023年经济社会发展的总体要求和主要预期目标"), Some(Plans));
        assert_eq!(gw("今后五年的奋斗目标"), Some(Plans));
        assert_eq!(gw("“十四五”规划实施情况"), Some(Measures), "a running plan's progress is reviewed");
        assert_eq!(gw("“十五五”时期发展的主要考虑"), Some(Plans), "a later five-year plan");
        assert_eq!(gw("全面加强政府自身建设"), None);
        assert_eq!(gw("名词解释"), None);
        assert_eq!(gw("过去一年的工作"), Some(Measures), "the past year, without 回顾");
        assert_eq!(gw("过去五年的工作"), Some(Measures));
        assert_eq!(gw("今年主要工作"), Some(Plans), "this year is the year after the one reviewed");
        let summary = |t| kind_of(t, lists_of(t), Some(2024), Genre::WorkSummary).0;
        assert_eq!(summary("今年主要工作"), Some(Measures), "a year-end summary's this year is the year covered");
        let law = |t| kind_of(t, lists_of(t), Some(2024), Genre::RuleOfLaw).0;
        assert_eq!(law("党政主要负责人履行第一责任人职责落实情况"), Some(Leadership));
        let audit = |t| kind_of(t, lists_of(t), Some(2024), Genre::Audit).0;
        assert_eq!(audit("重大政策措施落实跟踪审计情况"), Some(Shortcomings));
        assert_eq!(audit("审计移送的违纪违法问题线索情况"), Some(Shortcomings));
        assert_eq!(audit("审计建议"), Some(Plans));
        assert_eq!(audit("加强财政管理的意见"), Some(Plans));
        assert_eq!(audit("审计查出问题的整改情况"), Some(Measures));
        assert_eq!(audit("尚未完成整改的问题及原因"), Some(Shortcomings), "rectification left undone");
        assert_eq!(audit("下一步整改工作安排"), Some(Plans), "rectification planned");
        assert_eq!(audit("审计发现的主要问题及整改建议"), Some(Shortcomings));
        let fa = |t| kind_of(t, lists_of(t), Some(2024), Genre::FinalAccounts).0;
        assert_eq!(fa("部门概况"), None);
        assert_eq!(fa("2024年度部门决算表"), None);
        assert_eq!(fa("2024年度部门决算情况说明"), Some(Measures));
    }

    #[test]
    fn five_year_plans_are_dated() {
        assert_eq!(five_year_plan_start("“十一五”时期"), Some(2006));
        assert_eq!(five_year_plan_start("“十四五”发展成就"), Some(2021));
        assert_eq!(five_year_plan_start("“十五五”时期主要任务"), Some(2026));
        assert_eq!(five_year_plan_start("十五年来"), None);
    }

    /// [`is_action_heading`] as it was written on chars: the first one and
    /// two chars looked up in [`ACTION_LEADS`], the commas counted char by char.
    fn is_action_heading_by_chars(title: &str) -> bool {
        let mut chars = title.chars();
        if let Some(a) = chars.next() {
            let one = a.to_string();
            let two = chars.next().map(|b| format!("{a}{b}"));
            if ACTION_LEADS.contains(&one.as_str()) || two.is_some_and(|t| ACTION_LEADS.contains(&t.as_str())) {
                return true;
            }
        }
        let fits = |n: usize| (4..=16).contains(&n);
        let (mut commas, mut n) = (0, 0);
        for c in title.chars() {
            if matches!(c, '，' | ',') {
                commas += 1;
                if commas > 1 || !fits(n) {
                    return false;
                }
                n = 0;
            } else {
                n += 1;
            }
        }
        commas == 1 && fits(n)
    }

    /// What [`lists_of`] finds, by testing every word of every list.
    fn lists_by_search(title: &str) -> u16 {
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
            title in "[a1，存在的问题和不足下一步工作计划主要负责人履行推进述法其他需要报告成效举措进展取得年十一把手治职责领导面临困难安排]{0,16}"
        ) {
            proptest::prop_assert_eq!(lists_of(&title).0, lists_by_search(&title));
        }

        /// Titles of part words, whole or cut short, between other chars.
        #[test]
        fn lists_agree_on_titles_of_part_words(
            pieces in proptest::collection::vec((0..PART_WORD_COUNT, 1..9usize, "[a1，的和作要]{0,2}"), 0..6)
        ) {
            let title: String = pieces
                .iter()
                .map(|(k, chars, filler)| {
                    let w = std::str::from_utf8(word_at(*k).0).unwrap();
                    format!("{}{filler}", w.chars().take(*chars).collect::<String>())
                })
                .collect();
            proptest::prop_assert_eq!(lists_of(&title).0, lists_by_search(&title), "{}", title);
        }

        #[test]
        fn action_headings_agree_with_the_char_reading(title in "[强化以学习，,a1é治理筑牢防线\u{1f600}]{0,20}") {
            proptest::prop_assert_eq!(is_action_heading(&title), is_action_heading_by_chars(&title));
        }

        #[test]
        fn folding_is_seen_as_fold_sees_it(title in "[a1，存在的问題和不足報告薄區总结進展]{0,16}") {
            proptest::prop_assert_eq!(lists_and_folding(&title).1, crate::text::script::fold(&title).is_some());
        }
    }
}
