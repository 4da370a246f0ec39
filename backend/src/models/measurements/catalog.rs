//! What validating a value needs to know, loaded once: plans, indicators with their dimensions, dimension
//! values and locked years. A single entry loads the slice it needs; an import loads whole plans, so
//! 100,000 rows are checked in memory without a query per row.

use crate::entities::{dimension_values, dimensions, indicator_dimensions, indicators, org_units, plans};
use crate::models::periods;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use std::collections::{HashMap, HashSet};

/// Preloaded lookups for validating measurements.
#[derive(Debug, Default)]
pub struct Catalog {
    /// Plans by code.
    pub plans: HashMap<String, plans::Model>,
    /// Indicators by plan id, then code.
    pub indicators: HashMap<i32, HashMap<String, indicators::Model>>,
    /// Dimension ids each indicator is disaggregated by.
    pub indicator_dims: HashMap<i32, HashSet<i32>>,
    /// Dimensions by code.
    pub dimensions: HashMap<String, i32>,
    /// Value codes of each dimension id, in sort order, with their ids.
    pub values: HashMap<i32, Vec<(String, i32)>>,
    /// The lock of each locked (plan id, year), with its exceptions.
    pub locks: HashMap<(i32, i32), periods::Lock>,
    /// The codes of the indicators' owner units by id (only a single entry's catalogue reads them, with
    /// its indicator, for the answer and the notices).
    pub unit_codes: HashMap<i32, String>,
}

impl Catalog {
    /// Why a value of an indicator owned by org unit `unit` may not change in `year` of plan `plan_id`
    /// now ([`periods::Lock::refuses`]), or None. Only a catalogue loaded for whole plans knows the locks.
    pub fn refusal(&self, plan_id: i32, year: i32, unit: i32) -> Option<crate::error::Reason> {
        self.locks
            .get(&(plan_id, year))
            .and_then(|l| l.refuses(Some(unit), chrono::Utc::now()))
    }

    /// Loads the plans named (every plan when `plan_codes` is None) with all their indicators.
    pub async fn for_plans(db: &impl ConnectionTrait, plan_codes: Option<&[String]>) -> Result<Self, DbErr> {
        let mut q = plans::Entity::find();
        if let Some(codes) = plan_codes {
            q = q.filter(plans::Column::Code.is_in(codes.iter().cloned()));
        }
        let plan_rows = q.all(db).await?;
        let ids: Vec<i32> = plan_rows.iter().map(|p| p.id).collect();
        let inds = indicators::Entity::find()
            .filter(indicators::Column::PlanId.is_in(ids))
            .all(db)
            .await?;
        Self::assemble(db, plan_rows, inds, true).await
    }

    /// Loads one plan and, of its indicators, only `indicator_code`, for a single entry: dimensions only
    /// when the entry is disaggregated, and no locks (the write transaction checks the year's lock).
    pub async fn for_indicator(
        db: &impl ConnectionTrait,
        plan_code: &str,
        indicator_code: &str,
        disaggregated: bool,
    ) -> Result<Self, DbErr> {
        // The indicator with its plan and owner unit in one query; only when there is none (an unknown
        // code, which validation names) are the plan and the indicator looked up apart.
        let found = indicators::Entity::find()
            .find_also_related(plans::Entity)
            .find_also(indicators::Entity, org_units::Entity)
            .filter(plans::Column::Code.eq(plan_code))
            .filter(indicators::Column::Code.eq(indicator_code))
            .all(db)
            .await?;
        let mut unit_codes = HashMap::new();
        let (plan_rows, inds) = if found.iter().all(|(_, p, _)| p.is_some()) && !found.is_empty() {
            let mut plan_rows: Vec<plans::Model> = Vec::new();
            let mut inds = Vec::new();
            for (i, p, u) in found {
                if let Some(p) = p
                    && !plan_rows.iter().any(|known| known.id == p.id)
                {
                    plan_rows.push(p);
                }
                if let Some(u) = u {
                    unit_codes.insert(u.id, u.code);
                }
                inds.push(i);
            }
            (plan_rows, inds)
        } else {
            let plan_rows = plans::Entity::find()
                .filter(plans::Column::Code.eq(plan_code))
                .all(db)
                .await?;
            let ids: Vec<i32> = plan_rows.iter().map(|p| p.id).collect();
            let inds = indicators::Entity::find()
                .filter(indicators::Column::PlanId.is_in(ids))
                .filter(indicators::Column::Code.eq(indicator_code))
                .all(db)
                .await?;
            (plan_rows, inds)
        };
        let mut cat = Self::assemble(db, plan_rows, inds, false).await?;
        cat.unit_codes = unit_codes;
        if disaggregated {
            cat.load_dimensions(db).await?;
        }
        Ok(cat)
    }

    async fn assemble(
        db: &impl ConnectionTrait,
        plan_rows: Vec<plans::Model>,
        inds: Vec<indicators::Model>,
        everything: bool,
    ) -> Result<Self, DbErr> {
        let mut cat = Catalog::default();
        for i in inds {
            cat.indicators.entry(i.plan_id).or_default().insert(i.code.clone(), i);
        }
        if everything {
            cat.load_dimensions(db).await?;
            for p in &plan_rows {
                for (year, lock) in periods::locks(db, p).await? {
                    cat.locks.insert((p.id, year), lock);
                }
            }
        }
        for p in plan_rows {
            cat.plans.insert(p.code.clone(), p);
        }
        Ok(cat)
    }

    /// Loads the dimensions of the catalogue's indicators and every dimension value.
    async fn load_dimensions(&mut self, db: &impl ConnectionTrait) -> Result<(), DbErr> {
        let cat = self;
        let ind_ids: Vec<i32> = cat.indicators.values().flat_map(|m| m.values().map(|i| i.id)).collect();
        for link in indicator_dimensions::Entity::find()
            .filter(indicator_dimensions::Column::IndicatorId.is_in(ind_ids))
            .all(db)
            .await?
        {
            cat.indicator_dims
                .entry(link.indicator_id)
                .or_default()
                .insert(link.dimension_id);
        }
        for d in dimensions::Entity::find().all(db).await? {
            cat.dimensions.insert(d.code, d.id);
        }
        let mut values = dimension_values::Entity::find().all(db).await?;
        values.sort_by(|a, b| (a.sort_order, &a.code).cmp(&(b.sort_order, &b.code)));
        for v in values {
            cat.values.entry(v.dimension_id).or_default().push((v.code, v.id));
        }
        Ok(())
    }

    /// The indicator `code` of plan `plan_id`.
    pub fn indicator(&self, plan_id: i32, code: &str) -> Option<&indicators::Model> {
        self.indicators.get(&plan_id)?.get(code)
    }

    /// The dimension value id of `dim`=`value`, if the dimension has that value.
    pub fn value_id(&self, dim_id: i32, value: &str) -> Option<i32> {
        self.values
            .get(&dim_id)?
            .iter()
            .find(|(c, _)| c == value)
            .map(|(_, id)| *id)
    }

    /// The value codes of a dimension, for messages.
    pub fn value_codes(&self, dim_id: i32) -> String {
        self.values
            .get(&dim_id)
            .map(|v| v.iter().map(|(c, _)| c.as_str()).collect::<Vec<_>>().join(", "))
            .unwrap_or_default()
    }

    /// The dimension codes an indicator is disaggregated by, for messages.
    pub fn dims_of(&self, indicator_id: i32) -> String {
        let ids = self.indicator_dims.get(&indicator_id);
        let mut codes: Vec<&str> = self
            .dimensions
            .iter()
            .filter(|(_, id)| ids.is_some_and(|s| s.contains(id)))
            .map(|(c, _)| c.as_str())
            .collect();
        codes.sort_unstable();
        if codes.is_empty() {
            "none".into()
        } else {
            codes.join(", ")
        }
    }
}
