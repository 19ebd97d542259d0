//! Traditional characters folded to Simplified, for keyword matching only.
//!
//! Seven of 67 surveyed reports are in Traditional script (報告, 區, 萬).
//! The tree keeps the text as written; the few keyword tests (title genre,
//! organ names, part kinds) compare a folded copy.
//!
//! The table holds the Traditional chars common in government reports
//! (their headings, statistics tables, organ names and page clutter). A char
//! is in it only when it is not also an ordinary Simplified char: `著`
//! (显著), `乾` (乾坤), `覆` (覆盖), `瞭` (瞭望), `藉` (慰藉) and `餐` stay
//! out, since folding them would change Simplified words. `後`, `於`, `裡`,
//! `餘` and `徵` are in: in Simplified text they are rare variants.

/// (Traditional, Simplified) pairs; each Traditional char at most once, and
/// no Simplified char of the table is itself a Traditional one (no chains).
const PAIRS: &[(char, char)] = &[
    ('報', '报'),
    ('總', '总'),
    ('結', '结'),
    ('況', '况'),
    ('區', '区'),
    ('縣', '县'),
    ('員', '员'),
    ('會', '会'),
    ('辦', '办'),
    ('問', '问'),
    ('題', '题'),
    ('計', '计'),
    ('劃', '划'),
    ('舉', '举'),
    ('責', '责'),
    ('進', '进'),
    ('現', '现'),
    ('將', '将'),
    ('設', '设'),
    ('關', '关'),
    ('於', '于'),
    ('黨', '党'),
    ('導', '导'),
    ('務', '务'),
    ('實', '实'),
    ('規', '规'),
    ('範', '范'),
    ('開', '开'),
    ('發', '发'),
    ('時', '时'),
    ('間', '间'),
    ('來', '来'),
    ('頁', '页'),
    ('處', '处'),
    ('廳', '厅'),
    ('幹', '干'),
    ('執', '执'),
    ('適', '适'),
    ('確', '确'),
    ('強', '强'),
    ('領', '领'),
    ('層', '层'),
    ('體', '体'),
    ('職', '职'),
    ('組', '组'),
    ('織', '织'),
    ('覽', '览'),
    ('擊', '击'),
    ('數', '数'),
    ('號', '号'),
    ('條', '条'),
    ('後', '后'),
    ('態', '态'),
    ('歲', '岁'),
    ('裡', '里'),
    ('項', '项'),
    ('據', '据'),
    ('檢', '检'),
    ('應', '应'),
    ('與', '与'),
    ('資', '资'),
    ('長', '长'),
    ('門', '门'),
    ('機', '机'),
    ('構', '构'),
    ('頒', '颁'),
    ('內', '内'),
    ('屆', '届'),
    ('當', '当'),
    ('錄', '录'),
    ('單', '单'),
    ('為', '为'),
    ('運', '运'),
    ('選', '选'),
    ('專', '专'),
    ('點', '点'),
    ('傳', '传'),
    ('網', '网'),
    ('訊', '讯'),
    ('議', '议'),
    ('歷', '历'),
    ('續', '续'),
    ('學', '学'),
    ('習', '习'),
    ('預', '预'),
    ('決', '决'),
    ('準', '准'),
    ('標', '标'),
    ('績', '绩'),
    ('優', '优'),
    ('備', '备'),
    ('術', '术'),
    ('觀', '观'),
    ('難', '难'),
    ('薄', '薄'),
    ('陣', '阵'),
    ('審', '审'),
    ('統', '统'),
    ('顧', '顾'),
    ('詞', '词'),
    ('釋', '释'),
    ('註', '注'),
    ('佈', '布'),
    ('閉', '闭'),
    ('視', '视'),
    ('瀏', '浏'),
    ('連', '连'),
    ('權', '权'),
    ('嚴', '严'),
    ('臨', '临'),
    ('創', '创'),
    ('動', '动'),
    ('壓', '压'),
    ('堅', '坚'),
    ('復', '复'),
    ('複', '复'),
    ('奮', '奋'),
    ('徹', '彻'),
    ('揚', '扬'),
    ('護', '护'),
    ('揮', '挥'),
    ('斷', '断'),
    ('極', '极'),
    ('積', '积'),
    ('築', '筑'),
    ('籌', '筹'),
    ('緊', '紧'),
    ('線', '线'),
    ('綫', '线'),
    ('維', '维'),
    ('營', '营'),
    ('見', '见'),
    ('訟', '讼'),
    ('訴', '诉'),
    ('語', '语'),
    ('請', '请'),
    ('負', '负'),
    ('貫', '贯'),
    ('階', '阶'),
    ('業', '业'),
    ('產', '产'),
    ('産', '产'),
    ('經', '经'),
    ('財', '财'),
    ('過', '过'),
    ('鎮', '镇'),
    ('國', '国'),
    ('濟', '济'),
    ('壯', '壮'),
    ('說', '说'),
    ('説', '说'),
    ('則', '则'),
    ('評', '评'),
    ('價', '价'),
    ('聯', '联'),
    ('歸', '归'),
    ('環', '环'),
    ('鄉', '乡'),
    ('輔', '辅'),
    ('監', '监'),
    ('圖', '图'),
    ('館', '馆'),
    ('藝', '艺'),
    ('節', '节'),
    ('約', '约'),
    ('費', '费'),
    ('額', '额'),
    ('稅', '税'),
    ('餘', '余'),
    ('轉', '转'),
    ('興', '兴'),
    ('養', '养'),
    ('醫', '医'),
    ('療', '疗'),
    ('衛', '卫'),
    ('藥', '药'),
    ('險', '险'),
    ('災', '灾'),
    ('氣', '气'),
    ('電', '电'),
    ('礎', '础'),
    ('絡', '络'),
    ('這', '这'),
    ('個', '个'),
    ('們', '们'),
    ('從', '从'),
    ('對', '对'),
    ('還', '还'),
    ('戰', '战'),
    ('變', '变'),
    ('穩', '稳'),
    ('質', '质'),
    ('農', '农'),
    ('億', '亿'),
    ('萬', '万'),
    ('兩', '两'),
    ('幣', '币'),
    ('糧', '粮'),
    ('種', '种'),
    ('畝', '亩'),
    ('漁', '渔'),
    ('園', '园'),
    ('場', '场'),
    ('廠', '厂'),
    ('礦', '矿'),
    ('鋼', '钢'),
    ('鐵', '铁'),
    ('車', '车'),
    ('輛', '辆'),
    ('橋', '桥'),
    ('輸', '输'),
    ('補', '补'),
    ('貼', '贴'),
    ('貧', '贫'),
    ('脫', '脱'),
    ('幫', '帮'),
    ('戶', '户'),
    ('舊', '旧'),
    ('樓', '楼'),
    ('殘', '残'),
    ('兒', '儿'),
    ('婦', '妇'),
    ('齡', '龄'),
    ('勞', '劳'),
    ('訓', '训'),
    ('練', '练'),
    ('師', '师'),
    ('課', '课'),
    ('書', '书'),
    ('廣', '广'),
    ('聽', '听'),
    ('讀', '读'),
    ('寫', '写'),
    ('識', '识'),
    ('論', '论'),
    ('講', '讲'),
    ('話', '话'),
    ('談', '谈'),
    ('記', '记'),
    ('認', '认'),
    ('讓', '让'),
    ('給', '给'),
    ('訂', '订'),
    ('廢', '废'),
    ('許', '许'),
    ('證', '证'),
    ('貿', '贸'),
    ('銷', '销'),
    ('購', '购'),
    ('買', '买'),
    ('賣', '卖'),
    ('錢', '钱'),
    ('銀', '银'),
    ('貸', '贷'),
    ('債', '债'),
    ('擔', '担'),
    ('際', '际'),
    ('邊', '边'),
    ('協', '协'),
    ('調', '调'),
    ('畫', '画'),
    ('裝', '装'),
    ('綠', '绿'),
    ('減', '减'),
    ('棄', '弃'),
    ('濕', '湿'),
    ('測', '测'),
    ('響', '响'),
    ('聲', '声'),
    ('雜', '杂'),
    ('麗', '丽'),
    ('風', '风'),
    ('鄰', '邻'),
    ('裏', '里'),
    ('遺', '遗'),
    ('紀', '纪'),
    ('樂', '乐'),
    ('遊', '游'),
    ('賽', '赛'),
    ('團', '团'),
    ('隊', '队'),
    ('敗', '败'),
    ('潔', '洁'),
    ('搶', '抢'),
    ('訪', '访'),
    ('糾', '纠'),
    ('紛', '纷'),
    ('衝', '冲'),
    ('擾', '扰'),
    ('罰', '罚'),
    ('懲', '惩'),
    ('兌', '兑'),
    ('係', '系'),
    ('繫', '系'),
    ('製', '制'),
    ('參', '参'),
    ('圍', '围'),
    ('級', '级'),
    ('達', '达'),
    ('並', '并'),
    ('併', '并'),
    ('勢', '势'),
    ('韌', '韧'),
    ('較', '较'),
    ('顯', '显'),
    ('屬', '属'),
    ('類', '类'),
    ('狀', '状'),
    ('鏈', '链'),
    ('龍', '龙'),
    ('頭', '头'),
    ('帶', '带'),
    ('驅', '驱'),
    ('試', '试'),
    ('驗', '验'),
    ('夠', '够'),
    ('齊', '齐'),
    ('繼', '继'),
    ('義', '义'),
    ('東', '东'),
    ('陽', '阳'),
    ('黃', '黄'),
    ('臺', '台'),
    ('貴', '贵'),
    ('寧', '宁'),
    ('覺', '觉'),
    ('親', '亲'),
    ('貢', '贡'),
    ('獻', '献'),
    ('賦', '赋'),
    ('貨', '货'),
    ('賬', '账'),
    ('帳', '帐'),
    ('撥', '拨'),
    ('償', '偿'),
    ('違', '违'),
    ('擠', '挤'),
    ('佔', '占'),
    ('濫', '滥'),
    ('損', '损'),
    ('虧', '亏'),
    ('虛', '虚'),
    ('偽', '伪'),
    ('騙', '骗'),
    ('徵', '征'),
    ('繳', '缴'),
    ('納', '纳'),
    ('匯', '汇'),
    ('彙', '汇'),
    ('編', '编'),
    ('簡', '简'),
    ('載', '载'),
    ('頻', '频'),
    ('紙', '纸'),
    ('檔', '档'),
    ('郵', '邮'),
    ('碼', '码'),
    ('隱', '隐'),
    ('爲', '为'),
    ('衆', '众'),
    ('眾', '众'),
    ('滿', '满'),
    ('願', '愿'),
    ('熱', '热'),
    ('華', '华'),
    ('憲', '宪'),
    ('誠', '诚'),
    ('輕', '轻'),
    ('滯', '滞'),
    ('緩', '缓'),
    ('漸', '渐'),
    ('離', '离'),
    ('異', '异'),
    ('樣', '样'),
    ('雖', '虽'),
    ('無', '无'),
    ('勵', '励'),
    ('獎', '奖'),
    ('儲', '储'),
    ('庫', '库'),
    ('軍', '军'),
    ('擁', '拥'),
    ('撫', '抚'),
    ('雙', '双'),
    ('閱', '阅'),
    ('週', '周'),
    ('頃', '顷'),
    ('噸', '吨'),
    ('鋪', '铺'),
    ('徑', '径'),
    ('簽', '签'),
    ('莊', '庄'),
    ('遠', '远'),
    ('漲', '涨'),
    ('頓', '顿'),
    ('順', '顺'),
    ('暢', '畅'),
    ('鞏', '巩'),
    ('蓋', '盖'),
    ('圓', '圆'),
    ('溫', '温'),
    ('誌', '志'),
    ('擴', '扩'),
    ('張', '张'),
    ('擬', '拟'),
    ('獲', '获'),
    ('穫', '获'),
    ('豐', '丰'),
    ('錯', '错'),
    ('誤', '误'),
    ('詳', '详'),
    ('細', '细'),
    ('詢', '询'),
    ('諮', '咨'),
    ('諾', '诺'),
    ('謀', '谋'),
    ('該', '该'),
    ('討', '讨'),
    ('診', '诊'),
    ('紅', '红'),
    ('純', '纯'),
    ('紹', '绍'),
    ('終', '终'),
    ('絕', '绝'),
    ('綜', '综'),
    ('綱', '纲'),
    ('縱', '纵'),
    ('繪', '绘'),
    ('縮', '缩'),
    ('紡', '纺'),
    ('紐', '纽'),
    ('針', '针'),
    ('閘', '闸'),
    ('闡', '阐'),
    ('軌', '轨'),
    ('軟', '软'),
    ('輪', '轮'),
    ('轄', '辖'),
    ('馬', '马'),
    ('駐', '驻'),
    ('頂', '顶'),
    ('須', '须'),
    ('顏', '颜'),
    ('飛', '飞'),
    ('飲', '饮'),
    ('鮮', '鲜'),
    ('啟', '启'),
    ('啓', '启'),
    ('壞', '坏'),
    ('塊', '块'),
    ('壇', '坛'),
    ('寬', '宽'),
    ('慣', '惯'),
    ('擇', '择'),
    ('攜', '携'),
    ('攬', '揽'),
    ('暫', '暂'),
    ('換', '换'),
    ('沒', '没'),
    ('淨', '净'),
    ('溝', '沟'),
    ('盡', '尽'),
    ('儘', '尽'),
    ('盤', '盘'),
    ('礙', '碍'),
    ('稱', '称'),
    ('窮', '穷'),
    ('競', '竞'),
    ('筆', '笔'),
    ('聞', '闻'),
    ('肅', '肃'),
    ('艱', '艰'),
    ('趨', '趋'),
    ('跡', '迹'),
    ('踐', '践'),
    ('遷', '迁'),
    ('遞', '递'),
    ('邁', '迈'),
    ('陸', '陆'),
    ('隨', '随'),
    ('靈', '灵'),
    ('僅', '仅'),
    ('卻', '却'),
    ('傷', '伤'),
    ('勝', '胜'),
    ('惡', '恶'),
    ('掃', '扫'),
    ('掛', '挂'),
    ('歡', '欢'),
    ('殯', '殡'),
    ('滅', '灭'),
    ('獨', '独'),
    ('懷', '怀'),
    ('爭', '争'),
    ('鑑', '鉴'),
    ('鑒', '鉴'),
    ('鍵', '键'),
    ('鐘', '钟'),
    ('賠', '赔'),
    ('賴', '赖'),
    ('曆', '历'),
    ('樹', '树'),
    ('欄', '栏'),
    ('穀', '谷'),
    ('鬥', '斗'),
    ('壩', '坝'),
    ('澇', '涝'),
    ('墾', '垦'),
    ('賃', '赁'),
    ('誼', '谊'),
];

/// The table sorted by Traditional char, for binary search (an insertion
/// sort, as a const fn must).
static SORTED: [(char, char); PAIRS.len()] = {
    let mut out = [(' ', ' '); PAIRS.len()];
    let mut i = 0;
    while i < PAIRS.len() {
        let mut j = i;
        while j > 0 && out[j - 1].0 as u32 > PAIRS[i].0 as u32 {
            out[j] = out[j - 1];
            j -= 1;
        }
        out[j] = PAIRS[i];
        i += 1;
    }
    out
};

/// First and last code points of the CJK block the table's chars are in.
#[cfg(test)]
const CJK_FIRST: u32 = 0x4E00;
#[cfg(test)]
const CJK_LAST: u32 = 0x9FFF;

/// One bit per char of the Basic Multilingual Plane: set for the
/// Traditional chars of the table, so the common case (a Simplified char)
/// costs one bit test rather than a binary search. Over the whole plane
/// (not only the CJK block the chars are in), a three-byte char's code
/// point, below 0x10000, needs no range test before the bit's.
use crate::text::charset::{BmpSet, CjkSet};

static TRADITIONAL: BmpSet = {
    let mut set = BmpSet::bmp();
    let mut i = 0;
    while i < PAIRS.len() {
        set = set.with_cp(PAIRS[i].0 as u32);
        i += 1;
    }
    set
};

/// `set` with every Traditional char of the table whose Simplified form
/// is in it: the chars that [`fold_char`] may map into `set` (any other
/// char folds to itself or to a char outside it).
pub(crate) const fn with_traditional_forms(mut set: CjkSet) -> CjkSet {
    let mut i = 0;
    while i < PAIRS.len() {
        if set.has_cp(PAIRS[i].1 as u32) {
            set = set.with_cp(PAIRS[i].0 as u32);
        }
        i += 1;
    }
    set
}

/// `set` with every Traditional char of the table (each char of which
/// [`folds_cp`] may be true) that is in its range.
pub(crate) const fn with_traditional(mut set: CjkSet) -> CjkSet {
    let mut i = 0;
    while i < PAIRS.len() {
        set = set.with_cp(PAIRS[i].0 as u32);
        i += 1;
    }
    set
}

/// `c` in Simplified form, where this table knows it.
#[inline]
pub(crate) fn fold_char(c: char) -> char {
    if !TRADITIONAL.contains(c) {
        return c;
    }
    SORTED.binary_search_by_key(&c, |p| p.0).map_or(c, |k| SORTED[k].1)
}

/// Does the char of code point `cp` fold to another? The bit test answers
/// most chars; a table char that folds to itself (`薄`) is looked up.
#[inline]
pub(crate) fn folds_cp(cp: u32) -> bool {
    TRADITIONAL.contains_cp(cp) && char::from_u32(cp).is_some_and(|c| fold_char(c) != c)
}

/// `text` with Traditional characters folded, or `None` when none are.
/// Out of line: [`with_folded`] is instantiated for each of its tests.
#[inline(never)]
pub(crate) fn fold(text: &str) -> Option<String> {
    text.chars().any(|c| fold_char(c) != c).then(|| text.chars().map(fold_char).collect())
}

/// Apply `test` to `text` folded to Simplified. `test` is called from one
/// place, so that its code (a search for a list of words) is inlined once
/// in each instance, not once for the folded text and once for the text.
pub(crate) fn with_folded<T>(text: &str, test: impl Fn(&str) -> T) -> T {
    let folded = fold(text);
    test(folded.as_deref().unwrap_or(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_report_words() {
        assert_eq!(fold("法治政府建設情況報告").as_deref(), Some("法治政府建设情况报告"));
        assert_eq!(fold("简体不变"), None);
    }

    /// What `clutter::closed_line_may_be_clutter` relies on: no char folds
    /// to a char of a year, to 首, or to 页 but 頁; and every char folds to
    /// a CJK ideograph of its own length (no white space, bracket or mark).
    #[test]
    fn no_char_folds_to_a_year_char_or_to_home() {
        let year_chars = "0123456789O０１２３４５６７８９〇○零一二三四五六七八九首";
        for &(t, simplified) in PAIRS {
            assert!(!year_chars.contains(simplified), "{t} folds to {simplified}");
            assert!(simplified != '页' || t == '頁', "{t} folds to 页");
            assert_eq!(t.len_utf8(), simplified.len_utf8(), "{t} and {simplified} differ in length");
            assert!(('\u{4e00}'..='\u{9fff}').contains(&simplified), "{t} folds to {simplified}");
            // (TRADITIONAL, over the BMP, and the CjkSets built from the table agree.)
            assert!(('\u{4e00}'..='\u{9fff}').contains(&t), "{t} is outside the CJK block");
        }
    }

    #[test]
    fn the_sorted_table_has_each_char_once_and_no_chains() {
        assert!(SORTED.windows(2).all(|w| (w[0].0 as u32) < (w[1].0 as u32)), "a Traditional char twice");
        for &(t, simplified) in PAIRS {
            assert!(t != simplified || t == '薄');
            assert_eq!(fold_char(simplified), simplified, "{t} folds to {simplified}, which folds again");
        }
    }

    #[test]
    fn folds_the_words_of_disclosure_and_work_reports() {
        for (traditional, simplified) in [
            ("主動公開政府信息情況", "主动公开政府信息情况"),
            ("收到和處理政府信息公開申請情況", "收到和处理政府信息公开申请情况"),
            ("政府信息公開行政復議、行政訴訟情況", "政府信息公开行政复议、行政诉讼情况"),
            ("過去一年工作回顧", "过去一年工作回顾"),
            ("嚴格落實財政預決算", "严格落实财政预决算"),
            ("鄉村振興、醫療衛生、養老保險", "乡村振兴、医疗卫生、养老保险"),
            ("存在的主要問題及改進情況", "存在的主要问题及改进情况"),
            ("綜合辦公室轄區內經濟穩步增長", "综合办公室辖区内经济稳步增长"),
        ] {
            assert_eq!(fold(traditional).as_deref(), Some(simplified));
        }
        // Chars that are also ordinary Simplified chars are left alone.
        assert_eq!(fold("显著乾坤覆盖瞭望慰藉餐饮"), None);
    }

    #[test]
    fn every_pair_is_in_the_cjk_block_and_folds() {
        for &(t, simplified) in PAIRS {
            assert!((CJK_FIRST..=CJK_LAST).contains(&(t as u32)), "{t} is outside the bit table");
            assert_eq!(fold_char(t), simplified);
        }
        assert_eq!(fold_char('报'), '报');
        assert!(folds_cp('報' as u32) && !folds_cp('报' as u32) && !folds_cp('薄' as u32) && !folds_cp('a' as u32));
        assert_eq!(fold_char('a'), 'a');
    }
}
