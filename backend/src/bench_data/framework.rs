//! The synthetic plan's framework: org units and dimensions (reused when present), the plan, its
//! result nodes and contribution links, and the indicators with milestones.

use super::{BenchArgs, Bulk, Progress, mix, next_id, q};
use sea_orm::{ConnectionTrait, DatabaseTransaction, DbErr};

/// What the later steps need to know about the framework written.
pub struct Frame {
    /// Plan id.
    pub plan_id: i64,
    /// First and last year of the plan.
    pub start_year: i32,
    /// Last year of the plan.
    pub end_year: i32,
    /// Last year with values: the year to report.
    pub report_year: i32,
    /// Org units (id, code).
    pub units: Vec<(i64, String)>,
    /// Output node ids with the index of their owner unit.
    pub outputs: Vec<(i64, usize)>,
    /// Enabler node ids.
    pub enablers: Vec<i64>,
    /// Goal and target node ids (risks link to them).
    pub goal_side: Vec<i64>,
    /// Indicators, in code order.
    pub indicators: Vec<Indicator>,
    /// Dimension value ids by (dimension code, value code).
    pub dimension_values: Vec<(String, String, i64)>,
    /// Timestamp literal of every row.
    pub now: String,
}

/// One synthetic indicator.
pub struct Indicator {
    /// Id.
    pub id: i64,
    /// Position (0-based).
    pub k: usize,
    /// Baseline value ×10⁴ (`None` for the few without one).
    pub baseline: Option<i64>,
    /// Target value ×10⁴.
    pub target: i64,
    /// A `count` indicator: every value of it is a whole number.
    pub count: bool,
}

/// `v` (×10⁴) rounded to a whole number, for the values of a count.
pub fn whole(v: i64) -> i64 {
    (v + 5_000).div_euclid(10_000) * 10_000
}

const UNITS: [(&str, &str); 4] = [
    ("GS", "General Secretariat"),
    ("BR", "Radiocommunication Bureau"),
    ("TSB", "Telecommunication Standardization Bureau"),
    ("BDT", "Telecommunication Development Bureau"),
];

/// A dimension: code, name and its values (code, name).
type Dimension = (&'static str, &'static str, &'static [(&'static str, &'static str)]);

/// Dimensions and their values, created when missing.
pub const DIMENSIONS: &[Dimension] = &[
    ("sex", "Sex", &[("female", "Female"), ("male", "Male")]),
    (
        "region",
        "ITU region",
        &[
            ("africa", "Africa"),
            ("americas", "Americas"),
            ("arab_states", "Arab States"),
            ("asia_pacific", "Asia and the Pacific"),
            ("cis", "Commonwealth of Independent States (CIS)"),
            ("europe", "Europe"),
        ],
    ),
    (
        "age",
        "Age group",
        &[
            ("y15_24", "15-24"),
            ("y25_34", "25-34"),
            ("y35_54", "35-54"),
            ("y55_74", "55-74"),
            ("y75_plus", "75 and over"),
        ],
    ),
];

/// The id of the row of `table` where `condition` holds. Ids are INTEGER (INT4) on PostgreSQL, which
/// does not decode as an `i64`: the query widens them.
async fn id_of(txn: &DatabaseTransaction, table: &str, condition: String) -> Result<Option<i64>, DbErr> {
    let sql = format!("SELECT CAST(id AS BIGINT) AS id FROM {table} WHERE {condition}");
    let row = txn
        .query_one_raw(sea_orm::Statement::from_string(txn.get_database_backend(), sql))
        .await?;
    row.map(|r| r.try_get::<i64>("", "id")).transpose()
}

/// Org units GS, BR, TSB and BDT, created if missing.
async fn units(txn: &DatabaseTransaction, now: &str) -> Result<Vec<(i64, String)>, DbErr> {
    let mut out = Vec::new();
    for (code, name) in UNITS {
        let id = match id_of(txn, "org_units", format!("code = {}", q(code))).await? {
            Some(id) => id,
            None => {
                let id = next_id(txn, "org_units").await?;
                txn.execute_unprepared(&format!(
                    "INSERT INTO org_units (id, code, name, kind, provenance, source, version, created_at, updated_at) \
                     VALUES ({id}, {}, {}, '{}', 'illustrative', '', 1, {now}, {now})",
                    q(code),
                    q(name),
                    if code == "GS" { "secretariat" } else { "bureau" }
                ))
                .await?;
                id
            }
        };
        out.push((id, code.to_owned()));
    }
    Ok(out)
}

/// The dimension values of [`DIMENSIONS`], created if missing.
async fn dimensions(txn: &DatabaseTransaction) -> Result<Vec<(String, String, i64)>, DbErr> {
    let mut out = Vec::new();
    for (code, name, values) in DIMENSIONS {
        let dim = match id_of(txn, "dimensions", format!("code = {}", q(code))).await? {
            Some(id) => id,
            None => {
                let id = next_id(txn, "dimensions").await?;
                txn.execute_unprepared(&format!(
                    "INSERT INTO dimensions (id, code, name) VALUES ({id}, {}, {})",
                    q(code),
                    q(name)
                ))
                .await?;
                id
            }
        };
        for (order, (v, vname)) in values.iter().enumerate() {
            let condition = format!("dimension_id = {dim} AND code = {}", q(v));
            let id = match id_of(txn, "dimension_values", condition).await? {
                Some(id) => id,
                None => {
                    let id = next_id(txn, "dimension_values").await?;
                    txn.execute_unprepared(&format!(
                        "INSERT INTO dimension_values (id, dimension_id, code, name, sort_order) \
                         VALUES ({id}, {dim}, {}, {}, {})",
                        q(v),
                        q(vname),
                        order + 1
                    ))
                    .await?;
                    id
                }
            };
            out.push(((*code).to_owned(), (*v).to_owned(), id));
        }
    }
    Ok(out)
}

/// Writes units, dimensions, the plan, its nodes and links, its indicators and milestones.
pub async fn write(txn: &DatabaseTransaction, a: &BenchArgs, progress: &mut Progress) -> anyhow::Result<Frame> {
    let now = q(&chrono::Utc::now().fixed_offset().to_rfc3339());
    if id_of(txn, "plans", format!("code = {}", q(&a.plan))).await?.is_some() {
        anyhow::bail!("plan {} exists already: choose another --plan", a.plan);
    }
    let units = units(txn, &now).await?;
    let dimension_values = dimensions(txn).await?;
    let (start_year, end_year) = (a.start_year, a.start_year + (a.years - 1).max(3));
    let plan_id = next_id(txn, "plans").await?;
    txn.execute_unprepared(&format!(
        "INSERT INTO plans (id, code, name, resolution, start_year, end_year, status, max_age_years, \
         on_track_threshold, at_risk_threshold, maintain_on_track_pct, maintain_at_risk_pct, provenance, source, \
         version, created_at, updated_at) VALUES ({plan_id}, {}, {}, 'Synthetic benchmark plan', {start_year}, \
         {end_year}, 'draft', 1, 9500, 7500, 50000, 100000, 'illustrative', '', 1, {now}, {now})",
        q(&a.plan),
        q(&format!("Benchmark plan {} ({} indicators)", a.plan, a.indicators))
    ))
    .await?;

    let tree = super::tree::write(txn, plan_id, &units, &now).await?;
    let mut frame = Frame {
        plan_id,
        start_year,
        end_year,
        report_year: start_year + a.years - 1,
        units,
        outputs: tree.outputs,
        enablers: tree.enablers,
        goal_side: tree.goal_side,
        indicators: Vec::new(),
        dimension_values,
        now,
    };
    frame.indicators = indicators(txn, a, &frame, &tree.leaves, progress).await?;
    Ok(frame)
}

/// Writes the indicators with their milestones and dimension links; the indicators, in code order.
async fn indicators(
    txn: &DatabaseTransaction,
    a: &BenchArgs,
    f: &Frame,
    leaves: &[i64],
    progress: &mut Progress,
) -> Result<Vec<Indicator>, DbErr> {
    let (plan_id, start_year, end_year, units, now) = (f.plan_id, f.start_year, f.end_year, &f.units, &f.now);
    let first_id = next_id(txn, "indicators").await?;
    // Milestones and dimension links reference their indicators: all three are written together,
    // indicators first, whenever 1,000 indicators are pending (3 milestones each would otherwise fill
    // a batch, and be written, before the indicators they point to).
    let mut inds = Bulk::manual(
        txn,
        "indicators",
        "id, plan_id, node_id, code, name, unit, direction, aggregation, baseline_value, baseline_year, \
         target_value, target_year, frequency, owner_unit_id, is_key, provenance, version, created_at, updated_at",
    );
    let mut milestones = Bulk::manual(
        txn,
        "indicator_milestones",
        "id, indicator_id, year, value, provenance, version",
    );
    let mut dims = Bulk::manual(txn, "indicator_dimensions", "indicator_id, dimension_id");
    let dim_ids = dimension_ids(txn).await?;
    let mut milestone_id = next_id(txn, "indicator_milestones").await?;
    let mut indicators = Vec::with_capacity(a.indicators);
    for k in 0..a.indicators {
        let id = first_id + k as i64;
        let (direction, count, base, target, baseline) = shape(k);
        // A count's baseline, milestones and target are whole numbers, as its values must be.
        let exact = |v: i64| if count { whole(v) } else { v };
        let unit = if count { "count" } else { "percent" };
        let owner = units[owner_of(k, a.indicators, a.br_indicators, units.len())].0;
        inds.row(&format!(
            "{id}, {plan_id}, {}, {}, {}, '{unit}', '{direction}', 'latest', {}, {}, {target}, {end_year}, 'annual', \
             {owner}, {}, 'illustrative', 1, {now}, {now}",
            leaves[k % leaves.len()],
            q(&format!("B{k:05}")),
            q(&format!("Synthetic indicator {k} measuring something useful")),
            baseline.map_or("NULL".into(), |b| b.to_string()),
            baseline.map_or("NULL".into(), |_| (start_year - 1).to_string()),
            if k % 50 == 0 { "TRUE" } else { "FALSE" },
        ))
        .await?;
        for y in start_year..end_year {
            let value =
                exact(base + (target - base) * i64::from(y - start_year + 1) / i64::from(end_year - start_year + 1));
            milestones
                .row(&format!("{milestone_id}, {id}, {y}, {value}, 'illustrative', 1"))
                .await?;
            milestone_id += 1;
        }
        for d in &dim_ids {
            dims.row(&format!("{id}, {d}")).await?;
        }
        if inds.pending() >= 1000 {
            inds.flush().await?;
            milestones.flush().await?;
            dims.flush().await?;
        }
        indicators.push(Indicator {
            id,
            k,
            baseline,
            target,
            count,
        });
        if k % 1000 == 999 || k + 1 == a.indicators {
            progress.show("indicators", k + 1, a.indicators);
        }
    }
    inds.flush().await?;
    milestones.flush().await?;
    dims.flush().await?;
    Ok(indicators)
}

/// The index in [`UNITS`] of the unit owning indicator `k` of `n`: every unit in turn, or with `br` given,
/// BR (index 1) for `br` indicators spread evenly and the other units in turn for the rest.
fn owner_of(k: usize, n: usize, br: Option<usize>, units: usize) -> usize {
    let Some(br) = br else { return k % units };
    // BR's indicators before k, and whether k is one: the multiples of n/br crossed so far.
    let (before, upto) = (k * br / n, (k + 1) * br / n);
    if upto > before {
        return 1;
    }
    let rest = (k - before) % (units - 1);
    if rest >= 1 { rest + 1 } else { rest }
}

/// The ids of the [`DIMENSIONS`] every indicator is broken down by.
async fn dimension_ids(txn: &DatabaseTransaction) -> Result<Vec<i64>, DbErr> {
    let mut v = Vec::new();
    for (d, _, _) in DIMENSIONS {
        v.extend(id_of(txn, "dimensions", format!("code = {}", q(d))).await?);
    }
    Ok(v)
}

/// Indicator `k`'s direction, whether it is a count, and its base, target and baseline (×10⁴).
fn shape(k: usize) -> (&'static str, bool, i64, i64, Option<i64>) {
    let h = mix(&[k as i64, 17]);
    let direction = match k % 13 {
        0 => "maintain",
        1 | 7 => "decrease",
        _ => "increase",
    };
    let count = k % 5 == 4;
    // A count's baseline, milestones and target are whole numbers, as its values must be.
    let exact = |v: i64| if count { whole(v) } else { v };
    let base = exact(200_000 + (h % 400_000) as i64); // 20 … 60
    let target = match direction {
        "maintain" => base,
        "decrease" => base - 150_000,
        _ => base + 300_000,
    };
    let baseline = (k % 101 != 100).then_some(base);
    (direction, count, base, target, baseline)
}

#[cfg(test)]
mod tests {
    use super::owner_of;

    fn owned(n: usize, br: Option<usize>) -> [usize; 4] {
        let mut counts = [0; 4];
        for k in 0..n {
            counts[owner_of(k, n, br, 4)] += 1;
        }
        counts
    }

    #[test]
    fn each_unit_owns_a_quarter_unless_br_is_given_its_share() {
        assert_eq!(owned(10_000, None), [2500; 4]);
        assert_eq!(owned(10_000, Some(1000)), [3000, 1000, 3000, 3000]);
        assert_eq!(owned(10, Some(10)), [0, 10, 0, 0]);
        assert_eq!(owned(7, Some(0)), [3, 0, 2, 2]);
    }
}
