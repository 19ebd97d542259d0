//! Web-page clutter: the lines a site wraps around a report.
//!
//! ```text
//! clutter      ::= open? keyword rest                    (the whole line)
//! open         ::= "【" | "[" | "〖" | "|" | ws
//! keyword      ::= breadcrumb | published | source | font | share | action
//!                | qrcode | clock | index | navigation | views
//! breadcrumb   ::= ("当前位置" | "您现在的位置" | "您的位置" | "所在位置") | "首页" ws* (">" | "»" | "＞")
//! published    ::= ("发布时间" | "发布日期" | "发文日期" | "更新时间" | "时间") colon
//! source       ::= ("来源" | "信息来源" | "文章来源" | "稿件来源") colon
//! font         ::= "字体" | "字号" | "【大】" …
//! share        ::= "分享到" | "分享"
//! action       ::= ("打印" | "关闭" | "打印本页" | "关闭窗口" | "返回顶部" | "收藏") (sep action)*
//! qrcode       ::= "扫一扫" | "手机扫描" | "微信扫一扫"
//! clock        ::= "今天是" | … date weekday
//! index        ::= ("索引号" | "发布机构" | "成文日期" | "主题分类" | "文号" | "发文机关" | "主题词" | "公开方式" | "有效性") colon
//! navigation   ::= "第" n "页" "共" n "页" | "上一篇" | "下一篇" | "相关链接"
//! views        ::= ("浏览次数" | "点击数" | "阅读次数" | "访问量" | "浏览量") colon
//! colon        ::= ws* (":" | "：")
//! ```
//!
//! A line counts as clutter only as a whole and only when it is short; the
//! keywords inside a sentence (`…信息来源于群众…`) are text.

use crate::syntax::tree::ClutterKind;
use crate::text::words::contains;
use crate::text::ws::is_ws;
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while};
use nom::character::complete::one_of;
use nom::combinator::{opt, value};
use nom::{IResult, Parser};

/// Longest line (in chars) that is taken for clutter.
const MAX_CHARS: usize = 160;

fn colon(i: &str) -> IResult<&str, ()> {
    value((), (take_while(is_ws), one_of(":："))).parse(i)
}

/// One of `words`, then what `follows` accepts (without consuming it).
fn word_then<'a>(
    words: &'static [&'static str],
    kind: ClutterKind,
    follows: fn(&str) -> bool,
) -> impl FnMut(&'a str) -> IResult<&'a str, ClutterKind> {
    move |i: &'a str| {
        words
            .iter()
            .find_map(|w| i.strip_prefix(w).filter(|rest| follows(rest)))
            .map(|rest| (rest, kind))
            .ok_or_else(|| nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Tag)))
    }
}

/// A keyword that needs a colon: `来源：`.
fn with_colon<'a>(
    words: &'static [&'static str],
    kind: ClutterKind,
) -> impl FnMut(&'a str) -> IResult<&'a str, ClutterKind> {
    word_then(words, kind, |rest| colon(rest).is_ok())
}

/// Index-block words: followed by a colon, a table bar or white space.
fn with_field_sep<'a>(
    words: &'static [&'static str],
    kind: ClutterKind,
) -> impl FnMut(&'a str) -> IResult<&'a str, ClutterKind> {
    word_then(words, kind, |rest| colon(rest).is_ok() || rest.starts_with(|c: char| is_ws(c) || c == '|' || c == '｜'))
}

/// A keyword that stands alone: `分享到`.
fn bare<'a>(words: &'static [&'static str], kind: ClutterKind) -> impl FnMut(&'a str) -> IResult<&'a str, ClutterKind> {
    word_then(words, kind, |_| true)
}

fn keyword(i: &str) -> IResult<&str, ClutterKind> {
    use ClutterKind::*;
    alt((
        bare(
            &[
                "当前位置",
                "您现在的位置",
                "您的位置",
                "所在位置",
                "当前所在位置",
                "您所在的位置",
                "您当前的位置",
                "现在位置",
            ],
            Breadcrumb,
        ),
        (tag("首页"), take_while(is_ws), one_of(">»＞/")).map(|_| Breadcrumb),
        with_colon(&["发布时间", "发布日期", "发文日期", "更新时间", "日期", "时间"], Published),
        with_colon(&["来源", "信息来源", "文章来源", "稿件来源", "发布单位"], Source),
        bare(&["字体", "字号", "【大】", "[大]", "大 中 小", "大中小"], FontSize),
        bare(&["分享到", "分享："], Share),
        bare(&["扫一扫", "手机扫描", "微信扫一扫", "用手机扫描"], QrCode),
        bare(&["今天是"], SiteClock),
        with_field_sep(
            &[
                "索引号",
                "发布机构",
                "成文日期",
                "主题分类",
                "文号",
                "发文机关",
                "主题词",
                "公开方式",
                "有效性",
                "发文字号",
                "公开范围",
            ],
            IndexBlock,
        ),
        bare(&["上一篇", "下一篇", "相关链接", "相关阅读", "相关文章"], Navigation),
        with_colon(&["浏览次数", "点击数", "阅读次数", "访问量", "浏览量", "点击量", "阅读量"], Views),
    ))
    .parse(i)
}

fn is_action_word(w: &str) -> bool {
    matches!(
        w,
        "打印"
            | "关闭"
            | "打印本页"
            | "关闭窗口"
            | "关闭本页"
            | "返回顶部"
            | "收藏"
            | "返回"
            | "保存"
            | "打印此页"
            | "【打印】"
            | "【关闭】"
    )
}

/// The line is only page actions: `打印 关闭`, `【打印本页】【关闭窗口】`.
fn only_actions(text: &str) -> bool {
    let mut any = false;
    for w in text.split(|c: char| is_ws(c) || matches!(c, '【' | '】' | '[' | ']' | '|' | '｜' | '/')) {
        if w.is_empty() {
            continue;
        }
        if !is_action_word(w) {
            return false;
        }
        any = true;
    }
    any
}

/// `第1页共4页`, `共4页` (white space anywhere).
fn page_count(text: &str) -> bool {
    let mut chars = text.chars().filter(|c| !is_ws(*c)).peekable();
    let number = |chars: &mut std::iter::Peekable<_>| {
        let mut any = false;
        while chars.next_if(|c: &char| c.is_ascii_digit()).is_some() {
            any = true;
        }
        any
    };
    if chars.next_if_eq(&'第').is_some() && !(number(&mut chars) && chars.next() == Some('页')) {
        return false;
    }
    chars.next() == Some('共') && number(&mut chars) && chars.next() == Some('页') && chars.next().is_none()
}

/// A trail of page names from the home page: `首页 >> 信息公开 > 法治政府`.
fn is_breadcrumb_trail(text: &str) -> bool {
    // 首页 is found by its last byte (B5), which few chars of a report hold.
    let b = text.as_bytes();
    let home_at = |i: usize| i.checked_sub(5).filter(|&s| b[s..=i] == *"首页".as_bytes());
    let Some(home) = memchr::memchr_iter(0xB5, b).find_map(home_at) else { return false };
    text[home..].contains(['>', '»', '＞', '›', '〉'])
}

/// Chars that can open a clutter keyword (after any bracket).
fn may_open_keyword(c: char) -> bool {
    matches!(
        c,
        '当' | '您'
            | '所'
            | '首'
            | '发'
            | '更'
            | '日'
            | '时'
            | '来'
            | '信'
            | '文'
            | '稿'
            | '字'
            | '【'
            | '['
            | '大'
            | '分'
            | '扫'
            | '手'
            | '微'
            | '用'
            | '今'
            | '索'
            | '成'
            | '主'
            | '公'
            | '有'
            | '上'
            | '下'
            | '相'
            | '浏'
            | '点'
            | '阅'
            | '访'
    )
}

/// Does `text` end (before white space) with the char of a weekday?
fn ends_with_weekday(text: &str) -> bool {
    // A set of chars, not `str::contains`: this runs on every line.
    crate::text::ws::trim_end_ws(text).ends_with(['一', '二', '三', '四', '五', '六', '日', '天'])
}

/// A site clock: a date followed by a weekday (`2019年12月3日星期二`),
/// at most 40 chars. The cheap tests go first, since this runs on every
/// line: the byte length (40 chars take at most 160 bytes), the last char,
/// then the words, the count and the date.
fn site_clock(text: &str) -> bool {
    text.len() <= 160
        && ends_with_weekday(text)
        && (contains(text, "星期") || contains(text, "礼拜"))
        && (contains(text, "星期") || contains(text, "周"))
        && text.chars().count() <= 40
        && super::date::find_datetime(text).is_some()
}

/// What kind of clutter the (trimmed) line `text` is, if any.
pub(crate) fn classify(text: &str) -> Option<ClutterKind> {
    // This runs on every line of a report. Most lines match no rule, so the
    // char count that keeps long lines out is taken last.
    if text.is_empty() || text.len() > 4 * MAX_CHARS {
        return None;
    }
    let kind = classify_line(text)?;
    (text.len() <= MAX_CHARS || text.chars().count() <= MAX_CHARS).then_some(kind)
}

fn classify_line(text: &str) -> Option<ClutterKind> {
    let first = text.chars().next()?;
    if matches!(first, '打' | '关' | '返' | '收' | '保' | '【' | '[') && only_actions(text) {
        return Some(ClutterKind::PageAction);
    }
    if matches!(first, '第' | '共') && page_count(text) {
        return Some(ClutterKind::Navigation);
    }
    if site_clock(text) {
        return Some(ClutterKind::SiteClock);
    }
    if is_breadcrumb_trail(text) {
        return Some(ClutterKind::Breadcrumb);
    }
    let body = strip_opening_brackets(text);
    if !body.starts_with(may_open_keyword) {
        return None;
    }
    let (_, kind) = (opt(take_while(is_ws)), keyword).parse(body).ok()?;
    Some(kind.1)
}

/// Whether `c` is white space or a bracket or bar that may open a clutter line.
fn is_opening_bracket_or_ws(c: char) -> bool {
    is_ws(c) || matches!(c, '【' | '[' | '〖' | '|' | '｜')
}

/// `text` without the white space, brackets and bars that may open a
/// clutter line. Most lines open with none of these, and the first byte
/// tells (【〖 open with E3, ｜ with EF, white space with one of those,
/// C2 or E2, or an ASCII byte).
fn strip_opening_brackets(text: &str) -> &str {
    match text.as_bytes().first() {
        Some(b' ' | b'\t' | 0x0B | 0x0C | b'[' | b'|' | 0xC2 | 0xE2 | 0xE3 | 0xEF) => {
            text.trim_start_matches(is_opening_bracket_or_ws)
        }
        _ => text,
    }
}

/// `text` (a trimmed line) is only a date and time, e.g. `2024-03-28 09:18`.
pub(crate) fn bare_datetime(text: &str) -> bool {
    super::date::datetime_prefix(text)
        .is_some_and(|(dt, n)| dt.time.is_some() && text[n..].trim_matches(is_ws).is_empty())
}

/// The value of a `来源：…` field inside a clutter line: the words after the
/// colon up to white space or a bracket.
pub(crate) fn source_field(text: &str) -> Option<&str> {
    for key in ["信息来源", "文章来源", "稿件来源", "来源"] {
        let mut from = 0;
        while let Some(at) = crate::text::words::find(&text[from..], key) {
            let after = &text[from + at + key.len()..];
            if let Ok((rest, ())) = colon(after) {
                let rest = rest.trim_start_matches(is_ws);
                let end = rest.find(|c: char| is_ws(c) || matches!(c, '【' | '[' | '|' | '｜')).unwrap_or(rest.len());
                let value = &rest[..end];
                return (!value.is_empty()).then_some(value);
            }
            from += at + key.len();
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn home_is_found_where_words_find_finds_it(text in "[首页顶丵a>＞»傳¥]{0,12}") {
            let by_words = crate::text::words::find(&text, "首页").is_some_and(|home| text[home..].contains(['>', '»', '＞', '›', '〉']));
            proptest::prop_assert_eq!(is_breadcrumb_trail(&text), by_words);
        }
    }

    proptest::proptest! {
        #[test]
        fn opening_brackets_strip_as_a_trim_does(text in "[ 　\u{a0}\u{feff}【〖｜|\\[a是]{0,8}") {
            proptest::prop_assert_eq!(strip_opening_brackets(&text), text.trim_start_matches(is_opening_bracket_or_ws));
        }
    }
    use ClutterKind::*;

    #[test]
    fn recognises_web_page_lines() {
        assert_eq!(classify("当前位置：首页 > 政务公开 > 法治政府"), Some(Breadcrumb));
        assert_eq!(classify("首页 > 专题专栏"), Some(Breadcrumb));
        assert_eq!(classify("您所在的位置：首页 >> 信息公开 >> 法治政府建设"), Some(Breadcrumb));
        assert_eq!(classify("位置: 首页 » 政务公开"), Some(Breadcrumb));
        assert_eq!(classify("发布时间:2024-03-28 16:58 信息来源:县司法局 【字体:   分享到:"), Some(Published));
        assert_eq!(classify("来源：区司法局"), Some(Source));
        assert_eq!(classify("【字体：大 中 小】"), Some(FontSize));
        assert_eq!(classify("分享到："), Some(Share));
        assert_eq!(classify("【打印本页】 【关闭窗口】"), Some(PageAction));
        assert_eq!(classify("打印 关闭"), Some(PageAction));
        assert_eq!(classify("扫一扫在手机打开当前页"), Some(QrCode));
        assert_eq!(classify("今天是:2019年10月31日 星期三"), Some(SiteClock));
        assert_eq!(classify("某某县人民政府 2019年12月3日星期二"), Some(SiteClock));
        assert_eq!(classify("索引号：11330000/2024-00012"), Some(IndexBlock));
        assert_eq!(classify("| 索引号 | 11330000/2024-00012 |"), Some(IndexBlock), "a pipe-table row");
        assert_eq!(classify("第1页共4页"), Some(Navigation));
        assert_eq!(classify("第 2 页 共 4 页"), Some(Navigation));
        assert_eq!(classify("共4页"), Some(Navigation));
        assert_eq!(classify("第一页共四页的内容"), None);
        assert_eq!(classify("浏览次数：1024"), Some(Views));
    }

    #[test]
    fn keeps_text_that_mentions_the_words() {
        assert_eq!(classify("信息来源于群众举报，我镇及时处置。"), None);
        assert_eq!(classify("打印宣传资料2000余份"), None);
        assert_eq!(classify("时间紧、任务重，全镇上下共同努力。"), None);
    }

    #[test]
    fn reads_the_source_field() {
        assert_eq!(source_field("发布时间:2024-03-28 16:58 信息来源:县司法局 【字体:"), Some("县司法局"));
        assert_eq!(source_field("来源：青禾镇人民政府"), Some("青禾镇人民政府"));
        assert_eq!(source_field("信息来源于群众"), None);
    }
}
