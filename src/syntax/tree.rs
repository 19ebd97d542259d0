//! The typed document tree: the syntax layer.
//!
//! A [`Document`](crate::Document) is a title block and preamble (`front`),
//! nested [`Section`]s, and back matter (`back`: signature, trailing clutter).
//! Every node carries a [`Span`] into the source, and the tree is lossless:
//! [`Document::leaves`](crate::Document::leaves) yields leaves that cover the
//! source exactly once, in order.

use crate::span::Span;
use crate::SmallString;
#[cfg(feature = "serde")]
use serde::ser::SerializeStruct;
#[cfg(feature = "serde")]
use serde::{Serialize, Serializer};

/// One of the five parts required by 《法治政府建设与责任落实督察工作规定》.
///
/// Defined with the nodes (it is the type of [`Section::kind`]); the
/// classifier that decides it is an analysis over the tree.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum PartKind {
    /// 主要举措和成效: the measures taken and their results.
    Measures,
    /// 存在的不足和原因: shortcomings and their causes.
    Shortcomings,
    /// 党政主要负责人履行推进法治建设第一责任人职责: how the leaders did their duty.
    Leadership,
    /// 下一年度主要安排: plans for the next year.
    Plans,
    /// 其他需要报告的情况: other matters.
    Other,
}

impl PartKind {
    /// All five, in the order the rules list them.
    pub const ALL: [PartKind; 5] =
        [PartKind::Measures, PartKind::Shortcomings, PartKind::Leadership, PartKind::Plans, PartKind::Other];

    /// The JSON name: `measures`, `shortcomings`, `leadership`, `plans`, `other`.
    pub const fn name(self) -> &'static str {
        match self {
            PartKind::Measures => "measures",
            PartKind::Shortcomings => "shortcomings",
            PartKind::Leadership => "leadership",
            PartKind::Plans => "plans",
            PartKind::Other => "other",
        }
    }
}

impl std::fmt::Display for PartKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// The numbering style of a heading marker.
///
/// The order of the variants is the order of GB/T 9704 (with `第一部分`
/// above it and `①` below it); [`MarkerStyle::gb_rank`] gives it as a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum MarkerStyle {
    /// `第一部分`, `第二章`: a part above the first GB/T level.
    Part,
    /// `第一节`: a section within a chapter (`第一章` / `第一节` / `一、`), as
    /// plans and plan-like summaries are laid out. Its GB/T rank is a
    /// part's; where parts of another kind (`第一章`) stand in the same
    /// report, it is ranked one level below them.
    Section,
    /// `一、` `十一、`: a Chinese numeral and an enumeration comma.
    ChineseComma,
    /// `（一）` `(一)` `（一)`: a Chinese numeral in brackets of either width.
    ChineseParen,
    /// `1.` `1．` `１．`: Arabic digits and a dot of either width.
    ArabicDot,
    /// `1、`: Arabic digits and an enumeration comma.
    ArabicComma,
    /// `（1）` `(1)`: Arabic digits in brackets of either width.
    ArabicParen,
    /// `①` … `⑳`: a circled number.
    Circled,
    /// `a.` `b)` `A．`: a Latin letter and a dot or a closing bracket, the
    /// lowest level, as Word's lost auto-numbering leaves it under `（1）`.
    /// The ordinal is the letter's place in the alphabet (`a` = 1).
    Latin,
    /// An appendix or glossary standing alone at the top level: `附件1`,
    /// `附表2` (ordinal from the number), or `名词解释`, `注释`, `附录`
    /// (marker text empty, ordinal 0).
    Appendix,
    /// A heading without a number: a short line standing alone above
    /// numbered sub-headings (`2026年重点工作` above `（一）…`). The marker
    /// text is empty and the ordinal 0; the level is the one above its
    /// sub-headings.
    Unnumbered,
}

impl MarkerStyle {
    /// Rank in the GB/T 9704 order, 0 for the highest (`第一部分`).
    /// `1.` and `1、` share a rank: they are two spellings of level 3.
    pub const fn gb_rank(self) -> u8 {
        match self {
            MarkerStyle::Part | MarkerStyle::Section => 0,
            MarkerStyle::ChineseComma => 1,
            MarkerStyle::ChineseParen => 2,
            MarkerStyle::ArabicDot | MarkerStyle::ArabicComma => 3,
            MarkerStyle::ArabicParen => 4,
            MarkerStyle::Circled => 5,
            MarkerStyle::Latin => 6,
            MarkerStyle::Appendix | MarkerStyle::Unnumbered => 0,
        }
    }

    /// A short stable name, as in the JSON (`chinese_comma`, …).
    pub const fn name(self) -> &'static str {
        match self {
            MarkerStyle::Part => "part",
            MarkerStyle::Section => "section",
            MarkerStyle::ChineseComma => "chinese_comma",
            MarkerStyle::ChineseParen => "chinese_paren",
            MarkerStyle::ArabicDot => "arabic_dot",
            MarkerStyle::ArabicComma => "arabic_comma",
            MarkerStyle::ArabicParen => "arabic_paren",
            MarkerStyle::Circled => "circled",
            MarkerStyle::Latin => "latin",
            MarkerStyle::Appendix => "appendix",
            MarkerStyle::Unnumbered => "unnumbered",
        }
    }
}

/// A heading's ordinal marker such as `（三）`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[non_exhaustive]
pub struct Marker {
    /// The numbering style.
    pub style: MarkerStyle,
    /// The number the marker stands for: 3 for `（三）`, 11 for `十一、`.
    pub ordinal: u32,
    /// The marker as written, without surrounding white space.
    pub text: SmallString,
    /// Where the marker is.
    pub span: Span,
}

/// A heading: marker, title, and the body that may run on after the title
/// on the same line (`（一）坚持依法行政。依法接受…`).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Heading {
    /// The whole heading block: indent, marker, title, terminator, run-in
    /// body and the line break.
    pub span: Span,
    /// The ordinal marker.
    pub marker: Marker,
    /// The heading's own words: after the marker, up to the first `。`, `：`
    /// or `:` of the line, trimmed.
    pub title: SmallString,
    /// Where the title is.
    pub title_span: Span,
    /// The `。`, `：` or `:` that ended the title, if any.
    pub terminator: Option<Span>,
    /// Text that runs on after the terminator on the same line.
    pub body: Option<Paragraph>,
    /// True when the heading was found inside a line, after a `。`
    /// (flattened text), rather than at a line start.
    pub inline: bool,
    /// What interrupts the heading's text, in order: the line breaks and
    /// indents of a title wrapped over lines, page markers between the
    /// pieces, and markdown marks (`##`, `**`) around the title. Each is a
    /// leaf of its own; [`Heading::title`] is read without them. Empty
    /// for most headings (a boxed slice, not a vector: no room to grow).
    pub breaks: Box<[Leaf]>,
}

/// A paragraph: a logical paragraph of body text (or the run-in body of a
/// heading). In text hard-wrapped at a page width (PDF and Word
/// conversions) it runs over several lines, and over the page markers
/// between them; elsewhere it is one line.
///
/// The physical lines and breaks of a wrapped paragraph are read with
/// [`Paragraph::lines`] and [`Paragraph::breaks`]; they are boxed together,
/// so that the paragraphs of text that was not wrapped (most, and all of a
/// text of many short lines) do not carry two empty vectors each.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Paragraph {
    /// The whole block: indent, text, trailing white space and line break.
    pub span: Span,
    /// The text, without indent or line end: from the first line's text to
    /// the last line's (the breaks in between are in [`Paragraph::breaks`]).
    pub text: Span,
    /// Inline enumeration items (`一是…二是…`, `（1）…（2）…`, glossary
    /// entries) inside the text, in order.
    pub items: Vec<Item>,
    /// The lines and breaks of a wrapped paragraph, when it has any.
    wrap: Option<Box<Wrap>>,
}

/// The physical lines and the breaks of a paragraph that runs over more
/// than one line, boxed together.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Wrap {
    lines: Vec<Line>,
    breaks: Vec<Leaf>,
}

impl Heading {
    /// Add `breaks`, in source order, to the heading's own.
    pub(crate) fn add_breaks(&mut self, breaks: Vec<Leaf>) {
        if breaks.is_empty() {
            return;
        }
        self.breaks = if self.breaks.is_empty() {
            breaks.into_boxed_slice()
        } else {
            let mut all: Vec<Leaf> = self.breaks.iter().copied().chain(breaks).collect();
            all.sort_unstable_by_key(|b| b.span.start);
            all.into_boxed_slice()
        };
    }
}

impl Paragraph {
    /// A paragraph from its parts (`lines` and `breaks` empty for a
    /// one-line paragraph).
    #[inline]
    pub(crate) fn new(span: Span, text: Span, items: Vec<Item>, lines: Vec<Line>, breaks: Vec<Leaf>) -> Paragraph {
        // The vectors as they come: made exact, each would be copied again.
        let wrap = (!lines.is_empty() || !breaks.is_empty()).then(|| Box::new(Wrap { lines, breaks }));
        Paragraph { span, text, items, wrap }
    }

    /// The physical lines of a paragraph that runs over more than one,
    /// each with its indent and line break; empty for a one-line paragraph
    /// (and then left out of the JSON).
    pub fn lines(&self) -> &[Line] {
        self.wrap.as_ref().map_or(&[], |w| &w.lines)
    }

    /// Line breaks, indents and page clutter inside `text`, as leaves, in
    /// order; empty for a one-line paragraph. Not in the JSON (the leaves
    /// give them).
    pub fn breaks(&self) -> &[Leaf] {
        self.wrap.as_ref().map_or(&[], |w| &w.breaks)
    }

    /// The paragraph's text as a reader sees it: the text of its lines
    /// joined without the line breaks, indents and page clutter between
    /// them. Borrowed for a one-line paragraph.
    pub(crate) fn joined<'s>(&self, source: &'s str) -> std::borrow::Cow<'s, str> {
        without_breaks(source, self.text, self.breaks())
    }
}

#[cfg(feature = "serde")]
impl Serialize for Paragraph {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Paragraph", 4)?;
        st.serialize_field("span", &self.span)?;
        st.serialize_field("text", &self.text)?;
        st.serialize_field("items", &self.items)?;
        if self.lines().is_empty() {
            st.skip_field("lines")?;
        } else {
            st.serialize_field("lines", self.lines())?;
        }
        st.end()
    }
}

/// The text of `span` without the `breaks` that lie inside it (line
/// breaks, indents, page markers and marks of a wrapped paragraph or
/// heading title): borrowed when none does. `breaks` are in order.
pub(crate) fn without_breaks<'s>(source: &'s str, span: Span, breaks: &[Leaf]) -> std::borrow::Cow<'s, str> {
    let mut inner = breaks.iter().filter(|b| span.contains(b.span)).peekable();
    if inner.peek().is_none() {
        return std::borrow::Cow::Borrowed(&source[span]);
    }
    let mut out = String::with_capacity(span.len());
    let mut at = span.start;
    for b in inner {
        if b.span.start > at {
            out.push_str(&source[at..b.span.start]);
        }
        at = at.max(b.span.end);
    }
    if span.end > at {
        out.push_str(&source[at..span.end]);
    }
    std::borrow::Cow::Owned(out)
}

/// How an inline enumeration item is introduced.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum ItemStyle {
    /// `一是…二是…`
    Shi,
    /// `第一，…第二，…`
    Di,
    /// `一方面…另一方面…`
    Fangmian,
    /// `（1）…（2）…` inside a paragraph, and numbered glossary entries
    /// (`1.“两重”：是指…`, `［1］…：`).
    Numbered,
}

/// An inline enumeration item such as `二是发挥“关键少数”示范引领作用。`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[non_exhaustive]
pub struct Item {
    /// From the item's marker to the next item or the end of the paragraph text.
    pub span: Span,
    /// The marker words (`二是`, `第二`, `另一方面`).
    pub marker: Span,
    /// The number the marker stands for.
    pub ordinal: u32,
    /// How the item is introduced.
    pub style: ItemStyle,
}

/// A line of text outside the body: a title line, an addressee, a
/// signature line.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[non_exhaustive]
pub struct Line {
    /// The whole line with indent and line break.
    pub span: Span,
    /// The text alone, trimmed.
    pub text: Span,
}

/// What a piece of web-page clutter is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum ClutterKind {
    /// `当前位置：首页 > …`
    Breadcrumb,
    /// `发布时间：2024-03-28 16:58`, `发布日期：…`, a bare date-time line.
    Published,
    /// `来源：…`, `信息来源：…`, `文章来源：…`
    Source,
    /// `【字体：大 中 小】`, `字号`
    FontSize,
    /// `分享到：`
    Share,
    /// `打印`, `关闭`, `【打印本页】`
    PageAction,
    /// `扫一扫在手机打开当前页`
    QrCode,
    /// A site clock such as `今天是：2019年10月31日 星期三`.
    SiteClock,
    /// `索引号`, `发布机构`, `成文日期`, `主题分类` metadata rows.
    IndexBlock,
    /// `第1页共4页`, `上一篇`, `下一篇`.
    Navigation,
    /// `浏览次数：`, `点击：`
    Views,
    /// A site column or channel name above the title (`法治政府建设`, `政务公开`).
    Column,
    /// Markup left around a line by a converter or a bad capture: markdown
    /// marks (`**`, `#`), HTML tags and entities (`<p>`, `&nbsp;`), or a
    /// line of tags alone.
    Markup,
    /// A page marker of converted text: `- 1 -`, `— 7 —`, `第1页 共4页`.
    PageMarker,
    /// A running header or footer of converted text: a short line repeated
    /// on the pages (the document's title, the issuer's name).
    RunningHeader,
}

/// A line of web-page clutter, kept so that the tree stays lossless.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[non_exhaustive]
pub struct Clutter {
    /// The whole line with indent and line break.
    pub span: Span,
    /// The text alone, trimmed.
    pub text: Span,
    /// What it is (from the line's first recognised word).
    pub kind: ClutterKind,
}

/// What a signature line gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum SignatureRole {
    /// The issuing body, e.g. `象山县贤庠镇人民政府`.
    Issuer,
    /// The date, e.g. `2023年2月21日`.
    Date,
}

/// A line of the signature at the foot.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[non_exhaustive]
pub struct SignatureLine {
    /// The whole line with indent and line break.
    pub span: Span,
    /// The text alone, trimmed.
    pub text: Span,
    /// Issuer or date.
    pub role: SignatureRole,
}

/// A block: a span of whole lines (or, in flattened text, of a line) that
/// is not a heading.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "serde", serde(tag = "type", rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Block {
    /// One or more lines holding only white space: a run of blank lines
    /// is one block (and one [`LeafKind::Blank`] leaf), whatever its
    /// length. The document's JSON writes one `blank` block for each line.
    Blank {
        /// The blank lines with their line breaks.
        span: Span,
    },
    /// Web-page clutter.
    Clutter(Clutter),
    /// A line of the title.
    Title(Line),
    /// The addressee, e.g. `县委、县政府：`.
    Addressee(Line),
    /// Body text.
    Paragraph(Paragraph),
    /// A line of the signature.
    Signature(SignatureLine),
    /// A table: its caption, unit and header lines and its rows.
    Table(Table),
    /// A table of contents: the `目录` line and its entries. Boxed, as
    /// the largest node and a rare one: every block is the size of the
    /// largest kind.
    Toc(Box<Toc>),
}

/// What a line of a [`Table`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum TableLineKind {
    /// A caption: `表1 …`, `…决算总表`, `## 表二：…`.
    Caption,
    /// A unit line: `单位：万元`, `（单位：件）`.
    Unit,
    /// A row of cells (a header row, a data row, a markdown `|---|` rule).
    Row,
    /// A fragment of a cell broken over lines or written vertically.
    Fragment,
    /// A page marker or a blank line inside the table.
    Clutter,
}

/// A line of a [`Table`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[non_exhaustive]
pub struct TableLine {
    /// The whole line with indent and line break.
    pub span: Span,
    /// The text alone, trimmed.
    pub text: Span,
    /// What the line is.
    pub kind: TableLineKind,
    /// The cells of a row, in order, each trimmed (empty for other kinds).
    pub cells: Vec<Span>,
}

/// A table flattened into lines of text by a converter.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[non_exhaustive]
pub struct Table {
    /// From the first line of the table to the end of its last.
    pub span: Span,
    /// Its lines, in order.
    pub lines: Vec<TableLine>,
}

impl Table {
    /// From the first line's text to the last line's, trimmed.
    pub fn text_span(&self) -> Span {
        match (self.lines.first(), self.lines.last()) {
            (Some(a), Some(b)) => Span::new(a.text.start, b.text.end.max(a.text.start)),
            _ => Span::empty(self.span.start),
        }
    }

    /// The rows with cells.
    pub fn rows(&self) -> impl Iterator<Item = &TableLine> {
        self.lines.iter().filter(|l| l.kind == TableLineKind::Row)
    }
}

/// A table of contents: the `目录` line and its entries, kept out of the
/// outline.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[non_exhaustive]
pub struct Toc {
    /// From the `目录` line to the end of the last entry.
    pub span: Span,
    /// The `目录` line.
    pub head: Line,
    /// The entries and the blank or clutter lines between them, in order.
    pub entries: Vec<Line>,
}

impl Block {
    /// The block's span, line break included.
    pub fn span(&self) -> Span {
        match self {
            Block::Blank { span } => *span,
            Block::Clutter(c) => c.span,
            Block::Title(l) | Block::Addressee(l) => l.span,
            Block::Paragraph(p) => p.span,
            Block::Signature(s) => s.span,
            Block::Table(t) => t.span,
            Block::Toc(t) => t.span,
        }
    }
}

/// A section: a heading, the blocks under it up to its first subsection,
/// and its subsections.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[non_exhaustive]
pub struct Section {
    /// The heading that opens the section.
    pub heading: Heading,
    /// For a top-level section, which of the five statutory parts it is
    /// (see [`PartKind`]); `None` for subsections and unrecognised headings.
    /// The syntax layer leaves it `None`: the part analysis decides it.
    pub kind: Option<PartKind>,
    /// Blocks between the heading and the first subsection.
    pub body: Vec<Block>,
    /// Subsections, in order.
    pub children: Vec<Section>,
    /// From the heading's start to the end of the last block of the section.
    pub span: Span,
    /// Depth in the outline, 0 for top-level sections.
    pub depth: usize,
}

impl Section {
    /// This section and all its descendants in document order (pre-order;
    /// each has its [`depth`](Section::depth)). Iterative: no recursion.
    pub fn walk(&self) -> impl Iterator<Item = &Section> {
        walk_all(std::slice::from_ref(self))
    }
}

/// The sections of `sections` and all their descendants, in document order.
/// The stack holds one iterator per level rather than one entry per pending
/// section, so a whole document is walked with one small allocation.
pub(crate) fn walk_all(sections: &[Section]) -> impl Iterator<Item = &Section> {
    // Room for the seven heading styles nested under the top level.
    let mut levels = Vec::with_capacity(8);
    levels.push(sections.iter());
    std::iter::from_fn(move || loop {
        let level = levels.last_mut()?;
        match level.next() {
            Some(next) => {
                levels.push(next.children.iter());
                return Some(next);
            }
            None => {
                levels.pop();
            }
        }
    })
}

/// What a leaf of the tree holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum LeafKind {
    /// A UTF-8 byte order mark at the start.
    Bom,
    /// White space before a line's text (spaces, U+3000, NBSP, tabs).
    Indent,
    /// White space after a line's text and the line break.
    LineEnd,
    /// Blank lines.
    Blank,
    /// Clutter text: web-page clutter, and page markers, running headers
    /// and footers wherever they fall (inside a paragraph or a heading too).
    Clutter,
    /// Title text.
    Title,
    /// Addressee text.
    Addressee,
    /// A heading marker.
    Marker,
    /// White space between a marker and its title.
    Space,
    /// A heading title.
    HeadingTitle,
    /// The `。` or `：` ending a heading title.
    Terminator,
    /// Paragraph text outside any item.
    Text,
    /// An inline enumeration item.
    Item,
    /// Signature text.
    Signature,
    /// Text of a table line outside its cells (captions, units, fragments).
    TableText,
    /// A table cell.
    Cell,
    /// Separators between cells: `|`, `|---|` rules, spaces.
    CellSeparator,
    /// The `目录` line or an entry of a table of contents.
    TocEntry,
    /// Markdown marks around a heading: `##`, `**`.
    Markup,
}

/// A leaf: a span of source of one kind. The leaves of a document cover it
/// exactly once, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[non_exhaustive]
pub struct Leaf {
    /// What the bytes are.
    pub kind: LeafKind,
    /// Where they are.
    pub span: Span,
}

/// The nodes the syntax layer builds from a report: the BOM, the front
/// matter, the sections and the back matter. Every span indexes the source
/// it was parsed from.
#[derive(Debug, Default)]
pub(crate) struct SyntaxTree {
    /// The byte order mark, if the text opens with one.
    pub bom: Option<Span>,
    /// Blocks before the first heading.
    pub front: Vec<Block>,
    /// The top-level sections.
    pub sections: Vec<Section>,
    /// Blocks after the last section.
    pub back: Vec<Block>,
}

impl SyntaxTree {
    /// Every section, top-level and nested, in document order.
    pub(crate) fn all_sections(&self) -> impl Iterator<Item = &Section> {
        walk_all(&self.sections)
    }

    /// The paragraphs of the front matter.
    pub(crate) fn preamble(&self) -> impl Iterator<Item = &Paragraph> {
        paragraphs_of(&self.front)
    }

    /// The leaves of the tree in order, covering the source exactly once.
    pub(crate) fn leaves(&self) -> Vec<Leaf> {
        let mut out = Vec::new();
        if let Some(bom) = self.bom {
            out.push(Leaf { kind: LeafKind::Bom, span: bom });
        }
        for block in &self.front {
            block_leaves(block, &mut out);
        }
        let mut stack: Vec<&Section> = self.sections.iter().rev().collect();
        while let Some(section) = stack.pop() {
            heading_leaves(&section.heading, &mut out);
            for block in &section.body {
                block_leaves(block, &mut out);
            }
            stack.extend(section.children.iter().rev());
        }
        for block in &self.back {
            block_leaves(block, &mut out);
        }
        out.retain(|l| !l.span.is_empty());
        out
    }

    /// The runs of text that may state quantities, in document order: the
    /// paragraphs of the preamble, then each section's heading (title and
    /// run-in body) and paragraphs, depth first. A cursor, so that a reader
    /// can stop or pause anywhere; [`TextRuns::path`] gives the headings
    /// above the current run.
    pub(crate) fn text_runs(&self) -> TextRuns<'_> {
        TextRuns {
            front: self.front.iter(),
            body: [].iter(),
            stack: self.sections.iter().rev().map(|s| (0, s)).collect(),
            path: Vec::new(),
            number: 0,
        }
    }
}

impl SyntaxTree {
    /// The tables, in order, with the headings above each (outermost
    /// first) and the number of their section in walk order (0 for the
    /// front matter), as [`SyntaxTree::text_runs`] numbers them.
    pub(crate) fn tables(&self, mut visit: impl FnMut(usize, &[&Heading], &Table)) {
        fn tables_of(blocks: &[Block]) -> impl Iterator<Item = &Table> {
            blocks.iter().filter_map(|b| match b {
                Block::Table(t) => Some(t),
                _ => None,
            })
        }
        for t in tables_of(&self.front) {
            visit(0, &[], t);
        }
        let mut stack: Vec<(usize, &Section)> = self.sections.iter().rev().map(|s| (0, s)).collect();
        let mut path: Vec<&Heading> = Vec::new();
        let mut number = 0;
        while let Some((depth, section)) = stack.pop() {
            number += 1;
            path.truncate(depth);
            path.push(&section.heading);
            for t in tables_of(&section.body) {
                visit(number, &path, t);
            }
            stack.extend(section.children.iter().rev().map(|c| (depth + 1, c)));
        }
    }
}

/// The paragraphs among `blocks`.
/// The cursor of [`SyntaxTree::text_runs`]: an explicit stack, as every walk.
pub(crate) struct TextRuns<'t> {
    front: std::slice::Iter<'t, Block>,
    body: std::slice::Iter<'t, Block>,
    /// Sections still to visit, with their depth; an explicit stack.
    stack: Vec<(usize, &'t Section)>,
    path: Vec<&'t Heading>,
    /// The number of the current section in walk order, 0 in the preamble.
    number: usize,
}

impl<'t> TextRuns<'t> {
    /// The next run: its section's number, its span, and the breaks of
    /// its wrap (line ends, indents, page markers, markup), in order. The
    /// breaks may reach outside the span (a heading's breaks cover its
    /// whole line): a reader keeps those inside it.
    pub(crate) fn next_run(&mut self) -> Option<(usize, Span, &'t [Leaf])> {
        let paragraph = |b: &'t Block| match b {
            Block::Paragraph(p) => Some((p.text, p.breaks())),
            _ => None,
        };
        if let Some((text, breaks)) = self.front.by_ref().find_map(paragraph) {
            return Some((0, text, breaks));
        }
        if let Some((text, breaks)) = self.body.by_ref().find_map(paragraph) {
            return Some((self.number, text, breaks));
        }
        let (depth, section) = self.stack.pop()?;
        self.number += 1;
        self.path.truncate(depth);
        let h = &section.heading;
        self.path.push(h);
        self.body = section.body.iter();
        self.stack.extend(section.children.iter().rev().map(|c| (depth + 1, c)));
        let run_end = h.body.as_ref().map_or(h.title_span.end, |b| b.text.end);
        Some((self.number, Span::new(h.title_span.start, run_end), &h.breaks))
    }

    /// The headings above the last run, outermost first.
    pub(crate) fn path(&self) -> &[&'t Heading] {
        &self.path
    }
}

pub(crate) fn paragraphs_of(blocks: &[Block]) -> impl Iterator<Item = &Paragraph> {
    blocks.iter().filter_map(|b| match b {
        Block::Paragraph(p) => Some(p),
        _ => None,
    })
}

fn line_leaves(span: Span, text: Span, kind: LeafKind, out: &mut Vec<Leaf>) {
    out.push(Leaf { kind: LeafKind::Indent, span: Span::new(span.start, text.start) });
    out.push(Leaf { kind, span: text });
    out.push(Leaf { kind: LeafKind::LineEnd, span: Span::new(text.end, span.end) });
}

/// Cut the leaves from `out[from..]` around `breaks` (sorted, disjoint,
/// each inside one leaf or covering whole leaves): each break replaces the
/// bytes it covers. One merge pass over both lists.
fn carve(out: &mut Vec<Leaf>, from: usize, breaks: &[Leaf]) {
    if breaks.is_empty() {
        return;
    }
    let tail: Vec<Leaf> = out.drain(from..).collect();
    let mut k = 0;
    for leaf in tail {
        let mut at = leaf.span.start;
        while k < breaks.len() && breaks[k].span.end <= at {
            k += 1;
        }
        while at < leaf.span.end {
            match breaks.get(k) {
                Some(br) if br.span.start < leaf.span.end => {
                    if br.span.start > at {
                        out.push(Leaf { kind: leaf.kind, span: Span::new(at, br.span.start) });
                    }
                    // A break that began in an earlier leaf is already out.
                    if br.span.start >= leaf.span.start {
                        out.push(*br);
                    }
                    if br.span.end <= leaf.span.end {
                        at = at.max(br.span.end);
                        k += 1;
                    } else {
                        at = leaf.span.end;
                    }
                }
                _ => {
                    out.push(Leaf { kind: leaf.kind, span: Span::new(at, leaf.span.end) });
                    at = leaf.span.end;
                }
            }
        }
    }
}

fn paragraph_leaves(p: &Paragraph, out: &mut Vec<Leaf>) {
    let from = out.len();
    paragraph_leaves_flat(p, out);
    carve(out, from, p.breaks());
}

fn paragraph_leaves_flat(p: &Paragraph, out: &mut Vec<Leaf>) {
    out.push(Leaf { kind: LeafKind::Indent, span: Span::new(p.span.start, p.text.start) });
    let mut at = p.text.start;
    for item in &p.items {
        out.push(Leaf { kind: LeafKind::Text, span: Span::new(at, item.span.start) });
        out.push(Leaf { kind: LeafKind::Item, span: item.span });
        at = item.span.end;
    }
    out.push(Leaf { kind: LeafKind::Text, span: Span::new(at, p.text.end) });
    out.push(Leaf { kind: LeafKind::LineEnd, span: Span::new(p.text.end, p.span.end) });
}

fn block_leaves(block: &Block, out: &mut Vec<Leaf>) {
    match block {
        Block::Blank { span } => out.push(Leaf { kind: LeafKind::Blank, span: *span }),
        Block::Clutter(c) => line_leaves(c.span, c.text, LeafKind::Clutter, out),
        Block::Title(l) => line_leaves(l.span, l.text, LeafKind::Title, out),
        Block::Addressee(l) => line_leaves(l.span, l.text, LeafKind::Addressee, out),
        Block::Signature(s) => line_leaves(s.span, s.text, LeafKind::Signature, out),
        Block::Paragraph(p) => paragraph_leaves(p, out),
        Block::Table(t) => {
            for l in &t.lines {
                table_line_leaves(l, out);
            }
        }
        Block::Toc(t) => {
            line_leaves(t.head.span, t.head.text, LeafKind::TocEntry, out);
            for l in &t.entries {
                line_leaves(l.span, l.text, LeafKind::TocEntry, out);
            }
        }
    }
}

fn table_line_leaves(l: &TableLine, out: &mut Vec<Leaf>) {
    out.push(Leaf { kind: LeafKind::Indent, span: Span::new(l.span.start, l.text.start) });
    match l.kind {
        TableLineKind::Row => {
            let mut at = l.text.start;
            for c in &l.cells {
                out.push(Leaf { kind: LeafKind::CellSeparator, span: Span::new(at, c.start) });
                out.push(Leaf { kind: LeafKind::Cell, span: *c });
                at = c.end;
            }
            out.push(Leaf { kind: LeafKind::CellSeparator, span: Span::new(at, l.text.end) });
        }
        TableLineKind::Clutter => out.push(Leaf { kind: LeafKind::Clutter, span: l.text }),
        _ => out.push(Leaf { kind: LeafKind::TableText, span: l.text }),
    }
    out.push(Leaf { kind: LeafKind::LineEnd, span: Span::new(l.text.end, l.span.end) });
}

fn heading_leaves(h: &Heading, out: &mut Vec<Leaf>) {
    let from = out.len();
    heading_leaves_flat(h, out);
    carve(out, from, &h.breaks);
}

fn heading_leaves_flat(h: &Heading, out: &mut Vec<Leaf>) {
    let m = h.marker.span;
    out.push(Leaf { kind: LeafKind::Indent, span: Span::new(h.span.start, m.start) });
    out.push(Leaf { kind: LeafKind::Marker, span: m });
    out.push(Leaf { kind: LeafKind::Space, span: Span::new(m.end, h.title_span.start) });
    out.push(Leaf { kind: LeafKind::HeadingTitle, span: h.title_span });
    let mut at = h.title_span.end;
    if let Some(t) = h.terminator {
        out.push(Leaf { kind: LeafKind::Space, span: Span::new(at, t.start) });
        out.push(Leaf { kind: LeafKind::Terminator, span: t });
        at = t.end;
    }
    if let Some(body) = &h.body {
        out.push(Leaf { kind: LeafKind::Space, span: Span::new(at, body.span.start) });
        paragraph_leaves(body, out);
        at = body.span.end;
    }
    out.push(Leaf { kind: LeafKind::LineEnd, span: Span::new(at, h.span.end) });
}

#[cfg(feature = "serde")]
impl Serialize for Heading {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Heading", 10)?;
        st.serialize_field("marker", &self.marker.text)?;
        st.serialize_field("ordinal", &self.marker.ordinal)?;
        st.serialize_field("style", &self.marker.style)?;
        st.serialize_field("title", &self.title)?;
        st.serialize_field("span", &self.span)?;
        st.serialize_field("marker_span", &self.marker.span)?;
        st.serialize_field("title_span", &self.title_span)?;
        st.serialize_field("terminator", &self.terminator)?;
        st.serialize_field("body", &self.body)?;
        st.serialize_field("inline", &self.inline)?;
        st.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sections in pre-order, by recursion: the reference for [`walk_all`].
    fn by_recursion<'a>(sections: &'a [Section], out: &mut Vec<&'a Section>) {
        for s in sections {
            out.push(s);
            by_recursion(&s.children, out);
        }
    }

    #[test]
    fn the_walk_is_the_recursive_pre_order() {
        let root = env!("CARGO_MANIFEST_DIR");
        let mut deepest = 0;
        for dir in ["examples/data", "tests/fixtures", "tests/fixtures/realworld"] {
            for entry in std::fs::read_dir(format!("{root}/{dir}")).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_none_or(|e| e != "txt") {
                    continue;
                }
                let source = std::fs::read_to_string(&path).unwrap();
                let tree = crate::syntax::parse(&source).tree;
                let mut want = Vec::new();
                by_recursion(&tree.sections, &mut want);
                let got: Vec<&Section> = walk_all(&tree.sections).collect();
                let same = got.len() == want.len() && got.iter().zip(&want).all(|(a, b)| std::ptr::eq(*a, *b));
                assert!(same, "{}", path.display());
                for s in &tree.sections {
                    let mut one = Vec::new();
                    by_recursion(std::slice::from_ref(s), &mut one);
                    assert_eq!(s.walk().count(), one.len());
                }
                deepest = deepest.max(want.iter().map(|s| s.depth).max().unwrap_or(0));
            }
        }
        assert!(deepest >= 2, "some fixture nests three levels");
    }
}
