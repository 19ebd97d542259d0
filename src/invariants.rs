//! PLACEHOLDER — being written (tree invariants checker). Do not edit outside that task.

use crate::document::Document;

/// Check the tree's invariants.
///
/// # Errors
/// A description of the first violated invariant.
pub fn check(doc: &Document) -> Result<(), String> {
    let rebuilt: String = doc.leaves().iter().map(|l| doc.text(l.span)).collect();
    if rebuilt != doc.source() {
        return Err("leaves do not rebuild the source".into());
    }
    Ok(())
}
