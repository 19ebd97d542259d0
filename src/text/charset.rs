//! One char-set type for the static tables of the scanners: a bitmap with
//! one bit per code point over a range (the Basic Multilingual Plane, or the
//! CJK block), built by `const fn`s, tested with one load and a shift.
//! Also the first/last code points of words, for const word tables.

/// A set of chars: bit `cp - base` of `bits` for each code point `cp` in
/// it. `W` is the number of 64-bit words, so the set covers
/// `base..base + 64 * W`; chars outside it are never in the set.
#[derive(Clone, Copy, Debug)]
pub(crate) struct CharSet<const W: usize> {
    base: u32,
    bits: [u64; W],
}

/// A set over the Basic Multilingual Plane (8 KiB).
pub(crate) type BmpSet = CharSet<1024>;

/// A set over the CJK block U+4E00..U+9FFF (2.6 KiB).
pub(crate) type CjkSet = CharSet<328>;

impl BmpSet {
    /// The empty set over the Basic Multilingual Plane.
    pub(crate) const fn bmp() -> BmpSet {
        CharSet { base: 0, bits: [0; 1024] }
    }
}

impl CjkSet {
    /// The empty set over the CJK block.
    pub(crate) const fn cjk() -> CjkSet {
        CharSet { base: 0x4E00, bits: [0; 328] }
    }
}

impl<const W: usize> CharSet<W> {
    /// The set with `cp` added; a code point outside the range is left out.
    pub(crate) const fn with_cp(mut self, cp: u32) -> Self {
        if cp >= self.base && cp - self.base < 64 * W as u32 {
            let off = cp - self.base;
            self.bits[(off / 64) as usize] |= 1 << (off % 64);
        }
        self
    }

    /// The set with `chars` added.
    pub(crate) const fn with_chars(mut self, chars: &[char]) -> Self {
        let mut i = 0;
        while i < chars.len() {
            self = self.with_cp(chars[i] as u32);
            i += 1;
        }
        self
    }

    /// The set with the first (or, with `last`, the last) char of each of
    /// `words` added.
    pub(crate) const fn with_edges(mut self, words: &[&str], last: bool) -> Self {
        let mut i = 0;
        while i < words.len() {
            self = self.with_cp(if last { last_cp(words[i]) } else { first_cp(words[i]) });
            i += 1;
        }
        self
    }

    /// Is the code point `cp` in the set? (In a const fn.)
    pub(crate) const fn has_cp(&self, cp: u32) -> bool {
        cp >= self.base && cp - self.base < 64 * W as u32 && {
            let off = cp - self.base;
            self.bits[(off / 64) as usize] & (1 << (off % 64)) != 0
        }
    }

    /// Is the code point `cp` in the set?
    #[inline(always)]
    pub(crate) fn contains_cp(&self, cp: u32) -> bool {
        let off = cp.wrapping_sub(self.base);
        self.bits.get((off / 64) as usize).is_some_and(|w| w & (1 << (off % 64)) != 0)
    }

    /// Is `c` in the set?
    #[inline(always)]
    pub(crate) fn contains(&self, c: char) -> bool {
        self.contains_cp(c as u32)
    }
}

/// The byte length of the char whose UTF-8 encoding opens with `b0`: the
/// byte walks step over a char this way without decoding it. Looked up
/// by the byte's high four bits, without a branch: 0..7 ASCII, C and D
/// two bytes, E three, F four (and 8..B, a continuation byte, 4 as well).
/// (Reference: `utf8_len_reference`, in the tests.)
#[inline(always)]
pub(crate) const fn utf8_len(b0: u8) -> usize {
    const BY_HIGH_BITS: [u8; 16] = [1, 1, 1, 1, 1, 1, 1, 1, 4, 4, 4, 4, 2, 2, 3, 4];
    BY_HIGH_BITS[(b0 >> 4) as usize] as usize
}

/// The code point of a three-byte UTF-8 char (lead byte E0..=EF, then two
/// continuation bytes), put together from its bytes: the byte walks over
/// CJK text test chars this way without decoding a `char`.
#[inline(always)]
pub(crate) const fn cp3(b0: u8, b1: u8, b2: u8) -> u32 {
    ((b0 & 0x0F) as u32) << 12 | ((b1 & 0x3F) as u32) << 6 | (b2 & 0x3F) as u32
}

/// The code point of the first char of a non-empty str, in a const fn.
pub(crate) const fn first_cp(s: &str) -> u32 {
    let b = s.as_bytes();
    if b[0] < 0x80 {
        b[0] as u32
    } else if b[0] < 0xE0 {
        ((b[0] & 0x1F) as u32) << 6 | (b[1] & 0x3F) as u32
    } else {
        cp3(b[0], b[1], b[2])
    }
}

/// The code point of the last char of a non-empty str, in a const fn.
pub(crate) const fn last_cp(s: &str) -> u32 {
    let b = s.as_bytes();
    let n = b.len();
    if b[n - 1] < 0x80 {
        b[n - 1] as u32
    } else if n >= 2 && b[n - 2] >= 0xC0 {
        ((b[n - 2] & 0x1F) as u32) << 6 | (b[n - 1] & 0x3F) as u32
    } else {
        // The word lists hold no four-byte chars.
        ((b[n - 3] & 0x0F) as u32) << 12 | ((b[n - 2] & 0x3F) as u32) << 6 | (b[n - 1] & 0x3F) as u32
    }
}

/// The code point of the first (or, with `last`, the last) char of each of
/// `words`, in a const fn: tables that let a search compare only the words
/// that can match at a char.
pub(crate) const fn edge_cps<const N: usize>(words: &[&str; N], last: bool) -> [u32; N] {
    let mut out = [0; N];
    let mut k = 0;
    while k < N {
        out[k] = if last { last_cp(words[k]) } else { first_cp(words[k]) };
        k += 1;
    }
    out
}

/// `a == b`, in a const fn (for the const word tables).
pub(crate) const fn same_text(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Where `b` ends without the closing parentheses at its end (`)`, and
/// `）`, EF BC 89), told by their bytes.
pub(crate) fn end_before_closing_parens(b: &[u8]) -> usize {
    let mut end = b.len();
    loop {
        match b[..end] {
            [.., b')'] => end -= 1,
            [.., 0xEF, 0xBC, 0x89] => end -= 3,
            _ => return end,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`utf8_len`] as it was: a match of the lead byte's ranges.
    fn utf8_len_reference(b0: u8) -> usize {
        match b0 {
            0..=0x7F => 1,
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            _ => 4,
        }
    }

    #[test]
    fn utf8_len_is_the_reference_of_every_byte() {
        for b0 in 0..=u8::MAX {
            assert_eq!(utf8_len(b0), utf8_len_reference(b0), "{b0:#x}");
        }
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            assert_eq!(utf8_len(c.encode_utf8(&mut buf).as_bytes()[0]), c.len_utf8());
        }
    }

    #[test]
    fn closing_parens_are_cut_from_the_end_only() {
        let end = |s: &str| end_before_closing_parens(s.as_bytes());
        assert_eq!(end("（某某 摄）"), "（某某 摄".len());
        assert_eq!(end("a)）)"), 1);
        assert_eq!(end("(a"), 2);
        assert_eq!(end(""), 0);
        assert_eq!(end("）"), 0);
    }

    #[test]
    fn same_text_is_string_equality() {
        assert!(same_text("万元", "万元"));
        assert!(!same_text("万元", "万"));
        assert!(!same_text("元", "件"));
        assert!(same_text("", ""));
    }

    #[test]
    fn sets_hold_exactly_their_chars() {
        const SET: BmpSet = BmpSet::bmp().with_chars(&['一', 'a', '\u{ffff}']);
        for c in ['一', 'a', '\u{ffff}'] {
            assert!(SET.contains(c), "{c:?}");
        }
        for c in ['二', 'b', '\u{10000}', '\0'] {
            assert!(!SET.contains(c), "{c:?}");
        }
        const CJK: CjkSet = CjkSet::cjk().with_chars(&['一', '\u{9fff}', 'a']);
        assert!(CJK.contains('一') && CJK.contains('\u{9fff}'));
        assert!(!CJK.contains('a') && !CJK.contains('\u{4dff}') && !CJK.contains('\u{a000}'), "outside the block");
        const EDGES: BmpSet = BmpSet::bmp().with_edges(&["总结", "a"], true);
        assert!(EDGES.contains('结') && EDGES.contains('a') && !EDGES.contains('总'));
    }

    #[test]
    fn edge_code_points() {
        assert_eq!(edge_cps(&["总结", "a", "é"], false), ['总' as u32, 'a' as u32, 'é' as u32]);
        assert_eq!(edge_cps(&["总结", "a", "xé"], true), ['结' as u32, 'a' as u32, 'é' as u32]);
    }
}
