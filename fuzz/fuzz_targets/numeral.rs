//! `gongwen::numeral::parse` on any text: never panics; a value it returns
//! is a finite number, and written out in digits (its `Display`) reads back
//! to the same value. Then a round trip: a number taken from the input is
//! written in Arabic digits (ASCII and full-width) and in Chinese numerals
//! with 万/亿 (`一亿零五百万零三十`), and each must read back to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;

const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// 0..=9999 in Chinese numerals; `first` when nothing precedes it (so 十五, not 一十五).
fn group(n: u64, first: bool, out: &mut String) {
    let digits = [n / 1000 % 10, n / 100 % 10, n / 10 % 10, n % 10];
    let units = ["千", "百", "十", ""];
    let mut started = false;
    let mut zero = false;
    for (&d, unit) in digits.iter().zip(units) {
        if d == 0 {
            zero |= started;
            continue;
        }
        if zero {
            out.push('零');
            zero = false;
        }
        if !(d == 1 && unit == "十" && !started && first) {
            out.push(DIGITS[d as usize]);
        }
        out.push_str(unit);
        started = true;
    }
}

/// `n < 10^12` in Chinese numerals, the way reports write them.
fn chinese(n: u64) -> String {
    if n == 0 {
        return "零".to_owned();
    }
    let mut out = String::new();
    let mut started = false;
    let mut gap = false;
    for (g, suffix) in [(n / 100_000_000, "亿"), (n / 10_000 % 10_000, "万"), (n % 10_000, "")] {
        if g == 0 {
            gap |= started;
            continue;
        }
        if started && (g < 1000 || gap) {
            out.push('零');
        }
        group(g, !started, &mut out);
        out.push_str(suffix);
        started = true;
        gap = false;
    }
    out
}

fn reads_back(written: &str, n: u64) {
    match gongwen::numeral::parse(written) {
        Ok(v) => assert_eq!(v.to_i64(), i64::try_from(n).ok(), "{written:?} should read as {n}, not {}", v.to_f64()),
        Err(_) => panic!("{written:?} should read as {n}, but is rejected"),
    }
}

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(v) = gongwen::numeral::parse(text) {
            assert!(v.to_f64().is_finite(), "{text:?} read as {}", v.to_f64());
            // The value written out in digits reads back to the same value.
            let digits = v.to_string();
            if !digits.starts_with('-') {
                match gongwen::numeral::parse(&digits) {
                    Ok(w) => {
                        assert_eq!(w.to_string(), digits, "{text:?} read as {digits}, which reads back differently")
                    }
                    Err(e) => panic!("{text:?} read as {digits}, which does not read back: {e}"),
                }
            }
        }
    }
    if data.len() >= 8 {
        let n = u64::from_le_bytes(data[..8].try_into().unwrap()) % 1_000_000_000_000;
        reads_back(&n.to_string(), n);
        let wide: String =
            n.to_string().chars().map(|c| char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap()).collect();
        reads_back(&wide, n);
        reads_back(&chinese(n), n);
    }
});
