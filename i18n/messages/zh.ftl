### NEEDS REVIEW by the ITU language services (Chinese section): written by the stratrack developers,
### not taken from an official ITU text. Remove this mark, message by message or for the whole file,
### once the language services have reviewed the text (docs/I18N.md).
### Chinese has one plural form (CLDR: other): counted messages select on their number all the same, so
### their variables match the English.

## Layout: on every page

layout-skip = 跳至正文
layout-nav = 主菜单
layout-notices = 通知
layout-unread = { $count ->
   *[other] { $count } 条未读通知
}
layout-account = 账户
layout-logout = 退出登录
layout-plan = 计划
layout-year = 年份
layout-show = 显示
layout-language = 语言
layout-footer = stratrack：战略规划、其成果及提交理事会的年度报告

nav-dashboard = 仪表板
nav-framework = 成果框架
nav-compare = 年度比较
nav-entry = 数据录入
nav-approvals = 审批
nav-collection = 数据收集
nav-periods = 报告期
nav-plans = 计划
nav-finance = 财务
nav-operations = 运营
nav-risks = 风险
nav-reports = 报告
nav-questions = 问题
nav-audit = 审计日志
nav-users = 用户

role-admin = 管理员
role-planner = 规划人员
role-reviewer = 审阅人

## Login and account

login-title = 登录
login-heading = 登录 stratrack
login-email = 电子邮件
login-password = 密码
login-submit = 登录
login-expired = 此登录表单已过期或并非来自本网站。请重新登录。
login-wrong = 电子邮件或密码错误。
login-throttled = { $minutes ->
   *[other] 登录被拒绝：失败次数过多。请在 { $minutes } 分钟后重试。
}

account-title = 账户
account-heading = 您的账户
account-role = 角色：{ $role }
account-tokens = API 令牌
account-password-heading = 更改密码
account-current = 当前密码
account-new = 新密码（至少 12 个字符）
account-submit = 更改密码
account-changed = 您的密码已更改。
account-must-change = 请设置新密码。

## Error pages

error-back = 返回仪表板
error-internal = 服务器出错，已记录在日志中。
error-unavailable = 数据库目前无法存储或读取此内容，未存储任何数据。请稍后重试。
error-csrf = 表单已过期或并非来自本网站；请重新加载页面后重试。
error-method = 此地址不接受此类请求。
error-language = 没有该语言的界面。

## Problem documents

problem-not_found = 未找到
problem-validation_failed = 请求无效
problem-bad_request = 请求格式错误
problem-conflict = 冲突
problem-version_mismatch = 版本已过期
problem-period_locked = 报告期已锁定
problem-too_large = 请求过大
problem-unsupported_media_type = 不支持的内容类型
problem-throttled = 尝试次数过多
problem-unauthenticated = 需要登录
problem-forbidden = 禁止访问
problem-database_unavailable = 服务不可用
problem-password_change_required = 需要更改密码
problem-internal = 服务器内部错误

problem-internal-detail = 服务器出错，已记录在日志中
problem-database_unavailable-detail = 数据库目前无法存储或读取此内容，请求的任何部分均未存储；请稍后重试
problem-unauthenticated-detail = 需要登录
problem-password_change_required-detail = 您必须先更改密码（POST /api/v1/auth/password）
problem-too_large-detail = 请求正文超过 { $limit } 字节

## Statuses and levels

status-achieved = 已实现
status-on_track = 进展顺利
status-at_risk = 存在风险
status-off_track = 偏离轨道
status-no_data = 无数据

level-goal = 目标
level-thematic_priority = 专题优先事项
level-enabler = 促进因素
level-target = 具体目标
level-outcome = 成果
level-output = 产出

## Why an indicator has no data: the status rule's reasons (area `nodata`; `status::Assessment::reason_in`)

nodata-no-baseline = 无基线
nodata-no-target = 无目标
nodata-no-value = { $year } 年无已核准的值
nodata-too-old = 最近核准的值来自 { $from } 年，超过了计划允许的最长时限（{ $years ->
   *[other] { $years } 年
}）
nodata-bad-quarter = { $year } 年第 { $quarter } 季度不在 1 至 4 之间
nodata-no-ratio-parts = { $year } 年第 { $quarter } 季度的值没有分子和分母，而比率指标需要它们
nodata-zero-denominators = { $year } 年的分母之和为 0，因此比率没有值

nodata-few-points = 少于 { $min } 个点（基线年 { $year } 之后没有已核准的年度值）
nodata-too-large = 数值过大，无法精确推算

## Dashboard

dashboard-title = { $year } 年仪表板
dashboard-status-of = { $total ->
   *[other] { $total } 项指标的状况
}
dashboard-compare = 比较 { $year } 年与 { $previous } 年：各项状况的变化
dashboard-basis-none = { $year } 年尚无已评级的状况：没有 { $year } 年或可替代年份的已核准数值。
dashboard-basis-all = { $rated ->
   *[other] 全部 { $rated } 项已评级状况均基于 { $year } 年本身的数值。
}
dashboard-basis-mixed = { $rated ->
   *[other] 在 { $rated } 项已评级状况中，
}{ $own ->
   *[other] { $own } 项基于 { $year } 年本身的数值，
}{ $standing } 项基于替代的较早数值（{ $years }）。
dashboard-basis-from = { $year } 年 { $count } 项
dashboard-list-separator = {"、"}
dashboard-collection = { $year } 年数据收集
dashboard-dates-unset = { $year } 年的数据收集日期尚未设定。
dashboard-due-region = { $year } 年应交内容
dashboard-due-caption = { $year } 年应交内容、截止日期及逾期情况
dashboard-unit = 单位
dashboard-opens = 开始
dashboard-due = 截止
dashboard-to-submit = 尚待提交
dashboard-returned-col = 已退回
dashboard-overdue-col = 逾期
dashboard-complete = 完成率
dashboard-overdue = 逾期 { $count } 项
dashboard-not-set = 未设定
dashboard-board = { $year } 年数据收集完成情况
dashboard-goals = 按目标和专题优先事项
dashboard-goals-region = 按目标、专题优先事项和促进因素统计的状况数
dashboard-goals-caption = { $year } 年按目标、专题优先事项和促进因素统计的状况数
dashboard-code = 代码
dashboard-name = 名称
dashboard-progress = 平均进度
dashboard-budget = 各单位预算与实际支出，{ $year } 年（千瑞士法郎）
dashboard-budget-region = 各单位预算与实际支出
dashboard-budget-caption = 财务计划中的支出预算与实际执行情况
dashboard-budget-col = 预算
dashboard-actual = 实际
dashboard-rate = 执行率
dashboard-attention = 需要关注
dashboard-waiting = { $count ->
   *[other] { $count } 个已提交数值等待审批
}
dashboard-attention-region = 需要关注的指标
dashboard-attention-caption = { $year } 年偏离轨道、存在风险、数据过时或无数据的指标
dashboard-indicator = 指标
dashboard-owner = 负责单位
dashboard-status = 状况
dashboard-why = 原因
dashboard-why-progress = 进度 { $progress }
dashboard-why-progress-stale = 进度 { $progress }，数值来自 { $year } 年
dashboard-why-stale = 数据过时：最新数值来自 { $year } 年
dashboard-returned = 退回给您的数值
dashboard-returned-region = 退回给您的数值及其说明
dashboard-returned-caption = { $count ->
   *[other] { $count } 个数值附说明被退回：请更正后重新提交
}
dashboard-value = 数值
dashboard-figure = 数字
dashboard-note = 说明
dashboard-returned-by = 退回人

## Words of the yearly collection: a value's state and quality

state-none = 无数值
state-draft = 草稿
state-submitted = 已提交
state-returned = 已退回
state-approved = 已核准
quality-provisional = 临时
quality-estimated = 估计
quality-final = 最终

## The pager under long lists, and a refused form's problems (shared by many pages)

pager-label = 列表分页：{ $what }
pager-total = { $what }：{ $total } — 第 { $page } 页，共 { $pages } 页
pager-previous = 上一页
pager-next = 下一页
pager-indicators = 指标
pager-revisions = 修订
pager-items = 项目
pager-users = 用户
pager-entries = 条目
pager-mandates = 任务授权
pager-questions = 问题
pager-risks = 风险
problems-nothing-saved = 未保存任何内容。
problems-correct = 请更正：

## Entry grid

entry-title = 数据录入 { $year }
entry-heading = 数据录入 — { $year }
entry-intro = 贵单位负责的指标。请输入数值，保存为草稿，并勾选要提交核准的数值。已提交和已核准的数值在其各自的页面上更正。
entry-intro-admin = 贵单位负责的指标（作为秘书长办公室：所有单位或所选单位）。请输入数值，保存为草稿，并勾选要提交核准的数值。已提交和已核准的数值在其各自的页面上更正。
entry-tally-saved = 已保存 { $count } 项
entry-tally-submitted = （其中 { $count } 项已提交核准）
entry-tally-refused = { $count ->
   *[other] ，{ $count } 项未保存：请查看相应行
}
entry-imported = 已导入 { $count } 个数值，状态为“{ $state }”
entry-first-refused = 第一个未保存的行：{ $code }
entry-code-not-saved = { $code }：未保存：
entry-filters-not-applied = 筛选条件未应用：
entry-not-imported = 文件未导入：{ $count } 个问题。
entry-see-lines = 逐行查看
entry-filters = 搜索和筛选指标
entry-org-unit = 组织单位
entry-all-units = 所有单位
entry-quarter-label = 季度（季度指标）
entry-quarter = 第 { $quarter } 季度
entry-search = 搜索代码或名称
entry-state = 状态
entry-any = 任意
entry-node = 目标或优先事项
entry-has-value = 是否有数值
entry-either = 不限
entry-yes = 是
entry-no = 否
entry-per-page = 每页
entry-show = 显示
entry-match = 共有 { $count } 个指标符合条件。
entry-match-of = { $all } 个指标中有 { $count } 个符合条件。
entry-match-showing = 共有 { $count } 个指标符合条件；显示第 { $first }–{ $last } 个，第 { $page } 页，共 { $pages } 页。
entry-match-of-showing = { $all } 个指标中有 { $count } 个符合条件；显示第 { $first }–{ $last } 个，第 { $page } 页，共 { $pages } 页。
entry-values-of = { $year } 年的数值
entry-grid-region = 录入表，{ $year }
entry-caption = 指标及其 { $year } 年数值
entry-col-submit = 提交
entry-col-indicator = 指标
entry-col-uom = 计量单位
entry-col-baseline = 基线
entry-col-expected = { $year } 年预期
entry-col-approved = { $year } 年已核准
entry-col-value = 数值
entry-col-state = 状态和质量
entry-col-narrative = 说明和证据
entry-submit-code = 提交 { $code }
entry-milestone = 里程碑 { $value }
entry-numerator = 分子
entry-denominator = 分母
entry-value-of = { $code } 的数值
entry-not-saved = 未保存：
entry-quality-of = { $code } 的质量
entry-returned = 已退回：
entry-counting = 已核准数值 { $value }（修订 { $revision }）在更正获核准之前仍然有效
entry-history = 历史
entry-revise = 修订
entry-of = （{ $code }）
entry-breakdown = 按性别或区域细分（{ $count }）
entry-narrative-of = { $code } 的说明
entry-evidence-of = { $code } 的证据链接
entry-evidence = 证据
entry-save = 保存数值（并提交已勾选的数值）
entry-upload-h = 批量上传（CSV 或 Excel 工作簿）
entry-upload-header = 表头：indicator_code, year, quarter, disaggregation, value, numerator, denominator, quality, narrative, evidence_url（计划 { $plan }）。所有行要么全部保存，要么全部不保存。
entry-templates = 贵单位 { $year } 年的模板，已预填贵单位的指标：
entry-csv-template = CSV 模板
entry-xlsx-template = Excel 模板
entry-file = CSV 文件或 Excel 工作簿（.xlsx）
entry-upload-submit = 提交数值以供核准
entry-upload = 上传
entry-not-imported-caption = 文件未导入：{ $count } 个问题
entry-line = 行（CSV）或行（工作簿）
entry-column = 列
entry-reason = 原因
problems-see-fields = 请查看下面的字段。

## One indicator's entry form, and one value's page

entry-saved-draft = 已将 { $code } 保存为草稿
entry-submitted = 已提交 { $code } 以供核准
entry-value-not-saved = 数值未保存：
entry-nothing-saved = 未保存任何内容：
entry-form-title = 录入 { $code }
entry-form-unit = 单位：{ $unit }
entry-form-direction = 方向
entry-form-ratio-hint = 请输入分子和分母
entry-form-decimal-hint = 使用小数点的精确小数，例如 12.5
entry-form-year = 年份
entry-form-quarter = 季度（留空表示全年）
entry-form-whole-year = 全年
entry-form-dimension = { $dimension }（留空表示合计）
entry-total = 合计
entry-form-quality = 质量
entry-form-narrative = 说明
entry-form-evidence = 证据链接（网址）
entry-form-save-draft = 保存草稿
entry-form-save-submit = 保存并提交核准
entry-form-values-h = { $code } 的数值
entry-form-values-caption = 草稿、已提交数值和已核准数值
entry-form-period = 期间
entry-form-breakdown = 细分
entry-form-note = 审核意见
entry-form-actions = 操作
entry-form-correct = 更正
entry-form-of-value = （数值 { $id }）
entry-form-value-id = 数值 { $id }
entry-value-title = { $code } { $period } 数值
entry-value-uom = 计量单位
entry-value-state = 状态
entry-value-revision-n = 修订 { $revision }
entry-value-revision = { $value }（修订 { $revision }）
entry-returned-on = 于 { $at } 退回：
entry-value-counting = 已核准数值 { $value } 在更正获核准之前仍计入报告。
entry-value-pending = 有一项更正待核准：
entry-value-correct = 更正数值
entry-value-revise = 修订已核准的数值
entry-value-revise-hint = 更正是一个新的修订；已核准的数值仍可查阅，并在更正获核准之前继续计入。
entry-value-reason = 更正原因（必填）
entry-value-waits = 此已提交的数值不能在此更改：它正在等待核准或退回。
entry-value-locked = 此数值（{ $state }）不能在此更改：其年份已锁定。
entry-value-read-only = 此数值（{ $state }）不能在此更改。
entry-value-revisions-region = 数值的修订
entry-value-revisions-caption = { $code } { $period } 的修订
entry-value-revision-col = 修订
entry-value-this-one = { $revision }（本修订）
entry-value-steps-region = 对数值采取的步骤
entry-value-steps-caption = 每个步骤：何人、何时及意见
entry-value-when = 时间（UTC）
entry-value-who = 人员
entry-value-step = 步骤
entry-value-note = 意见或原因
entry-value-back = 返回录入表
entry-correction-saved = 已将 { $code } 的更正保存为修订 { $revision }（草稿）
entry-correction-submitted = 已提交 { $code } 的更正（修订 { $revision }）以供核准
entry-step-entered = 已录入
entry-step-edited = 已编辑
entry-step-submitted = 已提交
entry-step-returned = 已退回
entry-step-approved = 已核准
entry-step-revised = 已修订
entry-step-superseded = 已取代
entry-step-deleted = 已删除

## Approval queue

approvals-title = 核准
approvals-heading = 核准队列
approvals-filters = 筛选核准队列
approvals-every-year = 所有年份
approvals-unit = 单位
approvals-every-unit = 所有单位
approvals-search = 搜索指标
approvals-filter = 筛选
approvals-elsewhere = 其他计划或年份中也有待核准的数值：
approvals-scope-year = { $plan } { $year }
approvals-scope-every = { $plan }（所有年份）
approvals-scope-unit = { $scope }，单位 { $unit }
approvals-none-waiting = { $scope } 没有待核准的数值。
approvals-none-waiting-from = { $scope } 没有来自 { $unit } 的待核准数值。
approvals-none-matching = { $scope } 没有与“{ $q }”匹配的待核准数值。
approvals-none-matching-from = { $scope } 没有来自 { $unit } 且与“{ $q }”匹配的待核准数值。
approvals-region = 已提交的数值及其背景
approvals-caption = { $scope } 已提交的数值：{ $count } 个
pager-page = 第 { $page } 页，共 { $pages } 页
approvals-col-select = 选择
approvals-col-change = 与上年相比的变化
approvals-col-expected = 预期和目标
approvals-col-status = 将得出的状况
approvals-col-entered = 录入和提交
approvals-col-return = 附意见退回
approvals-select = 选择 { $what }
approvals-own = 您本人录入的数值：由另一名管理员决定
approvals-none = 无
approvals-last-year = 上年 { $previous }
approvals-replaces = 修订 { $revision } 取代已核准数值 { $value }（修订 { $approved }），后者在此之前仍然有效
approvals-expected = 预期 { $value }
approvals-target = 目标 { $value }
approvals-target-by = { $year } 年前达到 { $value }
approvals-now = 目前：{ $status }
approvals-breakdown-no-status = 细分数值：没有自身的状况
approvals-entered = 录入
approvals-submitted = 提交
approvals-note-for = 退回 { $code } { $period } 的意见
approvals-return = 退回
approvals-approve-selected = 核准所选数值
approvals-return-selected = 退回所选数值，各附其意见
approvals-pages = 核准队列的页面
approvals-filter-not-applied = 筛选条件未应用。
approvals-approved = 已核准 { $count } 个数值：{ $values }
approvals-returned = 已退回 { $count } 个数值：{ $values }
approvals-select-one = 请至少选择一个数值。
approvals-nothing-changed = 未作任何更改。
approvals-nothing-changed-because = 未作任何更改：

## Collection calendar and completeness board (the dashboard's words Unit, Opens, Due, Complete, Overdue are shared)

collect-title = 数据收集 { $year }
collect-heading = { $year } 年数据收集 — { $plan }
collect-completeness = 完成情况
collect-explained = 指标按其 { $year } 年进展最远的数值所处状态计数（正在更正的已核准数值仍视为已核准）。“完成”指已提交或已核准。逾期：截止日期后仍无已提交数值的指标（截至 { $today }）。
collect-region = 各单位完成情况，{ $year }
collect-caption = 各单位 { $year } 年应报指标，按其数值所处状态
collect-expected = 应报
collect-no-value = 无数值
collect-draft = 草稿
collect-returned = 已退回
collect-submitted = 已提交
collect-approved = 已核准
collect-all-units = 所有单位
collect-own-dates = 自有日期
collect-none-expected = 贵单位没有 { $plan } 的应报指标。
collect-calendar = 日历
collect-every-unit = 适用于所有单位的日期
collect-opens-on = 数据收集开始日期
collect-due-on = 数值截止日期
collect-save-dates = 保存 { $year } 年的日期
collect-own-h = 有自有日期的单位
collect-own-explained = 设有自有日期的单位按其自有日期而非上述日期执行；清除自有日期后，该单位重新按上述日期执行。
collect-units-caption = 各单位 { $year } 年的数据收集日期
collect-dates = 日期
collect-save-unit = 保存 { $unit }
collect-clear-unit = 清除 { $unit }
collect-dates-are = { $year } 年数据收集于 { $opens } 开始，截止日期为 { $due }。
collect-dates-are-unit = { $year } 年数据收集于 { $opens } 开始，截止日期为 { $due }；贵单位的日期见上表。
collect-dates-unset = 秘书长办公室尚未设定 { $year } 年的数据收集日期。
collect-dates-set = { $year } 年数据收集于 { $opens } 开始，截止日期为 { $due }，适用于所有没有自有日期的单位。
collect-unit-dates-set = { $year } 年数据收集于 { $opens } 开始，{ $unit } 的截止日期为 { $due }。
collect-unit-cleared = { $unit } 重新按适用于所有单位的数据收集日期执行。

## Reporting periods: year locks and lock exceptions

periods-title = 报告期
periods-heading = 报告期 — { $plan }
periods-explained = 已锁定的年份不接受新数值，也不接受对数值的更改。锁定例外允许一个组织单位在某一时刻（UTC）之前更改其在已锁定年份中的数值；例外结束或被撤销后，锁定重新对该单位生效。
periods-years = 年份
periods-years-region = { $plan } 的年份及其锁定
periods-years-caption = { $plan } 的年份
periods-locked-on = 锁定时间
periods-by = 操作人
periods-locked = 已锁定
periods-open = 开放
periods-exceptions = 锁定例外
periods-no-exception = { $plan } 中尚未准予任何例外。
periods-exceptions-region = { $plan } 的锁定例外
periods-exceptions-caption = { $plan } 的锁定例外，按时间先后排列
periods-until = 截止（UTC）
periods-granted-col = 准予
periods-revoked-col = 撤销
exception-active = 有效
exception-ended = 已结束
exception-revoked = 已撤销
periods-unrecorded-user = 未记录的用户
periods-granted-by = { $at }，{ $who }
periods-revoked-by = { $at }，{ $who }：{ $note }
periods-lock-h = 锁定或解锁年份
periods-lock-explained = 请说明原因：在年份锁定期间，该说明会显示在每次拒绝中，并保存在审计日志中。
periods-why-lock = 锁定 { $year } 的原因
periods-why-unlock = 解锁 { $year } 的原因
periods-lock = 锁定 { $year }
periods-unlock = 解锁 { $year }
periods-grant-h = 准予锁定例外
periods-year-locked = { $year }（已锁定）
periods-until-hint = 未来的日期和时间，如 2029-04-01T00:00（UTC），或带时差，如 2029-04-01T02:00+02:00。
periods-grant = 准予例外
periods-revoke-h = 撤销例外
periods-revoke-which = { $unit }，{ $year }，截止 { $until }
periods-why-revoke = 撤销原因
periods-revoke = 撤销 { $unit } 的例外
periods-not-locked = 年份未锁定
periods-not-unlocked = 年份未解锁
periods-not-granted = 例外未准予
periods-not-revoked = 例外未撤销
periods-locked-done = 已锁定 { $plan } 的 { $year } 报告期
periods-unlocked-done = 已解锁 { $plan } 的 { $year } 报告期
periods-granted = { $unit } 可在 { $until } 之前更改 { $plan } 中 { $year } 的数值
periods-revoked = 已撤销 { $unit } 对 { $plan } 中 { $year } 的例外

## Questions from Council: the list, one thread, the ask form, the panel of an indicator's or a run's page

questions-title = 理事会的问题
questions-intro = 理事会成员就 { $plan } 提出的问题：涉及某一指标、某一成果或已发布报告的某一章节。秘书长办公室作答，或将问题交由作答的单位处理。每个问题线程都会列入下一份冻结报告的附件。
questions-status = 状态
questions-any = 任何
questions-run = 报告运行
questions-indicator = 指标
questions-filter = 筛选
questions-none-match = 没有匹配的问题。
questions-list = 问题，最近更改的在前
questions-col-question = 问题
questions-col-about = 涉及
questions-col-run = 运行
questions-col-asked-by = 提问人
questions-col-asked-on = 提问日期
questions-col-replies = 答复
questions-about-section = 章节：{ $section }
questions-about-indicator = 指标 { $code }
questions-about-node = 成果 { $code }
questions-back-to-list = 理事会的问题
questions-thread = 问题 { $id }
questions-about = 涉及
questions-of-run = 报告运行
questions-answered-by = 作答方
questions-answered-by-unit = { $unit } 的规划人员和秘书长办公室
questions-answered-by-office = 秘书长办公室
questions-messages = 消息
questions-reply-h = 答复
questions-reply-not-added = 您的答复未被添加。
questions-reply-problem = 答复：
questions-changed-meanwhile = 在此期间有人更改了这个问题。下面显示的是它现在的样子，您的答复已保留：请阅读后再次发送您的答复。
questions-your-reply = 您的答复
questions-send-reply = 发送答复
questions-who-answers = 由谁作答
questions-unit-replies = 由其规划人员作答的单位
questions-office-answers = 无：由办公室作答
questions-assign = 交办
questions-reopen = 重新打开问题
questions-mark-answered = 标记为已答复
questions-ask-h = 提出问题
questions-back = 返回提问之处
questions-title-field = 标题
questions-your-question = 您的问题
questions-ask = 提出问题
questions-not-sent = 您的问题未发送：
questions-none-here = 这里还没有人提问。
questions-asked = 提问于 { $day }
questions-replies = { $count ->
   *[other] { $count } 条答复
}
questions-section = 报告章节
questions-sent = 您的问题 { $id } 已发送至秘书长办公室。
questions-reply-added = 您的答复已添加。
questions-assigned = 问题 { $id } 已交由 { $unit } 处理。
questions-to-office = 问题 { $id } 由办公室作答。
questions-now-open = 问题 { $id } 已重新打开。
questions-now-answered = 问题 { $id } 已标记为已答复。
qstatus-open = 未结
qstatus-answered = 已答复
qsection-report = 整份报告
qsection-summary = 内容提要
qsection-moves = 状态发生变化的指标
qsection-goals = 战略目标
qsection-priorities = 专题优先事项和推动因素
qsection-finance = 财务
qsection-operations = 业务执行
qsection-risks = 风险
qsection-breakdowns = 按性别和区域分列
qsection-data-quality = 数据质量
qsection-annex = 附件：状态规则和阈值
qsection-sheets = 附件：指标参考表

## Year against year (the comparison page)

yoy-title = 比较 { $a } 和 { $b }
yoy-heading = 逐年比较
yoy-filters = 年份和筛选条件
yoy-year-a = 年份 A
yoy-year-b = 年份 B
yoy-goal = 目标
yoy-all = 全部
yoy-priority = 优先事项或推动因素
yoy-unit = 单位
yoy-move = 状态变化
yoy-any = 任何
yoy-submit = 比较
yoy-moves-h = 从 { $a } 到 { $b } 的状态变化
yoy-moves-note = 状态的顺序为：偏离轨道、存在风险、进展顺利、已实现。沿此顺序上移为改善，下移为恶化。某一年没有数据的指标为新获评级或不再评级。
yoy-indicators-h = 指标
yoy-region = { $a } 年和 { $b } 年的指标
yoy-caption = { $a } 年和 { $b } 年的指标：符合这些筛选条件的有 { $count } 个
yoy-col-indicator = 指标
yoy-col-actual = { $year } 年实际值
yoy-col-change = 变化
yoy-col-progress = { $year } 年进度
yoy-col-status = { $year } 年状态
yoy-col-move = 变化方向
yoy-none = 没有符合这些筛选条件的指标。
yoy-nodes-scoped = 范围内的成果节点
yoy-nodes-top = 目标、专题优先事项和推动因素
yoy-nodes-region = { $a } 年和 { $b } 年的汇总
yoy-nodes-caption = { $a } 年和 { $b } 年各节点指标的平均进度（每项限定在 0–100 %）
yoy-col-node = 节点
yoy-col-level = 层级
yoy-col-mean = { $year } 年平均进度
move-improved = 改善
move-worsened = 恶化
move-unchanged = 不变
move-newly_rated = 新获评级
move-no_longer_rated = 不再评级

## Plan cycle: a plan beside its predecessor

plancycle-title = { $plan } 与其前一计划对照
plancycle-heading = 计划周期 — { $plan }（{ $period }）
plancycle-heading-beside = 计划周期 — { $plan }（{ $period }）与 { $predecessor }（{ $predecessor_period }）对照
plancycle-intro = 根据 { $plan } 各指标的前身链接生成。
plancycle-def-carried_over = 同一衡量标准，两个时期为一个序列。
plancycle-def-redefined = 同一意图的另一衡量标准，其数值为单独的序列。
plancycle-def-new = 没有前身（或前身仅供参考）。
plancycle-def-dropped = { $predecessor } 中没有任何 { $plan } 指标延续或重新定义的指标。
plancycle-filters = 筛选条件
plancycle-class = 类别
plancycle-all = 全部
plancycle-goal = 目标、优先事项或推动因素
plancycle-show = 显示
plancycle-classes-h = 按类别列出的指标
plancycle-indicators-h = 指标
plancycle-region = 两个计划的指标
plancycle-caption = { $plan } 的指标及其前身：符合这些筛选条件的有 { $count } 个
plancycle-col-in = 在 { $plan } 中
plancycle-col-unit = 计量单位
plancycle-col-predecessor = 前身
plancycle-col-changed = 变化内容
plancycle-for-reference = 仅供参考
plancycle-nothing = 无
plancycle-none = 没有符合这些筛选条件的指标。
plancycle-nodes-h = 成果节点
plancycle-nodes-note = 成果节点没有前身链接：按代码匹配，因此代码同时存在于两个计划中的节点只列出一次，并附两个名称。
plancycle-nodes-region = 两个计划的成果节点
plancycle-nodes-caption = { $plan } 和 { $predecessor } 的成果节点，按代码匹配
plancycle-col-node = 节点
plancycle-col-level = 层级
plancycle-col-name-in = 在 { $plan } 中的名称
plancycle-definition-reworded = 定义已改写
plancycle-dropped-goal = { $code } — { $name }（已删除）
class-carried_over = 延续
class-redefined = 重新定义
class-new = 新增
class-dropped = 删除
nodeclass-in_both = 两个计划均有
nodeclass-new = 新增
nodeclass-dropped = 删除

## Users, API tokens and the audit log

users-title = 用户
users-heading = 用户和 API 令牌
users-one-time = 一次性密码，用户：
users-one-time-note = 仅显示一次；用户首次登录时必须更改。
users-new-token = 新令牌（仅显示一次）：
users-find-label = 查找用户
users-contains = 电子邮件或姓名包含
users-role = 角色
users-any = 任何
users-find = 查找
users-caption = 用户 — 共 { $count } 个
users-email = 电子邮件
users-name = 名称
users-unit = 单位
users-active = 启用
users-actions = 操作
users-yes = 是
users-no = 否
users-disable = 停用
users-enable = 启用
users-reset = 重置密码
users-add-h = 添加用户
users-display-name = 显示名称
users-role-planner = 规划人员（局 / 秘书处）
users-role-reviewer = 审阅人（理事会成员）
users-role-admin = 管理员（秘书长办公室）
users-org-unit = 组织单位（规划人员）
users-none = 无
users-add = 添加用户
users-tokens-h = 您的 API 令牌
users-tokens-caption = 用于脚本的令牌（以 Authorization: Bearer 发送）
users-starts = 开头为
users-created = 创建时间
users-expires = 到期时间
users-revoked = 撤销时间
users-never = 永不
users-revoke = 撤销
users-token-name = 令牌名称
users-token-days = 有效天数（留空：永不到期）
users-token-create = 创建令牌
users-created-user = 已创建 { $email }
users-enabled = 用户已启用。
users-disabled = 用户已停用。
users-token-revoked = 令牌已撤销。
audit-title = 审计日志
audit-filters = 筛选审计日志
audit-user = 用户（电子邮件）
audit-type = 记录类型
audit-any = 任何
audit-id = 记录编号或代码
audit-from = 起始日期
audit-to = 截止日期（含）
audit-filter = 筛选
audit-entries = 审计条目
audit-caption = { $count ->
   *[other] { $count } 条记录
}，最新的在前 — 第 { $page } 页，共 { $pages } 页
audit-when = 时间（UTC）
audit-who = 人员
audit-action = 操作
audit-record = 记录
audit-reason = 原因
audit-change = 更改
audit-before-after = 更改前后
audit-before = 更改前
audit-after = 更改后
audit-created = 已创建
audit-deleted = 已删除

## Risk register and one risk

risks-title = 风险
risks-heading = 风险登记册 — { $plan }
risks-intro = 分值 = 可能性 × 影响，各为 1 至 5；最严重的风险排在前面。等级：低（1-4）、中（5-9）、高（10-14）、严重（15-25）。未关闭的风险若上次审查距今超过 { $days } 天（六个月），即为审查逾期。
risks-filters = 筛选风险
risks-status = 状态
risks-any = 任何
risks-category = 类别
risks-owner = 负责单位
risks-threatens-node = 威胁（节点）
risks-filter = 筛选
risks-matrix-h = 可能性 × 影响
risks-matrix-note = 筛选出的 { $count } 个风险在各单元格中的数量；每个单元格都标明其等级，因此不依赖颜色也能读懂矩阵。
risks-overdue-count = 审查逾期（{ $count } 个）：
risks-matrix-label = 风险矩阵
risks-matrix-caption = 按可能性（行）和影响（列）列出的风险数量
risks-likelihood-impact = 可能性 \ 影响
risks-bands-caption = 按等级列出的风险
risks-band = 等级
risks-scores = 分值
risks-caption = { $plan } 的风险，按分值排列 — 共 { $count } 个
risks-col-risk = 风险
risks-likelihood = 可能性
risks-impact = 影响
risks-score = 分值
risks-threatens = 威胁
risks-reviewed = 审查日期
risks-mitigation = 缓解措施
risks-update-link = 更新
risks-review-overdue = 审查逾期
risks-none = { $plan } 中没有匹配的风险。
risks-add-h = 添加风险
risks-code = 代码
risks-title-field = 标题
risks-description = 说明
risks-likelihood-field = 可能性（1 至 5）
risks-impact-field = 影响（1 至 5）
risks-nodes-field = 威胁（节点代码，以逗号分隔）
risks-add = 添加该风险
risks-update-h = 更新本单位的风险
risks-update-note = 您可以更改状态、缓解措施和上次审查日期。如果自本页显示以来有他人更改了该风险，则不会保存任何内容，并会告知您。
risks-score-of = 分值 { $score }
risks-reviewed-on = 审查日期
risks-save = 保存 { $code }
risks-risk = 风险 { $code }
risks-back = { $plan } 的风险登记册
risks-product = 可能性 { $likelihood } × 影响 { $impact }
risks-last-reviewed = 上次审查
risks-overdue-days = 已超过 { $days } 天
risks-no-node = 无成果节点
risks-close = 关闭 { $code }
risks-links-h = 它威胁的成果节点
risks-unlink = 删除与 { $node } 的关联
risks-link-node = 关联到节点
risks-link = 关联
risks-edit-h = 编辑 { $code }
risks-edit-note = 如果自本页显示以来有他人更改了该风险，则不会保存任何内容，并会告知您。
risks-follow = 请在以下位置跟进该风险（状态、缓解措施、审查日期）：
risks-follow-link = 本单位的更新表单。
risks-updated = 风险 { $code } 已更新。
risks-added = 风险 { $code } 已添加（分值 { $score }）。
risks-updated-score = 风险 { $code } 已更新（分值 { $score }）。
risks-closed = 风险 { $code } 已关闭。
risks-linked = 风险 { $code } 现已关联到 { $node }。
risks-unlinked = 风险 { $code } 已不再关联到 { $node }。
riskstatus-open = 未结
riskstatus-mitigating = 缓解中
riskstatus-closed = 已关闭
riskcat-strategic = 战略
riskcat-financial = 财务
riskcat-operational = 业务
riskcat-reputational = 声誉
riskcat-compliance = 合规
riskcat-security = 安全
band-low = 低
band-medium = 中
band-high = 高
band-critical = 严重

## Operational plans and their items

ops-title = 业务 { $year }
ops-heading = 业务计划，{ $year } 年
ops-intro = 预算以千瑞士法郎计。某一项目的执行率为已交付 ÷ 计划；某一单位的执行率为其各项目的平均值，每项最高计为 100 %，不计已取消的项目和没有任何计划的项目。
ops-per-unit = 各单位执行情况
ops-per-unit-caption = 各单位执行情况，{ $year } 年开始的业务计划
ops-unit = 单位
ops-plan = 业务计划
ops-status = 状态
ops-budget = 预算
ops-items = 项目
ops-counted = 计入
ops-in-full = 全部交付
ops-cancelled = 已取消
ops-rate = 执行率
ops-no-plan = { $plan } 没有在 { $year } 年开始的业务计划。
ops-filters = 筛选项目
ops-any = 任何
ops-output-code = 产出（代码）
ops-filter = 筛选
ops-items-caption = { $year } 年开始的业务计划的项目 — 共 { $count } 个
ops-item = 项目
ops-output = 产出
ops-run-by = 执行单位
ops-planned = 计划
ops-delivered = 已交付
ops-update = 更新执行情况
ops-delivered-of = { $code } 的已交付数量（{ $measure }）
ops-status-of = { $code } 的状态
ops-save = 保存
ops-none = 没有匹配的项目。
ops-updated = 项目 { $code } 已更新。
opplan-draft = 草案
opplan-approved = 已核准
itemstatus-planned = 已计划
itemstatus-in_progress = 进行中
itemstatus-delivered = 已交付
itemstatus-delayed = 延迟
itemstatus-cancelled = 已取消

## Framework revisions

fwrev-title = 框架修订
fwrev-heading = 框架修订 — { $plan }
fwrev-intro = 在已有数值之后对基线、目标、里程碑、单位或方向所作的每一项更改，以及其所依据的决定。修订自决定之日起生效：每一年都按其 12 月 31 日有效的框架进行评估和报告。
fwrev-as-adopted-link = 通过时的框架。
fwrev-filters = 筛选修订
fwrev-indicator-code = 指标代码
fwrev-field = 字段
fwrev-reason = 原因
fwrev-any = 任何
fwrev-filter = 筛选
fwrev-list = 修订
fwrev-caption = { $plan } 的修订，最近的决定在前 — 共 { $count } 项
fwrev-indicator = 指标
fwrev-before = 修订前
fwrev-after = 修订后
fwrev-adopted = 通过时
fwrev-decided = 决定日期
fwrev-by = 决定机构
fwrev-reference = 参考
fwrev-justification = 理由
fwrev-none = { $plan } 中没有匹配的修订。
reason-methodology = 方法
reason-data_availability = 数据可得性
reason-mandate_change = 任务授权变化
reason-error_correction = 纠正错误
reason-external_shock = 外部冲击
reason-other = 其他

## Reports to Council and one report run

reports-title = 报告
reports-heading = 提交理事会的报告
reports-intro = 冻结的运行会保留其所依据的数据和每个文件的校验和，因此提交理事会的报告可以逐字节重建。
reports-reviewers-see = 理事会审阅人在运行发布后即可看到。
reports-for = { $plan } { $year } 年报告
reports-preview = 下载预览（zip，未冻结）
reports-published-only = 理事会成员只能看到已发布的报告：秘书长办公室一旦发布 { $year } 年报告，即在下方列出。
reports-iati = 以 IATI 2.03 文件提供的成果（XML，仅限已核准的数值）：
reports-iati-year = { $year } 年的 IATI 文件
reports-iati-all = { $plan } 各年的 IATI 文件
reports-plan = 计划
reports-year = 年份
reports-symbol = 理事会文件文号（可选）
reports-symbol-hint = 显示在 report.pdf 的封面上；留空时，封面会注明尚未给出。
reports-session = 理事会会议（可选）
reports-freeze = 冻结运行
reports-assessment-h = { $plan } 的四年评估
reports-assessment-intro = 提交全权代表大会的期末报告：计划各年并列、期末各项具体目标和目标的实现情况、期内各目标的费用、重述以及对尚未完成事项的预测。它涵盖计划直至有已核准数值的最近一年，并在下方作为“评估”类运行列出。
reports-assessment-once-frozen = 冻结后即列出。
reports-freeze-assessment = 冻结四年评估
reports-runs = 运行
reports-published = 已发布的报告
reports-none = 尚无报告运行。
reports-runs-caption = 报告运行，最新的在前
reports-run = 运行
reports-kind = 类型
reports-status = 状态
reports-frozen = 冻结时间
reports-published-col = 发布时间
reports-snapshot = 快照
reports-files = 文件
reports-kind-annual = 年度报告
reports-kind-assessment = 四年评估
reports-up-to = 截至 { $year } 年
reports-publish = 发布
reports-all-files = { $count ->
   *[other] 全部 { $count } 个文件
}
reports-frozen-annual = { $year } 年的报告运行 { $id } 已冻结。发布后理事会即可看到。
reports-frozen-assessment = 四年评估运行 { $id }（截至 { $year } 年）已冻结。发布后理事会即可看到。
reports-no-plan = 不存在计划 { $plan }。
reports-published-flash = 报告运行 { $id } 已向理事会发布。
reports-csv-headings = 每个 CSV 表格以一行报告语言的列名开头
reports-csv-headings-hint = 位于每个 CSV 文件都保留的稳定列代码之上，供在电子表格中打开表格的人员使用；程序读取此类文件时跳过第一行即可。不勾选时，CSV 文件只有代码。
runstatus-frozen = 已冻结
runstatus-published = 已发布
run-title = 报告运行 { $id }
run-back = 提交理事会的年度报告
run-heading = 报告运行 { $id }：{ $plan }，{ $year } 年
run-not-yet = 尚未发布
run-zip = { $count ->
   *[other] 全部 { $count } 个文件（zip）
}
run-ask-once-published = 此运行发布后，理事会成员即可就其提问。
run-restated-h = 本报告之后的重述
run-no-restatements = 自 { $at } 冻结以来，此运行中报告的数字均未改变：{ $year } 年的数值没有修订或迟延核准，也没有记录框架修订。
run-restatements-intro = 此运行于 { $at } 冻结之后的变化：此后修订的（报告的数字 → 现在核准的数字）或迟延核准的 { $year } 年数值，以及此后记录的框架修订。
run-next-lists = { $next } 年的报告在“对去年所报数字的重述”一节中列出这些变化。
run-next-will-list = 此运行发布后，{ $next } 年的报告将在“对去年所报数字的重述”一节中列出这些变化。
run-values-h = { $year } 年的数值
run-values-caption = 报告之后发生变化的 { $year } 年数值
run-indicator = 指标
run-change = 变化
run-reported = 报告值
run-now = 现值
run-quality = 质量
run-who-when = 人员和时间
run-why = 原因
run-headline = 总体数值
run-entered-by = 录入人
run-approved-by = 核准人
run-revisions-h = 框架修订
run-revisions-caption = 报告之后修订的目标、基线和里程碑
run-field = 字段
run-before = 修订前
run-after = 修订后
run-decision = 决定
run-in-force = 适用于 { $year } 年
run-decided = 决定于 { $day }
run-yes = 是
run-decided-after = 否：在 { $year } 年之后决定
restate-late = 迟延数值
restate-revised = 已修订

## One report run in several languages: the freeze form's languages and each language's files on the run's page
runlang-legend = 报告语言
runlang-hint = 每种勾选的语言都根据同一份冻结数据编写。第一种勾选的语言位于此运行的根目录，其他每种语言位于以其代码命名的文件夹中。
runlang-heading = 语言
runlang-root = 位于此运行的根目录
runlang-folder = 位于文件夹 { $folder }
runlang-zip = { $count ->
   *[other] 全部 { $count } 个文件（zip）
}
runlang-tables = 表格（CSV）

## The run's page: whether its CSV tables start with a row of names (issue 17.4)

run-csv-headings = CSV 表格
run-csv-headings-yes = 每个表格第一行是报告语言的列名，其下是列代码
run-csv-headings-no = 只有列代码，没有报告语言的列名行

## Notices

notices-title = 通知
notices-show-all = 显示所有通知
notices-show-unread = 仅显示未读通知
notices-none = 您没有任何通知。
notices-none-unread = 您没有未读通知。
notices-mark-all = 全部标为已读
notices-list = { $count } 条通知，最新的在前
notices-count = { $count } 条通知
notices-new = 新
notices-open = 打开
notices-mark-read = 标为已读
notices-pages = 您的通知页面
notices-marked-one = 已将该通知标为已读
notices-marked = 已将 { $count } 条通知标为已读
notice-submitted = 已提交
notice-returned = 已退回
notice-approved = 已核准
notice-overdue = 逾期
notice-assigned = 已分派
# A notice's text, stored as a message and its arguments (names, codes and notes as they are)
notice-text-submitted = { $by } 已将 { $unit } 的值 { $value }（{ $indicator }）提交核准。
notice-text-returned = { $by } 已退回值 { $value }（{ $indicator }）：{ $note }
notice-text-approved = { $by } 已核准值 { $value }（{ $indicator }）。
notice-text-bulk = { $by } 已将 { $unit } 的 { $count } 个值提交核准。
notice-text-bulk-import = 一次导入已将 { $unit } 的 { $count } 个值提交核准。
notice-text-overdue = { $unit } 未按时报送 { $plan } { $year } 年的数据：截止日期 { $due }，{ $missing } 个指标没有已提交的值。
notice-text-assigned = { $by } 已将理事会问题 { $id }“{ $title }”（关于 { $subject }）分派给 { $unit } 答复。

## Pages in the reader's language: the finance chart, period labels, the status rule's reasons (issue 17.1, 17.3)

fin-chart-title = 按单位和类别的计划与实际对比
fin-chart-subtitle = 所示各行，单位：千瑞士法郎；括号内为执行率。
fin-chart-axis = 千瑞士法郎
fin-chart-empty = 没有与筛选条件匹配的财务计划行。
fin-chart-no-actual = 尚无实际数
fin-chart-row = { $label }：计划 { $plan }，实际 { $actual }
fin-chart-separator = {"；"}
fin-chart-alt = 按单位和类别的计划金额与实际金额条形图，单位：千瑞士法郎。{ $rows }。

quarter-of-year = { $year }年第{ $n }季度

## Framework text in other languages: the "in English" mark and the office's form (/translations/…)

translation-in-english = 英文
translation-title = { $what }的译文
translation-intro = 框架文本的其他正式语文版本。英文为该条目的原文；留空的文本以英文显示，并标注“英文”。
translation-english = 英文（条目原文）
translation-name = 名称
translation-definition = 定义或说明
translation-provenance = 来源类别
translation-source = 文本出处
translation-save = 保存译文
translation-saved = 译文已保存。
translation-edit = 编辑译文
translation-cancel = 取消

## The framework explorer (/framework) and its tree

fwk-title = 框架 { $year }
fwk-heading = 成果框架
fwk-workbook-link = 以工作簿或 CSV 文件形式获取整个框架
fwk-mandates-link = 计划所依据的授权
fwk-cycle-link = 本计划与上一计划对照：沿用、重新定义、新增和删除的指标
fwk-edit-h = 编辑框架
fwk-add-node = 添加成果节点
fwk-add-indicator = 添加指标
fwk-node = 节点
fwk-edit-node = 编辑或停用此节点
fwk-filters = 筛选框架
fwk-unit = 单位
fwk-all = 全部
fwk-status = 状态
fwk-search = 指标代码或名称
fwk-filter = 筛选
fwk-as-of-form = 显示某日的框架
fwk-as-of = 框架日期
fwk-as-of-placeholder = adopted 或 YYYY-MM-DD
fwk-show = 显示
fwk-as-adopted = 通过时的版本
fwk-as-revised = 修订后的版本（现行）
fwk-every-revision = 全部修订
fwk-as-of-note-adopted = 基线和目标按通过时的版本显示；{ $year } 年的状态按 { $year } 年 12 月 31 日有效的框架评估。
fwk-as-of-note-day = 基线和目标按 { $day } 的版本显示；{ $year } 年的状态按 { $year } 年 12 月 31 日有效的框架评估。
fwk-nothing-revised = 此后没有任何修订。
fwk-changed-label = 此后的变更
fwk-changed-since-adoption = 通过以来的变更
fwk-changed-since-day = { $day } 以来的变更
fwk-indicator = 指标
fwk-field = 字段
fwk-then = 当时
fwk-now = 现在
fwk-decisions = 决定
fwk-found-label = 找到的指标
fwk-found-caption = 代码或名称包含“{ $search }”的指标 — 共找到 { $count } 个
fwk-owner = 负责单位
fwk-status-year = { $year } 年状态
fwk-found-pages = 找到的指标的分页
fwk-found-page = 指标 { $count } 个 — 第 { $page } 页，共 { $pages } 页
fwk-whole = 显示整个框架
fwk-prev = 上一页
fwk-next = 下一页
fwk-illustrative = 示例
fwk-cost = 费用 { $amount } 千瑞士法郎
fwk-open = 打开 { $code }：
fwk-indicators-on = { $code } 的指标
fwk-baseline = 基线
fwk-expected = 预期
fwk-actual = 实际
fwk-target = 目标
fwk-bar-part = { $status } { $count }
fwk-list-separator = {"，"}
fwk-no-indicator = 无指标

## A result node's page (/framework/{code})

nodep-what = 计划 { $plan } 的“{ $level }”
nodep-under = 上级
nodep-owner = 负责单位：{ $unit }
nodep-in-tree = 在框架树中查看
nodep-links-h = 贡献关联
nodep-contributes-to = { $code } 贡献于：
nodep-contributing = 贡献于 { $code } 的：
nodep-weight = 权重
nodep-no-weight = 无权重
nodep-cost-h = { $year } 年费用
nodep-cost = { $code } 在 { $year } 年的费用：
nodep-chf-k = 千瑞士法郎
nodep-basis-allocations = 依据分配给它及其下级节点的拨款。
nodep-basis-contributions = 依据通过贡献关联 × 权重转给它的拨款。
nodep-same-figure = 与财务页面、费用 API 和年度报告中的数字相同。
nodep-by-unit-label = { $code } 按单位的费用
nodep-by-unit-caption = { $code } 在 { $year } 年的费用，按支付其预算的组织单位
nodep-unit = 单位
nodep-cost-col = 费用
nodep-share = 占比
nodep-allocations = { $year } 年拨款
nodep-outside = { $year } 年不在计划 { $plan } 的期间内：请选择其中一年查看费用。

## An indicator's page (/indicators/{code})

indp-in-year = （{ $year } 年）
indp-illustrative = 示例数字
indp-enter = 输入或更正数值
indp-edit = 编辑此指标及其里程碑和授权
indp-as-of-note-adopted = 基线、目标、单位、方向和里程碑按通过时的版本显示。{ $year } 年按 { $year } 年 12 月 31 日有效的框架评估。
indp-as-of-note-day = 基线、目标、单位、方向和里程碑按 { $day } 的版本显示。{ $year } 年按 { $year } 年 12 月 31 日有效的框架评估。
indp-definition-h = 定义
indp-metadata = 元数据
indp-node = 成果节点
indp-owner = 负责单位
indp-definition = 定义
indp-unit = 单位
indp-direction = 方向
indp-aggregation = 跨时间汇总
indp-baseline = 基线
indp-end-target = 最终目标
indp-expected = 本年预期
indp-actual = 实际
indp-stale = 过时
indp-progress = 进展
indp-data-source = 数据来源
indp-frequency = 频率
indp-sdg = 可持续发展目标具体目标
indp-wsis = 信息社会世界峰会行动方针
indp-provenance = 出处
indp-trajectory-h = 轨迹
indp-likely = 预测：目标很可能实现。
indp-unlikely = 预测：目标不太可能实现。
indp-too-early = 预测：现在判断为时过早。
indp-projected = { $year } 年为 { $value }，依据通过基线和 { $count } 个已批准年度数值的最小二乘直线（图中虚线，自 { $from } 年起）。
indp-not-projected = 未作预测：
indp-path-caption = 基线、里程碑、目标、预期路径和已批准的实际值
indp-year = 年份
indp-reference = 参考值
indp-kind = 类型
indp-approved-actual = 已批准的实际值
indp-kind-baseline = 基线
indp-kind-milestone = 里程碑
indp-kind-target = 目标
indp-previous-h = 上一计划周期
indp-carries-over = { $code } 沿用计划 { $plan } 的 { $earlier }：其已批准数值延续这一序列，并画在同一条线上。
indp-does-not-continue = { $code } 不延续计划 { $plan } 的 { $earlier }：这是不同的衡量标准，因此其数值不属于这一序列，也不画在图中。
indp-both-label = { $code } 在两个计划期间的已批准数值
indp-both-caption = { $code } 在两个计划期间的已批准数值：{ $earlier_plan }（作为 { $earlier }）和 { $plan }，单位：{ $unit }
indp-plan-period = 计划期间
indp-approved-value = 已批准数值
indp-quality = 质量
indp-no-approved = 两个期间都还没有已批准的数值。
indp-approved-of = { $code } 的已批准数值
indp-separate-series = {"，单独的序列"}
indp-earlier-caption = { $code } 的已批准数值（{ $plan }，{ $relation }，单位：{ $unit }）
relation-carried_over = 沿用
relation-redefined = 重新定义
relation-new = 新增
indp-value = 数值
indp-values-h = 数值
indp-values-caption = { $code } 的全部数值及其状态
indp-approved-only = （仅已批准的数值）
indp-period = 期间
indp-breakdown = 分类
indp-state = 状态
indp-rev = 修订
indp-narrative = 说明
indp-evidence = 证据
indp-review-note = 审查意见：
indp-link = 链接
indp-revisions-h = 修订
indp-no-revision = 通过以来没有修订。
indp-revision-counts = 修订自决定之日起生效：{ $year } 年按 { $year } 年 12 月 31 日有效的框架评估。
indp-show-adopted = 显示通过时的版本。
indp-adopted-revised = 通过时与修订后
indp-as-revised = 修订后
indp-every-revision = { $code } 的全部修订及其决定
indp-sheet-h = 参考说明
indp-no-sheet = 尚无参考说明。
indp-printable-sheet = 可打印的参考说明
indp-edit-sheet = 编辑参考说明
indp-audit-h = 审计记录
indp-audit-caption = 此指标及其数值的变更
indp-when = 时间（UTC）
indp-who = 人员
indp-what = 操作
indp-record = 记录

## Reference sheets: the parts' headings

sheets-rationale = 依据
sheets-method = 计算方法
sheets-disaggregation = 分类
sheets-limitations = 局限
sheets-quality-assurance = 质量保证
sheets-target-rationale = 目标依据

## Words of an indicator's definition: unit, direction, aggregation over time

iunit-percent = 百分比
iunit-count = 数量
iunit-chf = 瑞士法郎
iunit-ratio = 比率
iunit-yes_no = 是或否
iunit-index = 指数
direction-increase = 上升
direction-decrease = 下降
direction-maintain = 保持
aggregation-latest = 最新值
aggregation-sum = 合计
aggregation-mean = 平均
aggregation-ratio = 比率
state-superseded = 已被取代
sheets-title = { $code } 参考说明
sheets-kicker = 指标参考说明 · 计划 { $plan }
sheets-result = 成果：
sheets-back = 返回指标
sheets-print = 使用浏览器的打印命令打印或另存为 PDF。
sheets-indicator-h = 指标
sheets-edit-title = 编辑 { $code } 参考说明
sheets-edit-heading = { $code } 的参考说明
sheets-edit-intro = 这些文字解释指标；修改它们不属于框架修订。留空某一部分即删除该部分。这些文字以英文撰写。
sheets-save = 保存参考说明
sheets-cancel = 取消
sheets-saved = 已保存 { $code } 的参考说明
sheets-not-saved = 参考说明未保存：

## The plans (/plans): adopt, close, clone

plans-title = 计划
plans-heading = 战略计划
plans-intro = 计划先起草，再通过，最后结束。通过计划需要每个指标都有最终目标和基线。结束计划会锁定计划的所有年份，其任何数值都不再改变（仍需更正数值的单位需要锁定例外）。“复制为下一计划”为下一期间创建草案：复制节点、加权关联和指标，每个指标沿用旧指标，基线根据最新已批准数值提出，目标和里程碑留空。
plans-caption = 全部计划，最新的在前
plans-plan = 计划
plans-period = 期间
plans-status = 状态
plans-resolution = 决议
plans-follows = 前一计划
plans-followed-by = 后一计划
plans-compare = 比较两个框架
plans-steps-h = 通过、结束或复制
plans-adopt = 通过 { $code }
plans-adopted-by = 通过依据（决定）
plans-close-label = 结束 { $code }
plans-close-why = 结束原因（记入每一年的锁定）
plans-close = 结束 { $code } 并锁定其年份
plans-clone-label = 将 { $code } 复制为下一计划
plans-clone = 复制为下一计划（{ $years }）
plans-followed = { $next } 已在 { $code } 之后。
plans-adopted = 已通过计划 { $code }。
plans-not-adopted = 计划 { $code } 未通过
plans-closed = 已结束计划 { $code }：已锁定 { $years }。
plans-closed-none = 已结束计划 { $code }：所有年份此前均已锁定。
plans-not-closed = 计划 { $code } 未结束
plans-cloned = 已根据 { $from } 创建计划草案 { $code }：节点 { $nodes } 个，关联 { $links } 个，沿用指标 { $indicators } 个，根据已批准数值提出的基线 { $baselines } 个。
plans-kept-baseline = { $count } 个没有已批准数值的指标保留了原基线。
plans-cloned-then = 请在通过之前设定目标和里程碑。
plans-not-cloned = 计划 { $code } 未复制
pstatus-draft = 草案
pstatus-adopted = 已通过
pstatus-closed = 已结束

## Finance (/finance): the financial plan, execution, bienniums, allocations and cost

fin-title = 财务 { $year }
fin-heading = 财务
fin-intro = 金额单位为千瑞士法郎。执行率 = 实际 ÷ 计划。
fin-plan-h = 财务规划与执行
fin-flags-note = 执行率高于 100 % 或低于计划的 { $low } 时以文字标明。
fin-allocations-link = 各单位预算对成果的分配见拨款页面。
fin-record-note = 在最后一列记录或更正本单位的实际执行数；如果此页面显示后有他人修改过，则不保存任何内容并会告知您。
fin-line-note = 作为办公室，您还可以修改某一行的计划金额（数字用小数点，例如 1234.5）。
fin-filters = 筛选财务规划
fin-biennium = 两年期
fin-any = 全部
fin-year = 年份
fin-unit = 单位
fin-kind = 类别
fin-category = 科目
fin-filter = 筛选
fin-subtotals-h = 按单位和类别的小计
fin-chart-caption = 所示各行的计划与实际；相同数字见下表。
fin-subtotals-caption = 所示各行按单位和类别的计划、实际和执行率
fin-plan = 计划
fin-actual = 实际
fin-rate = 执行率
fin-flag = 标记
fin-flag-above = 高于 100 %
fin-flag-low = 低于 { $low }
fin-no-match = 没有符合筛选条件的行或实际数。
fin-lines-h = 行
fin-lines-note = 显示 { $count } 行（一行计划、其实际数或两者），每个两年期一张表。
fin-biennium-label = 两年期 { $biennium }
fin-biennium-caption = 两年期 { $biennium }：按年份、单位、类别和科目的计划与实际
fin-change-plan = 修改计划
fin-record-actual = 记录实际
fin-change = 修改
fin-update = 更新
fin-record = 记录
fin-total = 合计 { $kind } { $biennium }
fin-no-line = { $plan } 尚无财务规划行。
fin-balance-h = 两年期合计
fin-balance-label = 各两年期的核对
fin-balance-caption = 各两年期的行与为其通过的合计数（第 5 号决定）相比及相互比较（差额 = 计算值 − 参考值）
fin-check = 核对
fin-computed = 计算值
fin-against = 对照
fin-reference = 参考值
fin-difference = 差额
fin-reconciled-col = 已核对
fin-yes = 是
fin-no = 否
fin-not-set = 未设定
fin-alloc-h = 对成果的拨款，{ $year }
fin-alloc-label = 拨款与预算对照
fin-alloc-caption = 各单位在 { $year } 年分配给产出、专题优先事项和促进因素的金额与其支出预算对照（差额 = 计算值 − 参考值）
fin-no-budget = { $year } 年没有预算或拨款。
fin-cost-h = 按目标和专题优先事项的费用，{ $year }
fin-cost-goal-label = 各目标的费用
fin-cost-goal-caption = 各目标（通过贡献关联）及促进因素的费用，{ $year }
fin-code = 代码
fin-goal = 目标
fin-cost = 费用
fin-share = 占拨款比例
fin-cost-tp-label = 各专题优先事项的费用
fin-cost-tp-caption = 各专题优先事项的费用，{ $year }
fin-tp = 专题优先事项
fin-totals = 合计
fin-totals-year = 合计，{ $year }：
fin-reconciled = 与财务规划一致
fin-not-reconciled = 与财务规划不一致
fin-total-goals = 目标
fin-total-priorities = 专题优先事项
fin-total-enablers = 促进因素
fin-total-unattributed = 未归属任何目标
fin-total-allocated = 全部拨款
fin-total-budget = 支出预算
fin-total-difference = （目标 + 促进因素）− 预算
fin-add-line-h = 向财务规划添加一行
fin-add-line = 添加该行
fin-add-actual-h = 记录实际数
fin-add-actual = 记录该实际数
fin-add-line-note = 金额单位为千瑞士法郎，数字用小数点（例如 1234.5）。科目必须属于该类别；同一年份、单位、类别和科目只能有一行。
fin-add-actual-note = 金额单位为千瑞士法郎，数字用小数点（例如 1234.5）。科目必须属于该类别；同一年份、单位、类别和科目只能有一个实际数。
fin-amount = 金额（千瑞士法郎）
fin-description = 说明（可选）
fkind-revenue = 收入
fkind-expense = 支出
fcat-assessed_contributions = 摊款
fcat-cost_recovery = 费用回收
fcat-interest_and_other = 利息及其他
fcat-reserve_account = 储备金账户
fcat-staff = 人员
fcat-non_staff = 非人员

## Allocations to results (/finance/allocations)

allocs-title = 拨款 { $year }
allocs-heading = 对成果的拨款
allocs-intro = 财务规划中各单位的支出预算，分配给其产出、专题优先事项和促进因素。金额单位为千瑞士法郎。每个成果节点的费用通过贡献权重由这些拨款得出（见节点页面）。
allocs-back = 返回财务
allocs-outside = { $year } 年不在计划 { $plan } 的期间内：请选择其中一年。
allocs-units-h = 各单位的预算和拨款，{ $year }
allocs-units-label = 各单位的预算和拨款
allocs-units-caption = 各单位支出预算与拨款对照，{ $year }
allocs-budget = 预算
allocs-allocated = 已分配
allocs-remainder = 余额
allocs-shown-below = 见下方
allocs-edit-note = 为每个节点输入金额（数字用小数点，例如 1234.5；留空即删除该拨款）并保存：所有行全部保存或全部不保存。超出预算的合计将被拒绝。
allocs-over = 超出预算 { $amount }
allocs-nan = { $field } 中不是数字
allocs-of = { $unit } 的拨款
allocs-sheet-caption = { $unit } 在 { $year } 年分配给各产出、专题优先事项和促进因素的金额
allocs-level = 层级
allocs-name = 名称
allocs-amount = 金额
allocs-amount-label = { $unit } 分配给 { $node } 的金额（千瑞士法郎）
allocs-save = 保存 { $unit } 的拨款
allocs-unchanged = { $unit } 在 { $year } 年的拨款已与所提交的一致：没有变化。
allocs-saved = 已保存 { $unit } 在 { $year } 年的拨款（更改 { $count } 项）。
allocs-not-saved = { $unit } 在 { $year } 年的拨款未保存：

## Mandates behind the plan (/mandates)

mand-title = 授权
mand-intro = 计划所依据的决议、决定、可持续发展目标具体目标和信息社会世界峰会行动方针，以及 { $plan } 中引用它们的成果节点和指标。办公室在节点或指标的编辑页面上添加和删除关联。
mand-filters = 筛选授权
mand-kind = 类别
mand-search = 代码或标题
mand-label = 授权及引用它们的内容
mand-caption = 授权以及 { $plan } 中引用它们的节点和指标
mand-mandate = 授权
mand-title-col = 标题
mand-nodes = 成果节点
mand-indicators = 指标
mvocab-resolution = 决议
mvocab-decision = 决定
mvocab-sdg = 可持续发展目标
mvocab-wsis = 信息社会世界峰会

## The framework workbook (/framework/workbook)

fwbook-title = 框架工作簿
fwbook-intro = { $plan } 的整个框架（节点、贡献关联及权重、维度、含全部字段的指标、里程碑、授权及其关联、预算拨款、风险、其他语言的名称和定义），每张表一个工作表，列与种子文件相同。
fwbook-download = 下载
fwbook-xlsx = 工作簿（.xlsx），每张表一个工作表
fwbook-zip = 种子文件格式的 CSV 文件（.zip）
fwbook-errors = 工作簿未应用：{ $count } 个问题
fwbook-errors-note = 未保存任何内容。请更正这些单元格后重新上传工作簿。
fwbook-planned = 计划的更改：{ $count }
fwbook-nothing-yet = 尚未保存任何内容。
fwbook-needs-decision = 标为“修订”的更改会改变已有数值的指标的基线、目标、里程碑、单位或方向：它们属于框架修订，需要填写下面的决定。
fwbook-planned-label = 计划的更改
fwbook-caption = 工作簿对 { $plan } 所作的更改
fwbook-sheet = 工作表
fwbook-row = 行
fwbook-key = 键
fwbook-column = 列
fwbook-workbook = 工作簿
fwbook-revision = 修订
fwbook-removed = 已删除
fwbook-revision-mark = 修订
fwbook-apply-h = 应用这些更改
fwbook-upload-h = 上传修改后的工作簿
fwbook-same = 再次上传同一工作簿
fwbook-file = 工作簿（.xlsx）
fwbook-decision = 修订所依据的决定
fwbook-decided-on = 决定日期（YYYY-MM-DD）
fwbook-body = 决定机构
fwbook-apply = 应用更改
fwbook-check = 检查工作簿
fwbook-unchanged = 工作簿未作任何更改：未保存任何内容
fwbook-applied = 已从工作簿应用 { $count } 项更改

## The office's forms of a node and an indicator (/framework/nodes/…, /indicators/…/edit)

nodeform-edit = 编辑节点 { $code }
nodeform-new = 新成果节点
nodeform-back = 返回框架
nodeform-code-hint = 字母、数字、“.”、“-”和“_”，例如 TP-R1.O1.P3；之后不能更改。
nodeform-level-fixed = 固定：如需更改请创建新节点
nodeform-name = 名称（英文）
nodeform-description = 说明（英文）
nodeform-parent = 上级节点
nodeform-top = 无（顶层）
nodeform-parent-hint = 具体目标位于目标之下，成果位于专题优先事项之下，产出位于成果或专题优先事项之下，促进因素位于顶层或另一促进因素之下。
nodeform-owner = 负责的组织单位
nodeform-none = 无
nodeform-kind = 产出类型（仅限产出）
nodeform-sort = 在同级节点中的位置
nodeform-links = 贡献于（目标和具体目标）
nodeform-links-hint = 每一行是此节点所贡献的目标或具体目标及其份额（0 至 1）。份额把节点的费用转给各目标，因此合计必须正好为 1。留空某一行即删除该行。
nodeform-link-to = 目标或具体目标 { $n }
nodeform-share = 份额 { $n }
nodeform-sum = 份额合计为 { $sum }；必须正好为 1。
nodeform-sum-one = 份额合计为 1。
nodeform-sum-bad = 有一个份额不是最多四位小数的数字。
nodeform-save = 保存节点
nodeform-add = 添加节点
nodeform-retire-h = 停用 { $code }
nodeform-retire-note = 停用会从计划中删除该节点及其关联。只要有指标、子节点、预算拨款、业务计划项目或风险依赖于它，停用就会被拒绝；拒绝时会列出它们。
nodeform-retire = 停用节点 { $code }
revfs-legend = 此修订所依据的决定
revfs-note = 已有数值，因此这一更改属于框架修订：通过时的数值仍可与修订后的数值并列查看。
revfs-reference = 决定编号
revfs-reference-hint = 例如理事会第 620 号决定。
revfs-date = 决定日期
mlinks-h = { $code } 所依据的授权
mlinks-none = { $code } 尚未引用任何授权。
mlinks-remove = 删除 { $kind } { $code }
mlinks-add = 添加授权
mlinks-add-link = 添加关联
indform-edit = 编辑指标 { $code }
indform-new = 新指标
indform-back = 返回 { $code }
indform-has-values = 此指标已有数值：更改其基线、目标、里程碑、单位或方向属于框架修订，需要所依据的决定。
indform-code-hint = 字母、数字、“.”、“-”和“_”；之后不能更改。
indform-node = 所衡量的成果节点
indform-aggregation = 一年内的汇总方式
indform-aggregation-hint = 百分比和比率：最新值、平均或比率；数量和瑞士法郎：最新值、合计或平均；指数：最新值或平均；是/否：最新值。
indform-baseline-value = 基线值
indform-baseline-year = 基线年份
indform-target-value = 计划期末目标
indform-target-year = 目标年份
indform-milestones = 年度里程碑（没有则留空该年）
indform-milestone = 里程碑 { $year }
indform-node-owner = 节点的负责单位
indform-key = 关键绩效指标
indform-dims = 分类依据
indform-tags-hint = 用“;”或“,”分隔标签，例如 9.c; 17.8 或 C2, C5。
indform-pred = 前一计划中的前身
indform-pred-code = 该计划中的指标代码
indform-pred-relation = 关系
indform-save-decision = 连同此决定保存
indform-save = 保存指标
indform-add = 添加指标
indform-milestones-h = 里程碑
indform-milestones-note = 计划的每一年一个表单；清空数值即删除里程碑。
indform-save-milestone = 保存 { $year } 年里程碑
freq-annual = 每年
freq-quarterly = 每季度
freq-biennial = 每两年
freq-quadrennial = 每四年

## 系统对被拒字段的说明（数字读取）

num-empty = 为空：请输入数字（用小数点，例如 1234.5）
num-too-precise = `{ $typed }` 的小数位超过 { $places } 位
num-too-large = `{ $typed }` 太大，无法精确存储
num-unit = `{ $typed }` 带有单位符号；不接受单位：只输入数字（{ $number }）
num-separator = `{ $typed }` 中有空格或撇号；不接受千位分隔符：请写 { $instead }
num-separator-plain = `{ $typed }` 中有空格或撇号；不接受千位分隔符：请写带小数点的数字，例如 1234.5
num-comma = `{ $typed }` 中有逗号；不接受小数逗号，也不接受千位分隔符：请写 { $instead }
num-comma-plain = `{ $typed }` 中有逗号；不接受小数逗号，也不接受千位分隔符：请写带小数点的数字，例如 1234.5
num-not-a-number = `{ $typed }` 不是数字（请用带小数点的数字，例如 1234.5）
said-required = 为必填项
said-not-empty = 不得为空
said-not-negative = 不得为负数

## 领域对被拒字段的更多说明：代码、计划年份、单位的数值、标签、层级、修订、请求所指对象、导入文件的标题行和各行

said-code-length = 长度必须为 1 至 40 个字符
said-code-character = 不允许使用 `{ $character }`：请使用字母、数字、`.`、`-` 和 `_`
said-year-outside-plan = { $year } 不在计划 { $plan }（{ $start }-{ $end }）之内
said-baseline-year = { $year } 不能作为计划 { $plan }（{ $start }-{ $end }）的基线年
said-year-too-far = { $year } 离计划 { $plan }（{ $start }-{ $end }）太远
said-percent-outside = { $value } 超出百分比的 0..100 范围
said-count-negative = { $value } 为负数；计数不能为负
said-count-fraction = { $value } 不是整数；计数必须为整数
said-yes-no = { $value } 既不是 0（否）也不是 1（是）
said-value-negative = { $value } 为负数
said-not-a-tag = `{ $tag }` 不是标签（为空，或含有 `;`）
said-not-a-level = `{ $level }` 不是成果层级
said-no-parent = 无上级
said-either = { $first } 或 { $second }
said-parent-level = { $level } 的上级必须是 { $allowed }，而不是 { $parent }
said-revision-nothing = 本请求没有改变任何基线、目标、里程碑、单位或方向
said-revision-needed = 该指标已有数值，因此更改 { $fields } 属于框架修订：请提供 `revision`，包括 decided_on、deciding_body、reference、reason_category 和 justification
said-if-match = 为必填项（或发送 If-Match）
said-if-match-totals = 替换总数时为必填项（或发送 If-Match）
said-own-account = 您不能停用自己的账户
said-say-why = 为必填项：请说明原因
said-plan-no-node = 计划 { $plan } 中没有节点 `{ $code }`
said-no-unit-code = 没有代码为 `{ $code }` 的组织单位
said-not-sortable = `{ $name }` 不是可排序字段
said-no-user = 没有用户 { $id }
said-no-unit = 没有组织单位 `{ $code }`
said-no-plan = 没有计划 `{ $code }`
said-type-a-value = 提交时为必填项：请输入数值
said-select-one = 请至少选择一个数值
said-import-more = { $count ->
   *[other] 从此行起另有 { $count } 个问题未列出：请先改正上面的问题，然后重新导入
}
said-import-not-utf8 = 文件不是 UTF-8 文本（请另存为 CSV UTF-8）
said-import-empty = 文件为空：第一行必须是标题行
said-import-no-rows = 文件有标题行，但没有含数值的行（{ $cells } 均未填写的行会被跳过）
said-import-line-not-utf8 = 不是 UTF-8 文本（请将文件另存为 CSV UTF-8）
said-import-cells = { $cells ->
   *[other] 有 { $cells } 个单元格，标题行有 { $width } 个
}
said-import-no-header = 含有数值，但其所在列没有标题：请在第 1 行为该列命名，或将其清空
said-header-twice = 在标题行中出现两次
said-header-missing = 标题行中缺少此列
said-header-no-plan = 缺少此列：请添加该列，或指定默认计划（?plan= 或 --plan）
said-header-unknown = 不是导入接受的列（列：{ $columns }；或维度：{ $dimensions }；忽略：{ $ignored }）
said-not-found = 未找到{ $what }
said-what-plan = 计划 { $code }
said-what-indicator = 计划 { $plan } 的指标 { $code }
said-what-node = 计划 { $plan } 的节点 { $code }
said-what-risk = 计划 { $plan } 的风险 { $code }
said-what-user = 用户 { $id }
said-what-run = 报告运行 { $id }
said-what-question = 问题 { $id }
said-aggregation-unsuited = `{ $aggregation }` 不适用于单位 `{ $unit }`（{ $why }）：请使用 { $allowed }
said-why-shares = 比例不能相加；ratio 规则通过对各季度的分子和分母分别求和来合并各季度
said-why-amounts = 金额没有可求和的分子和分母
said-why-index = 指数点既不能相加，也没有分子和分母
said-why-yes-no = 是/否答案以最近一次为准；答案的总和或平均值既不是“是”也不是“否”
said-contribute-itself = 节点不能对自身作出贡献
said-role = 必须是 admin、planner 或 reviewer
said-planner-unit = 规划人员必须属于某个组织单位
said-owner-to-take = 为必填项：该节点没有可沿用的负责单位
said-earlier-plan = 必须是较早的计划周期，而不是本计划
said-year-to-compare = 为必填项：要比较的年份
said-run-for-section = 关于报告章节的问题必须填写此项
said-say-why-corrected = 为必填项：请说明更正已批准数值的原因
said-tell-planner = 为必填项：请告诉规划人员需要更改什么
said-no-run = 没有报告运行 { $id }
said-what-indicator-in = 计划 { $plan } 中的指标 { $code }

## One-time messages of the forms that leave a page (saved, refused)

problems-not-saved = { $what }未保存：{ $why }
problems-changed-meanwhile = { $what }在此期间已被他人修改，因此您的修改未保存（{ $detail }）。页面现在显示当前数字：请核对后再次保存。
fin-named-line = 计划行 { $year } { $unit } { $kind } { $category }
fin-named-actual = 实际数 { $year } { $unit } { $kind } { $category }
fin-done-recorded = { $what }已记录。
fin-done-updated = { $what }已更新。
fin-done-added = { $what }已加入财务计划。
nodeform-done-added = 已将{ $level } { $code } 加入 { $plan }
nodeform-done-saved = 已保存 { $code }
nodeform-done-retired = 已撤销节点 { $code }：它不再属于 { $plan }
nodeform-not-retired = 节点 { $code } 未撤销：{ $why }
indform-done-added = 已将指标 { $code } 加入 { $node }
indform-done-saved = 已保存指标 { $code }
indform-done-milestone-set = 已将 { $code } 的 { $year } 年里程碑设为 { $value }
indform-done-milestone-removed = 已删除 { $code } 的 { $year } 年里程碑
mlinks-done-added = { $code } 现在引用 { $vocabulary } { $mandate }
mlinks-not-added = 未添加链接：{ $why }
mlinks-done-removed = { $code } 不再引用 { $vocabulary } { $mandate }
mlinks-not-removed = 未删除链接：{ $why }
said-one-of = 必须是以下之一：{ $words }
said-password-short = 至少须有 { $min } 个字符
said-password-long = 最多只能有 { $max } 个字符
said-password-spaces = 不得只含空格
said-password-one-character = 不得是单个字符的重复
said-password-piece = 不得是较短片段的重复
said-password-run = 不得是连续字符序列，例如 123456789012
said-password-email = 不得是您的电子邮件地址
said-password-common = 是最常见的密码之一；请另选一个
said-password-wrong = 不是您当前的密码
said-password-same = 必须与当前密码不同
account-this = 该密码{ $reason }

## The domain's conflicts, stale versions, locks, missing records and more field reasons (issue 17.1, area `said`)

problems-conflict-reload = 未保存：{ $detail }。请重新加载页面查看当前状态，然后再次修改。
said-labelled = { $label }：{ $why }
said-conflict-unique = 已存在具有相同自然键的记录
said-conflict-reference = 该记录被不允许此操作的记录引用，或引用了这样的记录
said-stale = { $what }的当前版本为 { $current }，而不是 { $claimed }：请重新加载后再次应用您的修改
said-stale-totals = 已通过总额 { $biennium } 的当前版本为 { $current }，而不是 { $claimed }：请重新加载后再次应用您的修改
said-stale-allocation = { $unit } 对 { $node } 的分配当前版本为 { $current }，页面显示的是版本 { $shown }
said-changed-while-editing = 您编辑期间该记录已更改（预期版本 { $expected }）：请重新加载后再次应用您的修改
said-what-measurement = 数值 { $id }
said-what-period = { $plan } 的报告期 { $year }
said-unrecorded-date = 未记录的日期
said-unrecorded-user = 未记录的用户
said-lock = { $plan } 的报告期 { $year } 已于 { $when } 由 { $who } 锁定
said-lock-note = { $plan } 的报告期 { $year } 已于 { $when } 由 { $who } 锁定：{ $note }
said-lock-and-exception = { $lock }；{ $ended }
said-exception-ended = { $granted_by } 授予 { $unit } 的例外（至 { $until }）已结束
said-exception-revoked = { $granted_by } 授予 { $unit } 的例外（至 { $until }）已于 { $at } 由 { $revoked_by } 撤销
said-exception-revoked-note = { $granted_by } 授予 { $unit } 的例外（至 { $until }）已于 { $at } 由 { $revoked_by } 撤销：{ $note }
said-exception-held = { $unit } 已持有 { $plan } 报告期 { $year } 的例外 { $id }（至 { $until }）：请先撤销它再更改结束时间
said-period-already-locked = { $plan } 的报告期 { $year } 已锁定
said-period-not-locked = { $plan } 的报告期 { $year } 未锁定
said-plan-exists = 计划 { $code } 已存在
said-plan-follows = 计划 { $plan } 已接续 { $source }：下一计划已存在，因此不再克隆
said-already-contributes = { $from } 已对 { $to } 作出贡献
said-last-admin = { $email } 是最后一个在用的管理员；请先将另一用户设为管理员
said-run-published = 报告运行 { $id } 已于 { $at } 发布
said-indicator-exists = 计划 { $plan } 已有指标 { $code }
said-node-exists = 计划 { $plan } 已有节点 { $code }
said-risk-exists = 该计划已有风险 { $code }
said-risk-linked = 风险 { $risk } 已关联到 { $node }
said-allocation-exists = { $unit } 已在 { $year } 年向 { $node } 分配（分配 { $id }）
said-item-exists = 该业务计划已有条目 { $code }（id { $id }）
said-milestone-gone = { $code } 已没有 { $year } 年的里程碑：请重新加载
said-deleted-meanwhile = 您删除期间数值 { $id } 已更改：请重新加载
said-revised-meanwhile = 数值 { $id } 在同一时刻已被他人修订：请重新加载其历史
said-revision-pending = { $slot } 已有待处理的修订 { $revision }（数值 { $id }，{ $state }）：请编辑或提交该修订
said-entered-meanwhile = { $slot } 已有同一时刻录入的数值：请重新加载后修订或编辑该数值
said-no-dates = { $plan } 的 { $year } 年数据收集尚无日期：请先为所有单位设定日期
said-what-finance-line = 计划 { $plan } 的财务计划行 { $id }
said-what-finance-actual = 计划 { $plan } 的执行实际数 { $id }
said-what-unit = 组织单位 { $code }
said-what-dimension = 维度 { $code }
said-what-dimension-value = 维度 { $dimension } 的值 { $code }
said-what-token = 令牌 { $id }
said-what-item = 业务条目 { $id }
said-what-operational-plan = 计划 { $plan } 的业务计划 { $id }
said-what-allocation = 计划 { $plan } 的分配 { $id }
said-what-notice = 通知 { $id }
said-what-audit-entry = 审计条目 { $id }
said-level-goal = 目标
said-level-thematic_priority = 专题优先事项
said-level-enabler = 促进因素
said-level-target = 具体目标
said-level-outcome = 成果
said-level-output = 产出
said-outside-0-1 = { $value } 超出 0..1 范围
said-plan-has-no-node = 该计划中没有节点 `{ $code }`
said-link-to-level = { $code } 是{ $level }；加权关联只能指向目标和具体目标
said-named-twice = { $code } 被列出两次
said-not-an-org-unit = { $unit } 不是组织单位
said-unknown-unit = 未知的组织单位 `{ $code }`
said-required-with = 与 { $other } 一起为必填项
said-after-target-year = { $year } 晚于目标年份 { $target }
said-year-given-twice = { $year } 被给出两次
said-code-given-twice = `{ $code }` 被给出两次
said-no-dimension = 没有代码为 `{ $code }` 的维度
said-no-plan-code = 没有代码为 `{ $code }` 的计划
said-no-unit-the-code = 没有代码为 `{ $code }` 的组织单位
said-itself-or-below = { $parent } 就是 { $node } 本身或位于其下
said-not-an-output = { $code } 是{ $level }，不是产出
said-output-of-another-unit = 产出 { $code } 属于另一组织单位
said-plan-no-indicator = 计划 { $plan } 中没有指标 `{ $code }`
said-run-of-another-plan = 报告运行 { $id } 属于另一计划
said-what-node-code = 节点 { $code }
said-what-risk-code = 风险 { $code }
said-what-indicator-code = 指标 { $code }
said-draft-not-submitted = 已保存为草稿但未提交：{ $why }
said-what-run-file = 报告运行 { $id } 的文件 { $path }
said-what-run-language = 报告运行 { $id } 的语言 { $code }
said-what-run-language-file = 报告运行 { $id } 中 { $lang } 语言的文件 { $path }
said-what-risk-link = 风险 { $risk } 与 { $node } 的关联
said-nothing-at = { $path } 处没有内容
said-what-any-plan = 任何计划
said-what-milestone = 指标 { $code } 的 { $year } 年里程碑
said-what-contribution = 计划 { $plan } 的贡献关联 { $id }
said-item-delivered = 条目 { $code } 已交付 { $quantity } { $unit }：它保留在记录中；请改为将其状态设为已取消

## 领域的其余语句（issue 17.1，区域 `said`）：过期版本中的名称、不能删除的节点、收集日期、授权关联、例外、产出字段、导入的单位和位置、框架工作簿的问题

said-what-finance-line-id = 财务计划行 { $id }
said-what-finance-actual-id = 执行实际数 { $id }
said-what-allocation-id = 分配 { $id }
said-what-contribution-id = 贡献关联 { $id }
said-what-milestone-of = { $code } 的 { $year } 年里程碑
said-what-translation = { $what } 的 { $lang } 文本
said-changed-while-editing-what = { $what } 在您编辑期间已被更改：请重新加载
said-what-dates = { $plan } { $year } 年的收集日期
said-what-unit-dates = { $unit } { $year } 年的收集日期
said-what-own-dates = { $what }（该单位没有自己的日期）
said-dates-gone = { $what } 已不再设定：请重新加载页面
said-due-before-opening = { $due } 早于开放日期 { $opens }：截止日期须在当天或之后
said-what-exception = { $plan } 报告期 { $year } 的锁定例外 { $id }
said-exception-already-revoked = { $what } 已被撤销
said-exception-already-ended = { $what } 已于 { $date } 结束
said-node-blocked = 节点 { $code } 仍有{ $blockers }，不能删除
said-list = { $first }、{ $rest }
said-blocker-child-nodes = { $count ->
   *[other] { $count } 个子节点
}
said-blocker-indicators = { $count ->
   *[other] { $count } 个指标
}
said-blocker-allocations = { $count ->
   *[other] { $count } 项预算分配
}
said-blocker-items = { $count ->
   *[other] { $count } 个业务计划项目
}
said-blocker-risks = { $count ->
   *[other] { $count } 个关联风险
}
said-mandate-linked = { $owner } 已引用 { $vocabulary } { $code }
said-no-mandate = 没有代码为 `{ $code }` 的 { $vocabulary } 授权
said-what-mandate-link = 从 { $owner } 到 { $vocabulary } { $code } 的关联
said-what-link = 关联 { $from }→{ $to }
said-what-subject = { $kind } { $key }
said-output-needs-kind = 产出必须说明是产品还是服务
said-not-product-or-service = `{ $kind }` 既不是 product 也不是 service
said-only-outputs-have-kind = 只有产出才有类型，{ $level }没有
said-output-needs-owner = 产出必须由一个组织单位负责
said-import-other-unit = { $code } 属于另一个组织单位；规划人员只能导入本单位的指标
said-import-also-on-line = { $slot } 也在第 { $line } 行；一个位置只能有一个数值
said-wb-unreadable = 无法作为 .xlsx 工作簿读取（{ $error }）：请下载框架工作簿并在其中修改
said-wb-sheet-missing = 缺失：工作簿需要下载文件中的所有工作表
said-wb-sheet-empty = 为空：第一行必须是表头
said-wb-not-a-column = `{ $text }` 不是 { $sheet } 的列：列为 { $columns }
said-wb-column-missing = 缺少列 `{ $column }`
said-wb-no-header = 有数值但其列没有表头：请在第 1 行为该列命名或将其清空
said-wb-other-plan = 为 `{ $value }`，不是计划 { $plan }
said-wb-earlier-row = `{ $key }` 也出现在前面的行中
said-wb-not-whole = `{ $value }` 不是整数
said-wb-kept = 保持加载时的内容：工作簿不会更改它
said-wb-removing = 删除 { $what } 时：{ $why }
said-wb-removing-link = 删除关联 { $what } 时：{ $why }
said-wb-clearing = 清除 { $what } 时：{ $why }
said-wb-new-link-entered = 新关联为 `entered`：请将该单元格留空
said-wb-link-needs-weight = 指向目标或具体目标的关联需要权重
said-wb-goal-links = { $node } 指向目标和具体目标的关联：{ $why }
said-wb-new-node-entered = 新节点为 `entered` 且无来源：请将 provenance 和 source 留空
said-wb-level-fixed = 不可更改：请改为添加一个该层级的新节点
said-wb-node-missing = 节点 { $code }（下载文件第 { $line } 行）缺失，因此将被撤销：{ $why }
said-wb-not-a-date = `{ $value }` 不是日期（YYYY-MM-DD）
said-wb-new-risk-entered = 新风险为 `entered`：请将该单元格留空
said-wb-risk-missing = 风险 { $code }（下载文件第 { $line } 行）缺失：工作簿不删除风险；请在其页面上删除
said-wb-needs-decision = 工作簿更改了有数值的指标的基线、目标、里程碑、单位或方向：请给出决定（decided_on、deciding_body、reference、reason_category、justification）
said-wb-indicator-twice = 指标 { $code } 也出现在前面的行中
said-wb-indicator-missing = 指标 { $code }（下载文件第 { $line } 行）缺失：工作簿不删除指标
said-wb-new-indicator-entered = 新指标为 `entered` 且无来源：请将 provenance 和 source 留空
said-wb-not-a-year = `{ $value }` 不是年份
said-wb-not-true-false = `{ $value }` 既不是 true 也不是 false
said-wb-milestone-twice = { $code } 的 { $year } 年里程碑也出现在前面的行中
said-wb-both-or-neither = 同时给出了 node_code 和 indicator_code，或两者都没有：请只给出一个
said-wb-not-a-kind = `{ $kind }` 不是 plan、node 或 indicator
said-wb-not-a-record = `{ $key }` 不是计划 { $plan } 的记录（请写 `{ $want }`）
said-wb-catalogue-differs = 与 { $sheet } 目录不同：{ $sheet } 为所有计划共用，一个计划的工作簿不会更改它们；请在其页面上更改此行（或询问管理员），或重新下载工作簿
said-wb-catalogue-row-missing = 缺少行 `{ $row }`：{ $sheet } 为所有计划共用，一个计划的工作簿不会删除它们

## Refusals of the right (403), unreadable and invalid requests (400, 415, 422), too many attempts (429) and a plan's step from the wrong status (issue 17.1, areas `said`, `problem`, `error`)

said-forbidden-own-entry = 任何人都不得批准或退回自己录入的数值
said-forbidden-own-unit = 规划人员只能更改其本单位所拥有的内容
said-forbidden-preview = 理事会成员只能看到已发布的报告运行：预览根据今天的数据生成，尚未发布
said-forbidden-answer = 只有秘书长办公室，或办公室将问题指派给的单位的规划人员，才能答复
said-forbidden-role = { $role }角色不能执行此操作
said-forbidden-csrf-header = 此会话的 X-CSRF-Token 缺失或错误
said-forbidden-no-unit = 没有所属单位的规划人员不录入数值
said-forbidden-reviewer-entry = 理事会审阅人只能阅读，不录入数据
said-forbidden-risk-fields = 责任单位的规划人员只能更改 { $allowed }；不能更改 { $fields }
said-forbidden-sheets = 只有秘书长办公室编辑参考说明
said-forbidden-form-expired = 表单已过期或并非来自本网站；请重新加载页面后重试
said-forbidden-framework = 只有秘书长办公室编辑框架
said-forbidden-translations = 只有秘书长办公室编辑框架的翻译
said-value-label = { $label }（数值 { $id }）
said-throttled-login = { $minutes ->
   *[other] 登录失败次数过多：请在 { $minutes } 分钟后重试
}
said-throttled-password = { $minutes ->
   *[other] 当前密码错误次数过多：请在 { $minutes } 分钟后重试
}
said-wrong-too-often = 错误次数过多：{ $why }
said-if-match-not-version = If-Match `{ $text }` 不是版本号
said-plan-adopt-refused = 计划 { $plan } 的状态为“{ $status }”：只有“草案”状态的计划才能通过
said-plan-close-refused = 计划 { $plan } 的状态为“{ $status }”：只有“已通过”状态的计划才能结束
problem-validation_failed-detail = 请求无效
problem-unsupported_media_type-detail = 正文必须是 JSON，并带有 Content-Type: { $type }
problem-bad_request-json = JSON 正文无效：{ $detail }
problem-bad_request-path = 地址无效：{ $detail }
problem-bad_request-query = 无法读取查询字符串：{ $detail }
problem-bad_request-unreadable = 无法读取请求
problem-bad_request-multipart = multipart 表单格式错误：{ $detail }
problem-bad_request-file-part = 无法读取文件部分：{ $detail }
error-unreadable = 无法读取地址或表单：{ $detail }。

## Notices by e-mail in the recipient's language: the subject and the link line (issue 17.1)

notice-mail-submitted = stratrack：{ $unit } 的值 { $value } 已提交核准
notice-mail-returned = stratrack：值 { $value } 已退回 { $unit }
notice-mail-approved = stratrack：值 { $value } 已核准
notice-mail-bulk = stratrack：{ $unit } 的 { $count } 个值已提交核准
notice-mail-overdue = stratrack：{ $unit } 未按时报送 { $year } 年的数据
notice-mail-assigned = stratrack：理事会问题 { $id } 已分派给 { $unit }
notice-mail-open = 在 stratrack 中打开：{ $link }

## A financial row already there (issue 17.1, area `said`)

said-finance-line-taken = 计划 { $plan } 已有 { $year } { $unit } { $kind } { $category } 的财务计划条目（id { $id }）
said-finance-actual-taken = 计划 { $plan } 已有 { $year } { $unit } { $kind } { $category } 的执行实际数（id { $id }）

## The allocation sheet's node checks (issue 17.1, area `said`)

said-allocate-to-level = { $code } 属于{ $level }层级：请分配给产出、专题优先事项或推动因素

## A translation key's format (issue 17.1, area `said`)

said-key-not-a-pair = `{ $key }` 不是 `第一/第二` 的形式

## The last refusals of the pages and of the domain's checks (issue 17.1, area `said`)

said-one-of-not = { $one_of }，而不是 `{ $sent }`
said-not-one-of = `{ $sent }` 不是以下之一：{ $words }
said-joined = { $first }；{ $rest }
said-sentence = { $text }。
said-form-unreadable = 无法读取表单：{ $detail }
said-lang-not-english = { $one_of }（英文是该记录本身的文本）
said-no-definition-to-translate = { $kind } 类记录没有可翻译的定义
said-no-plan-has-code = 没有代码为 `{ $code }` 的计划
said-no-node-has-code = 没有代码为 `{ $code }` 的成果节点
said-no-plan-the-code = 没有代码为 { $code } 的计划
said-frozen-or-published = 必须是 frozen 或 published
said-one-line-of = 请在一行内填写 1 至 { $max } 个字符，或留空
said-assessment-csv-codes-only = 四年期评估的 CSV 表只有代码：请省略或设为 false
said-annual-needs-year = 年度报告需要指定年份
said-assessment-no-year = 评估涵盖计划直至有已批准数值的最近一年：请不要填写年份
said-language-or-languages = 请给出 `language`（一个）或 `languages`（列表），不要同时给出
said-at-least-one-of = 请至少给出以下之一：{ $words }
said-not-annual-or-assessment = `{ $sent }` 既不是 annual 也不是 assessment
said-give-whole-number = 请填写整数
said-not-yes = `{ $sent }` 不是 yes
said-quarter-not = 必须是 1 至 4，而不是 { $sent }
said-whole-from-1 = 必须是 1 至 { $max } 的整数
said-yes-or-no-not = 必须是 yes 或 no，而不是 `{ $sent }`
said-outside-the-plan = { $what } 超出计划期（{ $start }-{ $end }）
said-only-split-unit = 唯一可用的细分是 `unit`
said-revenue-or-expense = 必须是 revenue 或 expense
said-biennium-form = 必须是连续两年，例如 2028-2029
said-not-in-biennium = { $year } 不在两年期 { $biennium } 内
said-not-a-category = `{ $category }` 不是 { $kind } 类别
said-draft-adopted-closed = 必须是 draft、adopted 或 closed
said-status-moves-by = 只能通过通过计划（POST /api/v1/plans/{ $plan }/adopt）或关闭计划（POST /api/v1/plans/{ $plan }/close）改变
said-between = 必须介于 { $low } 和 { $high } 之间
said-longer-than = 超过 { $max } 个字符
said-year-not-between = { $year } 不在 { $first } 至 { $last } 之间
said-fixed-too-precise = 小数位数超过 { $places } 位
said-fixed-too-large = 太大，无法精确存储
said-fixed-not-a-number = 不是十进制数（请使用带小数点的数字，例如 1234.5）
said-note-longer = 备注超过 { $max } 个字符
said-note-to-return = 退回时必须填写备注：请告诉规划人员需要修改什么
said-plan-no-indicator-yet = 该计划尚无任何指标
said-version-missing = 缺失或不是整数；请重新加载页面
said-not-a-date-like = `{ $sent }` 不是日期（{ $example }）
said-not-whole-from-to = `{ $sent }` 不是 { $low } 至 { $high } 的整数
said-wb-not-a-file = 工作簿未以文件上传方式发送（multipart/form-data）：请在下面的表单中选择它
said-codes-and-more = { $codes } 以及另外 { $count } 个
said-lack-target = 缺少最终目标（数值和年份）的指标：{ $count } 个 — { $codes }
said-lack-baseline = 缺少基线（数值和年份）的指标：{ $count } 个 — { $codes }
said-lack-keys = { $lack }；其中理事会报告评级的关键指标：{ $count } 个 — { $codes }
said-outside-period = { $year } 超出计划 { $plan } 的期间（{ $start }-{ $end }）
said-more-years-outside = 以及期间外的其他指标年份：{ $count } 个
said-plan-no-goal = 计划 { $plan } 没有战略目标 `{ $code }`
said-plan-no-priority = 计划 { $plan } 没有专题优先事项或推动因素 `{ $code }`
said-plan-no-subject = 该计划没有 { $kind } `{ $subject }`
said-http-link = 必须是 http:// 或 https:// 链接
said-not-a-known-plan = `{ $code }` 不是已知的计划
said-not-an-indicator-of = `{ $code }` 不是计划 { $plan } 的指标
said-not-a-quarter = { $quarter } 不是季度（1 至 4）
said-not-zero = 不得为 0
said-not-a-year-quoted = { $sent } 不是年份
said-no-file-chosen = 未选择文件
said-not-node-or-indicator = `{ $sent }` 既不是 node 也不是 indicator
said-choose-mandate = 请选择一项授权
said-not-a-run-number = 不是报告运行的编号
said-whole-number = 必须是整数
said-is-not-whole-number = 不是整数
said-not-a-date-time = { $sent } 不是日期和时间：请写成 2029-04-01T00:00:00Z（或 2029-04-01T00:00，按 UTC 读取）
said-until-passed = { $until } 已过：例外的结束时间必须在将来
said-not-sortable-among = `{ $name }` 不是可排序字段（{ $fields }）
said-weight-outside = 权重 { $weight } 超出 0..1
said-weights-sum = 权重之和为 { $sum }，而不是 1
said-allocation-over-budget = 将使 { $unit } 在 { $year } 的分配达到 { $after } 千瑞士法郎，比其支出预算 { $budget } 高出 { $over }；分配额不得超过预算
said-not-a-year-of-plan = { $year } 不是计划 { $plan } 的年份（{ $start }-{ $end }）
said-keep-dimensions = 该指标的数值按 { $dimensions } 细分：请保留
said-milestones-unsuited = 里程碑与其不符（{ $why }）；请先修改里程碑
said-type-a-value-draft = 必填：请输入数值（草稿需在其自身页面删除）
said-reason-only-revising = 仅在修订已批准数值时填写；编辑不保留原因
said-not-a-biennium = `{ $biennium }` 不是计划 { $plan } 的两年期（{ $start }-{ $end }）：请写成 YYYY-YYYY，从 { $start } 起或其后每隔一年开始
said-quoted-not-a-date = { $sent } 不是日期（{ $example }）
said-not-a-known-dimension = `{ $dimension }` 不是已知的维度
said-not-disaggregated-by = 指标 { $indicator } 未按 { $dimension } 细分（其维度：{ $dimensions }）
said-not-a-value-of = `{ $value }` 不是 { $dimension } 的值（{ $values }）
said-required-for-share = { $unit } 指标的比例必须填写
said-no-operational-plan-id = 没有 id 为 { $id } 的业务计划
said-neither-plan-has = { $plan } 和 { $before } 都没有目标、专题优先事项或推动因素 `{ $code }`
said-required-with-weight = 给出权重时必须填写
said-step-from-state = 测量值 { $id } 处于 { $state } 状态：{ $rule }
said-rule-edit = 只能编辑草稿或已退回的数值
said-rule-submit = 只能提交草稿或已退回的数值
said-rule-approve = 只能批准已提交的数值
said-rule-return = 只能退回已提交的数值
said-rule-revise = 只能修订已批准的数值
said-rule-delete = 只能删除草稿
said-occupied = { $what } 已有数值（测量值 { $id }，修订 { $revision }，{ $state }）：{ $how }
said-occupied-revise = 请用 POST /api/v1/measurements/{ $id }/revise 更正
said-occupied-wait = 请等待审核，或请求退回
said-occupied-edit = 请用 PATCH /api/v1/measurements/{ $id } 编辑

## What serde, a query string and the import's reader refuse (issue 17.1, area `said`)

said-not-a-known-field = 不是已知字段
said-not-a-known-parameter = 不是已知参数
said-out-of-range = 超出范围
said-query-refused = 无法读取该参数：{ $detail }
said-json-refused = 无法读取该值：{ $detail }
said-json-at = { $why }（第 { $line } 行，第 { $column } 列）
said-json-invalid-type = 类型无效：{ $found }，应为 { $expected }
said-json-invalid-value = 值无效：{ $found }，应为 { $expected }
said-json-invalid-length = 长度无效（{ $length }），应为 { $expected }
said-json-unknown-variant = 未知变体 `{ $name }`，应为 { $expected }
said-json-unknown-field = 未知字段 `{ $name }`，应为 { $expected }
said-json-missing-field = 缺少字段 `{ $name }`
said-json-duplicate-field = 字段 `{ $name }` 重复
said-json-found-string = 字符串 { $value }
said-json-found-integer = 整数 { $value }
said-json-found-float = 浮点数 { $value }
said-json-found-boolean = 布尔值 { $value }
said-json-found-character = 字符 { $value }
said-json-found-null = null
said-json-found-map = 对象
said-json-found-sequence = 列表
said-json-found-unit = 空值
said-json-found-bytes = 字节序列
said-json-found-number = 数字
said-json-expected-string = 字符串
said-json-expected-boolean = 布尔值
said-json-expected-sequence = 列表
said-json-expected-map = 对象
said-json-expected-decimal = 十进制数（如 "1234.5" 的字符串或 JSON 数字）
said-json-expected-integer = 整数（{ $type }）
said-json-one-of = 以下之一：{ $words }
said-json-either = { $first } 或 { $second }
said-json-no-variants = 没有任何变体
said-json-no-fields = 没有任何字段
said-xlsx-date-cell = 包含日期；此列接受数字或文本：请将单元格格式设为“常规”或“文本”
said-xlsx-error-cell = 包含错误 { $error }：请在单元格中填写值本身
said-xlsx-unreadable = 该文件看似工作簿，但无法作为 .xlsx 读取（{ $detail }）：请另存为 Excel 工作簿 (.xlsx) 或 CSV UTF-8
said-xlsx-no-sheet = 工作簿中没有工作表
said-xlsx-sheet-empty = 工作表 { $sheet } 为空：第一行必须是标题行
said-xlsx-sheet-unreadable = 无法读取工作表 { $sheet }：{ $detail }
said-xlsx-unpacks-too-large = 工作簿解压后为 { $size } MiB，超过单次导入所能接受的 { $max } MiB：请拆分为多个文件
said-xlsx-too-many-rows = 工作表 { $sheet } 的行数超过 { $max }，即单次导入的上限：请拆分为多个文件
said-import-line-unreadable = 无法读取：{ $detail }
said-import-file-unreadable = 无法读取文件：{ $detail }
said-import-header-unreadable = 无法读取标题行：{ $detail }
said-import-dimensions-both = 请在 disaggregation 列中或在每个维度各自的列中给出维度，不能两者并用
said-import-xls = 是 Excel 97-2003 工作簿 (.xls)，无法读取：请另存为 Excel 工作簿 (.xlsx) 或 CSV UTF-8
said-import-workbook-unreadable = 无法读取工作簿：{ $detail }
said-import-workbook-too-large = 工作簿超过 { $max } MiB，即单次导入的上限
said-no-file-part = 表单中没有 `file` 部分
problem-bad_request-other = 无法读取请求：{ $detail }
said-at-most-chars = 最多只能有 { $max } 个字符
said-no-control-chars = 不得包含控制字符或不可见字符
said-no-spaces = 不得包含空格
said-email-like = 必须是电子邮件地址，如 name@itu.int
said-email-one-at = 必须恰好包含一个 @
said-email-local = @ 前必须有 1 至 64 个字符
said-email-domain = @ 后必须是带点的域名，如 itu.int
said-no-node-the-code = 本计划中没有代码为 `{ $code }` 的成果节点
said-date-or-time = 必须是日期（2028-12-31）或 RFC 3339 时间（2028-12-31T23:59:59Z）
said-no-user-email = 没有电子邮件为 `{ $email }` 的用户

## A disaggregation that cannot be read and a share that does not match its parts (issue 17.1, area `said`)
# NEEDS REVIEW by the language services: not taken from an official text.
said-not-dimension-value = `{ $part }` 不是“维度=值”的形式
said-dimension-twice = 维度 `{ $dimension }` 出现了两次
said-dimension-value-not-code = `{ $dimension }` 的值必须是值代码，而不是 { $sent }
said-disaggregation-shape = 必须是形如 {"{"}"sex": "female"{"}"} 的对象或形如 `sex=female` 的文本，而不是 { $sent }
said-share-zero-denominator = 分母为 0，无法核对该值
said-share-not-percent = { $value } 不等于 100 × 分子 ÷ 分母（100 × { $numerator } ÷ { $denominator } = { $exact }）
said-share-not-ratio = { $value } 不等于 分子 ÷ 分母（{ $numerator } ÷ { $denominator } = { $exact }）
said-as-of-unreadable = `{ $sent }` 既不是 `adopted`，也不是 YYYY-MM-DD 格式的日期
error-refused-status = 请求被拒绝（{ $status } { $phrase }）。
