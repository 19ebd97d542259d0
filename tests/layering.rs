//! The crate's layers, read from its source: `text/` names no other layer,
//! `syntax/` names neither the analyses, the document nor the pipeline, and
//! no two top-level modules import each other (the import graph between
//! the modules under `src/` is acyclic).
//!
//! References are the paths of the code (comments are left out): `crate::x`,
//! `crate::{x, y}`, `super::…` resolved from the file's place, and the
//! crate root's re-exports (`crate::Document`) resolved to the module that
//! defines them.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Pairs of modules that still import each other, with the work that
/// removes the cycle. An entry that no longer holds fails the test, so the
/// list only shrinks.
const KNOWN_CYCLES: &[(&str, &str, &str)] = &[];

/// A source file: its module path (`["syntax", "heading"]`) and its code.
struct Source {
    path: PathBuf,
    module: Vec<String>,
    code: String,
}

fn sources() -> Vec<Source> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = Vec::new();
    let mut dirs = vec![root.clone()];
    while let Some(dir) = dirs.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let rel = path.strip_prefix(&root).unwrap();
                let mut module: Vec<String> = rel.iter().map(|c| c.to_string_lossy().into_owned()).collect();
                let last = module.pop().unwrap();
                let stem = last.trim_end_matches(".rs");
                if stem != "mod" && stem != "lib" {
                    module.push(stem.to_owned());
                }
                let code = strip_comments(&fs::read_to_string(&path).unwrap());
                out.push(Source { path, module, code });
            }
        }
    }
    out
}

/// `text` without its `//` comments (doc comments included): a doc link
/// is not an import.
fn strip_comments(text: &str) -> String {
    text.lines()
        .map(|line| match line.find("//") {
            // A `//` inside a string literal is kept: an even number of
            // quotes before it means it is not in a string.
            Some(at) if line[..at].matches('"').count() % 2 == 0 => &line[..at],
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The identifiers that start each path of a brace group `{a::b, c, d::{e}}`
/// opened at `text[0] == '{'`.
fn group_heads(text: &str) -> Vec<String> {
    let (mut depth, mut heads, mut current, mut at_head) = (0, Vec::new(), String::new(), true);
    for c in text.chars() {
        match c {
            '{' => {
                depth += 1;
                if depth > 1 {
                    at_head = false;
                }
            }
            '}' => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            ',' if depth == 1 => {
                heads.push(std::mem::take(&mut current));
                at_head = true;
            }
            c if depth == 1 && at_head && (c.is_alphanumeric() || c == '_') => current.push(c),
            ':' | ' ' | '\n' if depth == 1 && at_head && !current.is_empty() => at_head = false,
            _ => {}
        }
    }
    heads.push(current);
    heads.into_iter().filter(|h| !h.is_empty()).collect()
}

/// The first identifier of `text`, if it starts with one.
fn ident(text: &str) -> String {
    text.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect()
}

/// The absolute paths (as lists of their first segments) a file names:
/// `crate::a` gives `[a]`, `super::b` in module `[x, y]` gives `[x, b]`.
fn referenced_paths(src: &Source) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let code = &src.code;
    for (at, _) in code.match_indices("crate::") {
        // Not `gongwen_crate::`, say.
        if code[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let rest = &code[at + "crate::".len()..];
        if rest.starts_with('{') {
            out.extend(group_heads(rest).into_iter().map(|h| vec![h]));
        } else {
            out.push(vec![ident(rest)]);
        }
    }
    for (at, _) in code.match_indices("super::") {
        if code[..at].ends_with("super::") || code[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let mut rest = &code[at..];
        let mut up = 0;
        while let Some(r) = rest.strip_prefix("super::") {
            up += 1;
            rest = r;
        }
        // `use super::*` in a test module names its own file.
        if src.module.len() < up || rest.starts_with('*') {
            continue;
        }
        let base = src.module[..src.module.len() - up].to_vec();
        let heads = if rest.starts_with('{') { group_heads(rest) } else { vec![ident(rest)] };
        for h in heads {
            let mut p = base.clone();
            p.push(h);
            out.push(p);
        }
    }
    out
}

/// The crate root's re-exported names and the top-level module of each.
fn reexports(lib: &Source) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut rest = lib.code.as_str();
    while let Some(at) = rest.find("pub use ") {
        rest = &rest[at + "pub use ".len()..];
        let end = rest.find(';').unwrap();
        let item = &rest[..end];
        let module = ident(item);
        let names: Vec<&str> = match item.find('{') {
            Some(open) => item[open + 1..].trim_end_matches('}').split(',').map(str::trim).collect(),
            None => vec![item.rsplit("::").next().unwrap()],
        };
        for n in names.into_iter().filter(|n| !n.is_empty()) {
            out.insert(n.to_owned(), module.clone());
        }
        rest = &rest[end..];
    }
    out
}

/// The top-level module a referenced path lands in, if it is one.
fn top_module(path: &[String], modules: &BTreeSet<String>, reexports: &BTreeMap<String, String>) -> Option<String> {
    let first = path.first()?;
    if modules.contains(first) {
        Some(first.clone())
    } else {
        reexports.get(first).cloned()
    }
}

/// Top-level module → the top-level modules it names, and for each edge a
/// file that names it.
type Graph = BTreeMap<String, BTreeMap<String, PathBuf>>;

fn import_graph(sources: &[Source]) -> Graph {
    let lib = sources.iter().find(|s| s.module.is_empty()).expect("src/lib.rs");
    let modules: BTreeSet<String> = sources.iter().filter_map(|s| s.module.first().cloned()).collect();
    let reexports = reexports(lib);
    let mut graph = Graph::new();
    for src in sources.iter().filter(|s| !s.module.is_empty()) {
        let from = src.module[0].clone();
        let edges = graph.entry(from.clone()).or_default();
        for path in referenced_paths(src) {
            if let Some(to) = top_module(&path, &modules, &reexports) {
                if to != from {
                    edges.entry(to).or_insert_with(|| src.path.clone());
                }
            }
        }
    }
    graph
}

/// The cycles of `graph` between top-level modules, each as the strongly
/// connected set of modules (Tarjan's algorithm, iterative).
fn cycles(graph: &Graph) -> Vec<BTreeSet<String>> {
    let nodes: Vec<&String> = graph.keys().collect();
    let index_of = |n: &str| nodes.iter().position(|m| *m == n);
    let succ: Vec<Vec<usize>> = nodes.iter().map(|n| graph[*n].keys().filter_map(|t| index_of(t)).collect()).collect();
    let (mut index, mut low, mut on_stack) =
        (vec![usize::MAX; nodes.len()], vec![0; nodes.len()], vec![false; nodes.len()]);
    let (mut stack, mut next, mut out) = (Vec::new(), 0, Vec::new());
    for root in 0..nodes.len() {
        if index[root] != usize::MAX {
            continue;
        }
        let mut work = vec![(root, 0)];
        while let Some(&mut (v, ref mut i)) = work.last_mut() {
            if *i == 0 && index[v] == usize::MAX {
                index[v] = next;
                low[v] = next;
                next += 1;
                stack.push(v);
                on_stack[v] = true;
            }
            if let Some(&w) = succ[v].get(*i) {
                *i += 1;
                if index[w] == usize::MAX {
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == index[v] {
                let mut scc = BTreeSet::new();
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    scc.insert(nodes[w].clone());
                    if w == v {
                        break;
                    }
                }
                if scc.len() > 1 {
                    out.push(scc);
                }
            }
        }
    }
    out
}

/// The modules under `layer/` that name any of `forbidden`, as messages.
fn layer_violations(sources: &[Source], layer: &str, forbidden: &[&str]) -> Vec<String> {
    let lib = sources.iter().find(|s| s.module.is_empty()).expect("src/lib.rs");
    let modules: BTreeSet<String> = sources.iter().filter_map(|s| s.module.first().cloned()).collect();
    let reexports = reexports(lib);
    let mut out = Vec::new();
    for src in sources.iter().filter(|s| s.module.first().is_some_and(|m| m == layer)) {
        for path in referenced_paths(src) {
            if let Some(to) = top_module(&path, &modules, &reexports) {
                if forbidden.contains(&to.as_str()) {
                    out.push(format!("{} names {} ({})", src.path.display(), to, path.join("::")));
                }
            }
        }
    }
    out
}

#[test]
fn text_names_no_other_layer() {
    let found = layer_violations(&sources(), "text", &["syntax", "analysis", "document", "pipeline"]);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn syntax_names_no_analysis_document_or_pipeline() {
    let found = layer_violations(&sources(), "syntax", &["analysis", "document", "pipeline"]);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn analysis_names_no_document_or_pipeline() {
    let found = layer_violations(&sources(), "analysis", &["document", "pipeline"]);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn no_two_modules_import_each_other() {
    let graph = import_graph(&sources());
    let known = |scc: &BTreeSet<String>| {
        KNOWN_CYCLES.iter().any(|(a, b, _)| scc.len() == 2 && scc.contains(*a) && scc.contains(*b))
    };
    let found: Vec<String> = cycles(&graph)
        .into_iter()
        .filter(|scc| !known(scc))
        .map(|scc| {
            let edges: Vec<String> = scc
                .iter()
                .flat_map(|a| graph[a].iter().filter(|(b, _)| scc.contains(*b)).map(move |(b, f)| (a, b, f)))
                .map(|(a, b, f)| format!("{a} -> {b} ({})", f.display()))
                .collect();
            edges.join(", ")
        })
        .collect();
    assert!(found.is_empty(), "import cycles between top-level modules: {found:#?}");
    for (a, b, why) in KNOWN_CYCLES {
        let both =
            graph.get(*a).is_some_and(|e| e.contains_key(*b)) && graph.get(*b).is_some_and(|e| e.contains_key(*a));
        assert!(both, "{a} and {b} no longer import each other: remove them from KNOWN_CYCLES ({why})");
    }
}

// The checks themselves, on made-up sources: a violation must be seen.

fn made_up(files: &[(&str, &str)]) -> Vec<Source> {
    files
        .iter()
        .map(|(path, code)| {
            let mut module: Vec<String> = path.trim_end_matches(".rs").split('/').map(str::to_owned).collect();
            if module.last().is_some_and(|m| m == "mod" || m == "lib") {
                module.pop();
            }
            Source { path: PathBuf::from(path), module, code: strip_comments(code) }
        })
        .collect()
}

#[test]
fn a_syntax_file_naming_the_analyses_is_caught() {
    let lib = ("lib", "mod analysis; mod syntax; mod document;\npub use document::Document;");
    for code in [
        "use crate::analysis::meta::Metadata;",
        "use crate::{span::Span, analysis::parts};",
        "fn f(d: &crate::Document) {}",
        "use super::super::analysis::meta;",
    ] {
        let sources = made_up(&[lib, ("syntax/heading.rs", code), ("analysis/mod.rs", ""), ("document.rs", "")]);
        let found = layer_violations(&sources, "syntax", &["analysis", "document", "pipeline"]);
        assert!(!found.is_empty(), "not caught: {code}");
    }
    let clean = made_up(&[
        lib,
        ("syntax/heading.rs", "use super::tree::Heading; // see crate::analysis\nuse crate::span::Span;"),
        ("analysis/mod.rs", ""),
    ]);
    assert!(layer_violations(&clean, "syntax", &["analysis", "document", "pipeline"]).is_empty());
}

#[test]
fn modules_importing_each_other_are_caught() {
    let sources = made_up(&[
        ("lib", ""),
        ("a.rs", "use crate::b::X;"),
        ("b/mod.rs", "mod c;"),
        ("b/c.rs", "use super::super::d::Y;"),
        ("d.rs", "use crate::{a::Z};"),
        ("e.rs", "use crate::a::Z;"),
    ]);
    let found = cycles(&import_graph(&sources));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0], ["a", "b", "d"].iter().map(|s| s.to_string()).collect());
    let acyclic = made_up(&[("lib", ""), ("a.rs", "use crate::b::X;"), ("b.rs", "use crate::c::X;"), ("c.rs", "")]);
    assert!(cycles(&import_graph(&acyclic)).is_empty());
}
