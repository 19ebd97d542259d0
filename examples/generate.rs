//! Write a set of varied, made-up reports for batch runs and benchmarks.
//!
//! ```text
//! cargo run --release --example generate -- DIR N [SEED]
//! ```
//!
//! Writes `N` reports under `DIR` (in subdirectories of 1,000 files:
//! `DIR/0000/report_000000.txt`, …). The output depends only on `N` and
//! `SEED` (default 1): a small xorshift generator drives every choice.
//!
//! Each report is put together from the material below, all of it written
//! for this crate: a fictional place and issuing body, a year between 2019
//! and 2024, the five parts of an annual 法治政府建设 report (some reports
//! leave out the leadership or the "other" part, as real ones do), and
//! sections made of sentence templates whose figures are drawn at random.
//! Each report also draws its format: web-page clutter or none; one-line,
//! two-line or repeated title; full-width (`（一）`, `，`) or NFKC half-width
//! (`(一)`, `,`) punctuation; `1.`, `1．` or `１．`; indents; blank lines
//! between paragraphs; LF or CRLF; a date in Arabic or Chinese numerals;
//! run-in or stand-alone subheadings; `1.` numbering that runs on across
//! `（一）`/`（二）`; about one in twelve is flattened onto a single line.
//! Most files are UTF-8 (a few with a BOM); some are GB18030 or UTF-16.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// xorshift64* — enough randomness for test data, no dependency needed.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        // Spread the seed so that seeds 0, 1, 2… start far apart; never 0.
        let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        Rng((z ^ (z >> 31)) | 1)
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `lo..=hi`.
    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next() % (hi - lo + 1)
    }

    /// True with probability `percent`/100.
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next() % items.len() as u64) as usize]
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            items.swap(i, j);
        }
    }
}

// ---------------------------------------------------------------- material

const PLACE_NAMES: [&str; 32] = [
    "青禾", "云溪", "松岭", "桐川", "鹭江", "白沙", "石门", "柳塘", "枫林", "金湾", "梅岭", "清河", "望山", "东篱",
    "南浦", "西岙", "北垣", "丰乐", "安澜", "长汀", "兰溪", "竹坞", "杏坛", "桃源", "凤鸣", "龙湾", "鹤岗", "乐平",
    "新塘", "永宁", "青石", "雁栖",
];

const DEPARTMENTS: [&str; 8] = [
    "司法局",
    "市场监督管理局",
    "生态环境局",
    "交通运输局",
    "自然资源局",
    "卫生健康局",
    "应急管理局",
    "人力资源和社会保障局",
];

#[derive(Clone, Copy, PartialEq)]
enum Level {
    Town,
    Street,
    County,
    Department,
}

/// Who writes the report, to whom, and how it names itself.
struct Body {
    level: Level,
    /// Short place name, `青禾`.
    place: String,
    /// The issuing body, `青禾镇人民政府`.
    issuer: String,
    /// The area as the text calls it, `全镇`.
    whole: &'static str,
    /// The leading bodies, `镇党委、镇政府`.
    leaders: &'static str,
    /// The addressee line, `县委、县政府：`.
    addressee: &'static str,
    /// The superior bodies in the preamble, `县委、县政府`.
    superior: &'static str,
    /// Abbreviation in document numbers, `云司发`.
    doc_prefix: String,
}

fn make_body(rng: &mut Rng) -> Body {
    let place = rng.pick(&PLACE_NAMES).to_string();
    let county = rng.pick(&PLACE_NAMES).to_string();
    let first = |s: &str| s.chars().next().map(String::from).unwrap_or_default();
    match rng.range(0, 9) {
        0..=3 => Body {
            level: Level::Town,
            issuer: format!("{place}镇人民政府"),
            whole: "全镇",
            leaders: "镇党委、镇政府",
            addressee: "县委、县政府：",
            superior: "县委、县政府",
            doc_prefix: format!("{}司发", first(&county)),
            place,
        },
        4..=5 => Body {
            level: Level::Street,
            issuer: format!("{place}街道办事处"),
            whole: "全街道",
            leaders: "街道党工委、办事处",
            addressee: "区委、区政府：",
            superior: "区委、区政府",
            doc_prefix: format!("{}司发", first(&county)),
            place,
        },
        6..=7 => Body {
            level: Level::County,
            issuer: format!("{place}县人民政府"),
            whole: "全县",
            leaders: "县委、县政府",
            addressee: "市委、市政府：",
            superior: "市委、市政府",
            doc_prefix: format!("{}府办发", first(&place)),
            place,
        },
        _ => {
            let dept = rng.pick(&DEPARTMENTS);
            Body {
                level: Level::Department,
                issuer: format!("{place}县{dept}"),
                whole: "全系统",
                leaders: "局党组",
                addressee: "县委、县政府：",
                superior: "县委、县政府和上级主管部门",
                doc_prefix: format!("{}府办发", first(&place)),
                place,
            }
        }
    }
}

const MEASURES: [&str; 4] = [
    "主要举措和成效",
    "{Y}年主要工作完成情况",
    "推进法治政府建设的主要举措和取得成效",
    "{Y}年度法治政府建设工作开展情况",
];
const LEADERSHIP: [&str; 2] =
    ["党政主要负责人履行推进法治建设第一责任人职责情况", "主要负责人履行推进法治建设第一责任人职责情况"];
const SHORTCOMINGS: [&str; 4] = ["存在的不足和原因", "存在问题和不足", "存在的主要问题", "工作中存在的不足"];
const PLANS: [&str; 4] = ["{Y1}年工作安排", "下一步工作计划", "{Y1}年推进法治政府建设的主要安排", "{Y1}年工作思路"];

/// A subject of the "measures" part: heading titles and sentences.
struct Topic {
    titles: &'static [&'static str],
    /// Titles of `1.` items under the topic's heading.
    items: &'static [&'static str],
    sentences: &'static [&'static str],
}

// Placeholders: {Y} report year, {Y0} the year before, {Y1} the year after,
// {P} place, {ISSUER}, {SUP} superior bodies, {WHOLE} 全镇…, {LEAD} 镇党委、镇政府…, {DOC} document
// prefix; {n} 2–30, {N} 30–5000, {W} money in 万 (one decimal), {w} 0.5–9.9,
// {E} 1.1–9.8 (亿), {R} 85.0–99.9, {D} 1.0–45.0, {p} 3–12, {CN} 两/三/四,
// {a}-{b} a small range, {Q} a qualifier before a number, {S} 余 or nothing.
const TOPICS: [Topic; 7] = [
    Topic {
        titles: &["强化组织领导，压实法治建设责任", "加强党对法治政府建设的领导", "健全工作机制，夯实法治根基"],
        items: &["健全领导机制", "完善考核办法", "落实述法制度", "压实工作责任"],
        sentences: &[
            "{LEAD}把法治政府建设摆在全局工作的突出位置，全年召开专题会议{n}次，研究法治建设议题{n}项。",
            "制定《{P}{Y}年度法治政府建设工作要点》，细化工作任务{n}项，逐项明确责任单位和完成时限。",
            "将法治建设成效纳入年度综合考核，分值占比提高到{p}%，较去年提升{CN}个百分点。",
            "组织领导干部开展年终述法，共述法{n}名，实现述法对象全覆盖。",
            "对照《法治政府建设实施纲要（2021—2025年）》，梳理{WHOLE}法治建设短板{n}项并逐项整改。",
            "年初签订法治建设目标责任书{n}份，开展督导检查{n}轮，发现问题{n}个，已全部整改到位。",
            "坚持以习近平法治思想为指导，把法治建设与中心工作同部署、同推进、同考核。",
        ],
    },
    Topic {
        titles: &["坚持依法科学民主决策", "健全依法决策机制", "规范重大行政决策程序"],
        items: &["健全议事决策机制", "发挥法律顾问作用", "加强规范性文件管理", "开展文件清理"],
        sentences: &[
            "全年作出重大行政决策{n}项，均履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定等程序。",
            "通过座谈会、公示栏、网上问卷等渠道征集意见建议{N}条，采纳{n}条。",
            "法律顾问全年审查各类合同{N}份，涉及金额约{E}亿元，出具法律意见书{n}份。",
            "审查规范性文件{n}件，报备率、及时率均为100%。",
            "集中清理各类文件{N}件，其中废止{n}件、修改{n}件，清理结果已向社会公布。",
            "通过合法性审查为{ISSUER}避免或挽回经济损失约{W}万元。",
            "明确“三重一大”事项清单{n}项，提交集体研究的重大事项共{N}项。",
        ],
    },
    Topic {
        titles: &["深化“放管服”改革，优化法治化营商环境", "依法全面履行政府职能", "提升政务服务质效"],
        items: &["推进审批制度改革", "优化政务服务", "畅通诉求渠道", "助企纾困解难"],
        sentences: &[
            "便民服务中心全年受理各类办件{N}件，办结率{R}%，群众满意率达{R}%以上。",
            "推行“一站式”服务和“一窗受理、集成服务”模式，可办事项增加到{N}项，同比增长{D}%。",
            "依托12345热线受理企业和群众诉求{N}件，按时办结率{R}%，回访满意率较去年提升{w}个百分点。",
            "走访辖区企业{Q}{N}家次，协调解决用地、用工、融资等问题{n}个，帮助企业争取奖补资金约{W}万元。",
            "精简办事材料，平均办理时限压缩至{a}至{b}天。",
            "为经营主体减免各类费用{W}万元，新增经营主体{N}户，同比增长{D}%。",
            "全面推进“互联网+政务服务”，网上可办率达到{R}%。",
        ],
    },
    Topic {
        titles: &["严格规范公正文明执法", "规范行政执法行为，提升执法效能", "深化综合行政执法改革"],
        items: &["推进执法规范化建设", "推行包容审慎监管", "强化执法监督", "加强执法队伍建设"],
        sentences: &[
            "现有持证执法人员{n}名，全面落实行政执法公示、执法全过程记录、重大执法决定法制审核“三项制度”。",
            "全年办理行政处罚案件{N}件，同比下降{D}%，罚没款金额{W}万元。",
            "开展联合执法检查{n}批次，检查经营主体{N}家次。",
            "对首次轻微违法行为依法不予处罚{n}件，以教育劝导方式处理轻微违法行为{N}余人次。",
            "开展行政执法案卷评查{CN}次，抽查案卷{n}卷，案卷合格率{R}%。",
            "组织执法人员参加法律知识培训和考试，人均参训时间不少于{n}学时。",
            "拆除违法建设约{N}平方米，清理乱堆乱放{N}余处。",
        ],
    },
    Topic {
        titles: &["多元化解矛盾纠纷，维护社会和谐稳定", "依法有效化解社会矛盾纠纷", "坚持和发展新时代“枫桥经验”"],
        items: &["健全调解网络", "规范信访工作", "做好行政复议和应诉", "完善公共法律服务"],
        sentences: &[
            "{WHOLE}共设立人民调解委员会{n}个，配备专兼职调解员{N}名。",
            "全年排查各类矛盾纠纷{N}起，调处成功{N}起，调处成功率{R}%。",
            "依法办理信访事项{N}件，及时受理率、按期办结率均达到100%。",
            "本年度行政复议案件{n}件、行政诉讼案件{n}件，负责人出庭{CN}宗，出庭应诉率100%。",
            "行政诉讼败诉率为{w}%，同比下降{w}个百分点。",
            "办理法律援助案件{N}件，为农民工追回欠薪约{W}万元。",
            "律师参与信访接待和化解矛盾纠纷{N}余件次，提供法律咨询{Q}{N}次。",
        ],
    },
    Topic {
        titles: &["深入开展法治宣传教育", "深化“八五”普法，营造浓厚法治氛围", "推进全民守法"],
        items: &["落实普法责任制", "开展主题普法活动", "培育法治文化", "加强青少年法治教育"],
        sentences: &[
            "全面实施“八五”普法规划，落实“谁执法谁普法”普法责任制。",
            "以“3·15”国际消费者权益日、“12·4”国家宪法日等为契机，开展主题普法活动{N}场次，发放宣传资料{w}万余份。",
            "受教育群众超过{N}人次。",
            "培育“法律明白人”{N}名，建成法治文化阵地{n}个、法治长廊{CN}处。",
            "在微信公众号推送普法信息{N}余条，阅读量较{Y0}年增长约{CN}成。",
            "组织中小学生参加宪法晨读、模拟法庭等活动{N}余人次。",
            "{Y}年，{WHOLE}共有{n}个村被评为“民主法治示范村”。",
        ],
    },
    Topic {
        titles: &["强化行政权力制约和监督", "推进政务公开", "自觉接受监督"],
        items: &["推进政务公开", "接受人大和政协监督", "加强审计监督", "拓宽社会监督渠道"],
        sentences: &[
            "主动公开政府信息{N}条，办理依申请公开{n}件，均在法定期限内答复。",
            "办理人大代表建议{n}件、政协委员提案{n}件，办复率均为100%。",
            "根据《关于做好{Y}年度法治政府建设年度报告工作的通知》（{DOC}〔{Y}〕{n}号）要求，按时完成年度报告。",
            "开展审计监督{n}次，涉及资金{E}亿元，督促整改问题{n}个。",
            "聘请特邀行政执法监督员{n}名，收集意见建议{N}条。",
        ],
    },
];

const LEADERSHIP_SENTENCES: [&str; 6] = [
    "主要负责人认真履行推进法治建设第一责任人职责，坚持重要工作亲自部署、重大问题亲自过问、重点环节亲自协调。",
    "全年主持召开法治建设专题会议{n}次，带头讲法治课{n}次。",
    "带头学习贯彻党的二十大和二十届三中全会精神，组织集中学法{n}次，举办法治专题讲座{CN}期。",
    "带头出庭应诉行政案件{CN}件，带头旁听庭审{n}次。",
    "对信访积案等重点问题亲自督办，化解疑难积案{n}件。",
    "把法治建设情况纳入年终述职内容，接受干部群众监督评议。",
];

const SHORTCOMING_ITEMS: [&str; 6] = [
    "部分干部法治意识不够强，运用法治思维和法治方式解决问题的能力有待提高",
    "基层执法力量相对薄弱，具有法律专业背景的执法人员仅有{n}名",
    "普法宣传的形式较为单一，针对青少年、外出务工人员等重点人群的普法活动偏少",
    "行政执法文书不规范、执法程序不严谨的问题在个别单位仍然存在",
    "法治建设经费保障不足，专项经费仅占一般公共预算支出的{w}%左右",
    "矛盾纠纷多元化解机制还不够健全，部门之间的协同配合有待加强",
];

const CAUSES: [&str; 3] = [
    "究其原因，主要是思想认识上存在偏差，保障投入不足，工作机制还不够健全。",
    "产生问题的原因主要在于个别单位对法治建设重视程度不够，基层法治队伍建设有待加强。",
    "原因在于学习培训的针对性不强，考核督促的力度还不够。",
];

const PLAN_ITEMS: [&str; 7] = [
    "持续深化学习贯彻习近平法治思想，全年组织集中学法不少于{n}次",
    "严格执行重大行政决策程序，确保合法性审查率达到100%",
    "提升基层执法水平，开展执法业务培训不少于{CN}期",
    "推动政务服务事项网上可办率提高到{R}%以上",
    "完善矛盾纠纷多元化解机制，推动调处成功率稳定在{R}%以上",
    "创新普法方式，开展送法下乡、以案释法等活动不少于{n}场次",
    "力争每个村（社区）培育“法律明白人”不少于{n}名",
];

const OTHER: [&str; 3] = [
    "本年度未发生重大违法行政事件，无因违法行政被追究责任的情况。",
    "无。",
    "本报告已经{LEAD}会议审议通过，将在门户网站“政务公开”栏目向社会公开。",
];

const CN_DIGITS: [&str; 10] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/// 1–99 in Chinese numerals, as in `十一、`.
fn cn_number(n: u64) -> String {
    let (tens, ones) = (n / 10, n % 10);
    let mut s = String::new();
    if tens > 1 {
        s.push_str(CN_DIGITS[tens as usize]);
    }
    if tens > 0 {
        s.push('十');
    }
    if ones > 0 || tens == 0 {
        s.push_str(CN_DIGITS[ones as usize]);
    }
    s
}

/// A date in Chinese numerals: `二〇二五年二月二十六日`.
fn cn_date(y: u64, m: u64, d: u64) -> String {
    let year: String = y.to_string().bytes().map(|b| CN_DIGITS[(b - b'0') as usize]).collect();
    format!("{year}年{}月{}日", cn_number(m), cn_number(d))
}

// ------------------------------------------------------------------ format

/// The format a report is written in.
struct Style {
    half_width: bool,
    /// `1.`, `1．` or `１．`
    arabic_dot: u8,
    indent: &'static str,
    blank_lines: bool,
    crlf: bool,
    flattened: bool,
    clutter: bool,
    run_in: bool,
    run_on_numbering: bool,
    shi_items: bool,
}

/// Paragraph indents: none (twice as likely), two ideographic spaces, spaces.
const INDENTS: [&str; 6] = ["", "", "\u{3000}\u{3000}", "  ", "    ", " "];

fn make_style(rng: &mut Rng) -> Style {
    let flattened = rng.chance(8);
    Style {
        half_width: rng.chance(45),
        arabic_dot: rng.range(0, 2) as u8,
        indent: INDENTS[rng.range(0, INDENTS.len() as u64 - 1) as usize],
        blank_lines: !flattened && rng.chance(35),
        crlf: rng.chance(25),
        flattened,
        clutter: !flattened && rng.chance(55),
        run_in: rng.chance(60),
        run_on_numbering: rng.chance(15),
        shi_items: rng.chance(50),
    }
}

/// The report's variables and the generator, for filling templates.
struct Ctx<'a> {
    rng: &'a mut Rng,
    body: &'a Body,
    year: u64,
}

impl Ctx<'_> {
    fn fill(&mut self, template: &str) -> String {
        let mut out = String::with_capacity(template.len() + 16);
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let Some(close) = rest[open..].find('}') else {
                out.push_str(&rest[open..]);
                return out;
            };
            let key = &rest[open + 1..open + close];
            self.value(key, &mut out);
            rest = &rest[open + close + 1..];
        }
        out.push_str(rest);
        out
    }

    fn value(&mut self, key: &str, out: &mut String) {
        let r = &mut *self.rng;
        let _ = match key {
            "Y" => write!(out, "{}", self.year),
            "Y0" => write!(out, "{}", self.year - 1),
            "Y1" => write!(out, "{}", self.year + 1),
            "P" => write!(out, "{}", self.body.place),
            "ISSUER" => write!(out, "{}", self.body.issuer),
            "WHOLE" => write!(out, "{}", self.body.whole),
            "LEAD" => write!(out, "{}", self.body.leaders),
            "DOC" => write!(out, "{}", self.body.doc_prefix),
            "SUP" => write!(out, "{}", self.body.superior),
            "n" => write!(out, "{}", r.range(2, 30)),
            "N" => {
                let n = if r.chance(50) { r.range(30, 500) } else { r.range(100, 5000) };
                write!(out, "{n}")
            }
            "W" => write!(out, "{}.{}", r.range(3, 2000), r.range(0, 9)),
            "w" => write!(out, "{}.{}", r.range(0, 9), r.range(1, 9)),
            "E" => write!(out, "{}.{}", r.range(1, 9), r.range(1, 8)),
            "R" => write!(out, "{}.{}", r.range(85, 99), r.range(0, 9)),
            "D" => write!(out, "{}.{}", r.range(1, 45), r.range(0, 9)),
            "p" => write!(out, "{}", r.range(3, 12)),
            "CN" => write!(out, "{}", r.pick(&["两", "三", "四", "五"])),
            "a" => write!(out, "{}", r.range(2, 4)),
            "b" => write!(out, "{}", r.range(5, 9)),
            "Q" => write!(out, "{}", r.pick(&["", "", "近", "约", "超过"])),
            "S" => write!(out, "{}", r.pick(&["", "余"])),
            _ => write!(out, "{{{key}}}"),
        };
    }

    /// One of `items`, filled in.
    fn pick_fill(&mut self, items: &[&str]) -> String {
        let template = *self.rng.pick(items);
        self.fill(template)
    }

    /// `count` sentences of a topic, each sentence used at most once while
    /// the pool lasts.
    fn sentences(&mut self, pool: &[&str], count: usize) -> Vec<String> {
        let mut order: Vec<usize> = (0..pool.len()).collect();
        self.rng.shuffle(&mut order);
        (0..count).map(|i| self.fill(pool[order[i % order.len()]])).collect()
    }
}

fn arabic_marker(n: u64, style: &Style) -> String {
    match style.arabic_dot {
        0 => format!("{n}."),
        1 => format!("{n}．"),
        _ => {
            n.to_string()
                .chars()
                .map(|c| char::from_u32(c as u32 - '0' as u32 + 0xFF10).unwrap_or(c))
                .collect::<String>()
                + "．"
        }
    }
}

/// Prefixes `一是` `二是`… to the sentences and joins them.
fn with_shi(sentences: &[String]) -> String {
    sentences.iter().enumerate().map(|(i, s)| format!("{}是{s}", cn_number(i as u64 + 1))).collect()
}

/// Lines of the report, without line ends or indents; headings start with
/// their marker so the caller can indent every line alike.
fn report_lines(rng: &mut Rng, body: &Body, style: &Style, year: u64) -> (Vec<String>, Vec<String>) {
    let mut ctx = Ctx { rng, body, year };
    let mut front = Vec::new();
    let mut lines = Vec::new();

    // Title.
    let title_tail = ctx.pick_fill(&[
        "关于{Y}年度法治政府建设情况的报告",
        "关于{Y}年法治政府建设工作情况的报告",
        "{Y}年度法治政府建设情况报告",
        "{Y}年法治政府建设年度报告",
    ]);
    let two_line = title_tail.starts_with("关于") && ctx.rng.chance(40);
    if two_line {
        front.push(body.issuer.clone());
        front.push(title_tail);
    } else {
        let joined = format!("{}{}", body.issuer, title_tail);
        if ctx.rng.chance(10) {
            front.push(joined.clone());
        }
        front.push(joined);
    }
    // Departments seldom address anyone; others do more often than not.
    let addressed = if body.level == Level::Department { ctx.rng.chance(20) } else { ctx.rng.chance(60) };
    if addressed {
        front.push(body.addressee.to_string());
    }
    let preamble = ctx.pick_fill(
        &[
            "{Y}年，{LEAD}在{SUP}的坚强领导下，坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，把依法行政贯穿于工作各环节，推动法治政府建设取得新进展。",
            "{Y}年，{WHOLE}上下深入学习贯彻党的二十大和二十届三中全会精神，全面落实习近平法治思想，统筹推进依法行政、严格执法和全民守法，各项工作取得积极成效。",
            "{Y}年以来，{ISSUER}紧紧围绕法治政府建设目标任务，聚焦重点、补齐短板，法治政府建设各项工作有序推进。",
        ],
    );
    let lead_in = *ctx.rng.pick(&["现将有关情况报告如下：", "现将有关情况报告如下。", "现将{Y}年度工作情况报告如下："]);
    front.push(preamble + &ctx.fill(lead_in));

    // The five parts; some reports leave out leadership or other.
    let mut top = 0u64;
    let mut top_heading = |lines: &mut Vec<String>, title: String| {
        top += 1;
        lines.push(format!("{}、{title}", cn_number(top)));
    };

    let measures = ctx.pick_fill(&MEASURES);
    top_heading(&mut lines, measures);
    let mut topics: Vec<usize> = (0..TOPICS.len()).collect();
    ctx.rng.shuffle(&mut topics);
    let n_topics = ctx.rng.range(4, 7) as usize;
    let mut arabic = 0u64;
    for (i, &t) in topics.iter().take(n_topics).enumerate() {
        let topic = &TOPICS[t];
        let marker = format!("（{}）", cn_number(i as u64 + 1));
        let title = *ctx.rng.pick(topic.titles);
        let n = ctx.rng.range(4, 9) as usize;
        let mut sentences = ctx.sentences(topic.sentences, n);
        let with_items = ctx.rng.chance(35);
        if !style.run_on_numbering {
            arabic = 0;
        }
        if with_items {
            // `（一）title` alone, then `1.` items with their bodies.
            lines.push(if ctx.rng.chance(50) { format!("{marker}{title}") } else { format!("{marker}{title}。") });
            // One deck of sentences for the whole subsection, so that
            // items repeat a template only once the pool is used up.
            let mut deck = ctx.sentences(topic.sentences, 24).into_iter();
            let mut item_titles: Vec<&str> = topic.items.to_vec();
            ctx.rng.shuffle(&mut item_titles);
            let items = ctx.rng.range(2, topic.items.len() as u64) as usize;
            for item_title in item_titles.into_iter().take(items) {
                arabic += 1;
                let k = ctx.rng.range(1, 3) as usize;
                let body_text: String = deck.by_ref().take(k).collect();
                lines.push(format!("{}{item_title}。{body_text}", arabic_marker(arabic, style)));
                if ctx.rng.chance(25) {
                    for sub in 1..=ctx.rng.range(2, 3) {
                        let s: String = deck.by_ref().take(1).collect();
                        lines.push(format!("（{sub}）{s}"));
                    }
                }
            }
        } else if style.run_in {
            let text = if style.shi_items { with_shi(&sentences) } else { sentences.concat() };
            lines.push(format!("{marker}{title}。{text}"));
        } else {
            lines.push(format!("{marker}{title}"));
            let split = sentences.len() / 2;
            let rest = sentences.split_off(split.max(1));
            lines.push(sentences.concat());
            if !rest.is_empty() {
                lines.push(rest.concat());
            }
        }
    }

    if ctx.rng.chance(80) {
        let title = ctx.rng.pick(&LEADERSHIP).to_string();
        top_heading(&mut lines, title);
        let n = ctx.rng.range(3, 5) as usize;
        // The duty sentence first, then others in any order.
        let text = ctx.sentences(&LEADERSHIP_SENTENCES[1..], n).concat();
        lines.push(format!("{}{}{text}", body.leaders, LEADERSHIP_SENTENCES[0]));
    }

    let title = ctx.rng.pick(&SHORTCOMINGS).to_string();
    top_heading(&mut lines, title);
    let n = ctx.rng.range(2, 4) as usize;
    let items: Vec<String> = ctx.sentences(&SHORTCOMING_ITEMS, n);
    let joined: String = items
        .iter()
        .enumerate()
        .map(|(i, s)| format!("{}是{s}{}", cn_number(i as u64 + 1), if i + 1 == n { "。" } else { "；" }))
        .collect();
    let cause = ctx.rng.pick(&CAUSES).to_string();
    lines.push(joined + &cause);

    let title = ctx.pick_fill(&PLANS);
    top_heading(&mut lines, title);
    let n = ctx.rng.range(3, 5) as usize;
    let plans = ctx.sentences(&PLAN_ITEMS, n);
    if ctx.rng.chance(50) {
        for (i, p) in plans.iter().enumerate() {
            lines.push(format!("（{}）{p}。", cn_number(i as u64 + 1)));
        }
    } else {
        lines.push(
            ctx.fill("{Y1}年，我们将重点做好以下工作：")
                + &with_shi(
                    &plans
                        .iter()
                        .enumerate()
                        .map(|(i, p)| format!("{p}{}", if i + 1 == plans.len() { "。" } else { "；" }))
                        .collect::<Vec<_>>(),
                ),
        );
    }

    if ctx.rng.chance(70) {
        top_heading(&mut lines, "其他需要报告的情况".to_string());
        let other = ctx.pick_fill(&OTHER);
        lines.push(other);
    }
    (front, lines)
}

/// One report, as bytes in its encoding.
fn report(rng: &mut Rng) -> Vec<u8> {
    let body = make_body(rng);
    let style = make_style(rng);
    let year = rng.range(2019, 2024);
    let (front, lines) = report_lines(rng, &body, &style, year);

    let (sm, sd) = (rng.range(1, 3), rng.range(1, 28));
    let (pm, pd) = (sm + rng.range(0, 1), rng.range(1, 28));
    let signature_date =
        if rng.chance(25) { cn_date(year + 1, sm, sd) } else { format!("{}年{sm}月{sd}日", year + 1) };
    let signature = rng.chance(85);

    let mut out: Vec<String> = Vec::new();
    if style.clutter {
        if rng.chance(60) {
            out.push(
                rng.pick(&[
                    "当前位置：首页 > 政务公开 > 法治政府建设",
                    "您所在的位置：首页 >> 信息公开 >> 法治政府建设年度报告",
                ])
                .to_string(),
            );
        }
        let when = if rng.chance(60) {
            format!("发布时间：{}-{pm:02}-{pd:02} {:02}:{:02}", year + 1, rng.range(8, 17), rng.range(0, 59))
        } else {
            format!("发布日期：{}年{pm:02}月{pd:02}日", year + 1)
        };
        out.push(format!("{when}  来源：{}  浏览次数：{}", body.issuer, rng.range(20, 3000)));
        if rng.chance(50) {
            out.push("【字体：大 中 小】 分享到：".to_string());
        }
        if style.blank_lines || rng.chance(50) {
            out.push(String::new());
        }
    }
    let n_front = front.len();
    for (i, l) in front.into_iter().enumerate() {
        // The title and addressee lines are not indented; the preamble is.
        let indent = if i + 1 == n_front { style.indent } else { "" };
        out.push(format!("{indent}{l}"));
        if style.blank_lines {
            out.push(String::new());
        }
    }
    let page_break = if style.clutter && rng.chance(15) { Some(lines.len() / 2) } else { None };
    for (i, l) in lines.into_iter().enumerate() {
        if page_break == Some(i) {
            out.push("第1页共2页".to_string());
        }
        out.push(format!("{}{l}", style.indent));
        if style.blank_lines {
            out.push(String::new());
        }
    }
    if signature {
        let pad = if style.indent.is_empty() {
            ""
        } else {
            "\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}"
        };
        out.push(format!("{pad}{}", body.issuer));
        out.push(format!("{pad}{signature_date}"));
    }
    if style.clutter {
        if page_break.is_some() {
            out.push("第2页共2页".to_string());
        }
        out.push(rng.pick(&["扫一扫在手机打开当前页", "【打印本页】【关闭窗口】"]).to_string());
    }

    // Name the Party congress and the 普法 plan of the report's year.
    let out: Vec<String> = if year < 2023 {
        let plan = if year < 2021 { "“七五”普法" } else { "“八五”普法" };
        out.into_iter()
            .map(|l| {
                l.replace("二十届三中全会", "十九届五中全会").replace("二十大", "十九大").replace("“八五”普法", plan)
            })
            .collect()
    } else {
        out
    };
    let mut text = if style.flattened {
        out.iter().map(|l| l.trim()).collect::<String>() + "\n"
    } else {
        let eol = if style.crlf { "\r\n" } else { "\n" };
        out.join(eol) + eol
    };
    if style.half_width {
        text = text
            .chars()
            .map(|c| match c {
                '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
                '\u{3000}' => ' ',
                _ => c,
            })
            .collect();
    }

    match rng.range(0, 99) {
        0..=2 => {
            let mut bytes = vec![0xEF, 0xBB, 0xBF];
            bytes.extend_from_slice(text.as_bytes());
            bytes
        }
        3..=8 => encoding_rs::GB18030.encode(&text).0.into_owned(),
        9..=10 => {
            let mut bytes = vec![0xFF, 0xFE];
            bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
            bytes
        }
        11 => {
            let mut bytes = vec![0xFE, 0xFF];
            bytes.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
            bytes
        }
        _ => text.into_bytes(),
    }
}

fn run(dir: &Path, n: u64, seed: u64) -> std::io::Result<u64> {
    let mut rng = Rng::new(seed);
    let mut total = 0u64;
    for i in 0..n {
        let sub: PathBuf = dir.join(format!("{:04}", i / 1000));
        if i % 1000 == 0 {
            fs::create_dir_all(&sub)?;
        }
        let bytes = report(&mut rng);
        total += bytes.len() as u64;
        fs::write(sub.join(format!("report_{i:06}.txt")), bytes)?;
    }
    Ok(total)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: generate DIR N [SEED]";
    let (Some(dir), Some(n)) = (args.first(), args.get(1).and_then(|s| s.parse::<u64>().ok())) else {
        eprintln!("{usage}");
        return ExitCode::from(2);
    };
    let seed = match args.get(2).map(|s| s.parse::<u64>()) {
        None => 1,
        Some(Ok(seed)) => seed,
        Some(Err(_)) => {
            eprintln!("generate: SEED must be a number\n{usage}");
            return ExitCode::from(2);
        }
    };
    match run(Path::new(dir), n, seed) {
        Ok(total) => {
            eprintln!("generate: {n} reports, {:.2} MB, in {dir}", total as f64 / 1e6);
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("generate: {e}");
            ExitCode::FAILURE
        }
    }
}
