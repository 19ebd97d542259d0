//! The scan: the bytes of a text read once, figures read where a number
//! may start, each assembled with its qualifiers, change and label.

use super::figure::{may_have_tail, opens_numeral, read_core, read_placed, read_ten, Core};
use super::types::{Direction, Quantity, QuantityKind};
use super::unit::{Class, Unit};
use super::{change, cjk_bit, guard, label, mark, qualifier, Shared};
use crate::numeral::{self, Decimal};
use crate::span::Span;
use crate::SmallString;
use label::Label;

/// `part`, a slice of `text`, as a [`SmallString`]: a slice of the shared
/// source when it is long and there is one, a copy otherwise.
#[inline(always)]
pub(super) fn small_string(shared: Option<Shared<'_>>, text: &str, part: &str) -> SmallString {
    if let Some(sh) = shared.filter(|_| part.len() > crate::small_string::INLINE) {
        // Where `part` starts in `text`, checked to be within it.
        let at = (part.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize);
        if at <= text.len() && part.len() <= text.len() - at {
            let start = sh.base + at;
            return SmallString::slice_at(sh.source, start, part);
        }
    }
    SmallString::new(part)
}

/// [`find`](super::find) into `out`, which is cleared first, so that a caller reading
/// many runs of text reuses one buffer. With `ends`, also the sentence
/// ends of `text` (cleared first): for each `。！？；` or `;`, where it
/// starts and where the next sentence does, in order. The scan stops at
/// them anyway, so they cost no pass of their own; no figure holds one,
/// so none is passed over.
pub(crate) fn find_into(
    text: &str,
    out: &mut Vec<Quantity>,
    ends: Option<&mut Vec<(usize, usize)>>,
    shared: Option<Shared<'_>>,
) {
    out.clear();
    find_onto(text, out, ends, shared);
}

/// Where [`find_onto`] puts the quantities it finds: a list it appends
/// to, whose items each hold a quantity. The list of a caller that wraps
/// each quantity (an indicator) is written straight, with no buffer
/// between.
pub(crate) trait Sink {
    /// The number of items.
    fn len(&self) -> usize;
    /// The quantity of item `k`.
    fn at(&self, k: usize) -> &Quantity;
    /// The quantity of item `k`, to change.
    fn at_mut(&mut self, k: usize) -> &mut Quantity;
    /// Append an item holding `q`, whose sentence starts at byte
    /// `sentence` of the text: after the last sentence end recorded
    /// before it (all those before it are, when they are recorded), or 0.
    fn push(&mut self, q: Quantity, sentence: usize);
    /// The quantities of the last two items, the last to change; `None`
    /// with fewer than two.
    fn last_two(&mut self) -> Option<(&Quantity, &mut Quantity)>;
}

impl Sink for Vec<Quantity> {
    #[inline(always)]
    fn len(&self) -> usize {
        Vec::len(self)
    }
    #[inline(always)]
    fn at(&self, k: usize) -> &Quantity {
        &self[k]
    }
    #[inline(always)]
    fn at_mut(&mut self, k: usize) -> &mut Quantity {
        &mut self[k]
    }
    #[inline(always)]
    fn push(&mut self, q: Quantity, _sentence: usize) {
        // With room tested for (the buffer is reused), the push writes in place.
        #[allow(clippy::if_same_then_else)]
        if Vec::len(self) < self.capacity() {
            Vec::push(self, q);
        } else {
            Vec::push(self, q);
        }
    }
    #[inline(always)]
    fn last_two(&mut self) -> Option<(&Quantity, &mut Quantity)> {
        match self.as_mut_slice() {
            [.., prev, q] => Some((prev, q)),
            _ => None,
        }
    }
}

/// [`find_into`] appending to `out`, not clearing it: what it found
/// before is left alone (and is not looked at). With `ends`, the sentence
/// ends, as for [`find_into`] (cleared first).
pub(crate) fn find_onto<S: Sink>(
    text: &str,
    out: &mut S,
    mut ends: Option<&mut Vec<(usize, usize)>>,
    shared: Option<Shared<'_>>,
) {
    if let Some(ends) = ends.as_deref_mut() {
        ends.clear();
    }
    let first = out.len();
    let bytes = text.as_bytes();
    let mut floor = 0usize;
    let mut i = 0usize;
    // Where the last opening quote or title mark the scan passed starts.
    let mut last_open: Option<usize> = None;
    let mut list = List { group: first, prev_nothing: None };
    // Where the sentence after the last end recorded in `ends` starts.
    let mut sentence = 0;
    'scan: loop {
        i = next_candidate(bytes, i);
        let Some(&b) = bytes.get(i) else { break };
        // A digit, the commonest stop, is tested for first. A numeral of
        // any other script is read by the same (one) inline reader; the
        // rare figures opening with no numeral, out of line.
        let core = 'read: {
            if !b.is_ascii_digit() {
                match other_stop(text, i, ends.as_deref_mut(), &mut sentence, &mut last_open) {
                    Stop::Numeral => {}
                    Stop::Read(read) => break 'read read,
                    Stop::Skip(next) => {
                        i = next;
                        continue 'scan;
                    }
                }
            }
            read_core(text, i)
        };
        match core {
            Ok(core) => {
                i = core.end;
                // The scan has passed (and recorded) every sentence end
                // before the figure: the last starts its sentence.
                if assemble(text, floor, core, last_open, shared, out, sentence) {
                    floor = i;
                    pushed_figure(text, out, first, &mut list);
                }
            }
            Err(next) => {
                // A figure ends on a char boundary; a step past a failed
                // one may not.
                i = next.max(i + 1);
                while i < bytes.len() && !text.is_char_boundary(i) {
                    i += 1;
                }
            }
        }
    }
    let len = out.len();
    name_listed(text, out, list.group, len);
}

/// What the scan does at a stop other than an ASCII digit (see
/// [`other_stop`]).
enum Stop {
    /// A numeral opens here: read it as a digit is read.
    Numeral,
    /// A figure opening with no numeral (`百余场`, `百分之八十`), read,
    /// or where the scan goes on.
    Read(Result<Core, usize>),
    /// Nothing is read here: the byte where the scan goes on.
    Skip(usize),
}

/// A stop of the scan at byte `i` other than an ASCII digit: a sentence
/// end (recorded in `ends`, and where the sentence after it starts in
/// `sentence`), an opening mark (kept in `last_open`), or a char that may
/// open a figure.
#[inline(always)]
fn other_stop(
    text: &str,
    i: usize,
    ends: Option<&mut Vec<(usize, usize)>>,
    sentence: &mut usize,
    last_open: &mut Option<usize>,
) -> Stop {
    let bytes = &text.as_bytes()[i..];
    match mark_at(bytes) {
        Mark::None => {}
        Mark::Open => {
            *last_open = Some(i);
            return Stop::Skip(i + 3);
        }
        end => {
            let end = i + if end == Mark::End3 { 3 } else { 1 };
            if let Some(ends) = ends {
                ends.push((i, end));
                *sentence = end;
            }
            return Stop::Skip(end);
        }
    }
    if bytes.first().is_some_and(|&b| b < 0x80) {
        return Stop::Skip(i + 1);
    }
    // A Chinese digit alone with nothing after it that could make a figure
    // (一是, 统一, 进一步): passed over without reading it.
    if lone_cn_digit(bytes) && !may_have_tail(&text[i + 3..]) {
        return Stop::Skip(i + 3);
    }
    let Some(c) = text[i..].chars().next() else {
        return Stop::Skip(i + 1);
    };
    let after = &text[i + c.len_utf8()..];
    if opens_numeral(c, after) {
        // 数十, 几十, 上十: a vague figure where the numeral makes none,
        // read out of line, so that the scan's reader has no test after it.
        if c == '十' && may_lead_vague_ten(bytes_before(text, i)) {
            return Stop::Read(read_ten(text, i));
        }
        return Stop::Numeral;
    }
    // Only a place char (百千万) opens a figure with no numeral.
    if matches!(c, '百' | '佰' | '千' | '仟' | '万' | '萬') {
        if let Some(read) = read_placed(text, i, c) {
            return Stop::Read(read);
        }
    }
    Stop::Skip(i + c.len_utf8())
}

/// The Chinese digits other than zero (all three-byte chars of the CJK
/// block), a bitmap over that block.
static LONE_DIGITS: [u64; 328] = {
    let mut map = [0u64; 328];
    let mut k = 0;
    while k < numeral::CN_DIGITS.len() {
        if numeral::CN_DIGITS[k].1 > 0 {
            map = mark(map, numeral::CN_DIGITS[k].0 as u32);
        }
        k += 1;
    }
    map
};

/// The chars after a Chinese digit that make it more than a digit alone:
/// a digit, a multiplier (十百千, 万亿, and their capital forms) or 点,
/// a bitmap over the CJK block (all but 〇, U+3007, are in it).
static DIGIT_GOES_ON: [u64; 328] = {
    let mut map = [0u64; 328];
    let mut k = 0;
    while k < numeral::CN_DIGITS.len() {
        map = mark(map, numeral::CN_DIGITS[k].0 as u32);
        k += 1;
    }
    let more = ['十', '拾', '百', '佰', '千', '仟', '万', '萬', '亿', '億', '点', '點'];
    let mut k = 0;
    while k < more.len() {
        map = mark(map, more[k] as u32);
        k += 1;
    }
    map
};

/// Whether `bytes` (a text's bytes from a char boundary) open with a
/// Chinese digit alone: `numeral::lone_cn_digit` (the tests' reference)
/// read from the bytes, by two bit tests and no decoding (each digit is
/// three bytes long).
#[inline(always)]
fn lone_cn_digit(bytes: &[u8]) -> bool {
    let [b0, b1, b2, ref after @ ..] = *bytes else { return false };
    if cjk_bit(&LONE_DIGITS, b0, b1, b2) != Some(true) {
        return false;
    }
    match *after {
        // 〇, the one digit past the CJK block.
        [0xE3, 0x80, 0x87, ..] => false,
        [c0, c1, c2, ..] => cjk_bit(&DIGIT_GOES_ON, c0, c1, c2) != Some(true),
        _ => true,
    }
}

/// The (at most) three bytes of `text` before byte `i`.
#[inline(always)]
fn bytes_before(text: &str, i: usize) -> &[u8] {
    let b = &text.as_bytes()[..i];
    &b[b.len().saturating_sub(3)..]
}

/// Whether `before`, the bytes before a 十, are those of 数 (E6 95 B0), 几
/// (E5 87 A0) or 上 (E4 B8 8A), the chars before 十 that may open a vague
/// figure ([`read_vague`](super::figure::read_vague)).
#[inline(always)]
fn may_lead_vague_ten(before: &[u8]) -> bool {
    matches!(*before, [0xE6, 0x95, 0xB0] | [0xE5, 0x87, 0xA0] | [0xE4, 0xB8, 0x8A])
}

/// Where a list of figures joined by `、` starts in the output, and
/// whether the label of the last figure names nothing, once asked.
#[derive(Default)]
struct List {
    group: usize,
    prev_nothing: Option<bool>,
}

/// Push `q` onto `out`, with what the figure before it tells of it:
/// - glued to it with no label of its own (`2次4期`), or a new level of
///   the same thing (`从5.3宗增加至今年的人均13.5宗`, `由40%降低至38%`,
///   which is a level, not a change): its label;
/// - in a list joined by `、` (`总花费分别增长5.6%、7.5%`), without a name
///   of its own: the first's label, and its change; names listed before
///   `分别` (`办结率、满意度分别为98%、99%`) go one to each figure when
///   there are as many;
/// - a label that names nothing (`达到`, `投资`): the noun of the figure
///   before it in the same sentence (`总收入增长20%，达到282亿元`).
#[inline(always)]
fn pushed_figure<S: Sink>(text: &str, out: &mut S, first: usize, list: &mut List) {
    let len = out.len();
    if len < first + 2 {
        return;
    }
    let Some((prev, q)) = out.last_two() else { return };
    let glued = prev.span.end == q.span.start && q.label.is_empty();
    let level = prev.unit == q.unit && change::opens_with_level(&q.label);
    if glued || level {
        q.label = prev.label.clone();
    }
    // The text between the two figures, sliced only where it is read
    // (most figures pass the tests before): its length tells most lists.
    let (from, to) = (prev.span.end, q.span.start);
    let between = || text.get(from..to).unwrap_or("");
    if from_to(prev, q, between) {
        q.label = prev.label.clone();
        if q.kind == QuantityKind::Change {
            q.kind = if q.unit == "%" { QuantityKind::Percent } else { QuantityKind::Count };
            q.direction = None;
        }
    }
    let joined = joins_list(to.wrapping_sub(from), between);
    let nothing = from_neighbour(prev, q, between, joined, list.prev_nothing);
    list.prev_nothing = nothing;
    if !joined {
        name_listed(text, out, list.group, len - 1);
        list.group = len - 1;
    }
}

/// Whether `between`, the text between two figures, joins them in a list:
/// `、`, `和`, `及` or `与`, with white space around at most (8 bytes in
/// all). A char alone, the common case, by its three bytes: no trim and
/// no string compare. `gap` is the distance between the figures (past
/// any length when the second starts before the first ends, where
/// `between` is empty), so that most texts are not sliced at all.
#[inline(always)]
fn joins_list<'t>(gap: usize, between: impl Fn() -> &'t str) -> bool {
    // 、 E3 80 81, 和 E5 92 8C, 及 E5 8F 8A, 与 E4 B8 8E.
    let joiner =
        |b: &[u8]| matches!(*b, [0xE3, 0x80, 0x81] | [0xE5, 0x92, 0x8C] | [0xE5, 0x8F, 0x8A] | [0xE4, 0xB8, 0x8E]);
    match gap {
        // Fewer bytes than a char (three) trim to less than one.
        3 => joiner(between().as_bytes()),
        4..=8 => joiner(between().trim().as_bytes()),
        _ => false,
    }
}

/// `由40%降低至38%`: whether `q` is a new level of what `prev` measured,
/// joined by a change word and 至, 到 or 为. No change is derived from
/// the two: a change is reported only where the text states its size.
#[inline(always)]
fn from_to<'t>(prev: &Quantity, q: &Quantity, between: impl Fn() -> &'t str) -> bool {
    prev.unit == q.unit
        && prev.upper.is_none()
        && q.upper.is_none()
        && prev.kind != QuantityKind::Change
        && change::from_to(between()).is_some()
}

/// The label (and change) `q` takes from `prev` when it names nothing of
/// its own (see [`pushed_figure`]); whether its label names nothing after,
/// when known.
#[inline(always)]
fn from_neighbour<'t>(
    prev: &Quantity,
    q: &mut Quantity,
    between: impl Fn() -> &'t str,
    joined: bool,
    prev_nothing: Option<bool>,
) -> Option<bool> {
    let mut prev_nothing = prev_nothing;
    let mut prev_names = || !*prev_nothing.get_or_insert_with(|| label::names_nothing(&prev.label));
    if joined {
        if !label::names_nothing(&q.label) {
            return Some(false);
        }
        // A change's words name it (`分别增长5.3%和7.1%`), as a noun does.
        if prev_names() || (prev.kind == QuantityKind::Change && q.unit == prev.unit) {
            q.label = prev.label.clone();
        }
        if prev.kind == QuantityKind::Change && q.direction.is_none() && q.unit == prev.unit {
            q.kind = QuantityKind::Change;
            q.direction = prev.direction;
        }
        return prev_nothing;
    }
    // A change verb names a change well enough (同比增长); a level after
    // 达到 or 投资 needs its noun.
    // The label test first: it mostly ends on one bit test, where the
    // sentence test reads every char between the two figures.
    if q.kind != QuantityKind::Change && label::names_nothing(&q.label) && same_sentence(between()) && prev_names() {
        q.label = if prev.kind == QuantityKind::Change {
            SmallString::new(change::without_change_word(&prev.label))
        } else {
            prev.label.clone()
        };
        return Some(false);
    }
    None
}

/// Whether `between`, the text between two figures, keeps them in one
/// sentence: short, with no sentence end or line break.
fn same_sentence(between: &str) -> bool {
    between.len() <= 72 && !between.contains(['。', '；', '！', '？', ';', '\n'])
}

/// The figures of a list (`办结率、满意度分别为98%、99%`) named one each
/// by the names listed before `分别`, when there are as many.
#[inline(always)]
fn name_listed<S: Sink>(text: &str, out: &mut S, group: usize, end: usize) {
    // Most figures stand alone: no list, and no call.
    if end >= group + 2 {
        name_list(text, out, group, end);
    }
}

/// [`name_listed`] for a list of two figures or more.
#[inline(never)]
fn name_list<S: Sink>(text: &str, out: &mut S, group: usize, len: usize) {
    let before = &text[..out.at(group).span.start];
    if let Some(names) = label::listed_names(before).filter(|n| n.len() == len - group) {
        for (k, name) in (group..len).zip(names) {
            out.at_mut(k).label = SmallString::new(name);
        }
    }
}

/// The chars where [`next_candidate`] stops: those that may open a figure
/// ([`numeral::may_open`]), the sentence ends `。！？；` and the opening
/// marks `“「『《` (for [`guard::quoted`]).
pub(super) static STOPS: [u64; 1024] =
    numeral::with_chars(numeral::OPENER_BITS, &['。', '！', '？', '；', '“', '「', '『', '《']);

/// What opens a text for the scan: a sentence end (`。！？；` of three
/// bytes, `;` of one), an opening mark `“「『《` (which [`guard::quoted`]
/// looks back for), or neither.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Mark {
    None,
    End1,
    End3,
    Open,
}

/// The sentence ends and opening marks of three bytes by the low six bits
/// of their last byte, which differ: each with its bytes as a
/// little-endian `u32` (the top byte 0), and what it is. The other
/// entries hold `u32::MAX`, which no three bytes make.
static MARKS: [(u32, Mark); 64] = {
    let marks = [
        ('。', Mark::End3),
        ('！', Mark::End3),
        ('？', Mark::End3),
        ('；', Mark::End3),
        ('“', Mark::Open),
        ('「', Mark::Open),
        ('『', Mark::Open),
        ('《', Mark::Open),
    ];
    let mut table = [(u32::MAX, Mark::None); 64];
    let mut k = 0;
    while k < marks.len() {
        let (c, mark) = marks[k];
        let mut buf = [0u8; 4];
        let b = c.encode_utf8(&mut buf).as_bytes();
        let slot = (b[2] & 0x3F) as usize;
        assert!(table[slot].0 == u32::MAX, "the marks' last bytes differ");
        table[slot] = (u32::from_le_bytes([b[0], b[1], b[2], 0]), mark);
        k += 1;
    }
    table
};

/// The [`Mark`] opening `bytes`: a three-byte mark by one lookup and one
/// compare, with no branch per byte.
#[inline(always)]
fn mark_at(bytes: &[u8]) -> Mark {
    if let [b0, b1, b2, ..] = *bytes {
        let (word, mark) = MARKS[usize::from(b2 & 0x3F)];
        if u32::from_le_bytes([b0, b1, b2, 0]) == word {
            return mark;
        }
    }
    if bytes.first() == Some(&b';') {
        Mark::End1
    } else {
        Mark::None
    }
}

/// [`STOPS`] by rows of 64 words, one row per lead byte E0…EF (words
/// 0…1023), and a run of ones (words 1024…1279) that [`STOP_ROW`] sends
/// every other byte to, whatever byte follows it; the words past it are
/// never read, they round the table up to a power of two so that a masked
/// index needs no check.
pub(super) static STOP_ROWS: [u64; 2048] = {
    let mut rows = [0u64; 2048];
    let mut k = 0;
    while k < 1024 {
        rows[k] = STOPS[k];
        k += 1;
    }
    while k < 1024 + 256 {
        rows[k] = u64::MAX;
        k += 1;
    }
    rows
};

/// Where the row of [`STOP_ROWS`] for a char's first byte starts, less
/// 0x80 (modulo 2^16), so that adding the second byte, a continuation
/// byte 80…BF, gives the word with no mask of that byte: that of its lead
/// byte for a three-byte char; for every other byte, the run of ones,
/// which any second byte (00…FF) stays within.
pub(super) static STOP_ROW: [u16; 256] = {
    let mut row = [1024u16; 256];
    let mut b = 0xE0;
    while b <= 0xEF {
        row[b] = (((b - 0xE0) * 64) as u16).wrapping_sub(0x80);
        b += 1;
    }
    row
};

/// Whether the three bytes `b0 b1 b2` may open a figure, end a sentence
/// or open a quote (a three-byte char in [`STOPS`]), or `b0` opens no
/// three-byte char. No test of the lead byte: [`STOP_ROW`] sends every
/// other byte to a row of ones.
#[inline(always)]
pub(super) fn may_stop(b0: u8, b1: u8, b2: u8) -> bool {
    // The code point's word is its top ten bits (from the first two
    // bytes), its bit the low six (from the third): no decoding. The sum
    // wraps past 2^16 for the first rows: the mask keeps it in the table.
    let word = STOP_ROWS[(usize::from(STOP_ROW[usize::from(b0)]) + usize::from(b1)) & 2047];
    (word >> (b2 & 0x3F)) & 1 != 0
}

/// For each second byte of a three-byte char, the low six bits of the
/// third bytes of the [`STOPS`] chars with that second byte, whatever their
/// lead byte: a test of a char's last two bytes that lets every stop
/// through, and few other chars (those sharing a stop's last two bytes,
/// about one char in a hundred of a report), which [`may_stop`] then rules out.
static STOP_PAIRS: [u64; 256] = {
    let mut pairs = [0u64; 256];
    let mut word = 0;
    while word < 1024 {
        let mut bit = 0;
        while bit < 64 {
            if STOPS[word] & (1 << bit) != 0 {
                let cp = (word * 64 + bit) as u32;
                // Three-byte chars only: their second byte is 80 + the
                // middle six bits.
                if cp >= 0x800 {
                    pairs[0x80 | ((cp >> 6) & 0x3F) as usize] |= 1 << bit;
                }
            }
            bit += 1;
        }
        word += 1;
    }
    pairs
};

/// Ones for every first byte that opens no three-byte char (E0…EF): with
/// [`STOP_PAIRS`], such a char is always let through.
static NOT_LEAD: [u64; 256] = {
    let mut lead = [u64::MAX; 256];
    let mut b = 0xE0;
    while b <= 0xEF {
        lead[b] = 0;
        b += 1;
    }
    lead
};

/// A quick test before [`may_stop`]: false only for a three-byte char
/// that is no stop (a char whose last two bytes no stop char has).
#[inline(always)]
fn may_stop_quick(b0: u8, b1: u8, b2: u8) -> bool {
    let word = STOP_PAIRS[usize::from(b1)] | NOT_LEAD[usize::from(b0)];
    (word >> (b2 & 0x3F)) & 1 != 0
}

/// The first byte from `i` on where a figure may start, a sentence ends
/// or an opening mark is: an ASCII digit or `;`, or a char that is not a
/// three-byte char ruled out by [`STOPS`].
#[inline(always)]
pub(super) fn next_candidate(bytes: &[u8], i: usize) -> usize {
    // Slice patterns: one length test for four chars, no index checks.
    let mut rest = bytes.get(i..).unwrap_or(&[]);
    loop {
        match *rest {
            // Chars of three bytes, the common case, four at a time by the
            // quick test; any char it lets through stops the test, and is
            // looked at below.
            [b0, b1, b2, c0, c1, c2, d0, d1, d2, e0, e1, e2, ref tail @ ..] => {
                if may_stop_quick(b0, b1, b2) {
                } else if may_stop_quick(c0, c1, c2) {
                    rest = &rest[3..];
                } else if may_stop_quick(d0, d1, d2) {
                    rest = &rest[6..];
                } else if may_stop_quick(e0, e1, e2) {
                    rest = &rest[9..];
                } else {
                    rest = tail;
                    continue;
                }
            }
            [b0, b1, b2, ref tail @ ..] if !may_stop_quick(b0, b1, b2) => {
                rest = tail;
                continue;
            }
            _ => {}
        }
        // A char the quick test let through: a three-byte char that is no
        // stop is passed over…
        if let [b0, b1, b2, ref tail @ ..] = *rest {
            if !may_stop(b0, b1, b2) {
                rest = tail;
                continue;
            }
        }
        // …and a stop, or a char not of three bytes, looked at.
        match *rest {
            [0xE0..=0xEF, ..] => break,
            [b, ref tail @ ..] if b < 0x80 && !b.is_ascii_digit() && b != b';' => rest = tail,
            _ => break,
        }
    }
    bytes.len() - rest.len()
}

/// Add qualifiers before, the change, the label; drop quoted names.
/// `last_open` is where the last opening mark before the figure starts:
/// [`guard::quoted`] looks back 12 chars (48 bytes at most) for one, so
/// without one there it need not look.
#[inline(always)]
pub(super) fn assemble<S: Sink>(
    text: &str,
    floor: usize,
    core: Core,
    last_open: Option<usize>,
    shared: Option<Shared<'_>>,
    out: &mut S,
    sentence: usize,
) -> bool {
    let floor = floor.min(core.start);
    // The text before the number, sliced once for all that look back.
    let before = &text[floor..core.start];
    let mut qualifiers = core.qualifiers;
    let mut qstart = core.start;
    // The clause runs up to the pre-qualifier, if any.
    let mut region = before;
    if let Some((at, q)) = qualifier::pre(before) {
        qstart = floor + at;
        region = &before[..at];
        qualifiers.push_front(q);
    }
    if last_open.is_some_and(|at| at + 48 >= qstart) && guard::quoted(text, qstart, core.end) {
        return false;
    }
    // Only a length of time can be a time frame: the text after is sliced
    // for those alone.
    let time_frame = || guard::time_frame(before, core.unit, &text[core.end..]);
    if (core.unit.class == Class::Duration && time_frame()) || guard::ranking(before, core.unit) {
        return false;
    }
    let clause = label::clause_closing(text, floor, region);
    let direction = change::direction(clause.text).or_else(|| {
        if core.unit.class == Class::Percent && core.unit.base == Unit::PERCENT {
            change::share_direction(clause.text)
        } else {
            None
        }
    });
    // A negative figure: after a change word the change went the other way
    // (增长-1.2% is down), after 同比 or 环比 it is a fall; a change
    // keeps its magnitude as its value.
    let negative = core.value.mantissa() < 0;
    let direction = match direction {
        Some(d) if negative => Some(if d == Direction::Up { Direction::Down } else { Direction::Up }),
        None if negative && change::compares(clause.text) => Some(Direction::Down),
        d => d,
    };
    let (value, upper) = match direction {
        Some(_) if negative => (core.value.abs(), core.upper.map(Decimal::abs)),
        _ => (core.value, core.upper),
    };
    let kind = if direction.is_some() { QuantityKind::Change } else { core.unit.kind() };
    let class = if direction.is_some() { Class::Verbal } else { core.unit.class };
    let label = match label::label(text, clause, core.end, class) {
        Label::Slice(chosen) => small_string(shared, text, chosen),
        Label::Owned(label) => label,
    };
    out.push(
        Quantity {
            span: Span::new(qstart, core.end),
            text: small_string(shared, text, &text[qstart..core.end]),
            value,
            upper,
            unit: core.unit.base,
            kind,
            qualifiers,
            direction,
            label,
        },
        sentence,
    );
    true
}

#[cfg(test)]
mod tests {
    use super::super::figure::read_at;
    use super::*;
    use proptest::prelude::*;

    /// The length of the sentence end (`。！？；` or `;`) opening `bytes`, or 0.
    fn sentence_end_len(bytes: &[u8]) -> usize {
        // 。 is E3 80 82; ！ ？ ； are EF BC 81, 9F, 9B.
        match bytes {
            [b';', ..] => 1,
            [0xE3, 0x80, 0x82, ..] | [0xEF, 0xBC, 0x81 | 0x9F | 0x9B, ..] => 3,
            _ => 0,
        }
    }

    /// Whether `bytes` opens with `“`, `「`, `『` or `《` (E2 80 9C, E3 80 8C,
    /// E3 80 8E, E3 80 8A), the marks [`guard::quoted`] looks back for.
    fn is_opening_mark(bytes: &[u8]) -> bool {
        matches!(bytes, [0xE2, 0x80, 0x9C, ..] | [0xE3, 0x80, 0x8C | 0x8E | 0x8A, ..])
    }

    /// `next_candidate` as first written, by slice patterns.
    fn next_candidate_reference(bytes: &[u8], i: usize) -> usize {
        let mut rest = bytes.get(i..).unwrap_or(&[]);
        loop {
            match *rest {
                [b0 @ 0xE0..=0xEF, b1, b2, ref tail @ ..] => {
                    let word = STOPS[(usize::from(b0 & 0x0F) << 6) | usize::from(b1 & 0x3F)];
                    if (word >> (b2 & 0x3F)) & 1 != 0 {
                        break;
                    }
                    rest = tail;
                }
                [b, ref tail @ ..] if b < 0x80 && !b.is_ascii_digit() && b != b';' => rest = tail,
                _ => break,
            }
        }
        bytes.len() - rest.len()
    }

    /// Where `find_into` goes on after the char at `i`, and whether it
    /// found a figure there, by its general branches.
    fn general_step(text: &str, i: usize) -> (usize, bool) {
        let c = text[i..].chars().next().unwrap_or(' ');
        let Some(core) = read_at(text, i) else {
            return (i + c.len_utf8(), false);
        };
        match core {
            Ok(core) => (core.end, true),
            Err(next) => (next.max(i + 1), false),
        }
    }

    /// Where the scan goes on after a stop at `i` (no ASCII digit), and
    /// the figure read there, by [`other_stop`] and the inline reader.
    fn scan_step(text: &str, i: usize) -> (usize, Option<(usize, usize)>) {
        let (mut sentence, mut last_open) = (0, None);
        let read = match other_stop(text, i, None, &mut sentence, &mut last_open) {
            Stop::Skip(next) => return (next, None),
            Stop::Read(read) => read,
            Stop::Numeral => read_core(text, i),
        };
        match read {
            Ok(core) => (core.end, Some((core.start, core.end))),
            Err(next) => (next.max(i + 1), None),
        }
    }

    proptest! {
        #[test]
        fn a_stop_reads_as_read_at_does(
            head in "[办件全数几上成]{0,2}",
            text in "[一二两十百千万佰仟萬亿伍玖拾〇零点是统步件人次余多分之至上%，-]{1,5}",
        ) {
            let text = format!("{head}{text}");
            let i = head.len();
            let want = match read_at(&text, i) {
                None => (i + text[i..].chars().next().map_or(1, char::len_utf8), None),
                Some(Ok(core)) => (core.end, Some((core.start, core.end))),
                Some(Err(next)) => (next.max(i + 1), None),
            };
            // The lone digit shortcut is compared with the general reading
            // on its own (below).
            if numeral::lone_cn_digit(&text[i..]).is_none_or(|len| may_have_tail(&text[i + len..])) {
                prop_assert_eq!(scan_step(&text, i), want, "{}", text);
            }
        }
    }

    #[test]
    fn the_lone_digit_bytes_test_reads_as_lone_cn_digit() {
        let chars: Vec<String> = (0u32..=0xFFFF).filter_map(char::from_u32).map(String::from).collect();
        let mut tails: Vec<String> = chars.clone();
        tails.extend(["", "\u{1f600}", "一", "是"].map(String::from));
        // The digit test by the first char, with tails that go on or not…
        for c in &chars {
            for tail in ["", "是", "十", "〇", "\u{1f600}", "5"] {
                let s = format!("{c}{tail}");
                let want = numeral::lone_cn_digit(&s).is_some();
                assert_eq!(lone_cn_digit(s.as_bytes()), want, "{s:?}");
                if want {
                    assert_eq!(numeral::lone_cn_digit(&s), Some(3), "{s:?}");
                }
            }
        }
        // …and the tail test by every char after a digit.
        for d in ["一", "两", "玖", "零", "〇"] {
            for tail in &tails {
                let s = format!("{d}{tail}");
                assert_eq!(lone_cn_digit(s.as_bytes()), numeral::lone_cn_digit(&s).is_some(), "{s:?}");
            }
        }
    }

    #[test]
    fn mark_at_reads_the_marks_as_the_byte_patterns_do() {
        let mut heads: Vec<String> = (0u32..=0xFFFF).filter_map(char::from_u32).map(String::from).collect();
        heads.extend(["", "\u{1f600}", "。。", ";。"].map(String::from));
        for h in heads {
            for tail in ["", "5", "。"] {
                let s = format!("{h}{tail}");
                let b = s.as_bytes();
                let want = match (sentence_end_len(b), is_opening_mark(b)) {
                    (1, _) => Mark::End1,
                    (3, _) => Mark::End3,
                    (_, true) => Mark::Open,
                    _ => Mark::None,
                };
                assert_eq!(mark_at(b), want, "{s:?}");
            }
        }
    }

    #[test]
    fn find_onto_appends_and_leaves_what_was_found_before_alone() {
        // Texts whose figures take labels, changes and names from the
        // figure before them: appended after another text's figures,
        // they must read as alone.
        let texts = [
            "办结率、满意度分别为98%、99%。",
            "总花费分别增长5.6%、7.5%",
            "发案率由40%降低至38%。",
            "2次4期",
            "达到282亿元",
            "、12件",
        ];
        for before in texts {
            for text in texts {
                let mut out = super::super::find(before);
                let prior = out.clone();
                find_onto(text, &mut out, None, None);
                let mut want = prior;
                want.extend(super::super::find(text));
                assert_eq!(out, want, "{before} then {text}");
            }
        }
    }

    #[test]
    fn the_quick_test_lets_every_stop_through() {
        // Every three-byte char (as text holds them)…
        for c in (0x800u32..=0xFFFF).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            let [b0, b1, b2] = *c.encode_utf8(&mut buf).as_bytes() else { unreachable!() };
            if may_stop(b0, b1, b2) {
                assert!(may_stop_quick(b0, b1, b2), "{c:?}");
            }
        }
        // …and every byte that opens none, whatever follows it.
        for b0 in (0..=255u8).filter(|b| !(0xE0..=0xEF).contains(b)) {
            for b1 in 0..=255u8 {
                for b2 in 0..=255u8 {
                    assert!(may_stop_quick(b0, b1, b2), "{b0:x} {b1:x} {b2:x}");
                }
            }
        }
    }

    #[test]
    fn may_stop_reads_the_stops_of_every_three_byte_char_and_stops_at_any_other_byte() {
        for b0 in 0..=255u8 {
            for b1 in 0..=255u8 {
                for b2 in 0x80..=0xBFu8 {
                    let want = match (b0, b1) {
                        (0xE0..=0xEF, 0x80..=0xBF) => {
                            (STOPS[(usize::from(b0 & 0x0F) << 6) | usize::from(b1 & 0x3F)] >> (b2 & 0x3F)) & 1 != 0
                        }
                        // A lead byte is always followed by a continuation byte.
                        (0xE0..=0xEF, _) => continue,
                        _ => true,
                    };
                    assert_eq!(may_stop(b0, b1, b2), want, "{b0:x} {b1:x} {b2:x}");
                }
            }
        }
    }

    proptest! {
        #[test]
        fn a_lone_digit_without_a_tail_is_passed_over_as_the_general_reading_would(
            head in "[办件全]{0,2}",
            text in "[一二两三伍玖〇零十百千万点是统步件人次余多至%，-]{1,4}",
        ) {
            let text = format!("{head}{text}");
            let i = head.len();
            if let Some(len) = numeral::lone_cn_digit(&text[i..]) {
                if !may_have_tail(&text[i + len..]) {
                    prop_assert_eq!(general_step(&text, i), (i + len, false));
                }
            }
        }

        #[test]
        fn next_candidate_agrees_with_the_slice_pattern_walk(
            text in "[a ;:5，。！？；“「『《一二十百千万两零〇壹伍办件元人次%\u{00e9}\u{3000}\u{1f600}]{0,24}",
            from in 0usize..80,
        ) {
            let bytes = text.as_bytes();
            prop_assert_eq!(next_candidate(bytes, from), next_candidate_reference(bytes, from));
        }
    }
}
