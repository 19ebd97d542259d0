//! The five parts the rules require of an annual 法治政府建设 report, and
//! the classifier that tells which part a top-level heading opens.

use serde::Serialize;
use std::fmt;

/// One of the five parts required by 《法治政府建设与责任落实督察工作规定》.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
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

impl fmt::Display for PartKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
