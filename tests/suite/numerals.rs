//! The numeral reader: Arabic, full-width, Chinese, traditional, financial
//! and mixed numerals, read exactly; garbage and overflow are errors.

use gongwen::numeral::{parse, parse_prefix, read_prefix, Decimal, NumeralError, Script};

fn int(s: &str) -> i64 {
    match parse(s) {
        Ok(d) => d.to_i64().unwrap_or_else(|| panic!("{s} should be an integer, got {d}")),
        Err(e) => panic!("{s} should be read as a numeral: {e}"),
    }
}

fn text(s: &str) -> String {
    parse(s).unwrap_or_else(|e| panic!("{s} should be read as a numeral: {e}")).to_string()
}

#[test]
fn arabic_integers_are_read() {
    assert_eq!(int("3084"), 3084, "plain digits should read as themselves");
}

#[test]
fn arabic_decimals_are_exact() {
    assert_eq!(text("135.9"), "135.9", "a decimal should keep its digits exactly");
    assert_eq!(text("11.65"), "11.65", "two decimal places should stay exact");
}

#[test]
fn thousands_separators_are_skipped() {
    assert_eq!(int("1,234,567"), 1_234_567, "groups of three after commas should join the number");
}

#[test]
fn a_comma_without_three_digits_ends_the_number() {
    assert_eq!(parse("12,34"), Err(NumeralError::Trailing { at: 2 }), "`,34` is not a thousands group");
}

#[test]
fn full_width_digits_are_read() {
    assert_eq!(int("１２３"), 123, "full-width digits should read like ASCII ones");
    assert_eq!(text("９．５"), "9.5", "a full-width point should be a decimal point");
}

#[test]
fn chinese_numerals_of_one_section() {
    assert_eq!(int("一百二十三"), 123, "一百二十三 should be 123");
    assert_eq!(int("十五"), 15, "a leading 十 needs no 一");
    assert_eq!(int("两千零五"), 2005, "零 should stand for skipped places");
    assert_eq!(int("〇"), 0, "〇 alone should be zero");
    assert_eq!(int("两"), 2, "两 should be two");
}

#[test]
fn chinese_numerals_with_wan_and_yi() {
    assert_eq!(int("二十万"), 200_000, "二十万 should be 200000");
    assert_eq!(int("一万五千亿"), 1_500_000_000_000, "万 inside a group multiplied by 亿");
    assert_eq!(int("三亿零五百万"), 305_000_000, "a group after 亿 with a zero");
}

#[test]
fn colloquial_trailing_digit_fills_the_next_place() {
    assert_eq!(int("一百五"), 150, "一百五 means 150");
    assert_eq!(int("两万五"), 25_000, "两万五 means 25000");
}

#[test]
fn traditional_forms_are_read() {
    assert_eq!(int("兩萬"), 20_000, "兩 and 萬 are traditional 两 and 万");
    assert_eq!(int("三億"), 300_000_000, "億 is traditional 亿");
}

#[test]
fn financial_forms_are_read() {
    assert_eq!(int("壹佰贰拾叁"), 123, "financial digits and units should read like plain ones");
    assert_eq!(int("伍仟"), 5000, "伍仟 is 5000");
}

#[test]
fn mixed_numerals_multiply_exactly() {
    assert_eq!(int("0.9万"), 9000, "0.9万 should be exactly 9000");
    assert_eq!(int("85.02亿"), 8_502_000_000, "85.02亿 should be exactly 8502000000");
    assert_eq!(int("1.62万"), 16_200, "1.62万 should be exactly 16200");
    assert_eq!(int("63.5万"), 635_000, "63.5万 should be exactly 635000");
    assert_eq!(int("3千万"), 30_000_000, "3千万 should be thirty million");
}

#[test]
fn mixed_numerals_report_their_script() {
    let n = read_prefix("9.5万余场").expect("9.5万 should be read");
    assert_eq!(n.script, Script::Mixed, "digits with 万 are mixed");
    assert_eq!(n.len, "9.5万".len(), "the prefix should stop before 余");
    let n = read_prefix("两万余人次").expect("两万 should be read");
    assert_eq!((n.script, n.value), (Script::Chinese, Decimal::from_int(20_000)), "两万 is Chinese 20000");
}

#[test]
fn prefix_reader_stops_at_the_unit() {
    let (v, len) = parse_prefix("1359件").expect("a number then a unit");
    assert_eq!((v, len), (Decimal::from_int(1359), 4), "the reader should stop before 件");
}

#[test]
fn a_decimal_point_needs_digits_after_it() {
    let (_, len) = parse_prefix("1.加强").expect("1 is a number");
    assert_eq!(len, 1, "`1.` before a word is a heading marker, not a decimal");
}

#[test]
fn kilometres_are_not_thousands() {
    let (v, len) = parse_prefix("3千米").expect("3 is a number");
    assert_eq!((v, len), (Decimal::from_int(3), 1), "千 in 千米 belongs to the unit");
}

#[test]
fn large_integers_round_trip() {
    assert_eq!(int("10000000000000000"), 10_000_000_000_000_000, "10^16 should be exact");
    assert_eq!(text("1234567890123.4567"), "1234567890123.4567", "four decimals on a big number stay exact");
}

#[test]
fn overflow_is_an_error() {
    assert_eq!(parse(&"9".repeat(60)), Err(NumeralError::Overflow), "sixty nines do not fit");
    assert_eq!(parse(&format!("0.{}1", "0".repeat(30))), Err(NumeralError::Overflow), "too many decimals");
}

#[test]
fn garbage_is_an_error() {
    assert_eq!(parse(""), Err(NumeralError::Empty), "an empty string is no numeral");
    assert_eq!(parse("百姓"), Err(NumeralError::Invalid), "百 alone does not open a numeral");
    assert_eq!(parse("abc"), Err(NumeralError::Invalid), "letters are no numeral");
    assert!(matches!(parse("十十"), Err(NumeralError::Trailing { .. })), "十十 is not one numeral");
    assert!(matches!(parse("12次"), Err(NumeralError::Trailing { at: 2 })), "12次 has a unit after it");
}

#[test]
fn positional_chinese_digits_are_read_as_years_are_written() {
    let n = read_prefix("二〇二四年").expect("二〇二四 is a numeral");
    assert!(n.positional, "digits without units are read by position");
    assert_eq!(n.value, Decimal::from_int(2024), "二〇二四 is 2024");
}

#[test]
fn decimals_compare_and_serialize_by_value() {
    let a = parse("1.50").expect("1.50");
    assert_eq!(a, parse("1.5").expect("1.5"), "trailing zeros should not change the value");
    assert!(a < parse("2").expect("2"), "1.5 < 2");
    #[cfg(feature = "serde")]
    assert_eq!(serde_json::to_string(&parse("9000").expect("9000")).unwrap(), "9000", "integers serialize as integers");
    #[cfg(feature = "serde")]
    assert_eq!(serde_json::to_string(&a).unwrap(), "1.5", "decimals serialize as numbers");
}

#[test]
fn full_width_digits_take_thousands_separators() {
    assert_eq!(int("１,０００"), 1000, "full-width digits grouped by an ASCII comma");
}

#[test]
fn the_prefix_reader_agrees_with_the_whole_reader() {
    for s in ["两万八八", "两万八萬", "三亿五百万"] {
        let (v, len) = parse_prefix(s).expect("a numeral opens the text");
        assert_eq!(parse(&s[..len]), Ok(v), "{s}: its prefix read alone should give the same value");
    }
}

// ------------------------------------------------------------ issue 15 forms

#[test]
fn a_full_width_comma_groups_thousands_only_before_three_digits_and_more_number() {
    assert_eq!(text("12，345.60"), "12345.6", "a full-width comma before three digits and a point is a separator");
    let (v, len) = parse_prefix("1，234，567元").expect("a numeral");
    assert_eq!((v.to_string(), len), ("1234567".to_string(), "1，234，567".len()), "groups then a unit: one number");
    assert_eq!(parse_prefix("3084，1275件").map(|p| p.1), Some(4), "four digits before the comma: two figures");
    assert_eq!(parse_prefix("12，3456件").map(|p| p.1), Some(2), "four digits after the comma: two figures");
    assert_eq!(parse_prefix("12，345。").map(|p| p.1), Some(2), "a list of figures ends with punctuation");
}

#[test]
fn chinese_decimals_below_one_and_the_traditional_point() {
    assert_eq!(text("零点六"), "0.6", "零点六 is 0.6");
    assert_eq!(text("〇点二五"), "0.25", "〇点二五 is 0.25");
    assert_eq!(text("八點五"), "8.5", "點 is the Traditional decimal point");
    assert_eq!(text("三點二"), "3.2", "點 after a lone digit");
    assert_eq!(parse_prefix("零点行动").map(|p| p.1), Some("零".len()), "点 with no digit after is no point");
}

#[test]
fn arabic_digits_mixed_with_chinese_places() {
    assert_eq!(int("3万5千"), 35_000, "3万5千");
    assert_eq!(int("2万3000"), 23_000, "four digits fill the places below 万");
    assert_eq!(int("1千2百"), 1_200, "1千2百");
    assert_eq!(int("1亿2000万"), 120_000_000, "1亿2000万");
    assert_eq!(
        parse_prefix("2万30人").map(|p| p.1),
        Some("2万".len()),
        "two digits do not fill the four places below 万"
    );
    assert_eq!(parse_prefix("3万5万").map(|p| p.1), Some("3万".len()), "a lower part must be below the multiplier");
}

#[test]
fn wan_with_no_zero_before_a_smaller_section() {
    assert_eq!(int("一万三百"), 10_300, "一万三百 is 10300");
    assert_eq!(int("一亿三百万"), 103_000_000, "一亿三百万");
    assert_eq!(int("三万五"), 35_000, "a bare digit still fills the next place");
    assert_eq!(int("一万零五"), 10_005, "a zero still marks the ones");
}

#[test]
fn a_long_run_of_multipliers_and_digits_is_read_in_bounded_depth() {
    let run = "2万3".repeat(100_000);
    let (v, len) = parse_prefix(&run).expect("a numeral opens the run");
    assert_eq!((v.to_string(), len), ("20000".to_string(), "2万".len()), "32万 is no lower part of 2万");
    let run = "1亿2000万3千2百".to_string() + &"1".repeat(1000);
    assert!(parse_prefix(&run).is_some(), "nested lower parts end without overflowing the stack");
}
