//! `gongwen::parse_bytes` on any bytes: never panics; on success the tree
//! keeps its invariants and the text re-encodes to the input bytes (nothing
//! replaced, nothing dropped); on failure the offset is in bounds and, for
//! UTF-8, everything before it is valid UTF-8.
#![no_main]

use gongwen::{Encoding, Error};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match gongwen::parse_bytes(data) {
        Ok(doc) => {
            if let Err(v) = gongwen::invariants::check(&doc) {
                panic!("invariant violated: {v}\ninput: {data:02X?}");
            }
            let text = doc.source();
            match doc.encoding() {
                Encoding::Utf8 => assert_eq!(text.as_bytes(), data, "utf-8 must be taken as is"),
                Encoding::Utf16Le => {
                    let back: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
                    assert_eq!(back, data, "utf-16le must round trip");
                }
                Encoding::Utf16Be => {
                    let back: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
                    assert_eq!(back, data, "utf-16be must round trip");
                }
                Encoding::Gb18030 => {
                    assert!(std::str::from_utf8(data).is_err(), "gb18030 only for bytes that are not utf-8");
                    // Every char of the text must be encodable back: nothing was replaced.
                    let (_, _, unmappable) = encoding_rs::GB18030.encode(text);
                    assert!(!unmappable, "gb18030 text must encode back");
                    // Same char count as a strict reference decode.
                    let strict = encoding_rs::GB18030
                        .decode_without_bom_handling_and_without_replacement(data)
                        .expect("reference decoder must agree the bytes are gb18030");
                    assert_eq!(strict, text);
                }
                Encoding::Big5 => {
                    assert!(std::str::from_utf8(data).is_err(), "big5 only for bytes that are not utf-8");
                    let strict = encoding_rs::BIG5
                        .decode_without_bom_handling_and_without_replacement(data)
                        .expect("reference decoder must agree the bytes are big5");
                    assert_eq!(strict, text);
                }
                other => panic!("unexpected encoding {other}"),
            }
        }
        Err(e) => {
            assert!(e.offset() < data.len().max(1), "offset {} past {} bytes", e.offset(), data.len());
            match e {
                Error::Undecodable { encoding: Encoding::Utf8, offset }
                | Error::UnknownEncoding { utf8: offset, .. } => {
                    assert!(std::str::from_utf8(&data[..offset]).is_ok(), "bytes before the offset must be utf-8");
                    assert!(std::str::from_utf8(data).is_err(), "valid utf-8 must not be an error");
                }
                Error::Undecodable { encoding: Encoding::Utf16Le | Encoding::Utf16Be, offset } => {
                    assert_eq!(offset % 2, 0, "utf-16 offsets are at code units");
                }
                _ => {}
            }
            let message = e.to_string();
            assert!(!message.is_empty() && message.len() < 100 && message == message.to_lowercase(), "{message}");
        }
    }
});
