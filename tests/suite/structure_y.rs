//! Structure forms found by the `y_` fixtures of the real-world hunt:
//! chapters numbered with digits, a communiqué's `注释：` notes.

use crate::common::*;

#[test]
fn chapters_numbered_with_digits_are_the_top_level() {
    let doc = parse_checked(
        "第1章　2025年工作总结\n一、公共文化\n新建书房4个。\n二、文旅融合\n接待游客。\n\
         第2章　存在的不足\n一、产品层次不高\n过夜游客偏少。\n第３章　2026年工作安排\n一、提升效能\n再建书房。\n",
    );
    assert_eq!(
        outline_text(&doc),
        [
            "第1章2025年工作总结",
            "  一、公共文化",
            "  二、文旅融合",
            "第2章存在的不足",
            "  一、产品层次不高",
            "第３章2026年工作安排",
            "  一、提升效能",
        ]
    );
    let ordinals: Vec<u32> = doc.sections().iter().map(|s| s.heading.marker.ordinal).collect();
    assert_eq!(ordinals, [1, 2, 3]);
}
