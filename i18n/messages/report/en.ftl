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

## Sections of report form 5 (FORM_SECTIONS): the executive summary, status moves, finance, operational
## delivery, risks, breakdowns and data quality in the report's language, with the finance, delivery and
## breakdown charts' notes, text alternatives and data tables

report-summary-covers = This report covers { $year }, year { $nth } of the strategic plan { $start }–{ $end } ({ $resolution }). It rates { $total ->
    [one] { $total } indicator
   *[other] { $total } indicators
} by the status rule stated in the annex: { $counts }.
report-th-indicators = Indicators
report-th-share = Share
report-summary-all-indicators = All indicators
report-summary-by-status = Indicators by status, { $year }
report-summary-end-of-plan = end-of-plan
report-summary-projection = Projection: of { $total ->
    [one] { $total } indicator
   *[other] { $total } indicators
}, { $likely ->
    [one] { $likely } is
   *[other] { $likely } are
} projected to meet their { $target } target and { $unlikely ->
    [one] { $unlikely } is
   *[other] { $unlikely } are
} not; for { $too_early } it is too early to tell (fewer than two points, or no baseline or target). Each projection is a least-squares line through the baseline and the approved annual values so far, read at the target year (see the annex).
report-summary-key-h = Key performance indicators
report-summary-key-caption = Key performance indicators, { $year }
report-summary-fdr-h = Finance, delivery and risks
report-summary-finance-rate = Planned expense for { $year }: CHF { $plan } thousand; executed: CHF { $actual } thousand ({ $rate } of plan).
report-summary-finance-executed = Planned expense for { $year }: CHF { $plan } thousand; executed: CHF { $actual } thousand.
report-summary-finance-none = Planned expense for { $year }: CHF { $plan } thousand; no execution reported yet.
report-summary-delivery = Operational plans: { $delivered } of { $counted ->
    [one] { $counted } item
   *[other] { $counted } items
} counted were delivered in full (delivered quantity at least the planned one) across { $units ->
    [one] { $units } unit
   *[other] { $units } units
}{ $short } (see the delivery rate per unit and the items below).
report-summary-delivery-short = ; { $count ->
    [one] { $count } item marked delivered by its unit is short of the planned quantity and is not counted as delivered in full
   *[other] { $count } items marked delivered by their units are short of the planned quantity and are not counted as delivered in full
}
report-summary-risks = Risks: { $open } open of { $total } in the register, { $high } of them high (likelihood × impact ≥ { $score }).
report-summary-dq = Data quality notes: { $counts }.
report-dq-provisional = provisional
report-dq-estimated = estimated
report-dq-stale = stale
report-dq-missing = missing
report-moves-intro = Of { $compared ->
    [one] { $compared } indicator
   *[other] { $compared } indicators
} compared with { $since }, { $improved } improved, { $worsened } worsened and { $unchanged } kept their status; { $newly ->
    [one] { $newly } is
   *[other] { $newly } are
} newly rated and { $no_longer } no longer rated. Statuses are ordered off track, at risk, on track, achieved: a move up that order is an improvement, a move down it a worsening. An indicator without data in one of the two years is newly rated or no longer rated.
report-th-status-of = Status { $year }
report-th-move = Move
report-th-change-actual-since = Change of the actual since { $year }
report-moves-none = No indicator's status moved since { $since }.
report-moves-caption = Indicators whose status moved from { $since } to { $year }
report-finance-intro = Amounts are in CHF thousands. The financial plan is the one adopted with the strategic plan (Decision 5).
report-recon-none = No finance figures to reconcile for { $year }.
report-recon-ok = Finance reconciles exactly for { $year }: the revenue and expense lines of the biennium equal the totals adopted in the financial plan (Decision 5) and balance each other; each unit's allocations to results equal its expense budget; and the cost by strategic goal and the cost by thematic priority (each with enablers) equal the year's expense lines.
report-recon-gap = { $label }: CHF { $computed } thousand against CHF { $reference } thousand, the { $against } (difference CHF { $difference } thousand)
report-recon-gap-unset = { $label }: CHF { $computed } thousand, but no { $against } is set
report-recon-not = Finance does NOT reconcile for { $year } (difference = computed − reference): { $gaps }.
report-check-adopted-revenue = Revenue lines { $period }
report-check-adopted-revenue-against = revenue adopted for { $period } (Decision 5)
report-check-adopted-expense = Expense lines { $period }
report-check-adopted-expense-against = expense adopted for { $period } (Decision 5)
report-check-balance = Revenue lines { $period }
report-check-balance-against = expense lines { $period } (balanced budget)
report-check-unit-allocations = Allocations of { $unit } to results { $period }
report-check-unit-allocations-against = expense budget of { $unit } { $period }
report-check-cost-goal = Cost by strategic goal plus enablers { $period }
report-check-cost-goal-against = expense lines { $period }
report-check-cost-priority = Cost by thematic priority plus enablers { $period }
report-check-cost-priority-against = expense lines { $period }
report-th-check = Check
report-th-computed = Computed
report-th-against = Against
report-th-difference-computed = Difference (computed − reference)
report-th-reconciles = Reconciles
report-recon-not-set = not set
report-recon-caption = Reconciliation of the finance figures, { $year } (CHF thousands; difference = computed − reference)
report-th-unit = Unit
report-th-kind = Kind
report-th-category = Category
report-th-plan = Plan
report-th-difference = Difference
report-finance-lines-caption = Financial plan lines and execution by unit, { $year } (CHF thousands)
report-th-plan-chf = Plan (CHF thousands)
report-th-actual-chf = Actual (CHF thousands)
report-th-execution = Execution
report-chart-partial = , partial
report-chart-no-actual = no actual yet
report-chart-budget-alt-unit = { $unit }: plan { $plan }, actual { $actual }
report-chart-budget-alt = Grouped bar chart of planned against actual expense by org unit for { $year }, CHF thousands. { $parts }.
report-th-cost-chf = Cost (CHF thousands)
report-chart-cost-goal-alt = Bar chart of cost by strategic goal for { $period }, CHF thousands. { $parts }.
report-chart-cost-priority-alt = Bar chart of cost by thematic priority for { $period }, CHF thousands. { $parts }.
report-operations-intro = Operational plans of the General Secretariat and the Sectors deliver the outputs of the strategic plan. An item's delivery rate is delivered ÷ planned quantity, not capped (above 100% when it delivered more than planned). A unit's delivery rate is the mean of its items' rates, each capped at 100% so that one over-delivered item does not hide another's shortfall; cancelled items and items with nothing planned are not counted.
report-th-item = Item
report-th-output = Output
report-th-budget = Budget
report-th-planned = Planned
report-th-delivered = Delivered
report-th-rate = Rate
report-th-in-full = In full
report-th-status-reported = Status (as reported)
report-operations-items-caption = Operational-plan items, { $year } (budget in CHF thousands)
report-th-items = Items
report-th-counted = Counted
report-th-delivered-in-full = Delivered in full
report-th-cancelled = Cancelled
report-th-delivery-rate = Delivery rate
report-th-budget-chf = Budget (CHF thousands)
report-chart-delivery-note = { $rate } · { $delivered } of { $counted ->
    [one] { $counted } item
   *[other] { $counted } items
} in full
report-chart-delivery-none = no item counted
report-chart-delivery-alt = Bar chart of operational-plan delivery rate by unit for { $year }. { $parts }.
report-chart-delivery-alt-unit = { $unit }: { $note }
report-risks-intro = The risk register, highest score (likelihood × impact, each rated 1 to 5) first.
report-th-risk = Risk
report-th-likelihood = Likelihood
report-th-impact = Impact
report-th-score = Score
report-th-owner = Owner
report-th-reviewed = Reviewed
report-th-linked-results = Linked results
report-th-mitigation = Mitigation
report-risks-caption = Risk register
report-breakdowns-none = No indicator has approved values by sex or by region for { $year }.
report-breakdowns-intro = Approved values for { $year } of indicators disaggregated by sex or by ITU region. All disaggregated values are also in tables/disaggregations.csv.
report-breakdowns-omitted = { $count } further disaggregated indicators are not charted here (at most { $max } indicators, key indicators first); their values are in tables/disaggregations.csv.
report-dimension-sex = sex
report-dimension-region = region
report-th-value = Value
report-chart-breakdown-title = { $code } — { $name }: by { $dimension }, { $year }
report-chart-breakdown-subtitle = Approved values for { $year } by { $dimension }, { $unit }.
report-chart-breakdown-empty = No approved value by { $dimension } for { $year }.
report-chart-breakdown-alt = Bar chart of indicator { $code } { $name } by { $dimension } for { $year }: { $parts }.
report-dq-intro = Approved values that are provisional or estimated, values from an earlier year standing in for the report year (stale), and indicators without a usable value (missing).
report-th-detail = Detail
report-dq-by-kind = Data-quality notes by kind
report-dq-caption = Data-quality notes

## Section "Results serving each resolution" of report form 5 (FORM_SECTIONS)

report-mandates-none = No result of this plan is linked to a resolution, SDG target, WSIS action line or decision.
report-mandates-intro = The resolutions, SDG targets, WSIS action lines and decisions the plan's results serve, and for each the goals, priorities, other results and indicators linked to it, with their status for { $year } (a result's status is the count of its indicators per status, as in its section). These links are also in tables/mandates.csv.
report-mandates-no-indicator = no indicator
report-mandates-rollup = { $total ->
    [one] { $total } indicator: { $counts }
   *[other] { $total } indicators: { $counts }
}
report-mandate-resolution = Resolution { $code }
report-mandate-sdg = SDG target { $code }
report-mandate-wsis = WSIS action line { $code }
report-mandate-decision = Decision { $code }
report-mandates-h-resolution = Resolutions
report-mandates-h-sdg = SDG targets
report-mandates-h-wsis = WSIS action lines
report-mandates-h-decision = Decisions
report-mandates-caption-resolution = Resolutions: the results serving each, { $year }
report-mandates-caption-sdg = SDG targets: the results serving each, { $year }
report-mandates-caption-wsis = WSIS action lines: the results serving each, { $year }
report-mandates-caption-decision = Decisions: the results serving each, { $year }
report-th-mandate = Mandate
report-th-title = Title
report-th-result = Result
report-th-level = Level

## Annex "Questions from Council members and replies" of report form 5 (FORM_SECTIONS)

report-questions-intro = The questions Council members asked about this plan up to the date of this report, and the replies of the Secretariat, in the order asked. All of them are also in tables/questions.csv.
report-question-h = Question { $id }: { $title }
report-question-meta = { $about } · asked by { $who } on { $date } · { $status }

## Sections "Framework revisions in force", "Restatements" and "Annex: indicator reference sheets" of
## report form 5 (FORM_SECTIONS)

report-revisions-none = No baseline, target, milestone, unit or direction of an indicator was revised by a decision in force for { $year }: every figure of this report is measured against the framework as adopted.
report-revisions-rule = A revision of a baseline, target, milestone, unit or direction counts from the day it was decided. This report assesses { $year } against the framework in force on 31 December { $year }: a revision decided on or before that day applies; one decided later leaves this report unchanged and applies from the report of the year in which it was decided.
report-revisions-caption = Framework revisions in force for { $year }
report-revisions-also = These revisions are also in tables/revisions.csv.
report-th-field = Field
report-th-as-adopted = As adopted
report-th-as-revised = As revised
report-th-decided = Decided
report-th-by = By
report-field-baseline_value = baseline value
report-field-baseline_year = baseline year
report-field-target_value = target value
report-field-target_year = target year
report-field-unit = unit
report-field-direction = direction
report-restated-published = {" "}(published { $date })
report-restated-intro = Since report run { $run } for { $year } was frozen on { $frozen }{ $published }, { $revised } value(s) of { $year } it reported were revised and { $late } value(s) of { $year } were approved late; { $revisions } framework revision(s) were recorded. Each row gives the figure the report gave Council and the figure approved now, with who changed it, when and why. These figures are also in tables/restatements.csv.
report-th-breakdown = Breakdown
report-th-change = Change
report-th-reported = Reported
report-th-now = Now
report-th-approved = Approved
report-th-why = Why
report-th-before = Before
report-th-after = After
report-th-decision = Decision
report-th-in-force-for = In force for { $year }
report-restated-headline = headline
report-restated-revised = revised
report-restated-late = late value
report-restated-values-caption = Values of { $year } changed since the report
report-restated-revisions-caption = Framework revisions recorded since the report
report-sheets-intro = Why each key indicator is measured and how, as the Secretariat keeps it.
report-refsheet-rationale = Rationale
report-refsheet-method = Method of computation
report-refsheet-disaggregation = Disaggregation
report-refsheet-limitations = Limitations
report-refsheet-quality-assurance = Quality assurance
report-refsheet-target-rationale = Target rationale

## Predecessors of another plan cycle in the goal and priority sections of report form 5 (FORM_SECTIONS)

report-predecessor-redefined = A different measure, not part of the series of { $code }: { $code } redefines { $predecessor } { $name } of plan { $plan } ({ $unit }), whose values are shown here apart
report-predecessor-new = A different measure, not part of the series of { $code }: { $code } is a new indicator that names as its forerunner { $predecessor } { $name } of plan { $plan } ({ $unit }), whose values are shown here apart

## The annex "Status rule and thresholds" of report form 5 (FORM_SECTIONS)

report-rule-intro = Every status in this report comes from one rule, applied to approved values only:
report-rule-actual-term = Actual A(Y)
report-rule-actual = The approved headline value (no disaggregation) for year Y, combining sub-annual values by the indicator's aggregation rule (latest, sum, mean or ratio). If Y has none, the latest approved value from an earlier year no older than { $max_age ->
    [one] { $max_age } year
   *[other] { $max_age } years
} stands in, and the report says which year.
report-rule-expected-term = Expected E(Y)
report-rule-expected = The straight line through the baseline (year, value), the annual milestones and the end-of-plan target; before the baseline year it is the baseline, after the target year the target.
report-rule-progress-term = Progress
report-rule-progress = (A − b) / (E − b), where b is the baseline; the same formula serves increasing and decreasing indicators. When E = b, progress is 1 if A is on the right side of b or equal to it, else 0.
report-rule-status-term = Status
report-rule-status = Achieved if A meets the end target (A ≥ T when increasing, A ≤ T when decreasing); else on track if progress ≥ { $on_track }; at risk if progress ≥ { $at_risk }; else off track. Indicators to maintain are on track within ±{ $maintain_on_track }% of the target, at risk within ±{ $maintain_at_risk }%, else off track. No data when the actual, the baseline or the target is missing, with the reason.
report-rule-rollup-term = Roll-up
report-rule-rollup = For a result: the indicators on it and on every result below it (through the tree and through contribution links, each indicator once): counts per status, and the mean of progress clamped to [0, 1] over rated indicators (achieved counts as 1).
report-th-threshold-of = Threshold of plan { $plan }
report-threshold-on-track = On track: minimum progress
report-threshold-at-risk = At risk: minimum progress
report-threshold-maintain-on-track = Maintain, on track: within ± % of target
report-threshold-maintain-at-risk = Maintain, at risk: within ± % of target
report-threshold-max-age = Oldest value that may stand in (years)
report-thresholds-caption = The plan's thresholds
report-methods-h = Methods
report-method-cost = Cost of a result: each unit's budget is allocated to outputs, thematic priorities and enablers. The cost of a thematic priority, outcome, output or enabler is the allocations to it and to every result below it; the cost of a goal or target is the allocations carried to it through the contribution weights of the results linked to it. The same figure is shown wherever a result's cost appears.
report-method-reconciliation = Reconciliation: every check compares a sum with an independent reference — the revenue and expense lines of the biennium with the totals adopted in the financial plan (Decision 5) and with each other; each unit's allocations to results with its expense budget; the cost by goal and by thematic priority (each with enablers) with the year's expense lines. Difference = computed − reference; a check reconciles when the two are exactly equal.
report-method-delivery = Delivery rate: an item's rate is delivered ÷ planned quantity, not capped (an item that delivered more than planned shows more than 100%). A unit's rate is the mean of its items' rates, each capped at 100%; cancelled items and items with nothing planned are not counted.
report-method-charts = Charts: a trajectory for every target-level and key indicator, at most { $max } (key indicators first){ $omitted }. Status is shown by colour (Okabe-Ito palette), pattern and label.
report-method-charts-omitted = ; { $count } further indicators are covered by the tables only
report-method-tables = Tables: exact decimals as entered; derived figures (expected value, progress, means, rates) rounded to { $dp } decimal places. Amounts are in CHF thousands. In report.xlsx numbers are numbers, except a figure of more than { $digits } significant digits, which Excel cannot hold: it is written as text, and its sheet says so, so that the exact figure survives.
report-method-cycles = Series across plan cycles: only a predecessor carried over from the previous plan continues an indicator's series (one line in its chart; rows marked predecessor_carried_over in indicator_values.csv). A redefined predecessor measures something else: its values are never drawn on the indicator's line or listed as its values, but shown apart in a labelled table and marked predecessor_redefined, with their own plan, code and unit.
report-projection-h = Projection
report-projection-method = Each indicator's projection is a least-squares straight line through its points (year, value): the baseline, and the approved annual value of each later year up to the report year and the target year (quarters combined by the indicator's aggregation rule). The line is read at the target year. With fewer than two points (no approved value after the baseline year), or without a baseline or a target, it is too early to tell and no value is projected. The target is likely to be met when the projected value meets it in the indicator's direction (at or above it when increasing, at or below it when decreasing) or, for an indicator to maintain, lies within ±{ $band }% of it; else unlikely. The comparison is exact; the projected value is rounded only when shown. In the charts the projected stretch of the line, from the newest point to the target year, is drawn dashed and labelled "projection".
report-projection-limits = Limits: a straight line assumes that the change so far goes on at the same pace. It knows nothing of saturation (a percentage near 100), of one-off jumps or of measures yet to be taken; with two or three points one unusual year moves it a lot, and the baseline weighs like any approved year. Milestones play no part: the projection says where the values are heading, the expected path where they were meant to go.
report-narratives-h = Narratives and evidence
report-narratives-note = Beside each indicator, the framework sections give what its planners wrote with its approved headline values of { $year }: the narrative and the evidence link of the annual value and of each quarter, and the resolutions, SDG targets, WSIS action lines and decisions it serves. Only approved values are shown: while a revision of a value is pending (entered or submitted, not yet approved), the report shows the narrative and evidence of the value approved before, as it shows that value. An evidence link is a link only when it is an http or https address; anything else is shown as text. All narratives are also in tables/narratives.csv.
report-units-h = Units and aggregation rules
report-units-intro = The values of a year combine by the indicator's aggregation rule, and not every rule suits every unit. The ratio rule adds up the numerators and the denominators of the quarters and divides: 100 × Σnumerator ÷ Σdenominator for a percentage, Σnumerator ÷ Σdenominator for a ratio; a single value given with its numerator and denominator is checked with the same factor. An indicator with a pair not listed here is refused when it is defined or changed.
report-th-rules-allowed = Aggregation rules allowed
report-th-why-not = Why not the others
report-units-caption = Aggregation rules allowed per unit
report-unit-name-percent = percent
report-unit-name-count = count
report-unit-name-chf = chf
report-unit-name-ratio = ratio
report-unit-name-yes_no = yes_no
report-unit-name-index = index
report-aggregation-latest = latest
report-aggregation-sum = sum
report-aggregation-mean = mean
report-aggregation-ratio = ratio
report-about-h = About this report
report-about = Built from data snapshot { $snapshot } for report run { $run }, created { $created }. Every file of the report — this page, charts/*.svg and *.png, tables/*.csv and report.xlsx — is listed with its SHA-256 checksum in manifest.json; rebuilding the run from the same snapshot gives the same bytes.

## Report form 6 (FORM_VERSIONS): the data-quality notes the report writes, in report.html, the CSV
## files and report.xlsx

report-dq-note-stale = No approved value for { $year }; the { $from } value stands in.
report-dq-note-provisional = The { $from } value used is provisional.
report-dq-note-estimated = The { $from } value used is estimated.

## Report form 7 (FORM_REASONS): a value missing for the status rule, its reasons (the interface's
## nodata-… messages, joined and with a capital first letter) said as a sentence

report-dq-note-missing = { $reasons }.

## The four-year assessment (assessment form 8, ASSESSMENT_FORM_LANGUAGES): its page, charts and workbook

report-assessment-title = { $plan } — assessment of the results, { $first }–{ $last }, for the Plenipotentiary Conference
report-assessment-kicker = Report of the Council to the Plenipotentiary Conference on the implementation of the strategic plan
report-assessment-heading = { $plan }: assessment of the results, { $first }–{ $last }
report-assessment-cover-line = { $resolution } · plan period { $start }–{ $end } · years assessed { $first }–{ $last }
report-assessment-meta = Report run { $run } · data snapshot { $snapshot } · generated { $generated }
report-assessment-illustrative = Some figures in this report are illustrative (sample data), not official results.
report-assessment-summary-h = Summary: every year side by side
report-assessment-goals-h = Achievement of goals and priorities, and their cost
report-assessment-indicators-h = Achievement of each target, and the projection of what remains open
report-assessment-restated-h = Restatements of figures reported in the annual reports
report-assessment-annex-h = Annex: method notes
report-assessment-restated-year = The report for { $year } (run { $run })
report-assessment-footer = { $plan } · assessment { $first }–{ $last } · report run { $run }
report-assessment-summary-intro = This report assesses the { $count } indicators of { $plan } in every year from { $first } to { $last }, each by the status rule stated in the annex, against the framework in force in that year. The tables of this report are also in report.xlsx and tables/*.csv.
report-assessment-summary-end = At the end of { $last }, { $achieved } of { $count } indicators had achieved their target, { $on_track } were on track, { $at_risk } at risk, { $off_track } off track and { $no_data } without data.
report-assessment-summary-projection = Of the { $count } indicators whose target remains open, { $likely } are projected to meet it by its target year, { $unlikely } are projected to fall short and for { $too_early } it is too early to tell.
report-assessment-goals-intro = For each strategic goal, thematic priority and enabler: how many of the indicators on it and below it had each status in each year, their mean progress, and its cost that year (budget allocations carried through contribution weights, CHF thousands). The last row is the period.
report-assessment-node-caption = { $code } by year
report-assessment-indicators-intro = Each indicator's status and actual value in every year (an actual from an earlier year is marked with that year), its progress in the closing year and, where its target is not achieved, where its approved values are heading at its target year.
report-assessment-th-progress-end = Progress at the end
report-assessment-th-projection = Projection
report-assessment-actual-from = { $value } (from { $year })
report-assessment-achieved = achieved
report-assessment-indicators-caption = Indicators, year by year
report-assessment-annex-years-h = Years assessed
report-assessment-annex-years = From the plan's first year, { $first }, to the closing year { $last }: the latest year of the plan with an approved value when the run was made. Years of the plan after it are not assessed yet.
report-assessment-annex-status-h = Status in each year
report-assessment-annex-status = Each year is assessed by the same status rule as that year's annual report, against the baselines, targets and milestones in force on its 31 December: progress (A − b) / (E − b) of at least { $on_track } is on track, of at least { $at_risk } at risk, below that off track; a value at or beyond the target is achieved; maintain indicators are on track within ±{ $maintain_on_track }% of the target and at risk within ±{ $maintain_at_risk }%; an approved value up to { $years } year(s) old stands in for a missing one.
report-assessment-annex-end-h = Achievement at the end
report-assessment-annex-end = An indicator's achievement is its status in the closing year; a goal's or priority's is the roll-up of the indicators on it and below it that year (each counted once), with their mean progress clamped to [0, 1].
report-assessment-annex-projection-h = Projection of what remains open
report-assessment-annex-projection = Only for indicators not achieved in the closing year: a least-squares line through the baseline and the approved annual values since (at least two points), read at the target year; likely when that value meets the target, unlikely when it does not, too early to tell with fewer than two points or without a baseline or target. It is the same projection as on the indicator page and in the annual report.
report-assessment-annex-cost-h = Cost per goal
report-assessment-annex-cost = Each year's budget allocations of all units carried to the goals, thematic priorities and enablers through contribution weights (the same cost roll-up as the annual report and the finance pages), CHF thousands; the period's cost is the exact sum of the years'. Figures are rounded for display only; tables/cost_by_node.csv and report.xlsx hold them exactly.
report-assessment-annex-restated-h = Restatements
report-assessment-annex-restated = For each year with a published annual report, the values of that year revised or approved late and the framework revisions recorded since that report was frozen, as on the run's page.
report-assessment-all-indicators = all indicators
report-assessment-chart-status-title = Indicator status by year, { $first }–{ $last }
report-assessment-chart-status-subtitle = Number of indicators of the whole plan per status in each year. At risk is hatched, off track cross-hatched; n = indicators, % = mean progress.
report-assessment-chart-status-alt = Stacked bar chart of indicator status in each year from { $first } to { $last }. { $parts }.
report-assessment-chart-status-empty = No indicator is rated in any year from { $first } to { $last }.
report-assessment-xlsx-title = { $plan } — assessment { $first }–{ $last }
report-assessment-xlsx-subject = Assessment of the results of the strategic plan, { $first }–{ $last }
report-sheet-indicator-achievement = indicator_achievement
report-sheet-indicator-years = indicator_years
report-sheet-node-years = node_years
