//! The delivery rate of operational-plan items and of a set of items (a unit's, or an operational
//! plan's): the one definition the report, the API and the pages all use.
//!
//! - An **item's rate** is delivered ÷ planned, exact and **not capped**: an item that delivered 16 of
//!   13 planned workshops has a rate of 1.2308…, and every door shows that figure. An item with
//!   nothing planned has no rate.
//! - The **rate of a set of items** is the mean of its items' rates, **each capped at 1** first, over
//!   the counted items (not cancelled, something planned): one over-delivered item cannot hide the
//!   shortfall of another. This capped mean is the only place a rate is capped.
//!
//! Both are exact; rounding (to [`crate::format::DERIVED_DP`] places) is for display only.

use rust_decimal::Decimal;

/// Status of a cancelled item, which the set rate leaves out.
pub const CANCELLED: &str = "cancelled";

/// Delivered ÷ planned of one item, exact and not capped; `None` when nothing was planned.
pub fn item_rate(planned: Decimal, delivered: Decimal) -> Option<Decimal> {
    (planned > Decimal::ZERO).then(|| delivered / planned)
}

/// One item as the set rate sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quantities<'a> {
    /// Planned quantity.
    pub planned: Decimal,
    /// Delivered quantity.
    pub delivered: Decimal,
    /// Item status (`planned`, `in_progress`, `delivered`, `delayed`, `cancelled`).
    pub status: &'a str,
}

/// Delivery of a set of items.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Delivery {
    /// Every item.
    pub items: u32,
    /// Items counted in the rate: not cancelled and with a planned quantity above zero.
    pub counted: u32,
    /// Counted items delivered in full (delivered ≥ planned).
    pub delivered_in_full: u32,
    /// Cancelled items.
    pub cancelled: u32,
    /// Mean over the counted items of their rates capped at 1, exact; `None` when no item counts.
    pub rate: Option<Decimal>,
}

/// Whether an item was **delivered in full**: counted (not cancelled, something planned) and its delivered
/// quantity at least the planned one; `None` when the item is not counted. The one definition the summary,
/// the delivery chart and the items table all use: an item a unit marked `delivered` short of its planned
/// quantity is not delivered in full.
pub fn in_full(i: Quantities<'_>) -> Option<bool> {
    (i.status != CANCELLED && i.planned > Decimal::ZERO).then(|| i.delivered >= i.planned)
}

/// The delivery of `items` (rule in the module documentation).
pub fn delivery<'a>(items: impl IntoIterator<Item = Quantities<'a>>) -> Delivery {
    let mut d = Delivery::default();
    let mut sum = Decimal::ZERO;
    for i in items {
        d.items += 1;
        if i.status == CANCELLED {
            d.cancelled += 1;
        } else if let Some(rate) = item_rate(i.planned, i.delivered) {
            d.counted += 1;
            sum += rate.min(Decimal::ONE);
            if in_full(i) == Some(true) {
                d.delivered_in_full += 1;
            }
        }
    }
    if d.counted > 0 {
        d.rate = Some(sum / Decimal::from(d.counted));
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    fn item(planned: Decimal, delivered: Decimal, status: &str) -> Quantities<'_> {
        Quantities {
            planned,
            delivered,
            status,
        }
    }

    #[test]
    fn an_items_rate_is_delivered_over_planned_and_may_exceed_one() {
        assert_eq!(item_rate(dec!(13), dec!(16)).map(|r| r.round_dp(4)), Some(dec!(1.2308)));
        assert_eq!(item_rate(dec!(2), dec!(1)), Some(dec!(0.5)));
        assert_eq!(item_rate(Decimal::ZERO, dec!(3)), None, "nothing planned, no rate");
    }

    #[test]
    fn a_sets_rate_is_the_mean_of_capped_item_rates() {
        let d = delivery([
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
        let d = delivery([
            item(dec!(10), dec!(5), "in_progress"),
            item(dec!(10), dec!(0), CANCELLED),
            item(dec!(0), dec!(0), "planned"),
        ]);
        assert_eq!(d.rate, Some(dec!(0.5)));
        assert_eq!((d.items, d.counted, d.cancelled), (3, 1, 1));
        assert_eq!(delivery([]).rate, None);
    }
}
