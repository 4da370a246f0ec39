# stratrack interface text, English: the source and the fallback of every other language.
# Conventions (docs/I18N.md): keys are area-thing in kebab-case; codes of the vocabulary keep their
# underscores (status-on_track); variables are $snake_case; a number that is counted is a plural selector.

## Layout: on every page

layout-skip = Skip to content
layout-nav = Main
layout-notices = Notices
layout-unread = { $count ->
    [one] { $count } unread notice
   *[other] { $count } unread notices
}
layout-account = Account
layout-logout = Log out
layout-plan = Plan
layout-year = Year
layout-show = Show
layout-language = Language
layout-footer = stratrack: the strategic plan, its results and the annual report to Council

nav-dashboard = Dashboard
nav-framework = Framework
nav-compare = Compare years
nav-entry = Data entry
nav-approvals = Approvals
nav-collection = Collection
nav-periods = Periods
nav-plans = Plans
nav-finance = Finance
nav-operations = Operations
nav-risks = Risks
nav-reports = Reports
nav-questions = Questions
nav-audit = Audit log
nav-users = Users

role-admin = admin
role-planner = planner
role-reviewer = reviewer

## Login and account

login-title = Log in
login-heading = Log in to stratrack
login-email = Email
login-password = Password
login-submit = Log in
login-expired = This login form has expired or did not come from this site. Please log in again.
login-wrong = Wrong email or password.
login-throttled = { $minutes ->
    [one] Login refused: too many failed logins. Try again in { $minutes } minute.
   *[other] Login refused: too many failed logins. Try again in { $minutes } minutes.
}

account-title = Account
account-heading = Your account
account-role = role { $role }
account-tokens = API tokens
account-password-heading = Change password
account-current = Current password
account-new = New password (at least 12 characters)
account-submit = Change password
account-changed = Your password was changed.
account-must-change = Please choose a new password.

## Error pages

error-back = Back to the dashboard
error-internal = Something went wrong on the server; it has been logged.
error-unavailable = The database cannot store or read this now, and nothing was stored. Try again in a moment.
error-csrf = The form has expired or did not come from this site; reload the page and try again.
error-method = This address does not take that kind of request.
error-language = There is no interface in that language.

## Problem documents: the title of each stable code, and the details that are fixed text

problem-not_found = Not Found
problem-validation_failed = Unprocessable Entity
problem-bad_request = Bad Request
problem-conflict = Conflict
problem-version_mismatch = Precondition Failed
problem-period_locked = Locked
problem-too_large = Payload Too Large
problem-unsupported_media_type = Unsupported Media Type
problem-throttled = Too Many Requests
problem-unauthenticated = Unauthorized
problem-forbidden = Forbidden
problem-database_unavailable = Service Unavailable
problem-password_change_required = Forbidden
problem-internal = Internal Server Error

problem-internal-detail = something went wrong on the server; it has been logged
problem-database_unavailable-detail = the database cannot store or read this now, and nothing of the request was stored; try again in a moment
problem-unauthenticated-detail = authentication required
problem-password_change_required-detail = you must change your password first (POST /api/v1/auth/password)
problem-too_large-detail = the request body is larger than { $limit } bytes

## Statuses and levels (the vocabulary's words)

status-achieved = Achieved
status-on_track = On track
status-at_risk = At risk
status-off_track = Off track
status-no_data = No data

level-goal = goal
level-thematic_priority = thematic priority
level-enabler = enabler
level-target = target
level-outcome = outcome
level-output = output

## Why an indicator has no data: the status rule's reasons (area `nodata`; `status::Assessment::reason_in`)

nodata-no-baseline = no baseline
nodata-no-target = no target
nodata-no-value = no approved value for { $year }
nodata-too-old = latest approved value is from { $from }, older than the plan's maximum age of { $years ->
    [one] { $years } year
   *[other] { $years } years
}
nodata-bad-quarter = quarter { $quarter } of { $year } is not between 1 and 4
nodata-no-ratio-parts = the Q{ $quarter } { $year } value has no numerator and denominator, which a ratio indicator needs
nodata-zero-denominators = the denominators of { $year } sum to 0, so the ratio has no value

nodata-few-points = fewer than { $min } points (no approved annual value after the baseline year { $year })
nodata-too-large = the values are too large to project exactly

## Dashboard

dashboard-title = Dashboard { $year }
dashboard-status-of = { $total ->
    [one] Status of { $total } indicator
   *[other] Status of { $total } indicators
}
dashboard-compare = Compare { $year } with { $previous }: how each status moved
dashboard-basis-none = No status of { $year } is rated yet: no approved value of { $year }, or of a year allowed to stand in.
dashboard-basis-all = { $rated ->
    [one] The { $rated } rated status rests on a value of { $year } itself.
   *[other] All { $rated } rated statuses rest on values of { $year } itself.
}
dashboard-basis-mixed = { $rated ->
    [one] Of { $rated } rated status,
   *[other] Of { $rated } rated statuses,
} { $own ->
    [one] { $own } rests
   *[other] { $own } rest
} on values of { $year } itself and { $standing } on an older value standing in ({ $years }).
dashboard-basis-from = { $count } from { $year }
dashboard-list-separator = {", "}
dashboard-collection = Collection of { $year }
dashboard-dates-unset = The collection dates of { $year } are not set yet.
dashboard-due-region = What is due for { $year }
dashboard-due-caption = What is due for { $year }, by when, and what is overdue
dashboard-unit = Unit
dashboard-opens = Opens
dashboard-due = Due
dashboard-to-submit = Still to submit
dashboard-returned-col = Returned
dashboard-overdue-col = Overdue
dashboard-complete = Complete
dashboard-overdue = { $count } overdue
dashboard-not-set = not set
dashboard-board = Completeness board of { $year }
dashboard-goals = By goal and thematic priority
dashboard-goals-region = Status counts per goal, thematic priority and enabler
dashboard-goals-caption = Status counts per goal, thematic priority and enabler for { $year }
dashboard-code = Code
dashboard-name = Name
dashboard-progress = Mean progress
dashboard-budget = Budget against actual per unit, { $year } (CHF thousands)
dashboard-budget-region = Budget against actual per unit
dashboard-budget-caption = Expense budget in the financial plan and actual execution
dashboard-budget-col = Budget
dashboard-actual = Actual
dashboard-rate = Execution rate
dashboard-attention = Needs attention
dashboard-waiting = { $count ->
    [one] { $count } submitted value waiting for approval
   *[other] { $count } submitted values waiting for approval
}
dashboard-attention-region = Indicators that need attention
dashboard-attention-caption = Indicators off track, at risk, stale or without data in { $year }
dashboard-indicator = Indicator
dashboard-owner = Owner
dashboard-status = Status
dashboard-why = Why
dashboard-why-progress = progress { $progress }
dashboard-why-progress-stale = progress { $progress }, value from { $year }
dashboard-why-stale = stale: latest value is from { $year }
dashboard-returned = Returned to you
dashboard-returned-region = Values returned to you with their notes
dashboard-returned-caption = { $count ->
    [one] { $count } value returned with a note: correct it and submit it again
   *[other] { $count } values returned with a note: correct and submit them again
}
dashboard-value = Value
dashboard-figure = Figure
dashboard-note = Note
dashboard-returned-by = Returned by

## Words of the yearly collection: a value's state and quality

state-none = no value
state-draft = draft
state-submitted = submitted
state-returned = returned
state-approved = approved
quality-provisional = provisional
quality-estimated = estimated
quality-final = final

## The pager under long lists, and a refused form's problems (shared by many pages)

pager-label = Pages of the { $what }
pager-total = { $total } { $what } — page { $page } of { $pages }
pager-previous = Previous page
pager-next = Next page
pager-indicators = indicators
pager-revisions = revisions
pager-items = items
pager-users = users
pager-entries = entries
pager-mandates = mandates
pager-questions = questions
pager-risks = risks
problems-nothing-saved = Nothing was saved.
problems-correct = Please correct:

## Entry grid

entry-title = Data entry { $year }
entry-heading = Data entry — { $year }
entry-intro = Indicators your unit owns. Type the values, save them as drafts, and tick the ones to submit for approval. Submitted and approved values are corrected on their own page.
entry-intro-admin = Indicators your unit owns (as the Secretary-General's office: all units, or the unit chosen). Type the values, save them as drafts, and tick the ones to submit for approval. Submitted and approved values are corrected on their own page.
entry-tally-saved = { $count } saved
entry-tally-submitted = {" "}({ $count } submitted for approval)
entry-tally-refused = { $count ->
    [one] , { $count } not saved: see the row
   *[other] , { $count } not saved: see the rows
}
entry-imported = Imported { $count } value(s) as { $state }
entry-first-refused = first row not saved: { $code }
entry-code-not-saved = { $code }: not saved:
entry-filters-not-applied = The filters were not applied:
entry-not-imported = The file was not imported: { $count } problem(s).
entry-see-lines = See them line by line
entry-filters = Search and filter the indicators
entry-org-unit = Org unit
entry-all-units = all units
entry-quarter-label = Quarter (quarterly indicators)
entry-quarter = Q{ $quarter }
entry-search = Search code or name
entry-state = State
entry-any = any
entry-node = Goal or priority
entry-has-value = Has a value
entry-either = either
entry-yes = yes
entry-no = no
entry-per-page = Per page
entry-show = Show
entry-match = { $count } indicator(s) match.
entry-match-of = { $count } indicator(s) match of { $all }.
entry-match-showing = { $count } indicator(s) match; showing { $first }–{ $last }, page { $page } of { $pages }.
entry-match-of-showing = { $count } indicator(s) match of { $all }; showing { $first }–{ $last }, page { $page } of { $pages }.
entry-values-of = Values of { $year }
entry-grid-region = Entry grid, { $year }
entry-caption = Indicators and their { $year } values
entry-col-submit = Submit
entry-col-indicator = Indicator
entry-col-uom = Unit of measure
entry-col-baseline = Baseline
entry-col-expected = Expected { $year }
entry-col-approved = Approved { $year }
entry-col-value = Value
entry-col-state = State and quality
entry-col-narrative = Narrative and evidence
entry-submit-code = Submit { $code }
entry-milestone = milestone { $value }
entry-numerator = Numerator
entry-denominator = Denominator
entry-value-of = Value of { $code }
entry-not-saved = Not saved:
entry-quality-of = Quality of { $code }
entry-returned = Returned:
entry-counting = approved { $value } (revision { $revision }) counts until the correction is approved
entry-history = History
entry-revise = Revise
entry-of = of { $code }
entry-breakdown = Breakdown by sex or region ({ $count })
entry-narrative-of = Narrative of { $code }
entry-evidence-of = Evidence link of { $code }
entry-evidence = evidence
entry-save = Save the values (and submit the ticked ones)
entry-upload-h = Upload a batch (CSV or Excel workbook)
entry-upload-header = Header: indicator_code, year, quarter, disaggregation, value, numerator, denominator, quality, narrative, evidence_url (plan { $plan }). All rows are stored or none.
entry-templates = Templates for your unit and { $year }, pre-filled with your indicators:
entry-csv-template = CSV template
entry-xlsx-template = Excel template
entry-file = CSV file or Excel workbook (.xlsx)
entry-upload-submit = Submit the values for approval
entry-upload = Upload
entry-not-imported-caption = The file was not imported: { $count } problem(s)
entry-line = Line (CSV) or row (workbook)
entry-column = Column
entry-reason = Reason
problems-see-fields = see the fields below.

## One indicator's entry form, and one value's page

entry-saved-draft = Saved { $code } as a draft
entry-submitted = Submitted { $code } for approval
entry-value-not-saved = The value was not saved:
entry-nothing-saved = Nothing was saved:
entry-form-title = Enter { $code }
entry-form-unit = Unit: { $unit }
entry-form-direction = direction
entry-form-ratio-hint = enter numerator and denominator
entry-form-decimal-hint = exact decimal with a dot, e.g. 12.5
entry-form-year = Year
entry-form-quarter = Quarter (empty for the whole year)
entry-form-whole-year = whole year
entry-form-dimension = { $dimension } (empty for the total)
entry-total = total
entry-form-quality = Quality
entry-form-narrative = Narrative
entry-form-evidence = Evidence link (web address)
entry-form-save-draft = Save draft
entry-form-save-submit = Save and submit for approval
entry-form-values-h = Values of { $code }
entry-form-values-caption = Drafts, submissions and approved values
entry-form-period = Period
entry-form-breakdown = Breakdown
entry-form-note = Review note
entry-form-actions = Actions
entry-form-correct = Correct
entry-form-of-value = of value { $id }
entry-form-value-id = value { $id }
entry-value-title = { $code } { $period } value
entry-value-uom = unit of measure
entry-value-state = state
entry-value-revision-n = revision { $revision }
entry-value-revision = { $value } (revision { $revision })
entry-returned-on = Returned on { $at }:
entry-value-counting = The approved value { $value } counts in reports until the correction is approved.
entry-value-pending = A correction is pending:
entry-value-correct = Correct the value
entry-value-revise = Revise the approved value
entry-value-revise-hint = The correction is a new revision; the approved value stays readable and keeps counting until the correction is approved.
entry-value-reason = Reason for the correction (required)
entry-value-waits = This submitted value is not changed here: it waits for approval, or to be returned.
entry-value-locked = This { $state } value is not changed here: its year is locked.
entry-value-read-only = This { $state } value is not changed here.
entry-value-revisions-region = Revisions of the value
entry-value-revisions-caption = Revisions of { $code } { $period }
entry-value-revision-col = Revision
entry-value-this-one = { $revision } (this one)
entry-value-steps-region = Steps taken on the value
entry-value-steps-caption = Every step: who, when, and the note
entry-value-when = When (UTC)
entry-value-who = Who
entry-value-step = Step
entry-value-note = Note or reason
entry-value-back = Back to the entry grid
entry-correction-saved = Saved the correction of { $code } as revision { $revision } (a draft)
entry-correction-submitted = Submitted the correction of { $code } (revision { $revision }) for approval
entry-step-entered = entered
entry-step-edited = edited
entry-step-submitted = submitted
entry-step-returned = returned
entry-step-approved = approved
entry-step-revised = revised
entry-step-superseded = superseded
entry-step-deleted = deleted

## Approval queue

approvals-title = Approvals
approvals-heading = Approval queue
approvals-filters = Filter the approval queue
approvals-every-year = every year
approvals-unit = Unit
approvals-every-unit = every unit
approvals-search = Search indicator
approvals-filter = Filter
approvals-elsewhere = Also waiting in other plans or years:
approvals-scope-year = { $plan } { $year }
approvals-scope-every = { $plan } in every year
approvals-scope-unit = { $scope } from { $unit }
approvals-none-waiting = No value of { $scope } is waiting for approval.
approvals-none-waiting-from = No value of { $scope } is waiting for approval from { $unit }.
approvals-none-matching = No value of { $scope } is waiting for approval matching “{ $q }”.
approvals-none-matching-from = No value of { $scope } is waiting for approval from { $unit } matching “{ $q }”.
approvals-region = Submitted values with their context
approvals-caption = { $count } submitted value(s) of { $scope }
pager-page = page { $page } of { $pages }
approvals-col-select = Select
approvals-col-change = Change from last year
approvals-col-expected = Expected and target
approvals-col-status = Status it would give
approvals-col-entered = Entered and submitted
approvals-col-return = Return with a note
approvals-select = Select { $what }
approvals-own = your own entry: another admin decides
approvals-none = none
approvals-last-year = last year { $previous }
approvals-replaces = revision { $revision } replaces the approved { $value } (revision { $approved }), which counts until then
approvals-expected = expected { $value }
approvals-target = target { $value }
approvals-target-by = { $value } by { $year }
approvals-now = now: { $status }
approvals-breakdown-no-status = a breakdown: no status of its own
approvals-entered = entered
approvals-submitted = submitted
approvals-note-for = Note to return { $code } { $period }
approvals-return = Return
approvals-approve-selected = Approve selected
approvals-return-selected = Return selected, each with its note
approvals-pages = Pages of the approval queue
approvals-filter-not-applied = The filter was not applied.
approvals-approved = Approved { $count } value(s): { $values }
approvals-returned = Returned { $count } value(s): { $values }
approvals-select-one = Select at least one value.
approvals-nothing-changed = Nothing was changed.
approvals-nothing-changed-because = Nothing was changed:

## Collection calendar and completeness board (the dashboard's words Unit, Opens, Due, Complete, Overdue are shared)

collect-title = Collection { $year }
collect-heading = Collection of { $year } — { $plan }
collect-completeness = Completeness
collect-explained = An indicator counts where its most advanced value of { $year } stands (an approved value under correction stays approved). Complete means submitted or approved. Overdue: indicators still without a submitted value after the due date (judged on { $today }).
collect-region = Completeness per unit, { $year }
collect-caption = Indicators expected of each unit for { $year }, by where their values stand
collect-expected = Expected
collect-no-value = No value
collect-draft = Draft
collect-returned = Returned
collect-submitted = Submitted
collect-approved = Approved
collect-all-units = All units
collect-own-dates = own dates
collect-none-expected = No indicator of { $plan } is expected of your unit.
collect-calendar = Calendar
collect-every-unit = Dates for every unit
collect-opens-on = Collection opens on
collect-due-on = Values are due on
collect-save-dates = Save the dates of { $year }
collect-own-h = Units with their own dates
collect-own-explained = A unit given its own dates follows them instead of the dates above; clear them to follow the dates above again.
collect-units-caption = Collection dates of each unit for { $year }
collect-dates = Dates
collect-save-unit = Save { $unit }
collect-clear-unit = Clear { $unit }
collect-dates-are = The collection of { $year } opens on { $opens } and is due on { $due }.
collect-dates-are-unit = The collection of { $year } opens on { $opens } and is due on { $due }; your unit's dates are in the table above.
collect-dates-unset = The Secretary-General's office has not set the collection dates of { $year } yet.
collect-dates-set = The collection of { $year } opens on { $opens } and is due on { $due } for every unit without its own dates.
collect-unit-dates-set = The collection of { $year } opens on { $opens } and is due on { $due } for { $unit }.
collect-unit-cleared = { $unit } follows the collection dates of every unit again.

## Reporting periods: year locks and lock exceptions

periods-title = Reporting periods
periods-heading = Reporting periods — { $plan }
periods-explained = A locked year takes no new values and no changes to values. A lock exception lets one org unit change its values in a locked year until a moment (UTC); when it ends or is revoked, the lock holds again for that unit.
periods-years = Years
periods-years-region = Years of { $plan } and their locks
periods-years-caption = Years of { $plan }
periods-locked-on = Locked on
periods-by = By
periods-locked = locked
periods-open = open
periods-exceptions = Lock exceptions
periods-no-exception = No exception has been granted in { $plan }.
periods-exceptions-region = Lock exceptions of { $plan }
periods-exceptions-caption = Lock exceptions of { $plan }, oldest first
periods-until = Until (UTC)
periods-granted-col = Granted
periods-revoked-col = Revoked
exception-active = active
exception-ended = ended
exception-revoked = revoked
periods-unrecorded-user = an unrecorded user
periods-granted-by = { $at } by { $who }
periods-revoked-by = { $at } by { $who }: { $note }
periods-lock-h = Lock or unlock a year
periods-lock-explained = Say why: the note is shown in every refusal while the year is locked, and kept in the audit log.
periods-why-lock = Why lock { $year }
periods-why-unlock = Why unlock { $year }
periods-lock = Lock { $year }
periods-unlock = Unlock { $year }
periods-grant-h = Grant a lock exception
periods-year-locked = { $year } (locked)
periods-until-hint = A date and time ahead, as 2029-04-01T00:00 (UTC) or with an offset, as 2029-04-01T02:00+02:00.
periods-grant = Grant exception
periods-revoke-h = Revoke an exception
periods-revoke-which = { $unit } in { $year }, until { $until }
periods-why-revoke = Why revoke it
periods-revoke = Revoke the exception of { $unit }
periods-not-locked = The year was not locked
periods-not-unlocked = The year was not unlocked
periods-not-granted = The exception was not granted
periods-not-revoked = The exception was not revoked
periods-locked-done = Locked reporting period { $year } of { $plan }
periods-unlocked-done = Unlocked reporting period { $year } of { $plan }
periods-granted = { $unit } may change values of { $year } of { $plan } until { $until }
periods-revoked = Revoked the exception of { $unit } to { $year } of { $plan }

## Questions from Council: the list, one thread, the ask form, the panel of an indicator's or a run's page

questions-title = Questions from Council
questions-intro = Questions Council members asked about { $plan }: about an indicator, a result or a section of a published report. The Secretary-General's office replies, or assigns a question to the unit that replies. Each thread is carried in the annex of the next frozen report.
questions-status = Status
questions-any = any
questions-run = Report run
questions-indicator = Indicator
questions-filter = Filter
questions-none-match = No question matches.
questions-list = Questions, the latest change first
questions-col-question = Question
questions-col-about = About
questions-col-run = Run
questions-col-asked-by = Asked by
questions-col-asked-on = Asked on
questions-col-replies = Replies
questions-about-section = Section: { $section }
questions-about-indicator = Indicator { $code }
questions-about-node = Result { $code }
questions-back-to-list = Questions from Council
questions-thread = Question { $id }
questions-about = About
questions-of-run = report run
questions-answered-by = Answered by
questions-answered-by-unit = the planners of { $unit } and the Secretary-General's office
questions-answered-by-office = the Secretary-General's office
questions-messages = Messages
questions-reply-h = Reply
questions-reply-not-added = Your reply was not added.
questions-reply-problem = The reply:
questions-changed-meanwhile = Someone changed this question meanwhile. It is shown below as it now stands, with your reply kept: read it and send your reply again.
questions-your-reply = Your reply
questions-send-reply = Send the reply
questions-who-answers = Who answers
questions-unit-replies = Unit whose planners reply
questions-office-answers = none: the office answers
questions-assign = Assign
questions-reopen = Open the question again
questions-mark-answered = Mark answered
questions-ask-h = Ask a question
questions-back = Back to where you were asking
questions-title-field = Title
questions-your-question = Your question
questions-ask = Ask the question
questions-not-sent = Your question was not sent:
questions-none-here = No question has been asked here yet.
questions-asked = asked on { $day }
questions-replies = { $count ->
    [one] { $count } reply
   *[other] { $count } replies
}
questions-section = Section of the report
questions-sent = Your question { $id } was sent to the Secretary-General's office.
questions-reply-added = Your reply was added.
questions-assigned = Question { $id } was assigned to { $unit }.
questions-to-office = Question { $id } is answered by the office.
questions-now-open = Question { $id } is now open.
questions-now-answered = Question { $id } is now answered.
qstatus-open = open
qstatus-answered = answered
qsection-report = The report as a whole
qsection-summary = Executive summary
qsection-moves = Indicators whose status moved
qsection-goals = Strategic goals
qsection-priorities = Thematic priorities and enablers
qsection-finance = Finance
qsection-operations = Operational delivery
qsection-risks = Risks
qsection-breakdowns = Gender and regional breakdowns
qsection-data-quality = Data quality
qsection-annex = Annex: status rule and thresholds
qsection-sheets = Annex: indicator reference sheets

## Year against year (the comparison page)

yoy-title = Compare { $a } and { $b }
yoy-heading = Year against year
yoy-filters = Years and filters
yoy-year-a = Year A
yoy-year-b = Year B
yoy-goal = Goal
yoy-all = all
yoy-priority = Priority or enabler
yoy-unit = Unit
yoy-move = Status move
yoy-any = any
yoy-submit = Compare
yoy-moves-h = How statuses moved from { $a } to { $b }
yoy-moves-note = Statuses are ordered off track, at risk, on track, achieved: a move up that order has improved, a move down it has worsened. An indicator without data in one of the years is newly rated or no longer rated.
yoy-indicators-h = Indicators
yoy-region = Indicators in { $a } and { $b }
yoy-caption = Indicators in { $a } and { $b }: { $count } with these filters
yoy-col-indicator = Indicator
yoy-col-actual = Actual { $year }
yoy-col-change = Change
yoy-col-progress = Progress { $year }
yoy-col-status = Status { $year }
yoy-col-move = Move
yoy-none = No indicator with these filters.
yoy-nodes-scoped = Result nodes in scope
yoy-nodes-top = Goals, thematic priorities and enablers
yoy-nodes-region = Roll-ups in { $a } and { $b }
yoy-nodes-caption = Mean progress of each node's indicators (each clamped to 0–100 %) in { $a } and { $b }
yoy-col-node = Node
yoy-col-level = Level
yoy-col-mean = Mean progress { $year }
move-improved = Improved
move-worsened = Worsened
move-unchanged = Unchanged
move-newly_rated = Newly rated
move-no_longer_rated = No longer rated

## Plan cycle: a plan beside its predecessor

plancycle-title = { $plan } beside its predecessor
plancycle-heading = Plan cycle — { $plan } ({ $period })
plancycle-heading-beside = Plan cycle — { $plan } ({ $period }) beside { $predecessor } ({ $predecessor_period })
plancycle-intro = Built from the predecessor links of { $plan }'s indicators.
plancycle-def-carried_over = the same measure, one series across both periods.
plancycle-def-redefined = another measure of the same intent, its values a separate series.
plancycle-def-new = no predecessor (or one named for reference only).
plancycle-def-dropped = an indicator of { $predecessor } that no indicator of { $plan } carries over or redefines.
plancycle-filters = Filters
plancycle-class = Class
plancycle-all = all
plancycle-goal = Goal, priority or enabler
plancycle-show = Show
plancycle-classes-h = Indicators by class
plancycle-indicators-h = Indicators
plancycle-region = Indicators of both plans
plancycle-caption = Indicators of { $plan } and their predecessors: { $count } with these filters
plancycle-col-in = In { $plan }
plancycle-col-unit = Unit
plancycle-col-predecessor = Predecessor
plancycle-col-changed = What changed
plancycle-for-reference = named for reference
plancycle-nothing = nothing
plancycle-none = No indicator with these filters.
plancycle-nodes-h = Result nodes
plancycle-nodes-note = Result nodes carry no predecessor link: they are matched by code, so a node whose code is in both plans is listed once with both names.
plancycle-nodes-region = Result nodes of both plans
plancycle-nodes-caption = Result nodes of { $plan } and { $predecessor }, matched by code
plancycle-col-node = Node
plancycle-col-level = Level
plancycle-col-name-in = Name in { $plan }
plancycle-definition-reworded = definition reworded
plancycle-dropped-goal = { $code } — { $name } (dropped)
class-carried_over = Carried over
class-redefined = Redefined
class-new = New
class-dropped = Dropped
nodeclass-in_both = In both plans
nodeclass-new = New
nodeclass-dropped = Dropped

## Users, API tokens and the audit log

users-title = Users
users-heading = Users and API tokens
users-one-time = One-time password for
users-one-time-note = shown once; the user must change it at first login.
users-new-token = New token (shown once):
users-find-label = Find users
users-contains = Email or name contains
users-role = Role
users-any = any
users-find = Find
users-caption = Users — { $count } in all
users-email = Email
users-name = Name
users-unit = Unit
users-active = Active
users-actions = Actions
users-yes = yes
users-no = no
users-disable = Disable
users-enable = Enable
users-reset = Reset password
users-add-h = Add a user
users-display-name = Display name
users-role-planner = planner (Bureau / Secretariat)
users-role-reviewer = reviewer (Council member)
users-role-admin = admin (Secretary-General's office)
users-org-unit = Org unit (planners)
users-none = none
users-add = Add user
users-tokens-h = Your API tokens
users-tokens-caption = Tokens for scripts (sent as Authorization: Bearer)
users-starts = Starts with
users-created = Created
users-expires = Expires
users-revoked = Revoked
users-never = never
users-revoke = Revoke
users-token-name = Token name
users-token-days = Expires in days (empty: never)
users-token-create = Create token
users-created-user = Created { $email }
users-enabled = User enabled.
users-disabled = User disabled.
users-token-revoked = Token revoked.
audit-title = Audit log
audit-filters = Filter the audit log
audit-user = User (email)
audit-type = Record type
audit-any = any
audit-id = Record id or code
audit-from = From (date)
audit-to = To (date, inclusive)
audit-filter = Filter
audit-entries = Audit entries
audit-caption = { $count ->
    [one] { $count } entry
   *[other] { $count } entries
}, newest first — page { $page } of { $pages }
audit-when = When (UTC)
audit-who = Who
audit-action = Action
audit-record = Record
audit-reason = Reason
audit-change = Change
audit-before-after = before and after
audit-before = Before
audit-after = After
audit-created = created
audit-deleted = deleted

## Risk register and one risk

risks-title = Risks
risks-heading = Risk register — { $plan }
risks-intro = Score = likelihood × impact, each from 1 to 5; the gravest risks come first. Bands: low (1-4), medium (5-9), high (10-14), critical (15-25). A risk that is not closed is review overdue when its last review is more than { $days } days (six months) old.
risks-filters = Filter the risks
risks-status = Status
risks-any = any
risks-category = Category
risks-owner = Owner
risks-threatens-node = Threatens (node)
risks-filter = Filter
risks-matrix-h = Likelihood × impact
risks-matrix-note = How many of the { $count } risks the filters select sit in each cell; each cell names its band, so the matrix reads without colour.
risks-overdue-count = { $count } review overdue:
risks-matrix-label = Risk matrix
risks-matrix-caption = Number of risks by likelihood (rows) and impact (columns)
risks-likelihood-impact = Likelihood \ impact
risks-bands-caption = Risks by band
risks-band = Band
risks-scores = Scores
risks-caption = Risks of { $plan }, by score — { $count } in all
risks-col-risk = Risk
risks-likelihood = Likelihood
risks-impact = Impact
risks-score = Score
risks-threatens = Threatens
risks-reviewed = Reviewed
risks-mitigation = Mitigation
risks-update-link = update
risks-review-overdue = review overdue
risks-none = No risk of { $plan } matches.
risks-add-h = Add a risk
risks-code = Code
risks-title-field = Title
risks-description = Description
risks-likelihood-field = Likelihood (1 to 5)
risks-impact-field = Impact (1 to 5)
risks-nodes-field = Threatens (node codes, separated by commas)
risks-add = Add the risk
risks-update-h = Update your unit's risks
risks-update-note = You may change the status, the mitigation and the date of the last review. If someone else changed the risk since this page was drawn, nothing is saved and you are told so.
risks-score-of = score { $score }
risks-reviewed-on = Reviewed on
risks-save = Save { $code }
risks-risk = Risk { $code }
risks-back = Risk register of { $plan }
risks-product = likelihood { $likelihood } × impact { $impact }
risks-last-reviewed = Last reviewed
risks-overdue-days = more than { $days } days ago
risks-no-node = no result node
risks-close = Close { $code }
risks-links-h = Result nodes it threatens
risks-unlink = Remove the link to { $node }
risks-link-node = Link to node
risks-link = Link
risks-edit-h = Edit { $code }
risks-edit-note = If someone else changed the risk since this page was drawn, nothing is saved and you are told so.
risks-follow = Follow the risk up (status, mitigation, review date) in
risks-follow-link = your unit's update forms.
risks-updated = Risk { $code } was updated.
risks-added = Risk { $code } was added (score { $score }).
risks-updated-score = Risk { $code } was updated (score { $score }).
risks-closed = Risk { $code } was closed.
risks-linked = Risk { $code } is now linked to { $node }.
risks-unlinked = Risk { $code } is no longer linked to { $node }.
riskstatus-open = open
riskstatus-mitigating = mitigating
riskstatus-closed = closed
riskcat-strategic = strategic
riskcat-financial = financial
riskcat-operational = operational
riskcat-reputational = reputational
riskcat-compliance = compliance
riskcat-security = security
band-low = low
band-medium = medium
band-high = high
band-critical = critical

## Operational plans and their items

ops-title = Operations { $year }
ops-heading = Operational plans, { $year }
ops-intro = Budgets in CHF thousands. An item's delivery rate is delivered ÷ planned; a unit's is the mean over its items, each capped at 100 %, leaving out cancelled items and items with nothing planned.
ops-per-unit = Delivery per unit
ops-per-unit-caption = Delivery per unit, operational plans starting in { $year }
ops-unit = Unit
ops-plan = Operational plan
ops-status = Status
ops-budget = Budget
ops-items = Items
ops-counted = Counted
ops-in-full = Delivered in full
ops-cancelled = Cancelled
ops-rate = Delivery rate
ops-no-plan = No operational plan of { $plan } starts in { $year }.
ops-filters = Filter the items
ops-any = any
ops-output-code = Output (code)
ops-filter = Filter
ops-items-caption = Items of the operational plans starting in { $year } — { $count } in all
ops-item = Item
ops-output = Output
ops-run-by = Run by
ops-planned = Planned
ops-delivered = Delivered
ops-update = Update delivery
ops-delivered-of = Delivered quantity of { $code } ({ $measure })
ops-status-of = Status of { $code }
ops-save = Save
ops-none = No item matches.
ops-updated = Item { $code } was updated.
opplan-draft = draft
opplan-approved = approved
itemstatus-planned = planned
itemstatus-in_progress = in progress
itemstatus-delivered = delivered
itemstatus-delayed = delayed
itemstatus-cancelled = cancelled

## Framework revisions

fwrev-title = Framework revisions
fwrev-heading = Framework revisions — { $plan }
fwrev-intro = Every change to a baseline, target, milestone, unit or direction made once values existed, with the decision behind it. A revision counts from the day it was decided: a year is assessed, and reported, against the framework in force on its 31 December.
fwrev-as-adopted-link = The framework as adopted.
fwrev-filters = Filter the revisions
fwrev-indicator-code = Indicator code
fwrev-field = Field
fwrev-reason = Reason
fwrev-any = any
fwrev-filter = Filter
fwrev-list = Revisions
fwrev-caption = Revisions of { $plan }, latest decision first — { $count } in all
fwrev-indicator = Indicator
fwrev-before = Before
fwrev-after = After
fwrev-adopted = As adopted
fwrev-decided = Decided
fwrev-by = By
fwrev-reference = Reference
fwrev-justification = Justification
fwrev-none = No revision of { $plan } matches.
reason-methodology = methodology
reason-data_availability = data availability
reason-mandate_change = mandate change
reason-error_correction = error correction
reason-external_shock = external shock
reason-other = other

## Reports to Council and one report run

reports-title = Reports
reports-heading = Reports to Council
reports-intro = A frozen run keeps the data it was built from and the checksum of every file, so the report sent to Council can be rebuilt byte for byte.
reports-reviewers-see = Council reviewers see a run once it is published.
reports-for = Report for { $plan }, { $year }
reports-preview = Download a preview (zip, not frozen)
reports-published-only = Council members see published reports only: the report for { $year } is listed below once the Secretary-General's office publishes it.
reports-iati = Results as an IATI 2.03 file (XML, approved values only):
reports-iati-year = IATI file for { $year }
reports-iati-all = IATI file for every year of { $plan }
reports-plan = Plan
reports-year = Year
reports-symbol = Council document symbol (optional)
reports-symbol-hint = Shown on the cover of report.pdf; left blank, the cover says that none was given yet.
reports-session = Council session (optional)
reports-freeze = Freeze a run
reports-assessment-h = Four-year assessment of { $plan }
reports-assessment-intro = The end-of-period report for the Plenipotentiary Conference: every year of the plan side by side, the achievement of each target and goal at the end, the cost per goal over the period, the restatements and the projection of what remains open. It covers the plan up to its latest year with an approved value, and is listed below as a run of kind “assessment”.
reports-assessment-once-frozen = It is listed once frozen.
reports-freeze-assessment = Freeze the four-year assessment
reports-runs = Runs
reports-published = Published reports
reports-none = No report run yet.
reports-runs-caption = Report runs, newest first
reports-run = Run
reports-kind = Kind
reports-status = Status
reports-frozen = Frozen
reports-published-col = Published
reports-snapshot = Snapshot
reports-files = Files
reports-kind-annual = annual report
reports-kind-assessment = four-year assessment
reports-up-to = up to { $year }
reports-publish = Publish
reports-all-files = { $count ->
    [one] The { $count } file
   *[other] All { $count } files
}
reports-frozen-annual = Report run { $id } for { $year } was frozen. Publish it to make it visible to Council.
reports-frozen-assessment = Four-year assessment run { $id } (years up to { $year }) was frozen. Publish it to make it visible to Council.
reports-no-plan = There is no plan { $plan }.
reports-published-flash = Report run { $id } is published to Council.
reports-csv-headings = Start each CSV table with a row of its column names in the report's language
reports-csv-headings-hint = Above the stable column codes every CSV file keeps, for people opening the tables in a spreadsheet; a program reads such a file by skipping its first line. Left unticked, the CSV files have the codes only.
runstatus-frozen = frozen
runstatus-published = published
run-title = Report run { $id }
run-back = Annual reports to Council
run-heading = Report run { $id }: { $plan }, { $year }
run-not-yet = not yet
run-zip = { $count ->
    [one] the { $count } file (zip)
   *[other] all { $count } files (zip)
}
run-ask-once-published = Council members can ask about this run once it is published.
run-restated-h = Restatements since this report
run-no-restatements = No figure reported in this run has changed since it was frozen on { $at }: no value of { $year } was revised or approved late, and no framework revision was recorded.
run-restatements-intro = What changed after this run was frozen on { $at }: values of { $year } revised since (the figure reported → the figure approved now) or approved late, and framework revisions recorded since.
run-next-lists = The report for { $next } lists them in its section "Restatements of figures reported last year".
run-next-will-list = Once this run is published, the report for { $next } lists them in its section "Restatements of figures reported last year".
run-values-h = Values of { $year }
run-values-caption = Values of { $year } changed since the report
run-indicator = Indicator
run-change = Change
run-reported = Reported
run-now = Now
run-quality = Quality
run-who-when = Who and when
run-why = Why
run-headline = headline
run-entered-by = entered by
run-approved-by = approved by
run-revisions-h = Framework revisions
run-revisions-caption = Targets, baselines and milestones revised since the report
run-field = Field
run-before = Before
run-after = After
run-decision = Decision
run-in-force = In force for { $year }
run-decided = decided { $day }
run-yes = yes
run-decided-after = no: decided after { $year }
restate-late = late value
restate-revised = revised

## One report run in several languages: the freeze form's languages and each language's files on the run's page
runlang-legend = Languages of the report
runlang-hint = Each language ticked is written from the same frozen data. The first one ticked sits at the root of the run, each other in a folder named by its code.
runlang-heading = Languages
runlang-root = at the root of the run
runlang-folder = in the folder { $folder }
runlang-zip = { $count ->
    [one] its file (zip)
   *[other] its { $count } files (zip)
}
runlang-tables = Tables (CSV)

## The run's page: whether its CSV tables start with a row of names (issue 17.4)

run-csv-headings = CSV tables
run-csv-headings-yes = Each starts with a row of its column names in the report's language, above the column codes
run-csv-headings-no = Column codes only, without a row of names in the report's language

## Notices

notices-title = Notices
notices-show-all = Show every notice
notices-show-unread = Show only unread notices
notices-none = You have no notice.
notices-none-unread = You have no unread notice.
notices-mark-all = Mark all read
notices-list = { $count } notice(s), newest first
notices-count = { $count } notice(s)
notices-new = new
notices-open = Open
notices-mark-read = Mark read
notices-pages = Pages of your notices
notices-marked-one = Marked the notice read
notices-marked = Marked { $count } notice(s) read
notice-submitted = submitted
notice-returned = returned
notice-approved = approved
notice-overdue = overdue
notice-assigned = assigned
# A notice's text, stored as a message and its arguments (names, codes and notes as they are)
notice-text-submitted = { $value } ({ $indicator }) of { $unit } was submitted for approval by { $by }.
notice-text-returned = { $value } ({ $indicator }) was returned by { $by }: { $note }
notice-text-approved = { $value } ({ $indicator }) was approved by { $by }.
notice-text-bulk = { $count } value(s) of { $unit } were submitted for approval by { $by }.
notice-text-bulk-import = { $count } value(s) of { $unit } were submitted for approval by an import.
notice-text-overdue = { $unit } is overdue for { $plan } { $year }: due { $due }, { $missing } indicator(s) without a submitted value.
notice-text-assigned = Question { $id } from Council, "{ $title }" (on { $subject }), was assigned to { $unit } to answer by { $by }.

## Pages in the reader's language: the finance chart, period labels, the status rule's reasons (issue 17.1, 17.3)

fin-chart-title = Plan against actual by unit and kind
fin-chart-subtitle = The rows shown, CHF thousands; execution rate in brackets.
fin-chart-axis = CHF thousands
fin-chart-empty = No financial plan line matches the filters.
fin-chart-no-actual = no actual yet
fin-chart-row = { $label }: plan { $plan }, actual { $actual }
fin-chart-separator = {"; "}
fin-chart-alt = Bar chart of planned against actual amounts by unit and kind, CHF thousands. { $rows }.

# A quarter of a year on the pages (the stored year and quarter stay as they are in forms, addresses and the API).
quarter-of-year = { $year } Q{ $n }

## Framework text in other languages: the "in English" mark and the office's form (/translations/…)

translation-in-english = in English
translation-title = Translations of { $what }
translation-intro = The framework's text in the other official languages. English is the record's own text; a text left blank is shown in English, marked “in English”.
translation-english = English (the record's own text)
translation-name = Name
translation-definition = Definition or description
translation-provenance = Provenance
translation-source = Source of the text
translation-save = Save the translations
translation-saved = The translations were saved.
translation-edit = Edit the translations
translation-cancel = Cancel

## The framework explorer (/framework) and its tree

fwk-title = Framework { $year }
fwk-heading = Results framework
fwk-workbook-link = The whole framework as a workbook or CSV files
fwk-mandates-link = Mandates behind the plan
fwk-cycle-link = This plan beside the previous one: indicators carried over, redefined, new and dropped
fwk-edit-h = Edit the framework
fwk-add-node = Add a result node
fwk-add-indicator = Add an indicator
fwk-node = Node
fwk-edit-node = Edit or retire this node
fwk-filters = Filter the framework
fwk-unit = Unit
fwk-all = all
fwk-status = Status
fwk-search = Indicator code or name
fwk-filter = Filter
fwk-as-of-form = Show the framework as of a day
fwk-as-of = Framework as of
fwk-as-of-placeholder = adopted or YYYY-MM-DD
fwk-show = Show
fwk-as-adopted = As adopted
fwk-as-revised = As revised (now)
fwk-every-revision = Every revision
fwk-as-of-note-adopted = Baselines and targets are shown as adopted; statuses of { $year } are assessed against the framework in force on 31 December { $year }.
fwk-as-of-note-day = Baselines and targets are shown as of { $day }; statuses of { $year } are assessed against the framework in force on 31 December { $year }.
fwk-nothing-revised = Nothing has been revised since.
fwk-changed-label = Changed since
fwk-changed-since-adoption = Changed since adoption
fwk-changed-since-day = Changed since { $day }
fwk-indicator = Indicator
fwk-field = Field
fwk-then = Then
fwk-now = Now
fwk-decisions = Decisions
fwk-found-label = Indicators found
fwk-found-caption = Indicators whose code or name contains “{ $search }” — { $count } found
fwk-owner = Owner
fwk-status-year = Status { $year }
fwk-found-pages = Pages of the indicators found
fwk-found-page = { $count } indicators — page { $page } of { $pages }
fwk-whole = show the whole framework
fwk-prev = Previous page
fwk-next = Next page
fwk-illustrative = illustrative
fwk-cost = cost CHF { $amount } k
fwk-open = Open { $code }:
fwk-indicators-on = Indicators on { $code }
fwk-baseline = Baseline
fwk-expected = Expected
fwk-actual = Actual
fwk-target = Target
fwk-bar-part = { $count } { $status }
fwk-list-separator = {", "}
fwk-no-indicator = no indicator

## A result node's page (/framework/{code})

nodep-what = A { $level } of { $plan }
nodep-under = under
nodep-owner = owned by { $unit }
nodep-in-tree = See it in the framework tree
nodep-links-h = Contribution links
nodep-contributes-to = { $code } contributes to:
nodep-contributing = Contributing to { $code }:
nodep-weight = weight
nodep-no-weight = no weight
nodep-cost-h = Cost in { $year }
nodep-cost = Cost of { $code } in { $year }:
nodep-chf-k = CHF thousands
nodep-basis-allocations = From the allocations to it and to the nodes below it.
nodep-basis-contributions = From the allocations carried to it through contribution links × weight.
nodep-same-figure = The same figure as the finance page, the cost API and the annual report.
nodep-by-unit-label = Cost of { $code } by unit
nodep-by-unit-caption = Cost of { $code } in { $year } by the org unit whose budget pays it
nodep-unit = Unit
nodep-cost-col = Cost
nodep-share = Share
nodep-allocations = Allocations of { $year }
nodep-outside = { $year } lies outside the plan { $plan }: choose one of its years to see the cost.

## An indicator's page (/indicators/{code})

indp-in-year = in { $year }
indp-illustrative = illustrative figures
indp-enter = Enter or correct a value
indp-edit = Edit this indicator, its milestones and mandates
indp-as-of-note-adopted = Baseline, target, unit, direction and milestones are shown as adopted. { $year } is assessed against the framework in force on 31 December { $year }.
indp-as-of-note-day = Baseline, target, unit, direction and milestones are shown as of { $day }. { $year } is assessed against the framework in force on 31 December { $year }.
indp-definition-h = Definition
indp-metadata = Metadata
indp-node = Result node
indp-owner = Owner
indp-definition = Definition
indp-unit = Unit
indp-direction = Direction
indp-aggregation = Aggregation over time
indp-baseline = Baseline
indp-end-target = End target
indp-expected = Expected in the year
indp-actual = Actual
indp-stale = stale
indp-progress = Progress
indp-data-source = Data source
indp-frequency = Frequency
indp-sdg = SDG targets
indp-wsis = WSIS action lines
indp-provenance = Provenance
indp-trajectory-h = Trajectory
indp-likely = Projection: the target is likely to be met.
indp-unlikely = Projection: the target is unlikely to be met.
indp-too-early = Projection: too early to tell.
indp-projected = { $value } in { $year }, by a least-squares line through the baseline and { $count ->
    [one] { $count } approved annual value
   *[other] { $count } approved annual values
} (dashed on the chart, from { $from }).
indp-not-projected = No value is projected:
indp-path-caption = Baseline, milestones, target, expected path and approved actuals
indp-year = Year
indp-reference = Reference
indp-kind = Kind
indp-approved-actual = Approved actual
indp-kind-baseline = baseline
indp-kind-milestone = milestone
indp-kind-target = target
indp-previous-h = Previous plan cycle
indp-carries-over = { $code } carries over { $earlier } of plan { $plan }: its approved values continue this series and are drawn on the same line.
indp-does-not-continue = { $code } does not continue { $earlier } of plan { $plan }: a different measure, so its values are not part of this series and are not drawn on the chart.
indp-both-label = Approved values of { $code } across both plan periods
indp-both-caption = Approved values of { $code } across both plan periods: { $earlier_plan } (as { $earlier }) and { $plan }, unit { $unit }
indp-plan-period = Plan period
indp-approved-value = Approved value
indp-quality = Quality
indp-no-approved = No approved value in either period yet.
indp-approved-of = Approved values of { $code }
indp-separate-series = {", a separate series"}
indp-earlier-caption = Approved values of { $code } ({ $plan }, { $relation }, unit { $unit })
relation-carried_over = carried over
relation-redefined = redefined
relation-new = new
indp-value = Value
indp-values-h = Values
indp-values-caption = Every value of { $code } with its state
indp-approved-only = (approved values only)
indp-period = Period
indp-breakdown = Breakdown
indp-state = State
indp-rev = Rev.
indp-narrative = Narrative
indp-evidence = Evidence
indp-review-note = Review note:
indp-link = link
indp-revisions-h = Revisions
indp-no-revision = No revision since adoption.
indp-revision-counts = A revision counts from the day it was decided: { $year } is assessed against the framework in force on 31 December { $year }.
indp-show-adopted = Show it as adopted.
indp-adopted-revised = As adopted and as revised
indp-as-revised = As revised
indp-every-revision = Every revision of { $code } with its decision
indp-sheet-h = Reference sheet
indp-no-sheet = No reference sheet yet.
indp-printable-sheet = Printable reference sheet
indp-edit-sheet = Edit the reference sheet
indp-audit-h = Audit trail
indp-audit-caption = Changes to this indicator and its values
indp-when = When (UTC)
indp-who = Who
indp-what = What
indp-record = Record

## Reference sheets: the parts' headings

sheets-rationale = Rationale
sheets-method = Method of computation
sheets-disaggregation = Disaggregation
sheets-limitations = Limitations
sheets-quality-assurance = Quality assurance
sheets-target-rationale = Target rationale

## Words of an indicator's definition: unit, direction, aggregation over time

iunit-percent = percent
iunit-count = count
iunit-chf = CHF
iunit-ratio = ratio
iunit-yes_no = yes or no
iunit-index = index
direction-increase = increase
direction-decrease = decrease
direction-maintain = maintain
aggregation-latest = latest value
aggregation-sum = sum
aggregation-mean = mean
aggregation-ratio = ratio
state-superseded = superseded
sheets-title = { $code } reference sheet
sheets-kicker = Indicator reference sheet · plan { $plan }
sheets-result = Result:
sheets-back = Back to the indicator
sheets-print = Use your browser's print command to print or save it as PDF.
sheets-indicator-h = The indicator
sheets-edit-title = Edit { $code } reference sheet
sheets-edit-heading = Reference sheet of { $code }
sheets-edit-intro = These texts explain the indicator; changing them is not a framework revision. Leave a part empty to remove it. They are written in English.
sheets-save = Save the reference sheet
sheets-cancel = Cancel
sheets-saved = Saved the reference sheet of { $code }
sheets-not-saved = The reference sheet was not saved:

## The plans (/plans): adopt, close, clone

plans-title = Plans
plans-heading = Strategic plans
plans-intro = A plan is drafted, then adopted, then closed. Adopting needs an end target and a baseline on every indicator. Closing locks every year of the plan, so none of its values changes any more (a unit that must still correct one needs a lock exception). "Clone as the next plan" makes a draft for the following period: nodes, weighted links and indicators copied, each indicator carrying over the old one, baselines proposed from the latest approved values, targets and milestones left empty.
plans-caption = Every plan, newest first
plans-plan = Plan
plans-period = Period
plans-status = Status
plans-resolution = Resolution
plans-follows = Follows
plans-followed-by = Followed by
plans-compare = Compare the frameworks
plans-steps-h = Adopt, close or clone
plans-adopt = Adopt { $code }
plans-adopted-by = Adopted by (decision)
plans-close-label = Close { $code }
plans-close-why = Why close it (kept in the lock of every year)
plans-close = Close { $code } and lock its years
plans-clone-label = Clone { $code } as the next plan
plans-clone = Clone as the next plan ({ $years })
plans-followed = { $next } follows { $code } already.
plans-adopted = Adopted plan { $code }.
plans-not-adopted = Plan { $code } was not adopted
plans-closed = Closed plan { $code }: locked { $years }.
plans-closed-none = Closed plan { $code }: every year was locked already.
plans-not-closed = Plan { $code } was not closed
plans-cloned = Made draft plan { $code } from { $from }: { $nodes } nodes, { $links } links, { $indicators } indicators carried over, { $baselines } baselines proposed from approved values.
plans-kept-baseline = { $count ->
    [one] { $count } indicator without approved values kept its old baseline.
   *[other] { $count } indicators without approved values kept their old baseline.
}
plans-cloned-then = Set the targets and milestones before adopting it.
plans-not-cloned = Plan { $code } was not cloned
pstatus-draft = draft
pstatus-adopted = adopted
pstatus-closed = closed

## Finance (/finance): the financial plan, execution, bienniums, allocations and cost

fin-title = Finance { $year }
fin-heading = Finance
fin-intro = Amounts in CHF thousands. Execution rate = actual ÷ plan.
fin-plan-h = Financial plan and execution
fin-flags-note = Execution rates above 100 % and below { $low } of the plan are flagged in words.
fin-allocations-link = The allocation of each unit's budget to results is on the allocations page.
fin-record-note = Record or correct the execution actual of your unit in the last column; if someone else changed it since this page was drawn, nothing is saved and you are told so.
fin-line-note = As the office you may also change a line's planned amount (digits with a dot, e.g. 1234.5).
fin-filters = Filter the financial plan
fin-biennium = Biennium
fin-any = any
fin-year = Year
fin-unit = Unit
fin-kind = Kind
fin-category = Category
fin-filter = Filter
fin-subtotals-h = Subtotals per unit and kind
fin-chart-caption = Plan against actual of the rows shown; the same figures are in the table below.
fin-subtotals-caption = Plan, actual and execution rate per unit and kind of the rows shown
fin-plan = Plan
fin-actual = Actual
fin-rate = Execution rate
fin-flag = Flag
fin-flag-above = above 100 %
fin-flag-low = below { $low }
fin-no-match = No line or actual matches the filters.
fin-lines-h = Lines
fin-lines-note = { $count } rows (a line, its actual, or both), one table per biennium.
fin-biennium-label = Biennium { $biennium }
fin-biennium-caption = Biennium { $biennium }: plan and actual per year, unit, kind and category
fin-change-plan = Change plan
fin-record-actual = Record actual
fin-change = Change
fin-update = Update
fin-record = Record
fin-total = Total { $kind } { $biennium }
fin-no-line = No financial plan line yet for { $plan }.
fin-balance-h = Biennium totals
fin-balance-label = Checks of each biennium
fin-balance-caption = The lines of each biennium against the totals adopted for it (Decision 5) and against each other (difference = computed − reference)
fin-check = Check
fin-computed = Computed
fin-against = Against
fin-reference = Reference
fin-difference = Difference
fin-reconciled-col = Reconciled
fin-yes = yes
fin-no = no
fin-not-set = not set
fin-alloc-h = Allocations to results, { $year }
fin-alloc-label = Allocations against budgets
fin-alloc-caption = What each unit allocates to outputs, thematic priorities and enablers in { $year } against its expense budget (difference = computed − reference)
fin-no-budget = No budget or allocation in { $year }.
fin-cost-h = Cost by goal and thematic priority, { $year }
fin-cost-goal-label = Cost of each goal
fin-cost-goal-caption = Cost of each goal (through contribution links) and of the enablers, { $year }
fin-code = Code
fin-goal = Goal
fin-cost = Cost
fin-share = Share of allocations
fin-cost-tp-label = Cost of each thematic priority
fin-cost-tp-caption = Cost of each thematic priority, { $year }
fin-tp = Thematic priority
fin-totals = Totals
fin-totals-year = Totals, { $year }:
fin-reconciled = reconciled with the financial plan
fin-not-reconciled = not reconciled with the financial plan
fin-total-goals = Goals
fin-total-priorities = Thematic priorities
fin-total-enablers = Enablers
fin-total-unattributed = Not attributed to a goal
fin-total-allocated = All allocations
fin-total-budget = Expense budget
fin-total-difference = (Goals + enablers) − budget
fin-add-line-h = Add a line to the financial plan
fin-add-line = Add the line
fin-add-actual-h = Record an actual
fin-add-actual = Record the actual
fin-add-line-note = Amount in CHF thousands, digits with a dot (e.g. 1234.5). The category must belong to the kind; a year, unit, kind and category may have one line only.
fin-add-actual-note = Amount in CHF thousands, digits with a dot (e.g. 1234.5). The category must belong to the kind; a year, unit, kind and category may have one actual only.
fin-amount = Amount, CHF thousands
fin-description = Description (optional)
fkind-revenue = revenue
fkind-expense = expense
fcat-assessed_contributions = assessed contributions
fcat-cost_recovery = cost recovery
fcat-interest_and_other = interest and other
fcat-reserve_account = reserve account
fcat-staff = staff
fcat-non_staff = non staff

## Allocations to results (/finance/allocations)

allocs-title = Allocations { $year }
allocs-heading = Allocations to results
allocs-intro = Each unit's expense budget in the financial plan, allocated to its outputs, the thematic priorities and the enablers. Amounts in CHF thousands. The cost of every result node is derived from these allocations through the contribution weights (see a node's page).
allocs-back = Back to Finance
allocs-outside = { $year } lies outside the plan { $plan }: choose one of its years.
allocs-units-h = Budgets and allocations per unit, { $year }
allocs-units-label = Budget and allocations of each unit
allocs-units-caption = Expense budget against allocations per unit, { $year }
allocs-budget = Budget
allocs-allocated = Allocated
allocs-remainder = Remainder
allocs-shown-below = shown below
allocs-edit-note = Type an amount per node (digits with a dot, e.g. 1234.5; leave a field empty to remove that allocation) and save: every row is saved or none. A total above the budget is refused.
allocs-over = { $amount } over the budget
allocs-nan = not a number in { $field }
allocs-of = Allocations of { $unit }
allocs-sheet-caption = What { $unit } allocates to each output, thematic priority and enabler in { $year }
allocs-level = Level
allocs-name = Name
allocs-amount = Amount
allocs-amount-label = Amount { $unit } allocates to { $node }, CHF thousands
allocs-save = Save the allocations of { $unit }
allocs-unchanged = The allocations of { $unit } in { $year } were already as sent: nothing changed.
allocs-saved = The allocations of { $unit } in { $year } were saved ({ $count } changed).
allocs-not-saved = The allocations of { $unit } in { $year } were not saved:

## Mandates behind the plan (/mandates)

mand-title = Mandates
mand-intro = The resolutions, decisions, SDG targets and WSIS action lines behind the plan, and the result nodes and indicators of { $plan } that refer to each. The office adds and removes links on a node's or an indicator's edit page.
mand-filters = Filter the mandates
mand-kind = Kind
mand-search = Code or title
mand-label = Mandates and what refers to them
mand-caption = Mandates and the nodes and indicators of { $plan } that refer to them
mand-mandate = Mandate
mand-title-col = Title
mand-nodes = Result nodes
mand-indicators = Indicators
mvocab-resolution = Resolution
mvocab-decision = Decision
mvocab-sdg = SDG
mvocab-wsis = WSIS

## The framework workbook (/framework/workbook)

fwbook-title = Framework workbook
fwbook-intro = The whole framework of { $plan } (nodes, contribution links and weights, dimensions, indicators with every field, milestones, mandates and their links, budget allocations, risks, the names and definitions in other languages), a sheet per table with the columns of the seed files.
fwbook-download = Download
fwbook-xlsx = Workbook (.xlsx), a sheet per table
fwbook-zip = CSV files (.zip) in the seed's format
fwbook-errors = The workbook was not applied: { $count } problem(s)
fwbook-errors-note = Nothing was stored. Correct these cells and upload the workbook again.
fwbook-planned = Planned changes: { $count }
fwbook-nothing-yet = Nothing is stored yet.
fwbook-needs-decision = Changes marked revision change a baseline, target, milestone, unit or direction of an indicator that has values: they are framework revisions and need the decision below.
fwbook-planned-label = Planned changes
fwbook-caption = Changes the workbook makes to { $plan }
fwbook-sheet = Sheet
fwbook-row = Row
fwbook-key = Key
fwbook-column = Column
fwbook-workbook = Workbook
fwbook-revision = Revision
fwbook-removed = removed
fwbook-revision-mark = revision
fwbook-apply-h = Apply these changes
fwbook-upload-h = Upload a changed workbook
fwbook-same = The same workbook again
fwbook-file = Workbook (.xlsx)
fwbook-decision = The decision behind the revisions
fwbook-decided-on = Decided on (YYYY-MM-DD)
fwbook-body = Deciding body
fwbook-apply = Apply the changes
fwbook-check = Check the workbook
fwbook-unchanged = The workbook changes nothing: nothing was stored
fwbook-applied = Applied { $count } change(s) from the workbook

## The office's forms of a node and an indicator (/framework/nodes/…, /indicators/…/edit)

nodeform-edit = Edit node { $code }
nodeform-new = New result node
nodeform-back = Back to the framework
nodeform-code-hint = Letters, digits, “.”, “-” and “_”, e.g. TP-R1.O1.P3; it cannot change later.
nodeform-level-fixed = fixed: create a new node to change it
nodeform-name = Name (English)
nodeform-description = Description (English)
nodeform-parent = Parent
nodeform-top = none (top level)
nodeform-parent-hint = A target sits under a goal, an outcome under a thematic priority, an output under an outcome or a thematic priority, an enabler at the top or under an enabler.
nodeform-owner = Owning org unit
nodeform-none = none
nodeform-kind = Output kind (outputs only)
nodeform-sort = Position among its siblings
nodeform-links = Contributes to (goals and targets)
nodeform-links-hint = Each row is a goal or target this node contributes to and its share (0 to 1). The shares carry the node's cost to the goals, so together they must make exactly 1. Leave a row empty to drop it.
nodeform-link-to = Goal or target { $n }
nodeform-share = Share { $n }
nodeform-sum = The shares sum to { $sum }; they must sum to exactly 1.
nodeform-sum-one = The shares sum to 1.
nodeform-sum-bad = A share is not a number with at most four decimals.
nodeform-save = Save node
nodeform-add = Add node
nodeform-retire-h = Retire { $code }
nodeform-retire-note = Retiring removes the node and its links from the plan. It is refused while indicators, child nodes, budget allocations, operational plan items or risks depend on it; the refusal names them.
nodeform-retire = Retire node { $code }
revfs-legend = The decision behind this revision
revfs-note = Values exist, so this change is a framework revision: the value as adopted stays readable beside the value as revised.
revfs-reference = Decision reference
revfs-reference-hint = For example Council Decision 620.
revfs-date = Date of the decision
mlinks-h = Mandates behind { $code }
mlinks-none = { $code } refers to no mandate yet.
mlinks-remove = Remove { $kind } { $code }
mlinks-add = Add a mandate
mlinks-add-link = Add the link
indform-edit = Edit indicator { $code }
indform-new = New indicator
indform-back = Back to { $code }
indform-has-values = Values exist for this indicator: a change to its baseline, target, milestones, unit or direction is a framework revision and needs the decision behind it.
indform-code-hint = Letters, digits, “.”, “-” and “_”; it cannot change later.
indform-node = Result node it measures
indform-aggregation = Aggregation over a year
indform-aggregation-hint = Percent and ratio take latest, mean or ratio; count and CHF latest, sum or mean; index latest or mean; yes/no latest.
indform-baseline-value = Baseline value
indform-baseline-year = Baseline year
indform-target-value = End-of-plan target
indform-target-year = Target year
indform-milestones = Annual milestones (leave a year empty for none)
indform-milestone = Milestone { $year }
indform-node-owner = the node's owner
indform-key = Key performance indicator
indform-dims = Broken down by
indform-tags-hint = Separate tags with “;” or “,”, e.g. 9.c; 17.8 or C2, C5.
indform-pred = Predecessor in an earlier plan
indform-pred-code = Indicator code in that plan
indform-pred-relation = Relation
indform-save-decision = Save with this decision
indform-save = Save indicator
indform-add = Add indicator
indform-milestones-h = Milestones
indform-milestones-note = One form per year of the plan; empty the value to remove a milestone.
indform-save-milestone = Save the { $year } milestone
freq-annual = annual
freq-quarterly = quarterly
freq-biennial = biennial
freq-quadrennial = quadrennial

## What the domain says of a refused field, in the reader's language (area `num`: the one number parser; area `said`: common reasons; `crate::error::Said`)

num-empty = is empty: enter a number (digits with a dot, e.g. 1234.5)
num-too-precise = `{ $typed }` has more than { $places } decimal places
num-too-large = `{ $typed }` is too large to store exactly
num-unit = `{ $typed }` has a unit sign; units are not accepted: enter the number alone ({ $number })
num-separator = `{ $typed }` has a space or an apostrophe in it; thousands separators are not accepted: write { $instead }
num-separator-plain = `{ $typed }` has a space or an apostrophe in it; thousands separators are not accepted: write digits with a dot, e.g. 1234.5
num-comma = `{ $typed }` has a comma; decimal commas are not accepted, nor are thousands separators: write { $instead }
num-comma-plain = `{ $typed }` has a comma; decimal commas are not accepted, nor are thousands separators: write digits with a dot, e.g. 1234.5
num-not-a-number = `{ $typed }` is not a number (use digits with a dot, e.g. 1234.5)
said-required = is required
said-not-empty = must not be empty
said-not-negative = must not be negative

## More of what the domain says of a refused field: codes, years of a plan, values of a unit, tags, levels, revisions, what a request names, an import's header and rows (area `said`)

said-code-length = must be 1 to 40 characters
said-code-character = `{ $character }` is not allowed: use letters, digits, `.`, `-` and `_`
said-year-outside-plan = { $year } is outside plan { $plan } ({ $start }-{ $end })
said-baseline-year = { $year } cannot be the baseline of plan { $plan } ({ $start }-{ $end })
said-year-too-far = { $year } is too far from plan { $plan } ({ $start }-{ $end })
said-percent-outside = { $value } is outside 0..100 for a percentage
said-count-negative = { $value } is negative; a count cannot be
said-count-fraction = { $value } is not a whole number; a count must be
said-yes-no = { $value } is not 0 (no) or 1 (yes)
said-value-negative = { $value } is negative
said-not-a-tag = `{ $tag }` is not a tag (empty, or contains `;`)
said-not-a-level = `{ $level }` is not a result level
said-no-parent = no parent
said-either = { $first } or { $second }
said-parent-level = a { $level } must have { $allowed } as parent, not { $parent }
said-revision-nothing = nothing in this request changes a baseline, target, milestone, unit or direction
said-revision-needed = values exist for this indicator, so changing { $fields } is a framework revision: give `revision` with decided_on, deciding_body, reference, reason_category and justification
said-if-match = is required (or send If-Match)
said-if-match-totals = is required to replace totals (or send If-Match)
said-own-account = you cannot disable your own account
said-say-why = is required: say why
said-plan-no-node = plan { $plan } has no node `{ $code }`
said-no-unit-code = no org unit has code `{ $code }`
said-not-sortable = `{ $name }` is not a sortable field
said-no-user = no user { $id }
said-no-unit = there is no org unit `{ $code }`
said-no-plan = there is no plan `{ $code }`
said-type-a-value = is required to submit: type a value
said-select-one = select at least one value
said-import-more = and { $count } more problem(s) from this line on, not listed: fix the ones above and import again
said-import-not-utf8 = the file is not UTF-8 text (save it as CSV UTF-8)
said-import-empty = the file is empty: the first line must be the header
said-import-no-rows = the file has a header but no rows with a value (a row with none of { $cells } filled is skipped)
said-import-line-not-utf8 = is not UTF-8 text (save the file as CSV UTF-8)
said-import-cells = has { $cells } cells, the header has { $width }
said-import-no-header = holds a value but its column has no header: name the column in row 1 or clear it
said-header-twice = appears twice in the header
said-header-missing = is missing from the header
said-header-no-plan = is missing: add the column or name a default plan (?plan= or --plan)
said-header-unknown = is not a column the import takes (columns: { $columns }; or a dimension: { $dimensions }; ignored: { $ignored })
said-not-found = { $what } not found
said-what-plan = plan { $code }
said-what-indicator = indicator { $code } of plan { $plan }
said-what-node = node { $code } of plan { $plan }
said-what-risk = risk { $code } of plan { $plan }
said-what-user = user { $id }
said-what-run = report run { $id }
said-what-question = question { $id }
said-aggregation-unsuited = `{ $aggregation }` does not suit unit `{ $unit }` ({ $why }): use { $allowed }
said-why-shares = shares do not add up; the ratio rule combines quarters by summing their numerators and denominators
said-why-amounts = amounts have no numerator and denominator to sum
said-why-index = index points neither add up nor have a numerator and denominator
said-why-yes-no = a yes/no answer is the latest one given; a sum or mean of answers is neither yes nor no
said-contribute-itself = a node cannot contribute to itself
said-role = must be admin, planner or reviewer
said-planner-unit = a planner must belong to an org unit
said-owner-to-take = is required: the node has no owner unit to take
said-earlier-plan = must be an earlier plan cycle, not this plan
said-year-to-compare = is required: the year to compare
said-run-for-section = is required for a question about a report section
said-say-why-corrected = is required: say why the approved value is corrected
said-tell-planner = is required: tell the planner what to change
said-no-run = there is no report run { $id }
said-what-indicator-in = indicator { $code } in plan { $plan }

## One-time messages of the forms that leave a page (saved, refused)

problems-not-saved = { $what } was not saved: { $why }
problems-changed-meanwhile = { $what } was changed by someone else meanwhile, so your change was not saved ({ $detail }). The page now shows the current figures: check them and save again.
fin-named-line = The plan line { $year } { $unit } { $kind } { $category }
fin-named-actual = The actual { $year } { $unit } { $kind } { $category }
fin-done-recorded = { $what } was recorded.
fin-done-updated = { $what } was updated.
fin-done-added = { $what } was added to the financial plan.
nodeform-done-added = Added { $level } { $code } to { $plan }
nodeform-done-saved = Saved { $code }
nodeform-done-retired = Retired node { $code }: it is no longer in { $plan }
nodeform-not-retired = Node { $code } was not retired: { $why }
indform-done-added = Added indicator { $code } to { $node }
indform-done-saved = Saved indicator { $code }
indform-done-milestone-set = Set the { $year } milestone of { $code } to { $value }
indform-done-milestone-removed = Removed the { $year } milestone of { $code }
mlinks-done-added = { $code } now refers to { $vocabulary } { $mandate }
mlinks-not-added = The link was not added: { $why }
mlinks-done-removed = { $code } no longer refers to { $vocabulary } { $mandate }
mlinks-not-removed = The link was not removed: { $why }
said-one-of = must be one of { $words }
said-password-short = must have at least { $min } characters
said-password-long = must have at most { $max } characters
said-password-spaces = must not be only spaces
said-password-one-character = must not be a single character repeated
said-password-piece = must not be a shorter piece repeated
said-password-run = must not be a run of consecutive characters like 123456789012
said-password-email = must not be your email
said-password-common = is one of the most common passwords; choose another
said-password-wrong = is not your current password
said-password-same = must differ from the current password
account-this = This { $reason }

## The domain's conflicts, stale versions, locks, missing records and more field reasons (issue 17.1, area `said`)

problems-conflict-reload = not saved: { $detail }. Reload the page to see the current state, then change it again.
said-labelled = { $label }: { $why }
said-conflict-unique = a record with the same natural key already exists
said-conflict-reference = the record is referenced by, or references, a record that does not allow it
said-stale = { $what } is at version { $current }, not { $claimed }: reload it and apply your change again
said-stale-totals = adopted totals { $biennium } are at version { $current }, not { $claimed }: reload them and apply your change again
said-stale-allocation = the allocation of { $unit } to { $node } is at version { $current }, the page showed version { $shown }
said-changed-while-editing = the record changed while you were editing it (expected version { $expected }): reload it and apply your change again
said-what-measurement = measurement { $id }
said-what-period = reporting period { $year } of { $plan }
said-unrecorded-date = an unrecorded date
said-unrecorded-user = an unrecorded user
said-lock = reporting period { $year } of { $plan } was locked on { $when } by { $who }
said-lock-note = reporting period { $year } of { $plan } was locked on { $when } by { $who }: { $note }
said-lock-and-exception = { $lock }; { $ended }
said-exception-ended = the exception granted to { $unit } until { $until } by { $granted_by } ended
said-exception-revoked = the exception granted to { $unit } until { $until } by { $granted_by } was revoked on { $at } by { $revoked_by }
said-exception-revoked-note = the exception granted to { $unit } until { $until } by { $granted_by } was revoked on { $at } by { $revoked_by }: { $note }
said-exception-held = { $unit } already holds exception { $id } to reporting period { $year } of { $plan } until { $until }: revoke it first to change its end
said-period-already-locked = reporting period { $year } of { $plan } is already locked
said-period-not-locked = reporting period { $year } of { $plan } is not locked
said-plan-exists = a plan { $code } already exists
said-plan-follows = plan { $plan } already follows { $source }: the next plan exists, so it is not cloned again
said-already-contributes = { $from } already contributes to { $to }
said-last-admin = { $email } is the last active admin; make another user admin first
said-run-published = report run { $id } was already published on { $at }
said-indicator-exists = plan { $plan } already has an indicator { $code }
said-node-exists = plan { $plan } already has a node { $code }
said-risk-exists = the plan already has a risk { $code }
said-risk-linked = risk { $risk } is already linked to { $node }
said-allocation-exists = { $unit } already allocates to { $node } in { $year } (allocation { $id })
said-item-exists = the operational plan already has an item { $code } (id { $id })
said-milestone-gone = { $code } has no { $year } milestone any more: reload it
said-deleted-meanwhile = measurement { $id } changed while you were deleting it: reload it
said-revised-meanwhile = measurement { $id } was revised by someone else at the same moment: reload its history
said-revision-pending = { $slot } already has revision { $revision } pending (measurement { $id }, { $state }): edit or submit that one
said-entered-meanwhile = { $slot } already has a value entered at the same moment: reload it and revise or edit that one
said-no-dates = the collection of { $year } of { $plan } has no dates yet: set the dates for every unit first
said-what-finance-line = financial plan line { $id } of plan { $plan }
said-what-finance-actual = execution actual { $id } of plan { $plan }
said-what-unit = org unit { $code }
said-what-dimension = dimension { $code }
said-what-dimension-value = value { $code } of dimension { $dimension }
said-what-token = token { $id }
said-what-item = operational item { $id }
said-what-operational-plan = operational plan { $id } of plan { $plan }
said-what-allocation = allocation { $id } of plan { $plan }
said-what-notice = notice { $id }
said-what-audit-entry = audit entry { $id }
said-level-goal = goal
said-level-thematic_priority = thematic_priority
said-level-enabler = enabler
said-level-target = target
said-level-outcome = outcome
said-level-output = output
said-outside-0-1 = { $value } is outside 0..1
said-plan-has-no-node = the plan has no node `{ $code }`
said-link-to-level = { $code } is a { $level }; weighted links go to goals and targets
said-named-twice = { $code } is named twice
said-not-an-org-unit = { $unit } is not an org unit
said-unknown-unit = unknown org unit `{ $code }`
said-required-with = is required with { $other }
said-after-target-year = { $year } is after the target year { $target }
said-year-given-twice = { $year } is given twice
said-code-given-twice = `{ $code }` is given twice
said-no-dimension = no dimension has code `{ $code }`
said-no-plan-code = no plan has code `{ $code }`
said-no-unit-the-code = no org unit has the code `{ $code }`
said-itself-or-below = { $parent } is { $node } itself or below it
said-not-an-output = { $code } is a { $level }, not an output
said-output-of-another-unit = output { $code } belongs to another org unit
said-plan-no-indicator = plan { $plan } has no indicator `{ $code }`
said-run-of-another-plan = report run { $id } is of another plan
said-what-node-code = node { $code }
said-what-risk-code = risk { $code }
said-what-indicator-code = indicator { $code }
said-draft-not-submitted = saved as a draft but not submitted: { $why }
said-what-run-file = file { $path } of report run { $id }
said-what-run-language = language { $code } of report run { $id }
said-what-run-language-file = file { $path } in { $lang } of report run { $id }
said-what-risk-link = a link of risk { $risk } to { $node }
said-nothing-at = nothing is at { $path }
said-what-any-plan = any plan
said-what-milestone = the { $year } milestone of indicator { $code }
said-what-contribution = contribution link { $id } of plan { $plan }
said-item-delivered = item { $code } has delivered { $quantity } { $unit }: it stays on record; set its status to cancelled instead

## The domain's remaining sentences (issue 17.1, area `said`): stale versions' nouns, a node that cannot be deleted, collection dates, mandate links, exceptions, output fields, an import's unit and slot, the framework workbook's problems

said-what-finance-line-id = financial plan line { $id }
said-what-finance-actual-id = execution actual { $id }
said-what-allocation-id = allocation { $id }
said-what-contribution-id = contribution link { $id }
said-what-milestone-of = the { $year } milestone of { $code }
said-what-translation = the { $lang } text of { $what }
said-changed-while-editing-what = { $what } changed while you were editing it: reload it
said-what-dates = the collection dates of { $year } of { $plan }
said-what-unit-dates = the collection dates of { $unit } for { $year }
said-what-own-dates = { $what } (the unit has no dates of its own)
said-dates-gone = { $what } are not set any more: reload the page
said-due-before-opening = { $due } is before the opening date { $opens }: the due date comes on or after it
said-what-exception = lock exception { $id } of reporting period { $year } of { $plan }
said-exception-already-revoked = { $what } is already revoked
said-exception-already-ended = { $what } already ended on { $date }
said-node-blocked = node { $code } cannot be deleted while it has { $blockers }
said-list = { $first }, { $rest }
said-blocker-child-nodes = { $count ->
    [one] { $count } child node
   *[other] { $count } child nodes
}
said-blocker-indicators = { $count ->
    [one] { $count } indicator
   *[other] { $count } indicators
}
said-blocker-allocations = { $count ->
    [one] { $count } budget allocation
   *[other] { $count } budget allocations
}
said-blocker-items = { $count ->
    [one] { $count } operational plan item
   *[other] { $count } operational plan items
}
said-blocker-risks = { $count ->
    [one] { $count } linked risk
   *[other] { $count } linked risks
}
said-mandate-linked = { $owner } already refers to { $vocabulary } { $code }
said-no-mandate = no { $vocabulary } mandate has code `{ $code }`
said-what-mandate-link = a link from { $owner } to { $vocabulary } { $code }
said-what-link = the link { $from }→{ $to }
said-what-subject = { $kind } { $key }
said-output-needs-kind = an output must say whether it is a product or a service
said-not-product-or-service = `{ $kind }` is not product or service
said-only-outputs-have-kind = only outputs have a kind, not a { $level }
said-output-needs-owner = an output must be owned by one org unit
said-import-other-unit = { $code } belongs to another org unit; a planner may import only their own unit's indicators
said-import-also-on-line = { $slot } is also on line { $line }; a slot takes one value
said-wb-unreadable = cannot be read as an .xlsx workbook ({ $error }): download the framework workbook and change that
said-wb-sheet-missing = is missing: the workbook needs every sheet of the download
said-wb-sheet-empty = is empty: its first row must be the header
said-wb-not-a-column = `{ $text }` is not a column of { $sheet }: the columns are { $columns }
said-wb-column-missing = the column `{ $column }` is missing
said-wb-no-header = holds a value but its column has no header: name the column in row 1 or clear it
said-wb-other-plan = is `{ $value }`, not the plan { $plan }
said-wb-earlier-row = `{ $key }` is on an earlier row too
said-wb-not-whole = `{ $value }` is not a whole number
said-wb-kept = is kept as loaded: the workbook does not change it
said-wb-removing = removing { $what }: { $why }
said-wb-removing-link = removing the link { $what }: { $why }
said-wb-clearing = clearing { $what }: { $why }
said-wb-new-link-entered = a new link is `entered`: leave the cell empty
said-wb-link-needs-weight = a link to a goal or a target needs a weight
said-wb-goal-links = the links of { $node } to goals and targets: { $why }
said-wb-new-node-entered = a new node is `entered` with no source: leave provenance and source empty
said-wb-level-fixed = is fixed: add a new node with the level instead
said-wb-node-missing = node { $code } (row { $line } of the download) is missing, so it would be retired: { $why }
said-wb-not-a-date = `{ $value }` is not a date (YYYY-MM-DD)
said-wb-new-risk-entered = a new risk is `entered`: leave the cell empty
said-wb-risk-missing = risk { $code } (row { $line } of the download) is missing: the workbook does not remove risks; delete it on its page
said-wb-needs-decision = the workbook changes a baseline, target, milestone, unit or direction of an indicator with values: give the decision (decided_on, deciding_body, reference, reason_category, justification)
said-wb-indicator-twice = indicator { $code } is on an earlier row too
said-wb-indicator-missing = indicator { $code } (row { $line } of the download) is missing: the workbook does not remove indicators
said-wb-new-indicator-entered = a new indicator is `entered` with no source: leave provenance and source empty
said-wb-not-a-year = `{ $value }` is not a year
said-wb-not-true-false = `{ $value }` is not true or false
said-wb-milestone-twice = the { $year } milestone of { $code } is on an earlier row too
said-wb-both-or-neither = names both a node_code and an indicator_code, or neither: give one
said-wb-not-a-kind = `{ $kind }` is not one of plan, node, indicator
said-wb-not-a-record = `{ $key }` is not a record of the plan { $plan } (write `{ $want }`)
said-wb-catalogue-differs = differs from the { $sheet } catalogue: { $sheet } are shared by all plans, so a plan's workbook does not change them; change this row on its page (or ask the administrator), or download the workbook again
said-wb-catalogue-row-missing = the row `{ $row }` is missing: { $sheet } are shared by all plans, so a plan's workbook does not remove them

## Refusals of the right (403), unreadable and invalid requests (400, 415, 422), too many attempts (429) and a plan's step from the wrong status (issue 17.1, areas `said`, `problem`, `error`)

said-forbidden-own-entry = nobody may approve or return their own entry
said-forbidden-own-unit = a planner may change only what their own org unit owns
said-forbidden-preview = only published report runs are shown to Council members: a preview is built from today's data and has not been published
said-forbidden-answer = only the Secretary-General's office, or the planner of the unit the office assigned the question to, may reply
said-forbidden-role = the { $role } role may not do this
said-forbidden-csrf-header = missing or wrong X-CSRF-Token for this session
said-forbidden-no-unit = a planner without an org unit enters no values
said-forbidden-reviewer-entry = Council reviewers read only; they do not enter data
said-forbidden-risk-fields = the owner unit's planner may change only { $allowed }; not { $fields }
said-forbidden-sheets = only the Secretary-General's office edits reference sheets
said-forbidden-form-expired = the form has expired or did not come from this site; reload the page and try again
said-forbidden-framework = only the Secretary-General's office edits the framework
said-forbidden-translations = only the Secretary-General's office edits the framework's translations
said-value-label = { $label } (value { $id })
# English keeps "minutes" for every count, word for word as the API always said it.
said-throttled-login = too many failed logins: try again in { $minutes } minutes
said-throttled-password = too many wrong current passwords: try again in { $minutes } minutes
said-wrong-too-often = was wrong too often: { $why }
said-if-match-not-version = If-Match `{ $text }` is not a version
said-plan-adopt-refused = plan { $plan } is { $status }: only a draft plan can be adopted
said-plan-close-refused = plan { $plan } is { $status }: only an adopted plan can be closed
problem-validation_failed-detail = the request is invalid
problem-unsupported_media_type-detail = the body must be JSON with Content-Type: { $type }
problem-bad_request-json = malformed JSON: { $detail }
problem-bad_request-path = Invalid URL: { $detail }
problem-bad_request-query = Failed to deserialize query string: { $detail }
problem-bad_request-unreadable = the request cannot be read
problem-bad_request-multipart = malformed multipart form: { $detail }
problem-bad_request-file-part = cannot read the file part: { $detail }
error-unreadable = The address or form could not be read: { $detail }.

## Notices by e-mail in the recipient's language: the subject and the link line (issue 17.1)

notice-mail-submitted = stratrack: { $value } of { $unit } submitted for approval
notice-mail-returned = stratrack: { $value } returned to { $unit }
notice-mail-approved = stratrack: { $value } approved
notice-mail-bulk = stratrack: { $count } value(s) of { $unit } submitted for approval
notice-mail-overdue = stratrack: { $unit } overdue for { $year }
notice-mail-assigned = stratrack: question { $id } from Council assigned to { $unit }
notice-mail-open = Open it in stratrack: { $link }

## A financial row already there (issue 17.1, area `said`)

said-finance-line-taken = plan { $plan } already has a financial plan line for { $year } { $unit } { $kind } { $category } (id { $id })
said-finance-actual-taken = plan { $plan } already has a execution actual for { $year } { $unit } { $kind } { $category } (id { $id })

## The allocation sheet's node checks (issue 17.1, area `said`)

said-allocate-to-level = { $code } is a { $level }: allocate to an output, a thematic priority or an enabler

## A translation key's format (issue 17.1, area `said`)

said-key-not-a-pair = `{ $key }` is not of the form `first/second`

## The last refusals of the pages and of the domain's checks (issue 17.1, area `said`)

said-one-of-not = { $one_of }, not `{ $sent }`
said-not-one-of = `{ $sent }` is not one of { $words }
said-joined = { $first }; { $rest }
said-sentence = { $text }.
said-form-unreadable = { $detail }
said-lang-not-english = { $one_of } (English is the record's own text)
said-no-definition-to-translate = a { $kind } has no definition to translate
said-no-plan-has-code = no plan has the code `{ $code }`
said-no-node-has-code = no result node has the code `{ $code }`
said-no-plan-the-code = no plan has the code { $code }
said-frozen-or-published = must be frozen or published
said-one-line-of = give 1 to { $max } characters on one line, or leave it out
said-assessment-csv-codes-only = the four-year assessment's CSV tables have their codes only: leave it out or false
said-annual-needs-year = an annual report needs its year
said-assessment-no-year = an assessment covers the plan up to its latest year with an approved value: leave the year out
said-language-or-languages = give either `language` (one) or `languages` (a list), not both
said-at-least-one-of = give at least one of { $words }
said-not-annual-or-assessment = `{ $sent }` is not annual or assessment
said-give-whole-number = give a whole number
said-not-yes = `{ $sent }` is not yes
said-quarter-not = must be 1 to 4, not { $sent }
said-whole-from-1 = must be a whole number from 1 to { $max }
said-yes-or-no-not = must be yes or no, not `{ $sent }`
said-outside-the-plan = { $what } is outside the plan ({ $start }-{ $end })
said-only-split-unit = the only split is `unit`
said-revenue-or-expense = must be revenue or expense
said-biennium-form = must be two consecutive years, e.g. 2028-2029
said-not-in-biennium = { $year } is not in the biennium { $biennium }
said-not-a-category = `{ $category }` is not a { $kind } category
said-draft-adopted-closed = must be draft, adopted or closed
said-status-moves-by = moves only by adopting (POST /api/v1/plans/{ $plan }/adopt) or closing (POST /api/v1/plans/{ $plan }/close)
said-between = must be between { $low } and { $high }
said-longer-than = is longer than { $max } characters
said-year-not-between = { $year } is not between { $first } and { $last }
said-fixed-too-precise = has more than { $places } decimal places
said-fixed-too-large = is too large to store exactly
said-fixed-not-a-number = is not a decimal number (use digits with a dot, e.g. 1234.5)
said-note-longer = the note is longer than { $max } characters
said-note-to-return = a note is required to return it; tell the planner what to change
said-plan-no-indicator-yet = the plan has no indicator yet
said-version-missing = is missing or not a whole number; reload the page
said-not-a-date-like = `{ $sent }` is not a date ({ $example })
said-not-whole-from-to = `{ $sent }` is not a whole number from { $low } to { $high }
said-wb-not-a-file = the workbook was not sent as a file upload (multipart/form-data): choose it in the form below
said-codes-and-more = { $codes } and { $count } more
said-lack-target = { $count } indicator(s) lack an end target (value and year): { $codes }
said-lack-baseline = { $count } indicator(s) lack a baseline (value and year): { $codes }
said-lack-keys = { $lack }; { $count } of them key indicator(s), which the report to Council rates: { $codes }
said-outside-period = { $year } is outside the period of plan { $plan } ({ $start }-{ $end })
said-more-years-outside = and { $count } more indicator year(s) outside the period
said-plan-no-goal = plan { $plan } has no strategic goal `{ $code }`
said-plan-no-priority = plan { $plan } has no thematic priority or enabler `{ $code }`
said-plan-no-subject = this plan has no { $kind } `{ $subject }`
said-http-link = must be an http:// or https:// link
said-not-a-known-plan = `{ $code }` is not a known plan
said-not-an-indicator-of = `{ $code }` is not an indicator of plan { $plan }
said-not-a-quarter = { $quarter } is not a quarter (1 to 4)
said-not-zero = must not be 0
said-not-a-year-quoted = { $sent } is not a year
said-no-file-chosen = no file was chosen
said-not-node-or-indicator = `{ $sent }` is not node or indicator
said-choose-mandate = choose a mandate
said-not-a-run-number = is not a report run's number
said-whole-number = must be a whole number
said-is-not-whole-number = is not a whole number
said-not-a-date-time = { $sent } is not a date and time: write it as 2029-04-01T00:00:00Z (or 2029-04-01T00:00, read as UTC)
said-until-passed = { $until } has passed: an exception ends ahead
said-not-sortable-among = `{ $name }` is not a sortable field ({ $fields })
said-weight-outside = the weight { $weight } is outside 0..1
said-weights-sum = the weights sum to { $sum }, not 1
said-allocation-over-budget = would bring { $unit }'s allocations in { $year } to { $after } CHF thousands, { $over } above its expense budget of { $budget }; allocate at most the budget
said-not-a-year-of-plan = { $year } is not a year of plan { $plan } ({ $start }-{ $end })
said-keep-dimensions = values of this indicator are broken down by { $dimensions }: keep it
said-milestones-unsuited = milestones do not suit it ({ $why }); change them first
said-type-a-value-draft = is required: type a value (a draft is deleted from its own page)
said-reason-only-revising = is given only when revising an approved value; an edit keeps no reason
said-not-a-biennium = `{ $biennium }` is not a biennium of plan { $plan } ({ $start }-{ $end }): write YYYY-YYYY, starting in { $start } or every second year after
said-quoted-not-a-date = { $sent } is not a date ({ $example })
said-not-a-known-dimension = `{ $dimension }` is not a known dimension
said-not-disaggregated-by = indicator { $indicator } is not disaggregated by { $dimension } (its dimensions: { $dimensions })
said-not-a-value-of = `{ $value }` is not a value of { $dimension } ({ $values })
said-required-for-share = is required for a { $unit } indicator's share
said-no-operational-plan-id = no operational plan has the id { $id }
said-neither-plan-has = neither { $plan } nor { $before } has a goal, thematic priority or enabler `{ $code }`
said-required-with-weight = is required when a weight is given
said-step-from-state = measurement { $id } is { $state }: { $rule }
said-rule-edit = only a draft or a returned value can be edited
said-rule-submit = only a draft or a returned value can be submitted
said-rule-approve = only a submitted value can be approved
said-rule-return = only a submitted value can be returned
said-rule-revise = only an approved value can be revised
said-rule-delete = only a draft can be deleted
said-occupied = { $what } already has a value (measurement { $id }, revision { $revision }, { $state }): { $how }
said-occupied-revise = correct it with POST /api/v1/measurements/{ $id }/revise
said-occupied-wait = wait for its review, or have it returned
said-occupied-edit = edit it with PATCH /api/v1/measurements/{ $id }

## What serde, a query string and the import's reader refuse (issue 17.1, area `said`)

said-not-a-known-field = is not a known field
said-not-a-known-parameter = is not a known parameter
said-out-of-range = is out of range
said-query-refused = { $detail }
said-json-refused = { $detail }
said-json-at = { $why } at line { $line } column { $column }
said-json-invalid-type = invalid type: { $found }, expected { $expected }
said-json-invalid-value = invalid value: { $found }, expected { $expected }
said-json-invalid-length = invalid length { $length }, expected { $expected }
said-json-unknown-variant = unknown variant `{ $name }`, expected { $expected }
said-json-unknown-field = unknown field `{ $name }`, expected { $expected }
said-json-missing-field = missing field `{ $name }`
said-json-duplicate-field = duplicate field `{ $name }`
said-json-found-string = string { $value }
said-json-found-integer = integer { $value }
said-json-found-float = floating point { $value }
said-json-found-boolean = boolean { $value }
said-json-found-character = character { $value }
said-json-found-null = null
said-json-found-map = map
said-json-found-sequence = sequence
said-json-found-unit = unit value
said-json-found-bytes = byte array
said-json-found-number = number
said-json-expected-string = a string
said-json-expected-boolean = a boolean
said-json-expected-sequence = a sequence
said-json-expected-map = a map
said-json-expected-decimal = a decimal number (a string such as "1234.5" or a JSON number)
said-json-expected-integer = { $type }
said-json-one-of = one of { $words }
said-json-either = { $first } or { $second }
said-json-no-variants = there are no variants
said-json-no-fields = there are no fields
said-xlsx-date-cell = holds a date; this column takes a number or text: format the cell as General or Text
said-xlsx-error-cell = holds the error { $error }: put the value itself in the cell
said-xlsx-unreadable = the file looks like a workbook but cannot be read as .xlsx ({ $detail }): save it as Excel Workbook (.xlsx) or CSV UTF-8
said-xlsx-no-sheet = the workbook has no sheet
said-xlsx-sheet-empty = sheet { $sheet } is empty: its first row must be the header
said-xlsx-sheet-unreadable = sheet { $sheet } cannot be read: { $detail }
said-xlsx-unpacks-too-large = the workbook unpacks to { $size } MiB, more than the { $max } MiB one import takes: split it into several files
said-xlsx-too-many-rows = sheet { $sheet } has more than { $max } rows, the most one import takes: split it into several files
said-import-line-unreadable = cannot be read: { $detail }
said-import-file-unreadable = the file cannot be read: { $detail }
said-import-header-unreadable = the header cannot be read: { $detail }
said-import-dimensions-both = give the dimensions either in a disaggregation column or in one column per dimension, not both
said-import-xls = is an Excel 97-2003 workbook (.xls), which is not read: save it as Excel Workbook (.xlsx) or CSV UTF-8
said-import-workbook-unreadable = the workbook cannot be read: { $detail }
said-import-workbook-too-large = the workbook is larger than { $max } MiB, the most one import takes
said-no-file-part = the form has no `file` part
problem-bad_request-other = { $detail }
said-at-most-chars = must have at most { $max } characters
said-no-control-chars = must not contain control or invisible characters
said-no-spaces = must not contain spaces
said-email-like = must be an email address like name@itu.int
said-email-one-at = must contain exactly one @
said-email-local = must have 1 to 64 characters before the @
said-email-domain = must have a domain with a dot after the @, like itu.int
said-no-node-the-code = no result node of this plan has the code `{ $code }`
said-date-or-time = must be a date (2028-12-31) or an RFC 3339 time (2028-12-31T23:59:59Z)
said-no-user-email = no user has the email `{ $email }`

## A disaggregation that cannot be read and a share that does not match its parts (issue 17.1, area `said`)
said-not-dimension-value = `{ $part }` is not dimension=value
said-dimension-twice = dimension `{ $dimension }` is given twice
said-dimension-value-not-code = the value of `{ $dimension }` must be a value code, not { $sent }
said-disaggregation-shape = must be an object such as {"{"}"sex": "female"{"}"} or text such as `sex=female`, not { $sent }
said-share-zero-denominator = the denominator is 0, so the value cannot be checked
said-share-not-percent = { $value } is not 100 × numerator ÷ denominator (100 × { $numerator } ÷ { $denominator } = { $exact })
said-share-not-ratio = { $value } is not numerator ÷ denominator ({ $numerator } ÷ { $denominator } = { $exact })
said-as-of-unreadable = `{ $sent }` is neither `adopted` nor a date YYYY-MM-DD
# English says the HTTP reason phrase alone, as it always did; the status only selects (one branch).
error-refused-status = { $status ->
   *[any] { $phrase }
}
