//! Units: the measure word, currency, percent sign or measure after a number.
//!
//! ```text
//! unit       ::= longest entry of UNITS, not followed by a char that makes
//!                it part of a word (部门, 处理, 期间, 年度, 成立 …)
//! multiplier ::= '千万' | '万' | '亿' | '萬' | '億'      -- after 余/多: 600余万元
//! ```
//! Traditional forms (`萬元`, `項`, `場次`, `個百分點`) map to the same
//! (simplified) base units. The table maps what is written to the base unit, the kind of quantity
//! and the class of the measure word, which the label and guard rules use.

use super::{first_cp, last_cp, QuantityKind};
use nom::IResult;

/// What a measure word counts, for labels and guards.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    /// Counts events or acts: 次, 场次, 宗, 期, 件, 起, 人次 …
    Verbal,
    /// Counts things, named by the noun after it: 个, 项, 家, 条, 支 …
    Noun,
    /// Counts people: 名, 人, 位.
    Person,
    /// Time: 天, 小时, 学时, 年, 个月 …
    Duration,
    /// Physical measure: 公斤, 吨, 平方米 …
    Measure,
    /// Money: 元.
    Money,
    /// Rates: %, 个百分点, 成.
    Percent,
    /// Multiples: 倍.
    Times,
}

/// The base unit of a [`Quantity`](super::Quantity): `件`, `人次`, `元`,
/// `%`, `个百分点`, `学时` … Units come from a fixed table, so a `Unit` is
/// one byte (a row of the table) and costs no allocation. It compares
/// equal to its text, derefs to `str`, and prints and serializes as the
/// text.
///
/// ```
/// let q = &gongwen::quantity::find("办件3084件")[0];
/// assert_eq!(q.unit, "件");
/// assert_eq!(q.unit.as_str(), "件");
/// assert_eq!(q.unit.to_string(), "件");
/// # #[cfg(feature = "serde")]
/// assert_eq!(serde_json::to_string(&q.unit).unwrap(), r#""件""#);
/// ```
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Unit(u8);

// A row of UNITS fits in the byte.
const _: () = assert!(UNITS.len() <= u8::MAX as usize + 1);

impl std::hash::Hash for Unit {
    /// By the text, as equality compares.
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl PartialOrd for Unit {
    fn partial_cmp(&self, other: &Unit) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Unit {
    /// By the text.
    fn cmp(&self, other: &Unit) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl Unit {
    /// The unit's text.
    pub fn as_str(self) -> &'static str {
        // Built only by `of`, from a row of UNITS.
        UNITS.get(usize::from(self.0)).map_or("", |row| row.1)
    }

    /// The unit whose text is `base`: the first row of [`UNITS`] with that
    /// base, so that equal texts are equal rows. `base` is always the
    /// base of some row; the first row stands for any other.
    const fn of(base: &str) -> Unit {
        let mut row = 0;
        while row < UNITS.len() {
            if crate::text::charset::same_text(UNITS[row].1, base) {
                return Unit(row as u8);
            }
            row += 1;
        }
        Unit(0)
    }
}

impl std::ops::Deref for Unit {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Unit {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl std::borrow::Borrow<str> for Unit {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

/// As its text: `"件"`, as a `String` holding it would show.
impl std::fmt::Debug for Unit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl std::fmt::Display for Unit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Unit {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl From<Unit> for String {
    fn from(u: Unit) -> String {
        u.as_str().to_owned()
    }
}

impl PartialEq<str> for Unit {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Unit {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Unit {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<Unit> for str {
    fn eq(&self, other: &Unit) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<Unit> for &str {
    fn eq(&self, other: &Unit) -> bool {
        *self == other.as_str()
    }
}

impl PartialEq<Unit> for String {
    fn eq(&self, other: &Unit) -> bool {
        self == other.as_str()
    }
}

impl Unit {
    /// 年, compared with as a row rather than as text.
    pub(crate) const YEAR: Unit = Unit::of("年");
    /// %, compared with as a row rather than as text.
    pub(crate) const PERCENT: Unit = Unit::of("%");
}

/// One unit as read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Reading {
    /// The unit as written (from the table).
    pub written: &'static str,
    /// The base unit reported.
    pub base: Unit,
    /// Power of ten the value is multiplied by (成 → % is 1).
    pub exp: u32,
    /// What the unit counts.
    pub class: Class,
}

impl Reading {
    /// The kind of quantity a unit gives when no change word is around it.
    pub fn kind(self) -> QuantityKind {
        match self.class {
            Class::Money => QuantityKind::Money,
            Class::Percent => QuantityKind::Percent,
            Class::Duration => QuantityKind::Duration,
            Class::Measure => QuantityKind::Measure,
            _ => QuantityKind::Count,
        }
    }
}

use Class::*;

/// (written, base, ×10^exp, class). Looked up longest first.
const UNITS: &[(&str, &str, u32, Class)] = &[
    ("个百分点", "个百分点", 0, Percent),
    ("個百分點", "个百分点", 0, Percent),
    ("個工作日", "工作日", 0, Duration),
    ("百分點", "个百分点", 0, Percent),
    ("場次", "场次", 0, Verbal),
    ("學時", "学时", 0, Duration),
    ("課時", "课时", 0, Duration),
    ("小時", "小时", 0, Duration),
    ("分鐘", "分钟", 0, Duration),
    ("個月", "个月", 0, Duration),
    ("萬元", "元", 4, Money),
    ("億元", "元", 8, Money),
    ("項", "项", 0, Noun),
    ("個", "个", 0, Noun),
    ("條", "条", 0, Noun),
    ("處", "处", 0, Noun),
    ("類", "类", 0, Noun),
    ("種", "种", 0, Noun),
    ("輛", "辆", 0, Noun),
    ("張", "张", 0, Noun),
    ("戶", "户", 0, Noun),
    ("間", "间", 0, Noun),
    ("臺", "台", 0, Noun),
    ("噸", "吨", 0, Measure),
    ("畝", "亩", 0, Measure),
    ("筆", "笔", 0, Verbal),
    ("輪", "轮", 0, Verbal),
    ("冊", "册", 0, Verbal),
    ("場", "场", 0, Verbal),
    ("个工作日", "工作日", 0, Duration),
    ("千瓦时", "千瓦时", 0, Measure),
    ("千瓦", "千瓦", 0, Measure),
    ("兆瓦", "兆瓦", 0, Measure),
    ("美元", "美元", 0, Money),
    ("欧元", "欧元", 0, Money),
    ("日元", "日元", 0, Money),
    ("港元", "港元", 0, Money),
    ("港币", "港元", 0, Money),
    ("英镑", "英镑", 0, Money),
    ("澳元", "澳元", 0, Money),
    ("新台币", "新台币", 0, Money),
    ("人民币", "元", 0, Money),
    ("平方公里", "平方公里", 0, Measure),
    ("百分点", "个百分点", 0, Percent),
    ("平方米", "平方米", 0, Measure),
    ("立方米", "立方米", 0, Measure),
    ("工作日", "工作日", 0, Duration),
    ("人次", "人次", 0, Verbal),
    ("家次", "家次", 0, Verbal),
    ("件次", "件次", 0, Verbal),
    ("场次", "场次", 0, Verbal),
    ("批次", "批次", 0, Verbal),
    ("户次", "户次", 0, Verbal),
    ("个次", "个次", 0, Verbal),
    ("车次", "车次", 0, Verbal),
    ("台次", "台次", 0, Verbal),
    ("架次", "架次", 0, Verbal),
    ("课时", "课时", 0, Duration),
    ("学时", "学时", 0, Duration),
    ("小时", "小时", 0, Duration),
    ("分钟", "分钟", 0, Duration),
    ("个月", "个月", 0, Duration),
    ("公斤", "公斤", 0, Measure),
    ("千克", "公斤", 0, Measure),
    ("公里", "公里", 0, Measure),
    ("千米", "公里", 0, Measure),
    ("公顷", "公顷", 0, Measure),
    ("万元", "元", 4, Money),
    ("亿元", "元", 8, Money),
    ("元", "元", 0, Money),
    ("圆", "元", 0, Money),
    ("%", "%", 0, Percent),
    ("％", "%", 0, Percent),
    ("成", "%", 1, Percent),
    ("倍", "倍", 0, Times),
    ("件", "件", 0, Verbal),
    ("次", "次", 0, Verbal),
    ("场", "场", 0, Verbal),
    ("宗", "宗", 0, Verbal),
    ("起", "起", 0, Verbal),
    ("期", "期", 0, Verbal),
    ("笔", "笔", 0, Verbal),
    ("轮", "轮", 0, Verbal),
    ("份", "份", 0, Verbal),
    ("册", "册", 0, Verbal),
    ("例", "例", 0, Verbal),
    ("节", "节", 0, Verbal),
    ("堂", "堂", 0, Verbal),
    ("趟", "趟", 0, Verbal),
    ("遍", "遍", 0, Verbal),
    ("项", "项", 0, Noun),
    ("个", "个", 0, Noun),
    ("家", "家", 0, Noun),
    ("条", "条", 0, Noun),
    ("支", "支", 0, Noun),
    ("批", "批", 0, Noun),
    ("路", "路", 0, Noun),
    ("处", "处", 0, Noun),
    ("面", "面", 0, Noun),
    ("类", "类", 0, Noun),
    ("种", "种", 0, Noun),
    ("所", "所", 0, Noun),
    ("座", "座", 0, Noun),
    ("台", "台", 0, Noun),
    ("辆", "辆", 0, Noun),
    ("套", "套", 0, Noun),
    ("部", "部", 0, Noun),
    ("本", "本", 0, Noun),
    ("张", "张", 0, Noun),
    ("篇", "篇", 0, Noun),
    ("户", "户", 0, Noun),
    ("间", "间", 0, Noun),
    ("栋", "栋", 0, Noun),
    ("块", "块", 0, Noun),
    ("幅", "幅", 0, Noun),
    ("艘", "艘", 0, Noun),
    ("名", "名", 0, Person),
    ("人", "人", 0, Person),
    ("位", "位", 0, Person),
    ("天", "天", 0, Duration),
    ("年", "年", 0, Duration),
    ("周", "周", 0, Duration),
    ("吨", "吨", 0, Measure),
    ("亩", "亩", 0, Measure),
    ("米", "米", 0, Measure),
    ("斤", "斤", 0, Measure),
    ("方", "立方米", 0, Measure),
    ("度", "度", 0, Measure),
    ("头", "头", 0, Noun),
    ("只", "只", 0, Noun),
    ("羽", "羽", 0, Noun),
    ("株", "株", 0, Noun),
    ("双", "双", 0, Noun),
    ("对", "对", 0, Noun),
    ("架", "架", 0, Noun),
    ("届", "届", 0, Verbal),
    // 接听电话1.2万通: calls; 评查案卷215卷: case files.
    ("通", "通", 0, Verbal),
    ("卷", "卷", 0, Noun),
];

/// Two-char words that start with a unit char: after a number the char is
/// then not a measure word (`3部门`, `5处理`). Each unit char with the
/// chars that make a word after it.
const WORDS: &[(char, &str)] = &[
    ('年', "度级龄代份底初末终内均薪检报"),
    ('周', "年岁边期末"),
    ('天', "然气下"),
    // 三期工程, 二期项目: a phase of a project, not a count.
    ('期', "间限末满刊货待工项"),
    ('部', "门署分长位队"),
    ('处', "理置罚长室于"),
    ('条', "件例款线"),
    ('名', "称单义录额"),
    ('起', "草诉步来点"),
    ('份', "额"),
    // 人口 is a noun; 三人篮球, 5人制 name a game.
    ('人', "民大社防口篮足制"),
    ('面', "积向对临貌"),
    ('路', "线径段口"),
    ('支', "持付出撑部"),
    ('场', "所景地馆合"),
    ('家', "庭长属园风"),
    ('所', "有在属得"),
    ('项', "目"),
    ('本', "级地身人"),
    ('个', "体性别"),
    ('笔', "记录"),
    ('批', "准复示评"),
    ('类', "型别似"),
    ('种', "植类子"),
    ('台', "账风"),
    ('座', "谈"),
    ('户', "籍口外"),
    // 两位数增长: digits, not people.
    ('位', "置于数"),
    ('元', "旦素"),
    ('次', "日数年"),
    ('间', "隔"),
    ('套', "餐"),
    ('米', "粮"),
    ('轮', "流换"),
    ('件', "事"),
    ('张', "贴"),
    ('节', "气约能点日假"),
    ('例', "如外"),
    ('幅', "度"),
    ('遍', "布及"),
    ('個', "體性別"),
    ('項', "目"),
    ('處', "理置罰長室於"),
    ('條', "件例款"),
    ('場', "所景地館合"),
    ('間', "隔"),
    ('張', "貼"),
    ('只', "有要是能会需用在"),
    ('头', "条部脑等号版"),
    ('对', "接象外于比照标话口应策待"),
    ('双', "向方语重边休减拥胞"),
    ('架', "构设子"),
    ('羽', "毛绒"),
    ('株', "洲"),
    ('方', "面式法案向针位便言圆志舱正可"),
    ('度', "假过日量汛"),
    ('圆', "满形桌"),
    ('届', "人"),
    // 3通知, 5通道, 2通过: words, not calls.
    ('通', "知报过道讯信用告达行车关畅"),
    ('卷', "宗烟入面轴帙"),
];

/// Whether the char after a unit makes a word with it, so that the unit
/// char is no measure word here: a char of `e.glue` (from [`WORDS`]), or
/// for 成 anything but punctuation, white space and a few particles.
#[inline]
fn blocked(e: &Entry, rest: &str) -> bool {
    // The glue chars are all three-byte ideographs: compared as bytes, not decoded.
    // Most chars after a unit glue to no unit char: one bit test says so.
    if let [n0 @ 0xE4..=0xE9, n1, n2, ..] = *rest.as_bytes() {
        let glue_char = GLUE_CHARS.get(super::cjk_word(n0, n1)).is_some_and(|w| (w >> (n2 & 0x3F)) & 1 != 0);
        if glue_char && e.glue.as_bytes().chunks_exact(3).any(|g| g == [n0, n1, n2]) {
            return true;
        }
    }
    if e.cheng {
        let Some(next) = rest.chars().next() else {
            return false;
        };
        // 五成 is a share; 成立, 成为, 成效 … are words.
        return !matches!(
            next,
            '以' | '左' | '上' | '多' | '的' | '，' | ',' | '。' | '；' | ';' | '、' | '）' | ')' | '”' | ' '
        );
    }
    false
}

/// Every char of [`WORDS`] that glues to a unit char, as a bitmap over the
/// CJK block.
static GLUE_CHARS: [u64; 328] = {
    let mut map = [0u64; 328];
    let mut i = 0;
    while i < WORDS.len() {
        let b = WORDS[i].1.as_bytes();
        let mut k = 0;
        while k + 3 <= b.len() {
            let cp = ((b[k] & 0x0F) as u32) << 12 | ((b[k + 1] & 0x3F) as u32) << 6 | (b[k + 2] & 0x3F) as u32;
            map = super::mark(map, cp);
            k += 3;
        }
        i += 1;
    }
    map
};

/// The first chars of the units in the CJK block, as a bitmap from U+4E00.
pub(crate) static FIRST_CHARS: [u64; 328] = FIRST_CHAR_BITS;

/// [`FIRST_CHARS`] as a constant, for the tables built on it.
const FIRST_CHAR_BITS: [u64; 328] = {
    let mut map = [0u64; 328];
    let mut i = 0;
    while i < UNITS.len() {
        let cp = super::first_cp(UNITS[i].0);
        if cp >= 0x4E00 && cp <= 0x9FFF {
            let off = cp - 0x4E00;
            map[(off / 64) as usize] |= 1 << (off % 64);
        }
        i += 1;
    }
    map
};

/// Whether some unit may start with `c`.
pub(crate) fn may_start_unit(c: char) -> bool {
    let cp = c as u32;
    if (0x4E00..=0x9FFF).contains(&cp) {
        let off = cp - 0x4E00;
        FIRST_CHARS[(off / 64) as usize] & (1 << (off % 64)) != 0
    } else {
        matches!(c, '%' | '％')
    }
}

/// [`UNITS`] ordered by first char (stably, so that within one first char
/// the longest still comes first): a lookup walks only the entries that
/// open with the input's first char. Built at compile time, so that a
/// lookup pays no check that the table is built.
static ENTRIES: [Entry; UNITS.len()] = {
    const BLANK: Entry = Entry {
        first: '\0',
        unit: Reading { written: "", base: Unit(0), exp: 0, class: Noun },
        glue: "",
        cheng: false,
    };
    let n = UNITS.len();
    // The row numbers, sorted by first char by insertion: stable.
    let mut order = [0usize; UNITS.len()];
    let mut i = 0;
    while i < n {
        order[i] = i;
        let mut j = i;
        while j > 0 && first_cp(UNITS[order[j - 1]].0) > first_cp(UNITS[order[j]].0) {
            let t = order[j];
            order[j] = order[j - 1];
            order[j - 1] = t;
            j -= 1;
        }
        i += 1;
    }
    let mut entries = [BLANK; UNITS.len()];
    let mut k = 0;
    while k < n {
        let (written, base, exp, class) = UNITS[order[k]];
        // WORDS has one row per char.
        let (last, mut glue, mut w) = (last_cp(written), "", 0);
        while w < WORDS.len() {
            if WORDS[w].0 as u32 == last {
                glue = WORDS[w].1;
                break;
            }
            w += 1;
        }
        let first = match char::from_u32(first_cp(written)) {
            Some(c) => c,
            None => panic!("units open with a char"),
        };
        let cheng = crate::text::charset::same_text(written, "成");
        entries[k] = Entry { first, unit: Reading { written, base: Unit::of(base), exp, class }, glue, cheng };
        k += 1;
    }
    entries
};

/// The run of [`ENTRIES`] opening with the code point `cp` (empty for none).
const fn run_of(cp: u32) -> &'static [Entry] {
    let entries: &'static [Entry] = &ENTRIES;
    let mut from = 0;
    while from < entries.len() && entries[from].first as u32 != cp {
        from += 1;
    }
    let mut to = from;
    while to < entries.len() && entries[to].first as u32 == cp {
        to += 1;
    }
    entries.split_at(to).0.split_at(from).1
}

/// The number of distinct CJK first chars of the units.
const RANKS: usize = {
    let mut n = 0;
    let mut w = 0;
    while w < 328 {
        n += FIRST_CHAR_BITS[w].count_ones() as usize;
        w += 1;
    }
    n
};

/// The units of each CJK first char by its rank among them plus one (the
/// value of [`RUN_OF`]); slot 0, for a char that opens no unit, is empty.
static RUNS: [&[Entry]; RANKS + 1] = {
    let mut runs: [&'static [Entry]; RANKS + 1] = [&[]; RANKS + 1];
    let mut rank = 0;
    let mut w = 0;
    while w < 328 {
        let word = FIRST_CHAR_BITS[w];
        let mut bit = 0;
        while bit < 64 {
            if word & (1 << bit) != 0 {
                rank += 1;
                runs[rank] = run_of(0x4E00 + (w as u32) * 64 + bit);
            }
            bit += 1;
        }
        w += 1;
    }
    runs
};

/// The units opening with % and with ％, the only first chars outside
/// the CJK block.
static HALF_PERCENT: &[Entry] = run_of('%' as u32);
static FULL_PERCENT: &[Entry] = run_of('％' as u32);

// Every unit opens with a CJK ideograph, % or ％ (what `unit` reads).
const _: () = {
    let mut i = 0;
    while i < UNITS.len() {
        let cp = first_cp(UNITS[i].0);
        assert!((cp >= 0x4E00 && cp <= 0x9FFF) || cp == '%' as u32 || cp == '％' as u32);
        i += 1;
    }
};

/// The number of pages of [`RUN_OF`]: one per word of [`FIRST_CHARS`]
/// with a bit set, and page 0, all zeros, for the words with none.
const PAGES: usize = {
    let mut n = 1;
    let mut w = 0;
    while w < 328 {
        if FIRST_CHAR_BITS[w] != 0 {
            n += 1;
        }
        w += 1;
    }
    n
};

/// The page of [`RUN_OF`] of each word of [`FIRST_CHARS`] (0 for a word
/// with no bit set).
static PAGE_OF: [u8; 328] = {
    assert!(PAGES <= 256, "a page number fits in a byte");
    let mut page = [0u8; 328];
    let mut n = 1;
    let mut w = 0;
    while w < 328 {
        if FIRST_CHAR_BITS[w] != 0 {
            page[w] = n as u8;
            n += 1;
        }
        w += 1;
    }
    page
};

/// For each page and bit (the low six bits of a char), the rank of the
/// char among the first chars of [`FIRST_CHARS`] (in code point order,
/// the order of [`RUNS`]) plus one; 0 for a char that opens
/// no unit. Two loads find a char's units, with no popcount.
static RUN_OF: [[u8; 64]; PAGES] = {
    assert!(PAGES > 0);
    let mut runs = [[0u8; 64]; PAGES];
    let mut rank = 0usize;
    let mut w = 0;
    while w < 328 {
        let word = FIRST_CHAR_BITS[w];
        let mut bit = 0;
        while bit < 64 {
            if word & (1 << bit) != 0 {
                rank += 1;
                assert!(rank <= 255, "a rank fits in a byte");
                runs[PAGE_OF[w] as usize][bit] = rank as u8;
            }
            bit += 1;
        }
        w += 1;
    }
    runs
};

/// Set bits of [`FIRST_CHARS`] before each of its u64s: with a popcount,
/// the rank of a first char (the reference for [`RUN_OF`]).
#[cfg(test)]
static FIRST_RANK: [u16; 328] = {
    let mut rank = [0u16; 328];
    let mut k = 1;
    while k < 328 {
        rank[k] = rank[k - 1] + FIRST_CHARS[k - 1].count_ones() as u16;
        k += 1;
    }
    rank
};

/// The units opening with `first`, longest first (for the tests: `unit`
/// reads the first char as bytes).
#[cfg(test)]
fn opening_with(first: char) -> &'static [Entry] {
    let cp = u32::from(first);
    if (0x4E00..=0x9FFF).contains(&cp) {
        return cjk_opening_with(cp).unwrap_or(&[]);
    }
    match first {
        '%' => HALF_PERCENT,
        '％' => FULL_PERCENT,
        _ => &[],
    }
}

/// The units opening with the code point `cp`, longest first; `None`
/// when no unit opens with it (one bit test for most chars).
#[cfg(test)]
fn cjk_opening_with(cp: u32) -> Option<&'static [Entry]> {
    let off = cp.checked_sub(0x4E00).filter(|&off| off <= 0x9FFF - 0x4E00)?;
    opening_with_bits((off / 64) as usize, off % 64)
}

/// The units opening with the three-byte char `b0 b1 b2`, longest first,
/// read from its bytes, not decoded (`cjk_opening_with`, in the tests, takes
/// the code point).
#[inline]
fn cjk_opening_with_bytes(b0: u8, b1: u8, b2: u8) -> Option<&'static [Entry]> {
    opening_with_bits(super::cjk_word(b0, b1), u32::from(b2 & 0x3F))
}

/// The units opening with the char of bit `bit` of word `w` of
/// [`FIRST_CHARS`] (none past it).
#[inline]
fn opening_with_bits(w: usize, bit: u32) -> Option<&'static [Entry]> {
    // A word with no first char has page 0, all zeros: no test of it.
    let page = RUN_OF.get(usize::from(*PAGE_OF.get(w)?))?;
    let run = RUNS.get(usize::from(*page.get(bit as usize)?))?;
    (!run.is_empty()).then_some(*run)
}

/// One entry of [`UNITS`] ready for lookups.
#[derive(Clone, Copy)]
struct Entry {
    first: char,
    unit: Reading,
    /// The chars of [`WORDS`] for the unit's last char.
    glue: &'static str,
    /// Whether the unit is 成, which most chars after it make a word with.
    cheng: bool,
}

/// `unit`: the longest unit at the start of the input, and the rest.
pub(crate) fn unit(input: &str) -> Option<(&str, Reading)> {
    let bytes = input.as_bytes();
    // By bytes: every unit opens with an ideograph, % or ％ (EF BC 85).
    let (entries, first_len) = match *bytes {
        [b0 @ 0xE4..=0xE9, b1, b2, ..] => (cjk_opening_with_bytes(b0, b1, b2)?, 3),
        [b'%', ..] => (HALF_PERCENT, 1),
        [0xEF, 0xBC, 0x85, ..] => (FULL_PERCENT, 3),
        _ => return None,
    };
    for e in entries {
        let written = e.unit.written.as_bytes();
        // The first char matches already: a one-char unit needs no
        // compare, and the others are a char or three, compared in place.
        if written.len() > first_len {
            let (Some(have), Some(want)) = (bytes.get(first_len..written.len()), written.get(first_len..)) else {
                continue;
            };
            if !have.iter().zip(want).all(|(a, b)| a == b) {
                continue;
            }
        }
        let rest = input.get(written.len()..).unwrap_or("");
        if !blocked(e, rest) {
            return Some((rest, e.unit));
        }
    }
    None
}

/// `multiplier` after 余/多: `600余万元` → ×10^4.
pub(crate) fn multiplier(input: &str) -> IResult<&str, u32> {
    for (w, exp) in [("千万", 7u32), ("万", 4), ("萬", 4), ("亿", 8), ("億", 8)] {
        if let Some(rest) = input.strip_prefix(w) {
            return Ok((rest, exp));
        }
    }
    Err(nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Tag)))
}

#[cfg(test)]
mod tests {
    /// `opening_with` as first written: a search over all the entries.
    fn opening_with_reference(first: char) -> &'static [super::Entry] {
        let entries = &super::ENTRIES;
        let from = entries.partition_point(|e| e.first < first);
        let same = entries.get(from..).unwrap_or(&[]);
        same.get(..same.iter().take_while(|e| e.first == first).count()).unwrap_or(&[])
    }

    #[test]
    fn opening_with_finds_what_a_search_finds() {
        for c in ['%', '％', 'a', '元', '件', '个', '成', '\u{0}', '\u{ffff}'] {
            let (got, want) = (super::opening_with(c), opening_with_reference(c));
            assert_eq!(got.len(), want.len(), "{c:?}");
            assert!(got.is_empty() || got.as_ptr() == want.as_ptr(), "{c:?}");
        }
        assert!(!super::opening_with('%').is_empty() && !super::opening_with('％').is_empty());
    }

    #[test]
    fn units_compare_as_their_texts() {
        let bases: Vec<super::Unit> =
            super::UNITS.iter().map(|u| super::Unit::of(u.1)).chain([super::Unit::YEAR]).collect();
        for (a, row) in bases.iter().zip(super::UNITS) {
            assert_eq!(a.as_str(), row.1);
        }
        assert_eq!((super::Unit::of("个百分点").as_str(), super::Unit::YEAR.as_str()), ("个百分点", "年"));
        for a in &bases {
            for b in &bases {
                assert_eq!(a == b, a.as_str() == b.as_str(), "{a} {b}");
                assert_eq!(a.cmp(b), a.as_str().cmp(b.as_str()), "{a} {b}");
            }
        }
    }

    #[test]
    fn run_of_gives_the_rank_a_popcount_gives_for_every_cjk_char() {
        for w in 0..328 {
            let word = super::FIRST_CHARS[w];
            for bit in 0..64u32 {
                let want = (word & (1 << bit) != 0)
                    .then(|| usize::from(super::FIRST_RANK[w]) + (word & ((1 << bit) - 1)).count_ones() as usize);
                let page = &super::RUN_OF[usize::from(super::PAGE_OF[w])];
                let got = usize::from(page[bit as usize]).checked_sub(1);
                assert_eq!(got, want, "word {w} bit {bit}");
            }
        }
    }

    #[test]
    fn byte_lookups_agree_with_decoding_for_every_three_byte_char() {
        for c in (0x800u32..=0xFFFF).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            let [b0, b1, b2] = *c.encode_utf8(&mut buf).as_bytes() else { unreachable!() };
            let by_bytes = super::cjk_opening_with_bytes(b0, b1, b2).map(<[super::Entry]>::as_ptr);
            assert_eq!(by_bytes, super::cjk_opening_with(c as u32).map(<[super::Entry]>::as_ptr), "{c:?}");
            let glue = super::super::cjk_bit(&super::GLUE_CHARS, b0, b1, b2).unwrap_or(false);
            assert_eq!(
                glue,
                (0x4E00..=0x9FFF).contains(&(c as u32)) && super::super::in_map(c as u32, &super::GLUE_CHARS),
                "{c:?}"
            );
        }
    }

    use super::*;

    fn base(s: &str) -> Option<&'static str> {
        unit(s).map(|(_, u)| u.base.as_str())
    }

    #[test]
    fn takes_the_longest_unit() {
        assert_eq!(base("人次参与"), Some("人次"));
        assert_eq!(base("个百分点"), Some("个百分点"));
        assert_eq!(base("个村"), Some("个"));
        assert_eq!(base("万元"), Some("元"));
    }

    #[test]
    fn a_unit_char_inside_a_word_is_no_unit() {
        assert_eq!(base("部门联合"), None);
        assert_eq!(base("年度"), None);
        assert_eq!(base("成立"), None);
        assert_eq!(base("成，"), Some("%"));
    }

    #[test]
    fn opening_with_finds_the_units_of_a_first_char_in_table_order() {
        for &(written, ..) in UNITS {
            let c = written.chars().next().unwrap_or(' ');
            let got: Vec<&str> = opening_with(c).iter().map(|e| e.unit.written).collect();
            let want: Vec<&str> = UNITS.iter().filter(|u| u.0.starts_with(c)).map(|u| u.0).collect();
            assert_eq!(got, want, "{c}");
        }
        assert!(opening_with('的').is_empty());
    }

    #[test]
    fn glue_chars_are_three_byte_ideographs() {
        for (c, glue) in WORDS {
            for g in glue.chars() {
                assert!(
                    g.len_utf8() == 3 && g >= '\u{4e00}',
                    "{g} after {c} should be an ideograph (blocked compares three bytes)"
                );
            }
        }
    }

    #[test]
    fn words_has_one_row_per_char() {
        for (i, w) in WORDS.iter().enumerate() {
            assert!(WORDS[i + 1..].iter().all(|v| v.0 != w.0), "{} twice in WORDS", w.0);
        }
    }

    #[test]
    fn month_and_day_are_no_units() {
        assert_eq!(base("月"), None);
        assert_eq!(base("日"), None);
        assert_eq!(base("号"), None);
    }

    #[test]
    fn multiplier_reads_wan_and_yi() {
        assert_eq!(multiplier("万元").map(|r| r.1), Ok(4));
        assert_eq!(multiplier("千万元").map(|r| r.1), Ok(7));
    }
}
