//! Creating and editing an indicator (the office), every field of the design: definition, unit,
//! direction, aggregation, baseline, milestones, end target, data source, frequency, owner, dimensions,
//! predecessor and its relation, SDG and WSIS tags. Once values exist, a change to the baseline, target,
//! a milestone, the unit or the direction is a framework revision: the use case refuses it without a
//! decision, and the form then comes back with what was typed plus the decision fieldset (reason,
//! deciding body, reference, date, justification); only the second submit, with the decision, stores it.

use super::mandates::{Kind, Linked, MandateChoice, choices, linked};
use super::{Reads, office_only, tags};
use crate::error::AppError;
use crate::models::indicators::{
    self, AGGREGATIONS, CreateIndicator, DIRECTIONS, DeleteMilestone, FREQUENCIES, MilestoneInput,
    PREDECESSOR_RELATIONS, PredecessorInput, PutMilestone, UNITS, UpdateIndicator,
};
use crate::models::paging::PageParams;
use crate::models::patching::Claim;
use crate::models::revisions::{Decision, REASONS};
use crate::models::{dimensions, plans};
use crate::pages::forms::{Filled, FormPairs, Problem, fixed, whole, year};
use crate::pages::{ContextQuery, Layout, PageResult, PageUser, context, frame, render};
use crate::state::AppState;
use askama::Template;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};

/// Routes of the indicator forms.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/indicators/new", get(new_page).post(create))
        .route("/indicators/{code}/edit", get(edit_page).post(update))
        .route("/indicators/{code}/milestones", post(milestone))
}

/// The form's fields as typed (kept when the form comes back).
#[derive(Default, Clone)]
struct Fields {
    code: String,
    node: String,
    name: String,
    definition: String,
    unit: String,
    direction: String,
    aggregation: String,
    baseline_value: String,
    baseline_year: String,
    target_value: String,
    target_year: String,
    data_source: String,
    frequency: String,
    owner_unit: String,
    is_key: bool,
    sdg_tags: String,
    wsis_tags: String,
    dimensions: Vec<String>,
    predecessor_plan: String,
    predecessor_code: String,
    predecessor_relation: String,
    /// (year, value) for every year of the plan (new indicators only).
    milestones: Vec<(i32, String)>,
    version: String,
    decision: DecisionFields,
}

/// The decision fieldset as typed.
#[derive(Default, Clone)]
struct DecisionFields {
    decided_on: String,
    deciding_body: String,
    reference: String,
    reason_category: String,
    justification: String,
}

/// One stored milestone row of the edit page, with the form that changes it.
struct MilestoneRow {
    year: i32,
    value: String,
    version: String,
}

/// Which milestone form asks for a decision, with what was typed into it.
struct PendingMilestone {
    year: i32,
    value: String,
}

/// A choice of a select.
struct Opt {
    value: String,
    label: String,
}

#[derive(Template)]
#[template(path = "indicator_form.html")]
struct IndicatorForm {
    layout: Layout,
    csrf: String,
    plan: String,
    editing: Option<String>,
    f: Fields,
    nodes: Vec<Opt>,
    units: Vec<String>,
    plans: Vec<String>,
    dims: Vec<Opt>,
    unit_names: Vec<&'static str>,
    directions: Vec<&'static str>,
    aggregations: Vec<&'static str>,
    frequencies: Vec<&'static str>,
    relations: Vec<&'static str>,
    reasons: Vec<&'static str>,
    /// Whether the indicator has values (its revised fields then need a decision).
    has_values: bool,
    /// Whether the edit form shows the decision fieldset.
    revising: bool,
    milestone_rows: Vec<MilestoneRow>,
    pending: Option<PendingMilestone>,
    problems: Vec<Problem>,
    mandates: Vec<Linked>,
    mandate_choices: Vec<MandateChoice>,
    mandate_owner: &'static str,
}

/// What the form draws around the fields: the choices and, when editing, the stored milestones.
struct Around {
    editing: Option<String>,
    has_values: bool,
    revising: bool,
    milestone_rows: Vec<MilestoneRow>,
    pending: Option<PendingMilestone>,
}

async fn form(
    st: &AppState,
    user: &PageUser,
    q: &ContextQuery,
    filled: Filled<Fields>,
    around: Around,
) -> PageResult<Response> {
    let ctx = context(st, user, "/framework", q).await?;
    let plan = ctx.plan.code.clone();
    let ev = plans::tree(&st.db, &st.evaluations, &user.0, &plan, None).await?;
    let nodes = ev
        .nodes
        .iter()
        .map(|n| Opt {
            value: n.code.clone(),
            label: format!("{} — {} ({})", n.code, n.name, n.level.replace('_', " ")),
        })
        .collect();
    let mut units: Vec<String> = crate::models::units::codes(&st.db).await?.into_values().collect();
    units.sort();
    let plans = plans::list(&st.db, &user.0)
        .await?
        .into_iter()
        .map(|p| p.code)
        .filter(|c| *c != plan)
        .collect();
    let params = PageParams {
        page: Some(1),
        per_page: Some(500),
        sort: None,
    };
    let (dims, ..) = dimensions::list(&st.db, &user.0, &params).await?;
    let dims = dims
        .into_iter()
        .map(|d| Opt {
            value: d.dimension.code.clone(),
            label: d.dimension.name.clone(),
        })
        .collect();
    let (mandates, mandate_choices) = match &around.editing {
        Some(code) => (
            linked(st, user, &plan, Kind::Indicator, code).await?,
            choices(st, user).await?,
        ),
        None => (Vec::new(), Vec::new()),
    };
    let page = IndicatorForm {
        csrf: user.csrf().to_owned(),
        plan,
        editing: around.editing,
        f: filled.typed.clone(),
        nodes,
        units,
        plans,
        dims,
        unit_names: UNITS.to_vec(),
        directions: DIRECTIONS.to_vec(),
        aggregations: AGGREGATIONS.to_vec(),
        frequencies: FREQUENCIES.to_vec(),
        relations: PREDECESSOR_RELATIONS.to_vec(),
        reasons: REASONS.to_vec(),
        has_values: around.has_values,
        revising: around.revising,
        milestone_rows: around.milestone_rows,
        pending: around.pending,
        mandates,
        mandate_choices,
        mandate_owner: "indicator",
        layout: ctx.layout.translated(),
        problems: filled.problems(),
    };
    Ok(filled.answer(render(&page)?))
}

async fn new_page(State(st): State<AppState>, user: PageUser, Query(q): Query<ContextQuery>) -> PageResult<Response> {
    office_only(&user)?;
    let ctx = context(&st, &user, "/framework", &q).await?;
    let f = Fields {
        unit: "percent".into(),
        direction: "increase".into(),
        aggregation: "latest".into(),
        frequency: "annual".into(),
        milestones: (ctx.plan.start_year..=ctx.plan.end_year)
            .map(|y| (y, String::new()))
            .collect(),
        ..Fields::default()
    };
    let around = Around {
        editing: None,
        has_values: false,
        revising: false,
        milestone_rows: Vec::new(),
        pending: None,
    };
    form(&st, &user, &q, Filled::fresh(f), around).await
}

/// The stored indicator as the edit form shows it, and what surrounds it.
async fn stored(st: &AppState, user: &PageUser, plan: &str, code: &str) -> PageResult<(Fields, Around)> {
    let d = indicators::detail(&st.db, &st.evaluations, &user.0, (plan, code), None, None).await?;
    let i = &d.indicator;
    let text = |v: Option<crate::fixed::Fixed>| v.map(|v| v.to_string()).unwrap_or_default();
    let f = Fields {
        code: i.code.clone(),
        node: d.node.0.clone(),
        name: i.name.clone(),
        definition: i.definition.clone(),
        unit: i.unit.clone(),
        direction: i.direction.clone(),
        aggregation: i.aggregation.clone(),
        baseline_value: text(i.baseline_value),
        baseline_year: i.baseline_year.map(|y| y.to_string()).unwrap_or_default(),
        target_value: text(i.target_value),
        target_year: i.target_year.map(|y| y.to_string()).unwrap_or_default(),
        data_source: i.data_source.clone(),
        frequency: i.frequency.clone(),
        owner_unit: d.unit_code.clone(),
        is_key: i.is_key,
        sdg_tags: indicators::split_tags(&i.sdg_tags).join("; "),
        wsis_tags: indicators::split_tags(&i.wsis_tags).join("; "),
        dimensions: d.dimensions.iter().map(|x| x.dimension.code.clone()).collect(),
        predecessor_plan: d.predecessor.as_ref().map(|p| p.plan.clone()).unwrap_or_default(),
        predecessor_code: d.predecessor.as_ref().map(|p| p.code.clone()).unwrap_or_default(),
        predecessor_relation: d
            .predecessor
            .as_ref()
            .and_then(|p| p.relation.clone())
            .unwrap_or_default(),
        milestones: Vec::new(),
        version: i.version.to_string(),
        decision: DecisionFields::default(),
    };
    let ev = plans::tree(&st.db, &st.evaluations, &user.0, plan, None).await?;
    let milestone_rows = (ev.plan.start_year..=ev.plan.end_year)
        .map(|y| {
            let m = d.milestones.iter().find(|m| m.year == y);
            MilestoneRow {
                year: y,
                value: m.map(|m| m.value.to_string()).unwrap_or_default(),
                version: m.map(|m| m.version.to_string()).unwrap_or_default(),
            }
        })
        .collect();
    let around = Around {
        editing: Some(i.code.clone()),
        has_values: d.has_measurements,
        revising: false,
        milestone_rows,
        pending: None,
    };
    Ok((f, around))
}

async fn edit_page(
    State(st): State<AppState>,
    user: PageUser,
    Path(code): Path<String>,
    Query(q): Query<ContextQuery>,
) -> PageResult<Response> {
    office_only(&user)?;
    let plan = context(&st, &user, "/framework", &q).await?.plan.code;
    let (f, around) = stored(&st, &user, &plan, &code).await?;
    form(&st, &user, &q, Filled::fresh(f), around).await
}

/// Reads the form's fields.
fn fields_of(p: &FormPairs) -> Fields {
    let milestones = p
        .iter()
        .filter_map(|(k, v)| {
            k.strip_prefix("milestone_")
                .and_then(|y| y.parse().ok())
                .map(|y| (y, v.clone()))
        })
        .collect();
    Fields {
        code: p.get("code"),
        node: p.get("node"),
        name: p.get("name"),
        definition: p.get("definition"),
        unit: p.get("unit"),
        direction: p.get("direction"),
        aggregation: p.get("aggregation"),
        baseline_value: p.get("baseline_value"),
        baseline_year: p.get("baseline_year"),
        target_value: p.get("target_value"),
        target_year: p.get("target_year"),
        data_source: p.get("data_source"),
        frequency: p.get("frequency"),
        owner_unit: p.get("owner_unit"),
        is_key: p.get("is_key") == "on",
        sdg_tags: p.get("sdg_tags"),
        wsis_tags: p.get("wsis_tags"),
        dimensions: p
            .iter()
            .filter(|(k, _)| k == "dimension")
            .map(|(_, v)| v.clone())
            .collect(),
        predecessor_plan: p.get("predecessor_plan"),
        predecessor_code: p.get("predecessor_code"),
        predecessor_relation: p.get("predecessor_relation"),
        milestones,
        version: p.get("version"),
        decision: DecisionFields {
            decided_on: p.get("revision_decided_on"),
            deciding_body: p.get("revision_deciding_body"),
            reference: p.get("revision_reference"),
            reason_category: p.get("revision_reason_category"),
            justification: p.get("revision_justification"),
        },
    }
}

/// The typed numbers and years, read as the API reads them (numbers by the one number parser); every bad
/// one is named.
struct Numbers {
    baseline_value: Option<crate::fixed::Fixed>,
    baseline_year: Option<i32>,
    target_value: Option<crate::fixed::Fixed>,
    target_year: Option<i32>,
}

fn numbers(reads: &mut Reads, f: &Fields) -> Numbers {
    Numbers {
        baseline_value: reads.take(fixed("baseline_value", &f.baseline_value)),
        baseline_year: reads.take(year("baseline_year", &f.baseline_year)),
        target_value: reads.take(fixed("target_value", &f.target_value)),
        target_year: reads.take(year("target_year", &f.target_year)),
    }
}

fn predecessor(f: &Fields) -> Option<PredecessorInput> {
    (!f.predecessor_code.trim().is_empty()).then(|| PredecessorInput {
        plan: f.predecessor_plan.trim().to_owned(),
        code: f.predecessor_code.trim().to_owned(),
        relation: f.predecessor_relation.trim().to_owned(),
    })
}

/// The decision typed into the fieldset, when it was shown (`revising`).
fn decision(reads: &mut Reads, d: &DecisionFields, revising: bool) -> Option<Decision> {
    if !revising {
        return None;
    }
    let decided_on = reads.take(
        chrono::NaiveDate::parse_from_str(d.decided_on.trim(), "%Y-%m-%d")
            .map(Some)
            .map_err(|_| {
                AppError::field(
                    "revision.decided_on",
                    crate::error::Said::new(
                        "said-quoted-not-a-date",
                        [
                            ("sent", format!("{:?}", d.decided_on.trim()).into()),
                            ("example", "YYYY-MM-DD".into()),
                        ],
                    ),
                )
            }),
    )?;
    Some(Decision {
        decided_on,
        deciding_body: d.deciding_body.clone(),
        reference: d.reference.clone(),
        reason_category: d.reason_category.clone(),
        justification: d.justification.clone(),
    })
}

async fn create(
    State(st): State<AppState>,
    user: PageUser,
    Query(q): Query<ContextQuery>,
    body: Bytes,
) -> PageResult<Response> {
    let p = FormPairs::checked(&user, &body)?;
    office_only(&user)?;
    let plan = p.get("plan");
    let f = fields_of(&p);
    let q = ContextQuery {
        plan: Some(plan.clone()),
        ..q
    };
    let mut reads = Reads::default();
    let n = numbers(&mut reads, &f);
    let mut milestones = Vec::new();
    for (y, v) in &f.milestones {
        if let Some(value) = reads.take(fixed(&format!("milestones.{y}"), v)) {
            milestones.push(MilestoneInput { year: *y, value });
        }
    }
    let result = match reads.finish() {
        Ok(()) => {
            let body = CreateIndicator {
                code: f.code.trim().to_owned(),
                node: f.node.clone(),
                name: f.name.clone(),
                definition: f.definition.clone(),
                unit: f.unit.clone(),
                direction: f.direction.clone(),
                aggregation: f.aggregation.clone(),
                baseline_value: n.baseline_value,
                baseline_year: n.baseline_year,
                target_value: n.target_value,
                target_year: n.target_year,
                data_source: f.data_source.clone(),
                frequency: f.frequency.clone(),
                owner_unit: Some(f.owner_unit.trim().to_owned()).filter(|u| !u.is_empty()),
                is_key: f.is_key,
                sdg_tags: tags(&f.sdg_tags),
                wsis_tags: tags(&f.wsis_tags),
                dimensions: f.dimensions.clone(),
                predecessor: predecessor(&f),
                milestones,
                reference_sheet: None,
            };
            indicators::create(&st.db, &user.0, &plan, body).await
        }
        Err(e) => Err(e),
    };
    match result {
        Ok(placed) => Ok(frame::done(
            &indicator_link(&plan, &placed.indicator.code),
            &crate::language::text_with(
                "indform-done-added",
                &[
                    ("code", placed.indicator.code.as_str().into()),
                    ("node", placed.node_code.as_str().into()),
                ],
            ),
        )),
        Err(e) => {
            let around = Around {
                editing: None,
                has_values: false,
                revising: false,
                milestone_rows: Vec::new(),
                pending: None,
            };
            form(&st, &user, &q, Filled::refused(f, e)?, around).await
        }
    }
}

fn indicator_link(plan: &str, code: &str) -> String {
    let q = serde_urlencoded::to_string([("plan", plan)]).unwrap_or_default();
    format!("/indicators/{code}?{q}")
}

/// Whether a refusal is the revision gate's: values exist and no decision was given.
fn asks_for_decision(e: &AppError) -> bool {
    matches!(e, AppError::Invalid(errs) if errs.iter().any(|f| f.field == "revision"))
}

async fn update(
    State(st): State<AppState>,
    user: PageUser,
    Path(code): Path<String>,
    Query(q): Query<ContextQuery>,
    body: Bytes,
) -> PageResult<Response> {
    let p = FormPairs::checked(&user, &body)?;
    office_only(&user)?;
    let plan = p.get("plan");
    let revising = p.get("revising") == "1";
    let f = fields_of(&p);
    let q = ContextQuery {
        plan: Some(plan.clone()),
        ..q
    };
    let mut reads = Reads::default();
    let n = numbers(&mut reads, &f);
    let version = reads.take(whole("version", &f.version).map(Some));
    let revision = decision(&mut reads, &f.decision, revising);
    let result = match reads.finish() {
        Ok(()) => {
            let body = UpdateIndicator {
                version,
                node: Some(f.node.clone()),
                name: Some(f.name.clone()),
                definition: Some(f.definition.clone()),
                unit: Some(f.unit.clone()),
                direction: Some(f.direction.clone()),
                aggregation: Some(f.aggregation.clone()),
                baseline_value: Some(n.baseline_value),
                baseline_year: Some(n.baseline_year),
                target_value: Some(n.target_value),
                target_year: Some(n.target_year),
                data_source: Some(f.data_source.clone()),
                frequency: Some(f.frequency.clone()),
                owner_unit: Some(f.owner_unit.clone()),
                is_key: Some(f.is_key),
                sdg_tags: Some(tags(&f.sdg_tags)),
                wsis_tags: Some(tags(&f.wsis_tags)),
                dimensions: Some(f.dimensions.clone()),
                predecessor: Some(predecessor(&f)),
                revision,
                reference_sheet: None,
            };
            indicators::update(&st.db, &user.0, (&plan, &code), Claim::new(None, version), body).await
        }
        Err(e) => Err(e),
    };
    match result {
        Ok(placed) => Ok(frame::done(
            &indicator_link(&plan, &placed.indicator.code),
            &crate::language::text_with("indform-done-saved", &[("code", placed.indicator.code.as_str().into())]),
        )),
        Err(e) => {
            let (_, mut around) = stored(&st, &user, &plan, &code).await?;
            around.revising = revising || asks_for_decision(&e);
            form(&st, &user, &q, Filled::refused(f, e)?, around).await
        }
    }
}

async fn milestone(
    State(st): State<AppState>,
    user: PageUser,
    Path(code): Path<String>,
    Query(q): Query<ContextQuery>,
    body: Bytes,
) -> PageResult<Response> {
    let p = FormPairs::checked(&user, &body)?;
    office_only(&user)?;
    let plan = p.get("plan");
    let revising = p.get("revising") == "1";
    let f = fields_of(&p);
    let q = ContextQuery {
        plan: Some(plan.clone()),
        ..q
    };
    let typed = p.get("value");
    let mut reads = Reads::default();
    let year = reads.take(whole("year", &p.get("year")).map(Some)).unwrap_or_default();
    let value = reads.take(fixed("value", &typed));
    let version = p.get("milestone_version").trim().parse::<i32>().ok();
    let revision = decision(&mut reads, &f.decision, revising);
    let result = match (reads.finish(), value) {
        (Err(e), _) => Err(e),
        (Ok(()), Some(value)) => {
            let b = PutMilestone {
                value,
                version,
                revision,
            };
            indicators::put_milestone(&st.db, &user.0, (&plan, &code, year), Claim::new(None, None), b)
                .await
                .map(|_| {
                    crate::language::text_with(
                        "indform-done-milestone-set",
                        &[
                            ("year", year.into()),
                            ("code", code.as_str().into()),
                            ("value", value.to_string().into()),
                        ],
                    )
                })
        }
        (Ok(()), None) => {
            let claim = Claim::new(version.map(|v| v.to_string()), None);
            indicators::delete_milestone(
                &st.db,
                &user.0,
                (&plan, &code, year),
                claim,
                DeleteMilestone { revision },
            )
            .await
            .map(|()| {
                crate::language::text_with(
                    "indform-done-milestone-removed",
                    &[("year", year.into()), ("code", code.as_str().into())],
                )
            })
        }
    };
    match result {
        Ok(msg) => {
            let q = serde_urlencoded::to_string([("plan", plan.as_str())]).unwrap_or_default();
            Ok(frame::done(&format!("/indicators/{code}/edit?{q}#milestones"), &msg))
        }
        Err(e) => {
            let (mut stored_fields, mut around) = stored(&st, &user, &plan, &code).await?;
            if revising || asks_for_decision(&e) {
                around.pending = Some(PendingMilestone { year, value: typed });
                stored_fields.decision = f.decision;
            }
            form(&st, &user, &q, Filled::refused(stored_fields, e)?, around).await
        }
    }
}
