//! Allocation counts: the hot loops allocate per line, heading or
//! indicator at most, never per char. A counting global allocator (this
//! test binary only) measures a parse and an indicator pass of each bundled
//! report; a per-char allocation would show as thousands.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

// SAFETY of the impl is System's: each call is forwarded unchanged.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Relaxed);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static COUNTING: Counting = Counting;

fn counted<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let before = ALLOCATIONS.load(Relaxed);
    let out = f();
    (out, ALLOCATIONS.load(Relaxed) - before)
}

/// One test in this binary, so no other test allocates while it counts.
#[test]
fn allocations_grow_with_structure_not_with_chars() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data");
    let mut paths: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    paths.sort();
    // Once first: lazily built tables (keyword automata) are not per document.
    let warm = std::fs::read_to_string(&paths[0]).unwrap();
    let _ = gongwen::parse(&warm).indicators().len();
    for path in paths.iter().filter(|p| p.extension().is_some_and(|e| e == "txt")) {
        let text = std::fs::read_to_string(path).unwrap();
        let (doc, parse_allocs) = counted(|| gongwen::parse(&text));
        let lines = text.lines().count();
        let chars = text.chars().count();
        let sections = doc.all_sections().count();
        let (n, indicator_allocs) = counted(|| doc.indicators().len());
        let name = path.file_name().unwrap().to_string_lossy();
        eprintln!(
            "{name}: {chars} chars, {lines} lines, {sections} sections: parse {parse_allocs} allocations; \
             {n} indicators: {indicator_allocs}"
        );
        assert!(
            parse_allocs <= 2 * (lines + sections) + 40,
            "{name}: {parse_allocs} allocations to parse {lines} lines and {sections} sections"
        );
        // Long labels and section titles are slices of the source: most
        // indicators allocate nothing of their own.
        assert!(indicator_allocs <= n / 2 + 20, "{name}: {indicator_allocs} allocations for {n} indicators");
        assert!(parse_allocs + indicator_allocs < chars / 10, "{name}: allocations must not follow the chars");
    }
}
