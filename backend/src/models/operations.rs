//! Operational plans and their items: the statuses an item may have and the delivery rate of an item and
//! of a plan. The rate rule is the annual report's ("the mean over a unit's items of delivered ÷ planned,
//! capped at 100 %; cancelled items and items with nothing planned are not counted"), so the API and the
//! report never disagree.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;

/// The statuses of an operational item.
pub const ITEM_STATUSES: &[&str] = &["planned", "in_progress", "delivered", "delayed", "cancelled"];

/// Decimal places of a published rate.
pub const RATE_DP: u32 = 4;

fn round(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(RATE_DP, RoundingStrategy::MidpointAwayFromZero)
        .normalize()
}

/// Delivered ÷ planned of one item, rounded half away from zero to [`RATE_DP`] places and not capped
/// (1.4 means 40 % more than planned); `None` when nothing was planned.
pub fn item_rate(planned: Decimal, delivered: Decimal) -> Option<Decimal> {
    (planned > Decimal::ZERO).then(|| round(delivered / planned))
}

/// One item as the plan rate sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemQuantities {
    /// Planned quantity.
    pub planned: Decimal,
    /// Delivered quantity.
    pub delivered: Decimal,
    /// Item status.
    pub status: String,
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
    /// Mean over counted items of delivered ÷ planned capped at 1, rounded to four places; `None` when no
    /// item counts.
    #[schema(value_type = Option<String>)]
    pub rate: Option<Decimal>,
}

/// The delivery of a plan made of `items` (rule in the module documentation). The mean is taken on
/// exact ratios and rounded once.
pub fn plan_delivery(items: &[ItemQuantities]) -> PlanDelivery {
    let mut d = PlanDelivery {
        items: 0,
        counted: 0,
        delivered_in_full: 0,
        cancelled: 0,
        rate: None,
    };
    let mut sum = Decimal::ZERO;
    for i in items {
        d.items += 1;
        if i.status == "cancelled" {
            d.cancelled += 1;
        } else if i.planned > Decimal::ZERO {
            d.counted += 1;
            sum += (i.delivered / i.planned).min(Decimal::ONE);
            if i.delivered >= i.planned {
                d.delivered_in_full += 1;
            }
        }
    }
    if d.counted > 0 {
        d.rate = Some(round(sum / Decimal::from(d.counted)));
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    fn item(planned: Decimal, delivered: Decimal, status: &str) -> ItemQuantities {
        ItemQuantities {
            planned,
            delivered,
            status: status.into(),
        }
    }

    #[test]
    fn an_items_rate_is_delivered_over_planned_and_may_exceed_one() {
        assert_eq!(item_rate(dec!(2640), dec!(2655)), Some(dec!(1.0057)));
        assert_eq!(item_rate(dec!(2), dec!(1)), Some(dec!(0.5)));
        assert_eq!(item_rate(dec!(10), dec!(14)), Some(dec!(1.4)));
    }

    #[test]
    fn an_item_with_nothing_planned_has_no_rate() {
        assert_eq!(item_rate(Decimal::ZERO, dec!(3)), None);
    }

    #[test]
    fn a_plans_rate_is_the_mean_of_capped_item_rates() {
        let d = plan_delivery(&[
            item(dec!(10), dec!(14), "delivered"),
            item(dec!(2), dec!(1), "delayed"),
            item(dec!(4), dec!(0), "planned"),
        ]);
        // (1 + 0.5 + 0) / 3 = 0.5: the over-delivery of the first item does not hide the others.
        assert_eq!(d.rate, Some(dec!(0.5)));
        assert_eq!((d.items, d.counted, d.delivered_in_full, d.cancelled), (3, 3, 1, 0));
    }

    #[test]
    fn cancelled_items_and_items_with_nothing_planned_are_not_counted() {
        let d = plan_delivery(&[
            item(dec!(10), dec!(5), "in_progress"),
            item(dec!(10), dec!(0), "cancelled"),
            item(dec!(0), dec!(0), "planned"),
        ]);
        assert_eq!(d.rate, Some(dec!(0.5)));
        assert_eq!((d.items, d.counted, d.cancelled), (3, 1, 1));
    }

    #[test]
    fn the_mean_is_rounded_once_to_four_places() {
        let d = plan_delivery(&[
            item(dec!(3), dec!(1), "in_progress"),
            item(dec!(1), dec!(1), "delivered"),
            item(dec!(1), dec!(1), "delivered"),
        ]);
        // (1/3 + 1 + 1) / 3 = 0.77777…
        assert_eq!(d.rate, Some(dec!(0.7778)));
    }

    #[test]
    fn a_plan_with_no_counted_item_has_no_rate() {
        assert_eq!(plan_delivery(&[]).rate, None);
        assert_eq!(plan_delivery(&[item(dec!(5), dec!(5), "cancelled")]).rate, None);
    }
}
