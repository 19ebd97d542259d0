//! `quantity::find` stays linear on inputs made to defeat a bounded scan:
//! each is 1 MB, and each must be read well under a few seconds.

use std::sync::mpsc;
use std::time::Duration;

/// Run `find` on `unit` repeated to 1 MB on a thread, failing when it
/// takes longer than `limit`.
fn linear(unit: &str, limit: Duration) {
    let text = unit.repeat((1 << 20) / unit.len());
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let n = gongwen::quantity::find(&text).len();
        let _ = tx.send(n);
    });
    match rx.recv_timeout(limit) {
        Ok(_) => {}
        Err(_) => panic!("find on {unit:?} repeated to 1 MB took over {limit:?}"),
    }
}

#[test]
fn an_unclosed_quote_after_every_figure() {
    linear("1件“", Duration::from_secs(5));
}

#[test]
fn quotes_digits_and_units_in_runs() {
    let units = [
        "“1件",
        "1件“十",
        "“",
        "1",
        "一",
        "百分之",
        "1，",
        "1-",
        "十几",
        "数十",
        "三分之",
        "2万3",
        "负1",
        "1 ",
        "1件、",
        "分别为1%、",
        "达到1元，",
        "1\n件",
        "负1%",
        "三分之一",
        "成百上千人",
        "几十万群众",
        "12，345",
        "1万",
        "两个",
        "壹元伍角",
        "行政\n",
        "、",
        "分别",
    ];
    for unit in units {
        linear(unit, Duration::from_secs(5));
    }
}
