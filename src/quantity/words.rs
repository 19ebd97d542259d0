//! Word lists for the scanners: bitmaps of first and last chars over the
//! CJK block, and lookups of the words opening or closing a text.

pub(crate) use crate::text::charset::{first_cp, last_cp};

/// Set `cp` in a bitmap over the CJK block (other chars are left out).
pub(crate) const fn mark(mut map: [u64; 328], cp: u32) -> [u64; 328] {
    if cp >= 0x4E00 && cp <= 0x9FFF {
        let off = cp - 0x4E00;
        map[(off / 64) as usize] |= 1 << (off % 64);
    }
    map
}

/// A bitmap over the CJK block of the chars that close `words`.
pub(crate) const fn last_chars(words: &[&str]) -> [u64; 328] {
    let mut map = [0u64; 328];
    let mut i = 0;
    while i < words.len() {
        map = mark(map, last_cp(words[i]));
        i += 1;
    }
    map
}

/// Whether the CJK code point `cp` is in `map`; true for any other char.
/// The decoding form of the tests on [`cjk_word`], kept as their reference.
#[cfg(test)]
pub(crate) fn in_map(cp: u32, map: &[u64; 328]) -> bool {
    if (0x4E00..=0x9FFF).contains(&cp) {
        let off = cp - 0x4E00;
        map[(off / 64) as usize] & (1 << (off % 64)) != 0
    } else {
        true
    }
}

/// Whether `s` may close with a word whose last chars are in `map`: false
/// only for a CJK char that closes none of them.
#[inline]
pub(crate) fn may_close_word(s: &str, map: &[u64; 328]) -> bool {
    match *s.as_bytes() {
        // No test of the lead byte: any other byte's word is past the map.
        [.., b0, b1, b2] => cjk_bit(map, b0, b1, b2).unwrap_or(true),
        _ => true,
    }
}

/// The index of the word of a CJK-block bitmap (`[u64; 328]`, one bit per
/// code point from U+4E00) for the three-byte chars opening with `b0 b1`
/// (a lead byte E0…EF and a continuation byte 80…BF, as in any `str`):
/// their code points' top ten bits less those of U+4E00. Past the map
/// (wrapping below it) for chars outside the block, and for any `b0` that
/// is no such lead byte, whatever `b1` is: a lookup needs no test of the
/// lead byte.
#[inline(always)]
pub(crate) fn cjk_word(b0: u8, b1: u8) -> usize {
    // b0 is E0 + the top four bits and b1 80 + the next six: their sum
    // with b0 shifted is the ten bits plus a constant, taken off with
    // U+4E00's, and no bit masked.
    ((usize::from(b0) << 6) + usize::from(b1)).wrapping_sub((0xE0 << 6) + 0x80 + (0x4E00 >> 6))
}

/// The bit of `map` (a bitmap over the CJK block, see [`mark`]) for the
/// three-byte char `b0 b1 b2`, read without decoding it; `None` for a char
/// outside the block, which each caller settles its own way.
#[inline(always)]
pub(crate) fn cjk_bit(map: &[u64; 328], b0: u8, b1: u8, b2: u8) -> Option<bool> {
    map.get(cjk_word(b0, b1)).map(|w| (w >> (b2 & 0x3F)) & 1 != 0)
}

/// A filter on the first two bytes of a text, for a test that looks for
/// a few byte strings at its start: for each first byte, the bits of the
/// low six bits of the second bytes that may follow it in those strings
/// (all of them for `None`, any second byte). One lookup and one branch
/// rule out most texts, which a chain of byte compares would test a byte
/// at a time.
pub(crate) const fn pair_filter(pairs: &[(u8, Option<u8>)]) -> [u64; 256] {
    let mut table = [0u64; 256];
    let mut i = 0;
    while i < pairs.len() {
        let (b0, b1) = pairs[i];
        table[b0 as usize] |= match b1 {
            Some(b1) => 1 << (b1 & 0x3F),
            None => u64::MAX,
        };
        i += 1;
    }
    table
}

/// Whether a text opening with `b0 b1` may open with one of the strings
/// of `table` (see [`pair_filter`]): false only when it opens with none.
#[inline(always)]
pub(crate) fn pair_may(table: &[u64; 256], b0: u8, b1: u8) -> bool {
    (table[usize::from(b0)] >> (b1 & 0x3F)) & 1 != 0
}

/// A word list indexed for lookups in the scanning loop: bitmaps of its
/// first and last chars (one bit test ends most lookups), and the words
/// sorted by first and by last char, the list's order kept among words
/// sharing that char, so that a lookup compares only those. The words
/// sharing a char are found by its rank among the chars of the bitmap
/// (a popcount), not by a search.
pub(crate) struct Words<const N: usize> {
    by_first: Index<N>,
    by_last: Index<N>,
}

/// One side of [`Words`]: the words keyed by their first (or last) char.
pub(super) struct Index<const N: usize> {
    /// The key chars, a bitmap over the CJK block.
    map: [u64; 328],
    /// Set bits of `map` before each of its u64s.
    rank: [u16; 328],
    /// Where the words of the k-th key (in code point order) start in
    /// `sorted`; they end where those of the next key start, or at `N`.
    /// `N` from the number of keys on, so that the words of the last key
    /// end where those of a next would start: no test of the key's place.
    starts: [u16; 256],
    /// The words, stably sorted by key.
    sorted: [&'static str; N],
    /// The place in the list of each word of `sorted`.
    places: [u16; N],
}

impl<const N: usize> Index<N> {
    /// Index `list` by the last (or first) char of each word; every key
    /// must be a CJK ideograph (U+4E00…U+9FFF).
    const fn new(list: &[&'static str], last: bool) -> Index<N> {
        let keyed: [(u32, &'static str, u16); N] = sorted_by(list, last);
        let mut map = [0u64; 328];
        assert!(N < 256, "a word list of 255 words at most");
        let mut starts = [N as u16; 256];
        let mut sorted = [""; N];
        let mut places = [0u16; N];
        let mut keys = 0;
        let mut i = 0;
        while i < N {
            let cp = keyed[i].0;
            assert!(cp >= 0x4E00 && cp <= 0x9FFF, "a word list key must be a CJK ideograph");
            if i == 0 || keyed[i - 1].0 != cp {
                starts[keys] = i as u16;
                keys += 1;
            }
            map = mark(map, cp);
            sorted[i] = keyed[i].1;
            places[i] = keyed[i].2;
            i += 1;
        }
        let mut rank = [0u16; 328];
        let mut k = 1;
        while k < 328 {
            rank[k] = rank[k - 1] + map[k - 1].count_ones() as u16;
            k += 1;
        }
        Index { map, rank, starts, sorted, places }
    }

    /// The words keyed by the three-byte char `b0 b1 b2`, in the list's
    /// order; `None` for a char that keys none, so that a caller's search
    /// ends at the bit test, with no empty slice to build and walk.
    #[inline]
    fn words(&self, b0: u8, b1: u8, b2: u8) -> Option<&[&'static str]> {
        self.sorted.get(self.range(b0, b1, b2)?)
    }

    /// Where the words keyed by the three-byte char `b0 b1 b2` lie in
    /// `sorted` (and `places`): `None` for a char that keys none.
    #[inline]
    fn range(&self, b0: u8, b1: u8, b2: u8) -> Option<std::ops::Range<usize>> {
        // The map's word is the code point's top ten bits (from b0 and b1)
        // less those of U+4E00, its bit the low six (from b2): no decoding,
        // and one bounds test rules out the chars outside the block.
        let (w, bit) = (cjk_word(b0, b1), b2 & 0x3F);
        let (Some(&word), Some(&rank)) = (self.map.get(w), self.rank.get(w)) else {
            return None;
        };
        if word & (1 << bit) == 0 {
            return None;
        }
        let k = usize::from(rank) + (word & ((1 << bit) - 1)).count_ones() as usize;
        // Fewer than 256 keys: k and k + 1 are below 256 (the mask only
        // tells the compiler so).
        let from = usize::from(self.starts[k & 0xFF]);
        let to = usize::from(self.starts[(k + 1) & 0xFF]);
        Some(from..to)
    }
}

impl<const N: usize> Words<N> {
    /// Index `list`, which must hold `N` words, each opening and closing
    /// with a CJK ideograph.
    pub(crate) const fn new(list: &[&'static str]) -> Words<N> {
        assert!(list.len() == N);
        Words { by_first: Index::new(list, false), by_last: Index::new(list, true) }
    }

    /// The words sharing the first char of `s`, in the list's order;
    /// `None` when there are none.
    #[inline]
    fn same_first(&self, s: &str) -> Option<&[&'static str]> {
        match *s.as_bytes() {
            // No test of the lead byte: any other byte's word is past the map.
            [b0, b1, b2, ..] => self.by_first.words(b0, b1, b2),
            _ => None,
        }
    }

    /// The words sharing the last char of `s`, in the list's order;
    /// `None` when there are none.
    #[inline]
    fn same_last(&self, s: &str) -> Option<&[&'static str]> {
        match *s.as_bytes() {
            [.., b0, b1, b2] => self.by_last.words(b0, b1, b2),
            _ => None,
        }
    }

    /// Whether some word of the list closes with the three-byte char
    /// `b0 b1 b2` (true for chars outside the CJK block, which no word
    /// closes with, so that the caller goes on to look).
    #[inline(always)]
    pub(crate) fn may_close_with(&self, b0: u8, b1: u8, b2: u8) -> bool {
        cjk_bit(&self.by_last.map, b0, b1, b2).unwrap_or(true)
    }

    /// Whether some word of the list closes with the three-byte char
    /// `b0 b1 b2`: false for chars outside the CJK block, and for any
    /// three bytes that open no three-byte char, which no word closes
    /// with, so that no test of the lead byte is needed.
    #[inline(always)]
    pub(crate) fn some_closes_with(&self, b0: u8, b1: u8, b2: u8) -> bool {
        cjk_bit(&self.by_last.map, b0, b1, b2).unwrap_or(false)
    }

    /// Whether some word of the list opens with the three-byte char
    /// `b0 b1 b2` (true for chars outside the CJK block, as in
    /// [`Words::may_close_with`]).
    #[inline(always)]
    pub(crate) fn may_open_with(&self, b0: u8, b1: u8, b2: u8) -> bool {
        cjk_bit(&self.by_first.map, b0, b1, b2).unwrap_or(true)
    }

    /// The first word of the list that `s` starts with.
    #[inline]
    pub(crate) fn prefix(&self, s: &str) -> Option<&'static str> {
        // The first char (three bytes) matches already.
        let b = s.as_bytes();
        self.same_first(s)?.iter().copied().find(|w| tail_equal(b.get(3..w.len()), w.as_bytes().get(3..)))
    }

    /// The first word of the list that `s` ends with.
    #[inline]
    pub(crate) fn suffix(&self, s: &str) -> Option<&'static str> {
        // The last char (three bytes) matches already.
        let b = s.as_bytes();
        self.same_last(s)?.iter().copied().find(|w| {
            let head = b.len().checked_sub(w.len()).and_then(|from| b.get(from..b.len() - 3));
            tail_equal(head, w.as_bytes().get(..w.len() - 3))
        })
    }

    /// The words that `s` may start with (all that open with its first
    /// char), in the list's order.
    #[inline]
    pub(crate) fn opening(&self, s: &str) -> impl Iterator<Item = &'static str> + '_ {
        self.same_first(s).unwrap_or(&[]).iter().copied()
    }

    /// The words that `s` may end with (all that close with its last
    /// char), in the list's order: the tests' reference for
    /// [`Words::closing_placed`].
    #[cfg(test)]
    pub(crate) fn closing(&self, s: &str) -> impl Iterator<Item = &'static str> + '_ {
        self.same_last(s).unwrap_or(&[]).iter().copied()
    }

    /// The words that `s` may end with (all that close with its last
    /// char), in the list's order, each with its place in the list, so that
    /// what goes with a word in a parallel list is read without a search.
    #[inline]
    pub(crate) fn closing_placed(&self, s: &str) -> impl Iterator<Item = (usize, &'static str)> + '_ {
        let range = match *s.as_bytes() {
            [.., b0, b1, b2] => self.by_last.range(b0, b1, b2).unwrap_or(0..0),
            _ => 0..0,
        };
        let places = self.by_last.places.get(range.clone()).unwrap_or(&[]);
        let words = self.by_last.sorted.get(range).unwrap_or(&[]);
        places.iter().map(|&p| usize::from(p)).zip(words.iter().copied())
    }
}

/// `s` without the short word `w` at its end, if it ends with it: compared
/// in place, as [`tail_equal`] does.
#[inline]
pub(crate) fn strip_word_suffix<'a>(s: &'a str, w: &str) -> Option<&'a str> {
    let at = s.len().checked_sub(w.len())?;
    if tail_equal(s.as_bytes().get(at..), Some(w.as_bytes())) {
        s.get(..at)
    } else {
        None
    }
}

/// `s` without the short word `w` at its start, if it starts with it.
#[inline]
pub(crate) fn strip_word_prefix<'a>(s: &'a str, w: &str) -> Option<&'a str> {
    if tail_equal(s.as_bytes().get(..w.len()), Some(w.as_bytes())) {
        s.get(w.len()..)
    } else {
        None
    }
}

/// Whether two short byte strings are there and equal, compared in place:
/// the words are a few chars, shorter than a `memcmp` call costs.
#[inline]
pub(crate) fn tail_equal(a: Option<&[u8]>, b: Option<&[u8]>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y),
        _ => false,
    }
}

/// Chars that make a word with a short word after them: a mask of their
/// last bytes' low six bits (one test rules most chars out), then the
/// chars, three bytes each.
#[derive(Clone, Copy)]
pub(crate) struct Glue {
    mask: u64,
    chars: &'static str,
}

impl Glue {
    /// No chars.
    const NONE: Glue = Glue { mask: 0, chars: "" };

    /// The three-byte chars of `chars`.
    const fn new(chars: &'static str) -> Glue {
        let b = chars.as_bytes();
        assert!(b.len().is_multiple_of(3));
        let mut mask = 0u64;
        let mut i = 0;
        while i < b.len() {
            assert!(b[i] >= 0xE0 && b[i] <= 0xEF, "a glue char must take three bytes");
            mask |= 1 << (b[i + 2] & 0x3F);
            i += 3;
        }
        Glue { mask, chars }
    }

    /// Whether `s` closes with one of the chars, by its last three bytes
    /// (a char's lead byte makes them that char, no decoding).
    pub(crate) fn closes(&self, s: &str) -> bool {
        let [.., b0, b1, b2] = *s.as_bytes() else {
            return false;
        };
        if self.mask & (1 << (b2 & 0x3F)) == 0 {
            return false;
        }
        let c = self.chars.as_bytes();
        let mut i = 0;
        while i + 2 < c.len() {
            if c[i] == b0 && c[i + 1] == b1 && c[i + 2] == b2 {
                return true;
            }
            i += 3;
        }
        false
    }
}

/// For each word of `list`, the chars of the first rule of `rules` that
/// names it (none for no rule): a table read by a word's place in the
/// list, so that no word is compared again to find its rule.
pub(crate) const fn glue_table<const N: usize>(list: &[&'static str], rules: &[(&[&str], &'static str)]) -> [Glue; N] {
    assert!(list.len() == N);
    let mut out = [Glue::NONE; N];
    let mut i = 0;
    while i < N {
        let mut r = 0;
        'rules: while r < rules.len() {
            let mut k = 0;
            while k < rules[r].0.len() {
                if crate::text::charset::same_text(list[i], rules[r].0[k]) {
                    out[i] = Glue::new(rules[r].1);
                    break 'rules;
                }
                k += 1;
            }
            r += 1;
        }
        i += 1;
    }
    out
}

/// `list` keyed by the first (or last) code point of each word and sorted
/// by it with a stable insertion sort, in a const fn; each word with its
/// place in `list`.
const fn sorted_by<const N: usize>(list: &[&'static str], last: bool) -> [(u32, &'static str, u16); N] {
    assert!(N <= u16::MAX as usize);
    let mut out = [(0u32, "", 0u16); N];
    let mut i = 0;
    while i < N {
        let key = if last { last_cp(list[i]) } else { first_cp(list[i]) };
        let mut j = i;
        while j > 0 && out[j - 1].0 > key {
            out[j] = out[j - 1];
            j -= 1;
        }
        out[j] = (key, list[i], i as u16);
        i += 1;
    }
    out
}

/// The first of `words` that `s` starts with. Compares first chars before
/// whole words, so long lists stay cheap in the scanning loop.
pub(crate) fn prefix_in<'w>(s: &str, words: &[&'w str]) -> Option<&'w str> {
    let sb = s.as_bytes();
    let (&first, third) = (sb.first()?, sb.get(2));
    words.iter().copied().find(|w| {
        let wb = w.as_bytes();
        wb.first() == Some(&first) && wb.get(2) == third && sb.starts_with(wb)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `Index::words` as first written: the code point decoded.
    fn words_reference<const N: usize>(index: &Index<N>, b0: u8, b1: u8, b2: u8) -> &[&'static str] {
        let cp = (u32::from(b0 & 0x0F) << 12) | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F);
        let Some(off) = cp.checked_sub(0x4E00).filter(|&off| off <= 0x9FFF - 0x4E00) else {
            return &[];
        };
        let (w, bit) = ((off / 64) as usize, off % 64);
        let (Some(&word), Some(&rank)) = (index.map.get(w), index.rank.get(w)) else {
            return &[];
        };
        if word & (1 << bit) == 0 {
            return &[];
        }
        let k = usize::from(rank) + (word & ((1 << bit) - 1)).count_ones() as usize;
        let keys = index.map.iter().map(|w| w.count_ones() as usize).sum::<usize>();
        let from = index.starts.get(k).map_or(N, |&f| usize::from(f));
        let to = if k + 1 < keys { index.starts.get(k + 1).map_or(N, |&t| usize::from(t)) } else { N };
        index.sorted.get(from..to).unwrap_or(&[])
    }

    /// Every three-byte char (U+0800…U+FFFF, surrogates left out).
    fn three_byte_chars() -> impl Iterator<Item = char> {
        (0x800u32..=0xFFFF).filter_map(char::from_u32)
    }

    #[test]
    fn cjk_word_is_the_masked_form_for_every_lead_and_continuation_byte() {
        for b0 in 0xE0..=0xEFu8 {
            for b1 in 0x80..=0xBFu8 {
                let masked = ((usize::from(b0 & 0x0F) << 6) | usize::from(b1 & 0x3F)).wrapping_sub(0x4E00 >> 6);
                assert_eq!(cjk_word(b0, b1), masked, "{b0:x} {b1:x}");
            }
        }
    }

    #[test]
    fn cjk_word_is_past_the_map_for_any_other_first_byte() {
        for b0 in (0..=255u8).filter(|b| !(0xE0..=0xEF).contains(b)) {
            for b1 in 0..=255u8 {
                assert!(cjk_word(b0, b1) >= 328, "{b0:x} {b1:x}");
            }
        }
    }

    #[test]
    fn cjk_word_lookups_agree_with_decoding_for_every_three_byte_char() {
        const LIST: &[&str] = &["全年", "一年来", "年内", "累计", "其中", "鿿", "一"];
        static W: Words<{ LIST.len() }> = Words::new(LIST);
        let map = last_chars(LIST);
        for c in three_byte_chars() {
            let mut buf = [0u8; 4];
            let [b0, b1, b2] = *c.encode_utf8(&mut buf).as_bytes() else { unreachable!() };
            assert_eq!(W.by_first.words(b0, b1, b2).unwrap_or(&[]), words_reference(&W.by_first, b0, b1, b2), "{c:?}");
            assert_eq!(W.by_last.words(b0, b1, b2).unwrap_or(&[]), words_reference(&W.by_last, b0, b1, b2), "{c:?}");
            let s = format!("甲{c}");
            for (place, word) in W.closing_placed(&s) {
                assert_eq!(LIST[place], word, "{c:?}");
            }
            assert_eq!(W.closing_placed(&s).map(|p| p.1).collect::<Vec<_>>(), W.closing(&s).collect::<Vec<_>>());
            assert_eq!(may_close_word(&s, &map), in_map(c as u32, &map), "{c:?}");
            assert_eq!(W.may_close_with(b0, b1, b2), in_map(c as u32, &W.by_last.map), "{c:?}");
            assert_eq!(W.may_open_with(b0, b1, b2), in_map(c as u32, &W.by_first.map), "{c:?}");
        }
    }
}
