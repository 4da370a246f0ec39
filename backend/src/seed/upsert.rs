//! Idempotent upsert by natural key: insert what is missing, update only what differs, touch nothing else.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelBehavior, ActiveModelTrait, ActiveValue, ConnectionTrait, EntityTrait, IdenStatic, IntoActiveModel,
    Iterable, ModelTrait, Value,
};
use std::collections::HashMap;
use std::hash::Hash;

/// Rows inserted, updated and unchanged per table.
pub type Counts = std::collections::BTreeMap<&'static str, Tally>;

/// How many rows one table gained or changed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    /// Rows inserted.
    pub inserted: u32,
    /// Rows whose seeded columns differed and were updated.
    pub updated: u32,
    /// Rows already as the seed says.
    pub unchanged: u32,
}

/// Existing rows of one table by natural key.
pub struct Existing<K, M> {
    rows: HashMap<K, M>,
}

impl<K: Eq + Hash, M: ModelTrait> Existing<K, M> {
    /// Loads every row of `E` and keys it with `key`.
    pub async fn load<E>(db: &impl ConnectionTrait, key: impl Fn(&M) -> K) -> Result<Self, sea_orm::DbErr>
    where
        E: EntityTrait<Model = M>,
    {
        let rows = E::find().all(db).await?;
        Ok(Existing {
            rows: rows.into_iter().map(|m| (key(&m), m)).collect(),
        })
    }

    /// Inserts `am` if `key` is new, or updates the existing row where a set column differs.
    /// Returns the row's `id`.
    pub async fn upsert<A>(
        &mut self,
        db: &impl ConnectionTrait,
        key: K,
        mut am: A,
        now: DateTime<Utc>,
        tally: &mut Tally,
    ) -> Result<i32, sea_orm::DbErr>
    where
        A: ActiveModelTrait + ActiveModelBehavior + Send,
        A::Entity: EntityTrait<Model = M>,
        M: IntoActiveModel<A> + ModelTrait<Entity = A::Entity> + Send + Sync,
    {
        let col = |name: &str| <A::Entity as EntityTrait>::Column::iter().find(|c| c.as_str() == name);
        match self.rows.get(&key) {
            None => {
                for name in ["created_at", "updated_at"] {
                    if let Some(c) = col(name) {
                        am.set(c, now.fixed_offset().into());
                    }
                }
                let model = am.insert(db).await?;
                let id = id_of(&model, col("id"));
                self.rows.insert(key, model);
                tally.inserted += 1;
                Ok(id)
            }
            Some(existing) => {
                let changed = <A::Entity as EntityTrait>::Column::iter()
                    .any(|c| matches!(am.get(c), ActiveValue::Set(v) if existing.get(c) != v));
                let id = id_of(existing, col("id"));
                if !changed {
                    tally.unchanged += 1;
                    return Ok(id);
                }
                if let Some(c) = col("id") {
                    am.set(c, existing.get(c));
                }
                if let Some(c) = col("updated_at") {
                    am.set(c, now.fixed_offset().into());
                }
                if let Some(c) = col("version")
                    && let Value::Int(Some(v)) = existing.get(c)
                {
                    am.set(c, (v + 1).into());
                }
                let model = am.update(db).await?;
                self.rows.insert(key, model);
                tally.updated += 1;
                Ok(id)
            }
        }
    }

    /// The id of the existing row with `key`, if any.
    pub fn id(&self, key: &K) -> Option<i32>
    where
        M: ModelTrait,
    {
        self.rows.get(key).map(|m| {
            let c = <M::Entity as EntityTrait>::Column::iter().find(|c| c.as_str() == "id");
            id_of(m, c)
        })
    }
}

fn id_of<M: ModelTrait>(m: &M, c: Option<<M::Entity as EntityTrait>::Column>) -> i32 {
    match c.map(|c| m.get(c)) {
        Some(Value::Int(Some(id))) => id,
        _ => 0,
    }
}
