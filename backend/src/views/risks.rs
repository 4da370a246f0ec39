//! A risk of the register as JSON, with its score and the codes of the result nodes it threatens: the
//! domain's record, which is already the answer's shape.

pub use crate::models::risks::RiskEntry as RiskView;
