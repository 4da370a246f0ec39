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

## report.pdf's cover, running header and footer; report.xlsx's header rows, notes and properties; the CSV
## tables' row of names (report form 5). Column names: `report-col-` and the English name in kebab-case.

report-cover-author = 秘书长
report-cover-body = 理事会
report-cover-no-session = 未注明会议
report-cover-no-symbol = 未分配文件编号
report-cover-original = 原文：英文
report-cover-by = 秘书长的报告
report-cover-subtitle = 向理事会提交的关于 { $start }–{ $end } 年战略规划执行情况的年度报告（{ $resolution }），报告年度：{ $year } 年
report-cover-purpose-heading = 目的
report-cover-purpose = 本报告向理事会介绍 { $year } 年战略规划的执行情况：各项指标的状态、财务、业务执行、风险和数据质量。请理事会注意本报告。
report-cover-running = { $plan } · 向理事会提交的年度报告，{ $year } 年
report-cover-illustrative = 本报告中的部分数字为示例数据，并非正式结果。
report-cover-symbol-note = 本次报告运行未给出文件编号；秘书处在向理事会提交报告时分配编号。
report-pdf-page = 第 { $page } 页，共 { $pages } 页
report-xlsx-title = { $plan } — { $year } 年年度报告
report-xlsx-subject = 向理事会提交的执行情况报告，{ $year } 年
report-xlsx-text-number-note = 本列部分数字的有效位数超过 15 位，超出 Excel 数字所能保存的范围：为保留准确数字，这些数字以文本形式写入。
report-col-about = 对象
report-col-achieved = 已实现
report-col-actual = 实际值
report-col-actual-chf-thousands = 实际（千瑞士法郎）
report-col-actual-last-year = 上年实际值
report-col-actual-older-than-the-year = 实际值早于本年
report-col-actual-plan-chf-thousands = 实际 − 计划（千瑞士法郎）
report-col-as-adopted = 通过时
report-col-as-reported = 报告时
report-col-as-revised = 修订后
report-col-asked-by = 提问人
report-col-asked-on = 提问日期
report-col-at-risk = 存在风险
report-col-author = 作者
report-col-baseline = 基线
report-col-baseline-year = 基线年份
report-col-budget-chf-thousands = 预算（千瑞士法郎）
report-col-category = 类别
report-col-category-code = 类别代码
report-col-change-since-last-year = 与上年相比的变化
report-col-changed-at-utc = 更改时间（UTC）
report-col-changed-by = 更改人
report-col-check = 核对项
report-col-checked-against = 核对依据
report-col-closing-year = 截止年份
report-col-computed-chf-thousands = 计算值（千瑞士法郎）
report-col-computed-reference-chf-thousands = 计算值 − 参照值（千瑞士法郎）
report-col-cost-chf-thousands = 费用（千瑞士法郎）
report-col-cost-so-far-in-the-period-chf-thousands = 本期累计费用（千瑞士法郎）
report-col-data-quality = 数据质量
report-col-decided-on = 决定日期
report-col-deciding-body = 决定机构
report-col-decision-reference = 决定文号
report-col-delivered = 已交付
report-col-delivered-in-full = 全部交付
report-col-delivery-rate = 交付率
report-col-detail = 详情
report-col-dimension = 维度
report-col-direction = 方向
report-col-disaggregation = 分类
report-col-evidence-link = 证据链接
report-col-expected-this-year = 本年预期值
report-col-field-revised = 修订字段
report-col-impact = 影响
report-col-in-force-for-the-year = 本年有效
report-col-indicator = 指标
report-col-indicator-code = 指标代码
report-col-indicator-code-in-that-plan = 该计划中的指标代码
report-col-indicators = 指标数
report-col-indicators-rated = 已评级指标数
report-col-item = 项目
report-col-item-code = 项目代码
report-col-key-indicator = 关键指标
report-col-kind = 类型
report-col-kind-of-note = 说明类型
report-col-kind-of-restatement = 重述类型
report-col-level = 层级
report-col-likelihood = 可能性
report-col-linked-results = 关联成果
report-col-mandate = 任务授权
report-col-mandate-code = 任务授权代码
report-col-mean-progress = 平均进展
report-col-message = 消息
report-col-message-number = 消息编号
report-col-mitigation = 缓解措施
report-col-narrative = 说明
report-col-no-data = 无数据
report-col-now = 现值
report-col-off-track = 偏离轨道
report-col-on-track = 进展顺利
report-col-output-code = 产出代码
report-col-owner-unit = 负责单位
report-col-parent-result-code = 上级成果代码
report-col-period = 期间
report-col-plan-chf-thousands = 计划（千瑞士法郎）
report-col-plan-of-the-value = 数值所属计划
report-col-planned = 计划数
report-col-points-projected-from = 预测所用点数
report-col-progress = 进展
report-col-projected-value-in-the-target-year = 目标年预测值
report-col-projection-outlook = 预测前景
report-col-provenance = 来源
report-col-quality-as-reported = 报告时质量
report-col-quality-now = 现时质量
report-col-quarter = 季度
report-col-question = 问题
report-col-question-number = 问题编号
report-col-reason = 原因
report-col-reason-for-the-status = 状态原因
report-col-reconciles = 是否一致
report-col-reference-chf-thousands = 参照值（千瑞士法郎）
report-col-report-run = 报告运行
report-col-report-run-restated = 被重述的报告运行
report-col-result = 成果
report-col-result-code = 成果代码
report-col-result-or-indicator = 成果或指标
report-col-result-or-indicator-code = 成果或指标代码
report-col-reviewed-on = 审查日期
report-col-risk = 风险
report-col-risk-code = 风险代码
report-col-score-likelihood-impact = 分值（可能性 × 影响）
report-col-series = 序列
report-col-status = 状态
report-col-status-last-year = 上年状态
report-col-status-move = 状态变动
report-col-target = 目标值
report-col-target-year = 目标年份
report-col-unit = 单位
report-col-unit-of-measure = 计量单位
report-col-value = 数值
report-col-vocabulary = 词表
report-col-what-is-checked = 核对内容
report-col-written-on = 撰写日期
report-col-year = 年份
report-col-year-of-the-actual = 实际值年份
report-col-indicator-unit = 计量单位

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

## Sections of report form 5 (FORM_SECTIONS): the executive summary, status moves, finance, operational
## delivery, risks, breakdowns and data quality in the report's language, with the finance, delivery and
## breakdown charts' notes, text alternatives and data tables

report-summary-covers = 本报告涵盖 { $year } 年，即 { $start }–{ $end } 年战略规划（{ $resolution }）的第 { $nth } 年。报告按照附件所述的状态规则对 { $total } 个指标进行评级：{ $counts }。
report-th-indicators = 指标
report-th-share = 比例
report-summary-all-indicators = 全部指标
report-summary-by-status = 按状态分列的指标，{ $year } 年
report-summary-end-of-plan = 规划期末
report-summary-projection = 预测：在 { $total } 个指标中，预计 { $likely } 个将实现其目标（{ $target }），{ $unlikely } 个不会实现；对 { $too_early } 个指标而言，现在判断为时过早（少于两个点，或没有基线或目标）。每项预测都是一条通过基线和迄今已批准年度值的最小二乘直线，在目标年读取（见附件）。
report-summary-key-h = 关键绩效指标
report-summary-key-caption = 关键绩效指标，{ $year } 年
report-summary-fdr-h = 财务、执行和风险
report-summary-finance-rate = { $year } 年计划支出：{ $plan } 千瑞士法郎；已执行：{ $actual } 千瑞士法郎（为计划的 { $rate }）。
report-summary-finance-executed = { $year } 年计划支出：{ $plan } 千瑞士法郎；已执行：{ $actual } 千瑞士法郎。
report-summary-finance-none = { $year } 年计划支出：{ $plan } 千瑞士法郎；尚未报告执行情况。
report-summary-delivery = 业务计划：在 { $units } 个单位计入的 { $counted } 个项目中，{ $delivered } 个已全部完成（完成数量不少于计划数量）{ $short }（见下文按单位分列的完成率和各项目）。
report-summary-delivery-short = ；另有 { $count } 个项目被单位标为已完成，但未达到计划数量，不计为全部完成
report-summary-risks = 风险：登记册中共 { $total } 项，未关闭的 { $open } 项，其中高风险 { $high } 项（可能性 × 影响 ≥ { $score }）。
report-summary-dq = 数据质量说明：{ $counts }。
report-dq-provisional = 临时
report-dq-estimated = 估计
report-dq-stale = 过期
report-dq-missing = 缺失
report-moves-intro = 在与 { $since } 年比较的 { $compared } 个指标中，{ $improved } 个改善，{ $worsened } 个恶化，{ $unchanged } 个状态不变；{ $newly } 个为新评级，{ $no_longer } 个不再评级。状态的顺序为：偏离轨道、存在风险、进展顺利、已实现；在此顺序中上升为改善，下降为恶化。两年中有一年没有数据的指标为新评级或不再评级。
report-th-status-of = { $year } 年状态
report-th-move = 变化
report-th-change-actual-since = 自 { $year } 年以来实际值的变化
report-moves-none = 自 { $since } 年以来没有指标的状态发生变化。
report-moves-caption = 状态从 { $since } 年到 { $year } 年发生变化的指标
report-finance-intro = 金额以千瑞士法郎计。财务规划为与战略规划一同通过的财务规划（第 5 号决定）。
report-recon-none = { $year } 年没有需要核对的财务数字。
report-recon-ok = { $year } 年财务完全相符：两年期的收入和支出项目等于财务规划（第 5 号决定）中通过的总额，且收支平衡；每个单位对成果的分配等于其支出预算；按战略目标分列的费用和按专题优先事项分列的费用（各含促进因素）等于该年的支出项目。
report-recon-gap = { $label }：{ $computed } 千瑞士法郎，对比 { $reference } 千瑞士法郎，即{ $against }（差额 { $difference } 千瑞士法郎）
report-recon-gap-unset = { $label }：{ $computed } 千瑞士法郎，但未设定{ $against }
report-recon-not = { $year } 年财务不相符（差额 = 计算值 − 参考值）：{ $gaps }。
report-check-adopted-revenue = { $period } 收入项目
report-check-adopted-revenue-against = 为 { $period } 通过的收入（第 5 号决定）
report-check-adopted-expense = { $period } 支出项目
report-check-adopted-expense-against = 为 { $period } 通过的支出（第 5 号决定）
report-check-balance = { $period } 收入项目
report-check-balance-against = { $period } 支出项目（平衡预算）
report-check-unit-allocations = { $unit } 对成果的分配 { $period }
report-check-unit-allocations-against = { $unit } 的支出预算 { $period }
report-check-cost-goal = 按战略目标分列的费用加促进因素 { $period }
report-check-cost-goal-against = { $period } 支出项目
report-check-cost-priority = 按专题优先事项分列的费用加促进因素 { $period }
report-check-cost-priority-against = { $period } 支出项目
report-th-check = 核对项
report-th-computed = 计算值
report-th-against = 对比
report-th-difference-computed = 差额（计算值 − 参考值）
report-th-reconciles = 是否相符
report-recon-not-set = 未设定
report-recon-caption = 财务数字核对，{ $year } 年（千瑞士法郎；差额 = 计算值 − 参考值）
report-th-unit = 单位
report-th-kind = 类型
report-th-category = 类别
report-th-plan = 计划
report-th-difference = 差额
report-finance-lines-caption = 按单位分列的财务规划项目和执行情况，{ $year } 年（千瑞士法郎）
report-th-plan-chf = 计划（千瑞士法郎）
report-th-actual-chf = 实际（千瑞士法郎）
report-th-execution = 执行率
report-chart-partial = ，部分
report-chart-no-actual = 尚无实际值
report-chart-budget-alt-unit = { $unit }：计划 { $plan }，实际 { $actual }
report-chart-budget-alt = { $year } 年按组织单位分列的计划支出与实际支出分组条形图，千瑞士法郎。{ $parts }。
report-th-cost-chf = 费用（千瑞士法郎）
report-chart-cost-goal-alt = { $period } 按战略目标分列的费用条形图，千瑞士法郎。{ $parts }。
report-chart-cost-priority-alt = { $period } 按专题优先事项分列的费用条形图，千瑞士法郎。{ $parts }。
report-operations-intro = 总秘书处和各部门的业务计划实现战略规划的产出。项目的完成率为完成数量 ÷ 计划数量，不设上限（完成多于计划时超过 100%）。单位的完成率为其各项目完成率的平均值，每项以 100% 为上限，以免一个超额完成的项目掩盖另一个项目的不足；已取消的项目和没有计划数量的项目不计入。
report-th-item = 项目
report-th-output = 产出
report-th-budget = 预算
report-th-planned = 计划
report-th-delivered = 完成
report-th-rate = 完成率
report-th-in-full = 全部完成
report-th-status-reported = 状态（所报告的）
report-operations-items-caption = 业务计划项目，{ $year } 年（预算以千瑞士法郎计）
report-th-items = 项目
report-th-counted = 计入
report-th-delivered-in-full = 全部完成
report-th-cancelled = 已取消
report-th-delivery-rate = 完成率
report-th-budget-chf = 预算（千瑞士法郎）
report-chart-delivery-note = { $rate } · { $counted } 个项目中 { $delivered } 个全部完成
report-chart-delivery-none = 没有计入的项目
report-chart-delivery-alt = { $year } 年按单位分列的业务计划完成率条形图。{ $parts }。
report-chart-delivery-alt-unit = { $unit }：{ $note }
report-risks-intro = 风险登记册，按分数（可能性 × 影响，各为 1 至 5 分）从高到低排列。
report-th-risk = 风险
report-th-likelihood = 可能性
report-th-impact = 影响
report-th-score = 分数
report-th-owner = 负责单位
report-th-reviewed = 审查日期
report-th-linked-results = 相关成果
report-th-mitigation = 缓解措施
report-risks-caption = 风险登记册
report-breakdowns-none = { $year } 年没有指标有按性别或按区域分列的已批准值。
report-breakdowns-intro = { $year } 年按性别或按国际电联区域分列的指标的已批准值。全部分列值也载于 tables/disaggregations.csv。
report-breakdowns-omitted = 另有 { $count } 个分列指标未在此绘制（最多 { $max } 个指标，关键指标优先）；其值载于 tables/disaggregations.csv。
report-dimension-sex = 性别
report-dimension-region = 区域
report-th-value = 值
report-chart-breakdown-title = { $code } — { $name }：按{ $dimension }分列，{ $year } 年
report-chart-breakdown-subtitle = { $year } 年按{ $dimension }分列的已批准值，{ $unit }。
report-chart-breakdown-empty = { $year } 年没有按{ $dimension }分列的已批准值。
report-chart-breakdown-alt = 指标 { $code } { $name } { $year } 年按{ $dimension }分列的条形图：{ $parts }。
report-dq-intro = 临时或估计的已批准值、代替报告年的较早年份的值（过期），以及没有可用值的指标（缺失）。
report-th-detail = 详情
report-dq-by-kind = 按类型分列的数据质量说明
report-dq-caption = 数据质量说明

## Section "Results serving each resolution" of report form 5 (FORM_SECTIONS)

report-mandates-none = 本规划没有任何成果与决议、可持续发展目标具体目标、信息社会世界峰会行动方面或决定相关联。
report-mandates-intro = 规划各项成果所服务的决议、可持续发展目标具体目标、信息社会世界峰会行动方面和决定，以及与每一项相关联的目标、优先事项、其他成果和指标及其 { $year } 年的状态（成果的状态为其按状态分列的指标数，与其所在章节相同）。这些关联也载于 tables/mandates.csv。
report-mandates-no-indicator = 没有指标
report-mandates-rollup = { $total } 个指标：{ $counts }
report-mandate-resolution = 第 { $code } 号决议
report-mandate-sdg = 可持续发展目标具体目标 { $code }
report-mandate-wsis = 信息社会世界峰会行动方面 { $code }
report-mandate-decision = 第 { $code } 号决定
report-mandates-h-resolution = 决议
report-mandates-h-sdg = 可持续发展目标具体目标
report-mandates-h-wsis = 信息社会世界峰会行动方面
report-mandates-h-decision = 决定
report-mandates-caption-resolution = 决议：服务于每项决议的成果，{ $year } 年
report-mandates-caption-sdg = 可持续发展目标具体目标：服务于每项具体目标的成果，{ $year } 年
report-mandates-caption-wsis = 信息社会世界峰会行动方面：服务于每个行动方面的成果，{ $year } 年
report-mandates-caption-decision = 决定：服务于每项决定的成果，{ $year } 年
report-th-mandate = 授权
report-th-title = 标题
report-th-result = 成果
report-th-level = 层级

## Annex "Questions from Council members and replies" of report form 5 (FORM_SECTIONS)

report-questions-intro = 截至本报告日期理事会成员就本规划提出的问题以及秘书处的答复，按提问顺序排列。全部问题也载于 tables/questions.csv。
report-question-h = 问题 { $id }：{ $title }
report-question-meta = { $about } · 由 { $who } 于 { $date } 提出 · { $status }

## Sections "Framework revisions in force", "Restatements" and "Annex: indicator reference sheets" of
## report form 5 (FORM_SECTIONS)

report-revisions-none = 没有任何指标的基线、目标、里程碑、单位或方向被 { $year } 年有效的决定修订：本报告的每个数字都是对照所通过的框架衡量的。
report-revisions-rule = 对基线、目标、里程碑、单位或方向的修订自作出决定之日起生效。本报告对照 { $year } 年 12 月 31 日有效的框架评估 { $year } 年：在该日或之前决定的修订适用；之后决定的修订不改变本报告，自作出决定之年的报告起适用。
report-revisions-caption = { $year } 年有效的框架修订
report-revisions-also = 这些修订也载于 tables/revisions.csv。
report-th-field = 字段
report-th-as-adopted = 通过时
report-th-as-revised = 修订后
report-th-decided = 决定日期
report-th-by = 决定机构
report-field-baseline_value = 基线值
report-field-baseline_year = 基线年
report-field-target_value = 目标值
report-field-target_year = 目标年
report-field-unit = 单位
report-field-direction = 方向
report-restated-published = （于 { $date } 发布）
report-restated-intro = 自 { $year } 年第 { $run } 号报告运行于 { $frozen } 冻结{ $published }以来，该报告所报 { $year } 年的值中有 { $revised } 个被修订，{ $year } 年有 { $late } 个值迟后批准；记录了 { $revisions } 项框架修订。每一行列出报告提交理事会的数字和现在批准的数字，以及由谁、何时、为何作出改动。这些数字也载于 tables/restatements.csv。
report-th-breakdown = 分列
report-th-change = 改动
report-th-reported = 所报值
report-th-now = 现值
report-th-approved = 批准日期
report-th-why = 原因
report-th-before = 之前
report-th-after = 之后
report-th-decision = 决定
report-th-in-force-for = 是否适用于 { $year } 年
report-restated-headline = 总体值
report-restated-revised = 已修订
report-restated-late = 迟后值
report-restated-values-caption = 报告之后发生变化的 { $year } 年的值
report-restated-revisions-caption = 报告之后记录的框架修订
report-sheets-intro = 每个关键指标为何衡量以及如何衡量，由秘书处保存。
report-refsheet-rationale = 理由
report-refsheet-method = 计算方法
report-refsheet-disaggregation = 分列
report-refsheet-limitations = 局限
report-refsheet-quality-assurance = 质量保证
report-refsheet-target-rationale = 目标的理由

## Predecessors of another plan cycle in the goal and priority sections of report form 5 (FORM_SECTIONS)

report-predecessor-redefined = 不属于 { $code } 序列的另一项衡量：{ $code } 重新定义了规划 { $plan } 的 { $predecessor } { $name }（{ $unit }），其值在此单独列出
report-predecessor-new = 不属于 { $code } 序列的另一项衡量：{ $code } 是一个新指标，将规划 { $plan } 的 { $predecessor } { $name }（{ $unit }）列为其前身，其值在此单独列出

## The annex "Status rule and thresholds" of report form 5 (FORM_SECTIONS)

report-rule-intro = 本报告中的每个状态都来自同一条规则，且只适用于已批准的值：
report-rule-actual-term = 实际值 A(Y)
report-rule-actual = Y 年已批准的总体值（不分列），年内各期的值按指标的汇总规则（最新值、总和、平均值或比率）合并。如果 Y 年没有值，则由不早于 { $max_age } 年的较早年份的最新已批准值代替，报告会说明是哪一年。
report-rule-expected-term = 预期值 E(Y)
report-rule-expected = 通过基线（年份、值）、年度里程碑和规划期末目标的直线；基线年之前为基线，目标年之后为目标。
report-rule-progress-term = 进展
report-rule-progress = (A − b) / (E − b)，其中 b 为基线；同一公式适用于递增和递减的指标。当 E = b 时，如果 A 在 b 的正确一侧或等于 b，进展为 1，否则为 0。
report-rule-status-term = 状态
report-rule-status = 如果 A 达到最终目标（递增时 A ≥ T，递减时 A ≤ T），则为已实现；否则进展 ≥ { $on_track } 时为进展顺利；进展 ≥ { $at_risk } 时为存在风险；否则为偏离轨道。需保持的指标在目标的 ±{ $maintain_on_track }% 以内为进展顺利，在 ±{ $maintain_at_risk }% 以内为存在风险，否则为偏离轨道。当实际值、基线或目标缺失时为没有数据，并说明原因。
report-rule-rollup-term = 汇总
report-rule-rollup = 对于一项成果：该成果及其下每项成果的指标（通过树结构和贡献关系，每个指标计一次）：按状态分列的数目，以及已评级指标的进展（限定在 [0, 1] 之内）的平均值（已实现计为 1）。
report-th-threshold-of = 规划 { $plan } 的阈值
report-threshold-on-track = 进展顺利：最低进展
report-threshold-at-risk = 存在风险：最低进展
report-threshold-maintain-on-track = 保持，进展顺利：在目标的 ± % 以内
report-threshold-maintain-at-risk = 保持，存在风险：在目标的 ± % 以内
report-threshold-max-age = 可代替的最早值（年）
report-thresholds-caption = 规划的阈值
report-methods-h = 方法
report-method-cost = 成果的费用：每个单位的预算分配给产出、专题优先事项和促进因素。专题优先事项、成效、产出或促进因素的费用是对其及其下每项成果的分配之和；目标或具体目标的费用是通过与其相关联的成果的贡献权重转入的分配之和。凡出现成果费用之处，均显示同一数字。
report-method-reconciliation = 核对：每项核对将一个总和与一个独立的参考值比较——两年期的收入和支出项目与财务规划（第 5 号决定）中通过的总额比较，并相互比较；每个单位对成果的分配与其支出预算比较；按目标和按专题优先事项分列的费用（各含促进因素）与该年的支出项目比较。差额 = 计算值 − 参考值；两者完全相等时核对相符。
report-method-delivery = 完成率：项目的完成率为完成数量 ÷ 计划数量，不设上限（完成多于计划的项目超过 100%）。单位的完成率为其各项目完成率的平均值，每项以 100% 为上限；已取消的项目和没有计划数量的项目不计入。
report-method-charts = 图表：每个具体目标级指标和关键指标一条轨迹，最多 { $max } 条（关键指标优先）{ $omitted }。状态以颜色（Okabe-Ito 色板）、图案和标签表示。
report-method-charts-omitted = ；另有 { $count } 个指标只列在表中
report-method-tables = 表格：按输入的精确小数；派生数字（预期值、进展、平均值、比率）四舍五入到 { $dp } 位小数。金额以千瑞士法郎计。在 report.xlsx 中数字为数字，但超过 { $digits } 位有效数字的数字除外，Excel 无法保存：这种数字写为文本，其工作表会说明，以便保留精确数字。
report-method-cycles = 跨规划周期的序列：只有从上一规划延续下来的前身才延续指标的序列（在其图表中为同一条线；在 indicator_values.csv 中标为 predecessor_carried_over 的行）。重新定义的前身衡量的是另一事物：其值从不画在指标的线上，也不列为指标的值，而是单独列在带标签的表中，标为 predecessor_redefined，并有自己的规划、代码和单位。
report-projection-h = 预测
report-projection-method = 每个指标的预测是一条通过其各点（年份、值）的最小二乘直线：基线，以及基线年之后直至报告年和目标年每一年的已批准年度值（各季度按指标的汇总规则合并）。直线在目标年读取。少于两个点（基线年之后没有已批准值），或没有基线或目标时，判断为时过早，不预测任何值。当预测值按指标方向达到目标（递增时不低于目标，递减时不高于目标），或对于需保持的指标，在目标的 ±{ $band }% 以内时，目标可能实现；否则不太可能。比较是精确的；预测值只在显示时四舍五入。在图表中，线的预测部分（从最新一点到目标年）画为虚线，并标为“预测”。
report-projection-limits = 局限：直线假定迄今的变化以同样的速度继续。它不了解饱和（接近 100 的百分比）、一次性跳变或尚待采取的措施；只有两三个点时，一个不寻常的年份会使其大幅移动，而基线与任何已批准年份的权重相同。里程碑不起作用：预测说明值的走向，预期路径说明值本应的走向。
report-narratives-h = 说明和证据
report-narratives-note = 在每个指标旁边，框架各章节列出其规划人员随 { $year } 年已批准总体值所写的内容：年度值和每个季度的说明和证据链接，以及该指标所服务的决议、可持续发展目标具体目标、信息社会世界峰会行动方面和决定。只显示已批准的值：当某个值的修订尚待批准（已输入或已提交，尚未批准）时，报告显示此前已批准的值的说明和证据，如同显示该值。证据链接只有在为 http 或 https 地址时才是链接；其他内容均显示为文本。全部说明也载于 tables/narratives.csv。
report-units-h = 单位和汇总规则
report-units-intro = 一年的值按指标的汇总规则合并，并非每条规则都适合每个单位。比率规则将各季度的分子和分母分别相加后相除：百分比为 100 × Σ分子 ÷ Σ分母，比率为 Σ分子 ÷ Σ分母；随分子和分母一同给出的单个值以同一系数核对。指标的配对未列于此者，在定义或更改时被拒绝。
report-th-rules-allowed = 允许的汇总规则
report-th-why-not = 为何不用其他规则
report-units-caption = 每个单位允许的汇总规则
report-unit-name-percent = 百分比
report-unit-name-count = 数目
report-unit-name-chf = 瑞士法郎
report-unit-name-ratio = 比率
report-unit-name-yes_no = 是/否
report-unit-name-index = 指数
report-aggregation-latest = 最新值
report-aggregation-sum = 总和
report-aggregation-mean = 平均值
report-aggregation-ratio = 比率
report-about-h = 关于本报告
report-about = 根据数据快照 { $snapshot } 为第 { $run } 号报告运行编制，创建于 { $created }。报告的每个文件——本页、charts/*.svg 和 *.png、tables/*.csv 以及 report.xlsx——都与其 SHA-256 校验和一起列在 manifest.json 中；用同一快照重建该运行会得到相同的字节。

## Report form 6 (FORM_VERSIONS): the data-quality notes the report writes, in report.html, the CSV
## files and report.xlsx

report-dq-note-stale = 没有 { $year } 年的已批准值；以 { $from } 年的值代替。
report-dq-note-provisional = 所用的 { $from } 年的值是临时值。
report-dq-note-estimated = 所用的 { $from } 年的值是估计值。

## Report form 7 (FORM_REASONS): a value missing for the status rule, its reasons (the interface's
## nodata-… messages, joined and with a capital first letter) said as a sentence

report-dq-note-missing = { $reasons }。

## The four-year assessment (assessment form 8, ASSESSMENT_FORM_LANGUAGES): its page, charts and workbook

report-assessment-title = { $plan } — 成果评估，{ $first }–{ $last }，提交全权代表大会
report-assessment-kicker = 理事会就战略规划执行情况向全权代表大会提交的报告
report-assessment-heading = { $plan }：成果评估，{ $first }–{ $last }
report-assessment-cover-line = { $resolution } · 规划期 { $start }–{ $end } · 评估年份 { $first }–{ $last }
report-assessment-meta = 报告运行 { $run } · 数据快照 { $snapshot } · 生成于 { $generated }
report-assessment-illustrative = 本报告中的部分数字为示例（样本数据），并非正式结果。
report-assessment-summary-h = 摘要：各年并列
report-assessment-goals-h = 目标和优先事项的实现情况及其费用
report-assessment-indicators-h = 各具体目标的实现情况，以及尚未实现部分的预测
report-assessment-restated-h = 年度报告所报数字的重述
report-assessment-annex-h = 附件：方法说明
report-assessment-restated-year = { $year }年报告（运行 { $run }）
report-assessment-footer = { $plan } · 评估 { $first }–{ $last } · 报告运行 { $run }
report-assessment-summary-intro = 本报告评估{ $plan }的指标（数量：{ $count }）在{ $first }年至{ $last }年每一年的情况，每项均按附件所述状态规则、对照当年有效的框架进行评估。本报告的表格也载于 report.xlsx 和 tables/*.csv。
report-assessment-summary-end = { $last }年底，{ $count }项指标中：已实现目标：{ $achieved }；进展顺利：{ $on_track }；存在风险：{ $at_risk }；进展滞后：{ $off_track }；无数据：{ $no_data }。
report-assessment-summary-projection = 目标尚未实现的指标：{ $count }。预计在目标年份实现：{ $likely }；预计无法实现：{ $unlikely }；目前判断为时过早：{ $too_early }。
report-assessment-goals-intro = 对于每个战略目标、专题优先事项和推动因素：与其及其下级成果相关的指标中每年各状态的数量、平均进展，以及当年的费用（按贡献权重分摊的预算拨款，单位为千瑞士法郎）。最后一行为整个期间。
report-assessment-node-caption = { $code } 按年份
report-assessment-indicators-intro = 每项指标每年的状态和实际值（来自较早年份的值标注该年份）、其在结束年份的进展，以及目标未实现时其核准值在目标年份的走向。
report-assessment-th-progress-end = 期末进展
report-assessment-th-projection = 预测
report-assessment-actual-from = { $value }（{ $year }年）
report-assessment-achieved = 已实现
report-assessment-indicators-caption = 各指标逐年情况
report-assessment-annex-years-h = 评估年份
report-assessment-annex-years = 从规划的第一年{ $first }年到结束年份{ $last }年：即运行时有核准值的规划最近年份。其后的规划年份尚未评估。
report-assessment-annex-status-h = 各年状态
report-assessment-annex-status = 每一年均按与该年年度报告相同的状态规则，对照当年12月31日有效的基线、目标和里程碑进行评估：进展 (A − b) / (E − b) 至少为 { $on_track } 为进展顺利，至少为 { $at_risk } 为存在风险，低于此值为进展滞后；达到或超过目标的值为已实现；维持类指标在目标 ±{ $maintain_on_track }% 以内为进展顺利，在 ±{ $maintain_at_risk }% 以内为存在风险；不超过 { $years } 年的核准值可替代缺失值。
report-assessment-annex-end-h = 期末实现情况
report-assessment-annex-end = 指标的实现情况是其在结束年份的状态；目标或优先事项的实现情况是当年与其及其下级成果相关指标的汇总（每项只计一次），其平均进展限定在 [0, 1] 之间。
report-assessment-annex-projection-h = 尚未实现部分的预测
report-assessment-annex-projection = 仅适用于在结束年份未实现的指标：通过基线及此后核准的年度值（至少两个点）的最小二乘直线，在目标年份取值；该值达到目标时为可能，否则为不太可能，少于两个点或没有基线或目标时为目前判断为时过早。与指标页面和年度报告中的预测相同。
report-assessment-annex-cost-h = 各目标费用
report-assessment-annex-cost = 各单位每年的预算拨款按贡献权重分摊到各目标、专题优先事项和推动因素（与年度报告和财务页面相同的费用汇总），单位为千瑞士法郎；期间费用为各年费用的精确总和。数字仅为显示而四舍五入；tables/cost_by_node.csv 和 report.xlsx 载有精确数字。
report-assessment-annex-restated-h = 重述
report-assessment-annex-restated = 对于每个已发布年度报告的年份：该年修订或延迟核准的值，以及该报告冻结后记录的框架修订，与运行页面所示相同。
report-assessment-all-indicators = 所有指标
report-assessment-chart-status-title = 各年指标状态，{ $first }–{ $last }
report-assessment-chart-status-subtitle = 整个规划每年各状态的指标数量。存在风险用斜线表示，进展滞后用交叉线表示；n = 指标数，% = 平均进展。
report-assessment-chart-status-alt = { $first }年至{ $last }年每年指标状态的堆积条形图。{ $parts }。
report-assessment-chart-status-empty = { $first }年至{ $last }年没有任何一年有评级指标。
report-assessment-xlsx-title = { $plan } — 评估 { $first }–{ $last }
report-assessment-xlsx-subject = 战略规划成果评估，{ $first }–{ $last }
report-sheet-indicator-achievement = 指标实现情况
report-sheet-indicator-years = 各年指标
report-sheet-node-years = 各年成果
