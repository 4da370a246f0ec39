//! A histogram with fixed buckets, counted with atomics.

use std::fmt::Write as _;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

/// A histogram with fixed buckets. Each bucket counts the observations that fell into it alone; the
/// cumulative counts of the format, and the total, are summed when rendered, so they always agree.
pub struct Histogram<const N: usize> {
    bounds: &'static [(u64, &'static str)],
    /// One per bound, then the overflow (`+Inf`).
    counts: [AtomicU64; N],
    sum: AtomicU64,
}

impl<const N: usize> Histogram<N> {
    pub const fn new(bounds: &'static [(u64, &'static str)]) -> Self {
        assert!(bounds.len() + 1 == N, "one bucket per bound and one for +Inf");
        Histogram {
            bounds,
            counts: [const { AtomicU64::new(0) }; N],
            sum: AtomicU64::new(0),
        }
    }

    pub fn observe(&self, value: u64) {
        let i = self
            .bounds
            .iter()
            .position(|(b, _)| value <= *b)
            .unwrap_or(self.bounds.len());
        self.counts[i].fetch_add(1, Relaxed);
        self.sum.fetch_add(value, Relaxed);
    }

    /// Writes `_bucket`, `_sum` and `_count` lines; `labels` is empty or ends with a comma; the sum is
    /// divided by `scale` (microseconds to seconds).
    pub fn render(&self, out: &mut String, name: &str, labels: &str, scale: f64) {
        let mut total = 0;
        for (i, count) in self.counts.iter().enumerate() {
            total += count.load(Relaxed);
            let le = self.bounds.get(i).map_or("+Inf", |(_, le)| le);
            let _ = writeln!(out, "{name}_bucket{{{labels}le=\"{le}\"}} {total}");
        }
        let labels = labels.trim_end_matches(',');
        let labels = if labels.is_empty() {
            String::new()
        } else {
            format!("{{{labels}}}")
        };
        let sum = self.sum.load(Relaxed) as f64 / scale;
        let _ = writeln!(out, "{name}_sum{labels} {sum}");
        let _ = writeln!(out, "{name}_count{labels} {total}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_histogram_renders_cumulative_buckets_that_end_in_its_count() {
        let h: Histogram<4> = Histogram::new(&[(1, "1"), (4, "4"), (64, "64")]);
        for v in [1, 1, 3, 64, 65] {
            h.observe(v);
        }
        let mut out = String::new();
        h.render(&mut out, "g", "", 1.0);
        assert!(out.contains("g_bucket{le=\"1\"} 2\n"), "{out}");
        assert!(out.contains("g_bucket{le=\"4\"} 3\n"), "{out}");
        assert!(out.contains("g_bucket{le=\"64\"} 4\n"), "{out}");
        assert!(out.contains("g_bucket{le=\"+Inf\"} 5\n"), "{out}");
        assert!(out.contains("g_sum 134\n"), "{out}");
        assert!(out.contains("g_count 5\n"), "{out}");
    }
}
