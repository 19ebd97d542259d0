//! The functional integration tests, one module per subject, in one test
//! binary: two dozen binaries took longer to link than to run. The tests
//! that need a binary of their own stay beside this directory: a counting
//! global allocator (`allocations`, `memory_bound`), CPU-time bounds
//! (`linear_time`), and the source-reading `layering`.

mod common;

mod encoding;
mod front_back;
mod genre;
mod headings;
mod hunt_b;
mod input_safety;
mod items;
mod json_shape;
mod metadata;
mod metadata_z;
mod numeral_props;
mod numerals;
mod properties;
mod quantities;
mod quantity_linear;
mod regressions;
mod structure;
mod structure_y;
mod text_forms;
