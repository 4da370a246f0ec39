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
