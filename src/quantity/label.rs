//! Labels: the words in the same clause that name what a number counts.
//!
//! ```text
//! clause      ::= … boundary before_label quantity after_label boundary …
//! boundary    ::= '，' | '。' | '；' | '：' | '、' | '！' | '？' | line end | previous quantity
//! before_label::= lead* phrase tail*      -- lead: time words, 共/累计, 其中 …; tail: 达, 为, 共 …
//! after_label ::= [ '的' ] ( '“' phrase '”' | phrase ) -- up to a particle, verb or boundary
//! ```
//! A counter for things or people (`个`, `家`, `名`) followed by a noun takes
//! that noun (`组织16名执法人员` → `执法人员`); otherwise the phrase before
//! the number is the label (`便民服务中心办件3084件` → `便民服务中心办件`),
//! or the noun after when nothing but a verb comes before
//! (`先后组织3次专题学习` → `专题学习`).

use super::unit::Class;
use super::{prefix_in, strip_word_prefix, strip_word_suffix, Words};
use crate::SmallString;

/// Chars that end a clause for labels.
fn is_boundary(c: char) -> bool {
    // Most chars are ideographs, which end nothing.
    !is_cjk(c)
        && matches!(
            c,
            '，' | ',' | '。' | '；' | ';' | '：' | ':' | '、' | '！' | '!' | '？' | '?' | '\n' | '\r' | '\t' | '…'
        )
}

/// Words dropped from the start of a label: time words, connectives and
/// reporting adverbs.
const LEAD: &[&str] = &[
    "共有",
    "现有",
    "其中",
    "同时",
    "此外",
    "另外",
    "全年",
    "今年以来",
    "今年来",
    "今年",
    "年内",
    "一年来",
    "当年",
    "截至目前",
    "目前",
    "共计",
    "合计",
    "累计",
    "总计",
    "共",
    "先后",
    "已经",
    "已",
    "均",
    "并",
    "还",
    "又",
    "再",
];

/// What may follow a year at the start of a label: `2024年度`, `2023年以来`.
const YEAR_TAIL: &[&str] = &["以来", "来", "度", "底", "初", "末", "内", "全年"];

/// Words dropped from the end of a label: links between the name and the
/// number.
const TAIL: &[&str] = &[
    "保持在",
    "稳定在",
    "控制在",
    "提高到",
    "提升到",
    "提高至",
    "提升至",
    "增加至",
    "增加到",
    "降低至",
    "降低到",
    "下降至",
    "下降到",
    "下降为",
    "上升至",
    "上升到",
    "上升为",
    "减少至",
    "减少到",
    "增长至",
    "增长到",
    "提高为",
    "提升为",
    "降至",
    "降到",
    "降为",
    "升至",
    "升到",
    "升为",
    "增至",
    "减至",
    "均达到",
    "均为",
    "均达",
    "分别达到",
    "分别为",
    "分别达",
    "达到",
    "共计",
    "合计",
    "累计",
    "总计",
    "达",
    "为",
    "是",
    "共",
    "了",
    "有",
    "的",
    "年均",
    "月均",
    "日均",
    "由",
    "从",
];

/// Verbs, prepositions and scope words that do not name anything alone.
const EMPTY_WORDS: &[&str] = &[
    "组织开展",
    "充分发挥",
    "组织",
    "开展了",
    "开展",
    "召开",
    "举办",
    "举行",
    "组建",
    "设置",
    "聘请",
    "引入",
    "引进",
    "推动",
    "围绕",
    "挖掘",
    "建设",
    "建成",
    "打造",
    "配备",
    "新建",
    "成立",
    "完成",
    "针对",
    "发挥",
    "定期",
    "确定",
    "涉及",
    "覆盖",
    "选派",
    "选聘",
    "共有",
    "发生",
    "全县",
    "全镇",
    "全市",
    "全区",
    "全乡",
    "全省",
    "辖区",
    "全体",
    "对",
    "在",
    "为",
    "向",
    "与",
    "和",
    "共",
    "将",
    "把",
    "有",
    "了",
    "的",
    "等",
];

/// Scope words: the whole of a place or body.
const SCOPE: &[&str] =
    &["全县", "全镇", "全市", "全区", "全乡", "全省", "全街道", "辖区", "本县", "本镇", "本市", "本区", "全国", "各地"];

/// Words that stop a label read after the number: particles and verbs.
const AFTER_STOP: &[&str] = &[
    "充分",
    "发挥",
    "进行",
    "开展",
    "实现",
    "完成",
    "参加",
    "参与",
    "担任",
    "集中",
    "作为",
    "成为",
    "获得",
    "入驻",
    "建立",
    "推动",
    "纳入",
    "覆盖",
    "组建",
    "完善",
    "处理",
    "通过",
    "落实",
    "配备",
    "聘请",
    "提供",
    "之一",
    "作用",
    "矛盾",
    "进驻",
    "开始",
    "正常",
    "日常",
    "全面",
    "全覆盖",
    "全部",
    "作出",
    "达到",
    "受到",
    "得到",
    "的",
    "和",
    "与",
    "及",
    "等",
    "并",
    "或",
    "均",
    "都",
    "已",
    "被",
    // 有264个至2024年底尚未完成: a time or place follows, not a noun
    // (only where they open the phrase: see `after_phrase`).
    "至",
    "到",
    "于",
];

// The lists indexed by first and last char: most clauses open with no lead
// word and close with no tail word, and one bit test says so.
static AFTER_STOP_WORDS: Words<{ AFTER_STOP.len() }> = Words::new(AFTER_STOP);
static LEAD_WORDS: Words<{ LEAD.len() }> = Words::new(LEAD);
static TAIL_WORDS: Words<{ TAIL.len() }> = Words::new(TAIL);
static EMPTY: Words<{ EMPTY_WORDS.len() }> = Words::new(EMPTY_WORDS);
static SCOPE_WORDS: Words<{ SCOPE.len() }> = Words::new(SCOPE);

/// Strip any of `words` from the start of `s`, repeatedly, and leading
/// years (`2024年`, `2023年以来`). Inline: it runs for every label.
#[inline(always)]
fn strip_lead(mut s: &str) -> &str {
    loop {
        let before = s;
        // Neither a marker nor anything trimmed opens with an ideograph.
        if !opens_with_ideograph(s) {
            s = strip_lead_marks(s);
        }
        for w in LEAD_WORDS.opening(s) {
            if let Some(r) = strip_word_prefix(s, w) {
                if !r.is_empty() {
                    s = r;
                    break;
                }
            }
        }
        if s.len() == before.len() {
            return s;
        }
    }
}

/// [`strip_lead`] for a text opening with no ideograph (few do): a
/// marker, spaces, closing marks and digits, an unclosed bracket, and a
/// year after the digits.
#[cold]
#[inline(never)]
fn strip_lead_marks(mut s: &str) -> &str {
    let before = s;
    s = strip_marker(s);
    if !opens_with_ideograph(s) {
        s = s.trim_start_matches(|c: char| {
            c.is_whitespace() || c == '”' || c == '）' || c == ')' || c == '\u{3000}' || c.is_ascii_digit()
        });
        // A bracket the label does not close (`（占比35.2%）`): the
        // figure's aside, not its name.
        if let Some(r) = s.strip_prefix(['（', '(']).filter(|r| !r.contains(['）', ')'])) {
            s = r;
        }
    }
    // A year: digits then 年 (the digits are gone already).
    if before.len() != s.len() {
        if let Some(r) = s.strip_prefix('年') {
            s = r;
            if let Some(w) = prefix_in(s, YEAR_TAIL) {
                s = &s[w.len()..];
            }
        }
    }
    s
}

/// A bracketed ordinal opening the text: `（1）`, `(一)`.
#[inline(always)]
fn strip_marker(s: &str) -> &str {
    // （ is EF BC 88: most texts open with neither bracket, and make no call.
    if matches!(s.as_bytes(), [b'(', ..] | [0xEF, 0xBC, 0x88, ..]) {
        strip_marker_read(s)
    } else {
        s
    }
}

/// [`strip_marker`] past its byte test.
#[inline(never)]
fn strip_marker_read(s: &str) -> &str {
    let Some(inner) = s.strip_prefix(['（', '(']) else {
        return s;
    };
    let Some(close) = inner.find(['）', ')']) else {
        return s;
    };
    if inner[..close].chars().count() <= 3 && inner[..close].chars().all(crate::numeral::is_numeral_char) {
        let paren = inner[close..].chars().next().map_or(0, char::len_utf8);
        return &inner[close + paren..];
    }
    s
}

#[inline(always)]
fn strip_tail(s: &str) -> &str {
    // Most labels close with an ideograph that closes no tail word, and
    // after a list's 、 the clause is empty.
    match *s.as_bytes() {
        // No test of the lead byte: a char outside the block may close a
        // word (as far as the bit test tells), and goes on.
        [.., b0, b1, b2] if !TAIL_WORDS.may_close_with(b0, b1, b2) => s,
        [] => s,
        _ => strip_tail_words(s),
    }
}

/// [`strip_tail`] past the bit test.
fn strip_tail_words(mut s: &str) -> &str {
    loop {
        let before = s;
        if !closes_with_ideograph(s) {
            s = s.trim_end_matches(|c: char| c.is_whitespace() || c == '\u{3000}' || c == '（' || c == '(' || c == '“');
        }
        for (place, w) in TAIL_WORDS.closing_placed(s) {
            if let Some(r) = strip_word_suffix(s, w) {
                if !r.is_empty() && !GLUED_TAIL.get(place).is_some_and(|g| g.closes(r)) {
                    s = r;
                    break;
                }
            }
        }
        if s.len() == before.len() {
            return s;
        }
        // After a strip, a next round on an ideograph that closes no tail
        // word would strip nothing: one bit test ends it.
        if let [.., b0, b1, b2] = *s.as_bytes() {
            if !TAIL_WORDS.may_close_with(b0, b1, b2) {
                return s;
            }
        }
    }
}

/// For each word of [`TAIL`], the chars that, before it, make a word with
/// it (`行为`, `送达`, `拥有`), so the tail word is kept.
static GLUED_TAIL: [super::Glue; TAIL.len()] = super::glue_table(
    TAIL,
    &[
        (&["为"], "行作认成因以视称"),
        (&["达"], "送到抵下传表通直发"),
        (&["有"], "拥具享所没持占"),
        (&["共"], "公"),
        // 平均达到, 人均为: an average, not "all of them reach".
        (&["均达到", "均为", "均达"], "平人年日月户亩"),
    ],
);

/// `案卷合格率由上年的` → `案卷合格率`: a from-phrase naming a past time
/// ends the label.
fn cut_from(s: &str) -> &str {
    // 由 is E7 94 B1 and 从 E4 BB 8E: a search for their last bytes, from
    // the third char on (the cut leaves two at least), checked in place.
    let b = s.as_bytes();
    for j in memchr::memchr2_iter(0xB1, 0x8E, b.get(8..).unwrap_or(&[])).map(|j| j + 8) {
        let at = j - 2;
        if !matches!(b.get(at..=j), Some([0xE7, 0x94, 0xB1] | [0xE4, 0xBB, 0x8E])) {
            continue;
        }
        let next = s.get(j + 1..).and_then(|r| r.chars().next());
        if next.is_some_and(|n| "上去年前原今初".contains(n) || n.is_ascii_digit()) {
            return &s[..at];
        }
    }
    s
}

/// The clause before a number, with a summary of its ideographs.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Clause<'a> {
    /// The text, from the last boundary (or 24 chars back) to the number.
    pub(crate) text: &'a str,
    /// Bit k is set when an ideograph of `text` ends with byte 0x80 + k:
    /// an ideograph whose bit is clear is not in the text (nor in any part
    /// of it), so a search for it can be skipped.
    last_bytes: u64,
    /// Whether `text` may hold a line break (it was read over a wrapped
    /// line): when false, no part of it holds one.
    wrapped: bool,
}

impl Clause<'_> {
    /// Whether `text` may hold the ideograph whose [`last_byte_bit`] is `bit`.
    fn may_hold(&self, bit: u64) -> bool {
        self.last_bytes & bit != 0
    }
}

/// The bit of [`Clause::last_bytes`] of a three-byte char: its last byte is
/// 0x80 + the low six bits of the code point.
const fn last_byte_bit(c: char) -> u64 {
    1 << (c as u32 & 0x3F)
}

/// The bits of the chars [`cut_from`] looks for, 由 and 从.
const FROM_BITS: u64 = last_byte_bit('由') | last_byte_bit('从');
/// The bit of 别, which [`cut_frame`] looks for (in 分别).
const FRAME_BIT: u64 = last_byte_bit('别');
/// The bit of 各, which [`without_each`] looks for…
const EACH_BIT: u64 = last_byte_bit('各');
/// …and those of the chars it drops after it, 类, 项 and 种.
const EACH_KIND_BITS: u64 = last_byte_bit('类') | last_byte_bit('项') | last_byte_bit('种');

/// The clause text before byte `start`, not reaching below `floor`.
#[cfg(test)]
pub(crate) fn clause_before(text: &str, floor: usize, start: usize) -> Clause<'_> {
    let floor = floor.min(start);
    clause_closing(text, floor, text.get(floor..start).unwrap_or(""))
}

/// 1 for the lead bytes of the ideographs of U+4000…U+9FFF (E4…E9), 0
/// for every other byte: a byte at the start of a char's last three
/// bytes that is one of them starts that char (the text is UTF-8), so the
/// lead bytes of several chars are tested with one branch.
static IDEOGRAPH_LEAD: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0xE4;
    while b <= 0xE9 {
        t[b] = 1;
        b += 1;
    }
    t
};

/// The clause closing `region`, the slice of `text` from byte `floor` to
/// the number (sliced once by the caller, which reads it too). The text
/// before the floor is read only to tell a wrapped
/// line (a full line before the break). Inlined where each figure is
/// assembled, so the clause stays in registers.
#[inline(always)]
pub(crate) fn clause_closing<'t>(text: &'t str, floor: usize, region: &'t str) -> Clause<'t> {
    // One backward pass: back to the last boundary, but keep it short (the
    // last 24 chars), so a long clause is not decoded for every number.
    let mut head = region.as_bytes();
    let mut seen = 0u64;
    let mut wrapped = false;
    let mut left = 24;
    'walk: while left > 0 {
        // Ideographs (three bytes, lead E4…E9) end nothing: no decoding,
        // four at a time, their lead bytes tested together by a table (one
        // branch for the group), their last bytes noted. The group closing
        // the run (fewer than four, or past `left`) is counted and passed
        // over with no branch per char: its end, which no predictor
        // foresees, costs one branch, not a test of two and one more. (A
        // lead byte E4…E9 three bytes before a char boundary starts a char
        // there: the text is UTF-8.)
        'ideographs: {
            if let [ref rest @ .., a0, _, a, b0, _, b, c0, _, c, d0, _, d] = *head {
                let lead = |x: u8| u64::from(IDEOGRAPH_LEAD[usize::from(x)]);
                if (left >= 4) & (lead(a0) & lead(b0) & lead(c0) & lead(d0) != 0) {
                    seen |= (1 << (a & 0x3F)) | (1 << (b & 0x3F)) | (1 << (c & 0x3F)) | (1 << (d & 0x3F));
                    head = rest;
                    left -= 4;
                    continue 'walk;
                }
                let t1 = lead(d0);
                let t2 = t1 & lead(c0) & u64::from(left >= 2);
                let t3 = t2 & lead(b0) & u64::from(left >= 3);
                seen |= (t1 << (d & 0x3F)) | (t2 << (c & 0x3F)) | (t3 << (b & 0x3F));
                let run = (t1 + t2 + t3) as usize;
                head = &head[..head.len() - 3 * run];
                left -= run;
                // `left` is spent, or the char now closing `head` is no
                // ideograph.
                if left == 0 {
                    break 'walk;
                }
                break 'ideographs;
            }
            // Fewer than four chars' bytes left: two, then one, at a time.
            if left >= 2 {
                if let [ref rest @ .., b0, _, b, c0, _, c] = *head {
                    if IDEOGRAPH_LEAD[usize::from(b0)] & IDEOGRAPH_LEAD[usize::from(c0)] != 0 {
                        seen |= (1 << (b & 0x3F)) | (1 << (c & 0x3F));
                        head = rest;
                        left -= 2;
                        continue 'walk;
                    }
                }
            }
            if let [ref rest @ .., 0xE4..=0xE9, _, b] = *head {
                seen |= 1 << (b & 0x3F);
                head = rest;
                left -= 1;
                continue 'walk;
            }
        }
        // The commonest boundaries by their bytes, with no decoding:
        // ，；：！？ (EF BC 8C, 9B, 9A, 81, 9F) and 、。 (E3 80 81, 82).
        if let [.., 0xEF, 0xBC, 0x8C | 0x9B | 0x9A | 0x81 | 0x9F] | [.., 0xE3, 0x80, 0x81 | 0x82] = *head {
            break;
        }
        match region[..head.len()].chars().next_back() {
            Some(c) if !is_boundary(c) => head = &head[..head.len() - c.len_utf8()],
            Some('\n' | '\r') => match wrapped_line(text, floor + head.len()) {
                Some(at) if at >= floor => {
                    head = &head[..at - floor];
                    wrapped = true;
                }
                _ => break,
            },
            _ => break,
        }
        left -= 1;
    }
    Clause { text: &region[head.len()..], last_bytes: seen, wrapped }
}

/// Where the line break ending at byte `at` of `text` starts, when it
/// only wraps a line (PDF text): an ideograph on both sides, and a full
/// line before it (16 chars at least, none of them a line break), however
/// much of that line belongs to an earlier clause or figure.
fn wrapped_line(text: &str, at: usize) -> Option<usize> {
    let head = text.get(..at)?;
    let start = head.strip_suffix("\r\n").or_else(|| head.strip_suffix(['\n', '\r']))?.len();
    let before = &text[..start];
    let after = &text[at..];
    if !closes_with_ideograph(before) || !opens_with_ideograph(after) {
        return None;
    }
    let line = before.chars().rev().take(16).take_while(|c| !matches!(c, '\n' | '\r')).count();
    (line == 16).then_some(start)
}

/// The label read before the number: `clause` without lead and tail words.
fn before_label(clause: Clause<'_>) -> &str {
    let stripped = strip_tail(strip_lead(clause.text));
    // Most clauses hold neither 由 nor 从: nothing to cut.
    if !clause.may_hold(FROM_BITS) {
        return stripped;
    }
    let cut = cut_from(stripped);
    // strip_tail runs to a fixed point: only a cut leaves a new tail.
    if cut.len() == stripped.len() {
        stripped
    } else {
        strip_tail(cut)
    }
}

/// Whether a phrase is only verbs, prepositions and scope words.
#[inline(always)]
fn is_empty_phrase(mut s: &str) -> bool {
    loop {
        if s.is_empty() {
            return true;
        }
        match EMPTY.prefix(s) {
            Some(w) => s = &s[w.len()..],
            None => return false,
        }
    }
}

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// Whether `s` opens with a char of U+4000…U+9FFF (lead byte E4…E9): no
/// space, bracket, quote or digit, so there is nothing to trim.
fn opens_with_ideograph(s: &str) -> bool {
    s.as_bytes().first().is_some_and(|b| (0xE4..=0xE9).contains(b))
}

/// Whether `s` closes with a char of U+4000…U+9FFF.
fn closes_with_ideograph(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 3 && (0xE4..=0xE9).contains(&b[b.len() - 3])
}

/// The noun phrase right after byte `end` (after the unit and its
/// qualifiers), if the clause goes on with one, with a summary of its
/// ideographs.
fn after_phrase(text: &str, end: usize, skip_de: bool) -> Clause<'_> {
    const NONE: Clause<'static> = Clause { text: "", last_bytes: 0, wrapped: false };
    let end = end.min(text.len());
    let mut s = &text[end..];
    // 的 is E7 9A 84, “ E2 80 9C: tested by their bytes.
    if skip_de && s.as_bytes().starts_with(&[0xE7, 0x9A, 0x84]) {
        s = s.get(3..).unwrap_or("");
    }
    if s.as_bytes().starts_with(&[0xE2, 0x80, 0x9C]) {
        return quoted_phrase(s.get(3..).unwrap_or(""));
    }
    // A phrase opens with an ideograph or a bracket (the chars the loop
    // below reads), or after a wrap's line break; anything else (、, ，, a
    // digit, the end) opens none, and needs no look for a change verb.
    if !matches!(*s.as_bytes(), [0xE4..=0xE9, ..] | [b'(' | b')' | b'\n' | b'\r', ..] | [0xEF, 0xBC, 0x88 | 0x89, ..]) {
        return NONE;
    }
    // 142项增加到178项: a change verb after the figure names nothing.
    if super::change::starts_with_change(s) {
        return NONE;
    }
    // Up to 12 chars, by bytes: ideographs, and brackets, over the break
    // of a wrapped line.
    let (b, mut stop) = (s.as_bytes(), 0);
    let mut seen = 0u64;
    // Opening brackets less closing ones, counted as they are read.
    let mut depth = 0i32;
    let mut wrapped = false;
    for _ in 0..12 {
        match *b.get(stop..).unwrap_or(&[]) {
            // U+4E00…U+9FFF (lead E5…E9, or E4 from B8 on): those whose
            // word of a map over the block is within it, one test.
            [b0, b1, b2, ..] if super::cjk_word(b0, b1) < 328 => {
                // The words that stop a label all open with an ideograph;
                // most chars open none of them (one bit test).
                if AFTER_STOP_WORDS.may_open_with(b0, b1, b2) {
                    let rest = s.get(stop..).unwrap_or("");
                    // 至, 到 and 于 stop a phrase they open (`264个至2024年`);
                    // inside one they are part of a verb (`降至`, `细化到`).
                    let stops = |w: &str| match w {
                        "和" => stop != 3,
                        "至" | "到" | "于" => stop == 0,
                        _ => true,
                    };
                    if AFTER_STOP_WORDS.prefix(rest).is_some_and(stops) {
                        break;
                    }
                }
                seen |= 1 << (b2 & 0x3F);
                stop += 3;
            }
            [b'(', ..] => {
                depth += 1;
                stop += 1;
            }
            [b')', ..] => {
                depth -= 1;
                stop += 1;
            }
            // （ and ） are EF BC 88 and 89.
            [0xEF, 0xBC, 0x88, ..] => {
                depth += 1;
                stop += 3;
            }
            [0xEF, 0xBC, 0x89, ..] => {
                depth -= 1;
                stop += 3;
            }
            [b'\n' | b'\r', ref rest @ ..] => {
                let len = if b[stop] == b'\r' && rest.first() == Some(&b'\n') { 2 } else { 1 };
                let at = text.len() - s.len() + stop + len;
                if wrapped_line(text, at).is_none() {
                    break;
                }
                stop += len;
                wrapped = true;
            }
            _ => break,
        }
    }
    let mut out = &s[..stop];
    // Unbalanced brackets at the end: `行政村(` → `行政村`.
    if depth > 0 {
        out = before_open_bracket(out);
    }
    Clause { text: out, last_bytes: seen, wrapped }
}

/// `s` up to its last opening bracket (and any run of them before it).
#[cold]
#[inline(never)]
fn before_open_bracket(s: &str) -> &str {
    s.trim_end_matches(|c: char| c != '(' && c != '（').trim_end_matches(['(', '（'])
}

/// [`after_phrase`] in quotation marks (`引入21名“双语调解员”`), `r`
/// after the opening one: the quoted words when they close within 13
/// chars (or the text ends before), no summary read.
#[cold]
#[inline(never)]
fn quoted_phrase(r: &str) -> Clause<'_> {
    // Only the first 13 chars are looked at: a longer quotation is no
    // label, and an unclosed one must not send every figure to the end.
    let mut head = r.char_indices().take(13);
    let close = head.find(|&(_, c)| c == '”').map(|(i, _)| i);
    let close = close.or_else(|| (r.chars().nth(12).is_none()).then_some(r.len()));
    let inner = close.map_or("", |c| &r[..c]);
    if !inner.is_empty() {
        // Rare: no summary, any char may be there.
        return Clause { text: inner, last_bytes: u64::MAX, wrapped: true };
    }
    Clause { text: "", last_bytes: 0, wrapped: false }
}

/// Whether a noun opens the text after byte `end` (after at most one
/// space): an ideograph that is no particle, preposition, qualifier or
/// change verb, opening a phrase of two chars or more. Only 13 chars are read.
pub(crate) fn noun_follows(text: &str, end: usize) -> bool {
    let s = text.get(end..).unwrap_or("");
    let s = s.strip_prefix([' ', '\u{3000}']).unwrap_or(s);
    let Some(first) = s.chars().next() else {
        return false;
    };
    if !is_cjk(first) || "的和与及等并或均都已被以左上下多余至到增减提降达为是在元次年月日".contains(first)
    {
        return false;
    }
    let phrase = after_phrase(text, text.len() - s.len(), false).text;
    phrase.len() >= 6 && !super::change::starts_with_change(s)
}

/// Verbs and frame words that name nothing alone, besides [`EMPTY_WORDS`]:
/// `增长20%，达到282亿元` labels 282亿元 by what reached it.
const FRAME_WORDS: &[&str] = &[
    "达到",
    "达",
    "投资",
    "增长",
    "增加",
    "提升",
    "提高",
    "下降",
    "减少",
    "降低",
    "累计",
    "合计",
    "共计",
    "总计",
    "其中",
    "分别为",
    "分别",
    "分别是",
    "同比",
    "环比",
    "约",
    "占",
];

static FRAME: Words<{ FRAME_WORDS.len() }> = Words::new(FRAME_WORDS);

/// Whether a label names nothing: empty, or only verbs, prepositions and
/// frame words (`达到`, `投资`, `增长`). A one-char noun (`村`) names.
#[inline(always)]
pub(crate) fn names_nothing(label: &str) -> bool {
    if label.is_empty() {
        return true;
    }
    // Most labels open with an ideograph that opens no such word.
    // (No test of the lead byte: a char outside the block may open one,
    // as far as the bit tests tell, and goes on.)
    if let [b0, b1, b2, ..] = *label.as_bytes() {
        if !FRAME.may_open_with(b0, b1, b2) && !EMPTY.may_open_with(b0, b1, b2) {
            return false;
        }
    }
    // A label of such words alone closes with the last char of one (each
    // closes with an ideograph): most that open with one close with none.
    if let [.., b0, b1, b2] = *label.as_bytes() {
        if !FRAME.may_close_with(b0, b1, b2) && !EMPTY.may_close_with(b0, b1, b2) {
            return false;
        }
    }
    names_nothing_by_words(label)
}

/// [`names_nothing`] past its first tests, by the word lists.
#[inline(never)]
fn names_nothing_by_words(label: &str) -> bool {
    let mut s = label;
    while let Some(w) = FRAME.prefix(s) {
        s = &s[w.len()..];
    }
    is_empty_phrase(s)
}

/// The names listed before `分别` in the clause closing `before`
/// (`办结率、满意度分别为`): the text before 分别 back to the clause
/// boundary, split at `、`, each without lead words. At most 60 chars back.
pub(crate) fn listed_names(before: &str) -> Option<Vec<&str>> {
    let tail_start = before.char_indices().rev().nth(59).map_or(0, |(i, _)| i);
    let tail = &before[tail_start..];
    let at = tail.rfind("分别")?;
    let head = &tail[..at];
    let from = head
        .rfind(|c: char| c != '、' && is_boundary(c))
        .map_or(0, |i| i + head[i..].chars().next().map_or(1, char::len_utf8));
    let names: Vec<&str> = head[from..].split('、').map(|n| strip_tail(strip_lead(n.trim()))).collect();
    names.iter().all(|n| !n.is_empty()).then_some(names)
}

/// A label without the frame after 分别 (`总花费分别增长` → `总花费`).
fn cut_frame(label: &str) -> &str {
    // A char search (for 分) rather than a substring search set up per label.
    let mut from = 0;
    while let Some(k) = label[from..].find('分') {
        let at = from + k;
        if label[at + '分'.len_utf8()..].starts_with('别') {
            return if at > 0 { &label[..at] } else { label };
        }
        from = at + '分'.len_utf8();
    }
    label
}

/// A label over a wrapped line, read without its line break (and 各类).
fn unwrapped(label: &str) -> SmallString {
    let joined: String = label.chars().filter(|c| !matches!(c, '\n' | '\r')).collect();
    match without_each(&joined) {
        Label::Owned(s) => s,
        Label::Slice(s) => SmallString::new(s),
    }
}

/// A label without a closing mark or punctuation opening it and an
/// opening mark or punctuation closing it, and none at all when no
/// ideograph or letter is left or one char that is no ideograph: a closing
/// bracket, a mark or a stray char is never a label.
fn clean(label: &str) -> &str {
    // Nothing, or two ideographs or more at both ends: nothing to clean.
    if label.is_empty() {
        return label;
    }
    if label.len() >= 6 && opens_with_ideograph(label) && closes_with_ideograph(label) {
        return label;
    }
    clean_marks(label)
}

/// [`clean`] for a short label or one with a mark at an end (few are).
#[cold]
#[inline(never)]
fn clean_marks(label: &str) -> &str {
    // The chars by a match, not a search of a string for each.
    let s = label.trim_start_matches(|c: char| {
        matches!(
            c,
            '）' | ')'
                | '】'
                | '」'
                | '』'
                | '》'
                | '”'
                | '’'
                | '，'
                | '。'
                | '、'
                | '；'
                | '：'
                | ','
                | '.'
                | ';'
                | ':'
                | '!'
                | '?'
                | '！'
                | '？'
                | ' '
        )
    });
    let s = s.trim_end_matches(|c: char| {
        matches!(
            c,
            '（' | '('
                | '【'
                | '「'
                | '『'
                | '《'
                | '“'
                | '‘'
                | '，'
                | '。'
                | '、'
                | '；'
                | '：'
                | ','
                | ';'
                | ':'
        )
    });
    // A heading marker alone: （三）, (2).
    let inner = s.strip_prefix(['（', '(']).and_then(|r| r.strip_suffix(['）', ')']));
    if inner.is_some_and(|i| i.chars().count() <= 3 && i.chars().all(crate::numeral::is_numeral_char)) {
        return "";
    }
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if !is_cjk(c) || matches!(c, '的' | '了' | '和' | '与' | '及' | '等' | '万' | '亿' | '个') => {
            ""
        }
        (None, _) => "",
        _ => s,
    }
}

/// How many chars the noun phrase opening `s` has (as read for a label
/// after a figure): 0 when a particle, a verb or punctuation opens it.
pub(crate) fn noun_phrase_len(s: &str) -> usize {
    after_phrase(s, 0, false).text.chars().filter(|c| !matches!(c, '\n' | '\r')).count()
}

/// A label: most are a slice of the text, some (without `各类`) are built.
pub(crate) enum Label<'t> {
    /// Words of the text.
    Slice(&'t str),
    /// Words of the text with some left out.
    Owned(SmallString),
}

/// For the tests, which compare labels as strings; `find_into` turns a
/// slice into a slice of the shared source instead.
#[cfg(test)]
impl From<Label<'_>> for SmallString {
    fn from(label: Label<'_>) -> SmallString {
        match label {
            Label::Slice(s) => SmallString::new(s),
            Label::Owned(s) => s,
        }
    }
}

/// Choose the label of a quantity, given the clause before it ([`clause_closing`]).
pub(crate) fn label<'t>(text: &'t str, clause: Clause<'t>, end: usize, class: Class) -> Label<'t> {
    let before = before_label(clause);
    let noun_counter = matches!(class, Class::Noun | Class::Person);
    // 全县三次洪涝灾害: a scope word right before the number determines the
    // noun after it.
    let scoped = SCOPE_WORDS.suffix(before).is_some();
    let before_names = !is_empty_phrase(before);
    // 房产和1251.47亩土地: a phrase closing with a conjunction names the
    // thing before the figure's own; the figure counts the noun after it,
    // when there is one (参与4.7万人次 keeps its verb: 与 closes a word).
    let joined = closes_with_conjunction(before);
    // The noun after is read only when it may be chosen.
    const NONE: Clause<'static> = Clause { text: "", last_bytes: 0, wrapped: false };
    let after = if noun_counter || scoped || joined || !before_names { after_phrase(text, end, true) } else { NONE };
    // The label, and the phrase it is part of (for its summary).
    let (chosen, from) = if (noun_counter || scoped || joined) && !after.text.is_empty() {
        (after.text, after)
    } else if before_names {
        (before, clause)
    } else if !after.text.is_empty() {
        (after.text, after)
    } else if !before.is_empty() {
        (before, clause)
    } else {
        (clause.text.trim(), clause)
    };
    // Most labels hold no 各, as the summary tells. 的 shares its bit, and
    // is common; but a label changes only when it also holds 类, 项 or 种
    // (after 各), whose bits are a second test.
    // Most labels hold no 别, as the summary tells: no frame to cut.
    let chosen = if from.may_hold(FRAME_BIT) { cut_frame(chosen) } else { chosen };
    let chosen = clean(chosen);
    // The label is part of the phrase it was read from: only a phrase read
    // over a wrapped line may hold a break.
    if from.wrapped && holds_line_break(chosen) {
        return Label::Owned(unwrapped(chosen));
    }
    if !from.may_hold(EACH_BIT) || !from.may_hold(EACH_KIND_BITS) {
        return Label::Slice(chosen);
    }
    without_each(chosen)
}

/// Whether `s` closes with a conjunction (`和`, `及`, `与`, `、`), by its
/// last three bytes.
#[inline(always)]
fn closes_with_conjunction(s: &str) -> bool {
    // 和 E5 92 8C, 及 E5 8F 8A, 与 E4 B8 8E, 、 E3 80 81.
    matches!(
        *s.as_bytes(),
        [.., 0xE5, 0x92, 0x8C] | [.., 0xE5, 0x8F, 0x8A] | [.., 0xE4, 0xB8, 0x8E] | [.., 0xE3, 0x80, 0x81]
    )
}

/// Whether `s` holds a line break: a plain loop over the bytes of a short
/// label (one or two figures' worth of ideographs), a vector search over
/// a longer one, where the loop would cost more than setting the search up.
#[inline(always)]
fn holds_line_break(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() > 12 {
        return memchr::memchr2(b'\n', b'\r', b).is_some();
    }
    b.iter().any(|&c| c == b'\n' || c == b'\r')
}

/// The label without `各类`, `各项`, `各种`: `调处各类矛盾纠纷` → `调处矛盾纠纷`.
fn without_each(s: &str) -> Label<'_> {
    // Most labels that come here hold 的, which shares 各's bit in the
    // summary, and no 各: a walk over the chars' lead bytes says so, with
    // no char search set up. 各 is E5 90 84.
    let b = s.as_bytes();
    let mut i = 0;
    while i + 2 < b.len() {
        if b[i] < 0xE0 {
            i += 1;
        } else if b[i] == 0xE5 && b[i + 1] == 0x90 && b[i + 2] == 0x84 {
            return without_each_read(s, i);
        } else {
            i += 3;
        }
    }
    Label::Slice(s)
}

/// [`without_each`] from the first 各, at byte `at`.
#[cold]
#[inline(never)]
fn without_each_read(s: &str, at: usize) -> Label<'_> {
    // On from there over the chars' lead bytes, as `without_each` walks:
    // 各 (E5 90 84) then 类 (E7 B1 BB), 项 (E9 A1 B9) or 种 (E7 A7 8D) is
    // left out, and the text between such pairs kept.
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let (mut kept, mut i) = (0, at);
    while i + 2 < b.len() {
        if b[i] < 0xE0 {
            i += 1;
            continue;
        }
        let each = b[i] == 0xE5 && b[i + 1] == 0x90 && b[i + 2] == 0x84;
        if each && matches!(b.get(i + 3..i + 6), Some([0xE7, 0xB1, 0xBB] | [0xE9, 0xA1, 0xB9] | [0xE7, 0xA7, 0x8D])) {
            out.push_str(s.get(kept..i).unwrap_or(""));
            i += 6;
            kept = i;
        } else {
            i += 3;
        }
    }
    out.push_str(s.get(kept..).unwrap_or(""));
    Label::Owned(SmallString::from(out))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// `clause_closing` as written before the run count: four, two or one
    /// ideograph a step.
    fn clause_closing_reference<'t>(text: &'t str, floor: usize, region: &'t str) -> Clause<'t> {
        // One backward pass: back to the last boundary, but keep it short (the
        // last 24 chars), so a long clause is not decoded for every number.
        let mut head = region.as_bytes();
        let mut seen = 0u64;
        let mut wrapped = false;
        let mut left = 24;
        'walk: while left > 0 {
            // Ideographs (three bytes, lead E4…E9) end nothing: no decoding,
            // four or two at a time, their lead bytes tested together by a
            // table (one branch for the group), their last bytes noted.
            'ideographs: {
                if left >= 4 {
                    if let [ref rest @ .., a0, _, a, b0, _, b, c0, _, c, d0, _, d] = *head {
                        let lead = |b: u8| IDEOGRAPH_LEAD[usize::from(b)];
                        if lead(a0) & lead(b0) & lead(c0) & lead(d0) != 0 {
                            seen |= (1 << (a & 0x3F)) | (1 << (b & 0x3F)) | (1 << (c & 0x3F)) | (1 << (d & 0x3F));
                            head = rest;
                            left -= 4;
                            continue 'walk;
                        }
                        // A group closing with a char that is no ideograph
                        // (a boundary, most often): the tests of two and of
                        // one ideograph would fail, and are passed over.
                        if lead(d0) == 0 {
                            break 'ideographs;
                        }
                    }
                }
                if left >= 2 {
                    if let [ref rest @ .., b0, _, b, c0, _, c] = *head {
                        if IDEOGRAPH_LEAD[usize::from(b0)] & IDEOGRAPH_LEAD[usize::from(c0)] != 0 {
                            seen |= (1 << (b & 0x3F)) | (1 << (c & 0x3F));
                            head = rest;
                            left -= 2;
                            continue 'walk;
                        }
                    }
                }
                if let [ref rest @ .., 0xE4..=0xE9, _, b] = *head {
                    seen |= 1 << (b & 0x3F);
                    head = rest;
                    left -= 1;
                    continue 'walk;
                }
            }
            // The commonest boundaries by their bytes, with no decoding:
            // ，；：！？ (EF BC 8C, 9B, 9A, 81, 9F) and 、。 (E3 80 81, 82).
            if let [.., 0xEF, 0xBC, 0x8C | 0x9B | 0x9A | 0x81 | 0x9F] | [.., 0xE3, 0x80, 0x81 | 0x82] = *head {
                break;
            }
            match region[..head.len()].chars().next_back() {
                Some(c) if !is_boundary(c) => head = &head[..head.len() - c.len_utf8()],
                Some('\n' | '\r') => match wrapped_line(text, floor + head.len()) {
                    Some(at) if at >= floor => {
                        head = &head[..at - floor];
                        wrapped = true;
                    }
                    _ => break,
                },
                _ => break,
            }
            left -= 1;
        }
        Clause { text: &region[head.len()..], last_bytes: seen, wrapped }
    }

    /// `clause_before` as first written: one char a step, no summary.
    fn clause_before_reference(text: &str, floor: usize, start: usize) -> &str {
        let region = &text[floor.min(start)..start];
        let mut head = region.as_bytes();
        for _ in 0..24 {
            if let [ref rest @ .., 0xE4..=0xE9, _, _] = *head {
                head = rest;
                continue;
            }
            match region[..head.len()].chars().next_back() {
                Some(c) if !is_boundary(c) => head = &head[..head.len() - c.len_utf8()],
                _ => break,
            }
        }
        &region[head.len()..]
    }

    /// `after_phrase` as first written, without the summary.
    fn after_label_reference(text: &str, end: usize, skip_de: bool) -> &str {
        let end = end.min(text.len());
        let mut s = &text[end..];
        if skip_de {
            if let Some(r) = s.strip_prefix('的') {
                s = r;
            }
        }
        if let Some(r) = s.strip_prefix('“') {
            let close = r.find('”').unwrap_or(r.len());
            let inner = &r[..close];
            if inner.chars().count() <= 12 && !inner.is_empty() {
                return inner;
            }
            return "";
        }
        if super::super::change::starts_with_change(s) {
            return "";
        }
        let mut stop = 0;
        for (n, (i, c)) in s.char_indices().enumerate() {
            if !(is_cjk(c) || c == '(' || c == '（' || c == ')' || c == '）')
                || (c.is_ascii_digit() || ('０'..='９').contains(&c)) && i > 0
                || AFTER_STOP_WORDS.prefix(&s[i..]).is_some_and(|w| match w {
                    "和" => i != 3,
                    "至" | "到" | "于" => i == 0,
                    _ => true,
                })
                || n >= 12
            {
                break;
            }
            stop = i + c.len_utf8();
        }
        let mut out = &s[..stop];
        let may_open_bracket = out.bytes().any(|b| b == b'(' || b == 0x88);
        if may_open_bracket && out.matches(['(', '（']).count() > out.matches([')', '）']).count() {
            out = out.trim_end_matches(|c: char| c != '(' && c != '（').trim_end_matches(['(', '（']);
        }
        out
    }

    /// `label` as first written: the from-phrase and 各 always searched for.
    fn label_reference(text: &str, clause: &str, end: usize, class: Class) -> SmallString {
        let stripped = strip_tail(strip_lead(clause));
        let cut = cut_from(stripped);
        let before = if cut.len() == stripped.len() { stripped } else { strip_tail(cut) };
        let noun_counter = matches!(class, Class::Noun | Class::Person);
        let scoped = SCOPE_WORDS.suffix(before).is_some();
        let before_names = !is_empty_phrase(before);
        let after = if noun_counter || scoped || !before_names { after_label_reference(text, end, true) } else { "" };
        let chosen = if (noun_counter || scoped) && !after.is_empty() {
            after
        } else if before_names {
            before
        } else if !after.is_empty() {
            after
        } else if !before.is_empty() {
            before
        } else {
            clause.trim()
        };
        let chosen = clean(cut_frame(chosen));
        if chosen.contains(['\n', '\r']) {
            return unwrapped(chosen);
        }
        without_each(chosen).into()
    }

    /// Char boundaries of `text` up to `n`.
    fn boundary(text: &str, n: usize) -> usize {
        let mut n = n.min(text.len());
        while !text.is_char_boundary(n) {
            n -= 1;
        }
        n
    }

    proptest! {
        #[test]
        fn names_nothing_agrees_with_the_word_lists(
            s in "(达到|投资|增长|同比|约|占|分别为|组织开展|开展|召开|建设|完成|的|村|名|办件|1|、|\u{3000}|é){0,5}",
        ) {
            prop_assert_eq!(names_nothing(&s), s.is_empty() || names_nothing_by_words(&s), "{:?}", s);
        }

        #[test]
        fn clause_before_agrees_with_a_walk_a_char_at_a_time(
            text in "([，,。、 （）a1各由从名办件类]|由上年|从2023年|各类|全县|今年|达到|为|\u{3000}|\u{1f600}|é){0,40}",
            floor in 0usize..200,
            start in 0usize..200,
        ) {
            let start = boundary(&text, start);
            let floor = boundary(&text, floor);
            let clause = clause_before(&text, floor, start);
            prop_assert_eq!(clause.text, clause_before_reference(&text, floor, start));
            for c in clause.text.chars().filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c)) {
                prop_assert!(clause.may_hold(last_byte_bit(c)), "{:?} in {:?}", c, clause.text);
            }
        }

        #[test]
        fn clause_closing_agrees_with_the_walk_by_fours_twos_and_ones(
            text in "([，,。、；“ （）a1各由从名办件类\n]|\r\n|由上年|从2023年|各类|全县|今年|达到|为|\u{3000}|\u{1f600}|é|一二三四五六七八九十|法治政府建设工作情况报告){0,40}",
            floor in 0usize..400,
            start in 0usize..400,
        ) {
            let start = boundary(&text, start);
            let floor = boundary(&text, floor).min(start);
            let region = &text[floor..start];
            let (got, want) = (clause_closing(&text, floor, region), clause_closing_reference(&text, floor, region));
            prop_assert_eq!((got.text, got.last_bytes, got.wrapped), (want.text, want.last_bytes, want.wrapped));
        }

        #[test]
        fn the_bit_test_strips_tails_as_the_words_do(s in "([，a1 共达为是有的年均率员]|达到|分别为|行为|送达){0,8}") {
            prop_assert_eq!(strip_tail(&s), strip_tail_words(&s));
        }

        #[test]
        fn after_phrase_agrees_with_the_first_walk(
            text in "([，。、a1各类项执法人员的和()（）“”䷀丁]|各类|矛盾纠纷|增加|\u{3000}|é){0,16}",
            end in 0usize..60,
            skip_de: bool,
        ) {
            let end = boundary(&text, end);
            let after = after_phrase(&text, end, skip_de);
            prop_assert_eq!(after.text, after_label_reference(&text, end, skip_de));
            for c in after.text.chars().filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c)) {
                prop_assert!(after.may_hold(last_byte_bit(c)), "{:?} in {:?}", c, after.text);
            }
        }

        #[test]
        fn label_agrees_with_searching_every_clause(
            head in "([，。、a1各由从执法人员办件类的项种]|由上年|从2023年|各类|各项|各种|全县|今年|共|达到|为|开展){0,16}",
            num in "[0-9]{1,3}",
            unit in "[件名个%次]",
            tail in "([，。各类项执法人员的和]|各类|矛盾纠纷){0,8}",
            class in 0usize..4,
        ) {
            let class = [Class::Verbal, Class::Noun, Class::Person, Class::Percent][class];
            let text = format!("{head}{num}{unit}{tail}");
            let start = head.len();
            let end = start + num.len() + unit.len();
            let want = label_reference(&text, clause_before_reference(&text, 0, start), end, class);
            prop_assert_eq!(SmallString::from(label(&text, clause_before(&text, 0, start), end, class)), want);
        }
    }

    fn lab(t: &str, num: &str, unit: &str, class: Class) -> String {
        let start = t.find(num).unwrap();
        let end = start + num.len() + unit.len();
        SmallString::from(label(t, clause_before(t, 0, start), end, class)).into()
    }

    #[test]
    fn label_is_the_phrase_before() {
        assert_eq!(lab("2024年便民服务中心办件3084件。", "3084", "件", Class::Verbal), "便民服务中心办件");
        assert_eq!(lab("全年共接待法律咨询100余人次", "100", "余人次", Class::Verbal), "接待法律咨询");
        assert_eq!(lab("调成率达98.7%", "98.7", "%", Class::Percent), "调成率");
        assert_eq!(lab("一审败诉率降至3.2%", "3.2", "%", Class::Percent), "一审败诉率");
    }

    #[test]
    fn label_is_the_noun_after_a_counter() {
        assert_eq!(lab("组织16名执法人员参加培训", "16", "名", Class::Person), "执法人员");
        assert_eq!(lab("在全县21个乡镇(街道)和302个行政村", "21", "个", Class::Noun), "乡镇(街道)");
        assert_eq!(lab("引入21名“双语调解员”", "21", "名", Class::Person), "双语调解员");
    }

    #[test]
    fn label_after_when_only_a_verb_comes_before() {
        assert_eq!(lab("先后组织3次专题学习研讨活动", "3", "次", Class::Verbal), "专题学习研讨活动");
    }
}
