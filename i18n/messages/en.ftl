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
