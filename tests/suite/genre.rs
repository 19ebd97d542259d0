//! Genre, part kinds across genres, and the checks the rules of each genre
//! require, on the fixture reports of `tests/fixtures/genre/` (written for
//! these tests, imitating the forms of real reports).

use gongwen::{Document, Genre, PartKind, Rule};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/genre/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn parse(name: &str) -> Document {
    gongwen::parse(&fixture(name))
}

fn kinds(doc: &Document) -> Vec<Option<PartKind>> {
    doc.sections().iter().map(|s| s.kind).collect()
}

fn messages(doc: &Document, rule: Rule) -> Vec<String> {
    doc.diagnostics().iter().filter(|d| d.rule == rule).map(|d| d.message.clone()).collect()
}

/// `text` without the top-level part whose heading line holds `words`:
/// from that line to the next line opening with a Chinese-comma ordinal.
fn without_part(text: &str, words: &str) -> String {
    let top = |l: &str| l.chars().take_while(|c| "一二三四五六七八九十".contains(*c)).count() > 0 && l.contains('、');
    let mut out = String::new();
    let mut skipping = false;
    for line in text.split_inclusive('\n') {
        if top(line) {
            skipping = line.contains(words);
        }
        if !skipping {
            out.push_str(line);
        }
    }
    assert_ne!(out, text, "no part {words}");
    out
}

macro_rules! genre_of {
    ($($test:ident: $name:literal => $genre:expr;)*) => {$(
        #[test]
        fn $test() {
            assert_eq!(parse($name).genre(), $genre);
        }
    )*};
}

genre_of! {
    rule_of_law_by_its_title: "rule_of_law_titled" => Genre::RuleOfLaw;
    rule_of_law_by_its_five_parts: "rule_of_law_untitled" => Genre::RuleOfLaw;
    government_work_by_its_title: "government_work_titled" => Genre::GovernmentWork;
    government_work_by_its_speech_to_the_congress: "government_work_untitled" => Genre::GovernmentWork;
    information_disclosure_by_its_two_line_title: "information_disclosure_titled" => Genre::InformationDisclosure;
    information_disclosure_by_its_statutory_headings: "information_disclosure_untitled" => Genre::InformationDisclosure;
    final_accounts_by_its_title: "final_accounts_titled" => Genre::FinalAccounts;
    final_accounts_by_its_headings: "final_accounts_untitled" => Genre::FinalAccounts;
    audit_by_its_title: "audit_titled" => Genre::Audit;
    audit_by_its_findings_sections: "audit_untitled" => Genre::Audit;
    work_summary_by_its_title: "work_summary_titled" => Genre::WorkSummary;
    work_summary_by_its_preamble: "work_summary_untitled" => Genre::WorkSummary;
    statistical_communique_by_its_title: "statistical_communique_titled" => Genre::StatisticalCommunique;
    statistical_communique_by_its_self_reference: "statistical_communique_untitled" => Genre::StatisticalCommunique;
}

#[test]
fn a_text_of_no_known_genre_is_other() {
    let doc =
        gongwen::parse("关于做好春节期间安全生产工作的通知\n一、压实责任\n各单位要落实值班制度。\n二、加强检查\n");
    assert_eq!(doc.genre(), Genre::Other);
}

#[test]
fn a_traditional_title_names_its_genre() {
    let doc = gongwen::parse("某縣2024年政府信息公開工作年度報告\n一、總體情況\n全年公開信息100條。\n");
    assert_eq!(doc.genre(), Genre::InformationDisclosure);
}

#[test]
fn a_spaced_title_names_its_genre() {
    let doc = gongwen::parse("政 府 工 作 报 告\n一、过去一年工作回顾\n全年完成投资50亿元。\n二、2013年工作安排\n");
    assert_eq!(doc.genre(), Genre::GovernmentWork);
}

#[cfg(feature = "serde")]
#[test]
fn the_genre_is_in_the_json() {
    let json = serde_json::to_value(parse("audit_titled")).unwrap();
    assert_eq!(json["genre"], "audit");
}

#[test]
fn genre_names_parse_back() {
    for g in Genre::ALL {
        assert_eq!(g.to_string().parse::<Genre>(), Ok(g));
    }
    assert!("rule-of-law".parse::<Genre>().is_err());
}

#[test]
fn a_government_work_report_reviews_the_year_before_it_is_delivered() {
    use PartKind::*;
    // `2020年主要工作` in a report given in 2020 about 2019 is a plan; the
    // government's own conduct is none of the five.
    assert_eq!(kinds(&parse("government_work_titled")), [Some(Measures), Some(Plans), None]);
}

#[test]
fn a_later_five_year_plan_is_a_plan_and_a_review_is_measures_whatever_its_years() {
    use PartKind::*;
    assert_eq!(kinds(&parse("government_work_untitled")), [Some(Measures), Some(Plans), Some(Plans)]);
}

#[test]
fn a_heading_naming_the_year_covered_is_measures() {
    let text = "某县2026年度工作总结\n一、2026年主要工作\n全年新建道路12公里。\n二、2027年主要工作\n";
    assert_eq!(kinds(&gongwen::parse(text)), [Some(PartKind::Measures), Some(PartKind::Plans)]);
}

#[test]
fn information_disclosure_tables_have_no_kind() {
    use PartKind::*;
    assert_eq!(
        kinds(&parse("information_disclosure_titled")),
        [Some(Measures), None, None, None, Some(Shortcomings), Some(Other)]
    );
}

#[test]
fn a_traditional_disclosure_reports_table_sections_have_no_kind() {
    use PartKind::*;
    // The statutory statistics tables, in Traditional script (動, 請, 復, 訴, 訟).
    let text = "某鄉2024年政府信息公開工作年度報告\n一、總體情況\n全年主動公開信息80條。\n\
                二、主動公開政府信息情況\n規章 0 0 0\n三、收到和處理政府信息公開申請情況\n本年新收申請 2\n\
                四、政府信息公開行政復議、行政訴訟情況\n0 0 0 0 0\n五、存在的主要問題及改進情況\n欄目更新不及時。\n\
                六、其他需要報告的事項\n無。\n";
    let doc = gongwen::parse(text);
    assert_eq!(doc.genre(), Genre::InformationDisclosure);
    assert_eq!(kinds(&doc), [Some(Measures), None, None, None, Some(Shortcomings), Some(Other)]);
}

#[test]
fn an_agencys_own_disclosure_headings_are_measures() {
    let text = "某委2024年政府信息公开工作年度报告\n一、总体情况\n全年公开信息500条。\n二、工作机制保障\n设立协调小组。\n三、政务公开平台建设\n改版网站。\n四、主动公开政府信息情况\n规章 0\n";
    let doc = gongwen::parse(text);
    use PartKind::*;
    assert_eq!(kinds(&doc), [Some(Measures), Some(Measures), Some(Measures), None]);
}

#[test]
fn audit_findings_are_shortcomings_and_recommendations_plans() {
    use PartKind::*;
    assert_eq!(
        kinds(&parse("audit_titled")),
        [Some(Shortcomings), Some(Shortcomings), Some(Shortcomings), Some(Plans)]
    );
}

#[test]
fn an_appendix_has_no_part_kind_whatever_its_title_says() {
    use PartKind::*;
    // Titles that would read as findings and as rectification if they were parts.
    let text = "某县审计工作报告\n一、预算执行审计情况\n发现问题三个。\n二、审计建议\n（一）加强管理。\n\
                附件1\n2024年度审计发现问题清单\n问题一：资金闲置。\n附件2：审计查出问题整改情况表\n已整改。\n";
    assert_eq!(kinds(&gongwen::parse(text)), [Some(Shortcomings), Some(Plans), None, None]);
}

#[test]
fn an_audit_rectification_part_is_measures_though_it_names_the_findings() {
    use PartKind::*;
    // Last year's findings and what was done about them; this year's
    // findings; the cases handed over; the auditor's advice.
    let text = "某县2024年度县级预算执行和其他财政收支的审计工作报告\n一、上年度审计发现问题的整改情况\n已整改43个。\n\
                二、县级财政管理审计情况\n发现问题。\n三、审计移送案件线索情况\n移送6件。\n\
                四、审计发现的主要问题及整改建议\n建议如下。\n五、加强县级财政管理的意见\n（一）深化改革。\n";
    assert_eq!(
        kinds(&gongwen::parse(text)),
        [Some(Measures), Some(Shortcomings), Some(Shortcomings), Some(Shortcomings), Some(Plans)]
    );
}

#[test]
fn a_departments_basic_information_in_final_accounts_has_no_kind() {
    // `部门基本情况` is the overview `部门概况` worded otherwise: duties and
    // units, not what was spent.
    let text = "某局2024年度部门决算\n第一部分 部门基本情况\n一、主要职能\n负责全县教育。\n\
                第二部分 2024年度部门决算公开报表\n第三部分 2024年度部门决算情况说明\n收入总计100万元。\n";
    assert_eq!(kinds(&gongwen::parse(text)), [None, None, Some(PartKind::Measures)]);
}

#[test]
fn a_part_headed_other_alone_is_other_matters() {
    use PartKind::*;
    let text =
        "某局2024年度法治政府建设情况报告\n一、主要举措和成效\n全年办案218件。\n二、存在的不足\n执法力量不足。\n\
                三、下步思路\n加强队伍建设。\n四、其他\n无。\n";
    assert_eq!(kinds(&gongwen::parse(text)), [Some(Measures), Some(Shortcomings), Some(Plans), Some(Other)]);
    assert_eq!(PartKind::classify("其他需要说明的事项", None), Some(Other));
    assert_eq!(PartKind::classify("其他工作", None), None, "其他 opening another heading is not the part");
}

#[test]
fn an_untitled_speech_on_behalf_of_the_county_government_is_a_government_work_report() {
    // `我代表县政府`, not `县人民政府`.
    let text =
        "各位代表：\n现在，我代表县政府，向大会报告工作，请予审议。\n一、过去一年工作回顾\n全年完成投资97亿元。\n\
                二、今年工作安排\n全年计划投资100亿元。\n";
    assert_eq!(gongwen::parse(text).genre(), Genre::GovernmentWork);
}

#[test]
fn a_part_on_the_governments_own_conduct_shows_a_government_work_report() {
    // No title and no preamble: the closing 政府自身建设 part tells.
    let text = "一、过去一年工作回顾\n全年完成投资97亿元。\n二、今年工作安排\n全年计划投资100亿元。\n\
                三、全面加强政府自身建设\n坚持依法行政。\n";
    let doc = gongwen::parse(text);
    assert_eq!(doc.genre(), Genre::GovernmentWork);
    assert_eq!(kinds(&doc), [Some(PartKind::Measures), Some(PartKind::Plans), None]);
}

#[test]
fn a_development_zones_committee_reports_as_a_government_does() {
    // A 管委会 (or a street's 办事处) governs as a government does: the
    // closing part on its own conduct tells its work report; a Party
    // body's 自身建设 does not.
    for body in ["管委会", "街道办事处"] {
        let text = format!(
            "青禾经济开发区{body}工作报告\n一、2024年工作回顾\n全年完成投资97亿元。\n二、2025年工作安排\n\
             全年计划投资100亿元。\n三、全面加强{body}自身建设\n坚持依法行政。\n"
        );
        assert_eq!(gongwen::parse(&text).genre(), Genre::GovernmentWork, "{body}");
    }
    let text = "一、2024年工作回顾\n全年发展党员12名。\n二、2025年工作安排\n计划发展党员10名。\n\
                三、全面加强党组织自身建设\n坚持从严治党。\n";
    assert_ne!(gongwen::parse(text).genre(), Genre::GovernmentWork);
}

#[test]
fn an_untitled_review_of_the_year_with_plans_is_a_work_summary() {
    let text =
        "2024年，我局扎实推进各项工作。现将有关工作情况汇报如下：\n一、2024年工作开展情况\n全年接待游客386万人次。\n\
                二、存在的困难和问题\n产品单一。\n三、2025年工作打算\n策划线路8条。\n";
    assert_eq!(gongwen::parse(text).genre(), Genre::WorkSummary);
}

#[test]
fn a_plan_of_action_headings_is_no_work_summary() {
    // The requirements and tasks look ahead, but no part reviews a year:
    // `保障措施` is measures only by its opening verb.
    let text = "关于推进全民阅读的实施方案\n一、总体要求\n到2026年建成书房10个。\n二、重点任务\n新建书房。\n三、保障措施\n加强领导。\n";
    assert_eq!(gongwen::parse(text).genre(), Genre::Other);
    // Here a part is worded as a review (主要工作), but the title names a plan.
    let text = "关于推进全民阅读的实施方案\n一、总体要求\n到2026年建成书房10个。\n二、主要工作\n新建书房。\n三、保障措施\n加强领导。\n";
    assert_eq!(gongwen::parse(text).genre(), Genre::Other);
    let text = "关于某县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n一、2024年计划执行情况\n增长5%。\n\
                二、2025年经济社会发展的主要目标\n增长6%。\n";
    assert_eq!(gongwen::parse(text).genre(), Genre::Other);
}

#[test]
fn final_accounts_report_spending_and_tables_have_no_kind() {
    assert_eq!(kinds(&parse("final_accounts_untitled")), [None, None, Some(PartKind::Measures), None]);
}

#[test]
fn a_complete_report_lacks_no_part() {
    for name in ["rule_of_law_titled", "rule_of_law_untitled", "information_disclosure_titled"] {
        assert_eq!(messages(&parse(name), Rule::MissingPart), Vec::<String>::new(), "{name}");
    }
}

#[test]
fn other_genres_require_no_parts() {
    for name in ["work_summary_titled", "audit_titled", "government_work_titled"] {
        assert_eq!(messages(&parse(name), Rule::MissingPart), Vec::<String>::new(), "{name}");
    }
}

macro_rules! missing_part {
    ($($test:ident: $fixture:literal without $words:literal names $part:literal;)*) => {$(
        #[test]
        fn $test() {
            let doc = gongwen::parse(&without_part(&fixture($fixture), $words));
            let found = messages(&doc, Rule::MissingPart);
            assert_eq!(found.len(), 1, "{found:?}");
            assert!(found[0].contains($part), "{found:?} should name {}", $part);
        }
    )*};
}

missing_part! {
    rule_of_law_lacks_measures: "rule_of_law_titled" without "主要举措" names "measures";
    rule_of_law_lacks_leadership: "rule_of_law_titled" without "第一责任人" names "leadership";
    rule_of_law_lacks_shortcomings: "rule_of_law_titled" without "不足" names "shortcomings";
    rule_of_law_lacks_plans: "rule_of_law_titled" without "主要安排" names "plans";
    rule_of_law_lacks_other: "rule_of_law_titled" without "其他" names "其他需要报告的情况";
    disclosure_lacks_overview: "information_disclosure_titled" without "总体情况" names "总体情况";
    disclosure_lacks_proactive: "information_disclosure_titled" without "主动公开" names "主动公开政府信息情况";
    disclosure_lacks_requests: "information_disclosure_titled" without "申请情况" names "收到和处理政府信息公开申请情况";
    disclosure_lacks_appeals: "information_disclosure_titled" without "行政复议" names "政府信息公开行政复议、行政诉讼情况";
    disclosure_lacks_problems: "information_disclosure_titled" without "存在的主要问题" names "存在的主要问题及改进情况";
    disclosure_lacks_other: "information_disclosure_titled" without "其他需要" names "其他需要报告的事项";
}

#[test]
fn a_rule_of_law_report_published_after_march_is_late() {
    let found = messages(&parse("rule_of_law_late"), Rule::LatePublication);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("2025-03-31") && found[0].contains("法治政府建设与责任落实督察工作规定"), "{found:?}");
}

#[test]
fn a_rule_of_law_report_published_in_march_is_on_time() {
    assert_eq!(messages(&parse("rule_of_law_titled"), Rule::LatePublication), Vec::<String>::new());
}

#[test]
fn a_department_disclosure_report_published_in_february_is_late() {
    let found = messages(&parse("information_disclosure_department_late"), Rule::LatePublication);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("2025-01-31") && found[0].contains("政府信息公开条例"), "{found:?}");
}

#[test]
fn a_governments_disclosure_report_published_in_february_is_on_time() {
    assert_eq!(messages(&parse("information_disclosure_titled"), Rule::LatePublication), Vec::<String>::new());
}

#[test]
fn a_title_year_the_review_contradicts_is_a_mismatch() {
    let doc = parse("rule_of_law_year_mismatch");
    let d = doc.diagnostics().iter().find(|d| d.rule == Rule::YearMismatch).expect("a year-mismatch");
    assert!(d.message.contains("2023") && d.message.contains("2024"), "{}", d.message);
    assert!(doc.text(d.span).starts_with("2024年"), "points at the review heading");
}

#[test]
fn a_government_work_report_dated_the_year_after_its_review_is_no_mismatch() {
    assert_eq!(messages(&parse("government_work_titled"), Rule::YearMismatch), Vec::<String>::new());
}

#[test]
fn a_report_whose_years_agree_is_no_mismatch() {
    assert_eq!(messages(&parse("rule_of_law_titled"), Rule::YearMismatch), Vec::<String>::new());
}

#[test]
fn a_preamble_that_opens_with_another_year_is_a_mismatch() {
    let text = "某镇关于2023年度法治政府建设情况的报告\n2024年，我镇坚持依法行政，现将有关情况报告如下。\n一、主要举措和成效\n全年办件10件。\n二、存在的不足和原因\n";
    let doc = gongwen::parse(text);
    assert_eq!(messages(&doc, Rule::YearMismatch).len(), 1);
}

#[test]
fn a_year_cited_in_the_preamble_is_no_mismatch() {
    let text = "某镇关于2024年度法治政府建设情况的报告\n按照《某县2025年法治政府建设工作要点》要求，现将有关情况报告如下。\n一、主要举措和成效\n全年办件10件。\n二、存在的不足和原因\n";
    assert_eq!(messages(&gongwen::parse(text), Rule::YearMismatch), Vec::<String>::new());
}
