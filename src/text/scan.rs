//! Byte scans over a whole text, with SIMD searches or folds the compiler
//! vectorizes: control chars, and the chars after which a marker inside a
//! line may start a heading.

use crate::text::search::{Bytes2, Bytes3};

/// Chars after which a marker inside a line may start a heading.
#[cfg(test)]
const INLINE_LEADS: [char; 6] = ['。', '：', ':', '！', '？', '；'];

/// The offset of the first control char other than a line break or tab:
/// C0 and DEL are single bytes, C1 (U+0080..U+009F) is 0xC2 0x80..0x9F.
pub(crate) fn first_control_char(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    // DEL and the lead byte of C1 are rare bytes (0xC2 leads `·` and `°`
    // too): one SIMD search finds them (the line split's searcher), and
    // the C0 bytes are looked for only before the first one that is a
    // control char.
    static DEL_OR_C1: Bytes2 = Bytes2::new(0x7F, 0xC2);
    let del_or_c1 = DEL_OR_C1
        .iter(bytes)
        .find(|&i| bytes[i] == 0x7F || bytes.get(i + 1).is_some_and(|n| (0x80..=0x9F).contains(n)));
    first_c0(&bytes[..del_or_c1.unwrap_or(bytes.len())]).or(del_or_c1)
}

/// Bytes a chunk of [`first_c0`] covers.
const CHUNK: usize = 256;
/// Bytes a piece of a suspect chunk covers (see [`holds_c0`]).
const PIECE: usize = 64;

/// Is `b` a C0 byte other than `\n`, `\r`, `\t`?
fn is_c0(b: u8) -> bool {
    (b < 0x20) & (b != b'\n') & (b != b'\r') & (b != b'\t')
}

/// The offset of the first C0 byte of `bytes` other than `\n`, `\r`, `\t`.
///
/// This runs once over every text, for a diagnostic a clean text never
/// gets: written for size (one copy of each fold, not unrolled over
/// several chunk sizes), while each byte still costs a fraction of an
/// instruction. Each chunk is tested with a branch-free fold the compiler
/// vectorizes ([`may_hold_c0`]); only a chunk that may hold one is folded
/// again for the bytes that count, a piece at a time ([`holds_c0`]), and
/// only a piece that holds one is read byte by byte. The short last chunk
/// is copied into one padded with spaces, which are no C0 byte.
fn first_c0(bytes: &[u8]) -> Option<usize> {
    let mut base = 0;
    while let Some(rest) = bytes.get(base..).filter(|r| !r.is_empty()) {
        let padded;
        let chunk: &[u8; CHUNK] = match rest.first_chunk() {
            Some(chunk) => chunk,
            None => {
                let mut buf = [b' '; CHUNK];
                buf[..rest.len()].copy_from_slice(rest);
                padded = buf;
                &padded
            }
        };
        if may_hold_c0(chunk) {
            for (k, piece) in chunk.chunks_exact(PIECE).enumerate() {
                let piece: &[u8; PIECE] = piece.try_into().expect("chunks_exact gives whole pieces");
                if holds_c0(piece) {
                    return piece.iter().position(|&b| is_c0(b)).map(|i| base + k * PIECE + i);
                }
            }
        }
        base += CHUNK;
    }
    None
}

/// May `w` hold a C0 byte other than `\n`? The least of `(b ^ 0x0A) - 1`
/// (wrapping) over the chunk: the xor maps `\n` to 0 and the other C0
/// bytes to 1..=0x1F, every byte from 0x20 up to 0x20 or more; less one,
/// `\n` is 0xFF and the other C0 bytes 0..=0x1E. So a chunk whose least is
/// under 0x1F holds a C0 byte other than `\n` (`\r` and `\t` included).
#[inline(never)]
fn may_hold_c0(w: &[u8; CHUNK]) -> bool {
    w.iter().fold(0xFF, |least: u8, &b| least.min((b ^ b'\n').wrapping_sub(1))) < 0x1F
}

/// Does `w` hold a C0 byte other than `\n`, `\r`, `\t`? A branch-free fold.
#[inline(never)]
fn holds_c0(w: &[u8; PIECE]) -> bool {
    w.iter().fold(false, |any, &b| any | is_c0(b))
}

/// Positions and lengths of the chars of `INLINE_LEADS` in `text`: `:`, or
/// the three bytes of `。` `：` `！` `？` `；`, found with `memchr3`.
pub(crate) fn inline_leads(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = text.as_bytes();
    let mut from = 0;
    // The searcher is looked up once per text, not on every search.
    let find = LEAD_BYTES.finder();
    std::iter::from_fn(move || loop {
        let i = from + find(bytes.get(from..)?)?;
        from = i + 1;
        // `。` is found by its last byte, the others by their first.
        if let [.., 0xE3, 0x80, 0x82] = bytes[..=i] {
            return Some((i - 2, 3));
        }
        match bytes[i..] {
            [b':', ..] => return Some((i, 1)),
            [0xEF, 0xBC, 0x9A | 0x81 | 0x9F | 0x9B, ..] => return Some((i, 3)),
            _ => {}
        }
    })
}

/// The bytes [`inline_leads`] searches for: `:`, 0x82 and EF. `。` is
/// E3 80 82, and the full-width `：！？；` open with EF (the last byte of
/// `。`, as E3 also opens `、` and `《》`).
static LEAD_BYTES: Bytes3 = Bytes3::new(b':', 0x82, 0xEF);

#[cfg(test)]
mod tests {
    use super::*;

    /// `inline_leads` as first written, on `memchr3_iter`.
    fn inline_leads_reference(text: &str) -> Vec<(usize, usize)> {
        let bytes = text.as_bytes();
        memchr::memchr3_iter(b':', 0xE3, 0xEF, bytes)
            .filter_map(|i| match bytes[i..] {
                [b':', ..] => Some((i, 1)),
                [0xE3, 0x80, 0x82, ..] | [0xEF, 0xBC, 0x9A | 0x81 | 0x9F | 0x9B, ..] => Some((i, 3)),
                _ => None,
            })
            .collect()
    }

    proptest::proptest! {
        #[test]
        fn inline_leads_agree_with_memchr3_iter(text in "[a:。：！？；，、（）“”一二3丂も傂\u{82}]{0,80}") {
            proptest::prop_assert_eq!(inline_leads(&text).collect::<Vec<_>>(), inline_leads_reference(&text));
        }
    }

    #[test]
    fn inline_leads_finds_exactly_the_lead_chars() {
        let text = "甲。乙：丙:丁！戊？己；庚，辛、壬";
        let found: Vec<char> = inline_leads(text).map(|(i, _)| text[i..].chars().next().unwrap()).collect();
        assert_eq!(found, INLINE_LEADS);
        for (i, len) in inline_leads(text) {
            assert_eq!(text[i..].chars().next().unwrap().len_utf8(), len);
        }
    }

    /// `first_control_char` as first written: every byte in turn.
    fn first_control_char_reference(text: &str) -> Option<usize> {
        let bytes = text.as_bytes();
        (0..bytes.len()).find(|&i| {
            let b = bytes[i];
            (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t'))
                || b == 0x7F
                || (b == 0xC2 && bytes.get(i + 1).is_some_and(|n| (0x80..=0x9F).contains(n)))
        })
    }

    proptest::proptest! {
        #[test]
        fn first_control_char_agrees_with_a_byte_walk(
            text in "[a总。\r\n\t·°\u{a0}]{0,200}[\u{1}\u{7f}\u{85}\u{9f}a\r\t·]?[a总\r\n\t·]{0,100}"
        ) {
            proptest::prop_assert_eq!(first_control_char(&text), first_control_char_reference(&text));
        }
    }

    #[test]
    fn first_control_char_sees_c0_del_and_c1() {
        assert_eq!(first_control_char("一、\t总\n"), None, "tabs and line breaks are not reported");
        assert_eq!(first_control_char("ab\u{0}"), Some(2));
        assert_eq!(first_control_char("a\u{7f}"), Some(1));
        assert_eq!(first_control_char("总\u{85}"), Some(3));
    }

    #[test]
    fn first_control_char_is_found_at_every_offset_across_chunks() {
        // Around the chunk edges, including a C1 char split over two chunks.
        for at in [0, 1, 61, 62, 63, 64, 65, 127, 128, 200, 255, 256, 383, 384, 511, 512, 700] {
            for control in ["\u{1}", "\u{7f}", "\u{85}", "\u{9f}"] {
                let text = format!("{}{control}{}", "a".repeat(at), "b".repeat(70));
                assert_eq!(first_control_char(&text), Some(at), "{control:?} at {at}");
            }
            // Lookalikes: line breaks, tabs, and other chars led by 0xC2.
            let text = format!("{}\n\r\t·°{}", "a".repeat(at), "b".repeat(70));
            assert_eq!(first_control_char(&text), None, "no control char near {at}");
        }
    }
}
