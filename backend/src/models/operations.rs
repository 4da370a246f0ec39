//! Operational plans and their items: the statuses an item may have and the delivery rate of an item and
//! of a plan as the API publishes them. The rule itself is [`stratrack_reports::delivery`], the one the
//! annual report uses: an item's rate is delivered ÷ planned, not capped; a plan's (or a unit's) rate is
//! the mean of its items' rates, each capped at 1, without cancelled items and items with nothing
//! planned. Here the exact figures are only rounded for publication, as the report rounds them.

use rust_decimal::Decimal;
use serde::Serialize;
use stratrack_reports::delivery::{self, Quantities};
use stratrack_reports::format::{DERIVED_DP, round};

/// The statuses of an operational item.
pub const ITEM_STATUSES: &[&str] = &["planned", "in_progress", "delivered", "delayed", "cancelled"];

/// An item's delivery rate ([`delivery::item_rate`]: delivered ÷ planned, not capped, so 1.4 means 40 %
/// more than planned), rounded half away from zero to the report's [`DERIVED_DP`] places; `None` when
/// nothing was planned.
pub fn item_rate(planned: Decimal, delivered: Decimal) -> Option<Decimal> {
    delivery::item_rate(planned, delivered).map(|r| round(r, DERIVED_DP))
}

/// Delivery of a whole operational plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct PlanDelivery {
    /// Every item of the plan.
    pub items: u32,
    /// Items counted in the rate: not cancelled and with a planned quantity above zero.
    pub counted: u32,
    /// Counted items delivered in full (delivered ≥ planned).
    pub delivered_in_full: u32,
    /// Cancelled items.
    pub cancelled: u32,
    /// The plan's rate: the mean over counted items of their rates, each capped at 1 (so one
    /// over-delivered item cannot hide another's shortfall), rounded to four places; `None` when no item
    /// counts. An item's own `delivery_rate` is not capped.
    #[schema(value_type = Option<String>)]
    pub rate: Option<Decimal>,
}

/// The delivery of a plan made of `items` ([`delivery::delivery`]), its rate rounded once.
pub fn plan_delivery<'a>(items: impl IntoIterator<Item = Quantities<'a>>) -> PlanDelivery {
    let d = delivery::delivery(items);
    PlanDelivery {
        items: d.items,
        counted: d.counted,
        delivered_in_full: d.delivered_in_full,
        cancelled: d.cancelled,
        rate: d.rate.map(|r| round(r, DERIVED_DP)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    #[test]
    fn an_items_published_rate_is_rounded_to_four_places_and_not_capped() {
        assert_eq!(item_rate(dec!(13), dec!(16)), Some(dec!(1.2308)));
        assert_eq!(item_rate(dec!(2640), dec!(2655)), Some(dec!(1.0057)));
        assert_eq!(item_rate(Decimal::ZERO, dec!(3)), None);
    }

    #[test]
    fn the_plan_mean_is_taken_on_exact_capped_ratios_and_rounded_once() {
        let items = [
            (dec!(3), dec!(1), "in_progress"),
            (dec!(1), dec!(2), "delivered"),
            (dec!(1), dec!(1), "delivered"),
        ];
        let d = plan_delivery(items.map(|(planned, delivered, status)| Quantities {
            planned,
            delivered,
            status,
        }));
        // (1/3 + 1 + 1) / 3 = 0.77777…: the second item's 2 counts as 1.
        assert_eq!(d.rate, Some(dec!(0.7778)));
        assert_eq!((d.items, d.counted, d.delivered_in_full, d.cancelled), (3, 3, 2, 0));
    }
}
