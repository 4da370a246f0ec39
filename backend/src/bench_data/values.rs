//! The synthetic plan's approved measurements: per indicator and year, one headline value and `D`
//! breakdowns, with the breakdowns' dimension links.

use super::framework::{Frame, Indicator, whole};
use super::{BenchArgs, Bulk, Progress, mix, next_id};
use sea_orm::{DatabaseTransaction, DbErr};

/// The breakdowns, in the order they are used: single dimensions first, then cross-tabulations.
fn breakdowns(f: &Frame) -> Vec<(String, Vec<i64>)> {
    let of = |dim: &str| -> Vec<(String, i64)> {
        f.dimension_values
            .iter()
            .filter(|(d, _, _)| d == dim)
            .map(|(d, v, id)| (format!("{d}={v}"), *id))
            .collect()
    };
    let (sex, region, age) = (of("sex"), of("region"), of("age"));
    let mut out: Vec<(String, Vec<i64>)> = Vec::new();
    for (text, id) in sex.iter().chain(&region).chain(&age) {
        out.push((text.clone(), vec![*id]));
    }
    // Canonical form: pairs sorted by dimension code (age < region < sex).
    for (r, rid) in &region {
        for (s, sid) in &sex {
            out.push((format!("{r};{s}"), vec![*rid, *sid]));
        }
    }
    for (g, gid) in &age {
        for (s, sid) in &sex {
            out.push((format!("{g};{s}"), vec![*gid, *sid]));
        }
    }
    out
}

/// The most breakdowns per indicator and year: 13 single values and 22 cross-tabulations.
pub const MAX_BREAKDOWNS: usize = 35;

/// The headline value (×10⁴) of indicator `i` in `year`: along its line from baseline to target at a
/// pace of its own (ahead, on, slightly or well behind), so every status occurs.
fn headline(i: &Indicator, year: i32, f: &Frame) -> i64 {
    let base = i.baseline.unwrap_or(i.target - 100_000);
    let span = i64::from(f.end_year - f.start_year + 1);
    let done = i64::from(year - f.start_year + 1);
    let pace = [110, 100, 96, 85, 60][i.k % 5];
    let noise = (mix(&[i.k as i64, i64::from(year)]) % 20_000) as i64 - 10_000;
    let v = base + (i.target - base) * done * pace / (span * 100) + noise / 10;
    if i.count { whole(v) } else { v }
}

/// Writes every measurement; returns how many.
pub async fn write(
    txn: &DatabaseTransaction,
    a: &BenchArgs,
    f: &Frame,
    progress: &mut Progress,
) -> Result<usize, DbErr> {
    let list = breakdowns(f);
    let list = &list[..a.disaggregations.min(list.len())];
    let years = f.start_year..f.start_year + a.years;
    let total = a.indicators * years.len() * (list.len() + 1);
    let mut id = next_id(txn, "measurements").await?;
    let now = &f.now;
    let mut rows = Bulk::manual(
        txn,
        "measurements",
        "id, indicator_id, year, disaggregation, value, quality, state, provenance, entered_at, submitted_at, \
         approved_at, created_at, updated_at",
    );
    let mut links = Bulk::manual(txn, "measurement_dimensions", "measurement_id, dimension_value_id");
    for i in &f.indicators {
        for year in years.clone() {
            let value = headline(i, year, f);
            // The report year's values are provisional for one indicator in four and estimated for one in nine.
            let quality = match (year == f.report_year, i.k % 36) {
                (true, k) if k % 4 == 0 => "provisional",
                (true, k) if k % 9 == 0 => "estimated",
                _ => "final",
            };
            let tail = format!("'{quality}', 'approved', 'illustrative', {now}, {now}, {now}, {now}, {now}");
            rows.row(&format!("{id}, {}, {year}, '', {value}, {tail}", i.id))
                .await?;
            id += 1;
            for (j, (text, values)) in list.iter().enumerate() {
                let spread = (mix(&[i.k as i64, i64::from(year), j as i64]) % 100_000) as i64 - 50_000;
                let part = (value + spread).max(0);
                let part = if i.count { whole(part) } else { part };
                rows.row(&format!("{id}, {}, {year}, '{text}', {part}, {tail}", i.id))
                    .await?;
                for v in values {
                    links.row(&format!("{id}, {v}")).await?;
                }
                id += 1;
            }
        }
        // Links reference their measurements: write those first.
        if rows.pending() >= 1000 {
            rows.flush().await?;
            links.flush().await?;
        }
        if i.k % 500 == 499 || i.k + 1 == a.indicators {
            progress.show("measurements", rows.total, total);
        }
    }
    rows.flush().await?;
    links.flush().await?;
    Ok(rows.total)
}
