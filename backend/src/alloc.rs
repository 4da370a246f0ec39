//! The global allocator: mimalloc instead of glibc's malloc for every binary of the crate (the server, the
//! CLI, tests and benchmarks). Allocation was about a fifth of the CPU of a bulk import and of the
//! submission benchmark; with mimalloc the 100,000-row import takes about half the time.

use std::ffi::{c_int, c_long};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[allow(unsafe_code)]
unsafe extern "C" {
    /// `void mi_option_set(mi_option_t option, long value)` of the bundled mimalloc.
    fn mi_option_set(option: c_int, value: c_long);
}

/// `mi_option_arena_eager_commit` and `mi_option_purge_delay` of `mi_option_e` in the mimalloc 3 sources
/// that libmimalloc-sys 0.1.49 bundles (`c_src/mimalloc/v3/include/mimalloc.h`); check them when that
/// crate is updated.
const ARENA_EAGER_COMMIT: c_int = 4;
const PURGE_DELAY: c_int = 15;

/// For a one-shot command with a large working set (the annual report): commit memory only when it is
/// used and give freed memory back at once, for a lower peak at a small cost in speed. On the
/// 1,000,000-measurement benchmark the peak went from 214-244 MB to 148-153 MB.
pub fn prefer_low_memory() {
    // SAFETY: mi_option_set stores an integer in mimalloc's option table; both option numbers exist in
    // the bundled version, and the call is valid at any time, from any thread.
    #[allow(unsafe_code)]
    unsafe {
        mi_option_set(ARENA_EAGER_COMMIT, 0);
        mi_option_set(PURGE_DELAY, 0);
    }
}
