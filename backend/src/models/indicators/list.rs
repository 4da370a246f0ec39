//! The indicator list of a plan with statuses for a year, filtered, sorted and paginated. This is the
//! read the benchmark measures: one read of the data version per request; plan, unit codes and
//! statuses come from the evaluation cache while the data is unchanged.

use super::Indicator;
use crate::auth::Actor;
use crate::entities::indicators;
use crate::error::{AppError, AppResult, FieldErrors};
use crate::models::cache::Cache;
use crate::models::evaluation::Evaluation;
use crate::models::nodes;
use crate::models::paging::PageParams;
use crate::models::plans::{cached_plan_by_code, plan_year};
use crate::policy::{Action, authorize};
use crate::status::{Assessment, Status};
use sea_orm::DatabaseConnection;
use serde::Deserialize;
use std::cmp::Ordering;
use std::collections::HashMap;
use std::sync::Arc;

/// Filters, paging and sorting of the indicator list.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct IndicatorListParams {
    /// The year assessed; defaults to the plan's first year.
    pub year: Option<i32>,
    /// Only indicators attached to this node (code).
    pub node: Option<String>,
    /// Only indicators owned by this org unit (code).
    pub unit: Option<String>,
    /// Only indicators with this status for the year.
    pub status: Option<String>,
    /// Only indicators on nodes of this level.
    pub level: Option<String>,
    /// Only key indicators (`true`) or only the others (`false`).
    pub key: Option<bool>,
    /// Text searched in code and name, ignoring case.
    pub q: Option<String>,
    /// Page number, 1..=1,000,000.
    pub page: Option<u64>,
    /// Items per page, 1..=500 (default 50).
    pub per_page: Option<u64>,
    /// code, name, status or progress; prefix `-` for descending. Ties keep the id order; indicators
    /// without progress come last either way.
    pub sort: Option<String>,
}

/// A sortable field of the list.
#[derive(Clone, Copy)]
enum SortBy {
    Code,
    Name,
    Status,
    Progress,
}

fn compare(by: SortBy, a: (&indicators::Model, &Assessment), b: (&indicators::Model, &Assessment)) -> Ordering {
    match by {
        SortBy::Code => a.0.code.cmp(&b.0.code),
        SortBy::Name => a.0.name.cmp(&b.0.name),
        SortBy::Status => a.1.status.cmp(&b.1.status),
        SortBy::Progress => a.1.progress.cmp(&b.1.progress),
    }
}

/// One item of the list: the indicator, its node's code and level, its owner's code, its assessment,
/// borrowed from the evaluation the list was read from (nothing is copied to list a page).
pub type ListItem<'a> = (&'a Indicator, (&'a str, &'a str), &'a str, &'a Assessment);

/// One page of the list for a year: the evaluation it was read from (kept, not copied) and which of its
/// indicators the page shows, in order ([`IndicatorList::items`]).
pub struct IndicatorList {
    /// Plan code.
    pub plan: String,
    /// The year assessed.
    pub year: i32,
    /// Items across all pages.
    pub total: u64,
    /// This page, from 1.
    pub page: u64,
    /// Page size.
    pub per_page: u64,
    /// The evaluation of the plan and year.
    ev: Arc<Evaluation>,
    /// Org unit codes by id.
    unit_codes: Arc<HashMap<i32, String>>,
    /// This page's indicators, as indices into the evaluation's indicators.
    shown: Vec<usize>,
}

impl IndicatorList {
    /// This page's items, in order.
    pub fn items(&self) -> impl Iterator<Item = ListItem<'_>> {
        self.shown.iter().filter_map(|&k| {
            let i = &self.ev.indicators[k];
            let a = self.ev.assessments.get(&i.id)?;
            let node = self
                .ev
                .node(i.node_id)
                .map_or(("", ""), |n| (n.code.as_str(), n.level.as_str()));
            let unit = self.unit_codes.get(&i.owner_unit_id).map_or("", String::as_str);
            Some((i, node, unit, a))
        })
    }
}

/// The filters resolved against the plan.
struct Resolved {
    year: i32,
    status: Option<Status>,
    desc: bool,
    sort: SortBy,
    page: u64,
    per_page: u64,
    unit_id: Option<i32>,
}

/// Reads the sort parameter: `(descending, field)`, the field `None` (and named in `errs`) if unknown.
fn sort_of(errs: &mut FieldErrors, sort: Option<&str>) -> (bool, Option<SortBy>) {
    match sort.filter(|s| !s.is_empty()) {
        None => (false, Some(SortBy::Code)),
        Some(s) => {
            let (desc, name) = s.strip_prefix('-').map_or((false, s), |n| (true, n));
            let by = match name {
                "code" => Some(SortBy::Code),
                "name" => Some(SortBy::Name),
                "status" => Some(SortBy::Status),
                "progress" => Some(SortBy::Progress),
                _ => None,
            };
            if by.is_none() {
                errs.push(
                    "sort",
                    crate::error::Said::new(
                        "said-not-sortable-among",
                        [("name", name.into()), ("fields", "code, name, status, progress".into())],
                    ),
                );
            }
            (desc, by)
        }
    }
}

/// Checks every filter, naming each problem; `Err` with them when any is wrong.
fn resolve(
    errs: &mut FieldErrors,
    plan: &crate::models::plans::Plan,
    p: &IndicatorListParams,
    unit_codes: &HashMap<i32, String>,
) -> AppResult<Resolved> {
    let year = errs.check("year", plan_year(plan, p.year));
    let status = p.status.as_deref().and_then(|s| {
        errs.check(
            "status",
            Status::parse(s).ok_or_else(|| {
                crate::error::Said::not_one_of(s, &["achieved", "on_track", "at_risk", "off_track", "no_data"])
            }),
        )
    });
    if let Some(l) = &p.level {
        errs.check("level", super::one_of(l, nodes::LEVELS));
    }
    let (desc, sort) = sort_of(errs, p.sort.as_deref());
    let paging = PageParams {
        page: p.page,
        per_page: p.per_page,
        sort: None,
    }
    .resolve();
    if let Err(AppError::Invalid(e)) = &paging {
        errs.0.extend(e.iter().cloned());
    }
    let unit_id = p.unit.as_ref().and_then(|code| {
        let found = unit_codes.iter().find(|(_, c)| *c == code).map(|(id, _)| *id);
        if found.is_none() {
            errs.push(
                "unit",
                crate::error::Said::new("said-no-unit-code", [("code", code.to_string().into())]),
            );
        }
        found
    });
    let (Some(year), Some(sort), Ok((page, per_page))) = (year, sort, paging) else {
        return Err(AppError::Invalid(std::mem::take(&mut errs.0)));
    };
    Ok(Resolved {
        year,
        status,
        desc,
        sort,
        page,
        per_page,
        unit_id,
    })
}

/// Indicators of plan `plan` with actual, expected, progress and status for the year, by the status
/// rule (any signed-in user); the same figures as the tree.
pub async fn list(
    db: &DatabaseConnection,
    cache: &Cache,
    actor: &Actor,
    plan: &str,
    p: IndicatorListParams,
) -> AppResult<IndicatorList> {
    authorize(actor, Action::Read)?;
    // The data version read with the token or session (or once now); the plan, unit codes and statuses
    // then come from this process's cache while the data is unchanged.
    let snap = cache.snapshot_at(db, actor.data_version).await?;
    let plan = cached_plan_by_code(&snap, db, plan).await?;
    let mut errs = FieldErrors::default();
    let unit_codes = snap.unit_codes(db).await?;
    let r = resolve(&mut errs, &plan, &p, &unit_codes)?;
    let ev = snap.evaluate(db, plan, r.year).await?;
    let node_of: HashMap<i32, (&str, &str)> = ev
        .nodes
        .iter()
        .map(|n| (n.id, (n.code.as_str(), n.level.as_str())))
        .collect();
    let node_id = p.node.as_ref().and_then(|code| {
        let found = ev.nodes.iter().find(|n| &n.code == code).map(|n| n.id);
        if found.is_none() {
            errs.push(
                "node",
                crate::error::Said::new(
                    "said-plan-no-node",
                    [
                        ("plan", ev.plan.code.as_str().into()),
                        ("code", code.to_string().into()),
                    ],
                ),
            );
        }
        found
    });
    errs.finish()?;
    let q =
        p.q.as_deref()
            .map(|q| q.trim().to_lowercase())
            .filter(|q| !q.is_empty());
    let mut rows: Vec<(usize, &indicators::Model, &Assessment)> = ev
        .indicators
        .iter()
        .enumerate()
        .filter_map(|(k, i)| ev.assessments.get(&i.id).map(|a| (k, i, a)))
        .filter(|(_, i, a)| {
            node_id.is_none_or(|n| i.node_id == n)
                && r.unit_id.is_none_or(|u| i.owner_unit_id == u)
                && r.status.is_none_or(|s| a.status == s)
                && p.key.is_none_or(|k| i.is_key == k)
                && p.level
                    .as_deref()
                    .is_none_or(|l| node_of.get(&i.node_id).is_some_and(|n| n.1 == l))
                && q.as_deref()
                    .is_none_or(|q| i.code.to_lowercase().contains(q) || i.name.to_lowercase().contains(q))
        })
        .collect();
    sort_rows(&mut rows, r.sort, r.desc);
    let total = rows.len() as u64;
    let shown = rows
        .into_iter()
        .skip(((r.page - 1) * r.per_page) as usize)
        .take(r.per_page as usize)
        .map(|(k, _, _)| k)
        .collect();
    Ok(IndicatorList {
        plan: ev.plan.code.clone(),
        year: r.year,
        total,
        page: r.page,
        per_page: r.per_page,
        ev: ev.clone(),
        unit_codes,
        shown,
    })
}

fn sort_rows(rows: &mut [(usize, &indicators::Model, &Assessment)], sort: SortBy, desc: bool) {
    rows.sort_by(|a, b| {
        // Missing progress sorts last in both directions; the id keeps the order stable.
        let missing =
            |x: &(usize, &indicators::Model, &Assessment)| matches!(sort, SortBy::Progress) && x.2.progress.is_none();
        missing(a)
            .cmp(&missing(b))
            .then_with(|| {
                let o = compare(sort, (a.1, a.2), (b.1, b.2));
                if desc { o.reverse() } else { o }
            })
            .then(a.1.id.cmp(&b.1.id))
    });
}
