//! Diagnostics: what the parser noticed about a messy report while still
//! building the best tree it could.

use crate::span::{LineIndex, Span};
#[cfg(feature = "serde")]
use serde::Serialize;
use std::fmt;

/// Which rule a diagnostic reports. Each has a stable id ([`Rule::id`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum Rule {
    /// `ordinal-gap`: numbering skips, e.g. `（三）` straight after `（一）`.
    OrdinalGap,
    /// `ordinal-repeat`: the same number twice, e.g. `（三）` then `（三）`.
    OrdinalRepeat,
    /// `ordinal-restart`: numbering goes back, e.g. `三、` after `四、`.
    OrdinalRestart,
    /// `mixed-brackets`: a marker opens with one bracket width and closes
    /// with the other, e.g. `（一)`.
    MixedBrackets,
    /// `level-skip`: a heading skips a level of GB/T 9704, e.g. `1.`
    /// straight under `一、`.
    LevelSkip,
    /// `style-order`: the report uses the heading styles in an order other
    /// than GB/T 9704's; they are nested by order of first appearance.
    StyleOrder,
    /// `missing-part`: a part the rules of the report's genre require is
    /// not among its sections (the five parts of a rule-of-law report, the
    /// six of an information-disclosure report); the message names it.
    MissingPart,
    /// `no-headings`: no heading was found; the body is one run of paragraphs.
    NoHeadings,
    /// `control-char`: the text holds control characters (other than
    /// line breaks and tabs) or NULs.
    ControlChar,
    /// `late-publication`: the report was published after the deadline its
    /// genre's rules set; the message gives the deadline and its source.
    LatePublication,
    /// `year-mismatch`: the year the title says the report covers and the
    /// year its body reports on disagree.
    YearMismatch,
}

impl Rule {
    /// The stable id of the rule, e.g. `ordinal-gap`.
    pub const fn id(self) -> &'static str {
        match self {
            Rule::OrdinalGap => "ordinal-gap",
            Rule::OrdinalRepeat => "ordinal-repeat",
            Rule::OrdinalRestart => "ordinal-restart",
            Rule::MixedBrackets => "mixed-brackets",
            Rule::LevelSkip => "level-skip",
            Rule::StyleOrder => "style-order",
            Rule::MissingPart => "missing-part",
            Rule::NoHeadings => "no-headings",
            Rule::ControlChar => "control-char",
            Rule::LatePublication => "late-publication",
            Rule::YearMismatch => "year-mismatch",
        }
    }
}

/// A problem found in a report, with where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[non_exhaustive]
pub struct Diagnostic {
    /// The rule.
    pub rule: Rule,
    /// Where (for document-wide rules, an empty span at 0).
    pub span: Span,
    /// A short lowercase message.
    pub message: String,
    /// The line of `span.start`, from 1 (0 until the parse places it).
    pub line: usize,
    /// The column of `span.start` in chars, from 1 (0 until placed).
    pub column: usize,
}

impl Diagnostic {
    pub(crate) fn new(rule: Rule, span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic { rule, span, message: message.into(), line: 0, column: 0 }
    }

    /// This diagnostic as `line:col: rule: message`, its place found with
    /// `index`, built over `source` (see also `Document::show`).
    pub fn display<'a>(&'a self, source: &'a str, index: &'a LineIndex) -> impl fmt::Display + 'a {
        Located { diagnostic: self, source, index }
    }
}

/// A diagnostic with the text that places it.
struct Located<'a> {
    diagnostic: &'a Diagnostic,
    source: &'a str,
    index: &'a LineIndex,
}

impl fmt::Display for Located<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = self.index.location(self.source, self.diagnostic.span.start);
        write!(f, "{}:{}: {}: {}", at.line, at.column, self.diagnostic.rule.id(), self.diagnostic.message)
    }
}

/// `line:col: rule: message`, as a compiler writes it:
///
/// ```
/// let doc = gongwen::parse("一、甲\n三、乙\n");
/// let gap = &doc.diagnostics()[0];
/// assert_eq!(gap.to_string(), format!("2:1: ordinal-gap: {}", gap.message));
/// ```
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}: {}", self.line, self.column, self.rule.id(), self.message)
    }
}
