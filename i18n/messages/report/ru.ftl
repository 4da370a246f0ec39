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
