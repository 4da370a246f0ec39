//! Every message the pages and problem documents look up exists in the English file (and so, by the
//! i18n crate's own tests, in all six): the keys written in the templates and the code, and the keys
//! made from a vocabulary word or a problem code.

use crate::error::AppError;
use crate::status::Status;
use std::path::Path;
use stratrack_i18n::{Lang, has};

/// The first part of every key the backend uses; a string literal that starts with one of these and a
/// dash is taken for a key.
const AREAS: &[&str] = &[
    "layout",
    "nav",
    "role",
    "login",
    "account",
    "error",
    "problem",
    "status",
    "level",
    "dashboard",
    "nodata",
    "state",
    "quality",
    "pager",
    "problems",
    "entry",
    "approvals",
    "collect",
    "periods",
    "notices",
    "notice",
    "exception",
    "questions",
    "qstatus",
    "qsection",
    "yoy",
    "move",
    "plancycle",
    "class",
    "nodeclass",
    "users",
    "audit",
    "risks",
    "riskstatus",
    "riskcat",
    "band",
    "ops",
    "opplan",
    "itemstatus",
    "fwrev",
    "reason",
    "reports",
    "runstatus",
    "run",
    "runlang",
    "restate",
    "translation",
    "fwk",
    "nodep",
    "indp",
    "sheets",
    "iunit",
    "direction",
    "aggregation",
    "plans",
    "pstatus",
    "fin",
    "fkind",
    "fcat",
    "allocs",
    "mand",
    "mvocab",
    "fwbook",
    "nodeform",
    "indform",
    "revfs",
    "mlinks",
    "freq",
    "relation",
    "num",
    "said",
    "quarter",
];

/// The string literals of `text` that look like message keys (`area-rest`, lower case).
fn keys_in(text: &str) -> Vec<String> {
    text.split('"')
        .skip(1)
        .step_by(2)
        .filter(|lit| {
            let Some((area, rest)) = lit.split_once('-') else {
                return false;
            };
            AREAS.contains(&area)
                && !rest.is_empty()
                && lit
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
        })
        .map(str::to_owned)
        .collect()
}

fn files(dir: &Path, ext: &str, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let p = entry.path();
        if p.is_dir() {
            files(&p, ext, out);
        } else if p.extension().is_some_and(|e| e == ext) {
            out.push(p);
        }
    }
}

#[test]
fn every_key_in_the_templates_and_the_code_is_an_english_message() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    files(&root.join("templates"), "html", &mut paths);
    files(&root.join("src"), "rs", &mut paths);
    let mut seen = 0;
    let mut missing = Vec::new();
    for p in paths.iter().filter(|p| !p.ends_with("message_keys.rs")) {
        for key in keys_in(&std::fs::read_to_string(p).unwrap()) {
            seen += 1;
            if !has(Lang::En, &key) {
                missing.push(format!("{}: {key}", p.strip_prefix(root).unwrap().display()));
            }
        }
    }
    assert!(
        seen > 60,
        "the scan found only {seen} keys: has the lookup call changed?"
    );
    assert!(
        missing.is_empty(),
        "keys with no English message:\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_scan_finds_a_key_and_only_a_key() {
    let found = keys_in(r#"layout.t("nav-dashboard") x="summary-h" t("dashboard-title") "Nav-X" "nav-""#);
    assert_eq!(found, ["nav-dashboard", "dashboard-title"]);
}

#[test]
fn every_key_made_from_a_word_or_a_code_is_an_english_message() {
    let mut keys: Vec<String> = Status::ALL.iter().map(|s| format!("status-{}", s.as_str())).collect();
    keys.extend(crate::models::users::ROLES.iter().map(|r| format!("role-{r}")));
    keys.extend(
        stratrack_vocab::NodeLevel::ALL
            .iter()
            .map(|l| format!("level-{}", l.as_str())),
    );
    // The words of the yearly collection's pages: a value's state and quality, a notice's kind, a lock
    // exception's state, the steps of a value's history, the nouns of the pager.
    keys.extend(
        crate::models::measurements::grid::STATES
            .iter()
            .map(|s| format!("state-{s}")),
    );
    keys.extend(["provisional", "estimated", "final"].map(|q| format!("quality-{q}")));
    {
        use crate::models::notifications::record::Kind;
        let kinds = [
            Kind::Submitted,
            Kind::Returned,
            Kind::Approved,
            Kind::Overdue,
            Kind::Assigned,
        ];
        keys.extend(kinds.map(|k| format!("notice-{}", k.word())));
    }
    {
        use crate::models::periods::exceptions::ExceptionState;
        let states = [ExceptionState::Active, ExceptionState::Ended, ExceptionState::Revoked];
        keys.extend(states.map(|e| format!("exception-{}", e.as_str())));
    }
    keys.extend(
        [
            "entered",
            "edited",
            "submitted",
            "returned",
            "approved",
            "revised",
            "superseded",
            "deleted",
        ]
        .map(|a| format!("entry-step-{a}")),
    );
    keys.extend(
        [
            "indicators",
            "revisions",
            "items",
            "users",
            "entries",
            "mandates",
            "questions",
            "risks",
        ]
        .map(|w| format!("pager-{w}")),
    );
    // The words of the questions' pages: a thread's status and the report sections asked about.
    keys.extend(
        crate::models::questions::STATUSES
            .iter()
            .map(|s| format!("qstatus-{s}")),
    );
    keys.extend(
        crate::models::questions::SECTIONS
            .iter()
            .map(|(code, _)| format!("qsection-{code}")),
    );
    // The words of the comparison and plan-cycle pages: status moves, indicator and node classes.
    keys.extend(
        crate::status::StatusMove::ALL
            .iter()
            .map(|m| format!("move-{}", m.as_str())),
    );
    {
        use crate::models::plan_cycle::rule::{Class, NodeClass};
        keys.extend(Class::ALL.iter().map(|c| format!("class-{}", c.as_str())));
        let nodes = [NodeClass::InBoth, NodeClass::New, NodeClass::Dropped];
        keys.extend(nodes.map(|n| format!("nodeclass-{}", n.as_str())));
    }
    // The words of the risk pages: a risk's status and category, a score's band.
    keys.extend(crate::models::risks::STATUSES.iter().map(|s| format!("riskstatus-{s}")));
    keys.extend(crate::models::risks::CATEGORIES.iter().map(|c| format!("riskcat-{c}")));
    keys.extend(
        crate::models::risks::matrix::BANDS
            .iter()
            .map(|(b, _)| format!("band-{b}")),
    );
    // The words of the operations page: a plan's and an item's status.
    keys.extend(["draft", "approved"].map(|s| format!("opplan-{s}")));
    keys.extend(
        crate::models::operations::ITEM_STATUSES
            .iter()
            .map(|s| format!("itemstatus-{s}")),
    );
    keys.extend(crate::models::revisions::REASONS.iter().map(|r| format!("reason-{r}")));
    keys.extend(["frozen", "published"].map(|s| format!("runstatus-{s}")));
    keys.extend(["late", "revised"].map(|k| format!("restate-{k}")));
    // The words of the framework's pages: an indicator's unit, direction and aggregation over time, a
    // value superseded by its correction, a plan's status.
    keys.extend(
        stratrack_vocab::Unit::ALL
            .iter()
            .map(|u| format!("iunit-{}", u.as_str())),
    );
    keys.extend(
        stratrack_vocab::Direction::ALL
            .iter()
            .map(|d| format!("direction-{}", d.as_str())),
    );
    keys.extend(
        stratrack_vocab::Aggregation::ALL
            .iter()
            .map(|a| format!("aggregation-{}", a.as_str())),
    );
    keys.push("state-superseded".into());
    // The words of the finance page: a line's kind and category.
    keys.extend(["revenue", "expense"].map(|k| format!("fkind-{k}")));
    keys.extend(
        crate::models::finance_rows::CATEGORIES
            .iter()
            .map(|c| format!("fcat-{c}")),
    );
    keys.extend(
        crate::models::plans::lifecycle::STATUSES
            .iter()
            .map(|s| format!("pstatus-{s}")),
    );
    let errors = [
        AppError::not_found(String::new()),
        AppError::Invalid(Vec::new()),
        AppError::bad_request(""),
        AppError::conflict(""),
        AppError::precondition_failed(""),
        AppError::locked(""),
        AppError::unsupported_media_type(""),
        AppError::TooLarge(1),
        AppError::throttled(""),
        AppError::Unauthenticated,
        AppError::forbidden(""),
        AppError::Unavailable(String::new()),
        AppError::PasswordChangeRequired,
        AppError::Internal(String::new()),
    ];
    keys.extend(
        errors
            .iter()
            .map(|e| format!("problem-{}", crate::views::problems::status_and_code(e).1)),
    );
    let missing: Vec<&String> = keys.iter().filter(|k| !has(Lang::En, k)).collect();
    assert!(missing.is_empty(), "keys with no English message: {missing:?}");
}
