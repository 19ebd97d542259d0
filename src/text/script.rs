//! Traditional characters folded to Simplified, for keyword matching only.
//!
//! Seven of 67 surveyed reports are in Traditional script (報告, 區, 萬).
//! The tree keeps the text as written; the few keyword tests (title genre,
//! organ names, part kinds) compare a folded copy.

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

/// One bit per char of the CJK block: set for the Traditional chars of the
/// table, so the common case (a Simplified char) costs one bit test rather
/// than a binary search.
use crate::text::charset::CjkSet;

static TRADITIONAL: CjkSet = {
    let mut set = CjkSet::cjk();
    let mut i = 0;
    while i < PAIRS.len() {
        set = set.with_cp(PAIRS[i].0 as u32);
        i += 1;
    }
    set
};

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
pub(crate) fn fold(text: &str) -> Option<String> {
    text.chars().any(|c| fold_char(c) != c).then(|| text.chars().map(fold_char).collect())
}

/// Apply `test` to `text` folded to Simplified.
pub(crate) fn with_folded<T>(text: &str, test: impl Fn(&str) -> T) -> T {
    match fold(text) {
        Some(f) => test(&f),
        None => test(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_report_words() {
        assert_eq!(fold("法治政府建設情況報告").as_deref(), Some("法治政府建设情况报告"));
        assert_eq!(fold("简体不变"), None);
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
