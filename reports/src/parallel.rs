//! Uses both cores of the target machine: a helper thread draws PNG charts while this thread does
//! other work (page, workbook, CSV), then both share the remaining charts. Results land in fixed
//! slots, so the output does not depend on scheduling.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::thread;

use crate::charts::Chart;
use crate::error::RenderError;

/// PNG bytes of each chart (in the order given) and the result of `side`.
///
/// `progress(slug)` is called on this thread once per chart, whichever thread drew it.
pub fn pngs_beside<T: Send>(
    charts: &[&Chart],
    side: impl FnOnce() -> T + Send,
    progress: &mut dyn FnMut(&str),
) -> (Vec<Result<Vec<u8>, RenderError>>, T) {
    let next = AtomicUsize::new(0);
    let take = || {
        let i = next.fetch_add(1, Ordering::Relaxed);
        (i < charts.len()).then_some(i)
    };
    let mut slots: Vec<Option<Result<Vec<u8>, RenderError>>> = charts.iter().map(|_| None).collect();
    let side_result = thread::scope(|s| {
        let (tx, rx) = mpsc::channel();
        let helper = s.spawn(move || {
            while let Some(i) = take() {
                if tx.send((i, charts[i].png_file())).is_err() {
                    break;
                }
            }
        });
        let mut store = |i: usize, r, progress: &mut dyn FnMut(&str)| {
            slots[i] = Some(r);
            progress(&charts[i].slug);
        };
        // The side work (the largest allocations: page, workbook, tables as CSV) runs on this
        // thread, whose heap already holds the memory freed after reading the input; on the helper
        // thread it would grow a second heap of its own.
        let out = side();
        while let Some(i) = take() {
            store(i, charts[i].png_file(), progress);
            while let Ok((j, r)) = rx.try_recv() {
                store(j, r, progress);
            }
        }
        for (j, r) in rx {
            store(j, r, progress);
        }
        helper.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        out
    });
    let pngs = slots
        .into_iter()
        .map(|s| s.unwrap_or_else(|| Err(RenderError::Chart("a chart was not rendered".into()))))
        .collect();
    (pngs, side_result)
}
