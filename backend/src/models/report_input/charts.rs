//! The report's charts for the web pages: the dashboard shows the same status and budget charts as
//! the annual report, and the indicator page the same trajectory, drawn by the reports crate from the
//! same input (inline SVG: text stays text, no outside assets).

use super::{Stamp, cycles, framework, plan_info, values};
use crate::entities::indicators;
use crate::error::AppError;
use crate::models::evaluation::Evaluation;
use crate::status::Projection;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Query;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr};
use std::collections::HashMap;
use stratrack_reports::analysis::Analysis;
use stratrack_reports::charts::{catalog, drawn_as_for, font, status, trajectory};
use stratrack_reports::input::{FORM, FinanceInput, IndicatorInput, Lang, NodeLevel, RunInfo};
use stratrack_reports::{RenderError, ReportInput};

fn render_error(e: RenderError) -> AppError {
    AppError::Internal(format!("chart: {e}"))
}

/// An input holding only the plan and year, for charts that need no more.
fn skeleton(ev: &Evaluation) -> ReportInput {
    ReportInput {
        plan: plan_info(&ev.plan),
        year: ev.year,
        run: RunInfo {
            run_id: "page".into(),
            snapshot_id: String::new(),
            generated_at: DateTime::<Utc>::UNIX_EPOCH,
            symbol: None,
            session: None,
        },
        nodes: Vec::new(),
        indicators: Vec::new(),
        finance: FinanceInput {
            lines: Vec::new(),
            cost_by_node: Vec::new(),
            books: Default::default(),
        },
        operational: Vec::new(),
        risks: Vec::new(),
        data_quality: Vec::new(),
        unit_rules: Vec::new(),
        since_year: None,
        restatements: None,
        questions: Vec::new(),
        form: 0,
        mandates: Vec::new(),
        language: stratrack_reports::input::Lang::En,
        framework_text: Default::default(),
        csv_headings_in_language: false,
    }
}

/// Inline SVG charts for the dashboard of `ev`'s plan and year, with their captions: indicator status
/// by strategic goal, by thematic priority, and expense budget against actual per org unit. In `lang`
/// as the annual report of the current form draws them (titles, axes, legends, notes, text alternatives,
/// numbers, the framework's names where translated); in English exactly as before.
pub async fn dashboard_charts(
    db: &impl ConnectionTrait,
    ev: &Evaluation,
    lang: Lang,
) -> Result<Vec<(String, String)>, AppError> {
    font::fonts().map_err(render_error)?;
    let units = crate::models::units::codes(db).await?;
    let mut input = skeleton(ev);
    input.nodes = framework::nodes(ev, &units)?;
    let node_codes: HashMap<i32, String> = ev.nodes.iter().map(|n| (n.id, n.code.clone())).collect();
    input.indicators = framework::ordered(ev)
        .into_iter()
        .filter_map(|ind| ev.assessments.get(&ind.id).map(|a| (ind, a)))
        .map(|(ind, assessment)| {
            framework::indicator(
                ind,
                framework::Parts {
                    assessment,
                    milestones: &[],
                    node_code: node_codes.get(&ind.node_id).cloned().unwrap_or_default(),
                    owner_unit: units.get(&ind.owner_unit_id).cloned().unwrap_or_default(),
                    series: Vec::new(),
                    predecessor: None,
                    disaggregations: Vec::new(),
                    revisions: &[],
                    thresholds: None,
                    last_year: None,
                },
            )
        })
        .collect::<Result<_, DbErr>>()?;
    input.finance = super::finance::finance(db, &ev.plan, ev.year, &units).await?.0;
    if lang != Lang::En {
        input.language = lang;
        input.form = FORM;
        let indicator_codes: HashMap<i32, String> = ev.indicators.iter().map(|i| (i.id, i.code.clone())).collect();
        input.framework_text = super::texts::framework_text(
            db,
            super::texts::Codes {
                plan: ev.plan.id,
                nodes: &node_codes,
                indicators: &indicator_codes,
                units: &units,
            },
        )
        .await?;
    }
    let named = input.with_names_in_language();
    let input = named.as_ref().unwrap_or(&input);
    let a = Analysis::new(input);
    let charts = drawn_as_for(input, || {
        [
            status::by_level(&a, NodeLevel::Goal, "dash-status-by-goal"),
            status::by_level(&a, NodeLevel::ThematicPriority, "dash-status-by-thematic-priority"),
            catalog::budget(&a),
        ]
    });
    Ok(charts.into_iter().map(|c| (c.svg_inline(), c.title)).collect())
}

/// An indicator's trajectory chart with the figures it was drawn from.
pub struct Trajectory {
    /// The inline SVG chart.
    pub svg: String,
    /// The indicator as the report receives it: its own values, and its predecessor's apart (on the
    /// chart's line only when they continue the series).
    pub indicator: IndicatorInput,
    /// Its projection to its target year, drawn dashed on the chart.
    pub projection: Projection,
}

/// The trajectory of indicator `ind` in `ev`'s year, as the annual report draws it (a carried-over
/// predecessor's values from the previous plan cycle on the same line, a redefined one's never, and the
/// projected stretch to the target year dashed); `None` if `ind` is not in `ev`.
pub async fn indicator_chart(
    db: &impl ConnectionTrait,
    ev: &Evaluation,
    ind: &indicators::Model,
) -> Result<Option<Trajectory>, AppError> {
    let Some((ind, item, projection)) = indicator_item(db, ev, ind).await? else {
        return Ok(None);
    };
    font::fonts().map_err(render_error)?;
    let chart = trajectory::chart(format!("trajectory-{}", ind.id), &item, &skeleton(ev));
    Ok(Some(Trajectory {
        svg: chart.svg_inline(),
        indicator: item,
        projection,
    }))
}

/// The trajectory chart of an indicator (`item`, as [`Trajectory::indicator`] holds it; `id` its record)
/// drawn again in `lang` as a report of the current form draws it ([`drawn_as_for`]): title, subtitle,
/// axes, legend, data table and text alternative in the language, numbers by its conventions, Arabic
/// shaped in a right-to-left embedding. `name` is the indicator's name in that language (a chart cannot
/// mark a fragment: an untranslated one is the English, unmarked) and `reason` why it has no status, as
/// the page says it. For English readers the page keeps [`Trajectory::svg`], drawn as it always was.
pub fn trajectory_in(
    ev: &Evaluation,
    id: i32,
    mut item: IndicatorInput,
    name: String,
    reason: Option<String>,
    lang: Lang,
) -> Result<String, AppError> {
    font::fonts().map_err(render_error)?;
    item.name = name;
    item.reason = reason;
    let input = ReportInput {
        form: FORM,
        language: lang,
        ..skeleton(ev)
    };
    let chart = drawn_as_for(&input, || trajectory::chart(format!("trajectory-{id}"), &item, &input));
    Ok(chart.svg_inline())
}

/// The projection of indicator `ind` to its target year from the approved annual values up to `ev`'s
/// year, as its chart draws it; `None` if `ind` is not in `ev`.
pub async fn indicator_projection(
    db: &impl ConnectionTrait,
    ev: &Evaluation,
    ind: &indicators::Model,
) -> Result<Option<Projection>, AppError> {
    Ok(indicator_item(db, ev, ind).await?.map(|(_, _, projection)| projection))
}

/// Indicator `ind` as in force for `ev`'s year, as the report receives it (series up to the year,
/// predecessor, projection), with its projection; `None` if `ind` is not in `ev`.
async fn indicator_item<'e>(
    db: &impl ConnectionTrait,
    ev: &'e Evaluation,
    ind: &indicators::Model,
) -> Result<Option<(&'e indicators::Model, IndicatorInput, Projection)>, AppError> {
    let Some(assessment) = ev.assessments.get(&ind.id) else {
        return Ok(None);
    };
    // Drawn and projected against the baseline and target in force for the evaluated year, as its
    // status is.
    let Some(ind) = ev.indicators.iter().find(|i| i.id == ind.id) else {
        return Ok(None);
    };
    let known = cycles::predecessors(db, [ind]).await?;
    let rules: HashMap<_, _> = std::iter::once(ind)
        .chain(known.values().map(|e| &e.indicator))
        .map(|i| Ok((i.id, framework::rule(i)?)))
        .collect::<Result<_, DbErr>>()?;
    let select = Query::select()
        .column(indicators::Column::Id)
        .from(indicators::Entity)
        .and_where(indicators::Column::Id.is_in(rules.keys().copied().collect::<Vec<_>>()))
        .to_owned();
    let (values, _): (_, Stamp) = values::series(db, select, ev.year, &rules).await?;
    let (series, predecessor) = cycles::series(ind, &known, &values)?;
    let units = crate::models::units::codes(db).await?;
    let node_code = ev
        .nodes
        .iter()
        .find(|n| n.id == ind.node_id)
        .map(|n| n.code.clone())
        .unwrap_or_default();
    let milestones = ev.milestones.get(&ind.id).map_or(&[][..], Vec::as_slice);
    let thresholds = crate::models::evaluation::thresholds(&ev.plan);
    let mut item = framework::indicator(
        ind,
        framework::Parts {
            assessment,
            milestones,
            node_code,
            owner_unit: units.get(&ind.owner_unit_id).cloned().unwrap_or_default(),
            series,
            predecessor,
            disaggregations: Vec::new(),
            revisions: &[],
            thresholds: None,
            last_year: None,
        },
    )?;
    let projection = framework::projection(ind, milestones, &item, &thresholds)?;
    item.projection = Some(framework::projection_input(&projection));
    Ok(Some((ind, item, projection)))
}
