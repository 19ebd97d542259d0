//! The quantity reader: what is an indicator (spec/indicators.md) and what
//! is not. Every sentence here is made up; each test checks one behaviour.

use gongwen::numeral::Decimal;
use gongwen::quantity::{find, Direction, Qualifier, Quantity, QuantityKind};

fn one(t: &str) -> Quantity {
    let mut v = find(t);
    assert_eq!(v.len(), 1, "`{t}` should state exactly one quantity, found {v:#?}");
    v.remove(0)
}

fn get(t: &str, written: &str) -> Quantity {
    find(t)
        .into_iter()
        .find(|q| q.text == written)
        .unwrap_or_else(|| panic!("`{t}` should state `{written}`; found {:?}", texts(t)))
}

fn texts(t: &str) -> Vec<String> {
    find(t).into_iter().map(|q| q.text.into()).collect()
}

fn none(t: &str, why: &str) {
    let v = texts(t);
    assert!(v.is_empty(), "`{t}` should state no quantity ({why}); found {v:?}");
}

fn int(n: i64) -> Decimal {
    Decimal::from_int(n)
}

fn dec(s: &str) -> Decimal {
    gongwen::numeral::parse(s).expect("a test numeral")
}

// ------------------------------------------------------------ what is one

#[test]
fn a_count_with_its_measure_word() {
    let q = one("镇便民服务中心办件3084件。");
    assert_eq!((q.text.as_str(), q.value, q.unit.as_str()), ("3084件", int(3084), "件"), "3084件 is a count of 件");
    assert_eq!(q.kind, QuantityKind::Count, "件 counts");
}

#[test]
fn calls_and_case_files_are_counted() {
    for (t, unit, label) in [
        ("全年接听热线电话12,345通。", "通", "接听热线电话"),
        ("回访群众1.2万通，", "通", "回访群众"),
        ("评查行政执法案卷215卷。", "卷", "评查行政执法案卷"),
    ] {
        let q = one(t);
        assert_eq!((q.unit.as_str(), q.label.as_str()), (unit, label), "{t}");
    }
    none("实现园区七通一平，交通四通八达。", "通 after a Chinese numeral is a set phrase");
    none("下发3通知", "通知 is a word");
    none("整理3卷宗", "卷宗 is a word");
}

#[test]
fn span_points_at_the_text() {
    let t = "全年共受理信访事项56件，已全部办结。";
    let q = one(t);
    assert_eq!(&t[q.span], q.text, "the span should cover exactly the text as written");
}

#[test]
fn compound_measure_words_are_one_unit() {
    for (t, unit) in [
        ("接待群众来访230人次", "人次"),
        ("检查经营主体415家次", "家次"),
        ("审查合同19件次", "件次"),
        ("开展宣传活动27场次", "场次"),
        ("抽检食品86批次", "批次"),
    ] {
        assert_eq!(one(t).unit, unit, "`{t}` should have the compound unit {unit}");
    }
}

#[test]
fn more_than_after_the_number() {
    let q = one("发放宣传资料300余份");
    assert_eq!((q.text.as_str(), q.value), ("300余份", int(300)), "余 belongs to the text, not the value");
    assert_eq!(q.qualifiers, vec![Qualifier::MoreThan], "余 means more than");
    assert_eq!(one("走访群众50多户").qualifiers, vec![Qualifier::MoreThan], "多 means more than");
}

#[test]
fn approx_before_the_number() {
    let q = one("涉及金额约86.4万元");
    assert_eq!((q.text.as_str(), q.value, q.unit.as_str()), ("约86.4万元", int(864_000), "元"), "约 is in the text");
    assert_eq!(q.qualifiers, vec![Qualifier::Approx], "约 means about");
    assert_eq!(q.kind, QuantityKind::Money, "元 is money");
}

#[test]
fn two_qualifiers_on_one_figure() {
    let q = one("挽回损失约500余万元");
    assert_eq!(q.value, int(5_000_000), "500余万元 is 5000000");
    assert_eq!(q.qualifiers, vec![Qualifier::Approx, Qualifier::MoreThan], "约…余 carries both, in order");
}

#[test]
fn at_least_before_and_after() {
    let q = one("确保每名执法人员接受不少于40学时的培训");
    assert_eq!((q.text.as_str(), q.unit.as_str()), ("不少于40学时", "学时"), "不少于 is in the text");
    assert_eq!((q.qualifiers.to_vec(), q.kind), (vec![Qualifier::AtLeast], QuantityKind::Duration), "学时 is time");
    let q = one("综合窗口比例达85%以上");
    assert_eq!((q.text.as_str(), q.qualifiers.to_vec()), ("85%以上", vec![Qualifier::AtLeast]), "以上 is at least");
}

#[test]
fn less_than_and_nearly() {
    assert_eq!(one("持证人员不足三成").qualifiers, vec![Qualifier::LessThan], "不足 is less than");
    assert_eq!(one("办理时间低于5天").qualifiers, vec![Qualifier::LessThan], "低于 is less than");
    assert_eq!(one("服务群众近12万人次").qualifiers, vec![Qualifier::Nearly], "近 is nearly");
    assert_eq!(one("覆盖将近800户").qualifiers, vec![Qualifier::Nearly], "将近 is nearly");
}

#[test]
fn more_than_before_the_number() {
    assert_eq!(one("罚没款逾30万元").qualifiers, vec![Qualifier::MoreThan], "逾 is more than");
    assert_eq!(one("参与人数超过2000人").qualifiers, vec![Qualifier::MoreThan], "超过 is more than");
}

#[test]
fn approx_after_the_unit() {
    let q = one("每次培训持续3小时左右");
    assert_eq!((q.text.as_str(), q.qualifiers.to_vec()), ("3小时左右", vec![Qualifier::Approx]), "左右 is about");
}

#[test]
fn reporting_words_are_not_qualifiers() {
    for t in ["累计调解纠纷88起", "共办理案件88起", "调解成功率达88%"] {
        let q = one(t);
        assert!(q.qualifiers.is_empty(), "`{t}`: 共, 累计 and 达 are no qualifiers");
        assert_eq!(q.value, int(88), "`{t}`: the figure should still be read");
    }
}

#[test]
fn a_qualifier_char_inside_a_word_is_no_qualifier() {
    assert!(one("新签约企业12家").qualifiers.is_empty(), "约 in 签约 is no qualifier");
    assert!(one("走访附近3家企业").qualifiers.is_empty(), "近 in 附近 is no qualifier");
}

#[test]
fn wan_is_multiplied_out() {
    assert_eq!(one("受理群众诉求2.37万件").value, int(23_700), "2.37万件 is 23700");
    assert_eq!(one("经济处罚0.9万元").value, int(9000), "0.9万元 is exactly 9000");
    assert_eq!(one("总投资额46.08亿元").value, int(4_608_000_000), "46.08亿元 is exact");
}

#[test]
fn wan_after_yu_is_multiplied_out() {
    let q = one("累计服务群众120余万人次");
    assert_eq!((q.value, q.unit.as_str()), (int(1_200_000), "人次"), "120余万人次 is 1200000 人次");
}

#[test]
fn chinese_numeral_with_wan_and_yu() {
    let q = one("参与群众三万余人次");
    assert_eq!((q.value, q.qualifiers.to_vec()), (int(30_000), vec![Qualifier::MoreThan]), "三万余 is 30000+");
}

#[test]
fn percent_and_percentage_points() {
    let q = one("败诉率7.35%");
    assert_eq!((q.value, q.unit.as_str(), q.kind), (dec("7.35"), "%", QuantityKind::Percent), "7.35% is a rate");
    assert_eq!(one("占比为百分之六十").value, int(60), "百分之六十 is 60%");
    assert_eq!(get("同比增加4.2个百分点", "4.2个百分点").unit, "个百分点", "个百分点 is its own unit");
}

#[test]
fn cheng_is_tens_of_percent() {
    let q = one("具备资格人数不到四成");
    assert_eq!((q.value, q.unit.as_str()), (int(40), "%"), "四成 is 40%");
    assert_eq!(q.qualifiers, vec![Qualifier::LessThan], "不到 is less than");
}

#[test]
fn durations_and_measures() {
    assert_eq!(one("封闭培训5天").kind, QuantityKind::Duration, "天 is time");
    assert_eq!(one("审批压缩在30分钟内").unit, "分钟", "分钟 is a unit");
    assert_eq!(one("试点期为6个月").unit, "个月", "个月 is one unit, not 个");
    let q = one("销毁过期药品35.6公斤");
    assert_eq!((q.kind, q.value), (QuantityKind::Measure, dec("35.6")), "公斤 is a measure");
    assert_eq!(one("新建广场2400平方米").unit, "平方米", "平方米 is one unit");
}

#[test]
fn space_between_number_and_unit() {
    assert_eq!(one("组织学习18 次").text, "18 次", "a stray space inside a figure is kept in its text");
}

#[test]
fn range_with_the_unit_at_the_end() {
    let q = one("每村聘请1-2名法律顾问");
    assert_eq!((q.value, q.upper, q.unit.as_str()), (int(1), Some(int(2)), "名"), "1-2名 is a range of 名");
    let q = one("集中培训3至5天");
    assert_eq!((q.value, q.upper), (int(3), Some(int(5))), "3至5天 is a range");
}

#[test]
fn range_with_the_unit_at_both_ends() {
    let q = one("每宗奖励3万元至5万元");
    assert_eq!((q.value, q.upper, q.unit.as_str()), (int(30_000), Some(int(50_000)), "元"), "万 applies to both ends");
}

#[test]
fn a_range_spaced_as_pdf_text_spaces_it() {
    let q = one("集中培训 3 至 5 天。");
    assert_eq!((q.value, q.upper, q.text.as_str()), (int(3), Some(int(5)), "3 至 5 天"));
    let q = one("发行费率下调 20%至 25%。");
    assert_eq!((q.value, q.upper, q.unit.as_str()), (int(20), Some(int(25)), "%"), "the high end spaced off");
    let q = one("净资产收益率 0.14%到 13.27%。");
    assert_eq!((q.value, q.upper), (dec("0.14"), Some(dec("13.27"))));
    none("2020 年至 2024 年", "a spaced year range is still no quantity");
}

#[test]
fn a_time_after_the_measure_word_is_no_label() {
    let t = "应完成疏浚的河段中，有 264 个至 2024 年 9 月底尚未完成。";
    assert_ne!(get(t, "264 个").label, "至", "至 opens a time, not the noun counted");
}

#[test]
fn an_average_keeps_its_word_in_the_label() {
    assert_eq!(one("工资标准逐年提高，平均达到2000元。").label, "平均", "平均达到 is no 均达到");
    assert_eq!(one("农民人均为1.2万元。").label, "农民人均");
    assert_eq!(get("参考率、合格率均为100%。", "100%").label, "合格率", "均为 after a noun is still a tail");
}

#[test]
fn a_change_listed_with_and_takes_the_first_changes_words() {
    // After the levels, the clause of the rates is the change words alone.
    let v = find("城乡居民人均可支配收入分别达到4.6万元、2.3万元，分别增长5.3%和7.1%。");
    let labels: Vec<&str> = v[2..].iter().map(|q| q.label.as_str()).collect();
    assert_eq!(labels, ["分别增长", "分别增长"], "the second rate of a list is the same change");
    assert_eq!(v[3].kind, QuantityKind::Change);
}

#[test]
fn a_bracket_the_label_does_not_close_is_no_part_of_it() {
    assert_eq!(get("共受理信访事项356件（占比35.2%），", "35.2%").label, "占比");
    assert_eq!(one("新（修）订制度12项。").label, "新（修）订制度", "a bracket closed inside stays");
}

#[test]
fn several_figures_in_one_clause() {
    assert_eq!(
        texts("处罚11次，经济处罚2.3万元，出动人员64人次"),
        ["11次", "2.3万元", "64人次"],
        "each figure once, in order"
    );
    assert_eq!(texts("开展培训2次4期"), ["2次", "4期"], "figures written back to back are two");
}

#[test]
fn full_width_digits_make_quantities() {
    assert_eq!(one("建成站点１２个").value, int(12), "full-width digits are numbers");
}

#[test]
fn thousands_separators_in_quantities() {
    assert_eq!(one("服务群众12,480人次").value, int(12_480), "a thousands separator joins the number");
}

#[test]
fn traditional_script_quantities() {
    assert_eq!(one("投入資金兩萬元").value, int(20_000), "兩萬元 is 20000 元");
}

// ------------------------------------------------------------ changes

#[test]
fn year_on_year_growth_is_a_change_up() {
    let q = one("办件量同比增长12.5%");
    assert_eq!((q.kind, q.direction, q.value), (QuantityKind::Change, Some(Direction::Up), dec("12.5")), "增长 is up");
    assert!(q.label.contains("同比增长"), "the label should name the change, got {}", q.label);
}

#[test]
fn fall_in_points_is_a_change_down() {
    let q = one("发案率同比下降3.2个百分点");
    assert_eq!((q.kind, q.direction), (QuantityKind::Change, Some(Direction::Down)), "下降 is down");
    assert_eq!(q.unit, "个百分点", "the unit stays 个百分点");
}

#[test]
fn comparison_with_last_year_is_a_change() {
    let q = one("较去年提升25%");
    assert_eq!((q.kind, q.direction), (QuantityKind::Change, Some(Direction::Up)), "较去年提升 is a change up");
}

#[test]
fn a_fall_noun_is_a_change() {
    let q = get("缩减检查频次120次，降幅达60%", "60%");
    assert_eq!((q.kind, q.direction), (QuantityKind::Change, Some(Direction::Down)), "降幅 is a fall");
    assert_eq!(q.label, "降幅", "达 is not part of the label");
}

#[test]
fn a_count_after_a_change_verb_is_a_change() {
    let q = one("较上年增加215宗");
    assert_eq!((q.kind, q.direction, q.value), (QuantityKind::Change, Some(Direction::Up), int(215)), "增加215宗");
}

#[test]
fn cutting_a_frequency_is_a_change() {
    let q = get("压减检查频次86次", "86次");
    assert_eq!((q.kind, q.direction), (QuantityKind::Change, Some(Direction::Down)), "压减…频次 is a change");
}

#[test]
fn cutting_items_is_a_count() {
    let q = one("减少审批环节14个");
    assert_eq!(q.kind, QuantityKind::Count, "减少审批环节14个 counts the steps removed");
    assert_eq!(q.direction, None, "a count has no direction");
}

#[test]
fn from_to_gives_the_two_figures_and_no_derived_change() {
    // Issue 15: the change between the two levels is not stated, so it is
    // not reported (this test pinned a derived 2个百分点 change before).
    let v = find("结案周期由40%降低至38%。");
    assert_eq!(v.len(), 2, "由40%降低至38% gives both figures: {v:#?}");
    assert_eq!((v[0].value, v[1].value), (int(40), int(38)), "both levels are read");
    assert_eq!(v[1].kind, QuantityKind::Percent, "the new level is a level, not a change");
    assert_eq!(v[1].label, v[0].label, "both levels are of the same thing");
    let v = find("地区生产总值从3826.5亿元增长到4398.6亿元。");
    assert_eq!(v.len(), 2, "two figures, no derived change: {v:#?}");
    assert!(v.iter().all(|q| q.kind == QuantityKind::Money), "both are amounts: {v:#?}");
    let v = find("地区生产总值从3826.5亿元增长到4398.6亿元，增长15%。");
    assert_eq!(v.len(), 3, "a stated change is reported: {v:#?}");
    assert_eq!((v[2].kind, v[2].direction), (QuantityKind::Change, Some(Direction::Up)), "增长15%");
}

#[test]
fn new_additions_are_counts() {
    let q = one("新增可办事项45项");
    assert_eq!((q.kind, q.direction), (QuantityKind::Count, None), "新增 counts what was added");
}

// ------------------------------------------------------------ labels

#[test]
fn label_is_the_phrase_before() {
    assert_eq!(one("调处成功316件。").label, "调处成功", "the label is the phrase before the number");
}

#[test]
fn label_drops_time_words_and_reporting_verbs() {
    assert_eq!(one("2024年共接待法律咨询260余人次。").label, "接待法律咨询", "year and 共 are dropped");
    assert_eq!(one("全年累计办理公证业务913件").label, "办理公证业务", "全年 and 累计 are dropped");
}

#[test]
fn label_is_the_noun_after_a_counter() {
    assert_eq!(one("组织23名执法人员参加考试").label, "执法人员", "the noun after 名 is counted");
    assert_eq!(one("设置14个便民服务点").label, "便民服务点", "the noun after 个 is counted");
}

#[test]
fn label_after_when_only_a_verb_precedes() {
    assert_eq!(one("先后组织5次专题学法活动").label, "专题学法活动", "组织 alone names nothing");
}

#[test]
fn label_of_a_rate() {
    assert_eq!(one("行政机关负责人出庭率为100%。").label, "行政机关负责人出庭率", "为 is dropped");
}

#[test]
fn each_figure_gets_its_own_label() {
    let v = find("受理复议案件42件，办结39件，按期结案率100%");
    let labels: Vec<&str> = v.iter().map(|q| q.label.as_str()).collect();
    assert_eq!(labels, ["受理复议案件", "办结", "按期结案率"], "each figure is labelled from its own clause");
}

#[test]
fn label_of_a_list_item() {
    let v = find("收到人大代表建议31件、政协委员提案17件");
    assert_eq!(v[1].label, "政协委员提案", "、 starts a new label");
}

// ------------------------------------------------------------ what is not one

#[test]
fn years_are_not_quantities() {
    none("2024年，全镇法治建设取得新成效", "a year dates");
    none("2024年度法治政府建设情况报告", "年度 dates");
    none("二〇二四年工作总结", "a year in Chinese digits");
}

#[test]
fn dates_and_months_are_not_quantities() {
    none("2025年3月5日", "a date");
    none("7月份，开展集中整治", "a month");
    none("2024年1—6月", "a span of months");
}

#[test]
fn times_are_not_quantities() {
    none("发布时间：2024-03-28 16:58", "a time stamp");
    none("上午8:00开始受理", "a clock time");
    none("2019/10/31 09:18:01", "a slashed date");
}

#[test]
fn year_ranges_are_not_quantities() {
    none("法治政府建设实施方案（2021—2025年）", "a span of years with a dash");
    none("实施纲要(2023-2027年)", "a span of years with a hyphen");
    none("实施方案(20212025年)", "a span of years whose dash was lost");
}

#[test]
fn document_numbers_are_not_quantities() {
    none("根据《通知》（工作通知〔2023〕38号）要求", "a document number");
    none("石柱府办发〔2023〕26号", "a document number with its issuer");
    none("依据[2023]第63号文件", "a document number in square brackets");
}

#[test]
fn quoted_names_are_not_quantities() {
    none("利用“3.15”国际消费者权益日开展宣传", "a day's name");
    none("在“3·15”“4.15”期间", "day names with a middle dot and a point");
    none("紧扣“1310”具体部署", "a programme's name");
    none("打造“1+15+N”培训阵地", "a formula in quotes");
    none("深入开展“八五”普法", "a plan's name");
    none("构建“15分钟”法律服务圈", "a quoted name that looks like a duration");
}

#[test]
fn formula_names_are_not_quantities() {
    none("实施2+3+N实体化运行模式", "a formula name");
    none("开展“法律6+N进”活动", "a formula inside a name");
}

#[test]
fn hotline_numbers_are_not_quantities() {
    none("依托12345政务服务便民热线", "a hotline");
    none("12315消费者投诉举报热线", "a hotline");
    none("拨打12348法律服务热线", "a hotline");
}

#[test]
fn ordinals_are_not_quantities() {
    none("召开依法治县委员会第四次会议", "an ordinal meeting");
    none("履行第一责任人职责", "第一 is an ordinal");
    none("推荐申报第四批示范单位", "第四批 is an ordinal");
    none("依照第23条规定", "第23条 is an article number");
    none("第8次常务会议", "第8次 is an ordinal");
}

#[test]
fn party_congresses_are_not_quantities() {
    none("学习贯彻党的二十大精神", "二十大 names a congress");
    none("二十届三中全会精神", "二十届三中全会 names a plenum");
    none("二十届三中、四中全会", "plenums in a list");
}

#[test]
fn set_phrases_are_not_quantities() {
    none("建立一站式矛盾纠纷调解中心", "一站式");
    none("推行一窗受理", "一窗受理");
    none("落实行政执法三项制度", "三项制度");
    none("增强四个意识", "四个意识");
    none("落实一岗双责", "一岗双责");
    none("村两委干部", "两委");
    none("配齐一照四章", "一照四章");
    none("重点抓好四个方面工作", "四个方面");
    none("建立应急四大体系", "四大体系");
    none("质量提升三年行动计划", "三年行动计划");
    none("推进一件事一次办", "一件事, 一次办");
}

#[test]
fn sequence_words_are_not_quantities() {
    none("一是加强组织领导；二是完善制度", "一是 and 二是 enumerate");
    none("一方面加强学习，另一方面强化考核", "一方面");
}

#[test]
fn articles_are_not_quantities() {
    none("建设一支高素质执法队伍", "一支 is an article");
    none("探索出一条新路子", "一条 is an article");
    none("实现一批高频事项网上办", "一批 is an article");
}

#[test]
fn heading_markers_are_not_quantities() {
    none("一、主要工作成效", "a heading marker");
    none("（一）加强组织领导", "a bracketed marker");
    none("1.加强组织领导", "a numbered marker");
    none("（1）完善制度", "a bracketed number marker");
}

#[test]
fn placeholders_are_not_quantities() {
    none("20xx年度法治工作", "a year placeholder");
    none("开展检查*次", "a star placeholder");
    none("x01x年度报告", "letters around digits");
}

#[test]
fn words_holding_a_financial_digit_are_not_numbers() {
    assert_eq!(texts("组建应急救援队伍24支"), ["24支"], "伍 in 队伍 is no numeral and must not hide 24");
}

// ------------------------------------------------------------ Chinese-numeral counts

#[test]
fn chinese_numeral_counting_what_was_done_is_a_quantity() {
    let q = one("镇长出庭两宗，");
    assert_eq!((q.value, q.unit.as_str()), (int(2), "宗"), "两宗 counts appearances in court");
}

#[test]
fn chinese_numeral_before_its_noun_is_a_quantity() {
    let q = one("应对全县三次洪涝灾害");
    assert_eq!((q.value, q.unit.as_str()), (int(3), "次"), "三次 counts floods");
    assert_eq!(q.label, "洪涝灾害", "the floods are what is counted");
}

#[test]
fn two_sessions_of_seven_days_are_two_quantities() {
    let v = find("召开两期共7天的读书班");
    let got: Vec<(Decimal, &str)> = v.iter().map(|q| (q.value, q.unit.as_str())).collect();
    assert_eq!(got, [(int(2), "期"), (int(7), "天")], "两期共7天 states two figures");
}

#[test]
fn multi_char_chinese_numerals_count() {
    assert_eq!(one("查处违法案件三百二十起").value, int(320), "三百二十起 is 320");
}

#[test]
fn never_panics_on_odd_input() {
    for t in [
        "",
        "1",
        "一",
        "约",
        "1-",
        "—5",
        "百分之",
        "5万万万元",
        "９９９９９９９９９９９９９９９９９９９９９９９９９９９９９９９亿元",
    ] {
        let _ = find(t);
    }
}

#[test]
fn vague_magnitudes_are_their_base_and_say_they_are_approximate() {
    // Issue 15 reads these as figures (this test said they were none).
    let vague = [Qualifier::Approx, Qualifier::MoreThan];
    let q = one("开展数十次检查。");
    assert_eq!((q.text.as_str(), q.value, q.qualifiers.as_slice()), ("数十次", int(10), &vague[..]), "数十次");
    let q = one("几百人参加。");
    assert_eq!((q.text.as_str(), q.value, q.qualifiers.as_slice()), ("几百人", int(100), &vague[..]), "几百人");
    let q = one("上千家企业受益。");
    assert_eq!(
        (q.value, q.qualifiers.as_slice(), q.label.as_str()),
        (int(1000), &[Qualifier::Approx][..], "企业受益"),
        "上千家"
    );
    let q = one("惠及十几万人。");
    assert_eq!((q.text.as_str(), q.value, q.qualifiers.as_slice()), ("十几万人", int(100_000), &vague[..]), "十几万人");
    assert_eq!(one("帮扶资金二十几万元。").value, int(200_000), "二十几万元");
    assert_eq!(one("建成十几个示范点。").label, "示范点", "十几个 with the noun after it");
    let q = one("吸引几十万群众。");
    assert_eq!((q.value, q.label.as_str()), (int(100_000), "群众"), "几十万 before a noun");
    let q = one("接待成百上千名群众。");
    assert_eq!((q.value, q.upper), (int(100), Some(int(1000))), "成百上千 is a range");
    assert_eq!(one("吸引成千上万名游客。").upper, Some(int(10_000)), "成千上万");
    assert_eq!(one("覆盖近千人。").qualifiers.as_slice(), &[Qualifier::Nearly], "近千 is nearly a thousand");
    none("有几个问题。", "几 alone names no base");
    none("上下一心。", "上 before no place char");
}

#[test]
fn signs_make_a_figure_negative_or_turn_a_change() {
    let q = one("利润总额负3.5%。");
    assert_eq!(
        (q.text.as_str(), q.value, q.kind),
        ("负3.5%", Decimal::new(-35, 1).expect("fits"), QuantityKind::Percent),
        "负 is a sign"
    );
    let q = one("净流入-2.1%。");
    assert_eq!(
        (q.text.as_str(), q.value),
        ("-2.1%", Decimal::new(-21, 1).expect("fits")),
        "a hyphen before digits is a sign"
    );
    let q = one("同比-2.1%。");
    assert_eq!(
        (q.kind, q.direction, q.value),
        (QuantityKind::Change, Some(Direction::Down), dec("2.1")),
        "同比 with a minus is a fall"
    );
    let q = one("增幅为−0.6个百分点。");
    assert_eq!((q.direction, q.value, q.text.as_str()), (Some(Direction::Down), dec("0.6"), "−0.6个百分点"), "U+2212");
    let q = one("收入增长-1.2%。");
    assert_eq!(
        (q.kind, q.direction, q.value),
        (QuantityKind::Change, Some(Direction::Down), dec("1.2")),
        "增长-1.2% went down"
    );
    let q = one("办理1-2部。");
    assert_eq!((q.value, q.upper), (int(1), Some(int(2))), "a hyphen between figures is a range, not a sign");
    none("2024-03-28", "a date");
    assert_eq!(one("负责同志3人。").value, int(3), "负 of a word is no sign");
    assert_eq!(one("胜负3场。").value, int(3), "负 glued to a char before it is a word");
}

#[test]
fn er_with_a_measure_word_is_a_word_not_a_count() {
    none("推进二次供水改造", "二次供水 is a word; counts say 两次");
    assert_eq!(one("开展两次督查").value, int(2), "两次 counts");
}

#[test]
fn numbers_glued_to_latin_letters_are_codes() {
    none("PM2.5浓度", "PM2.5 is a name");
    none("建成5G网络", "5G is a name");
    assert_eq!(texts("建成5G基站120个"), ["120个"], "the count beside a code is still read");
}

#[test]
fn plan_names_of_numerals_are_not_quantities() {
    none("编制“十四五”规划", "十四五 names a plan");
    none("十四五时期", "十四五 names a plan even without quotes");
    none("七五普法圆满收官", "七五 names a plan");
}

#[test]
fn month_ranges_are_not_quantities() {
    none("今年1-10月", "a span of months");
    none("1至11月数据", "a span of months with 至");
}

#[test]
fn chinese_numerals_with_yu_and_wan() {
    let q = one("投资一千五百余万元");
    assert_eq!((q.value, q.qualifiers.to_vec()), (int(15_000_000), vec![Qualifier::MoreThan]), "一千五百余万元");
    assert_eq!(one("开展十余次培训").value, int(10), "十余次 is 10+");
}

#[test]
fn time_frames_in_years_are_not_quantities() {
    none("近3年来，全县法治建设稳步推进", "近3年 frames the time");
    none("连续2年获评先进单位", "连续2年 frames the time");
}

#[test]
fn round_the_clock_is_a_name() {
    none("提供7×24小时服务", "7×24小时 names a service");
}

#[test]
fn less_common_measure_words_count() {
    assert_eq!(one("办理法律援助案件56例").unit, "例", "例 counts cases");
    assert_eq!(one("制作宣传展板40块").unit, "块", "块 counts boards");
    assert_eq!(one("讲授法治课12堂").unit, "堂", "堂 counts lessons");
}

#[test]
fn solar_terms_are_not_quantities() {
    none("二十四节气", "节气 is a word");
}

#[test]
fn a_fall_to_a_level_is_a_level() {
    let q = get("败诉率下降为5%", "5%");
    assert_eq!((q.kind, q.direction), (QuantityKind::Percent, None), "下降为5% gives the new level, not a change");
}

#[test]
fn paired_numerals_make_set_phrases() {
    none("统筹推进五位一体总体布局", "五位一体 is a set phrase");
    none("三天两头跑窗口", "三天两头 is an idiom");
}

#[test]
fn round_numbers_without_their_one() {
    let q = one("开展普法活动百余场");
    assert_eq!((q.value, q.qualifiers.to_vec()), (int(100), vec![Qualifier::MoreThan]), "百余场 is 100+ 场");
    let q = one("近千人参加");
    assert_eq!((q.value, q.qualifiers.to_vec()), (int(1000), vec![Qualifier::Nearly]), "近千人 is nearly 1000");
    assert_eq!(one("服务群众万余人次").value, int(10_000), "万余人次 is 10000+");
}

#[test]
fn round_words_are_not_numbers() {
    none("千方百计为群众办实事", "千方百计 is an idiom");
    none("服务百姓", "百姓 is a word");
    none("惠及千家万户", "千家万户 is an idiom");
}

#[test]
fn a_run_of_digits_too_long_for_a_number_is_skipped_in_linear_time() {
    let mut t = "1234567890".repeat(20_000);
    t.push_str("件，办结36件");
    let started = std::time::Instant::now();
    assert_eq!(texts(&t), ["36件"], "an overlong run is no figure, and the figure after it is still read");
    assert!(started.elapsed().as_secs() < 20, "scanning 200,000 digits must not be quadratic");
}

#[test]
fn a_new_level_takes_the_label_of_the_old() {
    let v = find("人均办案量从2022年的5.3宗增加至今年的13.5宗");
    let labels: Vec<&str> = v.iter().map(|q| q.label.as_str()).collect();
    assert_eq!(labels, ["人均办案量", "人均办案量"], "both levels measure 人均办案量");
}

#[test]
fn one_tenth_is_a_share() {
    let q = one("持证比例不到一成");
    assert_eq!((q.value, q.unit.as_str()), (int(10), "%"), "一成 is 10%, not an article");
}

#[test]
fn traditional_script_units_and_qualifiers() {
    let q = one("全年受理案件約1,200餘件");
    assert_eq!((q.value, q.unit.as_str()), (int(1200), "件"), "約…餘件 reads like 约…余件");
    assert_eq!(q.qualifiers, vec![Qualifier::Approx, Qualifier::MoreThan], "約 and 餘 are qualifiers");
    assert_eq!(one("投入資金三萬元").value, int(30_000), "萬元 is money");
    assert_eq!(one("開展宣傳活動12場次").unit, "场次", "場次 maps to the base unit 场次");
    let q = one("辦結率同比增長3.5個百分點");
    assert_eq!((q.unit.as_str(), q.kind), ("个百分点", QuantityKind::Change), "個百分點 after 增長 is a change");
}

#[test]
fn time_frames_of_months_and_since_are_not_quantities() {
    none("过去6个月，共受理", "过去6个月 frames the time");
    none("5年来，全县法治建设", "5年来 is since a time");
}

#[test]
fn ranks_are_not_counts() {
    none("考核位列全市前3名", "前3名 is a rank");
}

// ------------------------------------------------------------ issue 15: values once wrong

#[test]
fn a_multiplier_written_once_at_the_end_of_a_range_is_shared() {
    let q = one("补贴标准为每户2至4万元。");
    assert_eq!((q.value, q.upper), (int(20_000), Some(int(40_000))), "2至4万元 is 20000 to 40000 yuan");
    let q = one("单个项目奖励八十到九十万元。");
    assert_eq!((q.value, q.upper), (int(800_000), Some(int(900_000))), "八十到九十万元");
    let q = one("计划投资2-3亿元。");
    assert_eq!((q.value, q.upper), (int(200_000_000), Some(int(300_000_000))), "2-3亿元");
    let q = one("每人补助5000至1万元。");
    assert_eq!(
        (q.value, q.upper),
        (int(5_000), Some(int(10_000))),
        "a low end above the high end's digits keeps its value"
    );
    let q = one("单价3-5千元。");
    assert_eq!((q.value, q.upper), (int(3_000), Some(int(5_000))), "3-5千元");
}

#[test]
fn a_full_width_thousands_comma_is_told_from_a_comma_between_figures() {
    let q = one("结余资金12，345.60元。");
    assert_eq!((q.text.as_str(), q.value), ("12，345.60元", dec("12345.6")), "one figure with a separator");
    let v = find("便民服务中心办件3084件，1275件当场办结。");
    assert_eq!(v.len(), 2, "two figures: {v:#?}");
    assert_eq!((v[0].value, v[1].value), (int(3084), int(1275)), "each keeps its value");
}

#[test]
fn percent_with_a_chinese_decimal() {
    assert_eq!(one("占比百分之零点八。").value, dec("0.8"), "百分之零点八 is 0.8%");
    assert_eq!(one("完成率达到百分之一百零二点五。").value, dec("102.5"), "百分之一百零二点五");
    let q = one("覆盖率百分之三點二。");
    assert_eq!((q.value, q.unit.as_str()), (dec("3.2"), "%"), "點 is a decimal point");
    let q = one("满意度八點五成。");
    assert_eq!((q.text.as_str(), q.value), ("八點五成", int(85)), "八點五成 is 85%");
}

#[test]
fn arabic_and_chinese_places_mixed_in_a_figure() {
    assert_eq!(one("奖励3万5千元。").value, int(35_000), "3万5千元");
    assert_eq!(one("奖励2万3000元。").value, int(23_000), "2万3000元");
    assert_eq!(one("培训1千2百人。").value, int(1_200), "1千2百人");
    assert_eq!(one("拨付一万三百元。").value, int(10_300), "一万三百元");
}

// ------------------------------------------------------------ issue 15: not quantities

#[test]
fn session_and_plenum_ordinals_are_not_counts() {
    none("深入学习贯彻党的十三届七次全会精神。", "七次全会 is the seventh plenum of a session");
    none("第十四届人民代表大会第五次会议。", "ordinals of a congress and its session");
    none("学习二十届三中全会精神。", "a plenum's name");
    none("本届3次全会", "Arabic digits after 届 are the plenum's number too");
}

#[test]
fn project_phases_and_names_are_not_counts() {
    none("推进三期工程建设。", "三期工程 is the third phase of a project");
    none("二期项目开工。", "二期 is a phase");
    none("实现两位数增长。", "两位数 says how many digits a figure has");
    none("举办三人篮球赛。", "三人篮球 names a game");
    none("谋划“十四五”规划。", "a quoted plan name");
    assert_eq!(one("举办培训班三期。").value, int(3), "期 with no project after counts sessions");
}

// ------------------------------------------------------------ issue 15: forms to read

#[test]
fn wan_and_yi_before_the_noun_they_count() {
    let q = one("惠及76万群众。");
    assert_eq!(
        (q.text.as_str(), q.value, q.label.as_str()),
        ("76万", int(760_000), "群众"),
        "the noun is what is counted"
    );
    let q = one("惠及300余万群众。");
    assert_eq!(
        (q.value, q.qualifiers.as_slice()),
        (int(3_000_000), &[Qualifier::MoreThan][..]),
        "300余万 before a noun"
    );
    let q = one("全县五十多万人口。");
    assert_eq!(
        (q.text.as_str(), q.value, q.label.as_str()),
        ("五十多万", int(500_000), "人口"),
        "人口 is a noun, not 人 plus 口"
    );
    let q = one("带动就业1.2万人。");
    assert_eq!((q.value, q.unit.as_str()), (int(12_000), "人"), "a measure word after 万 is still the unit");
    none("完成投资1.2亿，同比持平。", "no noun after the multiplier");
    none("其中3万为企业职工。", "a verb after the multiplier");
    none("增加5万以上。", "a qualifier with no unit");
}

#[test]
fn numbers_apart_from_their_unit_as_pdf_text_has_them() {
    let q = one("累计覆盖2.1 万户。");
    assert_eq!((q.text.as_str(), q.value, q.unit.as_str()), ("2.1 万户", int(21_000), "户"), "a space before 万");
    let q = one("参训4120 多人。");
    assert_eq!(
        (q.text.as_str(), q.value, q.qualifiers.as_slice()),
        ("4120 多人", int(4120), &[Qualifier::MoreThan][..]),
        "a space before 多"
    );
    let q = one("完成投资6540 多亿元。");
    assert_eq!(q.value, int(654_000_000_000), "6540 多亿元");
    assert_eq!(one("开展宣讲18 次。").text, "18 次", "a space before the unit");
    assert_eq!(one("拨付资金35.6 万元。").value, int(356_000), "35.6 万元");
    let t = "办理行政复议 351\n件，同比持平。";
    let q = one(t);
    assert_eq!((q.text.as_str(), q.value, q.unit.as_str()), ("351\n件", int(351), "件"), "a unit over a line break");
    assert_eq!(&t[q.span.start..q.span.end], "351\n件", "the span covers the text as written");
    none("复议 351\n\n件", "a blank line between is a paragraph break");
}

#[test]
fn a_label_crosses_a_wrapped_line() {
    let q = one("全年各级行政机关积极履行法定职责，依法受理行政\n复议案件351件。");
    assert_eq!(q.label, "依法受理行政复议案件", "the line break of a wrap is no boundary");
    let q = one("一、总体情况\n全年办理案件3件。");
    assert_eq!(q.label, "办理案件", "a short line before the break is a heading, not a wrap");
}

#[test]
fn a_wrap_is_judged_by_its_whole_line_not_by_the_clause_before_the_figure() {
    // The line before the break is full, but most of it belongs to the
    // figure before: the clause of the next figure is short.
    let t = "同时加快推进基础设施建设，更新应急物资储备库房共计8处，新增应急救援\n队伍3支，体系不断健全。";
    assert_eq!(get(t, "3支").label, "新增应急救援队伍", "the noun is cut by the wrap, not ended");
    let t = "同时加快推进基础设施建设，更新应急物资储备库房共计8处，新增应急救援\r\n队伍3支，体系不断健全。";
    assert_eq!(get(t, "3支").label, "新增应急救援队伍", "a CRLF wrap too");
}

#[test]
fn a_label_after_the_figure_crosses_a_wrapped_line() {
    let t = "全年共完成隐患整改任务，切实提升应急管理工作水平，新建成3个标准化应急\n服务站，方便群众。";
    assert_eq!(get(t, "3个").label, "标准化应急服务站", "the noun after the figure goes on past the wrap");
    let t = "全年共完成隐患整改任务，切实提升应急管理工作水平，新建成3个\n标准化应急服务站，方便群众。";
    assert_eq!(get(t, "3个").label, "标准化应急服务站", "a figure closing the line, its noun on the next");
    let t = "新建成3个\n标准化应急服务站。";
    assert_eq!(get(t, "3个").label, "新建成", "after a short line the break ends the phrase");
}

/// `text` cut into lines at a display width of `width` columns (an
/// ideograph takes two, an ASCII char one), as PDF converters cut them:
/// anywhere, inside a figure too.
fn wrapped_at(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = if c.is_ascii() { 1 } else { 2 };
        if used + w > width {
            out.push('\n');
            used = 0;
        }
        out.push(c);
        used += w;
    }
    out
}

/// `text` cut into lines at `width` columns as a typesetter cuts them: a
/// run of ASCII (a number) is one word that goes to the next line whole
/// when it does not fit, leaving the line short.
fn wrapped_by_words_at(text: &str, width: usize) -> String {
    let mut words: Vec<String> = Vec::new();
    for c in text.chars() {
        match words.last_mut() {
            Some(w) if c.is_ascii() && w.is_ascii() => w.push(c),
            _ => words.push(c.to_string()),
        }
    }
    let mut out = String::new();
    let mut used = 0;
    for w in words {
        let cols = w.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum::<usize>();
        if used + cols > width && used > 0 {
            out.push('\n');
            used = 0;
        }
        out.push_str(&w);
        used += cols;
    }
    out
}

#[test]
fn figures_cut_by_a_hard_wrap_read_as_in_the_unwrapped_report() {
    let body = "2024年，县司法局坚持以习近平法治思想为指导，全面推进依法行政，全年共办理行政复议案件123件，\
        同比增长15.6%，办结率达到100%，接待来访群众1256人次，开展普法宣传活动308场，发放宣传资料2.6万份，\
        受众群众约16200人次，调解各类矛盾纠纷456起，调解成功率98.5%，为群众挽回经济损失1234.5万元。\
        全年组织执法人员培训12期，培训执法人员450名，审查合同156份，办理法律援助案件89件，同比下降3.2个百分点。";
    let report = |para: &str| {
        format!("青禾县司法局2024年法治政府建设情况报告\n一、主要举措和成效\n{para}\n{para}\n二、存在的不足\n{para}\n")
    };
    let read = |text: &str| -> Vec<(String, String, String, Vec<&'static str>)> {
        let doc = crate::common::parse_checked(text);
        doc.indicators()
            .iter()
            .map(|i| {
                let q: Vec<_> = i.qualifiers.iter().map(|q| q.name()).collect();
                (i.value.to_string(), i.unit.to_string(), i.label.to_string(), q)
            })
            .collect()
    };
    let unwrapped = read(&report(body));
    assert_eq!(unwrapped.len(), 45, "15 figures a paragraph");
    let mut cut = 0;
    for width in (36..=84).step_by(4) {
        let text = report(&wrapped_at(body, width));
        assert_eq!(read(&text), unwrapped, "wrapped at {width} columns:\n{text}");
        let by_words = report(&wrapped_by_words_at(body, width));
        assert_eq!(read(&by_words), unwrapped, "wrapped by words at {width} columns:\n{by_words}");
        let doc = gongwen::parse(&text);
        for i in doc.indicators().iter().filter(|i| i.text.contains('\n')) {
            assert_eq!(doc.text(i.span), i.text, "the text is the source it spans, the break in it");
            cut += 1;
        }
    }
    assert!(cut > 20, "some figures were cut by the wraps ({cut})");
    // A page marker between the halves of a figure, as a converter leaves
    // it at a page's foot: `…培训1` / `- 2 -` / `2期，…`.
    let para = wrapped_at(body, 60);
    let cut = para
        .match_indices('\n')
        .map(|(k, _)| k)
        .find(|&k| {
            para[..k].ends_with(|c: char| c.is_ascii_digit()) && para[k + 1..].starts_with(|c: char| c.is_ascii_digit())
        })
        .expect("a line of the wrap ends inside a figure");
    let text = report(&format!("{}\n- 2 -{}", &para[..cut], &para[cut..]));
    assert_eq!(read(&text), unwrapped, "a page marker inside a figure:\n{text}");
    let doc = gongwen::parse(&text);
    let i = doc.indicators().iter().find(|i| i.text.contains("- 2 -")).expect("the figure over the page marker");
    assert_eq!(doc.text(i.span), i.text);
}

#[test]
fn fractions_and_per_mille_are_shares_in_percent() {
    let q = one("贫困人口减少三分之一。");
    assert_eq!((q.text.as_str(), q.unit.as_str()), ("三分之一", "%"), "三分之一 is a share");
    assert_eq!(
        (q.value, q.qualifiers.as_slice()),
        (dec("33.3333"), &[Qualifier::Approx][..]),
        "rounded, and said to be"
    );
    let q = one("五分之二的村完成改造。");
    assert_eq!((q.value, q.qualifiers.as_slice()), (int(40), &[][..]), "五分之二 is exactly 40%");
    assert_eq!(one("事故率控制在千分之三。").value, dec("0.3"), "千分之三 is 0.3%");
    assert_eq!(one("万分之五。").value, dec("0.05"), "万分之五 is 0.05%");
    assert_eq!(one("覆盖率达百分之百。").value, int(100), "百分之百 is 100%");
    let q = one("三分之二以上的村。");
    assert_eq!(q.qualifiers.as_slice(), &[Qualifier::Approx, Qualifier::AtLeast], "a qualifier after the fraction");
    none("分之", "no numbers");
}

#[test]
fn one_char_numerals_count_by_what_follows_their_measure_word() {
    let q = one("建成两个示范村。");
    assert_eq!((q.value, q.unit.as_str(), q.label.as_str()), (int(2), "个", "示范村"), "两个 before a noun phrase");
    assert_eq!(one("镇长出庭两宗。").value, int(2), "两宗");
    assert_eq!(one("运输一吨。").value, int(1), "一 with a measure is one of it");
    assert_eq!(one("今年完成三项。").value, int(3), "三项 at the end of a clause");
    assert_eq!(one("新建五个，").value, int(5), "五个 before a comma");
    none("建立一站式服务中心", "一站式");
    none("村两委换届", "两委");
    none("落实三项制度，", "三项制度");
    none("落实一岗双责", "一岗双责");
    none("增强四个意识", "四个意识");
    none("实现两位数增长", "两位数");
    none("做到两个维护", "两个维护");
    none("建设一支队伍", "一 is an article before a classifier");
    none("一方面加强学习", "一方面 is a connective");
    none("曾一度中断", "一度 is a word");
}

#[test]
fn units_of_reports_on_energy_farms_goods_and_currencies() {
    let cases = [
        ("装机容量100千瓦。", "千瓦", QuantityKind::Measure),
        ("年发电200千瓦时。", "千瓦时", QuantityKind::Measure),
        ("节约用电300度。", "度", QuantityKind::Measure),
        ("收购粮食500斤。", "斤", QuantityKind::Measure),
        ("出栏生猪3000头。", "头", QuantityKind::Count),
        ("养殖鸡鸭2万只。", "只", QuantityKind::Count),
        ("放养鹅1500羽。", "羽", QuantityKind::Count),
        ("种植苗木2000株。", "株", QuantityKind::Count),
        ("新增耕地500亩。", "亩", QuantityKind::Measure),
        ("造林30公顷。", "公顷", QuantityKind::Measure),
        ("完成土方2000方。", "立方米", QuantityKind::Measure),
        ("实际利用外资5亿美元。", "美元", QuantityKind::Money),
        ("出口额3000万欧元。", "欧元", QuantityKind::Money),
        ("捐赠手套100双。", "双", QuantityKind::Count),
        ("促成结对帮扶10对。", "对", QuantityKind::Count),
        ("新增公交车辆20辆。", "辆", QuantityKind::Count),
        ("执行航班3架。", "架", QuantityKind::Count),
        ("发表论文10篇。", "篇", QuantityKind::Count),
        ("出版图书5部。", "部", QuantityKind::Count),
        ("印发简报12期。", "期", QuantityKind::Count),
        ("已连续举办五届。", "届", QuantityKind::Count),
        ("占比2.5个百分点。", "个百分点", QuantityKind::Percent),
    ];
    for (t, unit, kind) in cases {
        let q = one(t);
        assert_eq!((q.unit.as_str(), q.kind), (unit, kind), "{t}");
    }
    none("召开十四届人大会议", "届 before a noun is an ordinal");
    none("开展1对1帮扶", "1对1 pairs, it counts nothing");
    none("只有这样", "只 as a word");
}

#[test]
fn amounts_written_in_financial_numerals() {
    let q = one("合同金额壹拾贰万元整。");
    assert_eq!((q.text.as_str(), q.value), ("壹拾贰万元整", int(120_000)), "整 closes a written amount");
    let q = one("收取伍佰圆。");
    assert_eq!((q.value, q.unit.as_str()), (int(500), "元"), "圆 is 元");
    assert_eq!(one("单价叁元伍角。").value, dec("3.5"), "角 is a tenth");
    assert_eq!(one("每份3元5角2分。").value, dec("3.52"), "分 is a hundredth");
    none("加强队伍建设", "伍 in a word");
}

// ------------------------------------------------------------ issue 15: labels

#[test]
fn each_figure_of_a_list_gets_the_shared_frame() {
    let v = find("今年总花费分别增长5.6%、7.5%。");
    assert_eq!(v.len(), 2, "{v:#?}");
    for q in &v {
        assert_eq!((q.kind, q.direction), (QuantityKind::Change, Some(Direction::Up)), "both are changes: {q:?}");
        assert_eq!(q.label, "总花费", "both are labelled by the noun before 分别");
    }
    let v = find("下放事项乡镇73项、街道59项。");
    assert!(v[0].label.ends_with("乡镇") && v[1].label == "街道", "each with its place: {v:#?}");
    let v = find("办结率、满意度分别为98%、99%。");
    assert_eq!((v[0].label.as_str(), v[1].label.as_str()), ("办结率", "满意度"), "names before 分别, one to each");
    let v = find("受理、办结分别为12件、10件、8件。");
    assert!(v.iter().all(|q| q.label == v[0].label), "fewer names than figures: all share: {v:#?}");
}

#[test]
fn a_frame_word_alone_is_no_label() {
    let v = find("全年总收入增长20%，达到282亿元。");
    assert_eq!(v[1].label, "总收入", "what reached 282亿元 is the noun of the clause before");
    let v = find("实现营业收入5亿元，达到历史新高，投资2亿元。");
    assert!(v[1].label.ends_with("营业收入"), "投资 alone takes the figure before's noun in the sentence: {v:#?}");
    let q = one("同比增长12%。");
    assert_eq!(q.label, "同比增长", "a change keeps its verb when nothing else names it");
}

#[test]
fn a_bracket_mark_or_stray_char_is_never_a_label() {
    assert_eq!(one("（三）12件").label, "", "a heading marker alone");
    assert_eq!(one("）12件").label, "", "a closing bracket");
    assert_eq!(one("覆盖全部行政村(社区)12个").label, "覆盖全部行政村(社区)", "balanced brackets stay");
    assert_eq!(one("整治“散乱污”企业12家").label, "整治“散乱污”企业", "balanced quotes stay");
    assert_eq!(one("新建村12个").label, "新建村", "a noun with its verb");
}

#[test]
fn a_label_closing_with_a_conjunction_gives_way_to_the_noun_after() {
    // The figure opens the second of two joined nouns: it counts the noun after it.
    assert_eq!(get("全年盘活闲置厂房和320亩林地。", "320亩").label, "林地");
    assert_eq!(get("新建村级活动室及15个文化广场。", "15个").label, "文化广场");
    assert_eq!(get("修缮校舍与8所乡镇卫生院。", "8所").label, "乡镇卫生院");
    assert_eq!(get("清理河道、26公里沟渠。", "26公里").label, "沟渠");
}

#[test]
fn a_verb_closing_with_a_conjunction_char_stays_when_no_noun_follows() {
    // 与 and 及 close words (参与, 涉及): with nothing counted after the
    // figure, the phrase before it stays the label.
    assert_eq!(get("组织群众参与2.3万人次。", "2.3万人次").label, "组织群众参与");
    assert_eq!(get("调解纠纷涉及45万元。", "45万元").label, "调解纠纷涉及");
}

#[test]
fn digits_a_converter_spaced_apart_read_as_one_number() {
    // PDF text that spaces every digit and the decimal point.
    let text =
        "一、主要举措\n2 0 2 4 年，审核规范性文件 1 4 件、合同协议 6 7 份，备案审查率 1 0 0 %，发放资料 2 . 3 万份。\n";
    let doc = crate::common::parse_checked(text);
    let got: Vec<(String, String, String)> =
        doc.indicators().iter().map(|i| (i.text.to_string(), i.value.to_string(), i.label.to_string())).collect();
    let want = [
        ("1 4 件", "14", "审核规范性文件"),
        ("6 7 份", "67", "合同协议"),
        ("1 0 0 %", "100", "备案审查率"),
        ("2 . 3 万份", "23000", "发放资料"),
    ];
    let want: Vec<(String, String, String)> =
        want.iter().map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string())).collect();
    assert_eq!(got, want, "the spaced year is no figure; each count reads whole");
    // Numbers written apart keep their space: `2024 年` is a year, and a
    // token of two digits is no spaced digit.
    let doc = crate::common::parse_checked("一、主要举措\n2024 年共办件 12 3 件。\n");
    let texts: Vec<&str> = doc.indicators().iter().map(|i| i.text.as_str()).collect();
    assert_eq!(texts, ["3 件"]);
}

/// The label, value and unit of each indicator of `text`.
fn table_figures(text: &str) -> Vec<(String, f64, String)> {
    let doc = crate::common::parse_checked(text);
    doc.indicators().iter().map(|i| (i.label.to_string(), i.value.to_f64(), i.unit.to_string())).collect()
}

#[test]
fn a_table_column_takes_the_unit_its_header_states() {
    let text = "一、支出情况\n\
2024年度支出决算表\n\
项目 金额（万元） 占比（%）\n\
一、基本支出 1,234.5 60.2\n\
二、项目支出 815.3 39.8\n\
二、存在问题\n问题不少。\n";
    let got = table_figures(text);
    assert_eq!(got[0], ("一、基本支出 金额".to_string(), 12_345_000.0, "元".to_string()));
    assert_eq!(got[1], ("一、基本支出 占比".to_string(), 60.2, "%".to_string()));
    assert_eq!(got.len(), 4, "{got:?}");
}

#[test]
fn a_table_takes_the_unit_its_caption_states() {
    let text = "一、收支情况\n\
2024年度收入支出决算总表（单位：万元）\n\
项目 预算数 决算数\n\
一、财政拨款收入 2,900.00 2,940.05\n\
二、事业收入 5.00 6.20\n\
三、其他收入 1.10 0.90\n\
二、存在问题\n问题不少。\n";
    let got = table_figures(text);
    assert_eq!(got[1], ("一、财政拨款收入 决算数".to_string(), 29_400_500.0, "元".to_string()));
    assert_eq!(got.len(), 6, "{got:?}");
}

#[test]
fn a_unit_on_a_header_line_broken_off_its_row_holds_for_the_rows_below() {
    // A PDF table whose last header lost its cells: the unit it states is
    // the figures' below it, not those above.
    let text = "一、主动公开情况\n\
信息内容 本年制发件数 本年废止件数\n\
规章 1 0\n\
行政规范性文件 8 26\n\
第二十条 第（八）项\n\
信息内容　本年收费金额（单位：万元）\n\
行政事业性收费 96171.6\n\
二、存在问题\n问题不少。\n";
    let got = table_figures(text);
    assert_eq!(got, [("行政事业性收费".to_string(), 961_716_000.0, "元".to_string())], "{got:?}");
}

#[test]
fn subject_codes_before_a_finance_row_are_no_figures() {
    let text = "一、支出决算\n\
一般公共预算财政拨款支出决算表\n\
单位：万元\n\
科目编码 科目名称 本年支出 基本支出 项目支出\n\
201 一般公共服务支出 2,112.86 2,106.66 6.20\n\
201 06 01 行政运行 1,511.90 1,511.89 0.01\n\
2010602 一般行政管理事务 16.19 10.00 6.19\n\
二、存在问题\n问题不少。\n";
    let got = table_figures(text);
    assert!(got.iter().all(|(_, v, _)| ![2_010_000.0, 60_000.0, 10_000.0, 20_106_020_000.0].contains(v)), "{got:?}");
    assert_eq!(got.len(), 9, "three figures a row: {got:?}");
    assert_eq!(got[3].0, "行政运行", "{got:?}");
}
