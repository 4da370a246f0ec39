### NEEDS REVIEW by the ITU language services (Chinese section): written by the stratrack developers,
### not taken from an official ITU text. Remove this mark once the language services have reviewed the
### text (docs/I18N.md). A character new to this file may be missing from the bundled Chinese face:
### run reports/fonts/subset.py (a test of the reports crate says so).

## Page, cover and contents

report-title = { $plan } — 提交理事会的年度报告，{ $year }
report-kicker = 关于战略规划实施情况提交理事会的年度报告
report-heading = { $plan }：{ $year }年的实施情况和绩效
report-period = { $resolution } · 规划期 { $start }–{ $end } · 报告年度 { $year }
report-meta = 报告运行 { $run } · 数据快照 { $snapshot } · 生成于 { $generated }
report-illustrative-note = 本报告中的部分数字为示例数据，并非正式结果。基于这些数据的图表带有“示例数据”标记，表格中标注为“示例”。
report-contents = 目录
report-footer = { $plan } · { $year } · 报告运行 { $run }
report-figure = 图{ $number }.
report-figure-data = 图{ $number }的数据

## Section headings (also the contents)

report-section-summary = 内容提要
report-section-moves = 自{ $since }年以来状态发生变化的指标
report-section-goals = 战略目标
report-section-priorities = 专题优先事项和推动因素
report-section-mandates = 服务于各项决议的成果
report-section-finance = 财务
report-section-operations = 业务交付
report-section-risks = 风险
report-section-breakdowns = 按性别和区域分列
report-section-data-quality = 数据质量
report-section-revisions = 现行的框架修订
report-section-restatements = 对去年所报数字的重述
report-section-annex = 附件：状态规则和阈值
report-section-sheets = 附件：指标参考表
report-section-questions = 附件：理事会成员的问题和答复

## Charts

report-chart-illustrative = 示例数据
report-chart-no-data = 无数据
report-chart-indicators-axis = 指标数量
report-chart-status-goal-title = 按战略目标分列的指标状态，{ $year }
report-chart-status-goal-subtitle = 每个战略目标及其下所有成果的各状态指标数量。“有风险”以斜线表示，“偏离轨道”以交叉线表示；n = 指标数，% = 平均进展。
report-chart-status-goal-empty = { $year }年没有任何战略目标的指标得到评级。
report-chart-status-priority-title = 按专题优先事项分列的指标状态，{ $year }
report-chart-status-priority-subtitle = 每个专题优先事项及其下所有成果的各状态指标数量。“有风险”以斜线表示，“偏离轨道”以交叉线表示；n = 指标数，% = 平均进展。
report-chart-status-priority-empty = { $year }年没有任何专题优先事项的指标得到评级。
report-chart-budget-title = 按组织单位分列的预算与实际支出，{ $year }
report-chart-budget-subtitle = 财务规划（第5号决定）与执行情况，单位为千瑞士法郎；括号内为执行率（部分项目尚无实际数时为部分执行率）。
report-chart-budget-empty = { $year }年财务规划中没有支出项目。
report-chart-chf-axis = 千瑞士法郎
report-chart-plan = 计划
report-chart-actual = 实际
report-chart-cost-goal-title = 按战略目标分列的成本，{ $period }
report-chart-cost-goal-empty = { $period }没有向任何战略目标分配预算。
report-chart-cost-priority-title = 按专题优先事项分列的成本，{ $period }
report-chart-cost-priority-empty = { $period }没有向任何专题优先事项分配预算。
report-chart-cost-subtitle = 所有单位的预算拨款按贡献权重分摊，单位为千瑞士法郎；括号内为占总额的比例。
report-chart-cost = 成本
report-chart-delivery-title = 按单位分列的业务计划交付率，{ $year }
report-chart-delivery-subtitle = 各项目交付数量与计划数量之比的平均值，上限为100%；不含已取消的项目。
report-chart-delivery-axis = 交付率（%）
report-chart-delivery-rate = 交付率
report-chart-delivery-empty = { $year }年没有业务计划项目。
report-chart-status-of = 状态：{ $status }
report-chart-year = 年份
report-chart-expected = 预期路径
report-chart-baseline = 基线
report-chart-milestone = 里程碑
report-chart-target = 目标
report-chart-approved = 已核准的实际值
report-chart-provisional = 临时值或估计值
report-chart-projection = 预测（最小二乘直线）
report-chart-report-year = 报告年度
report-chart-value = 数值（{ $unit }）
report-chart-baseline-at = 基线 { $year }：{ $value }
report-chart-target-at = 目标 { $year }：{ $value }
