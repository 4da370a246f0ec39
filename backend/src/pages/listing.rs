//! The pager under every long list: the total, "page 2 of 7", and links to the previous and next page
//! that keep the list's filters, so a filtered view is an address that can be bookmarked.

use crate::language;

/// Rows per page of a page's list unless the address asks for another size.
pub const PER_PAGE: u64 = 50;

/// Where a list is and how to reach its neighbours.
#[derive(Debug, Clone)]
pub struct Pager {
    /// Rows across all pages (with the filters).
    pub total: u64,
    /// This page, from 1.
    pub page: u64,
    /// Pages in all (at least 1).
    pub pages: u64,
    /// The previous page's address.
    pub prev: Option<String>,
    /// The next page's address.
    pub next: Option<String>,
    /// What the list is, for the pager's label ("risks").
    pub what: &'static str,
    /// The pager's label in the reader's language ("Pages of the risks").
    pub label: String,
    /// The total and the page in the reader's language ("120 risks — page 2 of 3").
    pub summary: String,
}

impl Pager {
    /// The pager of page `page` of `total` rows at `per_page` a page, under `path` with the filters
    /// `keep` (empty values are left out of the links).
    pub fn new(
        path: &str,
        keep: &[(&str, &str)],
        (total, page, per_page): (u64, u64, u64),
        what: &'static str,
    ) -> Self {
        let pages = total.div_ceil(per_page.max(1)).max(1);
        let link = |p: u64| {
            let mut pairs: Vec<(&str, String)> = keep
                .iter()
                .filter(|(_, v)| !v.trim().is_empty())
                .map(|(k, v)| (*k, v.trim().to_owned()))
                .collect();
            if per_page != PER_PAGE {
                pairs.push(("per_page", per_page.to_string()));
            }
            pairs.push(("page", p.to_string()));
            format!("{path}?{}", serde_urlencoded::to_string(pairs).unwrap_or_default())
        };
        let noun = language::text(&format!("pager-{what}"));
        let label = language::text_with("pager-label", &[("what", noun.as_str().into())]);
        let summary = language::text_with(
            "pager-total",
            &[
                ("total", total.into()),
                ("what", noun.as_str().into()),
                ("page", page.into()),
                ("pages", pages.into()),
            ],
        );
        Pager {
            label,
            summary,
            total,
            page,
            pages,
            prev: (page > 1).then(|| link((page - 1).min(pages))),
            next: (page < pages).then(|| link(page + 1)),
            what,
        }
    }
}

/// The page number and size a list's address asks for: `page` from 1 (a missing or unreadable one is the
/// first page), `per_page` 1–500 (default [`PER_PAGE`]); the use case refuses what is out of range.
pub fn page_of(page: &str, per_page: &str) -> (u64, u64) {
    let page = page.trim().parse::<u64>().unwrap_or(1).max(1);
    let per = per_page
        .trim()
        .parse::<u64>()
        .unwrap_or(PER_PAGE)
        .clamp(1, crate::limits::MAX_PER_PAGE);
    (page, per)
}

/// One option of a filter's select.
#[derive(Debug, Clone)]
pub struct Choice {
    /// What the address carries.
    pub value: String,
    /// Whether it is the filter's current value.
    pub selected: bool,
}

/// The options of a filter over `values`, the current one selected ("any" is the template's empty option).
pub fn choices<S: AsRef<str>>(values: impl IntoIterator<Item = S>, current: &str) -> Vec<Choice> {
    values
        .into_iter()
        .map(|v| Choice {
            selected: v.as_ref() == current.trim(),
            value: v.as_ref().to_owned(),
        })
        .collect()
}

/// What a list's use case refused in its filters, as one line per field ("status: must be one of …"),
/// in the reader's language.
pub fn refusal(e: &crate::error::AppError) -> Option<String> {
    match e {
        crate::error::AppError::Invalid(errs) => Some(named(errs).text(crate::language::current())),
        _ => None,
    }
}

/// Each field's reason after its name ("status: must be one of …"), joined by the semicolon of the
/// language.
pub fn named(errs: &[crate::error::FieldError]) -> crate::error::Reason {
    crate::error::Reason::joined(
        errs.iter()
            .map(|f| f.clone().into_reason().labelled(f.field.as_str()))
            .collect(),
    )
}
