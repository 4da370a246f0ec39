//! The interface text of stratrack in the six official languages of the United Nations (Arabic,
//! Chinese, English, French, Russian, Spanish): one Fluent message file per language in `messages/`,
//! compiled into the binary (nothing is read from disk at run time), looked up by key with English as
//! the fallback, plurals chosen by the CLDR rules of each language (Arabic six forms, Russian three and
//! fractions, Chinese one).
//!
//! Used by the backend's pages and problem documents and by the reports crate (the report's words,
//! `messages/report/`); it depends
//! on nothing in-house. How keys, variables, plurals and review marks are written: `docs/I18N.md`.

mod lang;
mod lookup;

pub use lang::{Lang, negotiate};
pub use lookup::{Arg, has, text, text_with};
