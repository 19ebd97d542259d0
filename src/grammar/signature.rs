//! The foot of a report: signature lines and trailing clutter, read from
//! the last line upwards.
//!
//! ```text
//! back       ::= (issuer_line{1,3} date_line? | date_line)? (clutter | blank)*     (read bottom-up)
//! issuer_line ::= issuer (ws+ issuer)*                   (see title.rs)
//! date_line   ::= "（"? date "）"?                        (see date.rs)
//! ```
//!
//! Only lines that are wholly a date or wholly issuing bodies are taken,
//! so the last paragraph of the body is never swallowed.

use super::line::{is_ws, RawLine};
use super::{clutter, date, signature_line, title};
use crate::tree::{Block, Clutter, SignatureRole};

/// What a line of the foot is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BackRole {
    Blank,
    Clutter(crate::ClutterKind),
    Issuer,
    Date,
}

/// The back matter: the index of its first line and the role of each line.
pub(crate) struct Back {
    pub start: usize,
    pub roles: Vec<BackRole>,
}

/// A date line of a signature: a date alone, perhaps in brackets.
pub(crate) fn is_date_line(text: &str) -> bool {
    let inner = text
        .trim_start_matches(['（', '('])
        .trim_end_matches(['）', ')'])
        .trim_matches(is_ws);
    date::whole_date(inner).is_some()
}

pub(crate) fn find_back(src: &str, lines: &[RawLine]) -> Back {
    let mut roles = Vec::new();
    let mut j = lines.len();
    let mut date_seen = false;
    let mut issuers = 0;
    // Stop at the last content line that is not part of a signature.
    while j > 0 {
        let l = &lines[j - 1];
        let text = &src[l.text];
        let role = if l.is_blank() {
            BackRole::Blank
        } else if let Some(kind) = clutter::classify(text) {
            if issuers > 0 || date_seen {
                break;
            }
            BackRole::Clutter(kind)
        } else if !date_seen && issuers == 0 && is_date_line(text) {
            date_seen = true;
            BackRole::Date
        } else if issuers < 3 && title::issuer_names(text).is_some() {
            issuers += 1;
            BackRole::Issuer
        } else {
            break;
        };
        roles.push(role);
        j -= 1;
    }
    roles.reverse();
    Back { start: j, roles }
}

pub(crate) fn block(src: &str, l: &RawLine, role: BackRole) -> Block {
    let _ = src;
    match role {
        BackRole::Blank => Block::Blank { span: l.full },
        BackRole::Clutter(kind) => Block::Clutter(Clutter { span: l.full, text: l.text, kind }),
        BackRole::Issuer => signature_line(l, SignatureRole::Issuer),
        BackRole::Date => signature_line(l, SignatureRole::Date),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::line::split;

    #[test]
    fn reads_issuer_and_date_under_trailing_clutter() {
        let src = "正文最后一段。\n\n象山县某镇人民政府\n\n2023年2月21日\n扫一扫在手机打开当前页\n";
        let lines = split(src, 0);
        let back = find_back(src, &lines);
        assert_eq!(back.start, 1, "the body paragraph stays in the body");
        assert_eq!(
            back.roles,
            [BackRole::Blank, BackRole::Issuer, BackRole::Blank, BackRole::Date, BackRole::Clutter(crate::ClutterKind::QrCode)]
        );
    }

    #[test]
    fn a_last_paragraph_is_not_a_signature() {
        let src = "五、其他需要报告的情况\n无需要报告的其他情况。\n";
        let lines = split(src, 0);
        assert_eq!(find_back(src, &lines).start, 2);
    }

    #[test]
    fn two_issuers_and_a_chinese_date() {
        let src = "正文。\n中共某县委  某县人民政府\n二〇二四年二月二十六日";
        let lines = split(src, 0);
        let back = find_back(src, &lines);
        assert_eq!(back.roles, [BackRole::Issuer, BackRole::Date]);
    }
}
