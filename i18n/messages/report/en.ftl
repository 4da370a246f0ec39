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

## report.pdf's cover, running header and footer; report.xlsx's header rows, notes and properties; the CSV
## tables' row of names (report form 5). Column names: `report-col-` and the English name in kebab-case.

report-cover-author = Secretary-General
report-cover-body = Council
report-cover-no-session = Session not stated
report-cover-no-symbol = Document symbol not assigned
report-cover-original = Original: English
report-cover-by = Report by the Secretary-General
report-cover-subtitle = Annual report to Council on the implementation of the strategic plan { $start }–{ $end } ({ $resolution }), report year { $year }
report-cover-purpose-heading = Purpose
report-cover-purpose = This report informs Council of the implementation of the strategic plan in { $year }: the status of its indicators, finance, operational delivery, risks and data quality. Council is invited to take note of the report.
report-cover-running = { $plan } · annual report to Council, { $year }
report-cover-illustrative = Some figures in this report are illustrative (sample data), not official results.
report-cover-symbol-note = No document symbol was given for this report run; the Secretariat assigns one when it submits the report to Council.
report-pdf-page = page { $page } of { $pages }
report-xlsx-title = { $plan } — annual report { $year }
report-xlsx-subject = Implementation report to Council, { $year }
report-xlsx-text-number-note = Some figures in this column have more than 15 significant digits, more than Excel can hold in a number: they are written as text so that the exact figure is kept.
report-col-about = About
report-col-achieved = Achieved
report-col-actual = Actual
report-col-actual-chf-thousands = Actual (CHF thousands)
report-col-actual-last-year = Actual last year
report-col-actual-older-than-the-year = Actual older than the year
report-col-actual-plan-chf-thousands = Actual − plan (CHF thousands)
report-col-as-adopted = As adopted
report-col-as-reported = As reported
report-col-as-revised = As revised
report-col-asked-by = Asked by
report-col-asked-on = Asked on
report-col-at-risk = At risk
report-col-author = Author
report-col-baseline = Baseline
report-col-baseline-year = Baseline year
report-col-budget-chf-thousands = Budget (CHF thousands)
report-col-category = Category
report-col-category-code = Category code
report-col-change-since-last-year = Change since last year
report-col-changed-at-utc = Changed at (UTC)
report-col-changed-by = Changed by
report-col-check = Check
report-col-checked-against = Checked against
report-col-closing-year = Closing year
report-col-computed-chf-thousands = Computed (CHF thousands)
report-col-computed-reference-chf-thousands = Computed − reference (CHF thousands)
report-col-cost-chf-thousands = Cost (CHF thousands)
report-col-cost-so-far-in-the-period-chf-thousands = Cost so far in the period (CHF thousands)
report-col-data-quality = Data quality
report-col-decided-on = Decided on
report-col-deciding-body = Deciding body
report-col-decision-reference = Decision reference
report-col-delivered = Delivered
report-col-delivered-in-full = Delivered in full
report-col-delivery-rate = Delivery rate
report-col-detail = Detail
report-col-dimension = Dimension
report-col-direction = Direction
report-col-disaggregation = Disaggregation
report-col-evidence-link = Evidence link
report-col-expected-this-year = Expected this year
report-col-field-revised = Field revised
report-col-impact = Impact
report-col-in-force-for-the-year = In force for the year
report-col-indicator = Indicator
report-col-indicator-code = Indicator code
report-col-indicator-code-in-that-plan = Indicator code in that plan
report-col-indicators = Indicators
report-col-indicators-rated = Indicators rated
report-col-item = Item
report-col-item-code = Item code
report-col-key-indicator = Key indicator
report-col-kind = Kind
report-col-kind-of-note = Kind of note
report-col-kind-of-restatement = Kind of restatement
report-col-level = Level
report-col-likelihood = Likelihood
report-col-linked-results = Linked results
report-col-mandate = Mandate
report-col-mandate-code = Mandate code
report-col-mean-progress = Mean progress
report-col-message = Message
report-col-message-number = Message number
report-col-mitigation = Mitigation
report-col-narrative = Narrative
report-col-no-data = No data
report-col-now = Now
report-col-off-track = Off track
report-col-on-track = On track
report-col-output-code = Output code
report-col-owner-unit = Owner unit
report-col-parent-result-code = Parent result code
report-col-period = Period
report-col-plan-chf-thousands = Plan (CHF thousands)
report-col-plan-of-the-value = Plan of the value
report-col-planned = Planned
report-col-points-projected-from = Points projected from
report-col-progress = Progress
report-col-projected-value-in-the-target-year = Projected value in the target year
report-col-projection-outlook = Projection outlook
report-col-provenance = Provenance
report-col-quality-as-reported = Quality as reported
report-col-quality-now = Quality now
report-col-quarter = Quarter
report-col-question = Question
report-col-question-number = Question number
report-col-reason = Reason
report-col-reason-for-the-status = Reason for the status
report-col-reconciles = Reconciles
report-col-reference-chf-thousands = Reference (CHF thousands)
report-col-report-run = Report run
report-col-report-run-restated = Report run restated
report-col-result = Result
report-col-result-code = Result code
report-col-result-or-indicator = Result or indicator
report-col-result-or-indicator-code = Result or indicator code
report-col-reviewed-on = Reviewed on
report-col-risk = Risk
report-col-risk-code = Risk code
report-col-score-likelihood-impact = Score (likelihood × impact)
report-col-series = Series
report-col-status = Status
report-col-status-last-year = Status last year
report-col-status-move = Status move
report-col-target = Target
report-col-target-year = Target year
report-col-unit = Unit
report-col-unit-of-measure = Unit of measure
report-col-value = Value
report-col-vocabulary = Vocabulary
report-col-what-is-checked = What is checked
report-col-written-on = Written on
report-col-year = Year
report-col-year-of-the-actual = Year of the actual
report-col-indicator-unit = Unit

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

## Content of the translated sections (report form 4): goals and thematic priorities, their tables and
## the notes and text alternatives of their charts

report-list-separator = {", "}
report-notes-separator = {"; "}
report-yes = yes
report-no = no
report-goals-intro = Each goal counts the indicators on the goal and on every result below it, each indicator once. Statuses come from the status rule stated in the annex.
report-priorities-intro = Each thematic priority counts the indicators on its outcomes and outputs, each indicator once.
report-level-goal = Strategic goal
report-level-target = Target
report-level-thematic_priority = Thematic priority
report-level-outcome = Outcome
report-level-output = Output
report-level-enabler = Enabler
report-rollup = { $total ->
    [one] { $total } indicator: { $counts }{ $mean }.
   *[other] { $total } indicators: { $counts }{ $mean }.
}
report-rollup-mean = ; mean progress { $progress } over { $rated } rated
report-rollup-none = No indicator is attached to this result or below it.
report-linked-indicators = { $count } of these indicators belong to results that contribute to { $code } through contribution links; they are listed under those results.
report-indicators-of = Indicators of { $code }, { $year }
report-trajectories-of = Trajectories of target-level and key indicators of { $code }
report-th-code = Code
report-th-indicator = Indicator
report-th-name = Name
report-th-baseline = Baseline
report-th-target = Target
report-th-expected = Expected { $year }
report-th-actual = Actual
report-th-progress = Progress
report-th-status = Status
report-th-change-since = Change since { $year }
report-th-projection = Projection at target year
report-th-likely = Target likely met
report-th-notes = Notes
report-th-total = Total
report-th-mean-progress = Mean progress
report-th-year = Year
report-th-reference = Reference
report-th-reference-value = Reference value
report-th-approved-actual = Approved actual
report-th-quality = Quality
report-tag-key = key
report-tag-illustrative = illustrative
report-outlook-likely = Likely
report-outlook-unlikely = Unlikely
report-outlook-too_early = Too early to tell
report-move-from = {" "}from { $status }
report-note-stale = latest approved value from { $year }
report-note-stale-earlier = latest approved value from an earlier year
report-ref-baseline = baseline
report-ref-milestone = milestone
report-ref-target = target
report-unit-percent = %
report-unit-count = count
report-unit-chf = CHF
report-unit-ratio = ratio
report-unit-yes_no = yes = 1, no = 0
report-unit-index = index
report-chart-alt-mean = , mean progress { $progress }
report-chart-alt-more = and { $count } more in the table
report-chart-status-goal-alt = Stacked bar chart of indicator status by strategic goal for { $year }. { $parts }.
report-chart-status-goal-alt-empty = No data: the plan has no strategic goal to show for { $year }.
report-chart-status-priority-alt = Stacked bar chart of indicator status by thematic priority for { $year }. { $parts }.
report-chart-status-priority-alt-empty = No data: the plan has no thematic priority to show for { $year }.
report-traj-status = Status { $year }: { $status }
report-traj-progress = {" "}(progress { $progress })
report-traj-actual = . Actual { $value } in { $year }
report-traj-stale = , the latest approved value standing in for { $year }
report-traj-no-actual = . No approved actual
report-traj-expected = ; expected { $value }
report-traj-alt = Line chart of indicator { $code } { $name } ({ $unit })
report-traj-alt-baseline = baseline { $value } in { $year }
report-traj-alt-target = target { $value } in { $year }
report-traj-alt-no-values = no approved values
report-traj-alt-values = approved values { $values }
report-traj-alt-status = status { $year }: { $status }
report-traj-alt-likely = likely to be met
report-traj-alt-unlikely = unlikely to be met
report-traj-alt-too-early = too early to tell
report-traj-alt-projection = projection (dashed, a least-squares line through { $points } points) { $value } in { $year }, target { $outlook }
report-traj-alt-projection-early = projection: too early to tell

## Sheet names of report.xlsx (report form 4, another language than English; at most 31 characters)

report-sheet-indicators = indicators
report-sheet-indicator-values = indicator_values
report-sheet-disaggregations = disaggregations
report-sheet-node-rollups = node_rollups
report-sheet-finance-by-unit = finance_by_unit
report-sheet-finance-reconciliation = finance_reconciliation
report-sheet-cost-by-node = cost_by_node
report-sheet-operational-delivery = operational_delivery
report-sheet-risks = risks
report-sheet-data-quality = data_quality
report-sheet-narratives = narratives
report-sheet-revisions = revisions
report-sheet-mandates = mandates
report-sheet-questions = questions
report-sheet-restatements = restatements
