//! What a signed-in user is looking at, read for the frame of every page: the plans to choose from, the
//! plan and year being viewed, and the user's own org unit.

use crate::auth::Actor;
use crate::error::{AppError, AppResult};
use crate::models::cache::Snapshot;
use crate::models::plans::Plan;
use sea_orm::ConnectionTrait;

/// The database handle a door passes on to the use cases (`&st.db`), named where a door must name it.
pub type Database = sea_orm::DatabaseConnection;

/// The plan and year being viewed, and what to choose from.
#[derive(Debug, Clone)]
pub struct Viewing {
    /// Every plan, newest start year first.
    pub plans: Vec<Plan>,
    /// The plan being viewed.
    pub plan: Plan,
    /// The year being viewed.
    pub year: i32,
    /// The code of the actor's org unit, if they have one.
    pub unit: Option<String>,
}

/// The plan named `plan` (404 if there is none; default: the adopted plan, else the newest) and `year`
/// (default: this year, within the plan's years), with every plan and the actor's org unit.
/// Plans and unit codes come from the cache at `snap`'s version.
pub async fn viewing(
    db: &impl ConnectionTrait,
    snap: &Snapshot<'_>,
    actor: &Actor,
    plan: Option<&str>,
    year: Option<i32>,
) -> AppResult<Viewing> {
    let mut all: Vec<Plan> = snap.plans(db).await?.as_ref().clone();
    // Newest start year first; the same start year by code (the cache keeps code order, the sort is stable).
    all.sort_by_key(|p| std::cmp::Reverse(p.start_year));
    let plan = match plan {
        Some(code) => all.iter().find(|p| p.code == code).cloned().ok_or_else(|| {
            AppError::not_found(crate::error::Said::new(
                "said-what-plan",
                [("code", code.to_string().into())],
            ))
        })?,
        None => all
            .iter()
            .find(|p| p.status == "adopted")
            .or_else(|| all.first())
            .cloned()
            .ok_or_else(|| AppError::not_found(crate::error::Said::new("said-what-any-plan", [])))?,
    };
    let this_year = chrono::Datelike::year(&chrono::Utc::now());
    let year = year.unwrap_or(this_year.clamp(plan.start_year, plan.end_year));
    let unit = match actor.unit_id {
        Some(id) => snap.unit_codes(db).await?.get(&id).cloned(),
        None => None,
    };
    Ok(Viewing {
        plans: all,
        plan,
        year,
        unit,
    })
}
