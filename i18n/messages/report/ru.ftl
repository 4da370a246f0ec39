### NEEDS REVIEW by the ITU language services (Russian section): written by the stratrack developers,
### not taken from an official ITU text. Remove this mark once the language services have reviewed the
### text (docs/I18N.md).

## Page, cover and contents

report-title = { $plan } — ежегодный отчет Совету, { $year }
report-kicker = Ежегодный отчет Совету о выполнении стратегического плана
report-heading = { $plan }: выполнение и результаты деятельности в { $year } году
report-period = { $resolution } · период плана { $start }–{ $end } · отчетный год { $year }
report-meta = Выпуск отчета { $run } · снимок данных { $snapshot } · создан { $generated }
report-illustrative-note = Некоторые цифры в этом отчете являются иллюстративными (примерные данные), а не официальными результатами. Диаграммы, построенные на них, помечены «Иллюстративные данные», а в таблицах они отмечены как «иллюстративные».
report-contents = Содержание
report-footer = { $plan } · { $year } · выпуск отчета { $run }
report-figure = Рисунок { $number }.
report-figure-data = Данные к рисунку { $number }

## Section headings (also the contents)

report-section-summary = Резюме
report-section-moves = Показатели, статус которых изменился с { $since } года
report-section-goals = Стратегические цели
report-section-priorities = Тематические приоритеты и вспомогательные факторы
report-section-mandates = Результаты по каждой резолюции
report-section-finance = Финансы
report-section-operations = Выполнение оперативных планов
report-section-risks = Риски
report-section-breakdowns = Разбивка по полу и регионам
report-section-data-quality = Качество данных
report-section-revisions = Действующие пересмотры системы результатов
report-section-restatements = Пересчет цифр, сообщенных в прошлом году
report-section-annex = Приложение: правило определения статуса и пороговые значения
report-section-sheets = Приложение: справочные карточки показателей
report-section-questions = Приложение: вопросы членов Совета и ответы

## Charts

report-chart-illustrative = Иллюстративные данные
report-chart-no-data = Нет данных
report-chart-indicators-axis = Число показателей
report-chart-status-goal-title = Статус показателей по стратегическим целям, { $year }
report-chart-status-goal-subtitle = Число показателей каждого статуса по каждой стратегической цели и всем относящимся к ней результатам. «Под угрозой» заштриховано, «отстает» — перекрестной штриховкой; n = показатели, % = средний прогресс.
report-chart-status-goal-empty = Ни один показатель не оценен ни по одной стратегической цели за { $year } год.
report-chart-status-priority-title = Статус показателей по тематическим приоритетам, { $year }
report-chart-status-priority-subtitle = Число показателей каждого статуса по каждому тематическому приоритету и всем относящимся к нему результатам. «Под угрозой» заштриховано, «отстает» — перекрестной штриховкой; n = показатели, % = средний прогресс.
report-chart-status-priority-empty = Ни один показатель не оценен ни по одному тематическому приоритету за { $year } год.
report-chart-budget-title = Бюджет и фактические расходы по подразделениям, { $year }
report-chart-budget-subtitle = Финансовый план (Решение 5) и исполнение, тыс. шв. франков; в скобках — уровень исполнения (частичный, если по некоторым статьям еще нет фактических данных).
report-chart-budget-empty = В финансовом плане на { $year } год нет статей расходов.
report-chart-chf-axis = Тыс. шв. франков
report-chart-plan = План
report-chart-actual = Факт
report-chart-cost-goal-title = Затраты по стратегическим целям, { $period }
report-chart-cost-goal-empty = На { $period } бюджет не распределен ни на одну стратегическую цель.
report-chart-cost-priority-title = Затраты по тематическим приоритетам, { $period }
report-chart-cost-priority-empty = На { $period } бюджет не распределен ни на один тематический приоритет.
report-chart-cost-subtitle = Бюджетные ассигнования всех подразделений, распределенные по весам вклада, тыс. шв. франков; в скобках — доля в общей сумме.
report-chart-cost = Затраты
report-chart-delivery-title = Уровень выполнения оперативных планов по подразделениям, { $year }
report-chart-delivery-subtitle = Среднее отношение выполненного объема к плановому по каждому элементу, не более 100 %; отмененные элементы не учитываются.
report-chart-delivery-axis = Уровень выполнения (%)
report-chart-delivery-rate = Уровень выполнения
report-chart-delivery-empty = На { $year } год нет элементов оперативного плана.
report-chart-status-of = Статус: { $status }
report-chart-year = Год
report-chart-expected = Ожидаемая траектория
report-chart-baseline = Исходный уровень
report-chart-milestone = Промежуточный ориентир
report-chart-target = Целевое значение
report-chart-approved = Утвержденное фактическое значение
report-chart-provisional = Предварительное или оценочное
report-chart-projection = Прогноз (метод наименьших квадратов)
report-chart-report-year = отчетный год
report-chart-value = Значение ({ $unit })
report-chart-baseline-at = Исходный уровень { $year }: { $value }
report-chart-target-at = Целевое значение { $year }: { $value }

## Content of the translated sections (report form 4): goals and thematic priorities, their tables and
## the notes and text alternatives of their charts

report-list-separator = {", "}
report-notes-separator = {"; "}
report-yes = да
report-no = нет
report-goals-intro = По каждой цели учитываются показатели самой цели и всех нижестоящих результатов, каждый показатель один раз. Статусы определяются по правилу, изложенному в приложении.
report-priorities-intro = По каждому тематическому приоритету учитываются показатели его конечных результатов и продуктов, каждый показатель один раз.
report-level-goal = Стратегическая цель
report-level-target = Целевой показатель
report-level-thematic_priority = Тематический приоритет
report-level-outcome = Конечный результат
report-level-output = Продукт
report-level-enabler = Вспомогательный фактор
report-rollup = { $total ->
    [one] { $total } показатель: { $counts }{ $mean }.
    [few] { $total } показателя: { $counts }{ $mean }.
    [many] { $total } показателей: { $counts }{ $mean }.
   *[other] { $total } показателя: { $counts }{ $mean }.
}
report-rollup-mean = ; средний прогресс { $progress } (оценено показателей: { $rated })
report-rollup-none = К этому результату и нижестоящим результатам не привязан ни один показатель.
report-linked-indicators = Из этих показателей { $count } относятся к результатам, которые вносят вклад в { $code } через связи вклада; они приведены в разделах этих результатов.
report-indicators-of = Показатели { $code }, { $year }
report-trajectories-of = Траектории показателей уровня целевых показателей и ключевых показателей { $code }
report-th-code = Код
report-th-indicator = Показатель
report-th-name = Название
report-th-baseline = Исходный уровень
report-th-target = Целевое значение
report-th-expected = Ожидаемое { $year }
report-th-actual = Фактическое
report-th-progress = Прогресс
report-th-status = Статус
report-th-change-since = Изменение с { $year }
report-th-projection = Прогноз на целевой год
report-th-likely = Цель, вероятно, будет достигнута
report-th-notes = Примечания
report-th-total = Всего
report-th-mean-progress = Средний прогресс
report-th-year = Год
report-th-reference = Ориентир
report-th-reference-value = Значение ориентира
report-th-approved-actual = Утвержденное фактическое значение
report-th-quality = Качество
report-tag-key = ключевой
report-tag-illustrative = иллюстративный
report-outlook-likely = Вероятно
report-outlook-unlikely = Маловероятно
report-outlook-too_early = Пока рано судить
report-move-from = {" "}(ранее: { $status })
report-note-stale = последнее утвержденное значение: { $year }
report-note-stale-earlier = последнее утвержденное значение за более ранний год
report-ref-baseline = исходный уровень
report-ref-milestone = промежуточный ориентир
report-ref-target = целевое значение
report-unit-percent = %
report-unit-count = число
report-unit-chf = CHF
report-unit-ratio = отношение
report-unit-yes_no = да = 1, нет = 0
report-unit-index = индекс
report-chart-alt-mean = , средний прогресс { $progress }
report-chart-alt-more = и еще { $count } в таблице
report-chart-status-goal-alt = Столбчатая диаграмма с накоплением: статус показателей по стратегическим целям за { $year } год. { $parts }.
report-chart-status-goal-alt-empty = Нет данных: в плане нет стратегических целей для отображения за { $year } год.
report-chart-status-priority-alt = Столбчатая диаграмма с накоплением: статус показателей по тематическим приоритетам за { $year } год. { $parts }.
report-chart-status-priority-alt-empty = Нет данных: в плане нет тематических приоритетов для отображения за { $year } год.
report-traj-status = Статус за { $year } год: { $status }
report-traj-progress = {" "}(прогресс { $progress })
report-traj-actual = . Фактическое значение { $value } за { $year } год
report-traj-stale = , последнее утвержденное значение, используемое за { $year } год
report-traj-no-actual = . Утвержденного фактического значения нет
report-traj-expected = ; ожидаемое { $value }
report-traj-alt = Линейный график показателя { $code } { $name } ({ $unit })
report-traj-alt-baseline = исходный уровень { $value } в { $year } году
report-traj-alt-target = целевое значение { $value } в { $year } году
report-traj-alt-no-values = утвержденных значений нет
report-traj-alt-values = утвержденные значения { $values }
report-traj-alt-status = статус за { $year } год: { $status }
report-traj-alt-likely = вероятно, будет достигнуто
report-traj-alt-unlikely = вероятно, не будет достигнуто
report-traj-alt-too-early = пока рано судить
report-traj-alt-projection = прогноз (пунктир, прямая по методу наименьших квадратов; использовано точек: { $points }) { $value } в { $year } году, целевое значение { $outlook }
report-traj-alt-projection-early = прогноз: пока рано судить

## Sheet names of report.xlsx (report form 4, another language than English; at most 31 characters)

report-sheet-indicators = Показатели
report-sheet-indicator-values = Значения показателей
report-sheet-disaggregations = Разбивки
report-sheet-node-rollups = Сводка по результатам
report-sheet-finance-by-unit = Финансы по подразделениям
report-sheet-finance-reconciliation = Финансовая сверка
report-sheet-cost-by-node = Затраты по результатам
report-sheet-operational-delivery = Операционное исполнение
report-sheet-risks = Риски
report-sheet-data-quality = Качество данных
report-sheet-narratives = Пояснения
report-sheet-revisions = Пересмотры
report-sheet-mandates = Мандаты
report-sheet-questions = Вопросы
report-sheet-restatements = Пересчеты
