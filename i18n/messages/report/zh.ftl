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

## Content of the translated sections (report form 4): goals and thematic priorities, their tables and
## the notes and text alternatives of their charts

report-list-separator = {"，"}
report-notes-separator = {"；"}
report-yes = 是
report-no = 否
report-goals-intro = 每个目标统计该目标及其下每项成果的指标，每个指标只计一次。状态依据附件所述的状态规则确定。
report-priorities-intro = 每个专题重点统计其成效和产出的指标，每个指标只计一次。
report-level-goal = 战略目标
report-level-target = 具体目标
report-level-thematic_priority = 专题重点
report-level-outcome = 成效
report-level-output = 产出
report-level-enabler = 促进因素
report-rollup = { $total ->
   *[other] { $total } 个指标：{ $counts }{ $mean }。
}
report-rollup-mean = ；平均进展 { $progress }（已评级指标：{ $rated }）
report-rollup-none = 此成果及其下各项成果均未附有指标。
report-linked-indicators = 其中 { $count } 个指标属于通过贡献关系为 { $code } 作出贡献的成果，列在这些成果之下。
report-indicators-of = { $code } 的指标，{ $year } 年
report-trajectories-of = { $code } 的具体目标级指标和关键指标的轨迹
report-th-code = 代码
report-th-indicator = 指标
report-th-name = 名称
report-th-baseline = 基线
report-th-target = 目标值
report-th-expected = { $year } 年预期值
report-th-actual = 实际值
report-th-progress = 进展
report-th-status = 状态
report-th-change-since = 自 { $year } 年以来的变化
report-th-projection = 目标年预测值
report-th-likely = 可能实现目标
report-th-notes = 说明
report-th-total = 合计
report-th-mean-progress = 平均进展
report-th-year = 年份
report-th-reference = 参照
report-th-reference-value = 参照值
report-th-approved-actual = 已批准的实际值
report-th-quality = 质量
report-tag-key = 关键
report-tag-illustrative = 示例
report-outlook-likely = 可能
report-outlook-unlikely = 不太可能
report-outlook-too_early = 目前判断为时过早
report-move-from = （此前：{ $status }）
report-note-stale = 最新批准值：{ $year } 年
report-note-stale-earlier = 较早年份的最新批准值
report-ref-baseline = 基线
report-ref-milestone = 阶段目标
report-ref-target = 目标值
report-unit-percent = %
report-unit-count = 数量
report-unit-chf = 瑞郎
report-unit-ratio = 比率
report-unit-yes_no = 是 = 1，否 = 0
report-unit-index = 指数
report-chart-alt-mean = ，平均进展 { $progress }
report-chart-alt-more = 另有 { $count } 项见表
report-chart-status-goal-alt = { $year } 年按战略目标分列的指标状态堆积条形图。{ $parts }。
report-chart-status-goal-alt-empty = 无数据：该计划 { $year } 年没有可显示的战略目标。
report-chart-status-priority-alt = { $year } 年按专题重点分列的指标状态堆积条形图。{ $parts }。
report-chart-status-priority-alt-empty = 无数据：该计划 { $year } 年没有可显示的专题重点。
report-traj-status = { $year } 年状态：{ $status }
report-traj-progress = （进展 { $progress }）
report-traj-actual = 。{ $year } 年实际值 { $value }
report-traj-stale = ，为代替 { $year } 年的最新批准值
report-traj-no-actual = 。没有已批准的实际值
report-traj-expected = ；预期值 { $value }
report-traj-alt = 指标 { $code } { $name }（{ $unit }）的折线图
report-traj-alt-baseline = { $year } 年基线 { $value }
report-traj-alt-target = { $year } 年目标值 { $value }
report-traj-alt-no-values = 没有已批准的值
report-traj-alt-values = 已批准的值 { $values }
report-traj-alt-status = { $year } 年状态：{ $status }
report-traj-alt-likely = 可能实现
report-traj-alt-unlikely = 不太可能实现
report-traj-alt-too-early = 目前判断为时过早
report-traj-alt-projection = 预测（虚线，最小二乘直线；所用点数：{ $points }）{ $year } 年 { $value }，目标{ $outlook }
report-traj-alt-projection-early = 预测：目前判断为时过早

## Sheet names of report.xlsx (report form 4, another language than English; at most 31 characters)

report-sheet-indicators = 指标
report-sheet-indicator-values = 指标值
report-sheet-disaggregations = 分类数据
report-sheet-node-rollups = 按成果汇总
report-sheet-finance-by-unit = 按单位分列的财务
report-sheet-finance-reconciliation = 财务核对
report-sheet-cost-by-node = 按成果分列的费用
report-sheet-operational-delivery = 业务执行
report-sheet-risks = 风险
report-sheet-data-quality = 数据质量
report-sheet-narratives = 说明
report-sheet-revisions = 修订
report-sheet-mandates = 任务授权
report-sheet-questions = 问题
report-sheet-restatements = 重述
