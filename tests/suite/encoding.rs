//! Encodings of `parse_bytes` and `parse_bytes_as` (issue 13, part 3):
//! every legacy or wide encoding is either read correctly or refused with
//! an error naming it, never returned as garbled GB18030.
//!
//! The byte literals were made with Python's codecs when the tests were
//! written, so that they do not depend on the decoder under test:
//! `python3 -c "print('臺北市政府法治政府建設年度報告'.encode('big5'))"` and so on,
//! with the codec named above each constant.

use gongwen::{invariants, parse_bytes, parse_bytes_as, Encoding, Error};

// big5: '臺北市政府法治政府建設年度報告'
const BIG5: &[u8] = b"\xBB\x4F\xA5\x5F\xA5\xAB\xAC\x46\xA9\xB2\xAA\x6B\xAA\x76\xAC\x46\xA9\xB2\xAB\xD8\xB3\x5D\xA6\x7E\xAB\xD7\xB3\xF8\xA7\x69";
// big5hkscs: '香港特別行政區政府：屋邨及㗎'
const HKSCS: &[u8] =
    b"\xAD\xBB\xB4\xE4\xAF\x53\xA7\x4F\xA6\xE6\xAC\x46\xB0\xCF\xAC\x46\xA9\xB2\xA1\x47\xAB\xCE\x90\x68\xA4\xCE\x9D\xEE";
// shift_jis: '日本政府の年次報告書について、内閣府は国会に提出しました。'
const SHIFT_JIS: &[u8] = b"\x93\xFA\x96\x7B\x90\xAD\x95\x7B\x82\xCC\x94\x4E\x8E\x9F\x95\xF1\x8D\x90\x8F\x91\x82\xC9\x82\xC2\x82\xA2\x82\xC4\x81\x41\x93\xE0\x8A\x74\x95\x7B\x82\xCD\x8D\x91\x89\xEF\x82\xC9\x92\xF1\x8F\x6F\x82\xB5\x82\xDC\x82\xB5\x82\xBD\x81\x42";
// euc_jp: '日本政府の年次報告書について、内閣府は国会に提出しました。'
const EUC_JP: &[u8] = b"\xC6\xFC\xCB\xDC\xC0\xAF\xC9\xDC\xA4\xCE\xC7\xAF\xBC\xA1\xCA\xF3\xB9\xF0\xBD\xF1\xA4\xCB\xA4\xC4\xA4\xA4\xA4\xC6\xA1\xA2\xC6\xE2\xB3\xD5\xC9\xDC\xA4\xCF\xB9\xF1\xB2\xF1\xA4\xCB\xC4\xF3\xBD\xD0\xA4\xB7\xA4\xDE\xA4\xB7\xA4\xBF\xA1\xA3";
// euc_kr: '대한민국 정부의 연례 보고서입니다'
const EUC_KR: &[u8] = b"\xB4\xEB\xC7\xD1\xB9\xCE\xB1\xB9\x20\xC1\xA4\xBA\xCE\xC0\xC7\x20\xBF\xAC\xB7\xCA\x20\xBA\xB8\xB0\xED\xBC\xAD\xC0\xD4\xB4\xCF\xB4\xD9";
// latin-1: 'naïve café'
const LATIN_1: &[u8] = b"\x6E\x61\xEF\x76\x65\x20\x63\x61\x66\xE9";
// utf-32: '一、总体情况\n'
const UTF32LE_BOM: &[u8] = b"\xFF\xFE\x00\x00\x00\x4E\x00\x00\x01\x30\x00\x00\x3B\x60\x00\x00\x53\x4F\x00\x00\xC5\x60\x00\x00\xB5\x51\x00\x00\x0A\x00\x00\x00";
// utf-32-be: '一、总体情况\n'
const UTF32BE: &[u8] =
    b"\x00\x00\x4E\x00\x00\x00\x30\x01\x00\x00\x60\x3B\x00\x00\x4F\x53\x00\x00\x60\xC5\x00\x00\x51\xB5\x00\x00\x00\x0A";
// utf-16-le: '某县人民政府\n关于2024年度法治政府建设情况的报告\n一、主要举措\n\u3000\u3000全年办理行政复议案件12件。\n'
const UTF16LE: &[u8] = b"\xD0\x67\xBF\x53\xBA\x4E\x11\x6C\x3F\x65\x9C\x5E\x0A\x00\x73\x51\x8E\x4E\x32\x00\x30\x00\x32\x00\x34\x00\x74\x5E\xA6\x5E\xD5\x6C\xBB\x6C\x3F\x65\x9C\x5E\xFA\x5E\xBE\x8B\xC5\x60\xB5\x51\x84\x76\xA5\x62\x4A\x54\x0A\x00\x00\x4E\x01\x30\x3B\x4E\x81\x89\x3E\x4E\xAA\x63\x0A\x00\x00\x30\x00\x30\x68\x51\x74\x5E\x9E\x52\x06\x74\x4C\x88\x3F\x65\x0D\x59\xAE\x8B\x48\x68\xF6\x4E\x31\x00\x32\x00\xF6\x4E\x02\x30\x0A\x00";
// utf-16-be: '某县人民政府\n关于2024年度法治政府建设情况的报告\n一、主要举措\n\u3000\u3000全年办理行政复议案件12件。\n'
const UTF16BE: &[u8] = b"\x67\xD0\x53\xBF\x4E\xBA\x6C\x11\x65\x3F\x5E\x9C\x00\x0A\x51\x73\x4E\x8E\x00\x32\x00\x30\x00\x32\x00\x34\x5E\x74\x5E\xA6\x6C\xD5\x6C\xBB\x65\x3F\x5E\x9C\x5E\xFA\x8B\xBE\x60\xC5\x51\xB5\x76\x84\x62\xA5\x54\x4A\x00\x0A\x4E\x00\x30\x01\x4E\x3B\x89\x81\x4E\x3E\x63\xAA\x00\x0A\x30\x00\x30\x00\x51\x68\x5E\x74\x52\x9E\x74\x06\x88\x4C\x65\x3F\x59\x0D\x8B\xAE\x68\x48\x4E\xF6\x00\x31\x00\x32\x4E\xF6\x30\x02\x00\x0A";
// gbk: '某县人民政府\n关于2024年度法治政府建设情况的报告\n一、主要举措\n\u3000\u3000全年办理行政复议案件12件。\n'
const GBK: &[u8] = b"\xC4\xB3\xCF\xD8\xC8\xCB\xC3\xF1\xD5\xFE\xB8\xAE\x0A\xB9\xD8\xD3\xDA\x32\x30\x32\x34\xC4\xEA\xB6\xC8\xB7\xA8\xD6\xCE\xD5\xFE\xB8\xAE\xBD\xA8\xC9\xE8\xC7\xE9\xBF\xF6\xB5\xC4\xB1\xA8\xB8\xE6\x0A\xD2\xBB\xA1\xA2\xD6\xF7\xD2\xAA\xBE\xD9\xB4\xEB\x0A\xA1\xA1\xA1\xA1\xC8\xAB\xC4\xEA\xB0\xEC\xC0\xED\xD0\xD0\xD5\xFE\xB8\xB4\xD2\xE9\xB0\xB8\xBC\xFE\x31\x32\xBC\xFE\xA1\xA3\x0A";

/// The text of `REPORT`, the few lines in UTF16LE, UTF16BE and GBK above.
const REPORT: &str =
    "某县人民政府\n关于2024年度法治政府建设情况的报告\n一、主要举措\n\u{3000}\u{3000}全年办理行政复议案件12件。\n";

fn decoded(bytes: &[u8]) -> (String, Encoding) {
    let doc = parse_bytes(bytes).unwrap_or_else(|e| panic!("should decode: {e}"));
    invariants::check(&doc).expect("invariants");
    (doc.source().to_owned(), doc.encoding())
}

fn unsupported(bytes: &[u8]) -> (&'static str, String) {
    match parse_bytes(bytes) {
        Err(e @ Error::UnsupportedEncoding { likely, offset }) => {
            assert!(offset < bytes.len());
            (likely, e.to_string())
        }
        Err(e) => panic!("should be an unsupported encoding, got {e:?}"),
        Ok(doc) => panic!("should be an error, got {:?} text {:?}", doc.encoding(), doc.source()),
    }
}

#[test]
fn big5_is_read_as_traditional_text() {
    assert_eq!(decoded(BIG5), ("臺北市政府法治政府建設年度報告".to_owned(), Encoding::Big5));
}

#[test]
fn big5_hkscs_chars_in_the_encoding_standard_are_read() {
    // 邨 (90 68) and 㗎 (9D EE) are HKSCS chars below the Big5 lead range.
    assert_eq!(decoded(HKSCS), ("香港特別行政區政府：屋邨及㗎".to_owned(), Encoding::Big5));
}

#[test]
fn japanese_korean_and_western_encodings_are_named_errors() {
    for (bytes, likely) in [(SHIFT_JIS, "shift_jis"), (EUC_JP, "euc-jp"), (EUC_KR, "euc-kr"), (LATIN_1, "windows-1252")]
    {
        let (guess, message) = unsupported(bytes);
        assert_eq!(guess, likely);
        assert!(message.contains(likely), "{message}");
        assert_eq!(message, message.to_lowercase());
        assert!(message.len() < 80, "{message}");
    }
    assert_eq!(unsupported(LATIN_1).1, "unsupported encoding, likely windows-1252 (from byte 2)");
}

#[test]
fn utf32_is_refused_with_or_without_a_bom() {
    assert_eq!(
        unsupported(UTF32LE_BOM),
        ("utf-32le", "unsupported encoding, likely utf-32le (from byte 0)".to_owned())
    );
    assert_eq!(unsupported(UTF32BE).0, "utf-32be");
    // Without its BOM, UTF-32LE of the same text.
    assert_eq!(unsupported(&UTF32LE_BOM[4..]).0, "utf-32le");
    // FF FE 00 00 is also the UTF-16LE BOM then U+0000: with less than two
    // UTF-32 chars after it, UTF-16LE (found by tests/suite/properties.rs).
    let doc = parse_bytes(b"\xFF\xFE\x00\x00\xF6\x4E\x00\x00").expect("utf-16le");
    assert_eq!((doc.source(), doc.encoding()), ("\u{feff}\0件\0", Encoding::Utf16Le));
    // ASCII in UTF-32LE is valid UTF-8 (with NULs): still refused.
    assert_eq!(unsupported(b"1\0\0\0.\0\0\0\n\0\0\0").0, "utf-32le");
}

#[test]
fn utf16_without_a_bom_is_read_by_its_nul_bytes() {
    assert_eq!(decoded(UTF16LE), (REPORT.to_owned(), Encoding::Utf16Le));
    assert_eq!(decoded(UTF16BE), (REPORT.to_owned(), Encoding::Utf16Be));
    // One line of ASCII in UTF-16LE is valid UTF-8 too; the NULs decide.
    assert_eq!(decoded(b"1\0.\0 \0t\0e\0x\0t\0\n\0"), ("1. text\n".to_owned(), Encoding::Utf16Le));
}

#[test]
fn a_stray_byte_in_short_utf8_is_invalid_utf8_not_gb18030() {
    // 一、总体情况 in UTF-8, then 80 (which GB18030 reads as €).
    let bytes = b"\xE4\xB8\x80\xE3\x80\x81\xE6\x80\xBB\xE4\xBD\x93\xE6\x83\x85\xE5\x86\xB5\x80";
    let err = parse_bytes(bytes).unwrap_err();
    assert_eq!(err, Error::Undecodable { encoding: Encoding::Utf8, offset: 18 });
    assert_eq!(err.to_string(), "invalid utf-8 at byte 18");
    // The same in the middle of the text.
    let mut middle = bytes[..9].to_vec();
    middle.push(0x80);
    middle.extend_from_slice(&bytes[9..18]);
    // There the bytes are not GB18030 either (the stray byte shifts the
    // pairs): the error gives both offsets, UTF-8's first.
    let err = parse_bytes(&middle).unwrap_err();
    assert_eq!(err, Error::UnknownEncoding { utf8: 9, gb18030: 18 });
    assert_eq!(
        (err.offset(), err.to_string().as_str()),
        (9, "neither utf-8 (invalid at byte 9) nor gb18030 (invalid at byte 18)")
    );
}

#[test]
fn gbk_reports_are_still_gb18030() {
    assert_eq!(decoded(GBK), (REPORT.to_owned(), Encoding::Gb18030));
}

#[test]
fn short_ambiguous_input_documented_behaviour() {
    // 学习实施 in GBK (D1 A7 CF B0 CA B5 CA A9) is also valid UTF-8: valid
    // UTF-8 always wins, so it reads as Cyrillic and Greek letters. Say the
    // encoding to get the Chinese.
    let gbk = b"\xD1\xA7\xCF\xB0\xCA\xB5\xCA\xA9";
    assert_eq!(decoded(gbk), ("ѧϰʵʩ".to_owned(), Encoding::Utf8));
    let doc = parse_bytes_as(gbk, Encoding::Gb18030).expect("valid gbk");
    assert_eq!((doc.source(), doc.encoding()), ("学习实施", Encoding::Gb18030));
    // A few Big5 chars (臺北, BB 4F A5 5F) are too few to tell from GBK:
    // valid GB18030 with little evidence stays GB18030.
    assert_eq!(decoded(&BIG5[..4]).1, Encoding::Gb18030);
    let doc = parse_bytes_as(&BIG5[..4], Encoding::Big5).expect("valid big5");
    assert_eq!(doc.source(), "臺北");
}

#[test]
fn parse_bytes_as_decodes_exactly_that_encoding() {
    let doc = parse_bytes_as(BIG5, Encoding::Big5).expect("big5");
    assert_eq!((doc.source(), doc.encoding()), ("臺北市政府法治政府建設年度報告", Encoding::Big5));
    let doc = parse_bytes_as(GBK, Encoding::Gb18030).expect("gbk");
    assert_eq!(doc.source(), REPORT);
    let doc = parse_bytes_as(UTF16BE, Encoding::Utf16Be).expect("utf-16be");
    assert_eq!(doc.source(), REPORT);
    let doc = parse_bytes_as(REPORT.as_bytes(), Encoding::Utf8).expect("utf-8");
    assert_eq!(doc.source(), REPORT);
    // Malformed bytes: an error at their offset, in that encoding.
    let mut cut = BIG5.to_vec();
    cut.push(0xBB); // a lead byte with no trail
    assert_eq!(
        parse_bytes_as(&cut, Encoding::Big5).unwrap_err(),
        Error::Undecodable { encoding: Encoding::Big5, offset: 30 }
    );
    assert_eq!(
        parse_bytes_as(b"ab\xFF", Encoding::Gb18030).unwrap_err(),
        Error::Undecodable { encoding: Encoding::Gb18030, offset: 2 }
    );
    // 某 (C4 B3) happens to be valid UTF-8; 县 (CF D8) is not.
    assert_eq!(parse_bytes_as(GBK, Encoding::Utf8).unwrap_err().to_string(), "invalid utf-8 at byte 2");
    assert_eq!(
        parse_bytes_as(b"\x41\x00\x00", Encoding::Utf16Le).unwrap_err(),
        Error::Undecodable { encoding: Encoding::Utf16Le, offset: 2 }
    );
}

#[test]
fn encoding_names_round_trip_through_display_fromstr_and_json() {
    let names = ["utf-8", "utf-16le", "utf-16be", "gb18030", "big5"];
    for (e, name) in Encoding::ALL.into_iter().zip(names) {
        assert_eq!(e.name(), name);
        assert_eq!(e.to_string(), name);
        assert_eq!(name.parse::<Encoding>(), Ok(e));
        assert_eq!(name.to_uppercase().parse::<Encoding>(), Ok(e));
        #[cfg(feature = "serde")]
        assert_eq!(serde_json::to_string(&e).unwrap(), format!("\"{name}\""));
    }
    let err = "shift_jis".parse::<Encoding>().unwrap_err();
    assert_eq!(err.to_string(), "unknown encoding name \"shift_jis\"");
}

#[test]
fn latin_text_valid_as_gb18030_is_still_named() {
    // Short Latin text with every accented letter followed by a letter is
    // valid GB18030 too; the letters around them say a Latin encoding. Too
    // short to tell which (chardetng 1.0 says iso-8859-4 for both), but it
    // is named as one, never read as GB18030.
    for bytes in [
        // cp1252: 'Die Regierung hat den Jahresbericht für 2024 veröffentlicht.\n'
        &b"Die Regierung hat den Jahresbericht f\xFCr 2024 ver\xF6ffentlicht.\n"[..],
        // cp1252: 'naïve'
        &b"na\xEFve"[..],
    ] {
        let (likely, message) = unsupported(bytes);
        assert!(likely.starts_with("windows-125") || likely.starts_with("iso-8859-"), "{message}");
    }
}

#[test]
fn gb18030_with_rare_and_private_use_chars_stays_gb18030() {
    // Found by tests/suite/properties.rs: private-use and four-byte chars lower
    // GBK's score until the detector says Big5, EUC-JP or windows-1252, and
    // runs of fullwidth digits look like EUC-KR. Made with Python's
    // 'gb18030' codec.
    for (bytes, text) in [
        (&b"\xF9\xA1\xB5\xDA\xD2\xBB\xB2\xBF\xB7\xD6\xB5\xDA\x31\xD2\xB3\xB9\xB2\x34\xD2\xB3\xD2\xBB\xA1\xA2\xB7\xA8\xD6\xCE\xD5\xFE\xB8\xAE\xBD\xA8\xC9\xE8\x32\x2E\x32\x2E"[..], "\u{e292}第一部分第1页共4页一、法治政府建设2.2."),
        (&b"\xAA\xA1\xBD\xF1\xCC\xEC\xCA\xC7\xA3\xBA\x32\x30\x31\x39\xC4\xEA\x31\x30\xD4\xC2\x33\x31\xC8\xD5\x20\xD0\xC7\xC6\xDA\xC8\xFD\xD2\xBB\xA1\xA2"[..], "\u{e000}今天是：2019年10月31日 星期三一、"),
        (&b"\xD8\x38\x97\x34\xA3\xB0\xBC\xD3\xC7\xBF\xD7\xE9\xD6\xAF\xC1\xEC\xB5\xBC\x81\x30\x81\x35\xB9\xD8\xD3\xDA"[..], "\u{f0000}０加强组织领导\u{85}关于"),
        (&b"\xC7\xE9\xBF\xF6\xB1\xA8\xB8\xE6\xA3\xB0\xA3\xB0\xA3\xB0\xA3\xB0\xA3\xB0\xA3\xB0\xA1\xB0\xA2\xD9"[..], "情况报告００００００“①"),
        (&b"\xAA\xA1\x97\x45\xCF\xD6\xBD\xAB\xD3\xD0\xB9\xD8\xC7\xE9\xBF\xF6\xB1\xA8\xB8\xE6\xC8\xE7\xCF\xC2"[..], "\u{e000}桬现将有关情况报告如下"),
    ] {
        assert_eq!(decoded(bytes), (text.to_owned(), Encoding::Gb18030));
    }
}
