//! Exact decimals on both backends: the documented worst case round-trips and a 10,000-row sum is exact.

use crate::both_backends;
use crate::helpers::{Backend, TestApp, insert_unit, stamped};
use rust_decimal::Decimal;
use rust_decimal::dec;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait, QuerySelect};
use stratrack::entities::{finance_lines, plans};
use stratrack::fixed::Fixed;

async fn plan_and_unit(app: &TestApp) -> (i32, i32) {
    let unit = insert_unit(&app.db, "GS", "General Secretariat", "secretariat").await;
    let plan = stamped(plans::ActiveModel {
        code: Set("P".into()),
        name: Set("P".into()),
        resolution: Set(String::new()),
        start_year: Set(2028),
        end_year: Set(2031),
        status: Set("draft".into()),
        max_age_years: Set(1),
        on_track_threshold: Set(Fixed::parse("0.95").unwrap()),
        at_risk_threshold: Set(Fixed::parse("0.75").unwrap()),
        maintain_on_track_pct: Set(Fixed::parse("5").unwrap()),
        maintain_at_risk_pct: Set(Fixed::parse("10").unwrap()),
        ..Default::default()
    })
    .insert(&app.db)
    .await
    .unwrap();
    (plan.id, unit)
}

fn line(plan: i32, unit: i32, year: i32, category: &str, amount: Decimal) -> finance_lines::ActiveModel {
    stamped(finance_lines::ActiveModel {
        plan_id: Set(plan),
        biennium: Set("2028-2029".into()),
        year: Set(year),
        org_unit_id: Set(unit),
        kind: Set("expense".into()),
        category: Set(category.into()),
        description: Set(String::new()),
        amount: Set(Fixed::from_decimal(amount).unwrap()),
        ..Default::default()
    })
}

both_backends! {
    async fn the_largest_documented_amount_round_trips_exactly(backend: Backend) {
        let Some(app) = TestApp::empty(backend).await else { return };
        let (plan, unit) = plan_and_unit(&app).await;
        let saved = line(plan, unit, 2028, "staff", dec!(12345678901234.5678)).insert(&app.db).await.unwrap();
        let back = finance_lines::Entity::find_by_id(saved.id).one(&app.db).await.unwrap().unwrap();
        assert_eq!(back.amount.to_decimal(), dec!(12345678901234.5678));
        assert_eq!(back.amount.to_string(), "12345678901234.5678");
    }
}

both_backends! {
    async fn a_ten_thousand_row_sum_is_exact(backend: Backend) {
        let Some(app) = TestApp::empty(backend).await else { return };
        let (plan, unit) = plan_and_unit(&app).await;
        let mut expected = Decimal::ZERO;
        let mut lines = Vec::new();
        // The unique key is (plan, year, unit, kind, category): 5,000 years × 2 categories.
        for year in 0..5000 {
            for cat in ["staff", "non_staff"] {
                // Amounts with four decimals that a float sum would not keep exact.
                let amount = Decimal::new(1_000_000_001 + i64::from(year) * 7919, 4) + dec!(0.1);
                expected += amount;
                lines.push(line(plan, unit, year, cat, amount));
            }
        }
        assert_eq!(lines.len(), 10_000);
        for chunk in lines.chunks(500) {
            finance_lines::Entity::insert_many(chunk.to_vec()).exec(&app.db).await.unwrap();
        }
        let raw: Option<i64> = finance_lines::Entity::find()
            .select_only()
            .column_as(stratrack::fixed::sum_of(finance_lines::Column::Amount), "s")
            .into_tuple()
            .one(&app.db)
            .await
            .unwrap()
            .flatten();
        let sum = Fixed::from_raw(raw.expect("a sum")).to_decimal();
        assert_eq!(sum, expected.normalize());
    }
}
