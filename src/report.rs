//! [`Report`]: the plain data of a parsed report, and the one JSON schema.
//!
//! [`Document::to_report`] copies the tree, metadata, indicators and
//! diagnostics into owned values with their text; `serde_json::to_string`
//! of a [`Document`] writes exactly the JSON of its `Report`, and reading
//! that JSON back gives an equal `Report`:
//!
//! ```
//! # #[cfg(feature = "serde")]
//! # fn main() -> Result<(), serde_json::Error> {
//! let doc = gongwen::parse("某镇2024年度法治政府建设情况报告\n一、主要举措和成效\n全年办件30件。\n");
//! let json = serde_json::to_string(&doc)?;
//! assert_eq!(json, serde_json::to_string(&doc.to_report())?);
//! let back: gongwen::Report = serde_json::from_str(&json)?;
//! assert_eq!(back, doc.to_report());
//! assert_eq!(back.indicators[0].value, 30.0);
//! assert_eq!(back.sections[0].paragraphs().next().unwrap().text, "全年办件30件。");
//! # Ok(())
//! # }
//! # #[cfg(not(feature = "serde"))]
//! # fn main() {}
//! ```
//!
//! # The schema (version 1)
//!
//! Every key is always present; `null` only where the type says "or null".
//! Spans are byte offsets into the UTF-8 source: `{"start": int, "end": int}`.
//! Numbers of one key are always of one JSON type.
//!
//! | key | type | |
//! |---|---|---|
//! | `schema_version` | int | 1 for this schema; raised on any change of a key or a type |
//! | `title` | string or null | the title lines joined |
//! | `issuers` | list of string | issuing bodies, in order |
//! | `year` | int or null | the year the report covers |
//! | `signed` | string or null | date at the foot, `YYYY-MM-DD` |
//! | `published` | string or null | web publication time, `YYYY-MM-DDTHH:MM` or `YYYY-MM-DD` |
//! | `genre` | string | the kind of report ([`Genre`] name): `rule_of_law`, `government_work`, … |
//! | `source` | string or null | the page's `来源` |
//! | `encoding` | string | `utf-8`, `utf-16le`, `utf-16be`, `gb18030` |
//! | `length` | int | the source's length in bytes |
//! | `front` | list of block | blocks before the first heading |
//! | `sections` | list of section | top-level sections |
//! | `back` | list of block | blocks after the last section |
//! | `indicators` | list of indicator | every quantity stated, in order |
//! | `diagnostics` | list of diagnostic | what the parser noticed |
//!
//! A **section**:
//!
//! | key | type | |
//! |---|---|---|
//! | `heading` | heading | |
//! | `kind` | string or null | `measures`, `shortcomings`, `leadership`, `plans`, `other`; null below the top level or when none |
//! | `depth` | int | 0 for top-level sections |
//! | `span` | span | from the heading to the end of the last block |
//! | `body` | list of block | blocks before the first subsection |
//! | `children` | list of section | subsections |
//!
//! A **heading**: `marker` string (as written, `（一）`), `ordinal` int,
//! `style` string ([`MarkerStyle`] name), `title` string, `span`,
//! `marker_span`, `title_span` span, `terminator` span or null, `body`
//! paragraph or null (text run on after the title), `inline` bool.
//!
//! A **block**:
//!
//! | key | type | |
//! |---|---|---|
//! | `type` | string | `blank`, `clutter`, `title`, `addressee`, `paragraph`, `signature`, `table`, `toc` |
//! | `span` | span | the whole lines, indent and line break included |
//! | `text` | string | the text, trimmed (empty for `blank`); a paragraph wrapped over lines is joined without the breaks and page markers |
//! | `text_span` | span | where `text` is (empty, at `span.start`, for `blank`) |
//! | `items` | list of item | inline enumeration items (empty but for paragraphs) |
//! | `clutter` | string or null | the [`ClutterKind`] name of a `clutter` block |
//! | `role` | string or null | `issuer` or `date` for a `signature` block |
//! | `lines` | list of line | the physical lines of a `table`, a `toc`, or a paragraph wrapped over several lines; empty otherwise |
//!
//! A **line**: `span`, `text` string, `text_span`, `table_line` string or
//! null (`caption`, `unit`, `row`, `fragment`, `clutter` for a table's
//! lines), `cells` (a row's cells, each `span` and `text`).
//!
//! A **paragraph** (a heading's `body`): `span`, `text` string, `text_span`,
//! `items`. An **item**: `span`, `text` string, `marker` string (`二是`),
//! `marker_span`, `ordinal` int, `style` string (`shi`, `di`, `fangmian`).
//!
//! An **indicator**:
//!
//! | key | type | |
//! |---|---|---|
//! | `span` | span | the quantity as written |
//! | `text` | string | the quantity as written (`约135.9万元`) |
//! | `value` | float | the value in the base unit (万 multiplied out) |
//! | `value_text` | string | the same value as an exact decimal (`1359000`) |
//! | `upper` | float or null | the high end of a range |
//! | `upper_text` | string or null | the same, exact |
//! | `unit` | string | the base unit (`件`, `元`, `%`) |
//! | `kind` | string | `count`, `money`, `percent`, `change`, `duration`, `measure` |
//! | `qualifiers` | list of string | `approx`, `more_than`, `at_least`, `less_than`, `nearly` |
//! | `direction` | string or null | `up` or `down` for a change |
//! | `label` | string | what is counted; empty if unknown |
//! | `section` | list of {`marker` string, `title` string} | the headings above, outermost first |
//! | `sentence` | string | the sentence it is in |
//! | `sentence_span` | span | where the sentence is |
//!
//! A **diagnostic**: `rule` string ([`Rule`] name), `span`, `line` int,
//! `column` int (both from 1; the column counts chars), `message` string.

use crate::analysis::genre::Genre;
use crate::analysis::indicators::Indicator;
use crate::diagnostic::Rule;
use crate::document::Document;
use crate::quantity::{Direction, Qualifier, QuantityKind};
use crate::span::Span;
use crate::syntax::tree::{self, ClutterKind, ItemStyle, MarkerStyle, PartKind, SignatureRole, TableLineKind};
#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// The version of the JSON schema, the `schema_version` key.
pub const SCHEMA_VERSION: u32 = 1;

/// A parsed report as plain data: what [`Document`]'s JSON holds. See
/// [the schema](crate::report).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Report {
    /// [`SCHEMA_VERSION`] when written by this crate.
    pub schema_version: u32,
    /// The title lines joined.
    pub title: Option<String>,
    /// The issuing bodies, in order.
    pub issuers: Vec<String>,
    /// The year the report covers.
    pub year: Option<u16>,
    /// The date at the foot, `YYYY-MM-DD`.
    pub signed: Option<String>,
    /// The web publication time, `YYYY-MM-DDTHH:MM` or `YYYY-MM-DD`.
    pub published: Option<String>,
    /// What kind of report it is.
    pub genre: Genre,
    /// The web page's `来源`.
    pub source: Option<String>,
    /// The encoding the source was read in (`utf-8`, `gb18030`, …).
    pub encoding: String,
    /// The source's length in bytes.
    pub length: usize,
    /// Blocks before the first heading.
    pub front: Vec<Block>,
    /// The top-level sections.
    pub sections: Vec<Section>,
    /// Blocks after the last section.
    pub back: Vec<Block>,
    /// Every quantity stated, in order.
    pub indicators: Vec<ReportIndicator>,
    /// What the parser noticed.
    pub diagnostics: Vec<ReportDiagnostic>,
}

/// A section of a [`Report`].
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Section {
    /// The heading that opens it.
    pub heading: Heading,
    /// The part kind of a top-level section.
    pub kind: Option<PartKind>,
    /// 0 for top-level sections.
    pub depth: usize,
    /// From the heading to the end of the last block.
    pub span: Span,
    /// Blocks before the first subsection.
    pub body: Vec<Block>,
    /// Subsections.
    pub children: Vec<Section>,
}

impl Section {
    /// The paragraphs right under this section: the heading's run-in body,
    /// then the paragraph blocks of the body.
    pub fn paragraphs(&self) -> impl Iterator<Item = Paragraph> + '_ {
        let blocks = self.body.iter().filter(|b| b.kind == BlockType::Paragraph).map(|b| Paragraph {
            span: b.span,
            text: b.text.clone(),
            text_span: b.text_span,
            items: b.items.clone(),
        });
        self.heading.body.iter().cloned().chain(blocks)
    }
}

/// A heading of a [`Report`].
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Heading {
    /// The marker as written, e.g. `（一）`.
    pub marker: String,
    /// The number the marker stands for.
    pub ordinal: u32,
    /// The marker's numbering style.
    pub style: MarkerStyle,
    /// The heading's own words.
    pub title: String,
    /// The whole heading block.
    pub span: Span,
    /// Where the marker is.
    pub marker_span: Span,
    /// Where the title is.
    pub title_span: Span,
    /// The `。` or `：` that ended the title.
    pub terminator: Option<Span>,
    /// Text run on after the title on the same line.
    pub body: Option<Paragraph>,
    /// Found inside a line (flattened text).
    pub inline: bool,
}

/// A paragraph: a heading's run-in body.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Paragraph {
    /// The whole block.
    pub span: Span,
    /// The text, without indent or line end.
    pub text: String,
    /// Where the text is.
    pub text_span: Span,
    /// Inline enumeration items.
    pub items: Vec<Item>,
}

/// An inline enumeration item (`二是…`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Item {
    /// From its marker to the next item or the end of the paragraph.
    pub span: Span,
    /// Its text, marker included.
    pub text: String,
    /// The marker words (`二是`).
    pub marker: String,
    /// Where the marker is.
    pub marker_span: Span,
    /// The number the marker stands for.
    pub ordinal: u32,
    /// How it is introduced.
    pub style: ItemStyle,
}

/// What a [`Block`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum BlockType {
    /// Blank lines.
    Blank,
    /// Web-page clutter.
    Clutter,
    /// A title line.
    Title,
    /// The addressee.
    Addressee,
    /// Body text.
    Paragraph,
    /// A signature line.
    Signature,
    /// A table flattened into lines by a converter; its lines are in
    /// [`Block::lines`].
    Table,
    /// A table of contents: the `目录` line and its entries, in
    /// [`Block::lines`].
    Toc,
}

/// A physical line of a [`Block`]: a line of a table (with its cells), of
/// a table of contents, or of a paragraph hard-wrapped over several lines.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct BlockLine {
    /// The whole line, indent and line break included.
    pub span: Span,
    /// The line's text, trimmed.
    pub text: String,
    /// Where the text is.
    pub text_span: Span,
    /// What a table's line is (caption, unit, row…); null for other lines.
    pub table_line: Option<TableLineKind>,
    /// The cells of a table row, in order.
    pub cells: Vec<Cell>,
}

/// A cell of a table row.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Cell {
    /// Where the cell's text is.
    pub span: Span,
    /// The cell's text, trimmed.
    pub text: String,
}

/// A block of a [`Report`]: one shape for every type, so that a column
/// store reads them as one table.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Block {
    /// What the block is.
    #[cfg_attr(feature = "serde", serde(rename = "type"))]
    pub kind: BlockType,
    /// The whole lines, indent and line break included.
    pub span: Span,
    /// The text, trimmed; empty for blank lines.
    pub text: String,
    /// Where the text is.
    pub text_span: Span,
    /// Inline enumeration items of a paragraph.
    pub items: Vec<Item>,
    /// What a clutter block is.
    pub clutter: Option<ClutterKind>,
    /// What a signature line gives.
    pub role: Option<SignatureRole>,
    /// The physical lines of a table, a table of contents, or a paragraph
    /// wrapped over several lines; empty for a one-line block.
    pub lines: Vec<BlockLine>,
}

/// One step of an indicator's section path.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct PathStep {
    /// The marker as written.
    pub marker: String,
    /// The heading title.
    pub title: String,
}

/// An indicator of a [`Report`].
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct ReportIndicator {
    /// The quantity as written.
    pub span: Span,
    /// The quantity as written.
    pub text: String,
    /// The value in the base unit, as the nearest `f64`.
    pub value: f64,
    /// The value as an exact decimal.
    pub value_text: String,
    /// The high end of a range.
    pub upper: Option<f64>,
    /// The high end of a range, exact.
    pub upper_text: Option<String>,
    /// The base unit.
    pub unit: String,
    /// What sort of quantity it is.
    pub kind: QuantityKind,
    /// The qualifiers, in the order written.
    pub qualifiers: Vec<Qualifier>,
    /// Which way a change went.
    pub direction: Option<Direction>,
    /// What is counted; empty if unknown.
    pub label: String,
    /// The headings above, outermost first.
    pub section: Vec<PathStep>,
    /// The sentence it is in.
    pub sentence: String,
    /// Where the sentence is.
    pub sentence_span: Span,
}

/// A diagnostic of a [`Report`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct ReportDiagnostic {
    /// The rule.
    pub rule: Rule,
    /// Where.
    pub span: Span,
    /// The line of `span.start`, from 1.
    pub line: usize,
    /// The column of `span.start` in chars, from 1.
    pub column: usize,
    /// A short lowercase message.
    pub message: String,
}

impl Document {
    /// This report as plain data, with its text: see [`Report`] and
    /// [the schema](crate::report). Its JSON is the document's JSON.
    pub fn to_report(&self) -> Report {
        let m = self.metadata();
        Report {
            schema_version: SCHEMA_VERSION,
            title: m.title.clone(),
            issuers: m.issuers.clone(),
            year: m.year,
            signed: m.signed.map(|d| d.to_string()),
            published: m.published.map(|d| d.to_string()),
            genre: self.genre(),
            source: m.source.clone(),
            encoding: self.encoding().name().to_owned(),
            length: self.source().len(),
            front: self.front().iter().map(|b| block(self, b)).collect(),
            sections: self.sections().iter().map(|s| section(self, s)).collect(),
            back: self.back().iter().map(|b| block(self, b)).collect(),
            indicators: self.indicators().iter().map(|i| indicator(self, i)).collect(),
            diagnostics: self
                .diagnostics()
                .iter()
                .map(|d| ReportDiagnostic {
                    rule: d.rule,
                    span: d.span,
                    line: d.line,
                    column: d.column,
                    message: d.message.clone(),
                })
                .collect(),
        }
    }
}

/// One JSON schema: the document's JSON is its [`Report`]'s.
#[cfg(feature = "serde")]
impl Serialize for Document {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.to_report().serialize(s)
    }
}

/// The section, built with an explicit stack: the tree may be deep.
fn section(doc: &Document, top: &tree::Section) -> Section {
    fn shallow(doc: &Document, s: &tree::Section) -> Section {
        Section {
            heading: heading(doc, &s.heading),
            kind: s.kind,
            depth: s.depth,
            span: s.span,
            body: s.body.iter().map(|b| block(doc, b)).collect(),
            children: Vec::with_capacity(s.children.len()),
        }
    }
    // Each frame: the section being built and the children still to visit.
    let mut stack: Vec<(Section, std::slice::Iter<'_, tree::Section>)> = vec![(shallow(doc, top), top.children.iter())];
    loop {
        let Some(frame) = stack.last_mut() else { unreachable!("the stack holds the top section until it returns") };
        match frame.1.next() {
            Some(child) => {
                let built = shallow(doc, child);
                stack.push((built, child.children.iter()));
            }
            None => {
                let (done, _) = stack.pop().unwrap_or_else(|| unreachable!());
                match stack.last_mut() {
                    Some(parent) => parent.0.children.push(done),
                    None => return done,
                }
            }
        }
    }
}

fn heading(doc: &Document, h: &tree::Heading) -> Heading {
    Heading {
        marker: h.marker.text.to_string(),
        ordinal: h.marker.ordinal,
        style: h.marker.style,
        title: h.title.to_string(),
        span: h.span,
        marker_span: h.marker.span,
        title_span: h.title_span,
        terminator: h.terminator,
        body: h.body.as_ref().map(|p| paragraph(doc, p)),
        inline: h.inline,
    }
}

fn paragraph(doc: &Document, p: &tree::Paragraph) -> Paragraph {
    Paragraph {
        span: p.span,
        text: p.joined(doc.source()).into_owned(),
        text_span: p.text,
        items: items(doc, &p.items),
    }
}

fn items(doc: &Document, items: &[tree::Item]) -> Vec<Item> {
    items
        .iter()
        .map(|i| Item {
            span: i.span,
            text: doc.text(i.span).to_owned(),
            marker: doc.text(i.marker).to_owned(),
            marker_span: i.marker,
            ordinal: i.ordinal,
            style: i.style,
        })
        .collect()
}

fn block(doc: &Document, b: &tree::Block) -> Block {
    let line = |kind, span: Span, text: Span| Block {
        kind,
        span,
        text: doc.text(text).to_owned(),
        text_span: text,
        items: Vec::new(),
        clutter: None,
        role: None,
        lines: Vec::new(),
    };
    let plain = |l: &tree::Line| BlockLine {
        span: l.span,
        text: doc.text(l.text).to_owned(),
        text_span: l.text,
        table_line: None,
        cells: Vec::new(),
    };
    match b {
        tree::Block::Blank { span } => line(BlockType::Blank, *span, Span::empty(span.start)),
        tree::Block::Clutter(c) => Block { clutter: Some(c.kind), ..line(BlockType::Clutter, c.span, c.text) },
        tree::Block::Title(l) => line(BlockType::Title, l.span, l.text),
        tree::Block::Addressee(l) => line(BlockType::Addressee, l.span, l.text),
        tree::Block::Paragraph(p) => Block {
            text: p.joined(doc.source()).into_owned(),
            items: items(doc, &p.items),
            lines: p.lines().iter().map(plain).collect(),
            ..line(BlockType::Paragraph, p.span, p.text)
        },
        tree::Block::Signature(s) => Block { role: Some(s.role), ..line(BlockType::Signature, s.span, s.text) },
        tree::Block::Table(t) => Block {
            lines: t
                .lines
                .iter()
                .map(|l| BlockLine {
                    table_line: Some(l.kind),
                    cells: l.cells.iter().map(|c| Cell { span: *c, text: doc.text(*c).to_owned() }).collect(),
                    ..plain(&tree::Line { span: l.span, text: l.text })
                })
                .collect(),
            ..line(BlockType::Table, t.span, t.text_span())
        },
        tree::Block::Toc(t) => Block {
            lines: std::iter::once(&t.head).chain(&t.entries).map(plain).collect(),
            ..line(BlockType::Toc, t.span, t.head.text)
        },
    }
}

fn indicator(doc: &Document, i: &Indicator) -> ReportIndicator {
    ReportIndicator {
        span: i.span,
        text: i.text.to_string(),
        value: i.value.to_f64(),
        value_text: i.value.to_string(),
        upper: i.upper.map(|u| u.to_f64()),
        upper_text: i.upper.map(|u| u.to_string()),
        unit: i.unit.to_string(),
        kind: i.kind,
        qualifiers: i.qualifiers.to_vec(),
        direction: i.direction,
        label: i.label.to_string(),
        section: i
            .section
            .iter()
            .map(|s| PathStep { marker: s.marker.to_string(), title: s.title.to_string() })
            .collect(),
        sentence: doc.text(i.sentence).to_owned(),
        sentence_span: i.sentence,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "某镇人民政府\n关于2024年度法治政府建设情况的报告\n来源：镇政府办\n\
        一、主要举措和成效\n（一）强化领导。全年办件约3084件，经费135.9万元，同比增长12.5%。\n\
        一是加强学习。二是完善制度。\n三、下一年度主要安排\n\n继续推进，培训3至5次。\n某镇人民政府\n2025年3月5日\n";

    #[cfg(feature = "serde")]
    #[test]
    fn tables_and_their_cells_round_trip() {
        let text = "一、收到申请情况\n表1 申请情况\n单位：件\n申请人 自然人 法人 总计\n新收申请 12 3 15\n办结 10 3 13\n二、存在问题\n问题不少。\n";
        let doc = crate::parse(text);
        let r = doc.to_report();
        let table = r.sections[0].body.iter().find(|b| b.kind == BlockType::Table).expect("a table block");
        let row = table.lines.iter().find(|l| l.cells.first().is_some_and(|c| c.text == "新收申请")).expect("a row");
        assert_eq!(row.table_line, Some(TableLineKind::Row));
        assert_eq!(row.cells.iter().map(|c| c.text.as_str()).collect::<Vec<_>>(), ["新收申请", "12", "3", "15"]);
        for c in &row.cells {
            assert_eq!(&text[c.span.start..c.span.end], c.text);
        }
        let json = serde_json::to_string(&r).unwrap();
        assert_eq!(serde_json::from_str::<Report>(&json).unwrap(), r);
    }

    #[cfg(feature = "serde")]
    #[test]
    fn the_report_json_round_trips() {
        let doc = crate::parse(TEXT);
        let report = doc.to_report();
        let json = serde_json::to_string(&report).unwrap();
        assert_eq!(json, serde_json::to_string(&doc).unwrap(), "one schema");
        let back: Report = serde_json::from_str(&json).unwrap();
        assert_eq!(back, report);
        assert_eq!(serde_json::to_string(&back).unwrap(), json, "JSON → Report → JSON is the identity");
    }

    #[test]
    fn the_report_carries_text() {
        let doc = crate::parse(TEXT);
        let r = doc.to_report();
        assert_eq!(r.schema_version, SCHEMA_VERSION);
        assert_eq!(r.signed.as_deref(), Some("2025-03-05"));
        let sub = &r.sections[0].children[0];
        assert_eq!(sub.heading.title, "强化领导");
        assert_eq!(sub.heading.body.as_ref().unwrap().text, "全年办件约3084件，经费135.9万元，同比增长12.5%。");
        let para = sub.paragraphs().nth(1).unwrap();
        assert_eq!(
            para.items.iter().map(|i| i.text.as_str()).collect::<Vec<_>>(),
            ["一是加强学习。", "二是完善制度。"]
        );
        assert_eq!(para.items[1].marker, "二是");
        let money = r.indicators.iter().find(|i| i.unit == "元").unwrap();
        assert_eq!((money.value, money.value_text.as_str()), (1_359_000.0, "1359000"));
        assert_eq!(money.sentence, "全年办件约3084件，经费135.9万元，同比增长12.5%。");
        assert_eq!(money.section.iter().map(|s| s.title.as_str()).collect::<Vec<_>>(), ["主要举措和成效", "强化领导"]);
        let range = r.indicators.iter().find(|i| i.upper.is_some()).unwrap();
        assert_eq!((range.value, range.upper, range.upper_text.as_deref()), (3.0, Some(5.0), Some("5")));
        let clutter = r.front.iter().find(|b| b.kind == BlockType::Clutter).unwrap();
        assert_eq!((clutter.text.as_str(), clutter.clutter), ("来源：镇政府办", Some(ClutterKind::Source)));
        let gap = r.diagnostics.iter().find(|d| d.rule == Rule::OrdinalGap).unwrap();
        assert_eq!((gap.line, gap.column), (7, 1));
        assert!(r.back.iter().any(|b| b.role == Some(SignatureRole::Date) && b.text == "2025年3月5日"));
    }

    #[cfg(feature = "serde")]
    #[test]
    fn every_key_is_always_present_and_numbers_keep_their_type() {
        let doc = crate::parse(TEXT);
        let v = serde_json::to_value(&doc).unwrap();
        let ind = v["indicators"].as_array().unwrap();
        for i in ind {
            assert!(i["value"].is_f64(), "value is always a float: {i}");
            for key in ["upper", "upper_text", "direction", "sentence", "section"] {
                assert!(i.get(key).is_some(), "{key} in {i}");
            }
        }
        let blocks = v["front"].as_array().unwrap().iter().chain(v["back"].as_array().unwrap());
        for b in blocks {
            for key in ["type", "span", "text", "text_span", "items", "clutter", "role", "lines"] {
                assert!(b.get(key).is_some(), "{key} in {b}");
            }
        }
        // An empty document has the same keys.
        let empty = serde_json::to_value(crate::parse("")).unwrap();
        let keys = |v: &serde_json::Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
        assert_eq!(keys(&empty), keys(&v));
    }

    #[test]
    fn a_deep_tree_converts_without_recursion_limits() {
        let text: String = (0..2000).map(|i| format!("{}、甲\n（一）乙\n1.丙\n（1）丁\n", i % 9 + 1)).collect();
        let doc = crate::parse(&text);
        let r = doc.to_report();
        let count = |s: &[Section]| {
            let mut n = 0;
            let mut stack: Vec<&Section> = s.iter().collect();
            while let Some(s) = stack.pop() {
                n += 1;
                stack.extend(&s.children);
            }
            n
        };
        assert_eq!(count(&r.sections), doc.all_sections().count());
    }
}
