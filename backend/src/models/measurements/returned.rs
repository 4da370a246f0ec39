//! The values returned to a user with their notes, for the dashboard's "Returned to you": a planner's
//! are their unit's; anyone's also those they entered or submitted. Newest return first.

use super::Measurement;
use super::store::slot_label;
use crate::auth::{Actor, Role};
use crate::entities::{indicators, measurements, plans};
use sea_orm::sea_query::Condition;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

/// A value returned, with its note.
#[derive(Debug, Clone)]
pub struct Returned {
    /// The value.
    pub value: Measurement,
    /// Its slot: "KPI-R1 2028", "KPI-R2 2028 Q3 (sex=female)".
    pub label: String,
    /// Indicator code.
    pub code: String,
    /// Indicator name.
    pub name: String,
    /// Plan code.
    pub plan: String,
    /// E-mail of who returned it.
    pub returned_by: Option<String>,
}

/// At most `limit` values in state `returned` that are `actor`'s to correct, newest return first (two
/// queries).
pub async fn returned_to(db: &impl ConnectionTrait, actor: &Actor, limit: u64) -> Result<Vec<Returned>, DbErr> {
    let mine = Condition::any()
        .add(measurements::Column::EnteredBy.eq(actor.id))
        .add(measurements::Column::SubmittedBy.eq(actor.id));
    let whose = match (actor.role, actor.unit_id) {
        (Role::Planner, Some(unit)) => mine.add(indicators::Column::OwnerUnitId.eq(unit)),
        _ => mine,
    };
    let rows = measurements::Entity::find()
        .find_also_related(indicators::Entity)
        .and_also_related(plans::Entity)
        .filter(measurements::Column::State.eq("returned"))
        .filter(whose)
        .order_by_desc(measurements::Column::ReturnedAt)
        .order_by_desc(measurements::Column::Id)
        .limit(limit)
        .all(db)
        .await?;
    let by: Vec<i32> = rows.iter().filter_map(|(m, _, _)| m.returned_by).collect();
    let emails = crate::models::periods::emails(db, by).await?;
    Ok(rows
        .into_iter()
        .filter_map(|(m, i, p)| {
            let (i, p) = (i?, p?);
            Some(Returned {
                label: slot_label(&i.code, m.year, m.quarter, &m.disaggregation),
                code: i.code,
                name: i.name,
                plan: p.code,
                returned_by: m.returned_by.and_then(|u| emails.get(&u).cloned()),
                value: m,
            })
        })
        .collect())
}
