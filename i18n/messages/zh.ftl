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
