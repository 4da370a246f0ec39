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

## report.pdf's cover, running header and footer; report.xlsx's header rows, notes and properties; the CSV
## tables' row of names (report form 5). Column names: `report-col-` and the English name in kebab-case.

report-cover-author = Генеральный секретарь
report-cover-body = Совет
report-cover-no-session = Сессия не указана
report-cover-no-symbol = Условное обозначение документа не присвоено
report-cover-original = Язык оригинала: английский
report-cover-by = Отчет Генерального секретаря
report-cover-subtitle = Годовой отчет Совету о выполнении стратегического плана на { $start }–{ $end } годы ({ $resolution }), отчетный год { $year }
report-cover-purpose-heading = Цель
report-cover-purpose = В настоящем отчете Совету представлена информация о выполнении стратегического плана в { $year } году: статус его показателей, финансы, операционное исполнение, риски и качество данных. Совету предлагается принять отчет к сведению.
report-cover-running = { $plan } · годовой отчет Совету, { $year }
report-cover-illustrative = Некоторые цифры в этом отчете являются иллюстративными (примерные данные), а не официальными результатами.
report-cover-symbol-note = Для этого выпуска отчета условное обозначение документа не указано; Секретариат присваивает его при представлении отчета Совету.
report-pdf-page = стр. { $page } из { $pages }
report-xlsx-title = { $plan } — годовой отчет, { $year }
report-xlsx-subject = Отчет Совету о выполнении, { $year }
report-xlsx-text-number-note = Некоторые значения в этом столбце содержат более 15 значащих цифр, больше, чем Excel может хранить в числе: они записаны как текст, чтобы сохранить точное значение.
report-col-about = Предмет
report-col-achieved = Достигнуто
report-col-actual = Фактическое значение
report-col-actual-chf-thousands = Фактически (тыс. шв. франков)
report-col-actual-last-year = Фактическое значение за прошлый год
report-col-actual-older-than-the-year = Фактическое значение за более ранний год
report-col-actual-plan-chf-thousands = Факт − план (тыс. шв. франков)
report-col-as-adopted = В утвержденной редакции
report-col-as-reported = Как сообщалось
report-col-as-revised = В пересмотренной редакции
report-col-asked-by = Автор вопроса
report-col-asked-on = Дата вопроса
report-col-at-risk = Под угрозой
report-col-author = Автор
report-col-baseline = Исходный уровень
report-col-baseline-year = Год исходного уровня
report-col-budget-chf-thousands = Бюджет (тыс. шв. франков)
report-col-category = Категория
report-col-category-code = Код категории
report-col-change-since-last-year = Изменение за год
report-col-changed-at-utc = Время изменения (UTC)
report-col-changed-by = Кем изменено
report-col-check = Проверка
report-col-checked-against = Сверено с
report-col-closing-year = Заключительный год
report-col-computed-chf-thousands = Расчетное значение (тыс. шв. франков)
report-col-computed-reference-chf-thousands = Расчет − эталон (тыс. шв. франков)
report-col-cost-chf-thousands = Затраты (тыс. шв. франков)
report-col-cost-so-far-in-the-period-chf-thousands = Затраты с начала периода (тыс. шв. франков)
report-col-data-quality = Качество данных
report-col-decided-on = Дата решения
report-col-deciding-body = Орган, принявший решение
report-col-decision-reference = Ссылка на решение
report-col-delivered = Выполнено
report-col-delivered-in-full = Выполнено полностью
report-col-delivery-rate = Уровень выполнения
report-col-detail = Подробности
report-col-dimension = Измерение
report-col-direction = Направление
report-col-disaggregation = Разбивка
report-col-evidence-link = Ссылка на подтверждение
report-col-expected-this-year = Ожидаемое значение в этом году
report-col-field-revised = Измененное поле
report-col-impact = Воздействие
report-col-in-force-for-the-year = Действует в отчетном году
report-col-indicator = Показатель
report-col-indicator-code = Код показателя
report-col-indicator-code-in-that-plan = Код показателя в том плане
report-col-indicators = Показатели
report-col-indicators-rated = Оцененные показатели
report-col-item = Элемент
report-col-item-code = Код элемента
report-col-key-indicator = Ключевой показатель
report-col-kind = Вид
report-col-kind-of-note = Вид примечания
report-col-kind-of-restatement = Вид пересчета
report-col-level = Уровень
report-col-likelihood = Вероятность
report-col-linked-results = Связанные результаты
report-col-mandate = Мандат
report-col-mandate-code = Код мандата
report-col-mean-progress = Средний прогресс
report-col-message = Сообщение
report-col-message-number = Номер сообщения
report-col-mitigation = Меры по снижению риска
report-col-narrative = Пояснение
report-col-no-data = Нет данных
report-col-now = Сейчас
report-col-off-track = Отставание
report-col-on-track = По плану
report-col-output-code = Код продукта
report-col-owner-unit = Ответственное подразделение
report-col-parent-result-code = Код вышестоящего результата
report-col-period = Период
report-col-plan-chf-thousands = План (тыс. шв. франков)
report-col-plan-of-the-value = План, к которому относится значение
report-col-planned = Запланировано
report-col-points-projected-from = Точек для прогноза
report-col-progress = Прогресс
report-col-projected-value-in-the-target-year = Прогнозное значение в целевом году
report-col-projection-outlook = Прогнозная оценка
report-col-provenance = Происхождение
report-col-quality-as-reported = Качество на момент отчета
report-col-quality-now = Качество сейчас
report-col-quarter = Квартал
report-col-question = Вопрос
report-col-question-number = Номер вопроса
report-col-reason = Причина
report-col-reason-for-the-status = Причина статуса
report-col-reconciles = Сходится
report-col-reference-chf-thousands = Эталон (тыс. шв. франков)
report-col-report-run = Выпуск отчета
report-col-report-run-restated = Пересчитанный выпуск отчета
report-col-result = Результат
report-col-result-code = Код результата
report-col-result-or-indicator = Результат или показатель
report-col-result-or-indicator-code = Код результата или показателя
report-col-reviewed-on = Дата пересмотра
report-col-risk = Риск
report-col-risk-code = Код риска
report-col-score-likelihood-impact = Балл (вероятность × воздействие)
report-col-series = Ряд
report-col-status = Статус
report-col-status-last-year = Статус в прошлом году
report-col-status-move = Изменение статуса
report-col-target = Целевое значение
report-col-target-year = Целевой год
report-col-unit = Подразделение
report-col-unit-of-measure = Единица измерения
report-col-value = Значение
report-col-vocabulary = Словарь
report-col-what-is-checked = Что проверяется
report-col-written-on = Дата написания
report-col-year = Год
report-col-year-of-the-actual = Год фактического значения
report-col-indicator-unit = Единица измерения

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

## Sections of report form 5 (FORM_SECTIONS): the executive summary, status moves, finance, operational
## delivery, risks, breakdowns and data quality in the report's language, with the finance, delivery and
## breakdown charts' notes, text alternatives and data tables

report-summary-covers = Настоящий доклад охватывает { $year } год, { $nth }-й год стратегического плана на { $start }–{ $end } годы ({ $resolution }). В нем оценено { $total ->
    [one] { $total } показатель
    [few] { $total } показателя
    [many] { $total } показателей
   *[other] { $total } показателя
} по правилу определения статуса, изложенному в приложении: { $counts }.
report-th-indicators = Показатели
report-th-share = Доля
report-summary-all-indicators = Все показатели
report-summary-by-status = Показатели по статусу, { $year }
report-summary-end-of-plan = конец плана
report-summary-projection = Прогноз: из { $total ->
    [one] { $total } показателя
    [few] { $total } показателей
    [many] { $total } показателей
   *[other] { $total } показателя
} число тех, которые, по прогнозу, достигнут своей цели ({ $target }): { $likely }; не достигнут: { $unlikely }; слишком рано судить: { $too_early } (менее двух точек либо нет базового уровня или цели). Каждый прогноз — это прямая наименьших квадратов через базовый уровень и утвержденные годовые значения на сегодняшний день, взятая в целевом году (см. приложение).
report-summary-key-h = Ключевые показатели деятельности
report-summary-key-caption = Ключевые показатели деятельности, { $year }
report-summary-fdr-h = Финансы, выполнение и риски
report-summary-finance-rate = Плановые расходы на { $year } год: { $plan } тыс. CHF; исполнено: { $actual } тыс. CHF ({ $rate } от плана).
report-summary-finance-executed = Плановые расходы на { $year } год: { $plan } тыс. CHF; исполнено: { $actual } тыс. CHF.
report-summary-finance-none = Плановые расходы на { $year } год: { $plan } тыс. CHF; об исполнении пока не сообщалось.
report-summary-delivery = Оперативные планы: из { $counted ->
    [one] { $counted } учтенного мероприятия
    [few] { $counted } учтенных мероприятий
    [many] { $counted } учтенных мероприятий
   *[other] { $counted } учтенного мероприятия
} полностью выполнено { $delivered } (выполненное количество не меньше запланированного); число подразделений: { $units }{ $short } (см. ниже уровень выполнения по подразделениям и мероприятия).
report-summary-delivery-short = ; мероприятия, отмеченные подразделением как выполненные, но не достигшие запланированного количества и не учтенные как полностью выполненные: { $count }
report-summary-risks = Риски: открытых — { $open } из { $total } в реестре, из них высоких — { $high } (вероятность × последствия ≥ { $score }).
report-summary-dq = Замечания о качестве данных: { $counts }.
report-dq-provisional = предварительные
report-dq-estimated = оценочные
report-dq-stale = устаревшие
report-dq-missing = отсутствующие
report-moves-intro = Из { $compared ->
    [one] { $compared } показателя
    [few] { $compared } показателей
    [many] { $compared } показателей
   *[other] { $compared } показателя
}, сравненных с { $since } годом, улучшились: { $improved }, ухудшились: { $worsened }, сохранили статус: { $unchanged }; впервые оценены: { $newly }, больше не оцениваются: { $no_longer }. Статусы упорядочены так: отстает, под угрозой, по графику, достигнуто; переход вверх по этому порядку — улучшение, вниз — ухудшение. Показатель без данных за один из двух годов оценен впервые или больше не оценивается.
report-th-status-of = Статус { $year }
report-th-move = Изменение
report-th-change-actual-since = Изменение фактического значения с { $year }
report-moves-none = Статус ни одного показателя не изменился с { $since } года.
report-moves-caption = Показатели, статус которых изменился с { $since } по { $year } год
report-finance-intro = Суммы указаны в тысячах CHF. Финансовый план — план, принятый вместе со стратегическим планом (Решение 5).
report-recon-none = Нет финансовых данных для сверки за { $year } год.
report-recon-ok = Финансы в точности сходятся за { $year } год: статьи доходов и расходов двухгодичного периода равны итогам, принятым в финансовом плане (Решение 5), и уравновешивают друг друга; ассигнования каждого подразделения на результаты равны его бюджету расходов; затраты по стратегическим целям и затраты по тематическим приоритетам (каждые вместе с факторами содействия) равны статьям расходов года.
report-recon-gap = { $label }: { $computed } тыс. CHF против { $reference } тыс. CHF, { $against } (разница { $difference } тыс. CHF)
report-recon-gap-unset = { $label }: { $computed } тыс. CHF, но { $against } не задано
report-recon-not = Финансы НЕ сходятся за { $year } год (разница = расчет − эталон): { $gaps }.
report-check-adopted-revenue = Статьи доходов { $period }
report-check-adopted-revenue-against = доходы, принятые на { $period } (Решение 5)
report-check-adopted-expense = Статьи расходов { $period }
report-check-adopted-expense-against = расходы, принятые на { $period } (Решение 5)
report-check-balance = Статьи доходов { $period }
report-check-balance-against = статьи расходов { $period } (сбалансированный бюджет)
report-check-unit-allocations = Ассигнования { $unit } на результаты { $period }
report-check-unit-allocations-against = бюджет расходов { $unit } { $period }
report-check-cost-goal = Затраты по стратегическим целям и факторам содействия { $period }
report-check-cost-goal-against = статьи расходов { $period }
report-check-cost-priority = Затраты по тематическим приоритетам и факторам содействия { $period }
report-check-cost-priority-against = статьи расходов { $period }
report-th-check = Проверка
report-th-computed = Расчет
report-th-against = Сравнивается с
report-th-difference-computed = Разница (расчет − эталон)
report-th-reconciles = Сходится
report-recon-not-set = не задано
report-recon-caption = Сверка финансовых данных, { $year } (тыс. CHF; разница = расчет − эталон)
report-th-unit = Подразделение
report-th-kind = Вид
report-th-category = Категория
report-th-plan = План
report-th-difference = Разница
report-finance-lines-caption = Статьи финансового плана и исполнение по подразделениям, { $year } (тыс. CHF)
report-th-plan-chf = План (тыс. CHF)
report-th-actual-chf = Факт (тыс. CHF)
report-th-execution = Исполнение
report-chart-partial = , частично
report-chart-no-actual = фактических данных пока нет
report-chart-budget-alt-unit = { $unit }: план { $plan }, факт { $actual }
report-chart-budget-alt = Сгруппированная столбчатая диаграмма плановых и фактических расходов по подразделениям за { $year } год, тыс. CHF. { $parts }.
report-th-cost-chf = Затраты (тыс. CHF)
report-chart-cost-goal-alt = Столбчатая диаграмма затрат по стратегическим целям за { $period }, тыс. CHF. { $parts }.
report-chart-cost-priority-alt = Столбчатая диаграмма затрат по тематическим приоритетам за { $period }, тыс. CHF. { $parts }.
report-operations-intro = Оперативные планы Генерального секретариата и Секторов обеспечивают результаты стратегического плана. Уровень выполнения мероприятия — выполненное ÷ запланированное количество, без ограничения (выше 100 %, если выполнено больше запланированного). Уровень выполнения подразделения — среднее уровней его мероприятий, каждый из которых ограничен 100 %, чтобы перевыполнение одного мероприятия не скрывало недовыполнение другого; отмененные мероприятия и мероприятия без запланированного количества не учитываются.
report-th-item = Мероприятие
report-th-output = Продукт
report-th-budget = Бюджет
report-th-planned = План
report-th-delivered = Выполнено
report-th-rate = Уровень
report-th-in-full = Полностью
report-th-status-reported = Статус (по данным подразделения)
report-operations-items-caption = Мероприятия оперативных планов, { $year } (бюджет в тыс. CHF)
report-th-items = Мероприятия
report-th-counted = Учтено
report-th-delivered-in-full = Выполнено полностью
report-th-cancelled = Отменено
report-th-delivery-rate = Уровень выполнения
report-th-budget-chf = Бюджет (тыс. CHF)
report-chart-delivery-note = { $rate } · полностью { $delivered } из { $counted ->
    [one] { $counted } мероприятия
    [few] { $counted } мероприятий
    [many] { $counted } мероприятий
   *[other] { $counted } мероприятия
}
report-chart-delivery-none = учтенных мероприятий нет
report-chart-delivery-alt = Столбчатая диаграмма уровня выполнения оперативных планов по подразделениям за { $year } год. { $parts }.
report-chart-delivery-alt-unit = { $unit }: { $note }
report-risks-intro = Реестр рисков, начиная с наивысшей оценки (вероятность × последствия, каждое по шкале от 1 до 5).
report-th-risk = Риск
report-th-likelihood = Вероятность
report-th-impact = Последствия
report-th-score = Оценка
report-th-owner = Ответственный
report-th-reviewed = Пересмотрен
report-th-linked-results = Связанные результаты
report-th-mitigation = Меры по снижению
report-risks-caption = Реестр рисков
report-breakdowns-none = Ни у одного показателя нет утвержденных значений в разбивке по полу или по регионам за { $year } год.
report-breakdowns-intro = Утвержденные значения за { $year } год показателей в разбивке по полу или по регионам МСЭ. Все значения в разбивке приведены также в tables/disaggregations.csv.
report-breakdowns-omitted = Еще не показано на диаграммах показателей с разбивкой: { $count } (не более { $max } показателей, сначала ключевые); их значения приведены в tables/disaggregations.csv.
report-dimension-sex = полу
report-dimension-region = регионам
report-th-value = Значение
report-chart-breakdown-title = { $code } — { $name }: по { $dimension }, { $year }
report-chart-breakdown-subtitle = Утвержденные значения за { $year } год по { $dimension }, { $unit }.
report-chart-breakdown-empty = Нет утвержденных значений по { $dimension } за { $year } год.
report-chart-breakdown-alt = Столбчатая диаграмма показателя { $code } { $name } по { $dimension } за { $year } год: { $parts }.
report-dq-intro = Утвержденные значения, являющиеся предварительными или оценочными, значения прошлых лет, заменяющие значения отчетного года (устаревшие), и показатели без пригодного значения (отсутствующие).
report-th-detail = Подробности
report-dq-by-kind = Замечания о качестве данных по видам
report-dq-caption = Замечания о качестве данных

## Section "Results serving each resolution" of report form 5 (FORM_SECTIONS)

report-mandates-none = Ни один результат этого плана не связан с резолюцией, задачей ЦУР, направлением деятельности ВВУИО или решением.
report-mandates-intro = Резолюции, задачи ЦУР, направления деятельности ВВУИО и решения, которым служат результаты плана, и для каждого — связанные с ним цели, приоритеты, другие результаты и показатели с их статусом за { $year } год (статус результата — число его показателей по статусам, как в его разделе). Эти связи приведены также в tables/mandates.csv.
report-mandates-no-indicator = нет показателей
report-mandates-rollup = { $total ->
    [one] { $total } показатель: { $counts }
    [few] { $total } показателя: { $counts }
    [many] { $total } показателей: { $counts }
   *[other] { $total } показателя: { $counts }
}
report-mandate-resolution = Резолюция { $code }
report-mandate-sdg = Задача ЦУР { $code }
report-mandate-wsis = Направление деятельности ВВУИО { $code }
report-mandate-decision = Решение { $code }
report-mandates-h-resolution = Резолюции
report-mandates-h-sdg = Задачи ЦУР
report-mandates-h-wsis = Направления деятельности ВВУИО
report-mandates-h-decision = Решения
report-mandates-caption-resolution = Резолюции: результаты, служащие каждой из них, { $year }
report-mandates-caption-sdg = Задачи ЦУР: результаты, служащие каждой из них, { $year }
report-mandates-caption-wsis = Направления деятельности ВВУИО: результаты, служащие каждому из них, { $year }
report-mandates-caption-decision = Решения: результаты, служащие каждому из них, { $year }
report-th-mandate = Мандат
report-th-title = Название
report-th-result = Результат
report-th-level = Уровень

## Annex "Questions from Council members and replies" of report form 5 (FORM_SECTIONS)

report-questions-intro = Вопросы, заданные членами Совета по этому плану до даты настоящего доклада, и ответы Секретариата в порядке поступления. Все они приведены также в tables/questions.csv.
report-question-h = Вопрос { $id }: { $title }
report-question-meta = { $about } · задал(а) { $who }, { $date } · { $status }

## Sections "Framework revisions in force", "Restatements" and "Annex: indicator reference sheets" of
## report form 5 (FORM_SECTIONS)

report-revisions-none = Ни базовый уровень, ни цель, ни промежуточный ориентир, ни единица, ни направление какого-либо показателя не пересматривались решением, действующим в { $year } году: каждая цифра настоящего доклада измеряется по отношению к принятой рамке.
report-revisions-rule = Пересмотр базового уровня, цели, промежуточного ориентира, единицы или направления действует со дня принятия решения. В настоящем докладе { $year } год оценивается по рамке, действующей на 31 декабря { $year } года: пересмотр, решение о котором принято в этот день или ранее, применяется; принятый позднее не меняет настоящий доклад и применяется начиная с доклада за год его принятия.
report-revisions-caption = Пересмотры рамки, действующие в { $year } году
report-revisions-also = Эти пересмотры приведены также в tables/revisions.csv.
report-th-field = Поле
report-th-as-adopted = Как принято
report-th-as-revised = После пересмотра
report-th-decided = Дата решения
report-th-by = Орган
report-field-baseline_value = базовое значение
report-field-baseline_year = базовый год
report-field-target_value = целевое значение
report-field-target_year = целевой год
report-field-unit = единица
report-field-direction = направление
report-restated-published = {" "}(опубликован { $date })
report-restated-intro = После того как выпуск доклада { $run } за { $year } год был зафиксирован { $frozen }{ $published }, пересмотрено значений за { $year } год, приведенных в докладе: { $revised }; утверждено с опозданием значений за { $year } год: { $late }; зарегистрировано пересмотров рамки: { $revisions }. В каждой строке приведены цифра, сообщенная Совету в докладе, и цифра, утвержденная сейчас, с указанием, кто, когда и почему ее изменил. Эти цифры приведены также в tables/restatements.csv.
report-th-breakdown = Разбивка
report-th-change = Изменение
report-th-reported = Сообщено
report-th-now = Сейчас
report-th-approved = Утверждено
report-th-why = Причина
report-th-before = До
report-th-after = После
report-th-decision = Решение
report-th-in-force-for = Действует в { $year }
report-restated-headline = основное значение
report-restated-revised = пересмотрено
report-restated-late = позднее значение
report-restated-values-caption = Значения за { $year } год, измененные после доклада
report-restated-revisions-caption = Пересмотры рамки, зарегистрированные после доклада
report-sheets-intro = Почему и как измеряется каждый ключевой показатель — по данным Секретариата.
report-refsheet-rationale = Обоснование
report-refsheet-method = Метод расчета
report-refsheet-disaggregation = Разбивка
report-refsheet-limitations = Ограничения
report-refsheet-quality-assurance = Обеспечение качества
report-refsheet-target-rationale = Обоснование цели

## Predecessors of another plan cycle in the goal and priority sections of report form 5 (FORM_SECTIONS)

report-predecessor-redefined = Другой показатель, не входящий в ряд { $code }: { $code } переопределяет { $predecessor } { $name } плана { $plan } ({ $unit }); его значения приведены здесь отдельно
report-predecessor-new = Другой показатель, не входящий в ряд { $code }: { $code } — новый показатель, предшественником которого названо { $predecessor } { $name } плана { $plan } ({ $unit }); его значения приведены здесь отдельно

## The annex "Status rule and thresholds" of report form 5 (FORM_SECTIONS)

report-rule-intro = Каждый статус в настоящем докладе определяется одним правилом, применяемым только к утвержденным значениям:
report-rule-actual-term = Фактическое значение A(Y)
report-rule-actual = Утвержденное основное значение (без разбивки) за год Y, объединяющее значения за периоды внутри года по правилу агрегирования показателя (последнее, сумма, среднее или отношение). Если за год Y значения нет, его заменяет последнее утвержденное значение за предыдущий год давностью не более лет: { $max_age }; в докладе указывается, за какой год.
report-rule-expected-term = Ожидаемое значение E(Y)
report-rule-expected = Прямая через базовый уровень (год, значение), ежегодные промежуточные ориентиры и цель на конец плана; до базового года — базовый уровень, после целевого года — цель.
report-rule-progress-term = Прогресс
report-rule-progress = (A − b) / (E − b), где b — базовый уровень; одна и та же формула служит для растущих и убывающих показателей. Если E = b, прогресс равен 1, когда A находится по нужную сторону от b или равно ему, иначе 0.
report-rule-status-term = Статус
report-rule-status = Достигнуто, если A достигает конечной цели (A ≥ T при росте, A ≤ T при снижении); иначе по графику, если прогресс ≥ { $on_track }; под угрозой, если прогресс ≥ { $at_risk }; иначе отстает. Показатели, которые нужно поддерживать, идут по графику в пределах ±{ $maintain_on_track } % от цели, под угрозой в пределах ±{ $maintain_at_risk } %, иначе отстают. Нет данных, если отсутствует фактическое значение, базовый уровень или цель, с указанием причины.
report-rule-rollup-term = Сводка
report-rule-rollup = Для результата: показатели этого результата и всех нижестоящих результатов (по дереву и по связям вклада, каждый показатель один раз): число по статусам и среднее значение прогресса, ограниченного отрезком [0, 1], по оцененным показателям (достигнутый считается как 1).
report-th-threshold-of = Порог плана { $plan }
report-threshold-on-track = По графику: минимальный прогресс
report-threshold-at-risk = Под угрозой: минимальный прогресс
report-threshold-maintain-on-track = Поддержание, по графику: в пределах ± % от цели
report-threshold-maintain-at-risk = Поддержание, под угрозой: в пределах ± % от цели
report-threshold-max-age = Наиболее давнее значение, которое может заменять (лет)
report-thresholds-caption = Пороговые значения плана
report-methods-h = Методы
report-method-cost = Затраты на результат: бюджет каждого подразделения распределяется по продуктам, тематическим приоритетам и факторам содействия. Затраты на тематический приоритет, конечный результат, продукт или фактор содействия — это ассигнования на него и на все нижестоящие результаты; затраты на цель или задачу — ассигнования, перенесенные на нее через весовые коэффициенты вклада связанных с ней результатов. Одна и та же цифра приводится везде, где указаны затраты на результат.
report-method-reconciliation = Сверка: каждая проверка сравнивает сумму с независимым эталоном — статьи доходов и расходов двухгодичного периода с итогами, принятыми в финансовом плане (Решение 5), и друг с другом; ассигнования каждого подразделения на результаты с его бюджетом расходов; затраты по целям и по тематическим приоритетам (каждые вместе с факторами содействия) со статьями расходов года. Разница = расчет − эталон; проверка сходится, когда обе величины в точности равны.
report-method-delivery = Уровень выполнения: уровень мероприятия — выполненное ÷ запланированное количество, без ограничения (мероприятие, выполненное сверх плана, показывает более 100 %). Уровень подразделения — среднее уровней его мероприятий, каждый из которых ограничен 100 %; отмененные мероприятия и мероприятия без запланированного количества не учитываются.
report-method-charts = Диаграммы: траектория для каждого показателя уровня задачи и каждого ключевого показателя, не более { $max } (сначала ключевые){ $omitted }. Статус обозначается цветом (палитра Okabe-Ito), штриховкой и подписью.
report-method-charts-omitted = ; показатели, приведенные только в таблицах: { $count }
report-method-tables = Таблицы: точные десятичные значения в том виде, в каком они введены; производные цифры (ожидаемое значение, прогресс, средние, уровни) округлены до { $dp } знаков после запятой. Суммы указаны в тысячах CHF. В report.xlsx числа являются числами, кроме цифры, имеющей более { $digits } значащих цифр, которую Excel не может хранить: она записана как текст, и ее лист это указывает, чтобы точная цифра сохранилась.
report-method-cycles = Ряды между циклами плана: только предшественник, перенесенный из предыдущего плана, продолжает ряд показателя (одна линия на его диаграмме; строки с пометкой predecessor_carried_over в indicator_values.csv). Переопределенный предшественник измеряет другое: его значения никогда не наносятся на линию показателя и не приводятся как его значения, а показываются отдельно в подписанной таблице с пометкой predecessor_redefined, со своими планом, кодом и единицей.
report-projection-h = Прогноз
report-projection-method = Прогноз каждого показателя — это прямая наименьших квадратов через его точки (год, значение): базовый уровень и утвержденное годовое значение каждого последующего года вплоть до отчетного года и целевого года (кварталы объединены по правилу агрегирования показателя). Прямая берется в целевом году. При менее чем двух точках (нет утвержденного значения после базового года) или без базового уровня либо цели судить слишком рано, и значение не прогнозируется. Цель, вероятно, будет достигнута, если прогнозное значение достигает ее в направлении показателя (не ниже при росте, не выше при снижении) или, для поддерживаемого показателя, находится в пределах ±{ $band } % от нее; иначе маловероятно. Сравнение точное; прогнозное значение округляется только при выводе. На диаграммах прогнозный участок линии, от последней точки до целевого года, показан пунктиром с подписью «прогноз».
report-projection-limits = Ограничения: прямая предполагает, что изменение продолжится в том же темпе. Она ничего не знает о насыщении (процент, близкий к 100), о разовых скачках или о мерах, которые еще предстоит принять; при двух-трех точках один необычный год сильно ее сдвигает, а базовый уровень весит как любой утвержденный год. Промежуточные ориентиры не учитываются: прогноз показывает, куда движутся значения, ожидаемая траектория — куда они должны были двигаться.
report-narratives-h = Пояснения и подтверждения
report-narratives-note = Рядом с каждым показателем разделы рамки приводят то, что написали его плановики к его утвержденным основным значениям за { $year } год: пояснение и ссылку на подтверждение годового значения и каждого квартала, а также резолюции, задачи ЦУР, направления деятельности ВВУИО и решения, которым он служит. Показываются только утвержденные значения: пока пересмотр значения ожидает утверждения (введен или представлен, но еще не утвержден), доклад показывает пояснение и подтверждение ранее утвержденного значения, как и само это значение. Ссылка на подтверждение является ссылкой, только если это адрес http или https; все остальное показывается как текст. Все пояснения приведены также в tables/narratives.csv.
report-units-h = Единицы и правила агрегирования
report-units-intro = Значения за год объединяются по правилу агрегирования показателя, и не всякое правило подходит для всякой единицы. Правило отношения складывает числители и знаменатели кварталов и делит: 100 × Σчислитель ÷ Σзнаменатель для процента, Σчислитель ÷ Σзнаменатель для отношения; отдельное значение, заданное с числителем и знаменателем, проверяется с тем же множителем. Показатель с парой, не указанной здесь, отклоняется при его определении или изменении.
report-th-rules-allowed = Допустимые правила агрегирования
report-th-why-not = Почему не другие
report-units-caption = Допустимые правила агрегирования по единицам
report-unit-name-percent = процент
report-unit-name-count = количество
report-unit-name-chf = CHF
report-unit-name-ratio = отношение
report-unit-name-yes_no = да/нет
report-unit-name-index = индекс
report-aggregation-latest = последнее значение
report-aggregation-sum = сумма
report-aggregation-mean = среднее
report-aggregation-ratio = отношение
report-about-h = О настоящем докладе
report-about = Подготовлен на основе снимка данных { $snapshot } для выпуска доклада { $run }, созданного { $created }. Каждый файл доклада — эта страница, charts/*.svg и *.png, tables/*.csv и report.xlsx — указан со своей контрольной суммой SHA-256 в manifest.json; повторная сборка выпуска из того же снимка дает те же байты.

## Report form 6 (FORM_VERSIONS): the data-quality notes the report writes, in report.html, the CSV
## files and report.xlsx

report-dq-note-stale = Нет утвержденного значения за { $year } год; вместо него используется значение за { $from } год.
report-dq-note-provisional = Использованное значение за { $from } год является предварительным.
report-dq-note-estimated = Использованное значение за { $from } год является оценочным.

## Report form 7 (FORM_REASONS): a value missing for the status rule, its reasons (the interface's
## nodata-… messages, joined and with a capital first letter) said as a sentence

report-dq-note-missing = { $reasons }.

## The four-year assessment (assessment form 8, ASSESSMENT_FORM_LANGUAGES): its page, charts and workbook

report-assessment-title = { $plan } — оценка результатов, { $first }–{ $last }, для Полномочной конференции
report-assessment-kicker = Доклад Совета Полномочной конференции о выполнении стратегического плана
report-assessment-heading = { $plan }: оценка результатов, { $first }–{ $last }
report-assessment-cover-line = { $resolution } · период плана { $start }–{ $end } · оцениваемые годы { $first }–{ $last }
report-assessment-meta = Выпуск доклада { $run } · снимок данных { $snapshot } · сформирован { $generated }
report-assessment-illustrative = Некоторые цифры в этом докладе являются иллюстративными (примерные данные), а не официальными результатами.
report-assessment-summary-h = Резюме: все годы рядом
report-assessment-goals-h = Достижение целей и приоритетов и их стоимость
report-assessment-indicators-h = Достижение каждого целевого показателя и прогноз по тому, что остается открытым
report-assessment-restated-h = Пересмотр цифр, представленных в годовых докладах
report-assessment-annex-h = Приложение: методологические примечания
report-assessment-restated-year = Доклад за { $year } год (выпуск { $run })
report-assessment-footer = { $plan } · оценка { $first }–{ $last } · выпуск доклада { $run }
report-assessment-summary-intro = В этом докладе оцениваются показатели { $plan } (число: { $count }) за каждый год с { $first } по { $last }, каждый по правилу определения статуса, изложенному в приложении, относительно рамочной структуры, действовавшей в том году. Таблицы доклада также содержатся в report.xlsx и tables/*.csv.
report-assessment-summary-end = На конец { $last } года, из { $count } показателей: целевое значение достигнуто: { $achieved }; по графику: { $on_track }; под угрозой: { $at_risk }; с отставанием: { $off_track }; без данных: { $no_data }.
report-assessment-summary-projection = Показатели, цель которых остается открытой: { $count }. По прогнозу достигнут ее к целевому году: { $likely }; не достигнут: { $unlikely }; судить пока рано: { $too_early }.
report-assessment-goals-intro = Для каждой стратегической цели, тематического приоритета и фактора содействия: сколько относящихся к ним показателей и показателей нижестоящих результатов имели каждый статус в каждом году, их средний прогресс и стоимость в том году (бюджетные ассигнования, распределенные по весам вклада, в тысячах швейцарских франков). Последняя строка — весь период.
report-assessment-node-caption = { $code } по годам
report-assessment-indicators-intro = Статус и фактическое значение каждого показателя в каждом году (значение за более ранний год помечено этим годом), его прогресс в заключительном году и, если цель не достигнута, к чему движутся его утвержденные значения к целевому году.
report-assessment-th-progress-end = Прогресс на конец периода
report-assessment-th-projection = Прогноз
report-assessment-actual-from = { $value } (за { $year })
report-assessment-achieved = достигнуто
report-assessment-indicators-caption = Показатели по годам
report-assessment-annex-years-h = Оцениваемые годы
report-assessment-annex-years = С первого года плана, { $first }, по заключительный год { $last }: последний год плана с утвержденным значением на момент выпуска. Последующие годы плана еще не оцениваются.
report-assessment-annex-status-h = Статус в каждом году
report-assessment-annex-status = Каждый год оценивается по тому же правилу определения статуса, что и годовой доклад за этот год, относительно исходных, целевых и промежуточных значений, действовавших на 31 декабря: прогресс (A − b) / (E − b) не менее { $on_track } — по графику, не менее { $at_risk } — под угрозой, ниже — с отставанием; значение, достигшее целевого или превысившее его, — достигнуто; показатели поддержания идут по графику в пределах ±{ $maintain_on_track } % от целевого значения и под угрозой в пределах ±{ $maintain_at_risk } %; утвержденное значение давностью не более { $years } г. заменяет недостающее.
report-assessment-annex-end-h = Достижение на конец периода
report-assessment-annex-end = Достижение показателя — это его статус в заключительном году; достижение цели или приоритета — сводные данные по относящимся к ним показателям и показателям нижестоящих результатов в том году (каждый учитывается один раз), со средним прогрессом, ограниченным отрезком [0, 1].
report-assessment-annex-projection-h = Прогноз по тому, что остается открытым
report-assessment-annex-projection = Только для показателей, не достигнутых в заключительном году: прямая по методу наименьших квадратов через исходное значение и утвержденные с тех пор годовые значения (не менее двух точек), взятая в целевом году; вероятно, если это значение достигает цели, маловероятно, если нет, судить пока рано при менее чем двух точках или без исходного или целевого значения. Это тот же прогноз, что и на странице показателя и в годовом докладе.
report-assessment-annex-cost-h = Стоимость по целям
report-assessment-annex-cost = Бюджетные ассигнования всех подразделений за каждый год, распределенные по целям, тематическим приоритетам и факторам содействия по весам вклада (тот же свод затрат, что в годовом докладе и на финансовых страницах), в тысячах швейцарских франков; стоимость за период — точная сумма по годам. Цифры округлены только для отображения; tables/cost_by_node.csv и report.xlsx содержат их точно.
report-assessment-annex-restated-h = Пересмотры
report-assessment-annex-restated = Для каждого года с опубликованным годовым докладом — значения этого года, пересмотренные или утвержденные с опозданием, и пересмотры рамочной структуры, зарегистрированные после фиксации этого доклада, как на странице выпуска.
report-assessment-all-indicators = все показатели
report-assessment-chart-status-title = Статус показателей по годам, { $first }–{ $last }
report-assessment-chart-status-subtitle = Число показателей всего плана по статусам в каждом году. «Под угрозой» заштриховано, «с отставанием» — перекрестной штриховкой; n = показатели, % = средний прогресс.
report-assessment-chart-status-alt = Гистограмма с накоплением статуса показателей в каждом году с { $first } по { $last }. { $parts }.
report-assessment-chart-status-empty = Ни один показатель не оценен ни в одном году с { $first } по { $last }.
report-assessment-xlsx-title = { $plan } — оценка { $first }–{ $last }
report-assessment-xlsx-subject = Оценка результатов стратегического плана, { $first }–{ $last }
report-sheet-indicator-achievement = Достижение показателей
report-sheet-indicator-years = Показатели по годам
report-sheet-node-years = Результаты по годам
