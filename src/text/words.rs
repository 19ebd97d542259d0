//! Keyword tests on short texts (titles, headings, lines).
//!
//! `str::contains` builds a searcher on every call, which on short texts
//! costs more than the search. Here a candidate is found with `memchr` on
//! the keyword's second byte (rare in CJK text), or the last of a
//! full-width mark, and checked in place.

/// Bytes from which a text is long enough to pay for building a searcher.
const LONG_TEXT: usize = 2048;

/// Does `text` contain `word`?
pub(crate) fn contains(text: &str, word: &str) -> bool {
    find(text, word).is_some()
}

/// Where `word` first occurs in `text`.
pub(crate) fn find(text: &str, word: &str) -> Option<usize> {
    find_bytes(text.as_bytes(), word.as_bytes())
}

/// [`find`] on bytes, for a caller that holds a byte slice.
pub(crate) fn find_bytes(text: &[u8], word: &[u8]) -> Option<usize> {
    // A long text (a whole report) is searched with a searcher built for
    // the word, whose SIMD loop tests two of its bytes at once: the
    // second byte alone is common in CJK text (`作` `体` `位` share `录`'s),
    // and each false hit restarts the search.
    if text.len() >= LONG_TEXT && word.len() > 1 {
        return find_long(text, word);
    }
    match word {
        [] => Some(0),
        [only] => memchr::memchr(*only, text),
        // A full-width mark (EF BC xx: `；` `：` `（`): its second byte leads
        // every full-width mark (every `，`), its last is rarer.
        [0xEF, 0xBC, third] => {
            if text.len() < 3 {
                return None;
            }
            memchr::memchr_iter(*third, &text[2..]).find(|&j| text[j..].starts_with(word))
        }
        [_, second, ..] => {
            if text.len() < word.len() {
                return None;
            }
            // A hit at `j` in `text[1..]` puts the word's start at `j`.
            let last_start = text.len() - word.len();
            memchr::memchr_iter(*second, &text[1..=last_start + 1]).find(|&j| text[j..].starts_with(word))
        }
    }
}

/// [`find_bytes`] on a long text, by the SIMD pair searcher that
/// `memchr::memmem` would pick, built directly: `memmem::find` builds its
/// whole searcher (the pair, and a Rabin-Karp and a Two-Way search for
/// what the pair does not serve), a kilobyte and a half of code, at every
/// call. Without AVX2, `memmem::find` is used.
#[inline(never)]
fn find_long(text: &[u8], word: &[u8]) -> Option<usize> {
    #[cfg(target_arch = "x86_64")]
    if let Some(f) = memchr::arch::x86_64::avx2::packedpair::Finder::new(word) {
        if text.len() >= f.min_haystack_len() {
            return f.find(text, word);
        }
    }
    memchr::memmem::find(text, word)
}

/// Does `text` contain any of `words`?
pub(crate) fn contains_any(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| contains(text, w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn finds_words_anywhere() {
        assert!(contains("存在的问题和不足", "不足"));
        assert!(contains("存在的问题和不足", "存在"));
        assert!(contains("存在的问题和不足", "的问"));
        assert!(!contains("存在的问题和不足", "短板"));
        assert!(!contains("不", "不足"));
        assert!(contains("a", "a"));
        assert!(contains("", ""));
        assert!(!contains("", "a"));
        assert!(contains_any("今后工作打算", &["下一步", "今后"]));
        assert!(!contains_any("今后工作打算", &[]));
    }

    proptest! {
        #[test]
        fn agrees_with_str_contains(text in "[a-c不足存在的；：，（]{0,12}", word in "[a-c不足；：（]{0,3}") {
            prop_assert_eq!(contains(&text, &word), text.contains(word.as_str()));
            prop_assert_eq!(find(&text, &word), text.find(word.as_str()));
        }

        #[test]
        fn agrees_with_str_find_on_long_texts(
            pad in "[a-c不足存在的]{880,960}",
            text in "[a-c不足存在的；：，（录]{0,12}",
            word in "[a-c不足；：（录]{0,3}",
        ) {
            let text = format!("{pad}{text}");
            prop_assert_eq!(find(&text, &word), text.find(word.as_str()));
        }

    }
}
