### The words of the annual report to Council (report.html, its charts, report.pdf) in English: the
### source of the other languages. The reports crate writes this text as it stands in its code, so
### that English reports keep their bytes; `reports/src/words.rs` tests that this file says the same.
### Conventions: docs/I18N.md. Variables: $plan (name or code), $year, $start, $end, $since (years,
### numbers), $run, $snapshot, $generated, $resolution, $period (text), $number (a figure's number).

## Page, cover and contents

report-title = { $plan } — annual report to Council, { $year }
report-kicker = Annual report to Council on the implementation of the strategic plan
report-heading = { $plan }: implementation and performance in { $year }
report-period = { $resolution } · plan period { $start }–{ $end } · report year { $year }
report-meta = Report run { $run } · data snapshot { $snapshot } · generated { $generated }
report-illustrative-note = Some figures in this report are illustrative (sample data), not official results. Charts built on them carry an “Illustrative data” badge and tables mark them “illustrative”.
report-contents = Contents
report-footer = { $plan } · { $year } · report run { $run }
report-figure = Figure { $number }.
report-figure-data = Data for figure { $number }

## Section headings (also the contents)

report-section-summary = Executive summary
report-section-moves = Indicators whose status moved since { $since }
report-section-goals = Strategic goals
report-section-priorities = Thematic priorities and enablers
report-section-mandates = Results serving each resolution
report-section-finance = Finance
report-section-operations = Operational delivery
report-section-risks = Risks
report-section-breakdowns = Gender and regional breakdowns
report-section-data-quality = Data quality
report-section-revisions = Framework revisions in force
report-section-restatements = Restatements of figures reported last year
report-section-annex = Annex: status rule and thresholds
report-section-sheets = Annex: indicator reference sheets
report-section-questions = Annex: questions from Council members and replies

## Charts

report-chart-illustrative = Illustrative data
report-chart-no-data = No data
report-chart-indicators-axis = Number of indicators
report-chart-status-goal-title = Indicator status by strategic goal, { $year }
report-chart-status-goal-subtitle = Number of indicators per status on each strategic goal and every result below it. At risk is hatched, off track cross-hatched; n = indicators, % = mean progress.
report-chart-status-goal-empty = No indicator is rated on any strategic goal for { $year }.
report-chart-status-priority-title = Indicator status by thematic priority, { $year }
report-chart-status-priority-subtitle = Number of indicators per status on each thematic priority and every result below it. At risk is hatched, off track cross-hatched; n = indicators, % = mean progress.
report-chart-status-priority-empty = No indicator is rated on any thematic priority for { $year }.
report-chart-budget-title = Budget against actual expense by org unit, { $year }
report-chart-budget-subtitle = Financial plan (Decision 5) against execution, CHF thousands; execution rate in brackets (partial where some lines have no actual yet).
report-chart-budget-empty = No expense line in the financial plan for { $year }.
report-chart-chf-axis = CHF thousands
report-chart-plan = Plan
report-chart-actual = Actual
report-chart-cost-goal-title = Cost by strategic goal, { $period }
report-chart-cost-goal-empty = No budget is allocated to any strategic goal for { $period }.
report-chart-cost-priority-title = Cost by thematic priority, { $period }
report-chart-cost-priority-empty = No budget is allocated to any thematic priority for { $period }.
report-chart-cost-subtitle = Budget allocations of all units carried through contribution weights, CHF thousands; share of the total in brackets.
report-chart-cost = Cost
report-chart-delivery-title = Operational-plan delivery rate by unit, { $year }
report-chart-delivery-subtitle = Mean of delivered ÷ planned quantity per item, capped at 100%; cancelled items excluded.
report-chart-delivery-axis = Delivery rate (%)
report-chart-delivery-rate = Delivery rate
report-chart-delivery-empty = No operational-plan item for { $year }.
report-chart-status-of = Status: { $status }
report-chart-year = Year
report-chart-expected = Expected path
report-chart-baseline = Baseline
report-chart-milestone = Milestone
report-chart-target = Target
report-chart-approved = Approved actual
report-chart-provisional = Provisional or estimated
report-chart-projection = Projection (least-squares line)
report-chart-report-year = report year
report-chart-value = Value ({ $unit })
report-chart-baseline-at = Baseline { $year }: { $value }
report-chart-target-at = Target { $year }: { $value }
