//! Properties: numerals written any way read back to their value, and a
//! generated quantity inside generated sentences is found exactly once
//! with its value, unit and qualifiers.
//!
//! 1000 cases per property by default; set PROPTEST_CASES for more.

use gongwen::numeral::{parse, Decimal};
use gongwen::quantity::{find, Qualifier};
use proptest::prelude::*;

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(1000).max(1000);
    // Failures found are kept as named tests in tests/suite/numerals.rs and
    // tests/suite/quantities.rs rather than in a regressions file.
    ProptestConfig { failure_persistence: None, ..ProptestConfig::with_cases(cases) }
}

const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// A section below 10^4 in standard Chinese: 一千零五, 三百二十, 十五.
fn section(v: u64, leading: bool, out: &mut String) {
    let places = [(1000, '千'), (100, '百'), (10, '十'), (1, ' ')];
    let mut zero_pending = false;
    let mut started = false;
    for (p, unit) in places {
        let d = (v / p % 10) as usize;
        if d == 0 {
            if started {
                zero_pending = true;
            }
            continue;
        }
        if zero_pending {
            out.push('零');
            zero_pending = false;
        }
        // 十五 at the very start, 一十五 elsewhere.
        if !(p == 10 && d == 1 && leading && !started) {
            out.push(DIGITS[d]);
        }
        if unit != ' ' {
            out.push(unit);
        }
        started = true;
    }
}

/// A number below 10^8: sections joined by 万.
fn wan_group(v: u64, leading: bool, out: &mut String) {
    let (hi, lo) = (v / 10_000, v % 10_000);
    if hi > 0 {
        section(hi, leading, out);
        out.push('万');
        if lo > 0 {
            if lo < 1000 {
                out.push('零');
            }
            section(lo, false, out);
        }
    } else {
        section(lo, leading, out);
    }
}

/// Any integer below 10^16 in Chinese numerals.
fn chinese(n: u64) -> String {
    let mut out = String::new();
    if n == 0 {
        out.push('零');
        return out;
    }
    let (hi, lo) = (n / 100_000_000, n % 100_000_000);
    if hi > 0 {
        wan_group(hi, true, &mut out);
        out.push('亿');
        if lo > 0 {
            if lo < 10_000_000 {
                out.push('零');
            }
            wan_group(lo, false, &mut out);
        }
    } else {
        wan_group(lo, true, &mut out);
    }
    out
}

#[derive(Clone, Copy, Debug)]
enum Style {
    Plain,
    Liang,
    Traditional,
    Financial,
}

fn restyle(s: &str, style: Style) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        let c = match style {
            Style::Plain => c,
            Style::Liang => {
                if c == '二' && matches!(next, Some('千' | '百' | '万' | '亿')) {
                    '两'
                } else {
                    c
                }
            }
            Style::Traditional => match c {
                '万' => '萬',
                '亿' => '億',
                '二' if matches!(next, Some('千' | '百' | '万' | '亿')) => '兩',
                c => c,
            },
            Style::Financial => match c {
                '一' => '壹',
                '二' => '贰',
                '三' => '叁',
                '四' => '肆',
                '五' => '伍',
                '六' => '陆',
                '七' => '柒',
                '八' => '捌',
                '九' => '玖',
                '十' => '拾',
                '百' => '佰',
                '千' => '仟',
                c => c,
            },
        };
        out.push(c);
    }
    out
}

fn with_commas(digits: &str) -> String {
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn full_width(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '0'..='9' => char::from_u32('０' as u32 + (c as u32 - '0' as u32)).unwrap_or(c),
            '.' => '．',
            c => c,
        })
        .collect()
}

/// `m / 10^s` written with a decimal point, keeping the zeros typed (1.50).
fn decimal_text(m: u64, s: u32) -> String {
    let p = 10u64.pow(s);
    if s == 0 {
        m.to_string()
    } else {
        format!("{}.{:0width$}", m / p, m % p, width = s as usize)
    }
}

fn style() -> impl Strategy<Value = Style> {
    prop_oneof![Just(Style::Plain), Just(Style::Liang), Just(Style::Traditional), Just(Style::Financial)]
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn integers_in_chinese_read_back(n in 0u64..=10_000_000_000_000_000, st in style()) {
        let written = restyle(&chinese(n), st);
        let got = parse(&written);
        prop_assert_eq!(got, Ok(Decimal::new(i128::from(n), 0).expect("fits")), "{} should read as {}", written, n);
    }

    #[test]
    fn integers_in_digits_read_back(n in 0u64..=10_000_000_000_000_000, commas in any::<bool>(), wide in any::<bool>()) {
        let mut written = if commas { with_commas(&n.to_string()) } else { n.to_string() };
        if wide {
            written = full_width(&written);
        }
        prop_assert_eq!(parse(&written), Ok(Decimal::new(i128::from(n), 0).expect("fits")), "{} should read as {}", written, n);
    }

    #[test]
    fn decimals_read_back(m in 0u64..=1_000_000_000_000_000, s in 0u32..=4, wide in any::<bool>()) {
        let mut written = decimal_text(m, s);
        if wide {
            written = full_width(&written);
        }
        let want = Decimal::new(i128::from(m), s).expect("fits");
        prop_assert_eq!(parse(&written), Ok(want), "{} should read as {}", written, want);
    }

    #[test]
    fn mixed_with_wan_and_yi_read_back(m in 1u64..=99_999_999, s in 0u32..=4, yi in any::<bool>()) {
        let (mult, exp) = if yi { ("亿", 8) } else { ("万", 4) };
        let written = format!("{}{}", decimal_text(m, s), mult);
        let want = Decimal::new(i128::from(m), s).and_then(|d| d.mul_pow10(exp)).expect("fits");
        prop_assert_eq!(parse(&written), Ok(want), "{} should read as {}", written, want);
    }
}

// ------------------------------------------------------------ quantity round trip

const LABELS: &[&str] = &[
    "办理行政复议案件",
    "开展法治宣传活动",
    "培训执法人员",
    "调解矛盾纠纷",
    "发放宣传资料",
    "受理群众诉求",
    "检查生产经营单位",
    "审查合同",
    "化解信访积案",
    "组织旁听庭审",
];

const LEADS: &[&str] = &["", "2024年，", "全年", "今年以来，", "其中，", "一是", "（二）", "根据〔2023〕12号文件，"];

const TAILS: &[&str] = &["。", "，群众满意度明显提升。", "；同时加强“八五”普法。", "，较2023年有所增加。", ""];

/// (written, base unit, whether 万 and 余 read naturally with it)
const UNITS: &[(&str, &str, bool)] = &[
    ("件", "件", true),
    ("次", "次", true),
    ("人次", "人次", true),
    ("场次", "场次", true),
    ("项", "项", true),
    ("家", "家", true),
    ("名", "名", true),
    ("元", "元", true),
    ("%", "%", false),
    ("学时", "学时", false),
    ("天", "天", false),
    ("公斤", "公斤", true),
    ("份", "份", true),
];

const PRE: &[(&str, Option<Qualifier>)] = &[
    ("", None),
    ("", None),
    ("约", Some(Qualifier::Approx)),
    ("近", Some(Qualifier::Nearly)),
    ("超过", Some(Qualifier::MoreThan)),
    ("逾", Some(Qualifier::MoreThan)),
    ("不少于", Some(Qualifier::AtLeast)),
    ("不到", Some(Qualifier::LessThan)),
    ("达", None),
    ("共", None),
    ("累计", None),
];

const POST: &[(&str, Option<Qualifier>)] =
    &[("", None), ("", None), ("以上", Some(Qualifier::AtLeast)), ("左右", Some(Qualifier::Approx))];

proptest! {
    #![proptest_config(config())]

    #[test]
    fn a_generated_quantity_is_found_once(
        lead in prop::sample::select(LEADS),
        label in prop::sample::select(LABELS),
        pre in prop::sample::select(PRE),
        m in 1u64..=999_999,
        s in 0u32..=2,
        script in 0u8..3,
        wan in any::<bool>(),
        yu in any::<bool>(),
        unit in prop::sample::select(UNITS),
        post in prop::sample::select(POST),
        tail in prop::sample::select(TAILS),
    ) {
        let (unit_text, base, natural) = unit;
        let wan = wan && natural;
        // Arabic, full-width, or Chinese numerals (integers of two chars or
        // more, below 10^4 so that 万 may follow).
        let (mut number, s, m) = match script {
            0 => (decimal_text(m, s), s, m),
            1 => (full_width(&decimal_text(m, s)), s, m),
            _ => {
                let m = 11 + m % 9989;
                (chinese(m), 0, m)
            }
        };
        let yu = yu && natural && s == 0;
        let mut want = Decimal::new(i128::from(m), s).expect("fits");
        let mut quals: Vec<Qualifier> = pre.1.into_iter().collect();
        if yu {
            number.push('余');
            quals.push(Qualifier::MoreThan);
        }
        if wan {
            number.push('万');
            want = want.mul_pow10(4).expect("fits");
        }
        quals.extend(post.1);
        let sentence = format!("{lead}{label}{}{number}{unit_text}{}{tail}", pre.0, post.0);
        let found = find(&sentence);
        prop_assert_eq!(found.len(), 1, "`{}` should state one quantity, found {:?}", sentence, found);
        let q = &found[0];
        prop_assert_eq!(q.value, want, "value of `{}`", sentence);
        prop_assert_eq!(q.unit.as_str(), base, "unit of `{}`", sentence);
        prop_assert_eq!(&q.qualifiers, &quals, "qualifiers of `{}`", sentence);
        prop_assert_eq!(&sentence[q.span.range()], q.text.as_str(), "span of `{}` covers its text", sentence);
        prop_assert!(q.label.contains(label), "label of `{}` should hold {}, got {}", sentence, label, q.label);
    }

    #[test]
    fn numeral_reader_never_panics(s in "[0-9０-９,.．零〇一二两三四五六七八九十百千万亿萬億壹贰拾佰仟点余多x]{0,40}") {
        let whole = parse(&s);
        if let Some((v, len)) = gongwen::numeral::parse_prefix(&s) {
            prop_assert!(s.is_char_boundary(len) && len > 0, "the prefix ends on a char boundary");
            prop_assert_eq!(parse(&s[..len]), Ok(v), "the prefix read alone gives the same value");
        }
        if let Ok(v) = whole {
            prop_assert_eq!(gongwen::numeral::parse_prefix(&s).map(|p| p.0), Some(v), "a whole numeral is its own prefix");
        }
    }

    #[test]
    fn find_on_report_like_text_gives_sane_quantities(
        s in "[0-9０-９,.．一二两三十百千万亿余多约近超不少于以上左右件次人名个项元%成年天—\\-至由降低增长同比第“”《》，。、（）]{0,80}"
    ) {
        let found = find(&s);
        let mut last = 0;
        for q in &found {
            prop_assert!(s.is_char_boundary(q.span.start) && s.is_char_boundary(q.span.end), "span on char boundaries");
            prop_assert_eq!(&s[q.span.range()], q.text.as_str(), "span covers the text");
            prop_assert!(q.span.start >= last, "quantities come in the order written");
            last = q.span.start;
        }
    }

    #[test]
    fn find_never_panics_and_spans_are_on_char_boundaries(s in "\\PC{0,60}") {
        for q in find(&s) {
            prop_assert!(s.is_char_boundary(q.span.start) && s.is_char_boundary(q.span.end), "span on char boundaries");
            prop_assert_eq!(&s[q.span.range()], q.text.as_str(), "span covers the text");
        }
    }
}

// ------------------------------------------------------------ issue 15 forms

proptest! {
    #![proptest_config(config())]

    #[test]
    fn full_width_comma_groups_read_back_before_a_unit(n in 1000u64..=999_999_999_999) {
        let written = with_commas(&n.to_string()).replace(',', "，");
        let text = format!("{written}元");
        prop_assert_eq!(gongwen::numeral::parse_prefix(&text), Some((Decimal::from_int(n as i64), written.len())), "{}", text);
    }

    #[test]
    fn wan_with_lower_places_in_digits_reads_back(hi in 1u64..=9999, lo in 1u64..=9999, by_qian in any::<bool>()) {
        let (written, want) = if by_qian {
            let q = lo % 9 + 1;
            (format!("{hi}万{q}千"), hi * 10_000 + q * 1000)
        } else {
            (format!("{hi}万{lo:04}"), hi * 10_000 + lo)
        };
        prop_assert_eq!(parse(&written), Ok(Decimal::from_int(want as i64)), "{}", written);
    }

    #[test]
    fn chinese_decimals_below_one_read_back(m in 1u64..=999_999, zero_form in any::<bool>()) {
        let digits: String = m.to_string().chars().map(|c| DIGITS[c as usize - '0' as usize]).collect();
        let written = format!("{}点{}", if zero_form { '〇' } else { '零' }, digits);
        let scale = digits.chars().count() as u32;
        prop_assert_eq!(parse(&written), Ok(Decimal::new(i128::from(m), scale).expect("fits")), "{}", written);
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn fractions_read_back_as_shares((den, num) in (1u64..=20).prop_flat_map(|d| (Just(d), 1..=d))) {
        let text = format!("占{}分之{}。", chinese(den), chinese(num));
        let found = find(&text);
        prop_assert_eq!(found.len(), 1, "{}", text);
        let q = &found[0];
        prop_assert_eq!(q.unit.as_str(), "%");
        // Exact within six places, or rounded to four and marked approx.
        let exact = (0..=6u32).find(|&s| (num * 100 * 10u64.pow(s)) % den == 0);
        match exact {
            Some(s) => prop_assert_eq!(q.value, Decimal::new(i128::from(num * 100 * 10u64.pow(s) / den), s).expect("fits")),
            None => prop_assert!(q.qualifiers.contains(&Qualifier::Approx), "{}", text),
        }
    }
}
