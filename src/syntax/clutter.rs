//! Web-page clutter: the lines a site wraps around a report.
//!
//! ```text
//! clutter      ::= open? keyword rest                    (the whole line)
//! open         ::= ("【" | "[" | "〖" | "|" | ws | bullet | ">" ws)*      (`> `: a markdown quote)
//! bullet       ::= "•" | "·" | "●" | "◆" | "■" | "▪" | "-" ws        (`- [ 索引号 ] …`, `• 微信`)
//! keyword      ::= breadcrumb | published | source | font | share | action
//!                | qrcode | clock | index | navigation | views | site_footer
//! breadcrumb   ::= ("当前位置" | "您现在的位置" | "您的位置" | "所在位置") | "首页" ws* (">" | "»" | "＞" | "/" | "-")
//! published    ::= ("发布时间" | "发布日期" | "发表时间" | "公开日期" | "发文日期" | "更新时间" | "发稿时间" | "录入时间" | "时间" | "日期" …)
//!                  (colon | field_sep (digit | end))
//! field_sep    ::= ws | "]" | "】" | "|" | "｜"
//! source       ::= ("来源" | "信息来源" | "文章来源" | "稿件来源") colon
//! font         ::= "字体" | "字号" | "【大】" …
//! share        ::= "分享到" | "分享至" | "分享" colon? | ("微信" | "微博" | "QQ空间" | "QQ" | "朋友圈") end
//! action       ::= ("打印" | "关闭" | "打印本页" | "关闭窗口" | "返回顶部" | "收藏" | "我要纠错"
//!                  | "无障碍浏览" | "长者模式" | "繁體版" | "English" | "登录" | "设为首页" …) (sep action)*
//!                | … "cookie" … ("]" | "】")                  (a cookie notice with its buttons)
//! qrcode       ::= "扫一扫" | "手机扫描" | "微信扫一扫" | "扫码" | ("（" | "(") qrcode … ("）" | ")")
//! clock        ::= "今天是" | … date weekday
//! index        ::= ("索引号" | "发布机构" | "成文日期" | "主题分类" | "文号" | "发文机关" | "主题词" | "公开方式" | "有效性"
//!                  | "名称" | "标题" | "抄送" | "抄报") (colon | field_sep)
//!                | cjk ws+ cjk colon                        (a spaced label: `标   题：…`)
//! annotation   ::= ("（" | "(") ("此件" | "联系人") … ("）" | ")")          (a note under the signature) → index
//! print_line   ::= … date … "印发"                          (a colophon's: `某办公室 2025年1月10日印发`) → index
//! navigation   ::= "上一篇" | "下一篇" | "相关链接" | "附件下载" | "当前文章"
//! file_link    ::= name "." ("pdf" | "doc" | "docx" | "xls" | …) end  (a download under the report) → navigation
//! site_footer  ::= ("主办单位" | "承办单位" | "网站标识码" | "技术支持" | "地址" | "邮编" …) colon
//!                | "版权所有" | "Copyright" | "©" | "公网安备" | "ICP备"     → column
//!                | … "ICP备" … ("号" | digit) end             (`京ICP备12345678号-1`)  → column
//! app_action   ::= ("阅读原文" | "在看" | "写留言" | "听全文" | "图片" …) end  (a WeChat page's footer and
//!                  image placeholders, each alone on its line)             → page action
//!                | "阅读" ws+ digit+ ("万+")? end                            → views
//! views        ::= ("浏览次数" | "点击数" | "阅读次数" | "访问量" | "浏览量" | "点击" | "阅读" | "浏览" | …) colon
//! colon        ::= ws* (":" | "：")
//! page_marker  ::= page.rs's page_marker                      (`- 1 -`, `·3·`, `第 3 页`) → page marker
//!                | "共" n "页"                                   (`共4页`)                  → page marker
//! crumb        ::= ("首页" | sep+) end | word (ws* sep ws* word){2,}  (one atom a line, or a trail) → breadcrumb
//! sep          ::= ">" | "»" | "＞" | "›" | "〉" | "/"
//! bare_time    ::= date time end                              (`2026-01-31 07:00:44`)       → published
//! rule         ::= mark (ws* mark){2,}, mark one of * - _ = — ─ ━ ＿ －   (`* * *`, `---`, `====`)     → markup
//! md_links     ::= ("!"? "[" words "](" target ")")+ (ws | "|")*  (links → navigation; images alone → markup)
//! ```
//!
//! A line counts as clutter only as a whole and only when it is short; the
//! keywords inside a sentence (`…信息来源于群众…`) are text.

use crate::syntax::tree::ClutterKind;
use crate::text::charset::utf8_len;
use crate::text::search::{Byte1, Bytes2, Bytes3};
use crate::text::words::contains;
use crate::text::ws::is_ws;

/// Longest line (in chars) that is taken for clutter.
const MAX_CHARS: usize = 160;

/// White space, then a colon: what is left after it. (The grammar's
/// `colon`, read by a trim and a prefix test: it runs on every keyword.)
fn colon(i: &str) -> Option<&str> {
    crate::text::ws::trim_start_ws_small(i).strip_prefix([':', '：'])
}

/// What must follow a keyword for the line to be clutter.
#[derive(Clone, Copy, Debug)]
enum Follows {
    /// Anything: `分享到`.
    Anything,
    /// A colon: `来源：`.
    Colon,
    /// A colon, a table bar or white space, as index blocks write them.
    FieldSep,
    /// What [`label_value_follows`] accepts.
    LabelValue,
    /// White space, then a breadcrumb separator: `首页 >`.
    CrumbSep,
    /// A colon, then a count or nothing: `：1,234`, `：12次`, `：`.
    Count,
}

impl Follows {
    fn accepts(self, rest: &str) -> bool {
        match self {
            Follows::Anything => true,
            Follows::Colon => colon(rest).is_some(),
            Follows::FieldSep => colon(rest).is_some() || rest.starts_with(|c: char| is_ws(c) || c == '|' || c == '｜'),
            Follows::LabelValue => label_value_follows(rest),
            Follows::CrumbSep => rest.trim_start_matches(is_ws).starts_with(['>', '»', '＞', '/', '-']),
            Follows::Count => colon(rest).is_some_and(|after| {
                let n = after.trim_matches(is_ws).trim_end_matches(['次', '人']).trim_end_matches('+');
                let n = n.strip_suffix('万').unwrap_or(n);
                n.bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
            }),
        }
    }
}

/// The keyword grammar: groups of words, each with the kind of clutter it
/// opens and what must follow it, tried in this order (the first word
/// that opens the line and is followed as its group wants gives the kind).
const KEYWORDS: &[(&[&str], ClutterKind, Follows)] = {
    use ClutterKind::*;
    use Follows::*;
    &[
        (
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
            Anything,
        ),
        (&["首页"], Breadcrumb, CrumbSep),
        (
            &[
                "发布时间",
                "发布日期",
                "发表时间",
                "公开日期",
                "发文日期",
                "更新时间",
                "更新日期",
                // Other sites' words for the day a page went up (公告, 张贴
                // and 上架 on Taiwan templates, 刊登/刊发 on news sites).
                "公告日期",
                "张贴日期",
                "上架日期",
                "刊登日期",
                "刊发日期",
                "刊发时间",
                // A news desk's words for when the article went out (发稿),
                // an older CMS's for when it was entered (录入): shown as
                // the page's publication time.
                "发稿时间",
                "发稿日期",
                "录入时间",
                "录入日期",
                "最后更新",
                "最后更新日期",
                "最后更新时间",
                "发布于",
                "日期",
                "时间",
            ],
            Published,
            LabelValue,
        ),
        (
            &[
                "来源",
                "信息来源",
                "文章来源",
                "稿件来源",
                "发布单位",
                "发布部门",
                "发布者",
                "发布人",
                "作者",
                "责任编辑",
                "编辑",
                "供稿",
                "审核",
                "校对",
                "初审",
                "复审",
                "终审",
                // A repost's note of the title the source gave the text.
                "原标题",
            ],
            Source,
            Colon,
        ),
        (&["字体", "字号", "【大】", "[大]", "大 中 小", "大中小"], FontSize, Anything),
        (&["分享到", "分享至", "分享：", "分享:"], Share, Anything),
        (&["扫一扫", "手机扫描", "微信扫一扫", "用手机扫描", "扫码"], QrCode, Anything),
        (&["今天是"], SiteClock, Anything),
        (
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
                "名称",
                "标题",
                "信息索引号",
                "生成日期",
                "发文单位",
                "信息分类",
                "内容分类",
                "组配分类",
                "体裁分类",
                "公开形式",
                "公开时限",
                "关键词",
                "所属机构",
                "文件编号",
                "统一编号",
                "有效期",
                "签发人",
                "公开属性",
                "抄送",
                "抄报",
            ],
            IndexBlock,
            FieldSep,
        ),
        (&["上一篇", "下一篇", "相关链接", "相关阅读", "相关文章", "附件下载", "当前文章"], Navigation, Anything),
        // A site's footer: who runs it, its registration numbers, its address.
        (
            &["主办单位", "承办单位", "主办", "承办", "网站标识码", "技术支持", "地址", "邮编", "联系电话"],
            Column,
            Colon,
        ),
        (&["版权所有", "Copyright", "copyright", "COPYRIGHT", "©", "公网安备", "ICP备"], Column, Anything),
        (
            &[
                "浏览次数",
                "浏览人次",
                "访问人次",
                "访问次数",
                "点击数",
                "阅读次数",
                "访问量",
                "浏览量",
                "点击量",
                "阅读量",
                "阅读数",
                "点击",
            ],
            Views,
            Colon,
        ),
        // Bare words, with their colon and a count or nothing after it
        // (`阅读：1,234`, `浏览：12次`): a sentence may open `阅读：…`.
        (&["阅读", "浏览"], Views, Count),
    ]
};

/// One word of [`KEYWORDS`], with its group's kind and follower.
type Keyword = (&'static str, ClutterKind, Follows);

/// [`KEYWORDS`] by the first char of their words: for each char, its words
/// in the grammar's order. A word can only open a line that opens with its
/// first char, so trying only these gives what trying them all gives.
/// Sorted by char, for a binary search; built once.
static KEYWORDS_BY_CHAR: once_cell::sync::Lazy<Vec<(char, Vec<Keyword>)>> = once_cell::sync::Lazy::new(|| {
    let mut by_char: Vec<(char, Vec<Keyword>)> = Vec::new();
    for &(words, kind, follows) in KEYWORDS {
        for &word in words {
            let first = word.chars().next().unwrap_or_default();
            match by_char.iter_mut().find(|(c, _)| *c == first) {
                Some((_, list)) => list.push((word, kind, follows)),
                None => by_char.push((first, vec![(word, kind, follows)])),
            }
        }
    }
    by_char.sort_by_key(|(c, _)| *c);
    by_char
});

/// The kind of clutter a line opening with a keyword is (`i` after any
/// opening bracket).
fn keyword(i: &str) -> Option<ClutterKind> {
    let first = i.chars().next()?;
    let at = KEYWORDS_BY_CHAR.binary_search_by_key(&first, |(c, _)| *c).ok()?;
    KEYWORDS_BY_CHAR[at]
        .1
        .iter()
        .find(|(word, _, follows)| i.strip_prefix(word).is_some_and(|rest| follows.accepts(rest)))
        .map(|&(_, kind, _)| kind)
}

/// The words of a page's action and version bars (`打印本页`, `关闭窗口`,
/// `无障碍浏览`, `English`): a line of them alone is page clutter.
const ACTION_WORDS: &[&str] = &[
    "打印",
    "关闭",
    "打印本页",
    "关闭窗口",
    "关闭本页",
    "返回顶部",
    "收藏",
    "返回",
    "保存",
    "打印此页",
    "【打印】",
    "【关闭】",
    "列印",
    "列印本页",
    "关闭视窗",
    "我要纠错",
    "纠错",
    // A Taiwan or Hong Kong template's bar (`友善列印　回上一頁　分享`).
    "友善列印",
    "回上一页",
    "回上页",
    // Read unfolded where the fold's head test stops short of it.
    "回上一頁",
    "回上頁",
    // A portal's accessibility and version bar, at the head and
    // the foot (`无障碍浏览　长者模式　繁體版　English | 登录`).
    "无障碍浏览",
    "无障碍阅读",
    "无障碍",
    "长者模式",
    "长者版",
    "关怀模式",
    "关怀版",
    "适老版",
    "适老化",
    "繁体版",
    "繁體版",
    "简体版",
    "简体",
    "繁体",
    "繁體",
    "English",
    "ENGLISH",
    "登录",
    "注册",
    // More of a portal's page bar (`【收藏本页】`, `加入收藏 | 设为首页`).
    "收藏本页",
    "加入收藏",
    "设为首页",
    "我要打印",
    "打印文章",
    "打印页面",
    "关闭页面",
    "手机版",
    "视力保护色",
];

/// Is `w` one of [`ACTION_WORDS`]? A word longer than all of them is
/// turned down by its length.
fn is_action_word(w: &str) -> bool {
    w.len() <= LONGEST_ACTION_WORD && ACTION_WORDS.contains(&w)
}

/// The byte length of the longest of [`ACTION_WORDS`] (`无障碍浏览`, 15).
const LONGEST_ACTION_WORD: usize = {
    let mut longest = 0;
    let mut i = 0;
    while i < ACTION_WORDS.len() {
        if ACTION_WORDS[i].len() > longest {
            longest = ACTION_WORDS[i].len();
        }
        i += 1;
    }
    longest
};

/// Chars after which a line is read for page actions ([`only_actions`]):
/// the first chars of the action words it looks for, `分` (a share button
/// beside them), `【` `[`, and the bullets. A binary search, out of line,
/// as [`may_open_keyword`].
#[inline(never)]
fn may_open_action(c: char) -> bool {
    ACTION_OPENERS.binary_search(&c).is_ok() || is_bullet(c)
}

/// The chars of [`may_open_action`] but the bullets, sorted.
const ACTION_OPENERS: [char; 24] = [
    'E', '[', '【', '保', '关', '分', '列', '加', '友', '回', '我', '手', '打', '收', '无', '登', '简', '繁', '纠',
    '视', '设', '返', '适', '长',
];

/// The line is only page actions: `打印 关闭`, `【打印本页】【关闭窗口】`.
fn only_actions(text: &str) -> bool {
    // A line whose first bytes, more than an action word takes, hold no
    // byte that may open a separator (ASCII, or C2 E2 E3 EF) opens with a
    // longer word: no action, told without decoding it.
    let b = text.as_bytes();
    if b.len() > LONGEST_ACTION_WORD
        && !b[..=LONGEST_ACTION_WORD]
            .iter()
            .any(|&x| matches!(x, b' ' | b'\t' | 0x0B | 0x0C | b'[' | b']' | b'|' | b'/' | 0xC2 | 0xE2 | 0xE3 | 0xEF))
    {
        return false;
    }
    let is_sep = |c: char| is_ws(c) || is_bullet(c) || matches!(c, '【' | '】' | '[' | ']' | '|' | '｜' | '/');
    let mut any = false;
    let mut start = 0;
    // The words between separators, the end closing the last. A word
    // longer than any action word (most lines' first) is none, told
    // without reading on to its end.
    for (at, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        if !is_sep(c) {
            if at + c.len_utf8() - start > LONGEST_ACTION_WORD {
                return false;
            }
            continue;
        }
        let w = &text[start..at];
        start = at + c.len_utf8();
        if w.is_empty() {
            continue;
        }
        // A share button beside the actions (`友善列印　回上一頁　分享`);
        // alone it is a share bar, not an action.
        if w == "分享" {
            continue;
        }
        if !is_action_word(w) {
            return false;
        }
        any = true;
    }
    any
}

/// A note under a document's signature, in brackets on its own line: how
/// it is made public (`（此件公开发布）`, `（此件主动公开）`) or whom to
/// ask (`（联系人：张某，联系电话：…）`).
fn is_annotation(text: &str) -> bool {
    let inner = text.trim_start_matches(['（', '(']);
    inner.len() < text.len()
        && text.ends_with(['）', ')'])
        && (inner.starts_with("此件") || inner.starts_with("联系人") || inner.starts_with("联 系 人"))
}

/// A credit field wholly in brackets (`（责任编辑：某某）`, `(来源：某某)`):
/// a `来源`/`编辑`/`审核` field of [`KEYWORDS`] inside them.
fn bracketed_credit(text: &str) -> bool {
    let Some(inner) = text.strip_prefix(['（', '(']).and_then(|t| t.strip_suffix(['）', ')'])) else {
        return false;
    };
    !inner.contains(['（', '(', '）', ')'])
        && keyword(crate::text::ws::trim_start_ws_small(inner)) == Some(ClutterKind::Source)
}

/// A line of markdown links and images only, parted by white space or
/// bars: navigation (a page's links), or markup for images alone (a QR
/// code, a logo, a photo). A link's target may hold parentheses
/// (`javascript:window.print()`): they are matched. One walk.
fn markdown_links(text: &str) -> Option<ClutterKind> {
    let b = text.as_bytes();
    let (mut at, mut links) = (0, 0);
    while at < b.len() {
        let image = b[at] == b'!';
        at += usize::from(image);
        if b.get(at) != Some(&b'[') {
            return None;
        }
        // The words, to the first `]`, which a `(` must follow
        // (`[1]增长…`, a footnote, stops here).
        let close = at + memchr::memchr(b']', &b[at..])?;
        if b.get(close + 1) != Some(&b'(') || b[at + 1..close].contains(&b'[') {
            return None;
        }
        at = close + 2;
        let mut depth = 1;
        while depth > 0 {
            match b.get(at)? {
                b'(' => depth += 1,
                b')' => depth -= 1,
                _ => {}
            }
            at += 1;
        }
        links += usize::from(!image);
        while let Some(c) = text[at..].chars().next().filter(|&c| is_ws(c) || matches!(c, '|' | '｜')) {
            at += c.len_utf8();
        }
    }
    Some(if links > 0 { ClutterKind::Navigation } else { ClutterKind::Markup })
}

/// A QR code's caption wholly in brackets (`（手机扫描二维码浏览本页）`,
/// `(扫码关注)`): a QR keyword of [`KEYWORDS`] inside them.
fn bracketed_qr(text: &str) -> bool {
    let Some(inner) = text.strip_prefix(['（', '(']).and_then(|t| t.strip_suffix(['）', ')'])) else {
        return false;
    };
    inner.len() <= 30 * 3 && keyword(crate::text::ws::trim_start_ws_small(inner)) == Some(ClutterKind::QrCode)
}

/// A site's cookie notice ending in its buttons (`…使用Cookie…　[接受]　[拒绝]`):
/// it names cookies, in any case.
fn cookie_notice(text: &str) -> bool {
    text.len() <= 4 * MAX_CHARS && text.as_bytes().windows(6).any(|w| w.eq_ignore_ascii_case(b"cookie"))
}

/// A markdown or plain-text rule alone on its line (`* * *`, `---`,
/// `___`, `=====`, `——————`): a converter's horizontal rule, a setext
/// heading's underline, Word's footnote separator. Markup, no text. Three
/// marks at least, of one kind, white space between them allowed.
pub(crate) fn is_rule_line(text: &str) -> bool {
    let Some(mark) = text.chars().next() else { return false };
    if !matches!(mark, '*' | '-' | '_' | '=' | '—' | '─' | '━' | '＿' | '－') {
        return false;
    }
    let mut n = 0;
    for c in text.chars() {
        if c == mark {
            n += 1;
        } else if !is_ws(c) {
            return false;
        }
    }
    n >= 3
}

/// The printing line of a document's colophon: the office that printed it
/// and the date, ending `印发` (`某县司法局办公室　　2025年1月10日印发`).
/// Its date is when the text was printed, not signed.
fn is_print_line(text: &str) -> bool {
    text.ends_with("印发") && {
        let body = &text[..text.len() - "印发".len()];
        super::date::find_datetime(body).is_some()
    }
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
    static LAST_OF_YE: Byte1 = Byte1::new(0xB5);
    let Some(home) = LAST_OF_YE.iter(b).find_map(home_at) else { return false };
    text[home..].contains(['>', '»', '＞', '›', '〉'])
}

/// Chars that can open a clutter keyword (after any bracket).
/// A binary search of [`KEYWORD_OPENERS`]: a few lines of code where a
/// decision tree over each char took a dozen.
#[inline(never)]
fn may_open_keyword(c: char) -> bool {
    KEYWORD_OPENERS.binary_search(&c).is_ok()
}

/// The chars of [`may_open_keyword`], sorted.
const KEYWORD_OPENERS: [char; 71] = [
    'C', 'I', '[', 'c', '©', '【', '上', '下', '主', '今', '体', '作', '供', '信', '公', '关', '内', '分', '刊', '初',
    '原', '发', '名', '地', '复', '大', '字', '审', '张', '当', '录', '微', '您', '成', '所', '手', '扫', '承', '技',
    '抄', '文', '日', '时', '更', '最', '有', '来', '标', '校', '浏', '点', '版', '现', '生', '用', '相', '稿', '签',
    '索', '组', '终', '统', '编', '网', '联', '访', '责', '邮', '阅', '附', '首',
];

/// Does `text` end (before white space) with the char of a weekday?
fn ends_with_weekday(text: &str) -> bool {
    // Told from the last char's bytes: this runs on every line.
    // 一 三 二 五 四 六 日 天
    matches!(
        crate::text::ws::trim_end_ws_small(text).as_bytes(),
        [.., 0xE4, 0xB8, 0x80 | 0x89]
            | [.., 0xE4, 0xBA, 0x8C | 0x94]
            | [.., 0xE5, 0x9B, 0x9B]
            | [.., 0xE5, 0x85, 0xAD]
            | [.., 0xE6, 0x97, 0xA5]
            | [.., 0xE5, 0xA4, 0xA9]
    )
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
    // HTML a bad capture left around the line (`<p>…</p>`, `<br>`): the
    // line is read inside its tags, and a line of tags alone is markup.
    // Two byte tests keep every other line out.
    if may_hold_tags(text) {
        if let Some((a, b)) = html_inner(text) {
            let inner = &text[a..b];
            return if is_blank_html(inner) {
                Some(ClutterKind::Markup)
            } else if inner.contains('<') {
                // Tags inside the line too (`某局</div><div>2025年1月10日`):
                // each read as a space, its `>` no crumb's separator.
                classify(&decode_entities(&inner_tags_as_spaces(inner)))
            } else if inner.contains('&') {
                classify(&decode_entities(inner))
            } else {
                classify(inner)
            };
        }
    }
    let closed = ends_with_trail_punct(text);
    if closed && !closed_line_may_be_clutter(text) {
        return None;
    }
    let kind = classify_line_closed(text, closed).or_else(|| classify_traditional(text))?;
    (text.len() <= MAX_CHARS || text.chars().count() <= MAX_CHARS).then_some(kind)
}

/// May a line that ends a clause (`。` `，` `；` `：` `,` `:`, as most lines
/// of a report do) be clutter, in Simplified or folded from Traditional?
/// Only four rules of [`classify_line`] take such a line (see there), and
/// each wants what a few tests tell: a date opens with a year, a trail
/// holds `首页`, a spaced label's second char is white space, a keyword's
/// first char (after the opening brackets) opens one. Folding changes no
/// punctuation, white space or bracket and keeps each char's length, no
/// char folds to a char of a year or to 首, and only 頁 folds to 页 (a
/// test of the fold table keeps these true): the folded copy is tested
/// by the same tests, with the first char folded and `首頁` for `首页`.
/// A sentence that fails all of them is neither read by the rules nor
/// has its head's chars looked up in the fold table.
fn closed_line_may_be_clutter(text: &str) -> bool {
    let body = strip_opening_brackets(text);
    super::date::opens_with_year(text.as_bytes())
        || spaced_label_may_open(body.as_bytes())
        || opens_keyword_folded(body)
        || holds_home(text.as_bytes())
}

/// Does `text` open with a char that opens a keyword ([`may_open_keyword`]),
/// as it stands or folded to Simplified? An ideograph of the CJK block
/// (lead byte E4 to E9) is answered by one bit test, of its code point put
/// together from its bytes; any other char is decoded and asked both.
#[inline(always)]
fn opens_keyword_folded(text: &str) -> bool {
    match *text.as_bytes() {
        [b0 @ 0xE4..=0xE9, b1, b2, ..] => KEYWORD_OPENERS_FOLDED.contains_cp(crate::text::charset::cp3(b0, b1, b2)),
        _ => text.chars().next().is_some_and(opens_keyword_folded_char),
    }
}

/// [`may_open_keyword`] of `c` or of `c` folded to Simplified.
fn opens_keyword_folded_char(c: char) -> bool {
    may_open_keyword(c) || may_open_keyword(crate::text::script::fold_char(c))
}

/// The ideographs of [`KEYWORD_OPENERS`] and the Traditional chars that
/// fold to one of them.
static KEYWORD_OPENERS_FOLDED: crate::text::charset::CjkSet =
    crate::text::script::with_traditional_forms(crate::text::charset::CjkSet::cjk().with_chars(&KEYWORD_OPENERS));

/// Does `b` hold `首页` or `首頁`? One search: 页 (E9 A1 B5) is found by
/// its last byte, 頁 (E9 A0 81) by its second (its last, 81, ends `、`);
/// few chars of a report hold either.
fn holds_home(b: &[u8]) -> bool {
    static YE_BYTES: Bytes2 = Bytes2::new(0xB5, 0xA0);
    YE_BYTES.iter(b).any(|i| match b[i] {
        0xB5 => i >= 5 && b[i - 5..=i] == *"首页".as_bytes(),
        _ => i >= 4 && b.get(i - 4..i + 2) == Some("首頁".as_bytes()),
    })
}

/// How many chars at the head of a line (after its opening brackets) may
/// hold a keyword's Traditional char: the keywords are at most this long.
const KEYWORD_HEAD_CHARS: usize = 6;

/// [`classify_line`] of a page in Traditional script (`發佈日期：`,
/// `【字體：大 中 小】`, `【列印本頁】`): the line read again folded to
/// Simplified, when a char at its head folds (a bit test of a few chars:
/// most lines stop there). Folding keeps every byte offset, so the kind
/// read from the copy is the line's.
#[inline(never)]
fn classify_traditional(text: &str) -> Option<ClutterKind> {
    if !head_folds(strip_opening_brackets(text).as_bytes()) {
        return None;
    }
    classify_line(&crate::text::script::fold(text)?)
}

/// Does one of the first [`KEYWORD_HEAD_CHARS`] chars of `head` fold to
/// Simplified? Read from the bytes: every char that folds is in the CJK
/// block (three bytes, led by E4 to E9), whose code point is put together
/// from its bytes; the other chars are stepped over by their lead byte.
fn head_folds(head: &[u8]) -> bool {
    let mut at = 0;
    for _ in 0..KEYWORD_HEAD_CHARS {
        let Some(&b0) = head.get(at) else { return false };
        if let (0xE4..=0xE9, Some(&[b1, b2])) = (b0, head.get(at + 1..at + 3)) {
            if crate::text::script::folds_cp(crate::text::charset::cp3(b0, b1, b2)) {
                return true;
            }
            at += 3;
        } else {
            at += utf8_len(b0);
        }
    }
    false
}

fn classify_line(text: &str) -> Option<ClutterKind> {
    classify_line_closed(text, ends_with_trail_punct(text))
}

/// [`classify_line`], told whether `text` ends a clause
/// ([`ends_with_trail_punct`]), which [`classify`] reads first.
fn classify_line_closed(text: &str, closed: bool) -> Option<ClutterKind> {
    let first = text.chars().next()?;
    // The page's address alone on a line (`http://www.…/art/2025/1/10/art_1.html`):
    // a link, whatever date its path holds.
    if matches!(first, 'h' | 'w' | 'H' | 'W') && is_url_line(text) {
        return Some(ClutterKind::Navigation);
    }
    // A converter's markdown links and images alone on a line
    // (`[【打印本页】](javascript:window.print())`, `![](/images/qr.png)`).
    if matches!(first, '[' | '!') {
        if let Some(kind) = markdown_links(text) {
            return Some(kind);
        }
    }
    // Most lines of a report end a sentence or a clause (`。` `，` `；`
    // `：`, or `,` `:`), as no page marker, page action, page count,
    // bracketed note, print line (`…印发`), site clock (a weekday), crumb,
    // bare trail, share target or app action does: each ends with a char
    // of its own or is only short words. Those rules are tried only on the
    // other lines; the rules that read a line's head (a date, a label, a
    // keyword) or search it (a trail from `首页`) on every line.
    let open = !closed;
    // A rule line (`* * *`, `---`, `______`): the first byte tells most lines.
    if matches!(text.as_bytes()[0], b'*' | b'-' | b'_' | b'=' | 0xE2 | 0xEF) && is_rule_line(text) {
        return Some(ClutterKind::Markup);
    }
    if open {
        // Page markers as the body reads them (`- 1 -`, `·3·`, `第 3 页`):
        // one grammar, `page.rs`'s, for the head, the body and the foot.
        // Many lines open with 第 (`第一`, `第三方`): only a digit or a space
        // after it (`第3页`, `第 3 页`) may make a page marker.
        let may_mark = match first {
            '第' => text[3..].starts_with(|c: char| c.is_ascii_digit() || is_ws(c) || ('０'..='９').contains(&c)),
            // `Page 4 of 4` from an English-locale converter.
            _ => matches!(first, '-' | '—' | '―' | '－' | '–' | '─' | '·' | '•' | '・' | '‧' | 'P' | 'p'),
        };
        if may_mark && is_page_marker(text) {
            return Some(ClutterKind::PageMarker);
        }
    }
    // The shortest date a site writes, `2024-1-1`, takes 8 bytes.
    // (A year opens every date: that test, the cheapest, first.)
    // A site may print the date in brackets (`[ 2024-12-30 ]　来源：…`).
    let (dated, bracketed) = match text.strip_prefix(['[', '【']) {
        Some(inner) => (crate::text::ws::trim_start_ws_small(inner), true),
        None => (text, false),
    };
    if dated.len() >= 8 && super::date::opens_with_year(dated.as_bytes()) && may_hold_time_or_fields(dated) {
        if let Some((dt, n)) = super::date::datetime_prefix(dated) {
            let rest = match bracketed {
                true => dated[n..].trim_start_matches(is_ws).strip_prefix([']', '】']),
                false => Some(&dated[n..]),
            };
            if rest.is_some_and(|r| is_bare_datetime(r, dt) || fields_follow(after_weekday(r))) {
                return Some(ClutterKind::Published);
            }
        }
    }
    if open {
        if may_open_action(first) && only_actions(text) {
            return Some(ClutterKind::PageAction);
        }
        // A cookie notice with its buttons (`本网站使用Cookie…　[接受]　[拒绝]`):
        // only a line ending in a bracket is searched.
        if matches!(text.as_bytes(), [.., b']'] | [.., 0xE3, 0x80, 0x91]) && cookie_notice(text) {
            return Some(ClutterKind::PageAction);
        }
        if matches!(first, '第' | '共') && page_count(text) {
            return Some(ClutterKind::PageMarker);
        }
        if (matches!(first, '（' | '(') && is_annotation(text)) || is_print_line(text) {
            return Some(ClutterKind::IndexBlock);
        }
        // A news page's credit in brackets under the text: `（责任编辑：某某）`,
        // `（来源：某某日报）`.
        if matches!(first, '（' | '(') && bracketed_credit(text) {
            return Some(ClutterKind::Source);
        }
        // A QR code's caption in brackets (`（手机扫描二维码浏览本页）`).
        if matches!(first, '（' | '(') && bracketed_qr(text) {
            return Some(ClutterKind::QrCode);
        }
        if site_clock(text) {
            return Some(ClutterKind::SiteClock);
        }
        // A site's registration number after the region's name
        // (`京ICP备12345678号-1`): only a short line ending as one does is searched.
        if text.len() <= 240
            && (text.ends_with('号') || text.as_bytes().last().is_some_and(u8::is_ascii_digit))
            && holds_icp(text)
        {
            return Some(ClutterKind::Column);
        }
        // A report's text never ends in a Latin letter; a file's name does.
        if text.as_bytes().last().is_some_and(u8::is_ascii_alphabetic) && is_file_link(text) {
            return Some(ClutterKind::Navigation);
        }
    }
    // Both trails want a separator (`>` `»` `＞` `›` `〉`): a line with no
    // byte that opens one (most titles) is neither searched for `首页` nor
    // walked name by name.
    let seps = may_hold_crumb_sep(text.as_bytes());
    if (seps && is_breadcrumb_trail(text))
        || (open && (is_crumb(text) || (seps && has_trail_sep(text) && is_bare_trail(text))))
    {
        return Some(ClutterKind::Breadcrumb);
    }
    let body = strip_opening_brackets(text);
    // Share targets and app actions are short words alone on their line.
    if open && body.len() <= 8 * 3 {
        if let Some(kind) = short_word(body) {
            return Some(kind);
        }
    }
    if let Some(kind) = spaced_label(body) {
        return Some(kind);
    }
    if !body.starts_with(may_open_keyword) {
        return None;
    }
    keyword(crate::text::ws::trim_start_ws_small(body))
}

/// [`super::page::is_page_marker`], out of line: its byte tests are
/// inlined where they run, and here only lines that open as a page marker
/// may (a dash, a dot, `第` and a digit) ask it; kept apart, they leave the
/// rules every line runs through dense.
#[inline(never)]
fn is_page_marker(text: &str) -> bool {
    super::page::is_page_marker(text)
}

/// Does `text` hold `ICP备`? Out of line: few lines end as a
/// registration number does, and the search is long.
#[inline(never)]
fn holds_icp(text: &str) -> bool {
    contains(text, "ICP备")
}

/// `text` without the chars at its start that `strip` tells: one copy of
/// the trim for all the head's rules that trim a set of chars of their
/// own, where a closure for each set made a copy of the trim and its
/// UTF-8 decoding (these rules run on a few lines a document).
#[inline(never)]
pub(crate) fn trim_start_by(text: &str, strip: fn(char) -> bool) -> &str {
    text.trim_start_matches(strip)
}

/// White space, or a char that opens a clutter line before its words
/// ([`is_opening_bracket_or_ws`], [`is_bullet`]).
fn is_opening_bracket_ws_or_bullet(c: char) -> bool {
    is_opening_bracket_or_ws(c) || is_bullet(c)
}

/// Whether `c` is white space or a bracket or bar that may open a clutter line.
fn is_opening_bracket_or_ws(c: char) -> bool {
    is_ws(c) || matches!(c, '【' | '[' | '〖' | '|' | '｜')
}

/// A bullet that opens a menu or list line: `• 微信`, `- [ 索引号 ] …`.
fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '·' | '●' | '◆' | '■' | '▪')
}

/// `text` without the white space, brackets, bars and bullets that may open
/// a clutter line. Most lines open with none of these, and the first byte
/// tells (【〖 open with E3, ｜ with EF, white space with one of those,
/// C2 or E2, the bullets with C2, E2 or E2 96, or an ASCII byte; a
/// markdown quote with `>`).
fn strip_opening_brackets(text: &str) -> &str {
    match text.as_bytes().first() {
        Some(b' ' | b'\t' | 0x0B | 0x0C | b'[' | b'|' | b'-' | b'>' | 0xC2 | 0xE2 | 0xE3 | 0xEF) => {
            // A `-` opens a list item, a `>` a markdown quote (a
            // converter's `> 发布时间：…`), only when white space follows it.
            let text = match text.strip_prefix(['-', '>']) {
                Some(rest) if rest.starts_with(is_ws) => rest,
                _ => text,
            };
            trim_start_by(text, is_opening_bracket_ws_or_bullet)
        }
        _ => text,
    }
}

/// Is `c` a separator of a breadcrumb trail?
fn is_crumb_sep(c: char) -> bool {
    matches!(c, '>' | '»' | '＞' | '›' | '〉' | '/')
}

/// A trail of page names without `首页`: two or more separators between
/// short names (`某局 > 政务公开 > 法治政府建设`).
fn is_bare_trail(text: &str) -> bool {
    let mut seps = 0;
    let all_short = text.split(|c| is_crumb_sep(c) && c != '/').all(|seg| {
        seps += 1;
        let seg = seg.trim_matches(is_ws);
        !seg.is_empty() && seg.chars().count() <= 20 && !seg.contains(['。', '，', ',', '；', '：', ':'])
    });
    all_short && seps >= 3
}

/// Does `text` end with a char no name of a bare trail holds (`。` `，`
/// `,` `；` `：` `:`, [`is_bare_trail`])? Then it is no bare trail, and
/// the walk of [`has_trail_sep`] is saved: most lines of a report are
/// sentences that end so. Told from the last bytes.
fn ends_with_trail_punct(text: &str) -> bool {
    matches!(text.as_bytes(), [.., b',' | b':'] | [.., 0xE3, 0x80, 0x82] | [.., 0xEF, 0xBC, 0x8C | 0x9B | 0x9A])
}

/// May `b` hold a separator of a breadcrumb trail, `>` `»` `＞` `›` or
/// `〉`: a byte that opens one (`>`, C2, E2, E3, EF)? None of these bytes
/// is a continuation byte, so each is read as it stands, sixteen at a
/// time without a branch each (a title of ideographs is read through;
/// a line with punctuation stops at the sixteen bytes holding it; a
/// line shorter than sixteen bytes is walked a char at a time).
/// (Reference: [`crumb_sep_walk`] over the whole line, in the tests.)
fn may_hold_crumb_sep(b: &[u8]) -> bool {
    #[inline(always)]
    fn is_sep(x: u8) -> bool {
        (x == b'>') | (x == 0xC2) | (x == 0xE2) | (x == 0xE3) | (x == 0xEF)
    }
    #[inline(always)]
    fn any16(c: &[u8; 16]) -> bool {
        c.iter().fold(0u8, |f, &x| f | u8::from(is_sep(x))) != 0
    }
    let (chunks, rest) = b.as_chunks::<16>();
    if chunks.iter().any(any16) {
        return true;
    }
    match b.len() {
        // A short line: a char at a time, an ideograph stepped over whole.
        0..16 => crumb_sep_walk(b),
        // The last sixteen bytes: those before the remainder read twice.
        n => !rest.is_empty() && b[n - 16..].first_chunk().is_some_and(any16),
    }
}

/// [`may_hold_crumb_sep`] by a walk of the chars by their lead bytes, an
/// ideograph stepped over whole: how a short line is read.
#[inline(always)]
fn crumb_sep_walk(b: &[u8]) -> bool {
    let mut at = 0;
    while let Some(&x) = b.get(at) {
        match x {
            0xE4..=0xE9 => at += 3,
            b'>' | 0xC2 | 0xE2 | 0xE3 | 0xEF => return true,
            _ => at += 1,
        }
    }
    false
}

/// One atom of a breadcrumb set one per line: `首页`, or only separators (`>`).
#[inline(always)]
fn is_crumb(text: &str) -> bool {
    // Answered from the first byte for most lines (this runs on every
    // line, and the test is inlined): `首` opens with E9, the separators
    // with `>` `/` or C2 (»), E2 (›), E3 (〉), EF (＞).
    // (No separator opens with E9: a line opening so is an atom only as `首页`.)
    match text.as_bytes().first() {
        Some(0xE9) => text == "首页",
        Some(b'>' | b'/' | 0xC2 | 0xE2 | 0xE3 | 0xEF) => read_crumb(text),
        _ => false,
    }
}

/// [`is_crumb`] past its first byte.
fn read_crumb(text: &str) -> bool {
    text == "首页" || (text.starts_with(is_crumb_sep) && text.chars().all(|c| is_crumb_sep(c) || is_ws(c)))
}

/// A share target ([`is_share_target`]) or an app's action
/// ([`app_action`]) alone on the line: kept out of line, as few lines are
/// short enough to be one.
#[inline(never)]
fn short_word(body: &str) -> Option<ClutterKind> {
    if is_share_target(body) {
        return Some(ClutterKind::Share);
    }
    app_action(body)
}

/// A share target alone on its line, as share menus list them: `微信`, `QQ空间`.
fn is_share_target(text: &str) -> bool {
    matches!(text, "微信" | "微博" | "QQ空间" | "QQ" | "朋友圈" | "分享" | "新浪微博" | "腾讯微博")
}

/// A line of a WeChat page's chrome, alone on its line: the actions under
/// an article (`阅读原文`, `在看`, `写留言`), its read count (`阅读 1126`,
/// `阅读 10万+`), the prompts at the foot (`关注该公众号`), the audio
/// button under the byline (`听全文`) and the `图片` left where an image
/// was. Told by the line's length first: every word is short.
fn app_action(text: &str) -> Option<ClutterKind> {
    if text.len() > 8 * 3 {
        return None;
    }
    match text {
        "阅读原文"
        | "轻触阅读原文"
        | "在看"
        | "赞"
        | "点赞"
        | "写留言"
        | "留言"
        | "暂无留言"
        | "听全文"
        | "图片"
        | "继续滑动看下一个"
        | "向上滑动看下一个"
        | "预览时标签不可点" => Some(ClutterKind::PageAction),
        "关注该公众号" => Some(ClutterKind::QrCode),
        _ => {
            let count = text.strip_prefix("阅读")?.trim_start_matches(is_ws);
            let digits = count.trim_end_matches("万+").trim_end_matches('+');
            (count.len() < text.len() - "阅读".len()
                && !digits.is_empty()
                && digits.bytes().all(|b| b.is_ascii_digit() || b == b'.'))
            .then_some(ClutterKind::Views)
        }
    }
}

/// Does `b` open as a spaced label does: a first char that is no white
/// space, then one that is? From the bytes (the first char's length from
/// its lead byte).
fn spaced_label_may_open(b: &[u8]) -> bool {
    let Some(&b0) = b.first() else { return false };
    let second = utf8_len(b0);
    // The second char's lead byte first: white space opens with one of
    // these (see `ws::leading_ws_len`), a CJK char with none.
    matches!(b.get(second), Some(b' ' | b'\t' | 0x0B | 0x0C | 0xC2 | 0xE2 | 0xE3 | 0xEF))
        && crate::text::ws::leading_ws_len(b) == 0
        && crate::text::ws::leading_ws_len(&b[second..]) > 0
}

/// A label spaced out to line up with longer ones (`标   题：…`,
/// `索 引 号：…`, `来  源：…`): the kind of clutter it opens. Only a line
/// whose second char is white space is read further, and only its first
/// eight chars: the label, without its spaces, is read as a keyword.
fn spaced_label(text: &str) -> Option<ClutterKind> {
    if !spaced_label_may_open(text.as_bytes()) {
        return None;
    }
    let mut label = String::new();
    for c in text.chars().take(16) {
        if matches!(c, ':' | '：') {
            label.push('：');
            return match keyword(&label) {
                Some(kind) => Some(kind),
                None => matches!(label.as_str(), "标题：" | "名称：" | "作者：").then_some(ClutterKind::IndexBlock),
            };
        }
        if !is_ws(c) {
            if label.len() >= 8 * 3 {
                return None;
            }
            label.push(c);
        }
    }
    None
}

/// After a publication label: a colon, or a field separator (white space,
/// a closing bracket, a table bar) before a digit or the end of the line.
fn label_value_follows(rest: &str) -> bool {
    if colon(rest).is_some() {
        return true;
    }
    let after = trim_start_by(rest, |c| is_ws(c) || matches!(c, ']' | '】' | '|' | '｜'));
    after.len() < rest.len() && (after.is_empty() || after.starts_with(|c: char| c.is_ascii_digit()))
}

/// A site's menu bar: three or more short names between bars
/// (`首页 | 政务公开 | 政务服务 | 互动交流`, `某某网 | 某某日报 | 某某发布`).
/// A pipe table's row opens or closes with a bar, and its cells hold
/// figures: neither is a menu. Read by the front before the title and by
/// the foot under the signature (`网站地图 | 联系我们 | 使用帮助`); not a
/// rule of [`classify`], which runs on every line.
pub(crate) fn is_menu_bar(text: &str) -> bool {
    let bar = |c: char| c == '|' || c == '｜';
    if text.starts_with(bar)
        || text.ends_with(bar)
        || !(memchr::memchr(b'|', text.as_bytes()).is_some() || contains(text, "｜"))
    {
        return false;
    }
    let mut names = 0;
    text.split(bar).all(|name| {
        names += 1;
        let name = name.trim_matches(is_ws);
        (1..=10).contains(&name.chars().count())
            && !name
                .contains(|c: char| c.is_ascii_digit() || c.is_ascii_punctuation() || "。，；：、！？（）".contains(c))
    }) && names >= 3
}

/// A line of breadcrumb separators alone (`>`, `>>`).
pub(crate) fn is_crumb_sep_line(text: &str) -> bool {
    text != "首页" && is_crumb(text)
}

/// A clutter line that ends in a label whose value is on the next line:
/// `来源：`, `发表时间：`.
pub(crate) fn is_open_label(text: &str) -> bool {
    // The colon by its bytes (`：` is EF BC 9A), and ten chars take at
    // most 40 bytes: most lines are told without decoding a char.
    matches!(text.as_bytes(), [.., b':'] | [.., 0xEF, 0xBC, 0x9A]) && text.len() <= 40 && text.chars().count() <= 10
}

/// A char of a font-size bar set one per line (`【字体：` `小` `中` `大` `】`).
pub(crate) fn is_font_atom(c: char) -> bool {
    matches!(c, '大' | '中' | '小' | '】' | '【' | '[' | ']' | '默' | '认' | '标' | '准') || is_ws(c)
}

/// A photo's caption: `图为…`, `▲…`, `（图片来源：…）`, `…（某某 摄）`, `…供图`.
pub(crate) fn is_photo_caption(text: &str) -> bool {
    // The closing brackets (`）` is EF BC 89) and white space trimmed by
    // their bytes, and the credit's last char (`摄` E6 91 84, `攝` E6 94
    // 9D) told by its bytes: no char is decoded for most lines.
    let b = text.as_bytes();
    let end = crate::text::charset::end_before_closing_parens(b);
    let inner = crate::text::ws::trim_end_ws_small(&text[..end]);
    // In Traditional script too (`圖為…`, `…（記者 某某 攝）`). The
    // openings are tried only after a first byte of theirs: 图 圖 (E5),
    // （ (EF), `(`, ▲ (E2).
    let opens = |words: &[&str]| words.iter().any(|w| text.starts_with(w));
    (matches!(text.as_bytes().first(), Some(0xE5 | 0xEF | b'(' | 0xE2))
        && (opens(&["图为", "圖為", "（图", "(图", "（圖", "(圖", "图片", "圖片"]) || text.starts_with('▲')))
        || matches!(inner.as_bytes(), [.., 0xE6, 0x91, 0x84] | [.., 0xE6, 0x94, 0x9D])
        || inner.ends_with("供图")
        || inner.ends_with("供圖")
}

/// Does `text` name a date with a clock time (`… 2025-01-10 18:00 …`)?
pub(crate) fn names_clock_time(text: &str) -> bool {
    holds_time_mark(text.as_bytes()) && super::date::find_datetime(text).is_some_and(|dt| dt.time.is_some())
}

/// Does `b` hold a mark of a clock time, `:` `：` `时` or `点`, and a
/// digit (see `date::time`)? A line without both names no time, and is
/// not read for dates. One walk over the chars by their lead bytes.
fn holds_time_mark(b: &[u8]) -> bool {
    // A time's digits are ASCII or full-width (`date::time` reads them
    // with `is_digit`): a line with none names no time either.
    let (mut mark, mut digit) = (false, false);
    let mut at = 0;
    while let Some(&b0) = b.get(at) {
        match b0 {
            b':' => mark = true,
            b'0'..=b'9' => digit = true,
            // 时 (E6 97 B6), 点 (E7 82 B9), ： (EF BC 9A), ０-９ (EF BC 90-99):
            // the other two bytes are read only after one of these leads.
            0xE6 => mark |= b.get(at + 1..at + 3) == Some(&[0x97, 0xB6]),
            0xE7 => mark |= b.get(at + 1..at + 3) == Some(&[0x82, 0xB9]),
            0xEF => match b.get(at + 1..at + 3) {
                Some(&[0xBC, 0x9A]) => mark = true,
                Some(&[0xBC, 0x90..=0x99]) => digit = true,
                _ => {}
            },
            _ => {}
        }
        if mark && digit {
            return true;
        }
        at += utf8_len(b0);
    }
    false
}

/// A document number alone on its line: `青政发〔2024〕5号`, `某发[2024]12号`,
/// `青政發〔2025〕3號` in Traditional.
pub(crate) fn is_document_number(text: &str) -> bool {
    // The end first: most lines end otherwise, and are not searched.
    if !text.ends_with(['号', '號']) {
        return false;
    }
    let Some(open) = text.find(['〔', '[', '（', '(', '【']) else { return false };
    let after_open = &text[open..];
    let mut chars = after_open.chars();
    chars.next();
    let rest = chars.as_str();
    let year = rest.trim_start_matches(|c: char| c.is_ascii_digit());
    rest.len() - year.len() == 4 && year.starts_with(['〕', ']', '）', ')', '】']) && text[..open].chars().count() <= 12
}

/// A site's name as a banner line: `青禾县人民政府门户网站`, `某某范文网`
/// (`…網` in Traditional).
pub(crate) fn is_site_banner(text: &str) -> bool {
    text.ends_with("网站")
        || text.ends_with("门户")
        || text.ends_with('网')
        || text.ends_with("客户端")
        || text.ends_with('網')
        || text.ends_with("網站")
}

/// A file offered for download, alone on its line under the report
/// (`附件下载：` / `某县2024年…年度报告.pdf`): a short line ending in a
/// document's file extension.
fn is_file_link(text: &str) -> bool {
    const EXTS: [&str; 11] = ["pdf", "doc", "docx", "xls", "xlsx", "wps", "et", "ofd", "zip", "rar", "txt"];
    text.len() <= 4 * 80
        && text.rsplit_once('.').is_some_and(|(name, ext)| {
            !name.trim_matches(is_ws).is_empty()
                && !name.contains(['。', '；'])
                && EXTS.iter().any(|e| ext.eq_ignore_ascii_case(e))
        })
}

/// Separators between a page's title and its site's name in a `<title>`
/// (as [`title_sep_at`] reads them; the tests hold it to this list).
#[cfg(test)]
const TITLE_SEPS: [&str; 7] = [" - ", " – ", " — ", " | ", "｜", "_", "——"];

/// The byte length of the separator between a page's title and its
/// site's name in a `<title>` that `b` opens with, if any: ` - `, ` – `,
/// ` — `, ` | `, `｜`, `_`, `——`. Told from the bytes, rather than
/// searched for once a separator (a searcher built for each).
fn title_sep_at(b: &[u8]) -> Option<usize> {
    match b {
        [b' ', b'-' | b'|', b' ', ..] => Some(3),
        // ` – `, ` — `
        [b' ', 0xE2, 0x80, 0x93 | 0x94, b' ', ..] => Some(5),
        // `｜`
        [0xEF, 0xBD, 0x9C, ..] => Some(3),
        [b'_', ..] => Some(1),
        // `——`
        [0xE2, 0x80, 0x94, 0xE2, 0x80, 0x94, ..] => Some(6),
        _ => None,
    }
}

/// The first byte of each separator of [`title_sep_at`] but `｜` (EF,
/// which opens every full-width mark: searched for alone, and only before
/// the others).
static SEP_LEADS: Bytes3 = Bytes3::new(b' ', b'_', 0xE2);

/// The first separator of [`title_sep_at`] in `b`, wholly inside it: where
/// it starts and its length.
fn first_title_sep(b: &[u8]) -> Option<(usize, usize)> {
    let mut from = 0;
    let found = loop {
        let Some(i) = SEP_LEADS.find(&b[from..]).map(|i| from + i) else { break None };
        if let Some(n) = title_sep_at(&b[i..]) {
            break Some((i, n));
        }
        from = i + 1;
    };
    let end = found.map_or(b.len(), |(i, _)| i);
    memchr::memchr_iter(0xEF, &b[..end]).find_map(|i| title_sep_at(&b[i..]).map(|n| (i, n))).or(found)
}

/// The last separator of [`title_sep_at`] in `b`: where it starts and its length.
fn last_title_sep(b: &[u8]) -> Option<(usize, usize)> {
    let found = memchr::memrchr3_iter(b' ', b'_', 0xE2, b).find_map(|i| title_sep_at(&b[i..]).map(|n| (i, n)));
    let from = found.map_or(0, |(i, _)| i + 1);
    memchr::memrchr_iter(0xEF, &b[from..]).find_map(|i| title_sep_at(&b[from + i..]).map(|n| (from + i, n))).or(found)
}

/// Where the site's name a page's `<title>` puts after the title begins
/// (`…工作总结_某县人民政府`, `… - 某县人民政府门户网站`): the byte of the
/// separator, when the words after it are a site's name or a body's and
/// at most 30 chars.
pub(crate) fn title_suffix_at(text: &str) -> Option<usize> {
    // The name ends the line: a site's name or a body's, told by its last
    // chars, before any search (most title lines end with a genre word).
    let t = crate::text::ws::trim_end_ws_small(text);
    if !(is_site_banner(t) || super::title::ends_like_organ(t)) {
        return None;
    }
    // The name is at most 90 bytes after the white space that follows the
    // separator, so the last separator that can take it starts within
    // that, a separator's length (6 bytes at most) and the white space
    // from the line's end: the search looks no further back (a flattened
    // report's line is the whole report).
    let name_start = t.len().saturating_sub(30 * 3);
    let gap = t[..floor_boundary(t, name_start)].trim_end_matches(is_ws).len();
    let from = floor_boundary(t, gap.saturating_sub(6));
    let (at, sep) = last_title_sep(&text.as_bytes()[from..]).map(|(i, n)| (from + i, n))?;
    let name = text[at + sep..].trim_matches(is_ws);
    (at > 0
        && name.len() <= 30 * 3
        && name.chars().count() <= 30
        && (is_site_banner(name) || super::title::is_issuer_line(name)))
    .then_some(at)
}

/// A list page's date after a headline on its line (`…工作总结　[2025-03-18]`,
/// `…报告【2025-03-18】`, `…报告 (2025-03-18)`): where the bracketed date
/// opens, when a date alone stands in brackets at the line's end. Only a
/// line ending in a closing bracket is read. A 公文's own date in round
/// brackets (`…报告（2025年1月15日）`) is none: see [`bracketed_date_at`].
pub(crate) fn title_date_suffix_at(text: &str) -> Option<usize> {
    bracketed_date_at(text).filter(|&(_, own)| !own).map(|(at, _)| at)
}

/// A 公文's own date in round brackets after its title on the line
/// (`…情况报告（2025年1月15日）`), as it stands under the title when on a
/// line of its own: where it opens. (The title rules read both kinds
/// from one [`bracketed_date_at`].)
#[cfg(test)]
pub(crate) fn title_doc_date_at(text: &str) -> Option<usize> {
    bracketed_date_at(text).filter(|&(_, own)| own).map(|(at, _)| at)
}

/// A date alone in brackets at the end of `text`: where the brackets open,
/// and whether it is written as a 公文 dates itself (round brackets, `年`).
pub(crate) fn bracketed_date_at(text: &str) -> Option<(usize, bool)> {
    let t = crate::text::ws::trim_end_ws_small(text);
    let inner_end = t.strip_suffix([']', '】', '）', ')'])?.len();
    let open = t[..inner_end].rfind(['[', '【', '（', '('])?;
    let inner = t[open..inner_end].trim_start_matches(['[', '【', '（', '(']).trim_matches(is_ws);
    let (_, n) = super::date::datetime_prefix(inner)?;
    let own = t[open..].starts_with(['（', '(']) && inner.contains('年');
    (open > 0 && n == inner.len() && super::date::opens_with_year(inner.as_bytes())).then_some((open, own))
}

/// What a page puts before the title on the title's own line: the site's
/// name, as the page's `<title>` writes it (`某县人民政府网 - `,
/// `某县人民政府网_`, `某县人民政府网｜`), and a column tag in brackets
/// (`【政务公开】`), either or both. The byte length of that prefix, when
/// a title follows it.
pub(crate) fn title_prefix_len(text: &str) -> Option<usize> {
    let mut at = 0;
    // The site's name ends within the first 30 chars, before a separator.
    let window = &text[..floor_boundary(text, 30 * 3)];
    if let Some((end, sep)) = first_title_sep(window.as_bytes()) {
        if is_site_banner(text[..end].trim_matches(is_ws)) {
            at = end + sep;
            at += text[at..].len() - crate::text::ws::trim_start_ws_small(&text[at..]).len();
        }
    }
    // A column tag: a short bracketed word with no punctuation.
    let rest = &text[at..];
    if let Some(inner) = rest.strip_prefix('【') {
        if let Some(close) = inner.find('】').filter(|&c| c > 0 && c <= 10 * 3) {
            if !inner[..close].contains(|c: char| "。，；：、:,".contains(c) || c.is_ascii_digit()) {
                at += '【'.len_utf8() + close + '】'.len_utf8();
                at += text[at..].len() - crate::text::ws::trim_start_ws_small(&text[at..]).len();
            }
        }
    }
    (at > 0 && at < text.len()).then_some(at)
}

/// A site's watermark glued before a title (`某某范文网—每日更新www.example.com标题`):
/// the byte length of the watermark, up to the end of its web address.
pub(crate) fn watermark_len(text: &str) -> Option<usize> {
    // The address opens within the first 40 chars (160 bytes).
    let window = &text[..floor_boundary(text, 160)];
    // Every address opens with `w` or `h`: a window with neither (a line
    // of CJK text) is searched no further.
    memchr::memchr2(b'w', b'h', window.as_bytes())?;
    let at = ["www.", "http://", "https://"].iter().filter_map(|w| crate::text::words::find(window, w)).min()?;
    let addr = &text[at..];
    let len = addr
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '/' | ':' | '_')))
        .unwrap_or(addr.len());
    let end = at + len;
    (addr[..len].contains('.') && end < text.len()).then_some(end)
}

/// The largest char boundary of `text` at or below `at`.
fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// What a publication label on a clutter line gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Publication {
    /// The time written after the label.
    At(super::date::DateTime),
    /// A label with nothing after it: the value is on the next line.
    Next,
    /// The time after an update label (`更新日期：…`, `更新时间：…`) on a
    /// line with no other publication label: when the page was last
    /// changed, which stands for the publication time only where no line
    /// gives that.
    Updated(super::date::DateTime),
}

/// The publication time a clutter line gives by its label, wherever the
/// label stands on the line (`来源:县司法局 发布日期:2019-03-28 10:05`,
/// `- [ 发布日期 ] 2024-03-15`, `公开日期: | 2024-03-15 09:30 |`). Every
/// label ends in `时间` or `日期`; a bare `时间`/`日期` counts only at the
/// start of a field (`成文日期` is when the text was written, not posted).
/// Without a label, the date (and time) standing after a `来源` field
/// ([`date_after_source`]). `source` is [`source_field`] of `text`: the
/// caller reads it once for both (it wants the source too) rather than
/// this reading it again.
pub(crate) fn publication(text: &str, source: Option<&str>) -> Option<Publication> {
    labelled_publication(text).or_else(|| date_after_source(text, source?).map(Publication::At))
}

/// The date and perhaps time that a `来源` line gives after the source's
/// name, parted from it by white space (or a `|`), at the end of the line
/// or before other fields: `来源：县文旅局　　2024-12-30`,
/// `来源:县政府办 2024-03-28 16:58 浏览次数:12`. A year inside the name
/// (`来源：2024年第3期县政府公报`) is none; the search for `来源` tells most
/// lines have none.
/// `value` is [`source_field`] of `text`.
fn date_after_source<'t>(text: &'t str, value: &'t str) -> Option<super::date::DateTime> {
    let end = value.as_ptr() as usize - text.as_ptr() as usize + value.len();
    let rest = &text[end..];
    let date = trim_start_by(rest, |c| is_ws(c) || matches!(c, '|' | '｜'));
    if date.len() == rest.len() {
        return None;
    }
    let (dt, n) = super::date::datetime_prefix_small(date)?;
    let after = &date[n..];
    (after.trim_matches(is_ws).is_empty() || fields_follow(after)).then_some(dt)
}

/// [`publication`] by a label.
fn labelled_publication(text: &str) -> Option<Publication> {
    const QUALIFIED: [&str; 12] =
        ["发布", "发表", "公开", "发文", "更新", "公告", "张贴", "上架", "刊登", "刊发", "发稿", "录入"];
    // `最后更新：…`, `最後更新日期：…`: an update label opening the line.
    let head = strip_opening_brackets(text);
    let mut updated = ["最后更新", "最後更新"]
        .iter()
        .find_map(|w| head.strip_prefix(w))
        .map(|rest| ["日期", "时间", "時間"].iter().find_map(|w| rest.strip_prefix(w)).unwrap_or(rest))
        .and_then(colon)
        .and_then(|value| super::date::datetime_prefix_small(crate::text::ws::trim_start_ws_small(value)))
        .map(|(dt, _)| Publication::Updated(dt));
    for word in ["时间", "日期", "发布于"] {
        let mut from = 0;
        while let Some(at) = crate::text::words::find(&text[from..], word) {
            let at = from + at;
            from = at + word.len();
            let before = &text[..at];
            let qualified = QUALIFIED.iter().any(|q| before.ends_with(q));
            let head = if qualified { &before[..before.len() - 6] } else { before };
            // After a tag or a `&nbsp;` a bad capture left (`<p>发布时间：…`).
            let at_field_start = head.chars().next_back().is_none_or(|c| {
                is_opening_bracket_or_ws(c)
                    || is_bullet(c)
                    || matches!(c, '-' | '】' | ']' | '〗' | '）' | ')' | '/' | '>')
                    || (c == ';' && head.ends_with("&nbsp;"))
            });
            if !at_field_start {
                continue;
            }
            let rest = &text[from..];
            if !label_value_follows(rest) {
                continue;
            }
            let value = trim_start_by(rest, |c| is_ws(c) || matches!(c, ']' | '】' | '|' | '｜' | ':' | '：'));
            let value = if value.starts_with('&') { skip_blank_entities(value) } else { value };
            if value.is_empty() {
                return Some(Publication::Next);
            }
            if let Some((dt, _)) = super::date::datetime_prefix_small(value) {
                if before.ends_with("更新") {
                    updated = updated.or(Some(Publication::Updated(dt)));
                    continue;
                }
                return Some(Publication::At(dt));
            }
        }
    }
    updated
}

/// Does `text` hold a separator `>`, `»`, `＞` or `›`, with names before
/// it that may make a bare breadcrumb trail ([`is_bare_trail`]: no name
/// of more than 20 chars, no punctuation)? Read only as far as the first
/// such separator or the first name that is too long: this runs on every
/// line that may hold a separator. Out of line: its decision tree, inlined,
/// spread the rules every line runs through over more cache lines.
#[inline(never)]
fn has_trail_sep(text: &str) -> bool {
    // Read by byte, each char told by its UTF-8 bytes rather than decoded:
    // this runs on every line, and reads a dozen chars of most.
    let b = text.as_bytes();
    let mut named = 0;
    let mut i = 0;
    while let Some(&b0) = b.get(i) {
        // Most chars are ideographs (led by E4 … E9), none of them one of
        // the chars below: a name's char, without building its key; so is
        // an ASCII letter or digit (`2024年…`).
        if matches!(b0, 0xE4..=0xE9) || b0.is_ascii_alphanumeric() {
            i += if b0 < 0x80 { 1 } else { 3 };
            named += 1;
            if named > 20 {
                return false;
            }
            continue;
        }
        // The other chars by their bytes, the lead byte first (a decision
        // tree rather than a key built and matched against each char).
        // Separators > » ＞ ›; the reset 〉; punctuation 。 ， , ； ： :;
        // white space (`is_ws`): space, tab, VT, FF, U+00A0,
        // U+2000..=U+200B, U+3000, U+FEFF. A name's char else.
        let (len, named_char) = match b[i..] {
            [b'>', ..] | [0xC2, 0xBB, ..] | [0xEF, 0xBC, 0x9E, ..] | [0xE2, 0x80, 0xBA, ..] => return true,
            [b',' | b':', ..] | [0xE3, 0x80, 0x82, ..] | [0xEF, 0xBC, 0x8C | 0x9B | 0x9A, ..] => return false,
            [0xE3, 0x80, 0x89, ..] => {
                named = 0;
                (3, false)
            }
            [b' ' | b'\t' | 0x0B | 0x0C, ..] => (1, false),
            [0xC2, 0xA0, ..] | [0xE2, 0x80, 0x80..=0x8B, ..] | [0xE3, 0x80, 0x80, ..] | [0xEF, 0xBB, 0xBF, ..] => {
                (usize::from(b0 >= 0xE0) + 2, false)
            }
            [0..=0x7F, ..] => (1, true),
            [0xC0..=0xDF, ..] => (2, true),
            [0xE0..=0xEF, ..] => (3, true),
            _ => (4, true),
        };
        i += len;
        if named_char {
            named += 1;
            if named > 20 {
                return false;
            }
        }
    }
    false
}

/// After the date (and time) that opens a line (`rest`, what follows it):
/// other fields of a page's byline, `2024-03-28 16:58 来源：县司法局`.
fn fields_follow(rest: &str) -> bool {
    let fields = rest.trim_start_matches(is_ws);
    fields.len() < rest.len() && !fields.starts_with(|c: char| c.is_ascii_digit()) && classify_line(fields).is_some()
}

/// `rest`, after a date, without the weekday a page writes after it
/// (`2024-12-30 星期一　来源：…`): from the white space after the weekday.
/// Most dates have none and are given back at once.
/// In Traditional script too (`週五`, `禮拜五`), and in brackets (`(星期五)`).
pub(crate) fn after_weekday(rest: &str) -> &str {
    let day = rest.trim_start_matches(is_ws);
    let (day, bracketed) = match day.strip_prefix(['(', '（']) {
        Some(inner) => (inner, true),
        None => (day, false),
    };
    let Some(tail) = WEEK_WORDS.iter().find_map(|w| day.strip_prefix(w)) else { return rest };
    let after = tail.strip_prefix(WEEKDAY_CHARS);
    let after = if bracketed { after.and_then(|a| a.strip_prefix([')', '）'])) } else { after };
    match after {
        Some(after) if after.is_empty() || after.starts_with(is_ws) => after,
        _ => rest,
    }
}

/// The words a weekday opens with, Simplified and Traditional.
const WEEK_WORDS: [&str; 5] = ["星期", "礼拜", "禮拜", "周", "週"];

/// The chars that end a weekday's name.
const WEEKDAY_CHARS: [char; 8] = ['一', '二', '三', '四', '五', '六', '日', '天'];

/// `text` without a weekday glued or spaced after the date it ends with
/// (`2025年1月6日星期一`, as Word's date field writes it), trimmed; the
/// text itself when it ends with none. The last char tells most lines.
pub(crate) fn without_trailing_weekday(text: &str) -> &str {
    let Some(head) = text.strip_suffix(WEEKDAY_CHARS) else { return text };
    match WEEK_WORDS.iter().find_map(|w| head.strip_suffix(w)) {
        Some(date) => crate::text::ws::trim_end_ws_small(date),
        None => text,
    }
}

/// Longest line that [`may_hold_time_or_fields`] reads.
const SHORT_LINE: usize = 64;

/// May a date at the head of `text` be followed by a time or by fields,
/// as the date rule of [`classify_line`] wants? A time holds `:` `：` `时`
/// or `点`, and fields follow white space: a short line with none of these
/// (a signature's date line, `2025年3月6日`) is told without reading its
/// date. From the bytes, a char at a time (no white space char and none
/// of these opens with a continuation byte, so only the chars' first bytes
/// are tested); a line longer than [`SHORT_LINE`] is not read.
/// (Reference: `may_hold_time_or_fields_reference`, in the tests.)
fn may_hold_time_or_fields(text: &str) -> bool {
    let b = text.as_bytes();
    if b.len() > SHORT_LINE {
        return true;
    }
    let mut at = 0;
    while let Some(&c) = b.get(at) {
        let rest = &b[at..];
        if crate::text::ws::leading_ws_len(rest) > 0
            || matches!(rest, [b':', ..] | [0xEF, 0xBC, 0x9A, ..] | [0xE6, 0x97, 0xB6, ..] | [0xE7, 0x82, 0xB9, ..])
        {
            return true;
        }
        at += utf8_len(c);
    }
    false
}

/// A line that opens with `dt`, `rest` after it, is only a date and time.
fn is_bare_datetime(rest: &str, dt: super::date::DateTime) -> bool {
    dt.time.is_some() && rest.trim_matches(is_ws).is_empty()
}

/// The value of a `来源：…` field inside a clutter line: the words after the
/// colon up to white space or a bracket.
pub(crate) fn source_field(text: &str) -> Option<&str> {
    // Every key ends in `来源`: one search tells most lines have none.
    if !contains(text, "来源") {
        return None;
    }
    for key in ["信息来源", "文章来源", "稿件来源", "来源"] {
        let mut from = 0;
        while let Some(at) = crate::text::words::find(&text[from..], key) {
            let after = &text[from + at + key.len()..];
            if let Some(rest) = colon(after) {
                let rest = rest.trim_start_matches(is_ws);
                let value = &rest[..value_end(rest.as_bytes())];
                // A credit in brackets (`（来源：某某）`) closes after the name.
                let value = match value.strip_suffix('）').or_else(|| value.strip_suffix(')')) {
                    Some(name) if !holds_open_paren(name.as_bytes()) => name,
                    _ => value,
                };
                return (!value.is_empty()).then_some(value);
            }
            from += at + key.len();
        }
    }
    None
}

/// Where the value of a field that opens `b` ends: at white space
/// ([`is_ws`]), `【` `[` `|` `｜`, or the `&` of a bad capture's `&nbsp;`
/// or the `<` of its closing tag (which end it as white space does).
/// A walk over the chars by their lead bytes (`str::find` decoded each).
fn value_end(b: &[u8]) -> usize {
    let mut at = 0;
    while let Some(&b0) = b.get(at) {
        if crate::text::ws::leading_ws_len(&b[at..]) > 0
            || matches!(b[at..], [b'[' | b'|' | b'&' | b'<', ..] | [0xE3, 0x80, 0x90, ..] | [0xEF, 0xBD, 0x9C, ..])
        {
            return at;
        }
        at += utf8_len(b0);
    }
    b.len()
}

/// Does `b` hold `（` (EF BC 88) or `(`? By the chars' lead bytes.
fn holds_open_paren(b: &[u8]) -> bool {
    let mut at = 0;
    while let Some(&b0) = b.get(at) {
        if matches!(b[at..], [b'(', ..] | [0xEF, 0xBC, 0x88, ..]) {
            return true;
        }
        at += utf8_len(b0);
    }
    false
}

/// May `text` open or close with an HTML tag, or open with an `&nbsp;`
/// indent? Its first byte is `<` or `&`, or its last `>`: the cheap test
/// before [`html_inner`].
#[inline(always)]
pub(crate) fn may_hold_tags(text: &str) -> bool {
    matches!(text.as_bytes(), [b'<' | b'&', ..] | [.., b'>'])
}

/// The length of the HTML tag `text` opens with (`<p>`, `</p>`, `<br />`,
/// `<p style="text-align: right;">`), if it opens with one: `<`, a letter
/// or `/` and a letter, then up to 120 bytes without `<` or `>` up to `>`.
pub(crate) fn tag_len(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    let named = match b {
        [b'<', b'/', c, ..] | [b'<', c, ..] => c.is_ascii_alphabetic(),
        _ => false,
    };
    if !named {
        return None;
    }
    let close = b.iter().take(128).position(|&c| c == b'>')?;
    (!b[1..close].contains(&b'<')).then_some(close + 1)
}

/// The length of the HTML tag `text` ends with, if it ends with one.
fn tag_len_back(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    if b.last() != Some(&b'>') {
        return None;
    }
    let open = b.iter().rev().take(128).position(|&c| c == b'<')?;
    let at = b.len() - 1 - open;
    (tag_len(&text[at..]) == Some(open + 1)).then_some(open + 1)
}

/// The byte range of `text` inside the HTML tags a bad capture left at its
/// ends (`<p>…</p><br>`, `<p style="…">…</p>`), with the white space and
/// `&nbsp;` entities between them and before the text; `None` when it has
/// neither. A line of tags alone gives an empty range.
pub(crate) fn html_inner(text: &str) -> Option<(usize, usize)> {
    let (mut a, mut b) = (0, text.len());
    loop {
        let rest = skip_blank_entities(&text[a..b]);
        a = b - rest.len();
        match tag_len(rest) {
            Some(n) => a += n,
            None => break,
        }
    }
    loop {
        let rest = trim_end_blank_entities(&text[a..b]);
        b = a + rest.len();
        match tag_len_back(rest) {
            Some(n) => b -= n,
            None => break,
        }
    }
    (a > 0 || b < text.len()).then_some((a, b))
}

/// `text` without the white space and `&nbsp;` entities it opens with.
pub(crate) fn skip_blank_entities(text: &str) -> &str {
    let mut rest = text;
    loop {
        let t = rest.trim_start_matches(is_ws);
        match t.strip_prefix("&nbsp;") {
            Some(after) => rest = after,
            None => return t,
        }
    }
}

/// `text` without the white space and `&nbsp;` entities it ends with.
fn trim_end_blank_entities(text: &str) -> &str {
    let mut rest = text;
    loop {
        let t = rest.trim_end_matches(is_ws);
        match t.strip_suffix("&nbsp;") {
            Some(before) => rest = before,
            None => return t,
        }
    }
}

/// `text` with the HTML entities a bad capture leaves (`&nbsp;`, `&gt;`,
/// `&ldquo;`…) written as the chars they stand for: a copy to classify,
/// read only on lines inside tags, and a title's words (`…&ldquo;八五&rdquo;
/// 普法…` is `…“八五”普法…`).
pub(crate) fn decode_entities(text: &str) -> String {
    const ENTITIES: [(&str, &str); 13] = [
        ("&nbsp;", " "),
        ("&ensp;", " "),
        ("&emsp;", "\u{3000}"),
        ("&gt;", ">"),
        ("&lt;", "<"),
        ("&amp;", "&"),
        ("&quot;", "\""),
        ("&ldquo;", "“"),
        ("&rdquo;", "”"),
        ("&lsquo;", "‘"),
        ("&rsquo;", "’"),
        ("&mdash;", "—"),
        ("&middot;", "·"),
    ];
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        match ENTITIES.iter().find(|(e, _)| rest.starts_with(e)) {
            Some((e, c)) => {
                out.push_str(c);
                rest = &rest[e.len()..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Is the `;` at byte `at` of `text` the end of an HTML entity
/// (`&ldquo;`, `&#8220;`): `&`, then 2 to 8 ASCII letters, digits or `#`?
/// Only the 9 bytes before it are read.
pub(crate) fn closes_entity(text: &str, at: usize) -> bool {
    let b = &text.as_bytes()[..at];
    let name = b.iter().rev().take(9).take_while(|c| c.is_ascii_alphanumeric() || **c == b'#').count();
    (2..=8).contains(&name) && b.len() > name && b[b.len() - name - 1] == b'&'
}

/// `text` with each HTML tag in it written as one space.
fn inner_tags_as_spaces(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        match tag_len(rest) {
            Some(n) => {
                out.push(' ');
                rest = &rest[n..];
            }
            None => {
                out.push('<');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Is `text` a web address and nothing else (`http://…`, `https://…`,
/// `www.…`): ASCII without white space after the scheme or `www.`?
fn is_url_line(text: &str) -> bool {
    let lower = |p: &str| text.len() > p.len() && text.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes());
    let rest = ["http://", "https://", "www."].iter().find(|p| lower(p)).map(|p| &text[p.len()..]);
    rest.is_some_and(|r| r.contains('.') && r.bytes().all(|b| b.is_ascii_graphic()))
}

/// Is `text` only white space and `&nbsp;` entities (or nothing)?
fn is_blank_html(text: &str) -> bool {
    skip_blank_entities(text).is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn the_caption_bytes_read_the_chars(text in "[图為为片摄攝供圖（）() 　▲某a]{0,8}") {
            let inner = text.trim_end_matches([')', '）']).trim_end_matches(is_ws);
            let opens = |words: &[&str]| words.iter().any(|w| text.starts_with(w));
            let want = (opens(&["图为", "圖為", "（图", "(图", "（圖", "(圖", "图片", "圖片"]) || text.starts_with('▲'))
                || inner.ends_with(['摄', '攝'])
                || inner.ends_with("供图")
                || inner.ends_with("供圖");
            proptest::prop_assert_eq!(is_photo_caption(&text), want);
        }
    }

    #[test]
    fn the_keyword_openers_are_sorted_for_their_search() {
        assert!(KEYWORD_OPENERS.windows(2).all(|w| w[0] < w[1]));
        assert!(ACTION_OPENERS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn html_inner_reads_inside_the_tags_a_capture_left() {
        let inner = |t: &'static str| html_inner(t).map(|(a, b)| &t[a..b]);
        assert_eq!(inner("<p>某县人民政府</p><br>"), Some("某县人民政府"));
        assert_eq!(inner("<p style=\"text-align: right;\">2025年1月16日</p>"), Some("2025年1月16日"));
        assert_eq!(inner("<p>&nbsp;</p>"), Some(""));
        assert_eq!(inner("<br />"), Some(""));
        // Not tags: a crumb's `>`, a comparison, a lone bracket.
        assert_eq!(inner("首页 > 政务公开 >"), None);
        assert_eq!(inner("<1 >"), None);
        assert_eq!(inner("<"), None);
        assert_eq!(classify("<p>【打印本页】&nbsp;&nbsp;【关闭窗口】</p>"), classify("【打印本页】  【关闭窗口】"));
        assert!(classify("【打印本页】  【关闭窗口】").is_some());
        assert_eq!(classify("<p>&nbsp;</p>"), Some(ClutterKind::Markup));
    }

    /// The publication time `publication` reads on a line, if it gives one.
    fn published_at(s: &str) -> Option<String> {
        match publication(s, source_field(s)) {
            Some(Publication::At(dt)) => Some(dt.to_string()),
            _ => None,
        }
    }
    /// [`title_suffix_at`] as first written: the last separator of the
    /// whole line, searched with no gate and no window.
    fn title_suffix_reference(text: &str) -> Option<usize> {
        let (at, sep) = TITLE_SEPS.iter().filter_map(|sep| text.rfind(sep).map(|i| (i, sep.len()))).max()?;
        let name = text[at + sep..].trim_matches(is_ws);
        (at > 0
            && name.len() <= 30 * 3
            && name.chars().count() <= 30
            && (is_site_banner(name) || super::super::title::is_issuer_line(name)))
        .then_some(at)
    }

    /// [`title_prefix_len`] with no gate on the site's name.
    fn title_prefix_reference(text: &str) -> Option<usize> {
        let mut at = 0;
        let window = &text[..floor_boundary(text, 30 * 3)];
        if let Some((end, sep)) = TITLE_SEPS.iter().filter_map(|sep| window.find(sep).map(|i| (i, sep.len()))).min() {
            if is_site_banner(text[..end].trim_matches(is_ws)) {
                at = end + sep;
                at += text[at..].len() - crate::text::ws::trim_start_ws_small(&text[at..]).len();
            }
        }
        let rest = &text[at..];
        if let Some(inner) = rest.strip_prefix('【') {
            if let Some(close) = inner.find('】').filter(|&c| c > 0 && c <= 10 * 3) {
                if !inner[..close].contains(|c: char| "。，；：、:,".contains(c) || c.is_ascii_digit()) {
                    at += '【'.len_utf8() + close + '】'.len_utf8();
                    at += text[at..].len() - crate::text::ws::trim_start_ws_small(&text[at..]).len();
                }
            }
        }
        (at > 0 && at < text.len()).then_some(at)
    }

    /// `only_actions` as first written: a split at every separator.
    fn only_actions_reference(text: &str) -> bool {
        let mut any = false;
        for w in
            text.split(|c: char| is_ws(c) || is_bullet(c) || matches!(c, '【' | '】' | '[' | ']' | '|' | '｜' | '/'))
        {
            if w.is_empty() || w == "分享" {
                continue;
            }
            if !is_action_word(w) {
                return false;
            }
            any = true;
        }
        any
    }

    proptest::proptest! {
        #[test]
        fn the_bounded_words_read_as_the_split(
            words in proptest::collection::vec(proptest::sample::select(vec!["打印", "关闭", "无障碍浏览", "分享", "关于", "视力保护色", "English", "【", "】", " ", "|", "/", "•", "某某某某某", "2024", "·", "\u{3000}", "《"]), 0..8)
        ) {
            let text = words.concat();
            proptest::prop_assert_eq!(only_actions(&text), only_actions_reference(&text));
        }
    }

    proptest::proptest! {
        #[test]
        fn the_time_mark_walk_reads_the_chars(text in "[:：时点a é😀1年\u{3000}０９]{0,12}") {
            let want = text.contains([':', '：', '时', '点']) && text.contains(crate::syntax::marker::is_digit);
            proptest::prop_assert_eq!(holds_time_mark(text.as_bytes()), want);
        }
    }

    #[test]
    fn the_folded_keyword_openers_are_the_two_tests() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut buf = [0; 8];
            let text = c.encode_utf8(&mut buf[..4]).to_string() + "x";
            assert_eq!(opens_keyword_folded(&text), opens_keyword_folded_char(c), "{c:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn the_crumb_separator_bytes_are_the_walks(text in "[>»＞›〉/a 首页，。、《»\u{3000}é鹭😀]{0,40}") {
            proptest::prop_assert_eq!(may_hold_crumb_sep(text.as_bytes()), crumb_sep_walk(text.as_bytes()));
        }

        #[test]
        fn the_crumb_separator_bytes_are_the_walks_in_titles(text in "[首页鹭é😀a/ ]{0,40}[>»，]?[首页鹭a]{0,20}") {
            proptest::prop_assert_eq!(may_hold_crumb_sep(text.as_bytes()), crumb_sep_walk(text.as_bytes()));
        }

        #[test]
        fn a_trail_has_a_lead_byte_of_its_separator(text in "[>»＞›〉/a 首页，。、《»\u{3000}é鹭]{0,10}") {
            if has_trail_sep(&text) || is_breadcrumb_trail(&text) {
                proptest::prop_assert!(may_hold_crumb_sep(text.as_bytes()));
            }
        }

        #[test]
        fn the_weekday_end_reads_the_chars(text in "[一二三四五六日天七乙a 　\u{a0}]{0,6}") {
            let weekday = text.trim_end_matches(is_ws).ends_with(['一', '二', '三', '四', '五', '六', '日', '天']);
            proptest::prop_assert_eq!(ends_with_weekday(&text), weekday);
        }
    }

    proptest::proptest! {
        #[test]
        fn the_separator_bytes_are_the_separators(text in "( - | – | — | \\| |｜|_|——|—| |-|a|–)*") {
            let want = TITLE_SEPS.iter().find(|sep| text.starts_with(*sep)).map(|sep| sep.len());
            proptest::prop_assert_eq!(title_sep_at(text.as_bytes()), want);
        }
    }

    proptest::proptest! {
        #[test]
        fn title_suffix_and_prefix_agree_with_the_ungated_reading(
            head in "[报告年度总结某县 ]{0,60}",
            sep in "( - | — |_|｜|——| \\| )",
            name in "[某县人民政府网站门户客户端網局 　]{0,40}",
            tail in "[　 ]{0,3}",
        ) {
            for text in [format!("{head}{sep}{name}{tail}"), format!("{name}{sep}{head}{tail}")] {
                proptest::prop_assert_eq!(title_suffix_at(&text), title_suffix_reference(&text), "{:?}", text);
                proptest::prop_assert_eq!(title_prefix_len(&text), title_prefix_reference(&text), "{:?}", text);
            }
        }
    }

    /// The keyword table read without its first-char index: every group in
    /// the table's order, the first whose word opens `i` and is followed as
    /// the group wants (as the grammar's `alt` of the groups read it).
    fn keyword_reference(i: &str) -> Option<ClutterKind> {
        KEYWORDS.iter().find_map(|(words, kind, follows)| {
            words.iter().any(|w| i.strip_prefix(w).is_some_and(|rest| follows.accepts(rest))).then_some(*kind)
        })
    }

    proptest::proptest! {
        #[test]
        fn the_keyword_index_reads_as_the_whole_table(
            words in proptest::collection::vec(
                proptest::sample::select(KEYWORDS.iter().flat_map(|(ws, _, _)| ws.iter().copied()).collect::<Vec<_>>()),
                0..3,
            ),
            tail in "[ 　:：|｜】\\]>»＞/1a。数到]{0,4}",
        ) {
            let text = words.concat() + &tail;
            proptest::prop_assert_eq!(keyword(&text), keyword_reference(&text));
            for n in (0..=text.len()).filter(|&n| text.is_char_boundary(n)) {
                proptest::prop_assert_eq!(keyword(&text[..n]), keyword_reference(&text[..n]));
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn home_is_found_where_words_find_finds_it(text in "[首页顶丵a>＞»傳¥]{0,12}") {
            let by_words = crate::text::words::find(&text, "首页").is_some_and(|home| text[home..].contains(['>', '»', '＞', '›', '〉']));
            proptest::prop_assert_eq!(is_breadcrumb_trail(&text), by_words);
        }
    }

    /// `has_trail_sep` as first written: a walk over the chars.
    fn has_trail_sep_reference(text: &str) -> bool {
        let mut named = 0;
        for c in text.chars() {
            match c {
                '>' | '»' | '＞' | '›' => return true,
                '〉' => named = 0,
                '。' | '，' | ',' | '；' | '：' | ':' => return false,
                c if is_ws(c) => {}
                _ => {
                    named += 1;
                    if named > 20 {
                        return false;
                    }
                }
            }
        }
        false
    }

    proptest::proptest! {
        #[test]
        fn the_trail_test_reads_bytes_as_the_chars_read(text in "[某局 \t>»＞›〉/，,。；：:\u{a0}\u{2000}\u{200b}\u{200c}\u{3000}\u{feff}\u{b}\u{c}a𠀀é]{0,40}") {
            proptest::prop_assert_eq!(has_trail_sep(&text), has_trail_sep_reference(&text));
        }
    }

    proptest::proptest! {
        #[test]
        fn the_trail_test_reads_what_a_full_search_reads(text in "[某局务公开 >»＞›〉/，]{0,40}") {
            let full = text.contains(['>', '»', '＞', '›']) && is_bare_trail(&text);
            proptest::prop_assert_eq!(has_trail_sep(&text) && is_bare_trail(&text), full);
        }
    }

    proptest::proptest! {
        /// The rules `classify_line` tries only on lines that do not end
        /// as a clause does: none of them takes such a line.
        #[test]
        fn a_line_ending_as_a_clause_is_none_of_the_ending_rules(
            head in "[-—·•第共（(【\\[打印关闭首页>»/ 1-9０年月日星期一五阅读微信分享此件印发]{0,14}",
            end in "[。，,；：:]",
        ) {
            let text = format!("{head}{end}");
            proptest::prop_assert!(ends_with_trail_punct(&text));
            proptest::prop_assert!(!super::super::page::is_page_marker(&text));
            proptest::prop_assert!(!only_actions(&text));
            proptest::prop_assert!(!page_count(&text));
            proptest::prop_assert!(!is_annotation(&text) && !is_print_line(&text) && !site_clock(&text));
            proptest::prop_assert!(!is_crumb(&text) && !is_bare_trail(&text));
            let body = strip_opening_brackets(&text);
            proptest::prop_assert!(!is_share_target(body) && app_action(body).is_none());
        }
    }

    /// [`may_hold_time_or_fields`] as first written: a test at every byte.
    fn may_hold_time_or_fields_reference(text: &str) -> bool {
        let b = text.as_bytes();
        b.len() > SHORT_LINE
            || (0..b.len()).any(|i| {
                crate::text::ws::leading_ws_len(&b[i..]) > 0
                    || matches!(
                        b[i..],
                        [b':', ..] | [0xEF, 0xBC, 0x9A, ..] | [0xE6, 0x97, 0xB6, ..] | [0xE7, 0x82, 0xB9, ..]
                    )
            })
    }

    proptest::proptest! {
        #[test]
        fn may_hold_time_or_fields_is_the_byte_walk(
            text in "[2０年月日时点:：\u{3000}\u{a0}\u{2003}\u{feff} \t号é😀期a]{0,30}"
        ) {
            proptest::prop_assert_eq!(may_hold_time_or_fields(&text), may_hold_time_or_fields_reference(&text));
        }
    }

    /// `classify` without the test of `closed_line_may_be_clutter`.
    fn classify_reference(text: &str) -> Option<ClutterKind> {
        if text.is_empty() || text.len() > 4 * MAX_CHARS {
            return None;
        }
        let kind = classify_line(text).or_else(|| classify_traditional(text))?;
        (text.len() <= MAX_CHARS || text.chars().count() <= MAX_CHARS).then_some(kind)
    }

    proptest::proptest! {
        #[test]
        fn the_closed_line_test_keeps_every_kind(
            text in "[【 發佈日期時間來源首頁页>＞貳二〇2０五年月日標題字體列印本關閉主辦單位编辑索引号：:。，；a]{0,14}[。，；：:]"
        ) {
            proptest::prop_assert_eq!(classify(&text), classify_reference(&text));
        }

        #[test]
        fn holds_home_is_contains(text in "[首页頁况要、a]{0,8}") {
            proptest::prop_assert_eq!(holds_home(text.as_bytes()), text.contains("首页") || text.contains("首頁"));
        }
    }

    #[test]
    fn closed_clutter_lines_are_still_clutter() {
        for line in [
            "發佈日期：2024-03-15。",
            "來源：某某網。",
            "标  题：某某，",
            "標  題：某某，",
            "首頁 > 政務公開 > 法治政府。",
            "首页 > 政务公开。",
            "2024-03-15 10:05 来源：某某。",
            "【字體：大 中 小】。",
            "编辑：某某。",
        ] {
            assert!(classify(line).is_some(), "{line}");
            assert_eq!(classify(line), classify_reference(line), "{line}");
        }
    }

    proptest::proptest! {
        /// The date rule takes no short line that the byte test rules out.
        #[test]
        fn the_time_or_fields_test_keeps_every_dated_line(
            text in "[2０二〇][0-9]{3}(年[1-9]月[1-9]日|-0[1-9]-[1-3][0-9])[ 　:：时点分0-9来源发布a]{0,8}"
        ) {
            if !may_hold_time_or_fields(&text) {
                let dated = super::super::date::datetime_prefix(&text)
                    .is_some_and(|(dt, n)| is_bare_datetime(&text[n..], dt) || fields_follow(&text[n..]));
                proptest::prop_assert!(!dated);
            }
            proptest::prop_assert_eq!(
                may_hold_time_or_fields(&text),
                text.contains(|c: char| is_ws(c) || matches!(c, ':' | '：' | '时' | '点'))
            );
        }

        #[test]
        fn the_head_test_of_folding_reads_the_chars(text in "[發佈日期體來源a （【薄 　見·]{0,10}") {
            let by_chars = text.chars().take(KEYWORD_HEAD_CHARS).any(|c| crate::text::script::folds_cp(c as u32));
            proptest::prop_assert_eq!(head_folds(text.as_bytes()), by_chars);
        }

        #[test]
        fn the_spaced_label_test_reads_the_chars(text in "[标 　题\u{a0}\u{2003}\u{feff}a：]{0,6}") {
            let mut chars = text.chars();
            let opens = !chars.next().is_none_or(is_ws) && chars.next().is_some_and(is_ws);
            if !opens {
                proptest::prop_assert_eq!(spaced_label(&text), None);
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn a_line_ending_in_punctuation_is_no_bare_trail(text in "[某局 >»＞›〉/，,。；：:a]{0,24}") {
            proptest::prop_assert_eq!(ends_with_trail_punct(&text), text.ends_with(['。', '，', ',', '；', '：', ':']));
            if ends_with_trail_punct(&text) {
                proptest::prop_assert!(!is_bare_trail(&text));
            }
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
        assert_eq!(classify("第1页共4页"), Some(PageMarker));
        assert_eq!(classify("第 2 页 共 4 页"), Some(PageMarker));
        assert_eq!(classify("共4页"), Some(PageMarker));
        assert_eq!(classify("第一页共四页的内容"), None);
        assert_eq!(classify("浏览次数：1024"), Some(Views));
    }

    #[test]
    fn recognises_the_forms_of_page_heads() {
        assert_eq!(classify("- 1 -"), Some(PageMarker), "a page marker");
        assert_eq!(classify("— 12 —"), Some(PageMarker));
        assert_eq!(classify("-1-"), Some(PageMarker));
        assert_eq!(classify("—— 2025年"), None);
        assert_eq!(classify("首页"), Some(Breadcrumb), "a breadcrumb atom alone");
        assert_eq!(classify(">"), Some(Breadcrumb));
        assert_eq!(classify("青禾县司法局 > 政务公开 > 法治政府建设"), Some(Breadcrumb), "a trail without 首页");
        assert_eq!(classify("• 微信"), Some(Share), "a bullet menu");
        assert_eq!(classify("• 打印"), Some(PageAction));
        assert_eq!(classify("• 上一篇：青禾县2024年工作总结"), Some(Navigation));
        assert_eq!(classify("分享:"), Some(Share));
        assert_eq!(classify("- [ 索引号 ] 11330000MB1234567X/2024-00012"), Some(IndexBlock), "an index list");
        assert_eq!(classify("- [ 发布日期 ] 2024-03-15"), Some(Published));
        assert_eq!(classify("名称 | 青禾县某局2024年度工作报告 |"), Some(IndexBlock), "an index table row");
        assert_eq!(classify("标   题：青禾县某局2024年度工作报告"), Some(IndexBlock), "a spaced label");
        assert_eq!(classify("索 引 号：001/2024-00012"), Some(IndexBlock), "a spaced three-char label");
        assert_eq!(classify("来  源：青禾县司法局"), Some(Source));
        assert_eq!(classify("信息索引号：001/2024-00012"), Some(IndexBlock));
        assert_eq!(classify("作者：某某 责任编辑：某某"), Some(Source));
        assert_eq!(classify("全 县：上下一心"), None, "a spaced word that is no label");
        assert_eq!(classify("发布日期 2024-02-01"), Some(Published), "no colon");
        assert_eq!(classify("发表时间："), Some(Published), "the value on the next line");
        assert_eq!(classify("公开日期: | 2024-03-15 09:30 |"), Some(Published));
        assert_eq!(classify("2026-01-31 07:00:44"), Some(Published), "an unlabelled date and time");
        assert_eq!(classify("2026年02月10日 07时41分"), Some(Published));
        assert_eq!(classify("点击:213次 时间:2023-05-06"), Some(Views));
        assert_eq!(classify("2025年3月25日"), None, "a date alone is a signature's");
        assert_eq!(classify("2024-03-28 16:58 来源：县司法局"), Some(Published), "a date before other fields");
        assert_eq!(classify("2024年3月28日 全县召开大会。"), None);
        assert_eq!(classify("日期变更后，全镇…"), None);
    }

    #[test]
    fn reads_the_publication_time_wherever_its_label_stands() {
        assert_eq!(
            published_at("来源:县司法局 发布日期:2019-03-28 10:05 浏览次数:12").as_deref(),
            Some("2019-03-28T10:05")
        );
        assert_eq!(published_at("点击:213次 时间:2023-05-06").as_deref(), Some("2023-05-06"));
        assert_eq!(published_at("发布日期 2024-02-01").as_deref(), Some("2024-02-01"));
        assert_eq!(published_at("- [ 发布日期 ] 2024-03-15").as_deref(), Some("2024-03-15"));
        assert_eq!(
            published_at("公开日期: | 2024-03-15 09:30 | 成文日期: | 2024-03-10 |").as_deref(),
            Some("2024-03-15T09:30")
        );
        assert_eq!(published_at("发布时间：2024/01/05 17:20:11").as_deref(), Some("2024-01-05T17:20"));
        assert_eq!(published_at("成文日期：2024-03-10"), None, "when it was written");
        assert_eq!(publication("发表时间：", None), Some(Publication::Next));
        assert_eq!(publication("时间紧、任务重", None), None);
        assert_eq!(
            published_at("【字体：大 中 小】发布时间：2024-03-28 16:58").as_deref(),
            Some("2024-03-28T16:58"),
            "after a bracket"
        );
    }

    #[test]
    fn reads_an_unlabelled_date_after_the_source() {
        assert_eq!(published_at("> 来源：青禾县文旅局　　2024-12-30").as_deref(), Some("2024-12-30"));
        assert_eq!(published_at("来源:县政府办 2024-03-28 16:58:02").as_deref(), Some("2024-03-28T16:58"));
        assert_eq!(published_at("信息来源：县司法局 | 2024年3月28日").as_deref(), Some("2024-03-28"));
        assert_eq!(published_at("来源：县政府办　2024-03-28 16:58　浏览次数：12").as_deref(), Some("2024-03-28T16:58"));
        assert_eq!(published_at("来源：2024年12月30日县政府公报"), None, "inside the source's name");
        assert_eq!(published_at("来源：县政府 2024年第3期"), None, "an issue, not a date");
        assert_eq!(published_at("来源：县政府 2024-12-30 全县召开大会"), None, "a date opening prose");
        assert_eq!(published_at("来源：县政府办"), None);
    }

    #[test]
    fn document_numbers() {
        assert!(is_document_number("青政发〔2024〕5号"));
        assert!(is_document_number("某办发[2024]12号"));
        assert!(!is_document_number("全年办件〔2024〕"));
        assert_eq!(classify("签发人：某某"), Some(IndexBlock));
    }

    #[test]
    fn finds_a_watermark_glued_before_a_title() {
        let t = "某某范文网—每日更新www.example.com青禾县某局2024年度工作报告";
        let n = watermark_len(t).expect("a watermark");
        assert_eq!(&t[n..], "青禾县某局2024年度工作报告");
        assert_eq!(watermark_len("青禾县某局2024年度工作报告"), None);
        assert_eq!(watermark_len("www.example.com"), None, "nothing after it");
    }

    #[test]
    fn keeps_text_that_mentions_the_words() {
        assert_eq!(classify("信息来源于群众举报，我镇及时处置。"), None);
        assert_eq!(classify("打印宣传资料2000余份"), None);
        assert_eq!(classify("时间紧、任务重，全镇上下共同努力。"), None);
    }

    /// `source_field` as first written: the value's end and brackets found by char searches.
    fn source_field_reference(text: &str) -> Option<&str> {
        if !contains(text, "来源") {
            return None;
        }
        for key in ["信息来源", "文章来源", "稿件来源", "来源"] {
            let mut from = 0;
            while let Some(at) = crate::text::words::find(&text[from..], key) {
                let after = &text[from + at + key.len()..];
                if let Some(rest) = colon(after) {
                    let rest = rest.trim_start_matches(is_ws);
                    let end = rest
                        .find(|c: char| is_ws(c) || matches!(c, '【' | '[' | '|' | '｜' | '&' | '<'))
                        .unwrap_or(rest.len());
                    let value = &rest[..end];
                    let value = match value.strip_suffix(['）', ')']) {
                        Some(name) if !name.contains(['（', '(']) => name,
                        _ => value,
                    };
                    return (!value.is_empty()).then_some(value);
                }
                from += at + key.len();
            }
        }
        None
    }

    proptest::proptest! {
        #[test]
        fn the_source_value_walk_reads_as_the_char_search(
            text in "[信息文章稿件来源：:某局 \u{3000}\u{a0}【\\[|｜&<>（）()a1é😀]{0,20}"
        ) {
            proptest::prop_assert_eq!(source_field(&text), source_field_reference(&text));
        }
    }

    #[test]
    fn reads_the_source_field() {
        assert_eq!(source_field("发布时间:2024-03-28 16:58 信息来源:县司法局 【字体:"), Some("县司法局"));
        assert_eq!(source_field("来源：青禾镇人民政府"), Some("青禾镇人民政府"));
        assert_eq!(source_field("信息来源于群众"), None);
    }
}
