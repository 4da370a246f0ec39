//! The financial plan: categories per kind of line.

/// Every category of a financial-plan line.
pub const CATEGORIES: &[&str] =
    &["assessed_contributions", "cost_recovery", "interest_and_other", "reserve_account", "staff", "non_staff"];

/// Revenue categories (Decision 5).
pub const REVENUE: &[&str] = &["assessed_contributions", "cost_recovery", "interest_and_other", "reserve_account"];

/// Expense categories.
pub const EXPENSE: &[&str] = &["staff", "non_staff"];

/// Checks that `category` belongs to `kind` (revenue or expense).
pub fn check_category(kind: &str, category: &str) -> Result<(), String> {
    let ok = match kind {
        "revenue" => REVENUE.contains(&category),
        "expense" => EXPENSE.contains(&category),
        _ => false,
    };
    if ok { Ok(()) } else { Err(format!("`{category}` is not a {kind} category")) }
}
