//! Bytes → text, for [`parse_bytes`](crate::parse_bytes) and
//! [`parse_bytes_as`](crate::parse_bytes_as).
//!
//! ```text
//! input    ::= 'FF FE 00 00' …              -- UTF-32LE: an error
//!            | '00 00 FE FF' …              -- UTF-32BE: an error
//!            | utf8_bom  utf8_bytes        -- UTF-8, BOM kept in the text
//!            | 'FF FE'   utf16le_units     -- UTF-16LE, BOM kept as U+FEFF
//!            | 'FE FF'   utf16be_units     -- UTF-16BE, BOM kept as U+FEFF
//!            | wide                        -- NUL bytes in the UTF-16/32 pattern
//!            | utf8_bytes                  -- UTF-8 when it is valid UTF-8
//!            | legacy                      -- else the detector's guess
//! utf8_bom ::= 'EF BB BF'
//! ```
//!
//! A byte order mark decides the encoding (`FF FE 00 00` is UTF-32LE only
//! if the whole input reads as plausible UTF-32LE; else it is UTF-16LE and
//! a NUL). Without one:
//! - bytes whose UTF-16 reading in one byte order is plausible text (nine
//!   chars in ten ASCII, CJK or CJK punctuation, no NUL; four code units
//!   at least) and not in the other are UTF-16; plausible UTF-32 is refused with
//!   [`Error::UnsupportedEncoding`]. This is tried before UTF-8 only when
//!   a NUL is among the first four bytes and half the even or odd bytes
//!   are NULs (no report starts with a NUL), else only for bytes with a
//!   NUL that are not UTF-8. UTF-16 without any ASCII char (no NUL byte)
//!   needs a BOM or [`decode_as`];
//! - valid UTF-8 is UTF-8, always: the fast path, one validating pass and
//!   no copy;
//! - UTF-8 with a few invalid sequences among many valid multibyte chars is
//!   broken UTF-8, an error at the first bad byte, never GB18030 text;
//! - else [`chardetng`] guesses: GBK → GB18030, Big5 → Big5, anything
//!   else (Shift-JIS, EUC-JP, EUC-KR, windows-1252, …) →
//!   [`Error::UnsupportedEncoding`] naming it, with the exceptions below.
//!
//! GB18030 is the crate's home encoding, and bytes that are valid GB18030
//! stay GB18030 unless the detector has enough to go on. They are read as
//! GB18030 whatever the guess when they hold GB18030 four-byte sequences
//! (no other encoding puts digits after a lead byte), or when a Big5 guess
//! meets text with fewer than one trail byte below `A1` in eight chars
//! (43% of Big5 hanzi have one, 0.001% of GBK chars in reports). For a
//! multibyte guess they also stay GB18030 below [`MIN_BIG5_EVIDENCE`]
//! (Big5) or [`MIN_EVIDENCE`] (Shift-JIS, EUC-JP, EUC-KR) distinct CJK
//! chars: short input is
//! ambiguous, a few CJK chars are valid in several encodings and the guess
//! on them is close to chance, so a short Big5, Shift-JIS or EUC-KR line
//! comes back as GB18030 text; and a Japanese guess needs kana, a Korean
//! one a majority of Hangul rows. A single-byte guess (windows-1252, …) wins
//! when accented letters sit inside Latin words (`naïve`, `für`), and
//! otherwise when there is enough evidence and most non-ASCII bytes are
//! not in CJK-like runs.
//!
//! GBK bytes that happen to be valid UTF-8 (`学习实施` is `D1 A7 CF B0 CA B5 CA A9`, UTF-8 for
//! `ѧϰʵʩ`) are read as UTF-8. A caller who knows the encoding says so
//! with [`decode_as`].
//!
//! Nothing is ever replaced or dropped: invalid bytes give an [`Error`]
//! with their offset. The byte order mark stays in the decoded text as
//! `U+FEFF` (whatever the encoding), so that the tree can keep it as its
//! [`Bom`](crate::LeafKind::Bom) leaf and spans index the decoded text.
//!
//! Cost is linear: valid UTF-8 takes one validating pass (plus a look at
//! its first four bytes); other bytes a few more (a NUL search, a UTF-8
//! and a byte-shape count, the detector over at most the first
//! [`DETECT_LIMIT`] bytes, one or two strict decodes).

/// Re-exported for the modules that name it through `decode`.
pub(crate) use crate::encoding::Encoding;
use crate::error::Error;
use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{DecoderResult, BIG5, GB18030, GBK};
use std::borrow::Cow;

/// Below this many distinct double-byte chars outside the symbol rows
/// (see [`Shape::distinct`]), bytes that are valid GB18030 are read as
/// GB18030 even when the detector guesses Shift-JIS, EUC-JP or EUC-KR: a
/// handful of CJK chars does not tell them apart. Measured on about 5,000
/// windows of 4 to 40 chars of the shared reports encoded in GBK: the
/// detector took about 5% of those with 3 to 5 distinct chars, and 0.6% of
/// those with 6 to 13, for EUC-JP or EUC-KR; none from 14.
pub(crate) const MIN_EVIDENCE: usize = 12;

/// The same for a Big5 guess, lower: in those windows the detector never
/// took GBK for Big5, and took Big5 (their Big5-encodable chars) for Big5
/// in 98% of windows with 4 distinct chars and in all from 5.
pub(crate) const MIN_BIG5_EVIDENCE: usize = 6;

/// The detector and the other counts read at most this much of the input
/// from the line of its first non-ASCII byte (cut at a line break): enough
/// to tell the encodings apart, and it bounds their cost (chardetng reads
/// about 2.5 MB/s; 64 KiB take 28 ms in a release build).
pub(crate) const DETECT_LIMIT: usize = 64 << 10;

/// Decode bytes to text: borrowed when they are UTF-8, owned otherwise.
pub(crate) fn decode(bytes: &[u8]) -> Result<(Cow<'_, str>, Encoding), Error> {
    match bytes {
        // The UTF-32LE BOM is the UTF-16LE BOM then U+0000: UTF-32 only if
        // the whole input is plausible UTF-32 of at least two chars after
        // the BOM (else UTF-16 that starts with NULs).
        [0xFF, 0xFE, 0, 0, _, _, _, _, _, ..] if utf32_chars(bytes, true).is_some_and(|t| plausible(&t)) => {
            return Err(Error::UnsupportedEncoding { likely: "utf-32le", offset: 0 })
        }
        [0, 0, 0xFE, 0xFF, _, _, _, _, _, ..] if utf32_chars(bytes, false).is_some_and(|t| plausible(&t)) => {
            return Err(Error::UnsupportedEncoding { likely: "utf-32be", offset: 0 })
        }
        [0xEF, 0xBB, 0xBF, ..] => return decode_as(bytes, Encoding::Utf8),
        [0xFF, 0xFE, ..] => return decode_as(bytes, Encoding::Utf16Le),
        [0xFE, 0xFF, ..] => return decode_as(bytes, Encoding::Utf16Be),
        _ => {}
    }
    if bytes[..bytes.len().min(4)].contains(&0) && ascii_in_wide_pattern(bytes) {
        if let Some(result) = wide(bytes) {
            return result;
        }
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok((Cow::Borrowed(text), Encoding::Utf8)),
        Err(e) => legacy(bytes, e.valid_up_to()),
    }
}

/// Decode bytes in exactly `encoding`: a byte order mark is not looked
/// for, and kept as `U+FEFF` when the bytes start with one in that
/// encoding. Malformed bytes give [`Error::Undecodable`] at their offset.
pub fn decode_as(bytes: &[u8], encoding: Encoding) -> Result<(Cow<'_, str>, Encoding), Error> {
    let text = match encoding {
        Encoding::Utf8 => match std::str::from_utf8(bytes) {
            Ok(text) => Cow::Borrowed(text),
            Err(e) => return Err(Error::Undecodable { encoding, offset: e.valid_up_to() }),
        },
        Encoding::Utf16Le | Encoding::Utf16Be => Cow::Owned(utf16(bytes, encoding)?),
        Encoding::Gb18030 => {
            Cow::Owned(strict(GB18030, bytes).map_err(|offset| Error::Undecodable { encoding, offset })?)
        }
        Encoding::Big5 => Cow::Owned(strict(BIG5, bytes).map_err(|offset| Error::Undecodable { encoding, offset })?),
    };
    Ok((text, encoding))
}

/// Bytes that are not valid UTF-8 (the first invalid byte at `utf8`) and
/// have no byte order mark.
fn legacy(bytes: &[u8], utf8: usize) -> Result<(Cow<'_, str>, Encoding), Error> {
    if memchr::memchr(0, bytes).is_some() {
        if let Some(result) = wide(bytes) {
            return result;
        }
    }
    let gb18030 = strict(GB18030, bytes);
    if mostly_utf8(around(bytes, utf8)) {
        return Err(match gb18030 {
            Ok(_) => Error::Undecodable { encoding: Encoding::Utf8, offset: utf8 },
            Err(gb18030) => Error::UnknownEncoding { utf8, gb18030 },
        });
    }
    let first = bytes.iter().position(|&b| b >= 0x80).unwrap_or(0);
    let sample = sample(bytes, first);
    let shape = Shape::of(sample);
    let guess = detect(sample, sample.len() == bytes.len());
    let enough = shape.distinct >= MIN_EVIDENCE;
    // Big5 hanzi have a trail byte below A1 in 43% of the shared reports'
    // chars, GBK in 0.001% (only its extension chars do): text with fewer
    // than one in eight is GBK, whatever the guess (the detector penalises
    // GBK's private-use rows enough to pick Big5).
    if guess == BIG5 && shape.distinct >= MIN_BIG5_EVIDENCE && 8 * shape.low_trails >= shape.chars {
        return decode_as(bytes, Encoding::Big5);
    }
    // Valid GB18030 is kept when the guess is Chinese, when it has
    // four-byte sequences (no other encoding puts digits after a lead
    // byte), or when there is too little to go on; for a single-byte guess
    // (windows-1252, …), when no accented letters sit inside Latin words
    // and most non-ASCII bytes come in CJK-like runs. Rare and private-use
    // chars lower GBK's score enough for the detector to pick something
    // else, but single-byte text is seldom valid GB18030 at all.
    let chinese = guess == GBK || guess == BIG5;
    let keep = chinese
        || shape.four_byte > 0
        || if guess.is_single_byte() {
            let latin_words = shape.in_words > 0 && 2 * shape.in_words >= shape.chars;
            let cjk_runs = 2 * shape.ascii_trails <= shape.chars;
            !latin_words && (!enough || cjk_runs)
        } else {
            // Japanese text has kana, Korean text is mostly Hangul: without
            // them a Japanese or Korean guess is GBK with rare chars.
            let signature = match guess.name() {
                "EUC-JP" => shape.euc_kana > 0,
                "Shift_JIS" => shape.sjis_kana > 0,
                "EUC-KR" => 2 * shape.hangul_rows > shape.chars,
                _ => true,
            };
            !enough || !signature
        };
    match gb18030 {
        Ok(text) if keep => Ok((Cow::Owned(text), Encoding::Gb18030)),
        Err(gb18030) if chinese => Err(Error::UnknownEncoding { utf8, gb18030 }),
        _ => Err(Error::UnsupportedEncoding { likely: whatwg_name(guess), offset: utf8 }),
    }
}

/// The shape of the non-ASCII bytes, read as a double-byte encoding: each
/// non-ASCII byte leads a char and takes the next byte as its trail (or
/// the next three, for GB18030's four-byte form).
#[derive(Debug, Default, PartialEq, Eq)]
struct Shape {
    /// Chars led by a non-ASCII byte.
    chars: usize,
    /// Chars whose trail byte is below `A1` (never in GB2312, often in Big5).
    low_trails: usize,
    /// Chars whose trail byte is ASCII (a single-byte encoding's accented
    /// letter then plain letters, or a GBK extension char).
    ascii_trails: usize,
    /// Pairs in rows `A4` and `A5`: kana in EUC-JP (and in GB2312, where
    /// Chinese text seldom uses them).
    euc_kana: usize,
    /// Pairs that are kana in Shift-JIS: `82 9F`..`82 F1`, `83 40`..`83 96`.
    sjis_kana: usize,
    /// Pairs with a lead from `B0` to `C8`: Hangul in EUC-KR, which Korean
    /// text is mostly made of; a third of GB2312's hanzi.
    hangul_rows: usize,
    /// Non-ASCII bytes between two ASCII letters (`für`, `naïve`): a
    /// single-byte encoding's accented letters; a GBK char whose trail is a
    /// letter seldom follows a Latin letter.
    in_words: usize,
    /// GB18030 four-byte sequences (lead, digit, lead, digit).
    four_byte: usize,
    /// Distinct two-byte chars, leaving out rows `A1`..`A3` with trails
    /// `A1`..`FE`: the punctuation, circled numbers and fullwidth letters
    /// and digits that GB2312, EUC-KR, EUC-JP and Big5 put at the same or
    /// nearby bytes, and that tell them apart no better than repeats of
    /// one char do.
    distinct: usize,
}

impl Shape {
    fn of(bytes: &[u8]) -> Shape {
        let mut shape = Shape::default();
        let mut seen = vec![0u64; 1 << 10];
        let (mut at, mut end) = (0, 0);
        while let Some(lead) = bytes.get(at..).and_then(|rest| rest.iter().position(|&b| b >= 0x80)) {
            at += lead;
            let Some(&trail) = bytes.get(at + 1) else { break };
            shape.chars += 1;
            let four = matches!(bytes.get(at..at + 4), Some([_, 0x30..=0x39, 0x81..=0xFE, 0x30..=0x39]));
            shape.four_byte += usize::from(four);
            shape.low_trails += usize::from(trail < 0xA1);
            shape.ascii_trails += usize::from(trail < 0x80 && !four);
            let lead = bytes[at];
            shape.euc_kana += usize::from(matches!(lead, 0xA4 | 0xA5) && trail >= 0xA1);
            shape.sjis_kana += usize::from(matches!((lead, trail), (0x82, 0x9F..=0xF1) | (0x83, 0x40..=0x96)));
            shape.hangul_rows += usize::from((0xB0..=0xC8).contains(&lead) && trail >= 0xA1);
            // A letter of its own, not the trail byte of the char before.
            let after_letter = at > end && bytes[at - 1].is_ascii_alphabetic();
            shape.in_words += usize::from(after_letter && trail.is_ascii_alphabetic());
            let symbol = (0xA1..=0xA3).contains(&bytes[at]) && trail >= 0xA1;
            if !four && !symbol {
                let pair = usize::from(u16::from_be_bytes([bytes[at], trail]));
                shape.distinct += usize::from(seen[pair / 64] & (1 << (pair % 64)) == 0);
                seen[pair / 64] |= 1 << (pair % 64);
            }
            at += if four { 4 } else { 2 };
            end = at;
        }
        shape
    }
}

/// Up to [`DETECT_LIMIT`] bytes from the start of the line that holds
/// `from`, cut after a line break (which no legacy CJK encoding uses as a
/// trail byte, so no char is cut).
fn sample(bytes: &[u8], from: usize) -> &[u8] {
    let start = memchr::memrchr(b'\n', &bytes[..from]).map_or(0, |at| at + 1);
    let rest = &bytes[start..];
    if rest.len() <= DETECT_LIMIT {
        return rest;
    }
    match memchr::memrchr(b'\n', &rest[..DETECT_LIMIT]) {
        Some(at) => &rest[..=at],
        None => &rest[..DETECT_LIMIT],
    }
}

/// The bytes within [`DETECT_LIMIT`] of `at`, starting on a UTF-8 char
/// boundary (everything before `at` is valid UTF-8).
fn around(bytes: &[u8], at: usize) -> &[u8] {
    let mut start = at.saturating_sub(DETECT_LIMIT);
    while start < at && (0x80..0xC0).contains(&bytes[start]) {
        start += 1;
    }
    &bytes[start..bytes.len().min(at + DETECT_LIMIT)]
}

/// The detector's guess for `sample`; `whole` when it is all the input.
fn detect(sample: &[u8], whole: bool) -> &'static encoding_rs::Encoding {
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(sample, whole);
    detector.guess(None, Utf8Detection::Deny)
}

/// An encoding's name as the Encoding Standard spells it, lowercased.
fn whatwg_name(encoding: &'static encoding_rs::Encoding) -> &'static str {
    [
        encoding_rs::SHIFT_JIS,
        encoding_rs::EUC_JP,
        encoding_rs::EUC_KR,
        encoding_rs::ISO_2022_JP,
        encoding_rs::WINDOWS_1250,
        encoding_rs::WINDOWS_1251,
        encoding_rs::WINDOWS_1252,
        encoding_rs::WINDOWS_1253,
        encoding_rs::WINDOWS_1254,
        encoding_rs::WINDOWS_1255,
        encoding_rs::WINDOWS_1256,
        encoding_rs::WINDOWS_1257,
        encoding_rs::WINDOWS_1258,
        encoding_rs::WINDOWS_874,
        encoding_rs::ISO_8859_2,
        encoding_rs::ISO_8859_4,
        encoding_rs::ISO_8859_5,
        encoding_rs::ISO_8859_6,
        encoding_rs::ISO_8859_7,
        encoding_rs::ISO_8859_8,
        encoding_rs::ISO_8859_13,
        encoding_rs::KOI8_U,
        encoding_rs::IBM866,
    ]
    .into_iter()
    .zip([
        "shift_jis",
        "euc-jp",
        "euc-kr",
        "iso-2022-jp",
        "windows-1250",
        "windows-1251",
        "windows-1252",
        "windows-1253",
        "windows-1254",
        "windows-1255",
        "windows-1256",
        "windows-1257",
        "windows-1258",
        "windows-874",
        "iso-8859-2",
        "iso-8859-4",
        "iso-8859-5",
        "iso-8859-6",
        "iso-8859-7",
        "iso-8859-8",
        "iso-8859-13",
        "koi8-u",
        "ibm866",
    ])
    .find_map(|(e, name)| (e == encoding).then_some(name))
    .unwrap_or("a non-chinese legacy encoding")
}

/// UTF-8 with a few invalid sequences among many valid CJK chars: at least
/// two valid three- or four-byte chars for each invalid sequence (so `一、`
/// and a stray byte is broken UTF-8, `一` and a stray byte is not). Two-byte
/// chars do not count: GBK pairs with a lead from `C2` to `DF` and a trail
/// below `C0` are valid two-byte UTF-8 (`知应` is `D6 AA D3 A6`, UTF-8
/// `֪Ӧ`), while a valid three-byte sequence needs an `E0`..`EF` lead and two
/// continuation bytes, and GBK text has an invalid sequence at nearly every
/// char.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut valid, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        valid += chunk.valid().chars().filter(|c| c.len_utf8() >= 3).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    valid >= 2 * invalid
}

/// Bytes whose NULs follow the UTF-16 or UTF-32 pattern: `Some` with the
/// UTF-16 text or the UTF-32 error, `None` when they do not.
fn wide(bytes: &[u8]) -> Option<Result<(Cow<'_, str>, Encoding), Error>> {
    if let Some(likely) = utf32(bytes) {
        return Some(Err(Error::UnsupportedEncoding { likely, offset: 0 }));
    }
    // Fewer than four code units are too little to tell UTF-16 from a
    // legacy encoding's bytes around a NUL (GB18030 `00 C8 66 25`, `\0萬%`,
    // reads as plausible UTF-16BE `È春`), as for the pattern above.
    if !bytes.len().is_multiple_of(2) || bytes.len() < 8 {
        return None;
    }
    let le = utf16(bytes, Encoding::Utf16Le).ok().filter(|t| plausible(t));
    let be = utf16(bytes, Encoding::Utf16Be).ok().filter(|t| plausible(t));
    match (le, be) {
        (Some(text), None) => Some(Ok((Cow::Owned(text), Encoding::Utf16Le))),
        (None, Some(text)) => Some(Ok((Cow::Owned(text), Encoding::Utf16Be))),
        _ => None,
    }
}

/// At least four code units, and NULs in at least half of the even or of
/// the odd positions: the pattern of mostly ASCII text in UTF-16 or
/// UTF-32, strong enough to doubt bytes that may well be valid UTF-8.
fn ascii_in_wide_pattern(bytes: &[u8]) -> bool {
    let (mut even, mut odd) = (0, 0);
    for pair in bytes.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    let units = bytes.len() / 2;
    units >= 4 && 2 * even.max(odd) >= units
}

/// `utf-32le` or `utf-32be` when every four bytes are a scalar value in
/// that byte order and the text they make is plausible.
fn utf32(bytes: &[u8]) -> Option<&'static str> {
    if bytes.len() < 8 {
        None
    } else if utf32_chars(bytes, true).is_some_and(|t| plausible(&t)) {
        Some("utf-32le")
    } else if utf32_chars(bytes, false).is_some_and(|t| plausible(&t)) {
        Some("utf-32be")
    } else {
        None
    }
}

/// The bytes read as UTF-32 in one byte order, if every four bytes are a
/// scalar value.
fn utf32_chars(bytes: &[u8], le: bool) -> Option<String> {
    if !bytes.len().is_multiple_of(4) {
        return None;
    }
    bytes
        .chunks_exact(4)
        .map(|q| {
            let q = [q[0], q[1], q[2], q[3]];
            char::from_u32(if le { u32::from_le_bytes(q) } else { u32::from_be_bytes(q) })
        })
        .collect()
}

/// Text as a report in UTF-16 or UTF-32 would decode to: no NUL, and at
/// least nine chars in ten are ASCII graphic or white space, CJK
/// ideographs, CJK and fullwidth punctuation or common symbols. A wrong
/// byte order or GBK bytes read as UTF-16 give chars scattered over the
/// whole plane (Hangul, Yi, private use, controls) and fail.
fn plausible(text: &str) -> bool {
    let (mut good, mut all) = (0usize, 0usize);
    for c in text.chars() {
        if c == '\0' {
            return false;
        }
        all += 1;
        good += usize::from(matches!(c,
            '\t' | '\n' | '\r' | ' '..='~'
            | '\u{A0}'..='\u{FF}'       // Latin-1 signs: ·, ×, °
            | '\u{2000}'..='\u{27BF}'   // punctuation, letterlike, arrows, math, ①
            | '\u{3000}'..='\u{303F}'   // CJK punctuation, 〇, ideographic space
            | '\u{3200}'..='\u{33FF}'   // enclosed CJK, squared units
            | '\u{3400}'..='\u{9FFF}'   // CJK ideographs and extension A
            | '\u{F900}'..='\u{FAFF}'   // CJK compatibility ideographs
            | '\u{FE30}'..='\u{FE4F}'   // CJK compatibility forms
            | '\u{FEFF}'
            | '\u{FF00}'..='\u{FFEF}'   // fullwidth forms
        ));
    }
    all > 0 && good * 10 >= all * 9
}

/// Decode UTF-16 (BOM included, kept as U+FEFF). A lone surrogate or an odd
/// trailing byte is an error at the offset of its code unit.
fn utf16(bytes: &[u8], encoding: Encoding) -> Result<String, Error> {
    let unit = |pair: &[u8]| -> u16 {
        let pair = [pair[0], pair[1]];
        match encoding {
            Encoding::Utf16Be => u16::from_be_bytes(pair),
            _ => u16::from_le_bytes(pair),
        }
    };
    let error = |offset: usize| Error::Undecodable { encoding, offset };
    let mut out = String::with_capacity(bytes.len() / 2 * 3);
    let mut units = bytes.chunks_exact(2);
    let mut at = 0;
    while let Some(pair) = units.next() {
        let u = unit(pair);
        let c = match u {
            0xD800..=0xDBFF => {
                let low = units.next().map(unit).filter(|l| (0xDC00..=0xDFFF).contains(l)).ok_or_else(|| error(at))?;
                let scalar = 0x10000 + ((u32::from(u) - 0xD800) << 10) + (u32::from(low) - 0xDC00);
                at += 2;
                char::from_u32(scalar).ok_or_else(|| error(at - 2))?
            }
            0xDC00..=0xDFFF => return Err(error(at)),
            _ => char::from_u32(u32::from(u)).ok_or_else(|| error(at))?,
        };
        out.push(c);
        at += 2;
    }
    if !units.remainder().is_empty() {
        return Err(error(at));
    }
    Ok(out)
}

/// Decode a legacy encoding without replacement; on failure, the offset
/// of the first malformed sequence.
fn strict(encoding: &'static encoding_rs::Encoding, bytes: &[u8]) -> Result<String, usize> {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let capacity = decoder.max_utf8_buffer_length_without_replacement(bytes.len()).unwrap_or(bytes.len());
    let mut out = String::with_capacity(capacity);
    let mut read = 0;
    loop {
        let (result, n) = decoder.decode_to_string_without_replacement(&bytes[read..], &mut out, true);
        read += n;
        match result {
            DecoderResult::InputEmpty => return Ok(out),
            DecoderResult::OutputFull => out.reserve(out.capacity().max(64)),
            DecoderResult::Malformed(bad, extra) => {
                return Err(read.saturating_sub(usize::from(bad) + usize::from(extra)));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(bytes: &[u8]) -> (String, Encoding) {
        let (text, encoding) = decode(bytes).expect("should decode");
        (text.into_owned(), encoding)
    }

    #[cfg(feature = "serde")]
    #[test]
    fn names_are_the_same_in_display_and_json() {
        for e in [Encoding::Utf8, Encoding::Utf16Le, Encoding::Utf16Be, Encoding::Gb18030] {
            assert_eq!(serde_json::to_string(&e).unwrap(), format!("\"{e}\""));
        }
        assert_eq!(Encoding::Utf16Le.to_string(), "utf-16le");
    }

    #[test]
    fn utf8_is_borrowed_and_keeps_its_bom() {
        let bytes = "\u{FEFF}一、总体情况".as_bytes();
        let (text, encoding) = decode(bytes).unwrap();
        assert!(matches!(text, Cow::Borrowed(_)), "should not copy valid UTF-8");
        assert_eq!(text, "\u{FEFF}一、总体情况");
        assert_eq!(encoding, Encoding::Utf8);
        assert_eq!(ok(b""), (String::new(), Encoding::Utf8));
    }

    #[test]
    fn utf8_bom_then_invalid_bytes_is_not_retried_as_gb18030() {
        // D5 FE is 政 in GBK, but the BOM declared UTF-8.
        assert_eq!(
            decode(b"\xEF\xBB\xBF\xD5\xFE").unwrap_err(),
            Error::Undecodable { encoding: Encoding::Utf8, offset: 3 }
        );
    }

    #[test]
    fn utf16_both_byte_orders_keep_the_bom_as_a_char() {
        let text = "\u{FEFF}（一）加强领导😀\r\n";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(ok(&le), (text.to_owned(), Encoding::Utf16Le));
        assert_eq!(ok(&be), (text.to_owned(), Encoding::Utf16Be));
    }

    #[test]
    fn utf16_errors_give_the_offset_of_the_bad_unit() {
        let err = |bytes: &[u8], encoding, offset| {
            assert_eq!(decode(bytes).unwrap_err(), Error::Undecodable { encoding, offset }, "{bytes:02X?}");
        };
        // lone high surrogate followed by 'A'
        err(b"\xFF\xFE\x3D\xD8\x41\x00", Encoding::Utf16Le, 2);
        // lone high surrogate at the end
        err(b"\xFF\xFE\x41\x00\x3D\xD8", Encoding::Utf16Le, 4);
        // lone low surrogate
        err(b"\xFE\xFF\x00\x41\xDC\x00", Encoding::Utf16Be, 4);
        // odd byte at the end
        err(b"\xFE\xFF\x4E\x00\x4E", Encoding::Utf16Be, 4);
        // a valid pair then a lone high surrogate
        err(b"\xFF\xFE\x3D\xD8\x00\xDE\x3D\xD8", Encoding::Utf16Le, 6);
    }

    #[test]
    fn gbk_is_decoded_when_not_utf8() {
        let text = "一、总体情况：全年办理案件１２件，同比增长5%。\n";
        let (bytes, _, unmappable) = encoding_rs::GBK.encode(text);
        assert!(!unmappable);
        assert_eq!(ok(&bytes), (text.to_owned(), Encoding::Gb18030));
    }

    #[test]
    fn neither_utf8_nor_gb18030_gives_both_offsets_or_the_likely_encoding() {
        // Broken UTF-8 (many valid CJK chars, one bad byte) that is not
        // GB18030 either: both offsets.
        let mut bytes = "一、总体情况".as_bytes().to_vec();
        bytes.push(0xFF);
        assert_eq!(decode(&bytes).unwrap_err(), Error::UnknownEncoding { utf8: 18, gb18030: 18 });
        // 一 in UTF-8 then FF: too little UTF-8 to call it broken UTF-8, not
        // GB18030; the detector names what it looks like.
        assert!(matches!(decode(b"\xE4\xB8\x80\xFF").unwrap_err(), Error::UnsupportedEncoding { offset: 3, .. }));
        // A GBK lead byte at the very end: truncated, not GB18030; as
        // windows-1252 it is `abÒ`.
        assert_eq!(decode(b"ab\xD2").unwrap_err(), Error::UnsupportedEncoding { likely: "windows-1252", offset: 2 });
    }

    #[test]
    fn the_detector_is_overruled_on_short_valid_gb18030() {
        // 萬 alone (C8 66): the detector says windows-1252, too little to
        // trust, and the bytes are GB18030.
        assert_eq!(ok(b"\xC8\x66"), ("萬".to_owned(), Encoding::Gb18030));
        let shape = Shape::of(b"\xC8\x66a\xD2\xBB\x81\x30\x81\x30\x80");
        assert_eq!(
            shape,
            Shape {
                chars: 3,
                low_trails: 2,
                ascii_trails: 1,
                euc_kana: 0,
                sjis_kana: 0,
                hangul_rows: 0,
                in_words: 0,
                four_byte: 1,
                distinct: 2
            }
        );
        // Repeats and the shared symbol rows do not count: １１、 then 一一.
        assert_eq!(Shape::of(b"\xA3\xB1\xA3\xB1\xA1\xA2\xD2\xBB\xD2\xBB").distinct, 1);
    }

    #[test]
    fn long_inputs_are_judged_on_a_sample_near_their_first_non_ascii_byte() {
        // 100 KB of ASCII lines, then GBK: the sample starts at the GBK line.
        let mut text = "Line of plain ASCII text, as a header might be.\n".repeat(2200);
        text.push_str(&"二、存在的问题和不足。全年办理行政复议案件十二件，同比增长百分之五。\n".repeat(3000));
        let (gbk, _, _) = encoding_rs::GBK.encode(&text);
        assert!(gbk.len() > 3 * DETECT_LIMIT);
        assert_eq!(ok(&gbk), (text.clone(), Encoding::Gb18030));
        let at = text.find('二').unwrap();
        assert_eq!(sample(&gbk, at).first(), Some(&gbk[at]));
        assert!(sample(&gbk, at).len() <= DETECT_LIMIT && sample(&gbk, at).ends_with(b"\n"));
        // UTF-8 of the same, broken by one stray byte far from the start.
        let mut utf8 = text.into_bytes();
        let middle = utf8.len() / 2;
        let stray = (middle..).find(|&i| utf8[i] == b'\n').unwrap() + 1;
        utf8.insert(stray, 0x80);
        assert_eq!(decode(&utf8).unwrap_err().offset(), stray);
    }

    #[test]
    fn utf16_and_utf32_need_a_plausible_reading() {
        // 00 0A read as UTF-16BE is a line break, but valid UTF-8 is only
        // doubted when half its even or odd bytes are NULs, over at least
        // four code units.
        assert_eq!(ok(b"\x00\x0A"), ("\0\n".to_owned(), Encoding::Utf8));
        assert_eq!(ok(b"\x001\x00.\x00 \x00\n"), ("1. \n".to_owned(), Encoding::Utf16Be));
        // NUL then a CJK char in UTF-8 (odd length): UTF-8.
        assert_eq!(ok("\0一".as_bytes()), ("\0一".to_owned(), Encoding::Utf8));
        // GBK with a NUL: its UTF-16 readings are implausible, so GBK.
        let (gbk, _, _) = encoding_rs::GBK.encode("一、总体情况\0全年办件三十件\n");
        assert_eq!(ok(&gbk).1, Encoding::Gb18030);
        assert!(!plausible("\0a"));
        assert!(plausible("一、总体情况\n"));
        // Two code units are too few: GB18030 `00 C8 66 25` (`\0萬%`) is not
        // taken for UTF-16BE `È春` (a property test's case).
        let (gb, _, _) = encoding_rs::GB18030.encode("\0萬%");
        assert_eq!(&gb[..], b"\x00\xC8\x66\x25");
        assert_eq!(ok(&gb), ("\0萬%".to_owned(), Encoding::Gb18030));
    }
}
