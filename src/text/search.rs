//! Byte searches whose searcher is built once: `memchr`'s functions pick
//! their SIMD routine through a function pointer and set up the needles on
//! every call, some thirty instructions, where most of the parser's
//! searches run over a short line or stop at a hit a few chars on. The
//! AVX2 searcher of each fixed set of bytes is made on first use and kept
//! in its static; without AVX2 the plain `memchr` functions are used.

use once_cell::sync::OnceCell;

#[cfg(target_arch = "x86_64")]
use memchr::arch::x86_64::avx2::memchr::{One, Three, Two};

/// A search for one fixed byte.
pub(crate) struct Byte1 {
    needle: u8,
    #[cfg(target_arch = "x86_64")]
    avx2: OnceCell<Option<One>>,
}

/// A search for either of two fixed bytes.
pub(crate) struct Bytes2 {
    needles: [u8; 2],
    #[cfg(target_arch = "x86_64")]
    avx2: OnceCell<Option<Two>>,
}

/// A search for any of three fixed bytes.
pub(crate) struct Bytes3 {
    needles: [u8; 3],
    #[cfg(target_arch = "x86_64")]
    avx2: OnceCell<Option<Three>>,
}

// Each search has two forms. `find` and `iter` call one out-of-line copy
// of the search per needle count: inlined, `memchr`'s search (its paths for
// a haystack under 16 and under 32 bytes, its call of the AVX2 routine) is
// some hundreds of bytes of code at every site, where most sites search a
// line or two a document. `finder` and `hot_iter` inline the search, with
// the searcher looked up once: for the loops that search every line or
// stop at many hits (the line split, the item keywords), where a call per
// search would cost more instructions than the code it saves.

impl Byte1 {
    pub(crate) const fn new(needle: u8) -> Byte1 {
        Byte1 {
            needle,
            #[cfg(target_arch = "x86_64")]
            avx2: OnceCell::new(),
        }
    }

    /// The AVX2 searcher, made on first use; `None` without AVX2.
    #[cfg(target_arch = "x86_64")]
    #[inline(always)]
    fn avx2(&self) -> Option<&One> {
        self.avx2.get_or_init(|| One::new(self.needle)).as_ref()
    }

    /// The offset of the needle byte in `haystack`, out of line.
    #[inline(never)]
    pub(crate) fn find(&self, haystack: &[u8]) -> Option<usize> {
        #[cfg(target_arch = "x86_64")]
        if let Some(s) = self.avx2() {
            return s.find(haystack);
        }
        memchr::memchr(self.needle, haystack)
    }

    /// The offsets of the needle byte in `haystack`, in order (each search
    /// out of line).
    pub(crate) fn iter<'a>(&'a self, haystack: &'a [u8]) -> impl Iterator<Item = usize> + 'a {
        offsets(haystack, move |h| self.find(h))
    }
}

impl Bytes2 {
    pub(crate) const fn new(a: u8, b: u8) -> Bytes2 {
        Bytes2 {
            needles: [a, b],
            #[cfg(target_arch = "x86_64")]
            avx2: OnceCell::new(),
        }
    }

    /// The AVX2 searcher, made on first use; `None` without AVX2.
    #[cfg(target_arch = "x86_64")]
    #[inline(always)]
    fn avx2(&self) -> Option<&Two> {
        self.avx2.get_or_init(|| Two::new(self.needles[0], self.needles[1])).as_ref()
    }

    /// The offset of the first needle byte in `haystack`, out of line.
    #[inline(never)]
    pub(crate) fn find(&self, haystack: &[u8]) -> Option<usize> {
        #[cfg(target_arch = "x86_64")]
        if let Some(s) = self.avx2() {
            return s.find(haystack);
        }
        memchr::memchr2(self.needles[0], self.needles[1], haystack)
    }

    /// [`Bytes2::find`] inlined, with the searcher looked up once, for a
    /// hot loop of searches.
    #[inline]
    pub(crate) fn finder(&self) -> impl Fn(&[u8]) -> Option<usize> + '_ {
        let [a, b] = self.needles;
        #[cfg(target_arch = "x86_64")]
        let s = self.avx2();
        move |h| {
            #[cfg(target_arch = "x86_64")]
            if let Some(s) = s {
                return s.find(h);
            }
            memchr::memchr2(a, b, h)
        }
    }

    /// The offsets of the needle bytes in `haystack`, in order (each search
    /// out of line).
    pub(crate) fn iter<'a>(&'a self, haystack: &'a [u8]) -> impl Iterator<Item = usize> + 'a {
        offsets(haystack, move |h| self.find(h))
    }
}

impl Bytes3 {
    pub(crate) const fn new(a: u8, b: u8, c: u8) -> Bytes3 {
        Bytes3 {
            needles: [a, b, c],
            #[cfg(target_arch = "x86_64")]
            avx2: OnceCell::new(),
        }
    }

    /// The AVX2 searcher, made on first use; `None` without AVX2.
    #[cfg(target_arch = "x86_64")]
    #[inline(always)]
    fn avx2(&self) -> Option<&Three> {
        self.avx2.get_or_init(|| Three::new(self.needles[0], self.needles[1], self.needles[2])).as_ref()
    }

    /// The offset of the first needle byte in `haystack`, out of line.
    #[inline(never)]
    pub(crate) fn find(&self, haystack: &[u8]) -> Option<usize> {
        #[cfg(target_arch = "x86_64")]
        if let Some(s) = self.avx2() {
            return s.find(haystack);
        }
        memchr::memchr3(self.needles[0], self.needles[1], self.needles[2], haystack)
    }

    /// [`Bytes3::find`] inlined, with the searcher looked up once, for a
    /// hot loop of searches.
    #[inline]
    pub(crate) fn finder(&self) -> impl Fn(&[u8]) -> Option<usize> + '_ {
        let [a, b, c] = self.needles;
        #[cfg(target_arch = "x86_64")]
        let s = self.avx2();
        move |h| {
            #[cfg(target_arch = "x86_64")]
            if let Some(s) = s {
                return s.find(h);
            }
            memchr::memchr3(a, b, c, h)
        }
    }

    /// The offsets of the needle bytes in `haystack`, in order (each search
    /// out of line). No rule walks three bytes' hits out of line now (the
    /// title separators are walked by [`Bytes3::find`]): the tests check
    /// the searches against memchr's through it.
    #[cfg(test)]
    pub(crate) fn iter<'a>(&'a self, haystack: &'a [u8]) -> impl Iterator<Item = usize> + 'a {
        offsets(haystack, move |h| self.find(h))
    }

    /// The offsets of the needle bytes in `haystack`, in order, with the
    /// search inlined ([`Bytes3::finder`]), for a loop that stops at many
    /// hits.
    pub(crate) fn hot_iter<'a>(&'a self, haystack: &'a [u8]) -> impl Iterator<Item = usize> + 'a {
        offsets(haystack, self.finder())
    }
}

/// The offsets `find` gives in `haystack`, each search from after the last hit.
#[inline]
fn offsets<'a>(haystack: &'a [u8], find: impl Fn(&[u8]) -> Option<usize> + 'a) -> impl Iterator<Item = usize> + 'a {
    let mut from = 0;
    std::iter::from_fn(move || {
        let i = from + find(haystack.get(from..)?)?;
        from = i + 1;
        Some(i)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn searches_agree_with_memchr(hay in proptest::collection::vec(proptest::sample::select(vec![0u8, 1, 2, 3, 0x80, 0xE3]), 0..200)) {
            static ONE: Byte1 = Byte1::new(1);
            static TWO: Bytes2 = Bytes2::new(1, 0x80);
            static THREE: Bytes3 = Bytes3::new(1, 2, 0xE3);
            proptest::prop_assert_eq!(ONE.iter(&hay).collect::<Vec<_>>(), memchr::memchr_iter(1, &hay).collect::<Vec<_>>());
            proptest::prop_assert_eq!(TWO.iter(&hay).collect::<Vec<_>>(), memchr::memchr2_iter(1, 0x80, &hay).collect::<Vec<_>>());
            proptest::prop_assert_eq!(THREE.iter(&hay).collect::<Vec<_>>(), memchr::memchr3_iter(1, 2, 0xE3, &hay).collect::<Vec<_>>());
            proptest::prop_assert_eq!(THREE.hot_iter(&hay).collect::<Vec<_>>(), memchr::memchr3_iter(1, 2, 0xE3, &hay).collect::<Vec<_>>());
            let two = TWO.finder();
            proptest::prop_assert_eq!(two(&hay), memchr::memchr2(1, 0x80, &hay));
        }
    }
}
