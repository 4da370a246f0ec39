//! What this process has computed from the data, kept with the data version ([`super::data_version`]) it
//! was computed at and served only while that version is current: plans, unit codes, evaluations
//! (statuses and roll-ups of a plan for a year) and any other [`Derived`] value (the dashboard's finance
//! figures and charts, the nodes' costs, a waiting count). A read then costs one indexed read of the
//! version instead of the queries and the rendering, and a change made by any process (every write raises
//! the version in its own transaction) is seen by the next read.
//!
//! The version is read before the data, so nothing kept is older than its version; a change that lands
//! while a value is computed only makes the next read compute it again. Everything of an older version is
//! dropped when something of a newer one is stored, so the cache holds at most one value per key: its
//! memory is bounded by the keys the current version is asked for (plans × years, roles × units).

use super::evaluation::{Evaluation, evaluate};
use crate::entities::plans;
use sea_orm::{ConnectionTrait, DbErr, EntityTrait, QueryOrder};
use std::any::{Any, TypeId};
use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Arc;

/// A value computed from the data that the cache may keep, one per [`Derived::Key`] and data version.
/// The type names the kind of value, so two kinds never share an entry.
pub trait Derived: Send + Sync + 'static {
    /// What tells two values of this kind apart within one version (a plan and year, a role and unit).
    type Key: Hash + Eq + Send + Sync + 'static;
}

/// The cache: one per process (`AppState` holds it), shared by every request.
#[derive(Default)]
pub struct Cache {
    inner: std::sync::Mutex<Cached>,
}

/// The cache's contents, all at one data version.
#[derive(Default)]
struct Cached {
    version: i64,
    plans: Option<Arc<Vec<plans::Model>>>,
    unit_codes: Option<Arc<HashMap<i32, String>>>,
    evaluations: HashMap<(i32, i32), Arc<Evaluation>>,
    /// Per [`Derived`] type, a `HashMap<T::Key, Arc<T>>`.
    derived: HashMap<TypeId, Box<dyn Any + Send + Sync>>,
}

impl Cached {
    /// The values of kind `T`, created empty if there are none.
    fn of<T: Derived>(&mut self) -> &mut HashMap<T::Key, Arc<T>> {
        self.derived
            .entry(TypeId::of::<T>())
            .or_insert_with(|| Box::new(HashMap::<T::Key, Arc<T>>::new()))
            .downcast_mut()
            .expect("the entry of a type holds that type's map")
    }

    /// The value of kind `T` at `key`, if kept.
    fn get<T: Derived>(&self, key: &T::Key) -> Option<Arc<T>> {
        self.derived
            .get(&TypeId::of::<T>())
            .and_then(|m| m.downcast_ref::<HashMap<T::Key, Arc<T>>>())
            .and_then(|m| m.get(key).cloned())
    }
}

/// The cache as of one reading of the data version: take one per request, then ask it for what the
/// request needs, so that everything it serves belongs to the same version.
pub struct Snapshot<'a> {
    cache: &'a Cache,
    version: i64,
}

impl Cache {
    fn lock(&self) -> std::sync::MutexGuard<'_, Cached> {
        // A panic while holding the lock leaves consistent contents (whole values are swapped in).
        self.inner.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Reads the data version once.
    pub async fn snapshot(&self, db: &impl ConnectionTrait) -> Result<Snapshot<'_>, DbErr> {
        Ok(Snapshot {
            cache: self,
            version: super::data_version::current(db).await?,
        })
    }

    /// The snapshot at `known`, the data version the request already read (with the session or token of
    /// a request that changes nothing: `Actor::data_version`, read before any of the request's data, like
    /// [`Cache::snapshot`]), so the request makes no second round trip; without one, reads it now.
    pub async fn snapshot_at(&self, db: &impl ConnectionTrait, known: Option<i64>) -> Result<Snapshot<'_>, DbErr> {
        match known {
            Some(version) => Ok(Snapshot { cache: self, version }),
            None => self.snapshot(db).await,
        }
    }

    /// Plan `plan` evaluated for `year`, by [`evaluate`], from the cache when the data has not changed.
    pub async fn evaluate(
        &self,
        db: &impl ConnectionTrait,
        plan: plans::Model,
        year: i32,
    ) -> Result<Arc<Evaluation>, DbErr> {
        self.snapshot(db).await?.evaluate(db, plan, year).await
    }

    /// How many evaluations are kept (for tests and diagnostics).
    pub fn len(&self) -> usize {
        self.lock().evaluations.len()
    }

    /// Whether no evaluation is kept.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Snapshot<'_> {
    /// The data version this snapshot read.
    pub fn version(&self) -> i64 {
        self.version
    }

    /// What `pick` finds in the cache, if the cache is at this snapshot's version.
    fn cached<T>(&self, pick: impl FnOnce(&Cached) -> Option<T>) -> Option<T> {
        let c = self.cache.lock();
        if c.version == self.version { pick(&c) } else { None }
    }

    /// Stores by `put`, first dropping everything of an older version; a snapshot older than the cache
    /// stores nothing.
    fn store(&self, put: impl FnOnce(&mut Cached)) {
        let mut c = self.cache.lock();
        if self.version > c.version {
            *c = Cached {
                version: self.version,
                ..Cached::default()
            };
        }
        if self.version == c.version {
            put(&mut c);
        }
    }

    /// The value of kind `T` at `key`: the one kept at this version, else what `compute` yields (kept
    /// for the next request when it succeeds). `compute` is only awaited on a miss; it must read the
    /// data as of now (the version was read before it), never anything older.
    pub async fn derived<T: Derived, E>(
        &self,
        key: T::Key,
        compute: impl Future<Output = Result<T, E>>,
    ) -> Result<Arc<T>, E> {
        if let Some(v) = self.cached(|c| c.get::<T>(&key)) {
            return Ok(v);
        }
        let v = Arc::new(compute.await?);
        self.store(|c| {
            c.of::<T>().insert(key, v.clone());
        });
        Ok(v)
    }

    /// Every plan, by code order.
    pub async fn plans(&self, db: &impl ConnectionTrait) -> Result<Arc<Vec<plans::Model>>, DbErr> {
        if let Some(p) = self.cached(|c| c.plans.clone()) {
            return Ok(p);
        }
        let p = Arc::new(plans::Entity::find().order_by_asc(plans::Column::Code).all(db).await?);
        self.store(|c| c.plans = Some(p.clone()));
        Ok(p)
    }

    /// The plan with `code`, if any.
    pub async fn plan(&self, db: &impl ConnectionTrait, code: &str) -> Result<Option<plans::Model>, DbErr> {
        Ok(self.plans(db).await?.iter().find(|p| p.code == code).cloned())
    }

    /// The code of every org unit by id.
    pub async fn unit_codes(&self, db: &impl ConnectionTrait) -> Result<Arc<HashMap<i32, String>>, DbErr> {
        if let Some(u) = self.cached(|c| c.unit_codes.clone()) {
            return Ok(u);
        }
        let u = Arc::new(super::units::codes(db).await?);
        self.store(|c| c.unit_codes = Some(u.clone()));
        Ok(u)
    }

    /// Plan `plan` evaluated for `year`, by [`evaluate`].
    pub async fn evaluate(
        &self,
        db: &impl ConnectionTrait,
        plan: plans::Model,
        year: i32,
    ) -> Result<Arc<Evaluation>, DbErr> {
        let key = (plan.id, year);
        if let Some(ev) = self.cached(|c| c.evaluations.get(&key).cloned()) {
            return Ok(ev);
        }
        let ev = Arc::new(evaluate(db, plan, year).await?);
        self.store(|c| {
            c.evaluations.insert(key, ev.clone());
        });
        Ok(ev)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Count(u64);
    impl Derived for Count {
        type Key = i32;
    }
    struct Other(u64);
    impl Derived for Other {
        type Key = i32;
    }

    fn at(cache: &Cache, version: i64) -> Snapshot<'_> {
        Snapshot { cache, version }
    }

    async fn ok<T>(v: T) -> Result<T, DbErr> {
        Ok(v)
    }

    #[tokio::test]
    async fn a_derived_value_is_kept_per_key_and_kind_until_the_version_moves() {
        let cache = Cache::default();
        let s1 = at(&cache, 1);
        assert_eq!(s1.derived(7, ok(Count(1))).await.unwrap().0, 1);
        assert_eq!(
            s1.derived(7, ok(Count(2))).await.unwrap().0,
            1,
            "kept at the same version"
        );
        assert_eq!(s1.derived(8, ok(Count(3))).await.unwrap().0, 3, "another key");
        assert_eq!(s1.derived(7, ok(Other(4))).await.unwrap().0, 4, "another kind");
        let s2 = at(&cache, 2);
        assert_eq!(
            s2.derived(7, ok(Count(5))).await.unwrap().0,
            5,
            "a newer version computes again"
        );
        assert_eq!(
            s1.derived(8, ok(Count(6))).await.unwrap().0,
            6,
            "an older snapshot is not served"
        );
        assert_eq!(
            s2.derived(8, ok(Count(7))).await.unwrap().0,
            7,
            "older entries were dropped"
        );
        assert_eq!(s2.derived(7, ok(Count(8))).await.unwrap().0, 5);
    }

    #[tokio::test]
    async fn a_failed_computation_is_not_kept() {
        let cache = Cache::default();
        let s = at(&cache, 1);
        let failed: Result<Arc<Count>, DbErr> = s.derived(1, async { Err(DbErr::Custom("down".into())) }).await;
        assert!(failed.is_err());
        assert_eq!(s.derived(1, ok(Count(2))).await.unwrap().0, 2);
    }
}
