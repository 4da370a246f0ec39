//! The yearly collection of values: when the Secretary-General's office opens the collection of a plan's
//! year and when values are due, for every unit or one unit apart ([`calendar`]); how far each unit has
//! come, counted from the workflow states of its values ([`completeness`]); and how many statuses of a
//! year rest on that year's own values rather than on an older one standing in ([`basis`]).

pub mod basis;
pub mod calendar;
pub mod completeness;

pub use basis::Basis;
pub use calendar::{Calendar, Dates, SetDates, UnitDates, clear_override, read_calendar, set_default, set_override};
pub use completeness::{Board, Counts, UnitProgress, board};
