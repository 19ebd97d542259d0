//! Structure of real-world forms (issue 17): tables, tables of contents,
//! appendices and glossaries, hard wraps and page markers, markdown marks,
//! unnumbered headings, inline lists and spaced flattened reports. One
//! behaviour per test, on small made-up reports.

use crate::common;

use common::{outline_text, parse_checked};
use gongwen::{Block, ClutterKind, Document, ItemStyle, LeafKind, MarkerStyle, Paragraph, TableLineKind};

fn all_blocks(doc: &Document) -> Vec<&Block> {
    let mut out: Vec<&Block> = doc.front().iter().collect();
    for s in doc.all_sections() {
        out.extend(&s.body);
    }
    out.extend(doc.back());
    out
}

fn tables(doc: &Document) -> Vec<&gongwen::Table> {
    all_blocks(doc)
        .into_iter()
        .filter_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        })
        .collect()
}

/// Lines of about 28 CJK chars: a page width, as PDF text gives.
const WRAPPED: &str = "青禾县人民政府\n\
2024年政府信息公开工作年度报告\n\
一、总体情况\n\
2024年，县政府坚持以人民为中心的发展思想，认真落实条例各项\n\
规定，推动政务公开工作提质增效，较好完成了年度各项工作任务。\n\
（一）主动公开情况。全年主动公开政府信息二千余条，其中政策性\n\
文件九件，制作政策解读十五个，开展在线访谈四期共计十二小时。\n\
（二）政府信息公开平台建设情况，持续推动政府网站和政务新\n\
- 2 -\n\
媒体规范化集约化发展。完成县政府门户网站集约化改版，整合各\n\
乡镇部门子站二十六个，政务新媒体账号精简至十八个，运行平稳。\n\
（三）监督保障情况。将政务公开纳入年度绩效考核，组织业务培训\n\
三场，培训人员一百六十余人次，群众满意度明显提升，效果良好。\n";

#[test]
fn a_heading_cut_by_the_wrap_joins_its_pieces_over_a_page_marker() {
    let doc = parse_checked(WRAPPED);
    let titles = outline_text(&doc);
    assert!(
        titles.contains(&"  （二）政府信息公开平台建设情况，持续推动政府网站和政务新媒体规范化集约化发展".to_string()),
        "{titles:?}"
    );
    let h = &doc.all_sections().find(|s| s.heading.marker.ordinal == 2).unwrap().heading;
    assert!(h.breaks.iter().any(|b| b.kind == LeafKind::Clutter && doc.text(b.span) == "- 2 -"));
}

/// PDF text of about 30 chars a line: a `二、` title that fills its line,
/// then its first paragraph, whose first line is cut too; and a `（一）`
/// item whose words run on over two lines with no end on the first.
const FULL_WIDTH_TITLE: &str = "青禾镇2024年法治政府建设情况报告\n\
一、主要举措和成效\n\
（一）持续深化普法宣传教育，建立健全领导干部学法用法制度，推动\n\
法治文化阵地建设向村社区延伸覆盖，全年开展送法进村活动四十场。\n\
（二）规范重大行政决策程序。严格落实公众参与、专家论证、风险评\n\
估、合法性审查和集体讨论决定等法定程序，全年审查决策事项九件，\n\
审查合同协议二十六份，提出法律意见四十余条，均被采纳。\n\
二、党政主要负责人切实履行推进法治建设第一责任人职责的有关情况\n\
镇党委书记、镇长认真履行第一责任人职责，带头学法讲法，全年主持\n\
专题学法四次，对重大行政决策和重要规范性文件亲自审核把关，带头\n\
落实行政机关负责人出庭应诉制度，全年出庭应诉一次，效果良好。\n\
三、存在的不足和原因\n\
法治宣传的针对性有待增强，部分村社区法律顾问作用发挥还不充分，\n\
基层执法人员的业务能力与新形势新任务的要求相比还有一定差距。\n";

#[test]
fn a_top_level_title_that_fills_its_line_stands_alone_over_a_cut_paragraph() {
    let doc = parse_checked(FULL_WIDTH_TITLE);
    let titles = outline_text(&doc);
    assert!(
        titles.contains(&"二、党政主要负责人切实履行推进法治建设第一责任人职责的有关情况".to_string()),
        "{titles:?}"
    );
    let second = doc.sections().iter().find(|s| s.heading.marker.ordinal == 2).unwrap();
    let p = second.body.iter().find_map(|b| match b {
        Block::Paragraph(p) => Some(p),
        _ => None,
    });
    assert!(p.is_some_and(|p| doc.text(p.text).starts_with("镇党委书记")), "the cut line under it is its paragraph");
    // A lower level runs on into its words: its two lines are one.
    assert!(
        titles.iter().any(|t| t
            .trim_start()
            .starts_with("（一）持续深化普法宣传教育，建立健全领导干部学法用法制度，推动法治文化")),
        "{titles:?}"
    );
}

#[test]
fn a_paragraph_cut_by_the_wrap_is_one_logical_paragraph_with_its_lines() {
    let doc = parse_checked(WRAPPED);
    let first = &doc.sections()[0].body;
    let p: Vec<&Paragraph> = first
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph(p) => Some(p),
            _ => None,
        })
        .collect();
    assert_eq!(p.len(), 1, "two wrapped lines make one paragraph");
    assert_eq!(p[0].lines().len(), 2);
    assert!(doc.text(p[0].text).ends_with("年度各项工作任务。"));
    assert!(doc.text(p[0].lines()[1].text).starts_with("规定"));
}

#[test]
fn a_page_marker_is_a_clutter_leaf_wherever_it_falls() {
    let doc = parse_checked(WRAPPED);
    let marker = doc.leaves().into_iter().find(|l| doc.text(l.span) == "- 2 -").unwrap();
    assert_eq!(marker.kind, LeafKind::Clutter);
    let text = "一、总体情况\n全年办件30件。\n- 3 -\n二、存在问题\n";
    let doc = parse_checked(text);
    assert!(all_blocks(&doc).iter().any(|b| matches!(b, Block::Clutter(c) if c.kind == ClutterKind::PageMarker)));
}

#[test]
fn web_text_one_paragraph_a_line_is_not_joined() {
    let text = "一、总体情况\n\
全年共办理行政复议案件三十件，同比增长百分之十二，其中维持原行政行为二十件\n\
县司法局组织开展执法培训\n\
全面推进严格规范公正文明执法，行政执法三项制度全面落实到位，执法监督得到进一步加强，群众满意度持续提升\n\
开展普法活动\n\
二、存在问题\n";
    let doc = parse_checked(text);
    let paras = doc.paragraphs().count();
    assert_eq!(paras, 4, "each line stays a paragraph");
    assert!(doc.paragraphs().all(|p| p.lines().is_empty()));
}

const DISCLOSURE_TABLE: &str = "一、总体情况\n\
（一）主动公开情况。2024 年，县政府主动公开政府信息 5500 余条，政策解读 15 个。\n\
二、收到和处理政府信息公开申请情况\n\
单位：件\n\
申请人情况 自然人 法人 总计\n\
一、本年新收政府信息公开申请数量 12 3 15\n\
二、上年结转政府信息公开申请数量 2 0 2\n\
三、\n\
本\n\
年\n\
（一）予以公开 6 1 7\n\
（二）部分公开（区分处理的，只计这一情\n\
形，不计其他情形） 2 0 2\n\
（三）不\n\
予公开\n\
1.属于国家秘密 0 0 0\n\
- 4 -\n\
2.其他法律行政法规禁止公开 0 0 0\n\
四、结转下年度继续办理 1 1 2\n\
三、存在的主要问题及改进情况\n\
解读形式不够丰富。\n";

#[test]
fn table_rows_are_never_headings() {
    let doc = parse_checked(DISCLOSURE_TABLE);
    assert_eq!(
        outline_text(&doc),
        ["一、总体情况", "  （一）主动公开情况", "二、收到和处理政府信息公开申请情况", "三、存在的主要问题及改进情况"]
    );
}

#[test]
fn a_table_keeps_its_unit_line_broken_cells_and_page_marker() {
    let doc = parse_checked(DISCLOSURE_TABLE);
    let t = tables(&doc);
    assert_eq!(t.len(), 1);
    let kinds: Vec<TableLineKind> = t[0].lines.iter().map(|l| l.kind).collect();
    assert_eq!(kinds[0], TableLineKind::Unit);
    assert!(kinds.contains(&TableLineKind::Fragment), "broken cells stay in the table");
    assert!(t[0].lines.iter().any(|l| doc.text(l.text) == "- 4 -" && l.kind == TableLineKind::Clutter));
    let row = t[0].rows().find(|r| doc.text(r.text).starts_with("一、本年新收")).unwrap();
    let cells: Vec<&str> = row.cells.iter().map(|c| doc.text(*c)).collect();
    assert_eq!(cells, ["一、本年新收政府信息公开申请数量", "12", "3", "15"]);
}

#[test]
fn prose_with_spaced_numbers_is_not_a_table() {
    let doc = parse_checked(DISCLOSURE_TABLE);
    assert!(tables(&doc).iter().all(|t| t.lines.iter().all(|l| !doc.text(l.text).contains("5500 余条"))));
    assert_eq!(doc.sections()[0].children[0].heading.title, "主动公开情况", "a heading ending in prose stays one");
}

#[test]
fn markdown_tables_and_captions_are_tables() {
    let text = "## 一、总体情况\n\
全年工作平稳。\n\
## 二、收到和处理政府信息公开申请情况\n\
## 表二：申请情况\n\
| 申请人情况 | 自然人 | 总计 |\n\
|---|---|---|\n\
| 一、本年新收 | 32 | 34 |\n\
（三）不\n\
予公开\n\
| 二、上年结转 | 1 | 1 |\n\
## 三、存在的主要问题\n\
问题不少。\n";
    let doc = parse_checked(text);
    assert_eq!(outline_text(&doc), ["一、总体情况", "二、收到和处理政府信息公开申请情况", "三、存在的主要问题"]);
    let t = tables(&doc);
    assert_eq!(t[0].lines[0].kind, TableLineKind::Caption);
    let cells: Vec<&str> = t[0].lines[1].cells.iter().map(|c| doc.text(*c)).collect();
    assert_eq!(cells, ["申请人情况", "自然人", "总计"]);
}

#[test]
fn markdown_marks_are_markup_not_title() {
    let doc = parse_checked("## 一、总体情况\n全年工作平稳。\n**二、存在问题**\n问题不少。\n");
    assert_eq!(outline_text(&doc), ["一、总体情况", "二、存在问题"]);
    assert!(doc.leaves().iter().any(|l| l.kind == LeafKind::Markup && doc.text(l.span) == "##"));
}

#[test]
fn a_bold_title_after_its_marker_is_read_without_its_marks() {
    let text = "## 二、2025年工作安排\n\
1. **抓好产业发展。** 围绕两大主导产业，新增规上企业2家。\n\
2. **抓好民生保障** 持续办好民生实事。\n";
    let doc = parse_checked(text);
    assert_eq!(outline_text(&doc), ["二、2025年工作安排", "  1.抓好产业发展", "  2.抓好民生保障"]);
    let first = &doc.sections()[0].children[0].heading;
    assert_eq!(first.terminator.map(|t| doc.text(t)), Some("。"));
    assert!(first.body.as_ref().is_some_and(|b| doc.text(b.text).starts_with("围绕")));
    let marks = doc.leaves().iter().filter(|l| l.kind == LeafKind::Markup && doc.text(l.span) == "**").count();
    assert_eq!(marks, 4, "the opening and closing marks of both titles are markup leaves");
}

#[test]
fn two_column_finance_rows_without_numbers_stay_in_the_table() {
    let text = "第二部分 部门决算表\n\
收入支出决算总表\n\
单位：万元\n\
项目 决算数 项目 决算数\n\
一、一般公共预算财政拨款收入 2,940.05 一、一般公共服务支出 2,106.66\n\
二、政府性基金预算财政拨款收入 二、外交支出\n\
三、国有资本经营预算财政拨款收入 三、国防支出\n\
四、教育支出\n\
五、科学技术支出 60.99\n\
第三部分 部门决算情况说明\n\
一、收入支出决算总体情况说明\n\
收入合计2940.05万元。\n";
    let doc = parse_checked(text);
    assert_eq!(
        outline_text(&doc),
        ["第二部分部门决算表", "第三部分部门决算情况说明", "  一、收入支出决算总体情况说明"]
    );
    assert_eq!(tables(&doc)[0].lines[0].kind, TableLineKind::Caption);
}

#[test]
fn a_table_of_contents_is_one_block_not_a_second_outline() {
    let text = "青禾县财政局2024年度部门决算\n\
目 录\n\
第一部分 概况……………………1\n\
一、主要职能 2\n\
第二部分 决算情况说明\n\
第一部分 概况\n\
一、主要职能\n\
负责全县财政工作。\n\
第二部分 决算情况说明\n\
收入合计100万元。\n";
    let doc = parse_checked(text);
    assert_eq!(outline_text(&doc), ["第一部分概况", "  一、主要职能", "第二部分决算情况说明"]);
    let toc = all_blocks(&doc).into_iter().find_map(|b| match b {
        Block::Toc(t) => Some(t),
        _ => None,
    });
    assert_eq!(toc.map(|t| t.entries.len()), Some(3));
}

#[test]
fn a_glossary_is_a_top_level_section_and_its_entries_are_items() {
    let text = "一、2025年工作回顾\n\
全年地区生产总值增长5%。\n\
（一）产业发展\n\
新建园区两个。\n\
名词解释\n\
1.“两重”：是指国家重大战略实施和重点领域安全能力建设。\n\
2.“两新”：是指大规模设备更新和消费品以旧换新。\n";
    let doc = parse_checked(text);
    assert_eq!(outline_text(&doc), ["一、2025年工作回顾", "  （一）产业发展", "名词解释"]);
    let glossary = &doc.sections()[1];
    assert_eq!(glossary.heading.marker.style, MarkerStyle::Appendix);
    assert_eq!((glossary.heading.marker.text.as_str(), glossary.heading.marker.ordinal), ("", 0));
    let entries: Vec<_> = glossary
        .body
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph(p) => p.items.first(),
            _ => None,
        })
        .collect();
    assert_eq!(entries.len(), 2);
    assert!(entries.iter().all(|i| i.style == ItemStyle::Numbered));
}

#[test]
fn a_traditional_glossary_under_a_part_heading_keeps_its_entries_out_of_the_outline() {
    let text = "第一部分 部門概況\n\
一、主要職能\n\
負責全縣財政收支管理。\n\
第二部分 名詞解釋\n\
一、財政撥款收入：指本年度從本級財政部門取得的財政撥款。\n\
二、基本支出：指為保障機構正常運轉發生的支出。\n";
    let doc = parse_checked(text);
    assert_eq!(outline_text(&doc), ["第一部分部門概況", "  一、主要職能", "第二部分名詞解釋"]);
}

#[test]
fn an_attachment_takes_its_title_from_the_next_line() {
    let text = "一、审计情况\n发现问题三个。\n附件1\n县级预算执行审计发现问题清单\n问题一：资金闲置。\n附件2：整改情况表\n已整改。\n";
    let doc = parse_checked(text);
    let tops: Vec<(String, u32, String)> = doc
        .sections()
        .iter()
        .map(|s| (s.heading.marker.text.to_string(), s.heading.marker.ordinal, s.heading.title.to_string()))
        .collect();
    assert_eq!(tops[1], ("附件1".to_string(), 1, "县级预算执行审计发现问题清单".to_string()));
    assert_eq!(tops[2], ("附件2".to_string(), 2, "整改情况表".to_string()));
}

#[test]
fn a_part_named_glossary_stays_a_part_heading_and_its_entries_are_not_headings() {
    let text = "第一部分 概况\n负责财政工作。\n第二部分 名词解释\n一、财政拨款收入：指本级财政当年拨付的资金。\n二、事业收入：指开展专业业务活动取得的收入。\n";
    let doc = parse_checked(text);
    assert_eq!(outline_text(&doc), ["第一部分概况", "第二部分名词解释"]);
}

#[test]
fn an_unnumbered_heading_stands_above_its_numbered_sub_headings() {
    let text = "各位代表：\n现在，我代表镇人民政府报告工作。\n\
2025年工作回顾\n（一）农业发展稳中有进\n粮食稳产。\n（二）民生实事全面完成\n十件实事全部完成。\n\
2026年重点工作\n（一）做强特色产业\n改造茶园。\n";
    let doc = parse_checked(text);
    assert_eq!(
        outline_text(&doc),
        [
            "2025年工作回顾",
            "  （一）农业发展稳中有进",
            "  （二）民生实事全面完成",
            "2026年重点工作",
            "  （一）做强特色产业"
        ]
    );
    assert_eq!(doc.sections()[0].heading.marker.style, MarkerStyle::Unnumbered);
}

#[test]
fn a_lead_sentence_stays_text() {
    let text = "一、主要工作\n持续强化政治建设。全年开展学习二十次。\n（一）加强学习\n学习十次。\n";
    let doc = parse_checked(text);
    assert_eq!(outline_text(&doc), ["一、主要工作", "  （一）加强学习"]);
}

#[test]
fn a_numbered_list_inside_a_paragraph_of_normal_lines_is_not_headings() {
    let text = "一、主要工作\n实施十项惠民工程。（1）稳定就业岗位；（2）改造农村公路；（3）新建养老设施。\n\
二、存在问题\n问题不少。\n三、下一步打算\n继续努力。\n四、其他\n无。\n五、附则\n无。\n六、结语\n无。\n";
    let doc = parse_checked(text);
    assert_eq!(
        outline_text(&doc),
        ["一、主要工作", "二、存在问题", "三、下一步打算", "四、其他", "五、附则", "六、结语"]
    );
}

#[test]
fn an_enumeration_with_semicolons_in_an_article_is_items() {
    let text = "一、主要职能\n第三条 本局的主要职责是：\n（一）贯彻执行财政法律法规；研究拟订财政发展规划。\n\
（二）承担财政收支管理的责任；负责财政专户管理。\n（三）完成交办的其他任务。\n二、机构设置\n设六个科室。\n";
    let doc = parse_checked(text);
    assert_eq!(outline_text(&doc), ["一、主要职能", "二、机构设置"]);
}

#[test]
fn a_spaced_flattened_report_gives_each_marker_its_heading() {
    let text = "白石镇2024年度法治政府建设工作报告 2024年,白石镇统筹推进法治政府建设,现将有关情况报告如下: \
一、主要做法和成效 (一)加强组织领导,压实工作责任。召开专题会议5次。 (二)深化普法宣传,营造法治氛围。开展活动24场。 \
二、存在的问题和不足 一是宣传不够深入。 三、2025年工作计划 (一)持续推进依法决策。严格落实程序。 白石镇人民政府 2025年1月10日";
    let doc = parse_checked(text);
    assert_eq!(
        outline_text(&doc),
        [
            "一、主要做法和成效",
            "  (一)加强组织领导,压实工作责任",
            "  (二)深化普法宣传,营造法治氛围",
            "二、存在的问题和不足",
            "三、2025年工作计划",
            "  (一)持续推进依法决策"
        ]
    );
}

/// The real documents in `../shared/realworld` (when present): every one
/// parses to a tree whose invariants hold and whose leaves rebuild it.
#[test]
fn real_documents_are_lossless_and_hold_the_invariants() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/realworld");
    let Ok(entries) = std::fs::read_dir(&dir) else { return };
    let mut n = 0;
    for e in entries.flatten() {
        let path = e.path();
        if path.extension().is_some_and(|x| x == "txt") {
            let bytes = std::fs::read(&path).unwrap();
            let doc = gongwen::parse_bytes(&bytes).unwrap();
            if let Err(v) = gongwen::invariants::check(&doc) {
                panic!("{}: {v:?}", path.display());
            }
            let rebuilt: String = doc.leaves().iter().map(|l| doc.text(l.span)).collect();
            assert_eq!(rebuilt, doc.source(), "{}", path.display());
            n += 1;
        }
    }
    assert!(n > 0, "the realworld directory holds documents");
}

#[test]
fn table_figures_are_indicators_labelled_by_their_row_with_the_stated_unit() {
    let text = "一、收入支出决算\n\
收入支出决算总表\n\
单位：万元\n\
项目 决算数 项目 决算数\n\
一、财政拨款收入 2,940.05 一、一般公共服务支出 2,106.66\n\
二、事业收入 6.20 二、教育支出 326.71\n\
二、存在问题\n问题不少。\n";
    let doc = parse_checked(text);
    let got: Vec<(String, f64, String)> =
        doc.indicators().iter().map(|i| (i.label.to_string(), i.value.to_f64(), i.unit.to_string())).collect();
    assert_eq!(got[0], ("一、财政拨款收入 决算数".to_string(), 29_400_500.0, "元".to_string()));
    assert_eq!(got[1].0, "一、一般公共服务支出 决算数");
    assert_eq!(got.len(), 4);
}

#[test]
fn table_figures_without_a_stated_unit_are_not_indicators() {
    let text = "一、申请情况\n申请人情况 自然人 法人 总计\n一、本年新收申请数量 12 3 15\n二、上年结转申请数量 2 0 2\n二、存在问题\n问题不少。\n";
    let doc = parse_checked(text);
    assert!(doc.indicators().is_empty());
}

#[test]
fn a_running_header_is_clutter_even_inside_a_paragraph() {
    let mut text = String::from("一、总体情况\n");
    for page in 1..=4 {
        text.push_str("县人民政府办公室文件\n");
        text.push_str(&format!("第{page}季度坚持以人民为中心的发展思想，认真落实条例各项规定，推动政\n"));
        text.push_str("务公开工作提质增效，较好完成了年度各项工作任务，群众满意度高\n");
        text.push_str(&format!("- {page} -\n"));
        text.push_str("县人民政府办公室文件\n");
        text.push_str(&format!("持续推动政府网站和政务新媒体规范化集约化发展，完成{page}个门户网站改\n"));
        text.push_str("版，整合乡镇部门子站二十六个，政务新媒体账号精简至十八个。\n");
    }
    let doc = parse_checked(&text);
    let running = all_blocks(&doc)
        .iter()
        .filter(|b| matches!(b, Block::Clutter(c) if c.kind == ClutterKind::RunningHeader))
        .count();
    let inside = doc
        .paragraphs()
        .flat_map(|p| p.breaks())
        .filter(|b| b.kind == LeafKind::Clutter && doc.text(b.span) == "县人民政府办公室文件")
        .count();
    assert_eq!(running + inside, 8, "every copy is clutter");
    assert!(inside > 0, "a header inside a wrapped paragraph is a clutter leaf of it");
}

#[test]
fn an_appendix_or_glossary_line_ends_the_table_above_it() {
    // A table runs up to `附件1` and its own table follows it; `名词解释`
    // after that table opens the glossary. Neither line is a table's
    // broken cell.
    let text = "第一部分 决算情况说明\n\
项目 预算数 决算数\n\
（一）公务用车运行费 12.00 10.36\n\
（二）公务接待费 3.00 2.15\n\
附件1\n\
部门决算公开表\n\
收入支出决算总表\n\
单位：万元\n\
项目 决算数\n\
一、财政拨款收入 40,862.19\n\
二、事业收入 1,312.08\n\
名词解释\n\
1.财政拨款收入：指从同级财政部门取得的财政预算资金。\n";
    let doc = parse_checked(text);
    assert_eq!(outline_text(&doc), ["第一部分决算情况说明", "附件1部门决算公开表", "名词解释"]);
    assert_eq!(tables(&doc).len(), 2);
}

#[test]
fn a_footnote_at_a_page_foot_is_not_a_circled_heading() {
    // `①` at the foot of the page notes the reference `普法①` in the
    // body; the `①` under （一）, before any reference, is a sub-heading.
    let text = "一、主要举措\n\
（一）规范执法。\n\
①统一执法尺度\n\
组建执法小组十四个。\n\
（二）推进普法①。开展“法律明白人”培训四十二期，培养一千余名。\n\
① 普法：指法治宣传教育，由县司法局组织实施。\n\
- 3 -\n\
（三）加强复议。全年办理行政复议案件五十八件。\n";
    let doc = parse_checked(text);
    assert_eq!(
        outline_text(&doc),
        ["一、主要举措", "  （一）规范执法", "    ①统一执法尺度", "  （二）推进普法①", "  （三）加强复议"]
    );
}

#[test]
fn a_heading_joins_over_a_gazette_page_marker_and_running_header() {
    // Gazette text: `·N·` closes each page and the gazette's name opens
    // the next; a Word page marker `第 N 页` alone reads the same way.
    for marker in ["·{}·", "第 {} 页"] {
        let mut text = String::from("一、总体情况\n");
        for page in 1..=3 {
            text.push_str("青禾县人民政府公报 2025年第2期\n");
            text.push_str("坚持以人民为中心的发展思想，认真落实条例各项规定，推动政务公\n");
            text.push_str("开工作提质增效，较好完成了年度各项工作任务，群众满意度较高。\n");
            if page == 3 {
                text.push_str("（二）政府信息公开平台建设情况，持续推动政府网站和政务新\n");
            } else {
                text.push_str("持续推动政府网站和政务新媒体规范化集约化发展，完成门户网站\n");
            }
            text.push_str(&format!("{}\n", marker.replace("{}", &page.to_string())));
        }
        text.push_str("青禾县人民政府公报 2025年第2期\n");
        text.push_str("媒体规范化集约化发展。完成县政府门户网站集约化改版，整合各\n");
        text.push_str("乡镇部门子站二十六个，政务新媒体账号精简至十八个，运行平稳。\n");
        let doc = parse_checked(&text);
        let titles = outline_text(&doc);
        assert!(
            titles.contains(
                &"  （二）政府信息公开平台建设情况，持续推动政府网站和政务新媒体规范化集约化发展".to_string()
            ),
            "{marker}: {titles:?}"
        );
        for page in 1..=3 {
            let m = marker.replace("{}", &page.to_string());
            assert!(is_page_clutter(&doc, &m), "{m}: a page marker is clutter");
        }
    }
}

#[test]
fn bare_page_numbers_in_a_run_are_page_markers() {
    // Each page ends with its number alone on a line; the （二） heading
    // cut at the foot of page 2 goes on over `2` to the next page.
    let mut text = String::from("一、总体情况\n");
    for page in 1..=3 {
        text.push_str("坚持以人民为中心的发展思想，认真落实条例各项规定，推动政务公\n");
        text.push_str("开工作提质增效，较好完成了年度各项工作任务，群众满意度较高。\n");
        text.push_str("持续推动政府网站和政务新媒体规范化集约化发展，完成门户网站改\n");
        text.push_str("版，整合乡镇部门子站二十六个，政务新媒体账号精简至十八个。\n");
        if page == 2 {
            text.push_str("（二）政府信息公开平台建设情况，持续推动政府网站和政务新\n");
        }
        text.push_str(&format!("{page}\n"));
        if page == 2 {
            text.push_str("媒体规范化集约化发展。完成县政府门户网站集约化改版，整合各\n");
        }
    }
    let doc = parse_checked(&text);
    let titles = outline_text(&doc);
    assert!(
        titles.contains(&"  （二）政府信息公开平台建设情况，持续推动政府网站和政务新媒体规范化集约化发展".to_string()),
        "{titles:?}"
    );
    for page in ["1", "2", "3"] {
        assert!(is_page_clutter(&doc, page), "page number {page} is clutter");
    }
}

/// Is the line `text` of `doc` a page marker: a clutter block of that kind,
/// or a clutter leaf inside a paragraph or a heading it cut?
fn is_page_clutter(doc: &Document, text: &str) -> bool {
    let block = all_blocks(doc)
        .iter()
        .any(|b| matches!(b, Block::Clutter(c) if c.kind == ClutterKind::PageMarker && doc.text(c.text) == text));
    let leaf = doc
        .paragraphs()
        .flat_map(|p| p.breaks())
        .chain(doc.all_sections().flat_map(|s| s.heading.breaks.iter()))
        .any(|b| b.kind == LeafKind::Clutter && doc.text(b.span) == text);
    block || leaf
}

#[test]
fn a_lone_number_line_is_not_a_page_marker() {
    // One number alone (a table's cell, a stray figure) is no run.
    let text = "一、总体情况\n全年受理申请十二件。\n1\n二、其他事项\n无。\n";
    let doc = parse_checked(text);
    assert!(!all_blocks(&doc).iter().any(|b| matches!(b, Block::Clutter(c) if c.kind == ClutterKind::PageMarker)));
}

/// A plan's layout: `第一章` chapters, `第一节` sections in them, then
/// `一、` and `（一）`. The section is a level of its own between the
/// chapter and `一、`, and `一、` restarts under each section.
#[test]
fn a_section_within_a_chapter_is_a_level_of_its_own() {
    let doc = parse_checked(
        "青禾县2025年度工作总结\n\
         第一章　主要工作成效\n\
         第一节　经济运行稳中有进\n\
         一、工业经济回升向好\n\
         规上工业增加值增长6.9%。\n\
         二、现代农业提质增效\n\
         粮食总产量17.8万吨。\n\
         第二节　项目建设有力推进\n\
         一、强化项目谋划储备\n\
         （一）争取上级资金\n\
         争取资金4.38亿元。\n\
         （二）用好专项债券\n\
         发行债券11.2亿元。\n\
         第二章　存在的主要问题\n\
         一、动力不足\n\
         新兴产业占比偏低。\n\
         第三章　2026年工作计划\n\
         第一节　全力扩大有效投资\n\
         完成投资80亿元以上。\n\
         第二节　持续深化改革创新\n\
         新增经营主体3000户。\n",
    );
    assert_eq!(
        outline_text(&doc),
        [
            "第一章主要工作成效",
            "  第一节经济运行稳中有进",
            "    一、工业经济回升向好",
            "    二、现代农业提质增效",
            "  第二节项目建设有力推进",
            "    一、强化项目谋划储备",
            "      （一）争取上级资金",
            "      （二）用好专项债券",
            "第二章存在的主要问题",
            "  一、动力不足",
            "第三章2026年工作计划",
            "  第一节全力扩大有效投资",
            "  第二节持续深化改革创新",
        ]
    );
    let s = doc.all_sections().find(|s| s.heading.marker.text == "第二节").unwrap();
    assert_eq!((s.heading.marker.style, s.heading.marker.ordinal), (MarkerStyle::Section, 2));
    assert_eq!(common::count(&doc, gongwen::Rule::LevelSkip), 0, "a chapter need not hold sections");
}

/// A statistics table flattened one cell a line: every header cell, row
/// label and figure on a line of its own. The labels open with markers
/// (`一、`, `（一）`, `四、` continuing the numbering of the headings
/// outside), yet they are cells: the table runs from its header cells to
/// its last figure, and the next part's heading follows it.
#[test]
fn a_table_flattened_one_cell_a_line_holds_its_marker_labels() {
    let doc = parse_checked(
        "青禾县2024年政府信息公开工作年度报告\n\
         一、总体情况\n\
         全年主动公开政府信息2316条。\n\
         二、收到和处理政府信息公开申请情况\n\
         申请人情况\n\
         自然人\n\
         法人或其他组织\n\
         总计\n\
         一、本年新收政府信息公开申请数量\n\
         33\n\
         4\n\
         37\n\
         二、本年度办理结果\n\
         （一）予以公开\n\
         18\n\
         2\n\
         20\n\
         三、结转下年度继续办理\n\
         3\n\
         0\n\
         3\n\
         \n\
         三、存在的主要问题及改进情况\n\
         部分单位公开内容更新不够及时。\n",
    );
    assert_eq!(
        outline_text(&doc),
        ["一、总体情况", "二、收到和处理政府信息公开申请情况", "三、存在的主要问题及改进情况"]
    );
    let t = tables(&doc);
    assert_eq!(t.len(), 1, "one table");
    let text = doc.text(t[0].span);
    assert!(text.starts_with("申请人情况") && text.trim_end().ends_with("3\n0\n3"), "{text:?}");
}

/// `附件：<list title>` after the body, over a numbered list: an appendix
/// at the top level (marker empty, ordinal 0, titled by the word before
/// the colon), and the list's numbered lines are its entries, not
/// headings. The same line over no list is a note naming an attachment.
#[test]
fn an_attachment_line_with_a_colon_heads_its_list() {
    let doc = parse_checked(
        "青禾县2024年度审计工作报告\n\
         一、审计发现的主要问题\n\
         （一）预算编制不够精细。预留资金1.36亿元。\n\
         二、审计建议\n\
         （一）深化预算管理改革。\n\
         附件：青禾县2024年度审计查出问题整改清单\n\
         1.县财政局：预留资金问题，已细化下达。\n\
         2.县教育局：超预算支出问题，已调整预算。\n",
    );
    assert_eq!(
        outline_text(&doc),
        ["一、审计发现的主要问题", "  （一）预算编制不够精细", "二、审计建议", "  （一）深化预算管理改革", "附件"]
    );
    let a = doc.sections().last().unwrap();
    assert_eq!((a.heading.marker.style, a.heading.marker.ordinal), (MarkerStyle::Appendix, 0));
    assert_eq!(doc.text(a.heading.body.as_ref().unwrap().text), "青禾县2024年度审计查出问题整改清单");

    let note = parse_checked(
        "青禾县2024年度审计工作报告\n\
         一、审计发现的主要问题\n\
         预留资金1.36亿元。\n\
         附件：青禾县2024年度审计查出问题整改清单\n\
         \n\
         青禾县审计局\n\
         2025年8月20日\n",
    );
    assert_eq!(outline_text(&note), ["一、审计发现的主要问题"]);
}

/// Word's lost auto-numbering under `（1）`: `a.`/`b.` or `a)`/`b)` lines
/// standing alone over their text are the level below, markers as
/// written; `e.g.` and a letter glued to a word open no heading.
#[test]
fn latin_letters_under_arabic_parens_are_the_lowest_level() {
    let doc = parse_checked(
        "白石镇2025年工作总结\n\
         一、工作开展情况\n\
         （一）产业发展\n\
         1.农业生产\n\
         （1）特色种植\n\
         a.茶叶产业\n\
         新建茶园1200亩。\n\
         b.食用菌产业\n\
         建成大棚86座。\n\
         （2）教育资源\n\
         a)新建幼儿园1所\n\
         新增学位180个。\n\
         b)改造学校2所\n\
         A级景区新增1家。\n",
    );
    assert_eq!(
        outline_text(&doc),
        [
            "一、工作开展情况",
            "  （一）产业发展",
            "    1.农业生产",
            "      （1）特色种植",
            "        a.茶叶产业",
            "        b.食用菌产业",
            "      （2）教育资源",
            "        a)新建幼儿园1所",
            "        b)改造学校2所",
        ]
    );
    let b = doc.all_sections().find(|s| s.heading.marker.text == "b)").unwrap();
    assert_eq!((b.heading.marker.style, b.heading.marker.ordinal), (MarkerStyle::Latin, 2));
}

/// Word's TOC leaders as a converter may write them: midline ellipses
/// `⋯`, full-width dots, page numbers glued on. The body still begins at
/// the line that repeats the first entry, so its headings are not
/// swallowed by the table of contents.
#[test]
fn a_table_of_contents_with_midline_ellipsis_leaders_ends_at_the_body() {
    let text = "青禾县卫生健康委员会2024年度部门决算\n\
目　　录\n\
第一部分　部门概况⋯⋯⋯⋯⋯⋯1\n\
\u{3000}一、主要职能．．．．．．１\n\
第二部分　决算情况说明⋯⋯⋯⋯5\n\
第一部分　部门概况\n\
一、主要职能\n\
负责全县卫生健康工作。\n\
第二部分　决算情况说明\n\
收入合计100万元。\n";
    let doc = parse_checked(text);
    assert_eq!(outline_text(&doc), ["第一部分部门概况", "  一、主要职能", "第二部分决算情况说明"]);
}

/// A Word footer's `page/pages` field, converted to a line `1/4`, is a
/// page marker: a heading cut by the wrap joins its pieces over it.
#[test]
fn a_page_of_pages_line_is_a_page_marker() {
    let doc = parse_checked(
        "青禾县司法局2024年度法治政府建设情况报告\n\
         一、主要举措和成效\n\
         （一）强化法治理念，健全学法用法制度体系。局党组全年召开专题\n\
         会议研究法治政府建设工作6次，组织干部职工集中学法12次，参学人\n\
         员达640人次。\n\
         （二）规范行政执法行为，全面落实行政执法三项制度和行政执法责\n\
         1/4\n\
         任制，严格执法程序。全年审核重大执法决定38件，开展执法案卷评\n\
         查2次，评查案卷120卷，纠正不规范问题17个。\n\
         （三）深化公共法律服务。建成村（社区）公共法律服务工作室126个\n\
         ，全年提供法律咨询4860人次，办理法律援助案件312件，调处矛盾纠\n\
         纷1240件，调解成功率达98.6%，群众满意度持续提升，成效明显。\n\
         二、存在的不足和原因\n\
         一是部分执法人员法治素养有待提升；二是基层法治宣传形式较为单\n\
         一，针对性不强。主要原因是培训机制不够健全，投入保障不足。\n",
    );
    assert!(
        outline_text(&doc)
            .contains(&"  （二）规范行政执法行为，全面落实行政执法三项制度和行政执法责任制，严格执法程序".to_string()),
        "{:?}",
        outline_text(&doc)
    );
    let h = &doc.all_sections().find(|s| s.heading.marker.ordinal == 2).unwrap().heading;
    assert!(h.breaks.iter().any(|b| b.kind == LeafKind::Clutter && doc.text(b.span) == "1/4"));
}

/// Word's numbering converted to enclosed numeral chars: `㈠` for （一）
/// and `⒈` for 1., one char each, markers as written.
#[test]
fn enclosed_numeral_chars_are_markers_of_their_levels() {
    let doc = parse_checked(
        "青禾县2024年工作总结\n\
         一、工作回顾\n\
         ㈠坚持项目为王，经济运行稳中向好\n\
         ⒈工业经济稳步增长。新增规上工业企业14家。\n\
         ⒉有效投资持续扩大。实施重点项目126个。\n\
         ㈡坚持农业农村优先发展\n\
         粮食总产量达18.2万吨。\n",
    );
    assert_eq!(
        outline_text(&doc),
        [
            "一、工作回顾",
            "  ㈠坚持项目为王，经济运行稳中向好",
            "    ⒈工业经济稳步增长",
            "    ⒉有效投资持续扩大",
            "  ㈡坚持农业农村优先发展",
        ]
    );
    let s = doc.all_sections().find(|s| s.heading.marker.text == "㈡").unwrap();
    assert_eq!((s.heading.marker.style, s.heading.marker.ordinal), (MarkerStyle::ChineseParen, 2));
}

#[test]
fn headings_inside_the_html_tags_of_a_bad_capture_are_read() {
    // A capture that kept the page's tags: `<p>…</p>`, `<strong>`,
    // `&nbsp;` indents, `<br>`. The tags are markup around the heading.
    let text = "<p>青禾县司法局2024年法治政府建设情况报告</p>\n<p>一、主要举措和成效</p>\n\
                <p>&nbsp;&nbsp;全年办理案件12件。</p>\n<p><strong>（一）加强组织领导</strong></p>\n\
                <p>召开会议3次。</p>\n&nbsp;&nbsp;二、存在的不足<br>\n<p>差距仍然存在。</p>\n";
    let doc = parse_checked(text);
    assert_eq!(outline_text(&doc), ["一、主要举措和成效", "  （一）加强组织领导", "二、存在的不足"]);
    let markup: Vec<&str> =
        doc.leaves().iter().filter(|l| l.kind == LeafKind::Markup).map(|l| doc.text(l.span)).collect();
    assert!(markup.contains(&"<p><strong>") && markup.contains(&"</strong></p>"), "{markup:?}");
}

/// Typists' stray signs after markers: `一、、`, `（一）、`, `(一).`, `1、.`.
/// The sign goes with the marker (the ordinal as written); the title is the
/// heading's own words.
#[test]
fn a_stray_sign_after_a_marker_is_part_of_the_marker() {
    let doc = parse_checked(
        "青禾县2024年工作总结\n一、、产业发展提质增效\n（一）、工业经济稳步回升。新增企业14家。\n\
         (二).现代农业加快发展\n新建高标准农田3.2万亩。\n二、民生福祉不断增进\n1、.教育优质均衡发展。新增学位3150个。\n",
    );
    let got: Vec<(String, u32, String)> = common::outline(&doc).into_iter().map(|(_, m, n, t)| (m, n, t)).collect();
    let want = [
        ("一、、", 1, "产业发展提质增效"),
        ("（一）、", 1, "工业经济稳步回升"),
        ("(二).", 2, "现代农业加快发展"),
        ("二、", 2, "民生福祉不断增进"),
        ("1、.", 1, "教育优质均衡发展"),
    ];
    let want: Vec<(String, u32, String)> = want.iter().map(|&(m, n, t)| (m.into(), n, t.into())).collect();
    assert_eq!(got, want);
}

/// A 政府工作报告 whose parts have no ordinal: once one stand-alone line
/// stands over `（一）`, the lines of the same shape over a paragraph are
/// its siblings (a part with a lead paragraph before its `（一）`, and
/// parts with no sub-headings), not text.
#[test]
fn unnumbered_parts_over_paragraphs_are_siblings_of_one_over_a_numbered_heading() {
    let doc = parse_checked(
        "政府工作报告\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n过去五年工作回顾\n\
         五年来，全县地区生产总值年均增长5.5%，城乡面貌发生深刻变化。\n（一）综合实力跃上新台阶\n\
         累计实施重点项目586个。\n（二）民生福祉得到新改善\n新建改扩建学校38所。\n今年工作总体要求和目标任务\n\
         今年是“十四五”规划收官之年，地区生产总值增长6%左右。\n2025年重点工作\n（一）扩大有效需求\n\
         全年实施重点项目125个。\n切实加强政府自身建设\n我们将坚持依法行政，自觉接受监督。\n青禾县人民政府\n2025年1月16日\n",
    );
    assert_eq!(
        outline_text(&doc),
        [
            "过去五年工作回顾",
            "  （一）综合实力跃上新台阶",
            "  （二）民生福祉得到新改善",
            "今年工作总体要求和目标任务",
            "2025年重点工作",
            "  （一）扩大有效需求",
            "切实加强政府自身建设",
        ]
    );
}

/// Without a stand-alone line over a numbered heading, a short line over a
/// paragraph stays text.
#[test]
fn a_short_line_over_a_paragraph_alone_is_no_heading() {
    let doc = parse_checked(
        "青禾县2024年工作总结\n一、主要工作\n全年完成投资168亿元。\n重点项目建设\n全年实施重点项目120个，完成投资168亿元。\n二、下一步打算\n继续抓好项目建设。\n",
    );
    assert_eq!(outline_text(&doc), ["一、主要工作", "二、下一步打算"]);
}

/// PDF text: a heading line that ends in a comma was broken by the
/// converter there, short of the width; it goes on over a page marker to
/// the end of the logical line.
#[test]
fn a_heading_line_ending_in_a_comma_goes_on_over_a_page_marker() {
    let mut text = String::from("青禾县2024年工作总结\n一、主要工作\n");
    for _ in 0..6 {
        text.push_str("　　全县上下坚持稳中求进工作总基调，扎实推进各项工作落地见效，经\n济运行总体平稳、稳中有进，社会大局和谐稳定，人民生活持续改善。\n");
    }
    text.push_str("（一）持续优化营商环境，\n— 2/5 —\n不断激发市场主体活力\n　　企业开办时间压缩至1个工作日，经营主体总量达到5.8万户。\n（二）兜牢民生底线\n　　新增城镇就业5000人。\n");
    let doc = parse_checked(&text);
    assert_eq!(
        outline_text(&doc),
        ["一、主要工作", "  （一）持续优化营商环境，不断激发市场主体活力", "  （二）兜牢民生底线"]
    );
}

/// An English-locale converter's footers `Page N of M` and the Roman
/// numbers of the front pages (`- i -`) are page markers: a heading cut
/// by the wrap joins its pieces over one.
#[test]
fn english_and_roman_page_markers_are_page_furniture() {
    let mut text = String::from("青禾县白石镇2025年工作总结\n- i -\n一、主要工作\n");
    for _ in 0..6 {
        text.push_str("　　全镇上下坚持稳中求进工作总基调，扎实推进各项工作落地见效，经\n济运行总体平稳、稳中有进，社会大局和谐稳定，人民生活持续改善。\n");
    }
    text.push_str("（一）聚焦产业发展，全镇新建设施农业大棚320座，培育茶叶、食\nPage 2 of 5\n用菌两个特色产业。\n　　全年引进农业项目6个。\n");
    let doc = parse_checked(&text);
    assert_eq!(
        outline_text(&doc),
        ["一、主要工作", "  （一）聚焦产业发展，全镇新建设施农业大棚320座，培育茶叶、食用菌两个特色产业"]
    );
    let markers: Vec<&str> = all_blocks(&doc)
        .into_iter()
        .filter_map(|b| match b {
            Block::Clutter(c) if c.kind == ClutterKind::PageMarker => Some(doc.text(c.text)),
            _ => None,
        })
        .collect();
    assert!(markers.contains(&"- i -"), "{markers:?}");
}

/// Converter markdown: parts with no ordinal set in bold on lines of their
/// own, a lead paragraph before their bold `（一）`. The bold line is an
/// unnumbered heading; its `**` are markup, not title.
#[test]
fn bold_unnumbered_parts_over_a_lead_paragraph_are_headings() {
    let doc = parse_checked(
        "# 政府工作报告\n\n各位代表：\n\n现在，我代表县人民政府向大会报告工作。\n\n**2024年工作回顾**\n\n\
         过去的一年，全县地区生产总值增长5.8%。主要做了以下工作：\n\n**（一）产业转型步伐加快。**新增企业14家。\n\n\
         **（二）城乡面貌持续改善。**改造老旧小区31个。\n\n**2025年工作安排**\n\n今年的主要预期目标是：增长6%左右。\n\n\
         **（一）扩大有效投资。**实施重点项目120个。\n\n**全面加强政府自身建设**\n\n我们将坚持依法行政，自觉接受监督。\n",
    );
    assert_eq!(
        outline_text(&doc),
        [
            "2024年工作回顾",
            "  （一）产业转型步伐加快",
            "  （二）城乡面貌持续改善",
            "2025年工作安排",
            "  （一）扩大有效投资",
            "全面加强政府自身建设",
        ]
    );
    let first = &doc.sections()[0].heading;
    assert!(first.breaks.iter().any(|b| b.kind == LeafKind::Markup && doc.text(b.span) == "**"));
}

/// An editor's markdown export: the table of contents is a nested list of
/// links to the headings; it ends where the body repeats its first entry,
/// and a part heading naming a 表 (`## 第二部分 …决算表`) is no caption.
#[test]
fn a_toc_of_markdown_links_is_one_block_and_ends_at_the_body() {
    let doc = parse_checked(
        "# 青禾县自然资源局2024年度部门决算\n\n**目录**\n\n- [第一部分 部门概况](#第一部分-部门概况)\n  - [一、主要职能](#一主要职能)\n\
         - [第二部分 2024年度部门决算表](#第二部分)\n\n## 第一部分 部门概况\n\n### 一、主要职能\n\n负责自然资源管理。\n\n\
         ## 第二部分 2024年度部门决算表\n\n**公开01表 收入支出决算总表**\n\n| 项目 | 行次 | 金额 |\n| --- | --- | --- |\n\
         | 一、一般公共预算财政拨款收入 | 1 | 4,863.25 |\n\n## 第三部分 2024年度部门决算情况说明\n\n2024年度收入总计4,863.25万元。\n",
    );
    let got = common::outline(&doc);
    let titles: Vec<(usize, &str, &str)> = got.iter().map(|(d, m, _, t)| (*d, m.as_str(), t.as_str())).collect();
    assert_eq!(
        titles,
        [
            (0, "第一部分", "部门概况"),
            (1, "一、", "主要职能"),
            (0, "第二部分", "2024年度部门决算表"),
            (0, "第三部分", "2024年度部门决算情况说明")
        ]
    );
    let toc = all_blocks(&doc).into_iter().any(|b| matches!(b, Block::Toc(t) if t.entries.len() == 4));
    assert!(toc, "the TOC should hold its blank line and three link entries");
}

/// A bad capture's HTML tables: every `<table>`/`<tr>`/`<td>` line is a
/// table line, so cells opening with `一、`/`（一）`/`1.` are no headings.
#[test]
fn html_table_lines_are_table_rows_not_headings() {
    let doc = parse_checked(
        "<p>一、总体情况</p>\n<p>全年主动公开政府信息248条。</p>\n<p>二、收到和处理政府信息公开申请情况</p>\n<table border=\"1\">\n\
         <tr><td colspan=\"3\">一、本年新收政府信息公开申请数量</td><td>5</td><td>6</td></tr>\n\
         <tr><td rowspan=\"2\">三、本年度办理结果</td><td>（一）予以公开</td><td>3</td><td>4</td></tr>\n<tr>\n\
         <td>（三）不予公开</td>\n<td>1.属于国家秘密</td>\n<td>0</td>\n</tr>\n</table>\n<p>三、存在的主要问题及改进情况</p>\n\
         <p>政策解读不够深入。</p>\n",
    );
    let got: Vec<String> = common::outline(&doc).into_iter().map(|(_, m, _, t)| m + &t).collect();
    assert_eq!(got, ["一、总体情况", "二、收到和处理政府信息公开申请情况", "三、存在的主要问题及改进情况"]);
    let t = tables(&doc);
    assert_eq!(t.len(), 1);
    let cells: Vec<&str> = t[0].lines[1].cells.iter().map(|c| doc.text(*c)).collect();
    assert_eq!(cells, ["一、本年新收政府信息公开申请数量", "5", "6"]);
}

/// A marker alone on its line over its title (`第一部分` / `部门概况`, as a
/// converter splits a heading set in two runs) takes its title from the
/// next line; the title line is no caption of the table under it, and a
/// `名词解释` title below `第四部分` still makes a glossary.
#[test]
fn a_marker_alone_takes_its_title_from_the_next_line() {
    let doc = parse_checked(
        "青禾县林业局2024年度部门决算\n第一部分\n部门概况\n一、主要职能\n负责全县林业资源保护。\n第二部分\n2024年度部门决算表\n\
         公开01表\n单位：万元\n项目 行次 金额\n一、一般公共预算财政拨款收入 1 3,186.52\n本年收入合计 7 3,506.52\n第三部分\n\n\
         2024年度部门决算情况说明\n（一）\n财政拨款支出决算总体情况\n2024年度财政拨款支出3,186.52万元。\n第四部分\n名词解释\n\
         一、财政拨款收入：指县级财政当年拨付的资金。\n二、机关运行经费：指为保障行政单位运行的资金。\n",
    );
    let got: Vec<(usize, String, String)> = common::outline(&doc).into_iter().map(|(d, m, _, t)| (d, m, t)).collect();
    let want = [
        (0, "第一部分", "部门概况"),
        (1, "一、", "主要职能"),
        (0, "第二部分", "2024年度部门决算表"),
        (0, "第三部分", "2024年度部门决算情况说明"),
        (1, "（一）", "财政拨款支出决算总体情况"),
        (0, "第四部分", "名词解释"),
    ];
    let want: Vec<(usize, String, String)> = want.iter().map(|&(d, m, t)| (d, m.into(), t.into())).collect();
    assert_eq!(got, want);
    assert_eq!(tables(&doc).len(), 1);
}

#[test]
fn digits_a_converter_spaced_apart_are_text_not_table_cells() {
    // PDF text that spaces every digit: a heading and a sentence with
    // spaced years and counts are no table rows; a row of counts still is.
    let text = "一、2 0 2 4 年工作回顾\n全年办理案件 1 4 件、合同协议 6 7 份，群众满意\n\
                二、主动公开情况\n信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 1 0 11\n行政规范性文件 8 26 66\n\
                三、2 0 2 5 年工作安排\n继续做好各项工作。\n";
    let doc = parse_checked(text);
    assert_eq!(outline_text(&doc), ["一、2 0 2 4 年工作回顾", "二、主动公开情况", "三、2 0 2 5 年工作安排"]);
    let tables: Vec<usize> = doc
        .all_sections()
        .flat_map(|s| s.body.iter())
        .filter_map(|b| match b {
            Block::Table(t) => Some(t.rows().count()),
            _ => None,
        })
        .collect();
    assert_eq!(tables, [3], "one table, its header and two rows");
}
