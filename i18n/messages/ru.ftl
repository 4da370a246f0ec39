### NEEDS REVIEW by the ITU language services (Russian section): written by the stratrack developers,
### not taken from an official ITU text. Remove this mark, message by message or for the whole file,
### once the language services have reviewed the text (docs/I18N.md).
### Plurals follow CLDR for Russian: one (1, 21, 31…), few (2–4, 22–24…), many (0, 5–20, 25–30…),
### other (fractions).

## Layout: on every page

layout-skip = Перейти к содержанию
layout-nav = Главное меню
layout-notices = Уведомления
layout-unread = { $count ->
    [one] { $count } непрочитанное уведомление
    [few] { $count } непрочитанных уведомления
    [many] { $count } непрочитанных уведомлений
   *[other] { $count } непрочитанного уведомления
}
layout-account = Учётная запись
layout-logout = Выйти
layout-plan = План
layout-year = Год
layout-show = Показать
layout-language = Язык
layout-footer = stratrack: стратегический план, его результаты и годовой отчёт Совету

nav-dashboard = Сводка
nav-framework = Система результатов
nav-compare = Сравнение лет
nav-entry = Ввод данных
nav-approvals = Утверждение
nav-collection = Сбор данных
nav-periods = Периоды
nav-plans = Планы
nav-finance = Финансы
nav-operations = Оперативная деятельность
nav-risks = Риски
nav-reports = Отчёты
nav-questions = Вопросы
nav-audit = Журнал аудита
nav-users = Пользователи

role-admin = администратор
role-planner = планировщик
role-reviewer = рецензент

## Login and account

login-title = Вход
login-heading = Вход в stratrack
login-email = Электронная почта
login-password = Пароль
login-submit = Войти
login-expired = Срок действия формы входа истёк, или она отправлена не с этого сайта. Войдите ещё раз.
login-wrong = Неверный адрес электронной почты или пароль.
login-throttled = { $minutes ->
    [one] Вход отклонён: слишком много неудачных попыток. Повторите через { $minutes } минуту.
    [few] Вход отклонён: слишком много неудачных попыток. Повторите через { $minutes } минуты.
    [many] Вход отклонён: слишком много неудачных попыток. Повторите через { $minutes } минут.
   *[other] Вход отклонён: слишком много неудачных попыток. Повторите через { $minutes } минуты.
}

account-title = Учётная запись
account-heading = Ваша учётная запись
account-role = роль: { $role }
account-tokens = Токены API
account-password-heading = Смена пароля
account-current = Текущий пароль
account-new = Новый пароль (не менее 12 символов)
account-submit = Сменить пароль
account-changed = Ваш пароль изменён.
account-must-change = Пожалуйста, выберите новый пароль.

## Error pages

error-back = Вернуться к сводке
error-internal = На сервере произошла ошибка; она записана в журнал.
error-unavailable = База данных сейчас не может сохранить или прочитать эти данные, ничего не сохранено. Повторите попытку через минуту.
error-csrf = Срок действия формы истёк, или она отправлена не с этого сайта; обновите страницу и повторите попытку.
error-method = Этот адрес не принимает такой запрос.
error-language = Интерфейса на этом языке нет.

## Problem documents

problem-not_found = Не найдено
problem-validation_failed = Недопустимый запрос
problem-bad_request = Некорректный запрос
problem-conflict = Конфликт
problem-version_mismatch = Устаревшая версия
problem-period_locked = Период закрыт
problem-too_large = Слишком большой запрос
problem-unsupported_media_type = Неподдерживаемый тип содержимого
problem-throttled = Слишком много попыток
problem-unauthenticated = Требуется вход
problem-forbidden = Доступ запрещён
problem-database_unavailable = Сервис недоступен
problem-password_change_required = Требуется сменить пароль
problem-internal = Внутренняя ошибка сервера

problem-internal-detail = на сервере произошла ошибка; она записана в журнал
problem-database_unavailable-detail = база данных сейчас не может сохранить или прочитать эти данные, и ничего из запроса не сохранено; повторите попытку через минуту
problem-unauthenticated-detail = требуется вход в систему
problem-password_change_required-detail = сначала смените пароль (POST /api/v1/auth/password)
problem-too_large-detail = тело запроса больше { $limit } байт

## Statuses and levels

status-achieved = Достигнуто
status-on_track = По плану
status-at_risk = Под угрозой
status-off_track = Отставание
status-no_data = Нет данных

level-goal = цель
level-thematic_priority = тематический приоритет
level-enabler = вспомогательный фактор
level-target = целевой показатель
level-outcome = конечный результат
level-output = намеченный результат

## Why an indicator has no data: the status rule's reasons (area `nodata`; `status::Assessment::reason_in`)

nodata-no-baseline = нет исходного значения
nodata-no-target = нет целевого значения
nodata-no-value = нет утверждённого значения за { $year } год
nodata-too-old = последнее утверждённое значение относится к { $from } году и старше предельного срока плана ({ $years ->
    [one] { $years } год
    [few] { $years } года
    [many] { $years } лет
   *[other] { $years } года
})
nodata-bad-quarter = квартал { $quarter } { $year } года не в пределах от 1 до 4
nodata-no-ratio-parts = у значения за { $quarter }-й кв. { $year } года нет числителя и знаменателя, нужных показателю-отношению
nodata-zero-denominators = сумма знаменателей за { $year } год равна 0, поэтому у отношения нет значения

nodata-few-points = меньше { $min } точек (нет утверждённых годовых значений после базового { $year } года)
nodata-too-large = значения слишком велики для точной проекции

## Dashboard

dashboard-title = Сводка за { $year } год
dashboard-status-of = { $total ->
    [one] Состояние { $total } показателя
    [few] Состояние { $total } показателей
    [many] Состояние { $total } показателей
   *[other] Состояние { $total } показателя
}
dashboard-compare = Сравнить { $year } с { $previous }: как изменилось каждое состояние
dashboard-basis-none = Ни одно состояние за { $year } год ещё не оценено: нет утверждённых значений за { $year } год или за год, который может его заменить.
dashboard-basis-all = { $rated ->
    [one] { $rated } оценённое состояние основано на значениях самого { $year } года.
    [few] Все { $rated } оценённых состояния основаны на значениях самого { $year } года.
    [many] Все { $rated } оценённых состояний основаны на значениях самого { $year } года.
   *[other] Все { $rated } оценённого состояния основаны на значениях самого { $year } года.
}
dashboard-basis-mixed = { $rated ->
    [one] Из { $rated } оценённого состояния
    [few] Из { $rated } оценённых состояний
    [many] Из { $rated } оценённых состояний
   *[other] Из { $rated } оценённого состояния
} { $own ->
    [one] { $own } основано
    [few] { $own } основаны
    [many] { $own } основаны
   *[other] { $own } основаны
} на значениях самого { $year } года, а { $standing } — на более раннем значении, заменяющем его ({ $years }).
dashboard-basis-from = { $count } за { $year }
dashboard-list-separator = {", "}
dashboard-collection = Сбор данных за { $year } год
dashboard-dates-unset = Сроки сбора данных за { $year } год ещё не установлены.
dashboard-due-region = Что нужно представить за { $year } год
dashboard-due-caption = Что нужно представить за { $year } год, к какому сроку и что просрочено
dashboard-unit = Подразделение
dashboard-opens = Начало
dashboard-due = Срок
dashboard-to-submit = Осталось представить
dashboard-returned-col = Возвращено
dashboard-overdue-col = Просрочено
dashboard-complete = Выполнено
dashboard-overdue = просрочено: { $count }
dashboard-not-set = не установлен
dashboard-board = Ход сбора данных за { $year } год
dashboard-goals = По целям и тематическим приоритетам
dashboard-goals-region = Число состояний по целям, тематическим приоритетам и вспомогательным факторам
dashboard-goals-caption = Число состояний по целям, тематическим приоритетам и вспомогательным факторам за { $year } год
dashboard-code = Код
dashboard-name = Название
dashboard-progress = Средний прогресс
dashboard-budget = Бюджет и фактические расходы по подразделениям, { $year } (тыс. швейцарских франков)
dashboard-budget-region = Бюджет и фактические расходы по подразделениям
dashboard-budget-caption = Бюджет расходов по финансовому плану и фактическое исполнение
dashboard-budget-col = Бюджет
dashboard-actual = Факт
dashboard-rate = Уровень исполнения
dashboard-attention = Требует внимания
dashboard-waiting = { $count ->
    [one] { $count } представленное значение ожидает утверждения
    [few] { $count } представленных значения ожидают утверждения
    [many] { $count } представленных значений ожидают утверждения
   *[other] { $count } представленного значения ожидают утверждения
}
dashboard-attention-region = Показатели, требующие внимания
dashboard-attention-caption = Показатели с отставанием, под угрозой, с устаревшими данными или без данных за { $year } год
dashboard-indicator = Показатель
dashboard-owner = Ответственный
dashboard-status = Состояние
dashboard-why = Причина
dashboard-why-progress = прогресс { $progress }
dashboard-why-progress-stale = прогресс { $progress }, значение за { $year } год
dashboard-why-stale = устарело: последнее значение за { $year } год
dashboard-returned = Возвращено вам
dashboard-returned-region = Значения, возвращённые вам с примечаниями
dashboard-returned-caption = { $count ->
    [one] { $count } значение возвращено с примечанием: исправьте и представьте его снова
    [few] { $count } значения возвращены с примечанием: исправьте и представьте их снова
    [many] { $count } значений возвращены с примечанием: исправьте и представьте их снова
   *[other] { $count } значения возвращены с примечанием: исправьте и представьте их снова
}
dashboard-value = Значение
dashboard-figure = Число
dashboard-note = Примечание
dashboard-returned-by = Кем возвращено

## Words of the yearly collection: a value's state and quality

state-none = нет значения
state-draft = черновик
state-submitted = представлено
state-returned = возвращено
state-approved = утверждено
quality-provisional = предварительное
quality-estimated = оценочное
quality-final = окончательное

## The pager under long lists, and a refused form's problems (shared by many pages)

pager-label = Страницы списка: { $what }
pager-total = { $what }: { $total } — страница { $page } из { $pages }
pager-previous = Предыдущая страница
pager-next = Следующая страница
pager-indicators = показатели
pager-revisions = редакции
pager-items = элементы
pager-users = пользователи
pager-entries = записи
pager-mandates = мандаты
pager-questions = вопросы
pager-risks = риски
problems-nothing-saved = Ничего не сохранено.
problems-correct = Исправьте:

## Entry grid

entry-title = Ввод данных { $year }
entry-heading = Ввод данных — { $year }
entry-intro = Показатели вашего подразделения. Введите значения, сохраните их как черновики и отметьте те, которые нужно представить на утверждение. Представленные и утверждённые значения исправляются на их собственной странице.
entry-intro-admin = Показатели вашего подразделения (для Канцелярии Генерального секретаря: все подразделения или выбранное). Введите значения, сохраните их как черновики и отметьте те, которые нужно представить на утверждение. Представленные и утверждённые значения исправляются на их собственной странице.
entry-tally-saved = Сохранено: { $count }
entry-tally-submitted = {" "}(представлено на утверждение: { $count })
entry-tally-refused = { $count ->
    [one] , не сохранено: { $count } — см. строку
    [few] , не сохранено: { $count } — см. строки
    [many] , не сохранено: { $count } — см. строки
   *[other] , не сохранено: { $count } — см. строки
}
entry-imported = { $count ->
    [one] Импортировано { $count } значение со статусом «{ $state }»
    [few] Импортировано { $count } значения со статусом «{ $state }»
    [many] Импортировано { $count } значений со статусом «{ $state }»
   *[other] Импортировано { $count } значения со статусом «{ $state }»
}
entry-first-refused = первая несохранённая строка: { $code }
entry-code-not-saved = { $code }: не сохранено:
entry-filters-not-applied = Фильтры не применены:
entry-not-imported = { $count ->
    [one] Файл не импортирован: { $count } проблема.
    [few] Файл не импортирован: { $count } проблемы.
    [many] Файл не импортирован: { $count } проблем.
   *[other] Файл не импортирован: { $count } проблемы.
}
entry-see-lines = Посмотреть по строкам
entry-filters = Поиск и фильтр показателей
entry-org-unit = Подразделение
entry-all-units = все подразделения
entry-quarter-label = Квартал (квартальные показатели)
entry-quarter = { $quarter } кв.
entry-search = Поиск по коду или названию
entry-state = Статус
entry-any = любой
entry-node = Цель или приоритет
entry-has-value = Есть значение
entry-either = неважно
entry-yes = да
entry-no = нет
entry-per-page = На странице
entry-show = Показать
entry-match = { $count ->
    [one] Найден { $count } показатель.
    [few] Найдено { $count } показателя.
    [many] Найдено { $count } показателей.
   *[other] Найдено { $count } показателя.
}
entry-match-of = { $count ->
    [one] Найден { $count } показатель из { $all }.
    [few] Найдено { $count } показателя из { $all }.
    [many] Найдено { $count } показателей из { $all }.
   *[other] Найдено { $count } показателя из { $all }.
}
entry-match-showing = { $count ->
    [one] Найден { $count } показатель; показаны { $first }–{ $last }, страница { $page } из { $pages }.
    [few] Найдено { $count } показателя; показаны { $first }–{ $last }, страница { $page } из { $pages }.
    [many] Найдено { $count } показателей; показаны { $first }–{ $last }, страница { $page } из { $pages }.
   *[other] Найдено { $count } показателя; показаны { $first }–{ $last }, страница { $page } из { $pages }.
}
entry-match-of-showing = { $count ->
    [one] Найден { $count } показатель из { $all }; показаны { $first }–{ $last }, страница { $page } из { $pages }.
    [few] Найдено { $count } показателя из { $all }; показаны { $first }–{ $last }, страница { $page } из { $pages }.
    [many] Найдено { $count } показателей из { $all }; показаны { $first }–{ $last }, страница { $page } из { $pages }.
   *[other] Найдено { $count } показателя из { $all }; показаны { $first }–{ $last }, страница { $page } из { $pages }.
}
entry-values-of = Значения за { $year } год
entry-grid-region = Таблица ввода, { $year }
entry-caption = Показатели и их значения за { $year } год
entry-col-submit = Представить
entry-col-indicator = Показатель
entry-col-uom = Единица измерения
entry-col-baseline = Исходный уровень
entry-col-expected = Ожидается в { $year }
entry-col-approved = Утверждено за { $year }
entry-col-value = Значение
entry-col-state = Статус и качество
entry-col-narrative = Пояснение и подтверждение
entry-submit-code = Представить { $code }
entry-milestone = промежуточный ориентир { $value }
entry-numerator = Числитель
entry-denominator = Знаменатель
entry-value-of = Значение { $code }
entry-not-saved = Не сохранено:
entry-quality-of = Качество { $code }
entry-returned = Возвращено:
entry-counting = утверждённое значение { $value } (редакция { $revision }) учитывается до утверждения исправления
entry-history = История
entry-revise = Исправить
entry-of = для { $code }
entry-breakdown = Разбивка по полу или региону ({ $count })
entry-narrative-of = Пояснение к { $code }
entry-evidence-of = Ссылка на подтверждение для { $code }
entry-evidence = подтверждение
entry-save = Сохранить значения (и представить отмеченные)
entry-upload-h = Загрузить пакет (CSV или книга Excel)
entry-upload-header = Заголовок: indicator_code, year, quarter, disaggregation, value, numerator, denominator, quality, narrative, evidence_url (план { $plan }). Сохраняются все строки или ни одной.
entry-templates = Шаблоны для вашего подразделения и { $year } года, заполненные вашими показателями:
entry-csv-template = Шаблон CSV
entry-xlsx-template = Шаблон Excel
entry-file = Файл CSV или книга Excel (.xlsx)
entry-upload-submit = Представить значения на утверждение
entry-upload = Загрузить
entry-not-imported-caption = { $count ->
    [one] Файл не импортирован: { $count } проблема
    [few] Файл не импортирован: { $count } проблемы
    [many] Файл не импортирован: { $count } проблем
   *[other] Файл не импортирован: { $count } проблемы
}
entry-line = Строка (CSV) или ряд (книга)
entry-column = Столбец
entry-reason = Причина
problems-see-fields = см. поля ниже.

## One indicator's entry form, and one value's page

entry-saved-draft = { $code } сохранён как черновик
entry-submitted = { $code } представлен на утверждение
entry-value-not-saved = Значение не сохранено:
entry-nothing-saved = Ничего не сохранено:
entry-form-title = Ввод { $code }
entry-form-unit = Подразделение: { $unit }
entry-form-direction = направление
entry-form-ratio-hint = введите числитель и знаменатель
entry-form-decimal-hint = точное десятичное число с точкой, например 12.5
entry-form-year = Год
entry-form-quarter = Квартал (пусто — весь год)
entry-form-whole-year = весь год
entry-form-dimension = { $dimension } (пусто — итог)
entry-total = итог
entry-form-quality = Качество
entry-form-narrative = Пояснение
entry-form-evidence = Ссылка на подтверждение (веб-адрес)
entry-form-save-draft = Сохранить черновик
entry-form-save-submit = Сохранить и представить на утверждение
entry-form-values-h = Значения { $code }
entry-form-values-caption = Черновики, представленные и утверждённые значения
entry-form-period = Период
entry-form-breakdown = Разбивка
entry-form-note = Замечание проверяющего
entry-form-actions = Действия
entry-form-correct = Исправить
entry-form-of-value = значения { $id }
entry-form-value-id = значение { $id }
entry-value-title = Значение { $code } { $period }
entry-value-uom = единица измерения
entry-value-state = статус
entry-value-revision-n = редакция { $revision }
entry-value-revision = { $value } (редакция { $revision })
entry-returned-on = Возвращено { $at }:
entry-value-counting = Утверждённое значение { $value } учитывается в отчётах до утверждения исправления.
entry-value-pending = Ожидает утверждения исправление:
entry-value-correct = Исправить значение
entry-value-revise = Пересмотреть утверждённое значение
entry-value-revise-hint = Исправление — это новая редакция; утверждённое значение остаётся доступным и учитывается до утверждения исправления.
entry-value-reason = Причина исправления (обязательно)
entry-value-waits = Это представленное значение здесь не изменяется: оно ожидает утверждения или возврата.
entry-value-locked = Это значение (статус «{ $state }») здесь не изменяется: его год закрыт.
entry-value-read-only = Это значение (статус «{ $state }») здесь не изменяется.
entry-value-revisions-region = Редакции значения
entry-value-revisions-caption = Редакции { $code } { $period }
entry-value-revision-col = Редакция
entry-value-this-one = { $revision } (эта)
entry-value-steps-region = Действия со значением
entry-value-steps-caption = Каждое действие: кто, когда и с каким замечанием
entry-value-when = Когда (UTC)
entry-value-who = Кто
entry-value-step = Действие
entry-value-note = Замечание или причина
entry-value-back = Вернуться к таблице ввода
entry-correction-saved = Исправление { $code } сохранено как редакция { $revision } (черновик)
entry-correction-submitted = Исправление { $code } (редакция { $revision }) представлено на утверждение
entry-step-entered = введено
entry-step-edited = изменено
entry-step-submitted = представлено
entry-step-returned = возвращено
entry-step-approved = утверждено
entry-step-revised = пересмотрено
entry-step-superseded = заменено
entry-step-deleted = удалено

## Approval queue

approvals-title = Утверждение
approvals-heading = Очередь на утверждение
approvals-filters = Фильтр очереди на утверждение
approvals-every-year = все годы
approvals-unit = Подразделение
approvals-every-unit = все подразделения
approvals-search = Поиск показателя
approvals-filter = Применить фильтр
approvals-elsewhere = Также ожидают в других планах или годах:
approvals-scope-year = { $plan } { $year }
approvals-scope-every = { $plan } за все годы
approvals-scope-unit = { $scope }, подразделение { $unit }
approvals-none-waiting = Нет значений { $scope }, ожидающих утверждения.
approvals-none-waiting-from = Нет значений { $scope } от { $unit }, ожидающих утверждения.
approvals-none-matching = Нет значений { $scope }, ожидающих утверждения и соответствующих «{ $q }».
approvals-none-matching-from = Нет значений { $scope } от { $unit }, ожидающих утверждения и соответствующих «{ $q }».
approvals-region = Представленные значения с контекстом
approvals-caption = { $count ->
    [one] { $count } представленное значение { $scope }
    [few] { $count } представленных значения { $scope }
    [many] { $count } представленных значений { $scope }
   *[other] { $count } представленного значения { $scope }
}
pager-page = страница { $page } из { $pages }
approvals-col-select = Выбор
approvals-col-change = Изменение к прошлому году
approvals-col-expected = Ожидаемое и целевое
approvals-col-status = Статус, который оно даст
approvals-col-entered = Введено и представлено
approvals-col-return = Вернуть с замечанием
approvals-select = Выбрать { $what }
approvals-own = ваше собственное значение: решает другой администратор
approvals-none = нет
approvals-last-year = прошлый год { $previous }
approvals-replaces = редакция { $revision } заменяет утверждённое значение { $value } (редакция { $approved }), которое учитывается до тех пор
approvals-expected = ожидается { $value }
approvals-target = цель { $value }
approvals-target-by = { $value } к { $year }
approvals-now = сейчас: { $status }
approvals-breakdown-no-status = разбивка: собственного статуса нет
approvals-entered = введено
approvals-submitted = представлено
approvals-note-for = Замечание для возврата { $code } { $period }
approvals-return = Вернуть
approvals-approve-selected = Утвердить выбранные
approvals-return-selected = Вернуть выбранные, каждое со своим замечанием
approvals-pages = Страницы очереди на утверждение
approvals-filter-not-applied = Фильтр не применён.
approvals-approved = { $count ->
    [one] Утверждено { $count } значение: { $values }
    [few] Утверждено { $count } значения: { $values }
    [many] Утверждено { $count } значений: { $values }
   *[other] Утверждено { $count } значения: { $values }
}
approvals-returned = { $count ->
    [one] Возвращено { $count } значение: { $values }
    [few] Возвращено { $count } значения: { $values }
    [many] Возвращено { $count } значений: { $values }
   *[other] Возвращено { $count } значения: { $values }
}
approvals-select-one = Выберите хотя бы одно значение.
approvals-nothing-changed = Ничего не изменено.
approvals-nothing-changed-because = Ничего не изменено:

## Collection calendar and completeness board (the dashboard's words Unit, Opens, Due, Complete, Overdue are shared)

collect-title = Сбор данных { $year }
collect-heading = Сбор данных за { $year } год — { $plan }
collect-completeness = Полнота
collect-explained = Показатель учитывается по наиболее продвинутому значению за { $year } год (утверждённое значение, находящееся на исправлении, остаётся утверждённым). «Выполнено» означает представлено или утверждено. Просрочено: показатели, по которым после установленного срока так и нет представленного значения (по состоянию на { $today }).
collect-region = Полнота по подразделениям, { $year }
collect-caption = Показатели, ожидаемые от каждого подразделения за { $year } год, по состоянию их значений
collect-expected = Ожидается
collect-no-value = Нет значения
collect-draft = Черновик
collect-returned = Возвращено
collect-submitted = Представлено
collect-approved = Утверждено
collect-all-units = Все подразделения
collect-own-dates = свои сроки
collect-none-expected = От вашего подразделения не ожидается ни одного показателя { $plan }.
collect-calendar = Календарь
collect-every-unit = Сроки для всех подразделений
collect-opens-on = Сбор открывается
collect-due-on = Значения представляются до
collect-save-dates = Сохранить сроки на { $year } год
collect-own-h = Подразделения со своими сроками
collect-own-explained = Подразделение, которому установлены свои сроки, следует им вместо указанных выше; удалите их, чтобы подразделение снова следовало срокам выше.
collect-units-caption = Сроки сбора данных для каждого подразделения на { $year } год
collect-dates = Сроки
collect-save-unit = Сохранить { $unit }
collect-clear-unit = Удалить сроки { $unit }
collect-dates-are = Сбор данных за { $year } год открывается { $opens }, срок представления — { $due }.
collect-dates-are-unit = Сбор данных за { $year } год открывается { $opens }, срок представления — { $due }; сроки вашего подразделения указаны в таблице выше.
collect-dates-unset = Канцелярия Генерального секретаря ещё не установила сроки сбора данных за { $year } год.
collect-dates-set = Сбор данных за { $year } год открывается { $opens }, срок представления — { $due } для всех подразделений без своих сроков.
collect-unit-dates-set = Сбор данных за { $year } год открывается { $opens }, срок представления — { $due } для { $unit }.
collect-unit-cleared = { $unit } снова следует срокам сбора данных для всех подразделений.

## Reporting periods: year locks and lock exceptions

periods-title = Отчётные периоды
periods-heading = Отчётные периоды — { $plan }
periods-explained = В закрытый год нельзя вносить новые значения или изменять значения. Исключение из закрытия позволяет одному подразделению изменять свои значения в закрытом году до определённого момента (UTC); когда оно истекает или отзывается, закрытие снова действует для этого подразделения.
periods-years = Годы
periods-years-region = Годы { $plan } и их закрытие
periods-years-caption = Годы { $plan }
periods-locked-on = Закрыт
periods-by = Кем
periods-locked = закрыт
periods-open = открыт
periods-exceptions = Исключения из закрытия
periods-no-exception = В { $plan } не предоставлено ни одного исключения.
periods-exceptions-region = Исключения из закрытия { $plan }
periods-exceptions-caption = Исключения из закрытия { $plan }, сначала самые ранние
periods-until = До (UTC)
periods-granted-col = Предоставлено
periods-revoked-col = Отозвано
exception-active = действует
exception-ended = истекло
exception-revoked = отозвано
periods-unrecorded-user = незарегистрированный пользователь
periods-granted-by = { $at }, { $who }
periods-revoked-by = { $at }, { $who }: { $note }
periods-lock-h = Закрыть или открыть год
periods-lock-explained = Укажите причину: замечание показывается при каждом отказе, пока год закрыт, и сохраняется в журнале аудита.
periods-why-lock = Причина закрытия { $year }
periods-why-unlock = Причина открытия { $year }
periods-lock = Закрыть { $year }
periods-unlock = Открыть { $year }
periods-grant-h = Предоставить исключение из закрытия
periods-year-locked = { $year } (закрыт)
periods-until-hint = Будущие дата и время, например 2029-04-01T00:00 (UTC) или со смещением, например 2029-04-01T02:00+02:00.
periods-grant = Предоставить исключение
periods-revoke-h = Отозвать исключение
periods-revoke-which = { $unit } в { $year }, до { $until }
periods-why-revoke = Причина отзыва
periods-revoke = Отозвать исключение для { $unit }
periods-not-locked = Год не закрыт
periods-not-unlocked = Год не открыт
periods-not-granted = Исключение не предоставлено
periods-not-revoked = Исключение не отозвано
periods-locked-done = Отчётный период { $year } плана { $plan } закрыт
periods-unlocked-done = Отчётный период { $year } плана { $plan } открыт
periods-granted = { $unit } может изменять значения { $year } плана { $plan } до { $until }
periods-revoked = Исключение для { $unit } на { $year } плана { $plan } отозвано

## Questions from Council: the list, one thread, the ask form, the panel of an indicator's or a run's page

questions-title = Вопросы Совета
questions-intro = Вопросы, которые члены Совета задали о { $plan }: об индикаторе, результате или разделе опубликованного отчета. Канцелярия Генерального секретаря отвечает или поручает вопрос подразделению, которое отвечает. Каждая ветка включается в приложение следующего зафиксированного отчета.
questions-status = Статус
questions-any = любой
questions-run = Выпуск отчета
questions-indicator = Индикатор
questions-filter = Отфильтровать
questions-none-match = Нет подходящих вопросов.
questions-list = Вопросы, последние изменения сначала
questions-col-question = Вопрос
questions-col-about = Предмет
questions-col-run = Выпуск
questions-col-asked-by = Автор вопроса
questions-col-asked-on = Дата вопроса
questions-col-replies = Ответы
questions-about-section = Раздел: { $section }
questions-about-indicator = Индикатор { $code }
questions-about-node = Результат { $code }
questions-back-to-list = Вопросы Совета
questions-thread = Вопрос { $id }
questions-about = Предмет
questions-of-run = выпуск отчета
questions-answered-by = Отвечает
questions-answered-by-unit = плановики { $unit } и Канцелярия Генерального секретаря
questions-answered-by-office = Канцелярия Генерального секретаря
questions-messages = Сообщения
questions-reply-h = Ответ
questions-reply-not-added = Ваш ответ не добавлен.
questions-reply-problem = Ответ:
questions-changed-meanwhile = Кто-то тем временем изменил этот вопрос. Ниже он показан в нынешнем виде, ваш ответ сохранен: прочитайте вопрос и отправьте ответ еще раз.
questions-your-reply = Ваш ответ
questions-send-reply = Отправить ответ
questions-who-answers = Кто отвечает
questions-unit-replies = Подразделение, плановики которого отвечают
questions-office-answers = нет: отвечает Канцелярия
questions-assign = Поручить
questions-reopen = Снова открыть вопрос
questions-mark-answered = Отметить как отвеченный
questions-ask-h = Задать вопрос
questions-back = Вернуться туда, где вы задавали вопрос
questions-title-field = Заголовок
questions-your-question = Ваш вопрос
questions-ask = Задать вопрос
questions-not-sent = Ваш вопрос не отправлен:
questions-none-here = Здесь еще не задано ни одного вопроса.
questions-asked = задан { $day }
questions-replies = { $count ->
    [one] { $count } ответ
    [few] { $count } ответа
    [many] { $count } ответов
   *[other] { $count } ответа
}
questions-section = Раздел отчета
questions-sent = Ваш вопрос { $id } отправлен в Канцелярию Генерального секретаря.
questions-reply-added = Ваш ответ добавлен.
questions-assigned = Вопрос { $id } поручен { $unit }.
questions-to-office = На вопрос { $id } отвечает Канцелярия.
questions-now-open = Вопрос { $id } снова открыт.
questions-now-answered = Вопрос { $id } отмечен как отвеченный.
qstatus-open = открыт
qstatus-answered = отвечен
qsection-report = Отчет в целом
qsection-summary = Резюме
qsection-moves = Индикаторы, статус которых изменился
qsection-goals = Стратегические цели
qsection-priorities = Тематические приоритеты и факторы содействия
qsection-finance = Финансы
qsection-operations = Оперативное исполнение
qsection-risks = Риски
qsection-breakdowns = Разбивка по полу и регионам
qsection-data-quality = Качество данных
qsection-annex = Приложение: правило статуса и пороговые значения
qsection-sheets = Приложение: справочные листы индикаторов

## Year against year (the comparison page)

yoy-title = Сравнение { $a } и { $b }
yoy-heading = Год к году
yoy-filters = Годы и фильтры
yoy-year-a = Год A
yoy-year-b = Год B
yoy-goal = Цель
yoy-all = все
yoy-priority = Приоритет или фактор содействия
yoy-unit = Подразделение
yoy-move = Изменение статуса
yoy-any = любое
yoy-submit = Сравнить
yoy-moves-h = Как изменились статусы с { $a } по { $b }
yoy-moves-note = Статусы упорядочены так: отставание, под угрозой, по плану, достигнуто. Переход вверх по этому порядку — улучшение, вниз — ухудшение. Индикатор без данных за один из годов впервые оценен или больше не оценивается.
yoy-indicators-h = Индикаторы
yoy-region = Индикаторы за { $a } и { $b }
yoy-caption = Индикаторы за { $a } и { $b }: { $count } с этими фильтрами
yoy-col-indicator = Индикатор
yoy-col-actual = Факт { $year }
yoy-col-change = Изменение
yoy-col-progress = Прогресс { $year }
yoy-col-status = Статус { $year }
yoy-col-move = Переход
yoy-none = Нет индикаторов с этими фильтрами.
yoy-nodes-scoped = Узлы результатов в выборке
yoy-nodes-top = Цели, тематические приоритеты и факторы содействия
yoy-nodes-region = Сводные данные за { $a } и { $b }
yoy-nodes-caption = Средний прогресс индикаторов каждого узла (каждый ограничен 0–100 %) за { $a } и { $b }
yoy-col-node = Узел
yoy-col-level = Уровень
yoy-col-mean = Средний прогресс { $year }
move-improved = Улучшение
move-worsened = Ухудшение
move-unchanged = Без изменений
move-newly_rated = Впервые оценен
move-no_longer_rated = Больше не оценивается

## Plan cycle: a plan beside its predecessor

plancycle-title = { $plan } рядом с предшествующим планом
plancycle-heading = Цикл плана — { $plan } ({ $period })
plancycle-heading-beside = Цикл плана — { $plan } ({ $period }) рядом с { $predecessor } ({ $predecessor_period })
plancycle-intro = Построено по ссылкам на предшественников у индикаторов { $plan }.
plancycle-def-carried_over = та же мера, один ряд на оба периода.
plancycle-def-redefined = другая мера с той же целью, ее значения — отдельный ряд.
plancycle-def-new = нет предшественника (или он указан только для справки).
plancycle-def-dropped = индикатор { $predecessor }, который ни один индикатор { $plan } не переносит и не переопределяет.
plancycle-filters = Фильтры
plancycle-class = Класс
plancycle-all = все
plancycle-goal = Цель, приоритет или фактор содействия
plancycle-show = Показать
plancycle-classes-h = Индикаторы по классам
plancycle-indicators-h = Индикаторы
plancycle-region = Индикаторы обоих планов
plancycle-caption = Индикаторы { $plan } и их предшественники: { $count } с этими фильтрами
plancycle-col-in = В { $plan }
plancycle-col-unit = Единица измерения
plancycle-col-predecessor = Предшественник
plancycle-col-changed = Что изменилось
plancycle-for-reference = указан для справки
plancycle-nothing = ничего
plancycle-none = Нет индикаторов с этими фильтрами.
plancycle-nodes-h = Узлы результатов
plancycle-nodes-note = У узлов результатов нет ссылок на предшественников: они сопоставляются по коду, поэтому узел, код которого есть в обоих планах, указан один раз с обоими названиями.
plancycle-nodes-region = Узлы результатов обоих планов
plancycle-nodes-caption = Узлы результатов { $plan } и { $predecessor }, сопоставленные по коду
plancycle-col-node = Узел
plancycle-col-level = Уровень
plancycle-col-name-in = Название в { $plan }
plancycle-definition-reworded = определение переформулировано
plancycle-dropped-goal = { $code } — { $name } (исключен)
class-carried_over = Перенесен
class-redefined = Переопределен
class-new = Новый
class-dropped = Исключен
nodeclass-in_both = В обоих планах
nodeclass-new = Новый
nodeclass-dropped = Исключен

## Users, API tokens and the audit log

users-title = Пользователи
users-heading = Пользователи и токены API
users-one-time = Одноразовый пароль для
users-one-time-note = показывается один раз; пользователь должен сменить его при первом входе.
users-new-token = Новый токен (показывается один раз):
users-find-label = Поиск пользователей
users-contains = Адрес или имя содержит
users-role = Роль
users-any = любая
users-find = Найти
users-caption = Пользователи — всего { $count }
users-email = Электронная почта
users-name = Имя
users-unit = Подразделение
users-active = Активен
users-actions = Действия
users-yes = да
users-no = нет
users-disable = Отключить
users-enable = Включить
users-reset = Сбросить пароль
users-add-h = Добавить пользователя
users-display-name = Отображаемое имя
users-role-planner = плановик (Бюро / Секретариат)
users-role-reviewer = рецензент (член Совета)
users-role-admin = администратор (Канцелярия Генерального секретаря)
users-org-unit = Подразделение (для плановиков)
users-none = нет
users-add = Добавить пользователя
users-tokens-h = Ваши токены API
users-tokens-caption = Токены для скриптов (передаются как Authorization: Bearer)
users-starts = Начинается с
users-created = Создан
users-expires = Истекает
users-revoked = Отозван
users-never = никогда
users-revoke = Отозвать
users-token-name = Название токена
users-token-days = Истекает через (дней; пусто: никогда)
users-token-create = Создать токен
users-created-user = Создан { $email }
users-enabled = Пользователь включен.
users-disabled = Пользователь отключен.
users-token-revoked = Токен отозван.
audit-title = Журнал аудита
audit-filters = Фильтр журнала аудита
audit-user = Пользователь (адрес)
audit-type = Тип записи
audit-any = любой
audit-id = Идентификатор или код записи
audit-from = С (дата)
audit-to = По (дата включительно)
audit-filter = Отфильтровать
audit-entries = Записи аудита
audit-caption = { $count ->
    [one] { $count } запись
    [few] { $count } записи
    [many] { $count } записей
   *[other] { $count } записи
}, сначала новые — страница { $page } из { $pages }
audit-when = Когда (UTC)
audit-who = Кто
audit-action = Действие
audit-record = Запись
audit-reason = Причина
audit-change = Изменение
audit-before-after = до и после
audit-before = До
audit-after = После
audit-created = создано
audit-deleted = удалено

## Risk register and one risk

risks-title = Риски
risks-heading = Реестр рисков — { $plan }
risks-intro = Оценка = вероятность × воздействие, каждое от 1 до 5; самые серьезные риски идут первыми. Уровни: низкий (1-4), средний (5-9), высокий (10-14), критический (15-25). Незакрытый риск считается с просроченным обзором, если последний обзор был более { $days } дней (шести месяцев) назад.
risks-filters = Фильтр рисков
risks-status = Статус
risks-any = любой
risks-category = Категория
risks-owner = Ответственный
risks-threatens-node = Угрожает (узел)
risks-filter = Отфильтровать
risks-matrix-h = Вероятность × воздействие
risks-matrix-note = Сколько из { $count } отобранных фильтрами рисков находится в каждой ячейке; каждая ячейка называет свой уровень, поэтому матрица читается без цвета.
risks-overdue-count = Просрочен обзор ({ $count }):
risks-matrix-label = Матрица рисков
risks-matrix-caption = Число рисков по вероятности (строки) и воздействию (столбцы)
risks-likelihood-impact = Вероятность \ воздействие
risks-bands-caption = Риски по уровням
risks-band = Уровень
risks-scores = Оценки
risks-caption = Риски { $plan } по оценке — всего { $count }
risks-col-risk = Риск
risks-likelihood = Вероятность
risks-impact = Воздействие
risks-score = Оценка
risks-threatens = Угрожает
risks-reviewed = Обзор
risks-mitigation = Меры по снижению
risks-update-link = обновить
risks-review-overdue = обзор просрочен
risks-none = Нет подходящих рисков { $plan }.
risks-add-h = Добавить риск
risks-code = Код
risks-title-field = Название
risks-description = Описание
risks-likelihood-field = Вероятность (от 1 до 5)
risks-impact-field = Воздействие (от 1 до 5)
risks-nodes-field = Угрожает (коды узлов через запятую)
risks-add = Добавить риск
risks-update-h = Обновление рисков вашего подразделения
risks-update-note = Вы можете изменить статус, меры по снижению и дату последнего обзора. Если кто-то другой изменил риск после показа этой страницы, ничего не сохраняется, и вам сообщают об этом.
risks-score-of = оценка { $score }
risks-reviewed-on = Дата обзора
risks-save = Сохранить { $code }
risks-risk = Риск { $code }
risks-back = Реестр рисков { $plan }
risks-product = вероятность { $likelihood } × воздействие { $impact }
risks-last-reviewed = Последний обзор
risks-overdue-days = более { $days } дней назад
risks-no-node = нет узлов результатов
risks-close = Закрыть { $code }
risks-links-h = Узлы результатов, которым он угрожает
risks-unlink = Удалить связь с { $node }
risks-link-node = Связать с узлом
risks-link = Связать
risks-edit-h = Изменить { $code }
risks-edit-note = Если кто-то другой изменил риск после показа этой страницы, ничего не сохраняется, и вам сообщают об этом.
risks-follow = Отслеживайте риск (статус, меры по снижению, дата обзора) в
risks-follow-link = формах обновления вашего подразделения.
risks-updated = Риск { $code } обновлен.
risks-added = Риск { $code } добавлен (оценка { $score }).
risks-updated-score = Риск { $code } обновлен (оценка { $score }).
risks-closed = Риск { $code } закрыт.
risks-linked = Риск { $code } теперь связан с { $node }.
risks-unlinked = Риск { $code } больше не связан с { $node }.
riskstatus-open = открыт
riskstatus-mitigating = снижается
riskstatus-closed = закрыт
riskcat-strategic = стратегический
riskcat-financial = финансовый
riskcat-operational = операционный
riskcat-reputational = репутационный
riskcat-compliance = соответствие требованиям
riskcat-security = безопасность
band-low = низкий
band-medium = средний
band-high = высокий
band-critical = критический

## Operational plans and their items

ops-title = Операции { $year }
ops-heading = Оперативные планы, { $year }
ops-intro = Бюджеты в тысячах швейцарских франков. Уровень исполнения мероприятия — выполнено ÷ запланировано; уровень подразделения — среднее по его мероприятиям, каждое не более 100 %, без отмененных мероприятий и мероприятий, по которым ничего не запланировано.
ops-per-unit = Исполнение по подразделениям
ops-per-unit-caption = Исполнение по подразделениям, оперативные планы, начинающиеся в { $year } году
ops-unit = Подразделение
ops-plan = Оперативный план
ops-status = Статус
ops-budget = Бюджет
ops-items = Мероприятия
ops-counted = Учтено
ops-in-full = Выполнено полностью
ops-cancelled = Отменено
ops-rate = Уровень исполнения
ops-no-plan = Ни один оперативный план { $plan } не начинается в { $year } году.
ops-filters = Фильтр мероприятий
ops-any = любой
ops-output-code = Продукт (код)
ops-filter = Отфильтровать
ops-items-caption = Мероприятия оперативных планов, начинающихся в { $year } году, — всего { $count }
ops-item = Мероприятие
ops-output = Продукт
ops-run-by = Исполнитель
ops-planned = Запланировано
ops-delivered = Выполнено
ops-update = Обновить исполнение
ops-delivered-of = Выполненный объем { $code } ({ $measure })
ops-status-of = Статус { $code }
ops-save = Сохранить
ops-none = Нет подходящих мероприятий.
ops-updated = Мероприятие { $code } обновлено.
opplan-draft = проект
opplan-approved = утвержден
itemstatus-planned = запланировано
itemstatus-in_progress = выполняется
itemstatus-delivered = выполнено
itemstatus-delayed = задерживается
itemstatus-cancelled = отменено

## Framework revisions

fwrev-title = Пересмотры рамки
fwrev-heading = Пересмотры рамки — { $plan }
fwrev-intro = Каждое изменение исходного значения, целевого показателя, промежуточного ориентира, единицы измерения или направления, сделанное после появления значений, с решением, на котором оно основано. Пересмотр действует со дня принятия решения: год оценивается и отражается в отчете по рамке, действовавшей на 31 декабря этого года.
fwrev-as-adopted-link = Рамка в утвержденном виде.
fwrev-filters = Фильтр пересмотров
fwrev-indicator-code = Код индикатора
fwrev-field = Поле
fwrev-reason = Причина
fwrev-any = любая
fwrev-filter = Отфильтровать
fwrev-list = Пересмотры
fwrev-caption = Пересмотры { $plan }, последние решения сначала — всего { $count }
fwrev-indicator = Индикатор
fwrev-before = До
fwrev-after = После
fwrev-adopted = При утверждении
fwrev-decided = Дата решения
fwrev-by = Кем
fwrev-reference = Ссылка
fwrev-justification = Обоснование
fwrev-none = Нет подходящих пересмотров { $plan }.
reason-methodology = методология
reason-data_availability = наличие данных
reason-mandate_change = изменение мандата
reason-error_correction = исправление ошибки
reason-external_shock = внешнее потрясение
reason-other = другое

## Reports to Council and one report run

reports-title = Отчеты
reports-heading = Отчеты Совету
reports-intro = Зафиксированный выпуск сохраняет данные, по которым он построен, и контрольную сумму каждого файла, поэтому отчет, направленный Совету, можно воспроизвести байт в байт.
reports-reviewers-see = Рецензенты Совета видят выпуск после его публикации.
reports-for = Отчет по { $plan }, { $year }
reports-preview = Скачать предварительный просмотр (zip, не зафиксирован)
reports-published-only = Члены Совета видят только опубликованные отчеты: отчет за { $year } год появится ниже, как только Канцелярия Генерального секретаря его опубликует.
reports-iati = Результаты в виде файла IATI 2.03 (XML, только утвержденные значения):
reports-iati-year = Файл IATI за { $year } год
reports-iati-all = Файл IATI за все годы { $plan }
reports-plan = План
reports-year = Год
reports-symbol = Условное обозначение документа Совета (необязательно)
reports-symbol-hint = Указывается на обложке report.pdf; если оставить пустым, на обложке сказано, что оно еще не задано.
reports-session = Сессия Совета (необязательно)
reports-freeze = Зафиксировать выпуск
reports-assessment-h = Четырехлетняя оценка { $plan }
reports-assessment-intro = Отчет за период для Полномочной конференции: все годы плана рядом, достижение каждой задачи и цели в конце периода, затраты по целям за период, пересчеты и прогноз того, что остается невыполненным. Он охватывает план до последнего года с утвержденным значением и указан ниже как выпуск вида «оценка».
reports-assessment-once-frozen = Он появится после фиксации.
reports-freeze-assessment = Зафиксировать четырехлетнюю оценку
reports-runs = Выпуски
reports-published = Опубликованные отчеты
reports-none = Выпусков отчетов пока нет.
reports-runs-caption = Выпуски отчетов, новые сначала
reports-run = Выпуск
reports-kind = Вид
reports-status = Статус
reports-frozen = Зафиксирован
reports-published-col = Опубликован
reports-snapshot = Снимок
reports-files = Файлы
reports-kind-annual = годовой отчет
reports-kind-assessment = четырехлетняя оценка
reports-up-to = по { $year }
reports-publish = Опубликовать
reports-all-files = { $count ->
    [one] { $count } файл
    [few] Все { $count } файла
    [many] Все { $count } файлов
   *[other] Все { $count } файла
}
reports-frozen-annual = Выпуск отчета { $id } за { $year } год зафиксирован. Опубликуйте его, чтобы он стал виден Совету.
reports-frozen-assessment = Выпуск четырехлетней оценки { $id } (годы по { $year }) зафиксирован. Опубликуйте его, чтобы он стал виден Совету.
reports-no-plan = Плана { $plan } не существует.
reports-published-flash = Выпуск отчета { $id } опубликован для Совета.
reports-csv-headings = Начинать каждую таблицу CSV со строки названий столбцов на языке отчета
reports-csv-headings-hint = Над стабильными кодами столбцов, которые сохраняет каждый файл CSV, — для тех, кто открывает таблицы в электронной таблице; программа читает такой файл, пропуская его первую строку. Если не отмечено, в файлах CSV только коды.
runstatus-frozen = зафиксирован
runstatus-published = опубликован
run-title = Выпуск отчета { $id }
run-back = Годовые отчеты Совету
run-heading = Выпуск отчета { $id }: { $plan }, { $year }
run-not-yet = еще нет
run-zip = { $count ->
    [one] { $count } файл (zip)
    [few] все { $count } файла (zip)
    [many] все { $count } файлов (zip)
   *[other] все { $count } файла (zip)
}
run-ask-once-published = Члены Совета смогут задавать вопросы об этом выпуске после его публикации.
run-restated-h = Пересчеты после этого отчета
run-no-restatements = Ни одна цифра этого выпуска не изменилась с момента его фиксации { $at }: ни одно значение за { $year } год не было пересмотрено или утверждено с опозданием, и пересмотров рамки не зарегистрировано.
run-restatements-intro = Что изменилось после фиксации этого выпуска { $at }: значения за { $year } год, пересмотренные с тех пор (приведенная цифра → утвержденная сейчас) или утвержденные с опозданием, и пересмотры рамки, зарегистрированные с тех пор.
run-next-lists = Отчет за { $next } год приводит их в разделе «Пересчеты цифр, приведенных в прошлом году».
run-next-will-list = После публикации этого выпуска отчет за { $next } год приведет их в разделе «Пересчеты цифр, приведенных в прошлом году».
run-values-h = Значения за { $year } год
run-values-caption = Значения за { $year } год, измененные после отчета
run-indicator = Индикатор
run-change = Изменение
run-reported = Приведено
run-now = Сейчас
run-quality = Качество
run-who-when = Кто и когда
run-why = Почему
run-headline = основное значение
run-entered-by = введено:
run-approved-by = утверждено:
run-revisions-h = Пересмотры рамки
run-revisions-caption = Целевые показатели, исходные значения и промежуточные ориентиры, пересмотренные после отчета
run-field = Поле
run-before = До
run-after = После
run-decision = Решение
run-in-force = Действует на { $year } год
run-decided = решение от { $day }
run-yes = да
run-decided-after = нет: решение принято после { $year } года
restate-late = запоздалое значение
restate-revised = пересмотрено

## One report run in several languages: the freeze form's languages and each language's files on the run's page
runlang-legend = Языки отчета
runlang-hint = Каждый отмеченный язык формируется из одних и тех же зафиксированных данных. Первый отмеченный находится в корне выпуска, каждый из остальных — в папке с его кодом.
runlang-heading = Языки
runlang-root = в корне выпуска
runlang-folder = в папке { $folder }
runlang-zip = { $count ->
    [one] { $count } файл (zip)
    [few] все { $count } файла (zip)
    [many] все { $count } файлов (zip)
   *[other] все { $count } файла (zip)
}
runlang-tables = Таблицы (CSV)

## The run's page: whether its CSV tables start with a row of names (issue 17.4)

run-csv-headings = Таблицы CSV
run-csv-headings-yes = Каждая начинается со строки с названиями столбцов на языке доклада, над кодами столбцов
run-csv-headings-no = Только коды столбцов, без строки названий на языке доклада

## Notices

notices-title = Уведомления
notices-show-all = Показать все уведомления
notices-show-unread = Показать только непрочитанные
notices-none = У вас нет уведомлений.
notices-none-unread = У вас нет непрочитанных уведомлений.
notices-mark-all = Отметить все как прочитанные
notices-list = { $count ->
    [one] { $count } уведомление, сначала новые
    [few] { $count } уведомления, сначала новые
    [many] { $count } уведомлений, сначала новые
   *[other] { $count } уведомления, сначала новые
}
notices-count = { $count ->
    [one] { $count } уведомление
    [few] { $count } уведомления
    [many] { $count } уведомлений
   *[other] { $count } уведомления
}
notices-new = новое
notices-open = Открыть
notices-mark-read = Отметить как прочитанное
notices-pages = Страницы ваших уведомлений
notices-marked-one = Уведомление отмечено как прочитанное
notices-marked = { $count ->
    [one] { $count } уведомление отмечено как прочитанное
    [few] { $count } уведомления отмечены как прочитанные
    [many] { $count } уведомлений отмечены как прочитанные
   *[other] { $count } уведомления отмечены как прочитанные
}
notice-submitted = представлено
notice-returned = возвращено
notice-approved = утверждено
notice-overdue = просрочено
notice-assigned = назначено
# A notice's text, stored as a message and its arguments (names, codes and notes as they are)
notice-text-submitted = { $by } представил(а) на утверждение значение { $value } ({ $indicator }) подразделения { $unit }.
notice-text-returned = { $by } вернул(а) значение { $value } ({ $indicator }): { $note }
notice-text-approved = { $by } утвердил(а) значение { $value } ({ $indicator }).
notice-text-bulk = Подразделение { $unit }: { $by } представил(а) на утверждение { $count ->
    [one] { $count } значение.
    [few] { $count } значения.
    [many] { $count } значений.
   *[other] { $count } значения.
}
notice-text-bulk-import = Подразделение { $unit }: импорт представил на утверждение { $count ->
    [one] { $count } значение.
    [few] { $count } значения.
    [many] { $count } значений.
   *[other] { $count } значения.
}
notice-text-overdue = { $unit } опаздывает с отчётом по { $plan } за { $year } год: срок { $due }, без представленного значения { $missing ->
    [one] { $missing } показатель.
    [few] { $missing } показателя.
    [many] { $missing } показателей.
   *[other] { $missing } показателя.
}
notice-text-assigned = Вопрос Совета { $id } «{ $title }» (о { $subject }) назначен подразделению { $unit } для ответа; назначил(а) { $by }.

## Pages in the reader's language: the finance chart, period labels, the status rule's reasons (issue 17.1, 17.3)

fin-chart-title = План и факт по подразделениям и видам
fin-chart-subtitle = Показанные строки, тыс. CHF; уровень исполнения в скобках.
fin-chart-axis = тыс. CHF
fin-chart-empty = Ни одна строка финансового плана не соответствует фильтрам.
fin-chart-no-actual = факта пока нет
fin-chart-row = { $label }: план { $plan }, факт { $actual }
fin-chart-separator = {"; "}
fin-chart-alt = Столбчатая диаграмма плановых и фактических сумм по подразделениям и видам, тыс. CHF. { $rows }.

quarter-of-year = { $n }-й кв. { $year }

## Framework text in other languages: the "in English" mark and the office's form (/translations/…)

translation-in-english = на английском
translation-title = Переводы: { $what }
translation-intro = Текст рамочной структуры на других официальных языках. Английский — собственный текст записи; незаполненный текст показывается на английском с пометкой «на английском».
translation-english = Английский (собственный текст записи)
translation-name = Название
translation-definition = Определение или описание
translation-provenance = Происхождение
translation-source = Источник текста
translation-save = Сохранить переводы
translation-saved = Переводы сохранены.
translation-edit = Изменить переводы
translation-cancel = Отмена

## The framework explorer (/framework) and its tree

fwk-title = Основа { $year }
fwk-heading = Основа для результатов
fwk-workbook-link = Вся основа в виде книги или файлов CSV
fwk-mandates-link = Мандаты, на которых основан план
fwk-cycle-link = Этот план рядом с предыдущим: показатели перенесённые, переопределённые, новые и исключённые
fwk-edit-h = Изменить основу
fwk-add-node = Добавить узел результатов
fwk-add-indicator = Добавить показатель
fwk-node = Узел
fwk-edit-node = Изменить или вывести этот узел
fwk-filters = Фильтр основы
fwk-unit = Подразделение
fwk-all = все
fwk-status = Статус
fwk-search = Код или название показателя
fwk-filter = Применить фильтр
fwk-as-of-form = Показать основу на дату
fwk-as-of = Основа на дату
fwk-as-of-placeholder = adopted или ГГГГ-ММ-ДД
fwk-show = Показать
fwk-as-adopted = В утверждённом виде
fwk-as-revised = В пересмотренном виде (сейчас)
fwk-every-revision = Все пересмотры
fwk-as-of-note-adopted = Исходные и целевые значения показаны в утверждённом виде; статусы { $year } года оцениваются по основе, действовавшей на 31 декабря { $year } года.
fwk-as-of-note-day = Исходные и целевые значения показаны на { $day }; статусы { $year } года оцениваются по основе, действовавшей на 31 декабря { $year } года.
fwk-nothing-revised = С тех пор ничего не пересматривалось.
fwk-changed-label = Изменено с
fwk-changed-since-adoption = Изменено после утверждения
fwk-changed-since-day = Изменено после { $day }
fwk-indicator = Показатель
fwk-field = Поле
fwk-then = Тогда
fwk-now = Сейчас
fwk-decisions = Решения
fwk-found-label = Найденные показатели
fwk-found-caption = Показатели, код или название которых содержит «{ $search }», — найдено: { $count }
fwk-owner = Ответственный
fwk-status-year = Статус { $year }
fwk-found-pages = Страницы найденных показателей
fwk-found-page = Показателей: { $count } — страница { $page } из { $pages }
fwk-whole = показать всю основу
fwk-prev = Предыдущая страница
fwk-next = Следующая страница
fwk-illustrative = иллюстративный
fwk-cost = затраты { $amount } тыс. CHF
fwk-open = Открыть { $code }:
fwk-indicators-on = Показатели узла { $code }
fwk-baseline = Исходное
fwk-expected = Ожидаемое
fwk-actual = Фактическое
fwk-target = Целевое
fwk-bar-part = { $status }: { $count }
fwk-list-separator = {"; "}
fwk-no-indicator = нет показателей

## A result node's page (/framework/{code})

nodep-what = Уровень «{ $level }» плана { $plan }
nodep-under = в составе
nodep-owner = ответственный: { $unit }
nodep-in-tree = Показать в дереве основы
nodep-links-h = Связи вклада
nodep-contributes-to = { $code } вносит вклад в:
nodep-contributing = Вклад в { $code } вносят:
nodep-weight = вес
nodep-no-weight = без веса
nodep-cost-h = Затраты в { $year } году
nodep-cost = Затраты на { $code } в { $year } году:
nodep-chf-k = тыс. CHF
nodep-basis-allocations = По ассигнованиям на него и на узлы ниже него.
nodep-basis-contributions = По ассигнованиям, перенесённым на него через связи вклада × вес.
nodep-same-figure = Та же цифра, что на странице финансов, в API затрат и в годовом отчёте.
nodep-by-unit-label = Затраты на { $code } по подразделениям
nodep-by-unit-caption = Затраты на { $code } в { $year } году по подразделению, из бюджета которого они оплачиваются
nodep-unit = Подразделение
nodep-cost-col = Затраты
nodep-share = Доля
nodep-allocations = Ассигнования { $year } года
nodep-outside = { $year } год лежит вне плана { $plan }: выберите один из его годов, чтобы увидеть затраты.

## An indicator's page (/indicators/{code})

indp-in-year = в { $year } году
indp-illustrative = иллюстративные данные
indp-enter = Ввести или исправить значение
indp-edit = Изменить этот показатель, его промежуточные цели и мандаты
indp-as-of-note-adopted = Исходное и целевое значения, единица, направление и промежуточные цели показаны в утверждённом виде. { $year } год оценивается по основе, действовавшей на 31 декабря { $year } года.
indp-as-of-note-day = Исходное и целевое значения, единица, направление и промежуточные цели показаны на { $day }. { $year } год оценивается по основе, действовавшей на 31 декабря { $year } года.
indp-definition-h = Определение
indp-metadata = Метаданные
indp-node = Узел результатов
indp-owner = Ответственный
indp-definition = Определение
indp-unit = Единица
indp-direction = Направление
indp-aggregation = Агрегирование во времени
indp-baseline = Исходное значение
indp-end-target = Конечное целевое значение
indp-expected = Ожидаемое в году
indp-actual = Фактическое
indp-stale = устаревшее
indp-progress = Прогресс
indp-data-source = Источник данных
indp-frequency = Периодичность
indp-sdg = Задачи ЦУР
indp-wsis = Направления деятельности ВВУИО
indp-provenance = Происхождение
indp-trajectory-h = Траектория
indp-likely = Прогноз: целевое значение, вероятно, будет достигнуто.
indp-unlikely = Прогноз: целевое значение, вероятно, не будет достигнуто.
indp-too-early = Прогноз: пока рано судить.
indp-projected = { $value } в { $year } году по прямой наименьших квадратов через исходное значение и { $count ->
    [one] { $count } утверждённое годовое значение
    [few] { $count } утверждённых годовых значения
    [many] { $count } утверждённых годовых значений
   *[other] { $count } утверждённого годового значения
} (пунктиром на графике, начиная с { $from }).
indp-not-projected = Значение не прогнозируется:
indp-path-caption = Исходное значение, промежуточные цели, целевое значение, ожидаемая траектория и утверждённые фактические значения
indp-year = Год
indp-reference = Ориентир
indp-kind = Вид
indp-approved-actual = Утверждённое фактическое
indp-kind-baseline = исходное значение
indp-kind-milestone = промежуточная цель
indp-kind-target = целевое значение
indp-previous-h = Предыдущий цикл плана
indp-carries-over = { $code } продолжает { $earlier } плана { $plan }: его утверждённые значения продолжают этот ряд и показаны на той же линии.
indp-does-not-continue = { $code } не продолжает { $earlier } плана { $plan }: это другая мера, поэтому его значения не входят в этот ряд и не показаны на графике.
indp-both-label = Утверждённые значения { $code } за оба периода плана
indp-both-caption = Утверждённые значения { $code } за оба периода плана: { $earlier_plan } (как { $earlier }) и { $plan }, единица: { $unit }
indp-plan-period = Период плана
indp-approved-value = Утверждённое значение
indp-quality = Качество
indp-no-approved = Пока нет утверждённых значений ни в одном из периодов.
indp-approved-of = Утверждённые значения { $code }
indp-separate-series = {", отдельный ряд"}
indp-earlier-caption = Утверждённые значения { $code } ({ $plan }, { $relation }, единица: { $unit })
relation-carried_over = перенесён
relation-redefined = переопределён
relation-new = новый
indp-value = Значение
indp-values-h = Значения
indp-values-caption = Все значения { $code } с их состоянием
indp-approved-only = (только утверждённые значения)
indp-period = Период
indp-breakdown = Разбивка
indp-state = Состояние
indp-rev = Ред.
indp-narrative = Пояснение
indp-evidence = Подтверждение
indp-review-note = Замечание проверяющего:
indp-link = ссылка
indp-revisions-h = Пересмотры
indp-no-revision = Пересмотров после утверждения не было.
indp-revision-counts = Пересмотр действует со дня принятия решения: { $year } год оценивается по основе, действовавшей на 31 декабря { $year } года.
indp-show-adopted = Показать в утверждённом виде.
indp-adopted-revised = В утверждённом и в пересмотренном виде
indp-as-revised = В пересмотренном виде
indp-every-revision = Все пересмотры { $code } с их решениями
indp-sheet-h = Справочный лист
indp-no-sheet = Справочного листа пока нет.
indp-printable-sheet = Справочный лист для печати
indp-edit-sheet = Изменить справочный лист
indp-audit-h = Журнал аудита
indp-audit-caption = Изменения этого показателя и его значений
indp-when = Когда (UTC)
indp-who = Кто
indp-what = Что
indp-record = Запись

## Reference sheets: the parts' headings

sheets-rationale = Обоснование
sheets-method = Метод расчёта
sheets-disaggregation = Разбивка
sheets-limitations = Ограничения
sheets-quality-assurance = Обеспечение качества
sheets-target-rationale = Обоснование целевого значения

## Words of an indicator's definition: unit, direction, aggregation over time

iunit-percent = процент
iunit-count = количество
iunit-chf = CHF
iunit-ratio = коэффициент
iunit-yes_no = да или нет
iunit-index = индекс
direction-increase = рост
direction-decrease = снижение
direction-maintain = сохранение
aggregation-latest = последнее значение
aggregation-sum = сумма
aggregation-mean = среднее
aggregation-ratio = коэффициент
state-superseded = заменено
sheets-title = Справочный лист { $code }
sheets-kicker = Справочный лист показателя · план { $plan }
sheets-result = Результат:
sheets-back = Назад к показателю
sheets-print = Чтобы напечатать или сохранить в PDF, используйте команду печати браузера.
sheets-indicator-h = Показатель
sheets-edit-title = Изменить справочный лист { $code }
sheets-edit-heading = Справочный лист { $code }
sheets-edit-intro = Эти тексты поясняют показатель; их изменение не является пересмотром основы. Оставьте часть пустой, чтобы удалить её. Тексты пишутся на английском языке.
sheets-save = Сохранить справочный лист
sheets-cancel = Отмена
sheets-saved = Справочный лист { $code } сохранён
sheets-not-saved = Справочный лист не сохранён:

## The plans (/plans): adopt, close, clone

plans-title = Планы
plans-heading = Стратегические планы
plans-intro = План составляется, затем утверждается, затем закрывается. Для утверждения нужны конечное целевое и исходное значения у каждого показателя. Закрытие блокирует все годы плана, так что ни одно из его значений больше не меняется (подразделению, которому ещё нужно исправить значение, требуется исключение из блокировки). «Клонировать как следующий план» создаёт проект на следующий период: узлы, взвешенные связи и показатели копируются, каждый показатель продолжает прежний, исходные значения предлагаются по последним утверждённым значениям, целевые значения и промежуточные цели остаются пустыми.
plans-caption = Все планы, начиная с последнего
plans-plan = План
plans-period = Период
plans-status = Статус
plans-resolution = Резолюция
plans-follows = Следует за
plans-followed-by = Следующий
plans-compare = Сравнить основы
plans-steps-h = Утвердить, закрыть или клонировать
plans-adopt = Утвердить { $code }
plans-adopted-by = Кем утверждён (решение)
plans-close-label = Закрыть { $code }
plans-close-why = Почему закрывается (сохраняется в блокировке каждого года)
plans-close = Закрыть { $code } и заблокировать его годы
plans-clone-label = Клонировать { $code } как следующий план
plans-clone = Клонировать как следующий план ({ $years })
plans-followed = { $next } уже следует за { $code }.
plans-adopted = План { $code } утверждён.
plans-not-adopted = План { $code } не утверждён
plans-closed = План { $code } закрыт: заблокированы годы { $years }.
plans-closed-none = План { $code } закрыт: все годы уже были заблокированы.
plans-not-closed = План { $code } не закрыт
plans-cloned = Создан проект плана { $code } на основе { $from }: узлов { $nodes }, связей { $links }, перенесённых показателей { $indicators }, исходных значений, предложенных по утверждённым значениям, { $baselines }.
plans-kept-baseline = { $count ->
    [one] { $count } показатель без утверждённых значений сохранил прежнее исходное значение.
    [few] { $count } показателя без утверждённых значений сохранили прежнее исходное значение.
    [many] { $count } показателей без утверждённых значений сохранили прежнее исходное значение.
   *[other] { $count } показателя без утверждённых значений сохранили прежнее исходное значение.
}
plans-cloned-then = Задайте целевые значения и промежуточные цели до утверждения.
plans-not-cloned = План { $code } не клонирован
pstatus-draft = проект
pstatus-adopted = утверждён
pstatus-closed = закрыт

## Finance (/finance): the financial plan, execution, bienniums, allocations and cost

fin-title = Финансы { $year }
fin-heading = Финансы
fin-intro = Суммы в тыс. CHF. Уровень исполнения = фактическое ÷ плановое.
fin-plan-h = Финансовый план и исполнение
fin-flags-note = Уровни исполнения выше 100 % и ниже { $low } от плана отмечаются словами.
fin-allocations-link = Распределение бюджета каждого подразделения по результатам — на странице ассигнований.
fin-record-note = Внесите или исправьте фактическую сумму исполнения вашего подразделения в последнем столбце; если кто-то другой изменил её после показа этой страницы, ничего не сохраняется, и вам об этом сообщается.
fin-line-note = Как канцелярия вы также можете изменить плановую сумму строки (цифры с точкой, например 1234.5).
fin-filters = Фильтр финансового плана
fin-biennium = Двухлетний период
fin-any = любой
fin-year = Год
fin-unit = Подразделение
fin-kind = Вид
fin-category = Категория
fin-filter = Применить фильтр
fin-subtotals-h = Промежуточные итоги по подразделениям и видам
fin-chart-caption = План и факт по показанным строкам; те же цифры приведены в таблице ниже.
fin-subtotals-caption = План, факт и уровень исполнения по подразделениям и видам для показанных строк
fin-plan = План
fin-actual = Факт
fin-rate = Уровень исполнения
fin-flag = Отметка
fin-flag-above = выше 100 %
fin-flag-low = ниже { $low }
fin-no-match = Ни одна строка или фактическая сумма не соответствует фильтрам.
fin-lines-h = Строки
fin-lines-note = Показано строк: { $count } (строка плана, её факт или оба), по таблице на двухлетний период.
fin-biennium-label = Двухлетний период { $biennium }
fin-biennium-caption = Двухлетний период { $biennium }: план и факт по годам, подразделениям, видам и категориям
fin-change-plan = Изменить план
fin-record-actual = Внести факт
fin-change = Изменить
fin-update = Обновить
fin-record = Внести
fin-total = Итого { $kind } { $biennium }
fin-no-line = Для { $plan } пока нет строк финансового плана.
fin-balance-h = Итоги двухлетних периодов
fin-balance-label = Проверки каждого двухлетнего периода
fin-balance-caption = Строки каждого двухлетнего периода в сравнении с утверждёнными для него итогами (Решение 5) и друг с другом (разница = расчётное − эталонное)
fin-check = Проверка
fin-computed = Расчётное
fin-against = В сравнении с
fin-reference = Эталонное
fin-difference = Разница
fin-reconciled-col = Сверено
fin-yes = да
fin-no = нет
fin-not-set = не задано
fin-alloc-h = Ассигнования на результаты, { $year }
fin-alloc-label = Ассигнования в сравнении с бюджетами
fin-alloc-caption = Что каждое подразделение выделяет на намеченные результаты деятельности, тематические приоритеты и вспомогательные факторы в { $year } году в сравнении с его бюджетом расходов (разница = расчётное − эталонное)
fin-no-budget = Нет бюджета или ассигнований в { $year } году.
fin-cost-h = Затраты по целям и тематическим приоритетам, { $year }
fin-cost-goal-label = Затраты на каждую цель
fin-cost-goal-caption = Затраты на каждую цель (через связи вклада) и на вспомогательные факторы, { $year }
fin-code = Код
fin-goal = Цель
fin-cost = Затраты
fin-share = Доля ассигнований
fin-cost-tp-label = Затраты на каждый тематический приоритет
fin-cost-tp-caption = Затраты на каждый тематический приоритет, { $year }
fin-tp = Тематический приоритет
fin-totals = Итоги
fin-totals-year = Итоги, { $year }:
fin-reconciled = сверены с финансовым планом
fin-not-reconciled = не сверены с финансовым планом
fin-total-goals = Цели
fin-total-priorities = Тематические приоритеты
fin-total-enablers = Вспомогательные факторы
fin-total-unattributed = Не отнесено к цели
fin-total-allocated = Все ассигнования
fin-total-budget = Бюджет расходов
fin-total-difference = (Цели + вспомогательные факторы) − бюджет
fin-add-line-h = Добавить строку в финансовый план
fin-add-line = Добавить строку
fin-add-actual-h = Внести фактическую сумму
fin-add-actual = Внести фактическую сумму
fin-add-line-note = Сумма в тыс. CHF, цифры с точкой (например, 1234.5). Категория должна относиться к виду; у года, подразделения, вида и категории может быть только одна строка.
fin-add-actual-note = Сумма в тыс. CHF, цифры с точкой (например, 1234.5). Категория должна относиться к виду; у года, подразделения, вида и категории может быть только одна фактическая сумма.
fin-amount = Сумма, тыс. CHF
fin-description = Описание (необязательно)
fkind-revenue = доходы
fkind-expense = расходы
fcat-assessed_contributions = начисленные взносы
fcat-cost_recovery = возмещение затрат
fcat-interest_and_other = проценты и прочее
fcat-reserve_account = резервный счёт
fcat-staff = персонал
fcat-non_staff = не связанные с персоналом

## Allocations to results (/finance/allocations)

allocs-title = Ассигнования { $year }
allocs-heading = Ассигнования на результаты
allocs-intro = Бюджет расходов каждого подразделения в финансовом плане, распределённый по его намеченным результатам деятельности, тематическим приоритетам и вспомогательным факторам. Суммы в тыс. CHF. Затраты на каждый узел результатов выводятся из этих ассигнований через веса вклада (см. страницу узла).
allocs-back = Назад к финансам
allocs-outside = { $year } год лежит вне плана { $plan }: выберите один из его годов.
allocs-units-h = Бюджеты и ассигнования по подразделениям, { $year }
allocs-units-label = Бюджет и ассигнования каждого подразделения
allocs-units-caption = Бюджет расходов в сравнении с ассигнованиями по подразделениям, { $year }
allocs-budget = Бюджет
allocs-allocated = Распределено
allocs-remainder = Остаток
allocs-shown-below = показано ниже
allocs-edit-note = Введите сумму для каждого узла (цифры с точкой, например 1234.5; оставьте поле пустым, чтобы удалить ассигнование) и сохраните: сохраняются все строки или ни одной. Итог выше бюджета отклоняется.
allocs-over = { $amount } сверх бюджета
allocs-nan = не число в поле «{ $field }»
allocs-of = Ассигнования { $unit }
allocs-sheet-caption = Что { $unit } выделяет на каждый результат деятельности, тематический приоритет и вспомогательный фактор в { $year } году
allocs-level = Уровень
allocs-name = Название
allocs-amount = Сумма
allocs-amount-label = Сумма, которую { $unit } выделяет на { $node }, тыс. CHF
allocs-save = Сохранить ассигнования { $unit }
allocs-unchanged = Ассигнования { $unit } на { $year } год уже были такими, как отправлено: ничего не изменилось.
allocs-saved = Ассигнования { $unit } на { $year } год сохранены (изменено: { $count }).
allocs-not-saved = Ассигнования { $unit } на { $year } год не сохранены:

## Mandates behind the plan (/mandates)

mand-title = Мандаты
mand-intro = Резолюции, решения, задачи ЦУР и направления деятельности ВВУИО, на которых основан план, и узлы результатов и показатели { $plan }, которые на них ссылаются. Канцелярия добавляет и удаляет связи на странице изменения узла или показателя.
mand-filters = Фильтр мандатов
mand-kind = Вид
mand-search = Код или заголовок
mand-label = Мандаты и то, что на них ссылается
mand-caption = Мандаты и ссылающиеся на них узлы и показатели { $plan }
mand-mandate = Мандат
mand-title-col = Заголовок
mand-nodes = Узлы результатов
mand-indicators = Показатели
mvocab-resolution = Резолюция
mvocab-decision = Решение
mvocab-sdg = ЦУР
mvocab-wsis = ВВУИО

## The framework workbook (/framework/workbook)

fwbook-title = Книга основы
fwbook-intro = Вся основа { $plan } (узлы, связи вклада и веса, измерения, показатели со всеми полями, промежуточные цели, мандаты и их связи, бюджетные ассигнования, риски, названия и определения на других языках), по листу на таблицу со столбцами исходных файлов.
fwbook-download = Скачать
fwbook-xlsx = Книга (.xlsx), по листу на таблицу
fwbook-zip = Файлы CSV (.zip) в формате исходных файлов
fwbook-errors = Книга не применена: проблем: { $count }
fwbook-errors-note = Ничего не сохранено. Исправьте эти ячейки и загрузите книгу снова.
fwbook-planned = Планируемых изменений: { $count }
fwbook-nothing-yet = Пока ничего не сохранено.
fwbook-needs-decision = Изменения с отметкой «пересмотр» меняют исходное или целевое значение, промежуточную цель, единицу или направление показателя, у которого есть значения: это пересмотры основы, и для них нужно решение ниже.
fwbook-planned-label = Планируемые изменения
fwbook-caption = Изменения, которые книга вносит в { $plan }
fwbook-sheet = Лист
fwbook-row = Строка
fwbook-key = Ключ
fwbook-column = Столбец
fwbook-workbook = Книга
fwbook-revision = Пересмотр
fwbook-removed = удалено
fwbook-revision-mark = пересмотр
fwbook-apply-h = Применить эти изменения
fwbook-upload-h = Загрузить изменённую книгу
fwbook-same = Ту же книгу снова
fwbook-file = Книга (.xlsx)
fwbook-decision = Решение, на котором основаны пересмотры
fwbook-decided-on = Дата решения (ГГГГ-ММ-ДД)
fwbook-body = Орган, принявший решение
fwbook-apply = Применить изменения
fwbook-check = Проверить книгу
fwbook-unchanged = Книга ничего не меняет: ничего не сохранено
fwbook-applied = Применено изменений из книги: { $count }

## The office's forms of a node and an indicator (/framework/nodes/…, /indicators/…/edit)

nodeform-edit = Изменить узел { $code }
nodeform-new = Новый узел результатов
nodeform-back = Назад к основе
nodeform-code-hint = Буквы, цифры, «.», «-» и «_», например TP-R1.O1.P3; позже его нельзя изменить.
nodeform-level-fixed = неизменен: чтобы изменить, создайте новый узел
nodeform-name = Название (на английском языке)
nodeform-description = Описание (на английском языке)
nodeform-parent = Вышестоящий узел
nodeform-top = нет (верхний уровень)
nodeform-parent-hint = Задача стоит под целью, конечный результат — под тематическим приоритетом, намеченный результат деятельности — под конечным результатом или тематическим приоритетом, вспомогательный фактор — на верхнем уровне или под вспомогательным фактором.
nodeform-owner = Ответственное подразделение
nodeform-none = нет
nodeform-kind = Вид результата деятельности (только для них)
nodeform-sort = Позиция среди соседних узлов
nodeform-links = Вносит вклад в (цели и задачи)
nodeform-links-hint = Каждая строка — цель или задача, в которую вносит вклад этот узел, и его доля (от 0 до 1). Доли переносят затраты узла на цели, поэтому вместе они должны давать ровно 1. Оставьте строку пустой, чтобы удалить её.
nodeform-link-to = Цель или задача { $n }
nodeform-share = Доля { $n }
nodeform-sum = Сумма долей — { $sum }; она должна быть ровно 1.
nodeform-sum-one = Сумма долей — 1.
nodeform-sum-bad = Доля — не число с не более чем четырьмя знаками после точки.
nodeform-save = Сохранить узел
nodeform-add = Добавить узел
nodeform-retire-h = Вывести { $code }
nodeform-retire-note = Вывод удаляет узел и его связи из плана. Он отклоняется, пока от узла зависят показатели, дочерние узлы, бюджетные ассигнования, элементы оперативных планов или риски; в отказе они перечисляются.
nodeform-retire = Вывести узел { $code }
revfs-legend = Решение, на котором основан этот пересмотр
revfs-note = Значения уже есть, поэтому это изменение — пересмотр основы: утверждённое значение остаётся видимым рядом с пересмотренным.
revfs-reference = Ссылка на решение
revfs-reference-hint = Например, Решение 620 Совета.
revfs-date = Дата решения
mlinks-h = Мандаты, на которых основан { $code }
mlinks-none = { $code } пока не ссылается ни на один мандат.
mlinks-remove = Удалить { $kind } { $code }
mlinks-add = Добавить мандат
mlinks-add-link = Добавить связь
indform-edit = Изменить показатель { $code }
indform-new = Новый показатель
indform-back = Назад к { $code }
indform-has-values = У этого показателя есть значения: изменение его исходного или целевого значения, промежуточных целей, единицы или направления — пересмотр основы, для которого нужно решение.
indform-code-hint = Буквы, цифры, «.», «-» и «_»; позже его нельзя изменить.
indform-node = Узел результатов, который он измеряет
indform-aggregation = Агрегирование за год
indform-aggregation-hint = Процент и коэффициент: последнее значение, среднее или коэффициент; количество и CHF: последнее значение, сумма или среднее; индекс: последнее значение или среднее; да/нет: последнее значение.
indform-baseline-value = Исходное значение
indform-baseline-year = Год исходного значения
indform-target-value = Целевое значение на конец плана
indform-target-year = Целевой год
indform-milestones = Годовые промежуточные цели (оставьте год пустым, если её нет)
indform-milestone = Промежуточная цель { $year }
indform-node-owner = ответственный за узел
indform-key = Ключевой показатель деятельности
indform-dims = С разбивкой по
indform-tags-hint = Разделяйте метки знаком «;» или «,», например 9.c; 17.8 или C2, C5.
indform-pred = Предшественник в более раннем плане
indform-pred-code = Код показателя в том плане
indform-pred-relation = Связь
indform-save-decision = Сохранить с этим решением
indform-save = Сохранить показатель
indform-add = Добавить показатель
indform-milestones-h = Промежуточные цели
indform-milestones-note = По форме на каждый год плана; очистите значение, чтобы удалить промежуточную цель.
indform-save-milestone = Сохранить промежуточную цель { $year }
freq-annual = ежегодно
freq-quarterly = ежеквартально
freq-biennial = раз в два года
freq-quadrennial = раз в четыре года

## Что домен говорит об отклонённом поле (чтение чисел)

num-empty = не заполнено: введите число (цифры с точкой, например 1234.5)
num-too-precise = в `{ $typed }` больше { $places } знаков после точки
num-too-large = `{ $typed }` слишком велико для точного хранения
num-unit = в `{ $typed }` есть знак единицы; единицы не принимаются: введите только число ({ $number })
num-separator = в `{ $typed }` есть пробел или апостроф; разделители тысяч не принимаются: напишите { $instead }
num-separator-plain = в `{ $typed }` есть пробел или апостроф; разделители тысяч не принимаются: напишите цифры с точкой, например 1234.5
num-comma = в `{ $typed }` есть запятая; десятичная запятая не принимается, как и разделители тысяч: напишите { $instead }
num-comma-plain = в `{ $typed }` есть запятая; десятичная запятая не принимается, как и разделители тысяч: напишите цифры с точкой, например 1234.5
num-not-a-number = `{ $typed }` — не число (используйте цифры с точкой, например 1234.5)
said-required = обязательно
said-not-empty = не должно быть пустым
said-not-negative = не должно быть отрицательным

## Ещё о том, что домен говорит об отклонённом поле: коды, годы плана, значения единицы, метки, уровни, пересмотры, то, что называет запрос, заголовок и строки импорта

said-code-length = должен содержать от 1 до 40 символов
said-code-character = `{ $character }` не допускается: используйте буквы, цифры, `.`, `-` и `_`
said-year-outside-plan = { $year } вне плана { $plan } ({ $start }-{ $end })
said-baseline-year = { $year } не может быть базовым годом плана { $plan } ({ $start }-{ $end })
said-year-too-far = { $year } слишком далеко от плана { $plan } ({ $start }-{ $end })
said-percent-outside = { $value } вне диапазона 0..100 для процента
said-count-negative = { $value } — отрицательное число; количество не может быть отрицательным
said-count-fraction = { $value } — не целое число; количество должно быть целым
said-yes-no = { $value } — не 0 (нет) и не 1 (да)
said-value-negative = { $value } — отрицательное число
said-not-a-tag = `{ $tag }` — не метка (пустая или содержит `;`)
said-not-a-level = `{ $level }` — не уровень результатов
said-no-parent = отсутствие родителя
said-either = { $first } или { $second }
said-parent-level = у элемента уровня { $level } родителем должно быть: { $allowed }, а не { $parent }
said-revision-nothing = ничто в этом запросе не меняет базовое значение, цель, промежуточную цель, единицу или направление
said-revision-needed = для этого показателя есть значения, поэтому изменение { $fields } — это пересмотр рамок: укажите `revision` с decided_on, deciding_body, reference, reason_category и justification
said-if-match = обязательно (или отправьте If-Match)
said-if-match-totals = обязательно для замены итогов (или отправьте If-Match)
said-own-account = нельзя отключить собственную учётную запись
said-say-why = обязательно: укажите причину
said-plan-no-node = в плане { $plan } нет элемента `{ $code }`
said-no-unit-code = нет подразделения с кодом `{ $code }`
said-not-sortable = `{ $name }` — не поле сортировки
said-no-user = нет пользователя { $id }
said-no-unit = нет подразделения `{ $code }`
said-no-plan = нет плана `{ $code }`
said-type-a-value = обязательно для отправки: введите значение
said-select-one = выберите хотя бы одно значение
said-import-more = { $count ->
    [one] и ещё { $count } проблема начиная с этой строки, не показана: исправьте показанные выше и импортируйте снова
    [few] и ещё { $count } проблемы начиная с этой строки, не показаны: исправьте показанные выше и импортируйте снова
    [many] и ещё { $count } проблем начиная с этой строки, не показаны: исправьте показанные выше и импортируйте снова
   *[other] и ещё { $count } проблемы начиная с этой строки, не показаны: исправьте показанные выше и импортируйте снова
}
said-import-not-utf8 = файл не является текстом UTF-8 (сохраните его как CSV UTF-8)
said-import-empty = файл пуст: первой строкой должен быть заголовок
said-import-no-rows = в файле есть заголовок, но нет строк со значением (строка, в которой не заполнено ни одно из { $cells }, пропускается)
said-import-line-not-utf8 = не является текстом UTF-8 (сохраните файл как CSV UTF-8)
said-import-cells = { $cells ->
    [one] содержит { $cells } ячейку, в заголовке { $width }
    [few] содержит { $cells } ячейки, в заголовке { $width }
    [many] содержит { $cells } ячеек, в заголовке { $width }
   *[other] содержит { $cells } ячейки, в заголовке { $width }
}
said-import-no-header = содержит значение, но у его столбца нет заголовка: назовите столбец в строке 1 или очистите его
said-header-twice = встречается в заголовке дважды
said-header-missing = отсутствует в заголовке
said-header-no-plan = отсутствует: добавьте столбец или укажите план по умолчанию (?plan= или --plan)
said-header-unknown = не является столбцом, который принимает импорт (столбцы: { $columns }; или измерение: { $dimensions }; игнорируются: { $ignored })
said-not-found = { $what }: не найдено
said-what-plan = план { $code }
said-what-indicator = показатель { $code } плана { $plan }
said-what-node = элемент { $code } плана { $plan }
said-what-risk = риск { $code } плана { $plan }
said-what-user = пользователь { $id }
said-what-run = выпуск доклада { $id }
said-what-question = вопрос { $id }
said-aggregation-unsuited = `{ $aggregation }` не подходит для единицы `{ $unit }` ({ $why }): используйте { $allowed }
said-why-shares = доли не складываются; правило ratio объединяет кварталы, суммируя их числители и знаменатели
said-why-amounts = у сумм нет числителя и знаменателя для суммирования
said-why-index = пункты индекса не складываются и не имеют числителя и знаменателя
said-why-yes-no = ответ «да/нет» — это последний данный ответ; сумма или среднее ответов не являются ни «да», ни «нет»
said-contribute-itself = элемент не может вносить вклад в самого себя
said-role = должно быть admin, planner или reviewer
said-planner-unit = планировщик должен относиться к подразделению
said-owner-to-take = обязательно: у элемента нет ответственного подразделения, которое можно взять
said-earlier-plan = должен быть более ранний цикл плана, а не этот план
said-year-to-compare = обязательно: год для сравнения
said-run-for-section = обязательно для вопроса о разделе доклада
said-say-why-corrected = обязательно: укажите, почему исправляется утверждённое значение
said-tell-planner = обязательно: скажите планировщику, что изменить
said-no-run = нет выпуска доклада { $id }
said-what-indicator-in = показатель { $code } в плане { $plan }

## One-time messages of the forms that leave a page (saved, refused)

problems-not-saved = { $what }: не сохранено: { $why }
problems-changed-meanwhile = { $what }: за это время изменено другим пользователем, поэтому ваше изменение не сохранено ({ $detail }). На странице теперь текущие цифры: проверьте их и сохраните снова.
fin-named-line = Строка плана { $year } { $unit } { $kind } { $category }
fin-named-actual = Фактическая сумма { $year } { $unit } { $kind } { $category }
fin-done-recorded = { $what }: записано.
fin-done-updated = { $what }: обновлено.
fin-done-added = { $what }: добавлено в финансовый план.
nodeform-done-added = Добавлено: { $level } { $code } в { $plan }
nodeform-done-saved = { $code } сохранено
nodeform-done-retired = Узел { $code } выведен: он больше не входит в { $plan }
nodeform-not-retired = Узел { $code } не выведен: { $why }
indform-done-added = Показатель { $code } добавлен в { $node }
indform-done-saved = Показатель { $code } сохранён
indform-done-milestone-set = Промежуточное значение { $code } на { $year } год: { $value }
indform-done-milestone-removed = Промежуточное значение { $code } на { $year } год удалено
mlinks-done-added = { $code } теперь ссылается на { $vocabulary } { $mandate }
mlinks-not-added = Ссылка не добавлена: { $why }
mlinks-done-removed = { $code } больше не ссылается на { $vocabulary } { $mandate }
mlinks-not-removed = Ссылка не удалена: { $why }
said-one-of = должно быть одним из: { $words }
said-password-short = должен содержать не менее { $min } символов
said-password-long = должен содержать не более { $max } символов
said-password-spaces = не должен состоять только из пробелов
said-password-one-character = не должен быть одним повторённым символом
said-password-piece = не должен быть повторением более короткого фрагмента
said-password-run = не должен быть последовательностью символов вроде 123456789012
said-password-email = не должен совпадать с вашим адресом электронной почты
said-password-common = входит в число самых распространённых паролей; выберите другой
said-password-wrong = не совпадает с вашим текущим паролем
said-password-same = должен отличаться от текущего пароля
account-this = Этот пароль { $reason }

## The domain's conflicts, stale versions, locks, missing records and more field reasons (issue 17.1, area `said`)

problems-conflict-reload = не сохранено: { $detail }. Перезагрузите страницу, чтобы увидеть текущее состояние, и внесите изменение снова.
said-labelled = { $label }: { $why }
said-conflict-unique = запись с таким же естественным ключом уже существует
said-conflict-reference = на запись ссылается запись, которая этого не допускает, или она сама ссылается на такую запись
said-stale = { $what }: текущая версия { $current }, а не { $claimed }; перезагрузите и внесите изменение снова
said-stale-totals = утверждённые итоги { $biennium }: текущая версия { $current }, а не { $claimed }; перезагрузите их и внесите изменение снова
said-stale-allocation = распределение { $unit } на { $node }: текущая версия { $current }, на странице была версия { $shown }
said-changed-while-editing = запись изменилась, пока вы её редактировали (ожидалась версия { $expected }); перезагрузите её и внесите изменение снова
said-what-measurement = значение { $id }
said-what-period = отчётный период { $year } плана { $plan }
said-unrecorded-date = неизвестную дату
said-unrecorded-user = неизвестным пользователем
said-lock = отчётный период { $year } плана { $plan } заблокирован { $when } пользователем { $who }
said-lock-note = отчётный период { $year } плана { $plan } заблокирован { $when } пользователем { $who }: { $note }
said-lock-and-exception = { $lock }; { $ended }
said-exception-ended = исключение, предоставленное { $unit } до { $until } пользователем { $granted_by }, истекло
said-exception-revoked = исключение, предоставленное { $unit } до { $until } пользователем { $granted_by }, отозвано { $at } пользователем { $revoked_by }
said-exception-revoked-note = исключение, предоставленное { $unit } до { $until } пользователем { $granted_by }, отозвано { $at } пользователем { $revoked_by }: { $note }
said-exception-held = у { $unit } уже есть исключение { $id } для отчётного периода { $year } плана { $plan } до { $until }: сначала отзовите его, чтобы изменить срок
said-period-already-locked = отчётный период { $year } плана { $plan } уже заблокирован
said-period-not-locked = отчётный период { $year } плана { $plan } не заблокирован
said-plan-exists = план { $code } уже существует
said-plan-follows = план { $plan } уже следует за { $source }: следующий план существует, поэтому повторно не клонируется
said-already-contributes = { $from } уже вносит вклад в { $to }
said-last-admin = { $email } — последний активный администратор; сначала сделайте администратором другого пользователя
said-run-published = выпуск отчёта { $id } уже опубликован { $at }
said-indicator-exists = в плане { $plan } уже есть показатель { $code }
said-node-exists = в плане { $plan } уже есть элемент { $code }
said-risk-exists = в плане уже есть риск { $code }
said-risk-linked = риск { $risk } уже связан с { $node }
said-allocation-exists = { $unit } уже распределяет средства на { $node } в { $year } году (распределение { $id })
said-item-exists = в операционном плане уже есть пункт { $code } (id { $id })
said-milestone-gone = у { $code } больше нет промежуточного значения на { $year }: перезагрузите
said-deleted-meanwhile = значение { $id } изменилось, пока вы его удаляли: перезагрузите его
said-revised-meanwhile = значение { $id } в тот же момент пересмотрено другим пользователем: перезагрузите его историю
said-revision-pending = у { $slot } уже есть ожидающая редакция { $revision } (значение { $id }, { $state }): измените или отправьте её
said-entered-meanwhile = для { $slot } в тот же момент уже введено значение: перезагрузите и пересмотрите или измените его
said-no-dates = у сбора данных за { $year } по плану { $plan } ещё нет дат: сначала задайте даты для всех подразделений
said-what-finance-line = строка финансового плана { $id } плана { $plan }
said-what-finance-actual = фактическое исполнение { $id } плана { $plan }
said-what-unit = подразделение { $code }
said-what-dimension = измерение { $code }
said-what-dimension-value = значение { $code } измерения { $dimension }
said-what-token = токен { $id }
said-what-item = операционный пункт { $id }
said-what-operational-plan = операционный план { $id } плана { $plan }
said-what-allocation = распределение { $id } плана { $plan }
said-what-notice = уведомление { $id }
said-what-audit-entry = запись журнала аудита { $id }
said-level-goal = цель
said-level-thematic_priority = тематический приоритет
said-level-enabler = вспомогательный фактор
said-level-target = целевой показатель
said-level-outcome = конечный результат
said-level-output = намеченный результат
said-outside-0-1 = { $value } вне диапазона 0..1
said-plan-has-no-node = в плане нет элемента `{ $code }`
said-link-to-level = { $code } — элемент уровня «{ $level }»; взвешенные связи ведут к целям и целевым показателям
said-named-twice = { $code } указан дважды
said-not-an-org-unit = { $unit } не является подразделением
said-unknown-unit = неизвестное подразделение `{ $code }`
said-required-with = обязательно вместе с { $other }
said-after-target-year = { $year } позже целевого года { $target }
said-year-given-twice = { $year } указан дважды
said-code-given-twice = `{ $code }` указан дважды
said-no-dimension = нет измерения с кодом `{ $code }`
said-no-plan-code = нет плана с кодом `{ $code }`
said-no-unit-the-code = нет подразделения с кодом `{ $code }`
said-itself-or-below = { $parent } — это сам { $node } или элемент под ним
said-not-an-output = { $code } — элемент уровня «{ $level }», а не намеченный результат
said-output-of-another-unit = намеченный результат { $code } принадлежит другому подразделению
said-plan-no-indicator = в плане { $plan } нет показателя `{ $code }`
said-run-of-another-plan = выпуск отчёта { $id } относится к другому плану
said-what-node-code = элемент { $code }
said-what-risk-code = риск { $code }
said-what-indicator-code = показатель { $code }
said-draft-not-submitted = сохранено как черновик, но не отправлено: { $why }
said-what-run-file = файл { $path } выпуска отчёта { $id }
said-what-run-language = язык { $code } выпуска отчёта { $id }
said-what-run-language-file = файл { $path } на языке { $lang } выпуска отчёта { $id }
said-what-risk-link = связь риска { $risk } с { $node }
said-nothing-at = ничего по адресу { $path }
said-what-any-plan = ни одного плана
said-what-milestone = промежуточное значение на { $year } показателя { $code }
said-what-contribution = связь вклада { $id } плана { $plan }
said-item-delivered = пункт { $code } уже выполнен на { $quantity } { $unit }: он остаётся в учёте; вместо удаления установите статус «отменён»

## Последние фразы предметной области (issue 17.1, область `said`): названия в устаревших версиях, неудаляемый элемент, даты сбора, связи с мандатами, исключения, поля намеченного результата, подразделение и ячейка импорта, ошибки книги основы

said-what-finance-line-id = строка финансового плана { $id }
said-what-finance-actual-id = фактическое исполнение { $id }
said-what-allocation-id = распределение { $id }
said-what-contribution-id = связь вклада { $id }
said-what-milestone-of = промежуточное значение на { $year } показателя { $code }
said-what-translation = текст на языке { $lang } ({ $what })
said-changed-while-editing-what = { $what }: изменено, пока вы редактировали; перезагрузите
said-what-dates = даты сбора данных за { $year } по плану { $plan }
said-what-unit-dates = даты сбора данных подразделения { $unit } за { $year }
said-what-own-dates = { $what } (у подразделения нет собственных дат)
said-dates-gone = { $what } больше не заданы: перезагрузите страницу
said-due-before-opening = { $due } раньше даты открытия { $opens }: срок наступает в этот день или позже
said-what-exception = исключение из закрытия { $id } отчётного периода { $year } плана { $plan }
said-exception-already-revoked = { $what } уже отозвано
said-exception-already-ended = { $what } уже истекло { $date }
said-node-blocked = элемент { $code } нельзя удалить, пока у него есть: { $blockers }
said-list = { $first }, { $rest }
said-blocker-child-nodes = { $count ->
    [one] { $count } дочерний элемент
    [few] { $count } дочерних элемента
    [many] { $count } дочерних элементов
   *[other] { $count } дочернего элемента
}
said-blocker-indicators = { $count ->
    [one] { $count } показатель
    [few] { $count } показателя
    [many] { $count } показателей
   *[other] { $count } показателя
}
said-blocker-allocations = { $count ->
    [one] { $count } бюджетное распределение
    [few] { $count } бюджетных распределения
    [many] { $count } бюджетных распределений
   *[other] { $count } бюджетного распределения
}
said-blocker-items = { $count ->
    [one] { $count } пункт операционного плана
    [few] { $count } пункта операционного плана
    [many] { $count } пунктов операционного плана
   *[other] { $count } пункта операционного плана
}
said-blocker-risks = { $count ->
    [one] { $count } связанный риск
    [few] { $count } связанных риска
    [many] { $count } связанных рисков
   *[other] { $count } связанного риска
}
said-mandate-linked = { $owner } уже ссылается на { $vocabulary } { $code }
said-no-mandate = нет мандата { $vocabulary } с кодом `{ $code }`
said-what-mandate-link = связь { $owner } с { $vocabulary } { $code }
said-what-link = связь { $from }→{ $to }
said-what-subject = { $kind } { $key }
said-output-needs-kind = для намеченного результата нужно указать, продукт это или услуга
said-not-product-or-service = `{ $kind }` — не product и не service
said-only-outputs-have-kind = вид есть только у намеченных результатов, а не у элемента уровня «{ $level }»
said-output-needs-owner = намеченный результат должен принадлежать одному подразделению
said-import-other-unit = { $code } принадлежит другому подразделению; специалист по планированию может импортировать только показатели своего подразделения
said-import-also-on-line = { $slot } есть также в строке { $line }; в ячейку можно внести только одно значение
said-wb-unreadable = не читается как книга .xlsx ({ $error }): скачайте книгу основы и измените её
said-wb-sheet-missing = отсутствует: в книге нужны все листы из скачанного файла
said-wb-sheet-empty = пуст: первая строка должна быть заголовком
said-wb-not-a-column = `{ $text }` — не столбец листа { $sheet }: столбцы: { $columns }
said-wb-column-missing = нет столбца `{ $column }`
said-wb-no-header = содержит значение, но у столбца нет заголовка: назовите столбец в строке 1 или очистите его
said-wb-other-plan = равно `{ $value }`, а не плану { $plan }
said-wb-earlier-row = `{ $key }` есть также в одной из предыдущих строк
said-wb-not-whole = `{ $value }` — не целое число
said-wb-kept = сохраняется как загружено: книга это не изменяет
said-wb-removing = удаление { $what }: { $why }
said-wb-removing-link = удаление связи { $what }: { $why }
said-wb-clearing = очистка { $what }: { $why }
said-wb-new-link-entered = новая связь имеет происхождение `entered`: оставьте ячейку пустой
said-wb-link-needs-weight = связи с целью или целевым показателем нужен вес
said-wb-goal-links = связи { $node } с целями и целевыми показателями: { $why }
said-wb-new-node-entered = новый элемент имеет происхождение `entered` без источника: оставьте provenance и source пустыми
said-wb-level-fixed = не изменяется: вместо этого добавьте новый элемент с нужным уровнем
said-wb-node-missing = элемент { $code } (строка { $line } скачанного файла) отсутствует и поэтому был бы выведен из плана: { $why }
said-wb-not-a-date = `{ $value }` — не дата (ГГГГ-ММ-ДД)
said-wb-new-risk-entered = новый риск имеет происхождение `entered`: оставьте ячейку пустой
said-wb-risk-missing = риск { $code } (строка { $line } скачанного файла) отсутствует: книга не удаляет риски; удалите его на его странице
said-wb-needs-decision = книга изменяет базовое значение, целевое значение, промежуточное значение, единицу или направление показателя, у которого есть значения: укажите решение (decided_on, deciding_body, reference, reason_category, justification)
said-wb-indicator-twice = показатель { $code } есть также в одной из предыдущих строк
said-wb-indicator-missing = показатель { $code } (строка { $line } скачанного файла) отсутствует: книга не удаляет показатели
said-wb-new-indicator-entered = новый показатель имеет происхождение `entered` без источника: оставьте provenance и source пустыми
said-wb-not-a-year = `{ $value }` — не год
said-wb-not-true-false = `{ $value }` — не true и не false
said-wb-milestone-twice = промежуточное значение на { $year } показателя { $code } есть также в одной из предыдущих строк
said-wb-both-or-neither = указаны и node_code, и indicator_code или ни один из них: укажите один
said-wb-not-a-kind = `{ $kind }` — не plan, node или indicator
said-wb-not-a-record = `{ $key }` — не запись плана { $plan } (напишите `{ $want }`)
said-wb-catalogue-differs = отличается от каталога { $sheet }: { $sheet } общие для всех планов, поэтому книга одного плана их не изменяет; измените эту строку на её странице (или обратитесь к администратору) либо скачайте книгу снова
said-wb-catalogue-row-missing = строка `{ $row }` отсутствует: { $sheet } общие для всех планов, поэтому книга одного плана их не удаляет

## Refusals of the right (403), unreadable and invalid requests (400, 415, 422), too many attempts (429) and a plan's step from the wrong status (issue 17.1, areas `said`, `problem`, `error`)

said-forbidden-own-entry = никто не может утвердить или вернуть собственную запись
said-forbidden-own-unit = планировщик может изменять только то, что принадлежит его подразделению
said-forbidden-preview = членам Совета показываются только опубликованные выпуски отчёта: предварительный просмотр строится по сегодняшним данным и не опубликован
said-forbidden-answer = ответить может только канцелярия Генерального секретаря или планировщик подразделения, которому канцелярия поручила вопрос
said-forbidden-role = роль «{ $role }» не позволяет это сделать
said-forbidden-csrf-header = X-CSRF-Token отсутствует или неверен для этого сеанса
said-forbidden-no-unit = планировщик без подразделения не вводит значения
said-forbidden-reviewer-entry = рецензенты Совета только читают; они не вводят данные
said-forbidden-risk-fields = планировщик подразделения-владельца может изменять только { $allowed }; но не { $fields }
said-forbidden-sheets = справочные карточки редактирует только канцелярия Генерального секретаря
said-forbidden-form-expired = срок действия формы истёк, или она отправлена не с этого сайта; перезагрузите страницу и повторите попытку
said-forbidden-framework = рамочную структуру редактирует только канцелярия Генерального секретаря
said-forbidden-translations = переводы рамочной структуры редактирует только канцелярия Генерального секретаря
said-value-label = { $label } (значение { $id })
said-throttled-login = { $minutes ->
    [one] слишком много неудачных попыток входа: повторите через { $minutes } минуту
    [few] слишком много неудачных попыток входа: повторите через { $minutes } минуты
    [many] слишком много неудачных попыток входа: повторите через { $minutes } минут
   *[other] слишком много неудачных попыток входа: повторите через { $minutes } минуты
}
said-throttled-password = { $minutes ->
    [one] слишком много неверных текущих паролей: повторите через { $minutes } минуту
    [few] слишком много неверных текущих паролей: повторите через { $minutes } минуты
    [many] слишком много неверных текущих паролей: повторите через { $minutes } минут
   *[other] слишком много неверных текущих паролей: повторите через { $minutes } минуты
}
said-wrong-too-often = слишком часто вводился неверно: { $why }
said-if-match-not-version = If-Match `{ $text }` не является номером версии
said-plan-adopt-refused = план { $plan } имеет статус «{ $status }»: утвердить можно только план в статусе «проект»
said-plan-close-refused = план { $plan } имеет статус «{ $status }»: закрыть можно только план в статусе «утверждён»
problem-validation_failed-detail = запрос недействителен
problem-unsupported_media_type-detail = тело запроса должно быть в формате JSON с Content-Type: { $type }
problem-bad_request-json = тело JSON недействительно: { $detail }
problem-bad_request-path = недопустимый адрес: { $detail }
problem-bad_request-query = не удаётся прочитать строку запроса: { $detail }
problem-bad_request-unreadable = не удаётся прочитать запрос
problem-bad_request-multipart = форма multipart составлена неверно: { $detail }
problem-bad_request-file-part = не удаётся прочитать часть с файлом: { $detail }
error-unreadable = Не удалось прочитать адрес или форму: { $detail }.

## Notices by e-mail in the recipient's language: the subject and the link line (issue 17.1)

notice-mail-submitted = stratrack: значение { $value } подразделения { $unit } представлено на утверждение
notice-mail-returned = stratrack: значение { $value } возвращено подразделению { $unit }
notice-mail-approved = stratrack: значение { $value } утверждено
notice-mail-bulk = stratrack: подразделение { $unit } представило на утверждение { $count ->
    [one] { $count } значение
    [few] { $count } значения
    [many] { $count } значений
   *[other] { $count } значения
}
notice-mail-overdue = stratrack: { $unit } опаздывает с отчётом за { $year } год
notice-mail-assigned = stratrack: вопрос Совета { $id } назначен подразделению { $unit }
notice-mail-open = Открыть в stratrack: { $link }

## A financial row already there (issue 17.1, area `said`)

said-finance-line-taken = в плане { $plan } уже есть строка финансового плана для { $year } { $unit } { $kind } { $category } (id { $id })
said-finance-actual-taken = в плане { $plan } уже есть фактическое исполнение для { $year } { $unit } { $kind } { $category } (id { $id })

## The allocation sheet's node checks (issue 17.1, area `said`)

said-allocate-to-level = { $code } — элемент уровня «{ $level }»: распределяйте средства на продукт, тематический приоритет или вспомогательный фактор

## A translation key's format (issue 17.1, area `said`)

said-key-not-a-pair = `{ $key }` не имеет вида `первый/второй`

## The last refusals of the pages and of the domain's checks (issue 17.1, area `said`)

said-one-of-not = { $one_of }, а не `{ $sent }`
said-not-one-of = `{ $sent }` не является одним из: { $words }
said-joined = { $first }; { $rest }
said-sentence = { $text }.
said-form-unreadable = форму невозможно прочитать: { $detail }
said-lang-not-english = { $one_of } (английский — собственный текст записи)
said-no-definition-to-translate = у записи вида { $kind } нет определения для перевода
said-no-plan-has-code = нет плана с кодом `{ $code }`
said-no-node-has-code = нет элемента результатов с кодом `{ $code }`
said-no-plan-the-code = нет плана с кодом { $code }
said-frozen-or-published = должно быть frozen или published
said-one-line-of = укажите от 1 до { $max } зн. в одной строке или оставьте пустым
said-assessment-csv-codes-only = таблицы CSV четырёхлетней оценки содержат только коды: опустите его или укажите false
said-annual-needs-year = для годового отчёта нужен его год
said-assessment-no-year = оценка охватывает план до последнего года с утверждённым значением: не указывайте год
said-language-or-languages = укажите либо `language` (один), либо `languages` (список), но не оба
said-at-least-one-of = укажите хотя бы один из: { $words }
said-not-annual-or-assessment = `{ $sent }` не является ни annual, ни assessment
said-give-whole-number = укажите целое число
said-not-yes = `{ $sent }` не является yes
said-quarter-not = должно быть от 1 до 4, а не { $sent }
said-whole-from-1 = должно быть целым числом от 1 до { $max }
said-yes-or-no-not = должно быть yes или no, а не `{ $sent }`
said-outside-the-plan = { $what } вне периода плана ({ $start }-{ $end })
said-only-split-unit = единственная возможная разбивка — `unit`
said-revenue-or-expense = должно быть revenue или expense
said-biennium-form = должно быть двумя последовательными годами, например 2028-2029
said-not-in-biennium = { $year } не входит в двухлетний период { $biennium }
said-not-a-category = `{ $category }` не является категорией { $kind }
said-draft-adopted-closed = должно быть draft, adopted или closed
said-status-moves-by = меняется только при утверждении (POST /api/v1/plans/{ $plan }/adopt) или закрытии (POST /api/v1/plans/{ $plan }/close)
said-between = должно быть от { $low } до { $high }
said-longer-than = длиннее допустимого ({ $max } зн.)
said-year-not-between = { $year } не входит в промежуток от { $first } до { $last }
said-fixed-too-precise = содержит больше знаков после запятой, чем допустимо ({ $places })
said-fixed-too-large = слишком велико для точного хранения
said-fixed-not-a-number = не является десятичным числом (используйте цифры с точкой, например 1234.5)
said-note-longer = примечание длиннее допустимого ({ $max } зн.)
said-note-to-return = чтобы вернуть его, нужно примечание: сообщите планировщику, что изменить
said-plan-no-indicator-yet = в плане ещё нет ни одного показателя
said-version-missing = отсутствует или не является целым числом; перезагрузите страницу
said-not-a-date-like = `{ $sent }` не является датой ({ $example })
said-not-whole-from-to = `{ $sent }` не является целым числом от { $low } до { $high }
said-wb-not-a-file = книга не была отправлена как файл (multipart/form-data): выберите её в форме ниже
said-codes-and-more = { $codes } и ещё: { $count }
said-lack-target = показатели без конечной цели (значение и год): { $count } — { $codes }
said-lack-baseline = показатели без базового уровня (значение и год): { $count } — { $codes }
said-lack-keys = { $lack }; из них ключевые показатели, которые оцениваются в отчёте Совету: { $count } — { $codes }
said-outside-period = { $year } вне периода плана { $plan } ({ $start }-{ $end })
said-more-years-outside = и другие годы показателей вне периода: { $count }
said-plan-no-goal = в плане { $plan } нет стратегической цели `{ $code }`
said-plan-no-priority = в плане { $plan } нет тематического приоритета или вспомогательного фактора `{ $code }`
said-plan-no-subject = в этом плане нет { $kind } `{ $subject }`
said-http-link = должно быть ссылкой http:// или https://
said-not-a-known-plan = `{ $code }` не является известным планом
said-not-an-indicator-of = `{ $code }` не является показателем плана { $plan }
said-not-a-quarter = { $quarter } не является кварталом (1–4)
said-not-zero = не должно быть равно 0
said-not-a-year-quoted = { $sent } не является годом
said-no-file-chosen = файл не выбран
said-not-node-or-indicator = `{ $sent }` не является ни node, ни indicator
said-choose-mandate = выберите мандат
said-not-a-run-number = не является номером выпуска доклада
said-whole-number = должно быть целым числом
said-is-not-whole-number = не является целым числом
said-not-a-date-time = { $sent } не является датой и временем: запишите как 2029-04-01T00:00:00Z (или 2029-04-01T00:00, читается как UTC)
said-until-passed = { $until } уже прошло: исключение должно заканчиваться в будущем
said-not-sortable-among = `{ $name }` не является полем сортировки ({ $fields })
said-weight-outside = вес { $weight } вне диапазона 0..1
said-weights-sum = сумма весов равна { $sum }, а не 1
said-allocation-over-budget = довело бы распределения { $unit } в { $year } до { $after } тыс. CHF, что на { $over } больше бюджета расходов { $budget }; распределяйте не больше бюджета
said-not-a-year-of-plan = { $year } не является годом плана { $plan } ({ $start }-{ $end })
said-keep-dimensions = значения этого показателя разбиты по { $dimensions }: сохраните это
said-milestones-unsuited = промежуточные значения ей не подходят ({ $why }); сначала измените их
said-type-a-value-draft = обязательно: введите значение (черновик удаляется на его собственной странице)
said-reason-only-revising = указывается только при пересмотре утверждённого значения; правка не сохраняет причину
said-not-a-biennium = `{ $biennium }` не является двухлетним периодом плана { $plan } ({ $start }-{ $end }): пишите ГГГГ-ГГГГ, начиная с { $start } или через каждые два года после
said-quoted-not-a-date = { $sent } не является датой ({ $example })
said-not-a-known-dimension = `{ $dimension }` не является известным измерением
said-not-disaggregated-by = показатель { $indicator } не разбивается по { $dimension } (его измерения: { $dimensions })
said-not-a-value-of = `{ $value }` не является значением { $dimension } ({ $values })
said-required-for-share = обязательно для доли показателя { $unit }
said-no-operational-plan-id = нет операционного плана с id { $id }
said-neither-plan-has = ни в { $plan }, ни в { $before } нет цели, тематического приоритета или вспомогательного фактора `{ $code }`
said-required-with-weight = обязательно, если указан вес
said-step-from-state = измерение { $id } в состоянии { $state }: { $rule }
said-rule-edit = изменить можно только черновик или возвращённое значение
said-rule-submit = подать можно только черновик или возвращённое значение
said-rule-approve = утвердить можно только поданное значение
said-rule-return = вернуть можно только поданное значение
said-rule-revise = пересмотреть можно только утверждённое значение
said-rule-delete = удалить можно только черновик
said-occupied = у { $what } уже есть значение (измерение { $id }, редакция { $revision }, { $state }): { $how }
said-occupied-revise = исправьте его через POST /api/v1/measurements/{ $id }/revise
said-occupied-wait = дождитесь его рассмотрения или попросите вернуть его
said-occupied-edit = измените его через PATCH /api/v1/measurements/{ $id }

## What serde, a query string and the import's reader refuse (issue 17.1, area `said`)

said-not-a-known-field = не является известным полем
said-not-a-known-parameter = не является известным параметром
said-out-of-range = вне допустимого диапазона
said-query-refused = параметр не удаётся прочитать: { $detail }
said-json-refused = значение не удаётся прочитать: { $detail }
said-json-at = { $why } (строка { $line }, столбец { $column })
said-json-invalid-type = недопустимый тип: { $found }, ожидалось: { $expected }
said-json-invalid-value = недопустимое значение: { $found }, ожидалось: { $expected }
said-json-invalid-length = недопустимая длина ({ $length }), ожидалось: { $expected }
said-json-unknown-variant = неизвестный вариант `{ $name }`, ожидалось: { $expected }
said-json-unknown-field = неизвестное поле `{ $name }`, ожидалось: { $expected }
said-json-missing-field = отсутствует поле `{ $name }`
said-json-duplicate-field = поле `{ $name }` указано дважды
said-json-found-string = строка { $value }
said-json-found-integer = целое число { $value }
said-json-found-float = число с плавающей точкой { $value }
said-json-found-boolean = логическое значение { $value }
said-json-found-character = символ { $value }
said-json-found-null = null
said-json-found-map = объект
said-json-found-sequence = список
said-json-found-unit = пустое значение
said-json-found-bytes = последовательность байтов
said-json-found-number = число
said-json-expected-string = строка
said-json-expected-boolean = логическое значение
said-json-expected-sequence = список
said-json-expected-map = объект
said-json-expected-decimal = десятичное число (строка вида "1234.5" или число JSON)
said-json-expected-integer = целое число ({ $type })
said-json-one-of = одно из { $words }
said-json-either = { $first } или { $second }
said-json-no-variants = вариантов нет
said-json-no-fields = полей нет
said-xlsx-date-cell = содержит дату; в этом столбце допускается число или текст: задайте ячейке формат «Общий» или «Текстовый»
said-xlsx-error-cell = содержит ошибку { $error }: введите в ячейку само значение
said-xlsx-unreadable = файл похож на книгу, но не читается как .xlsx ({ $detail }): сохраните его как «Книга Excel (.xlsx)» или CSV UTF-8
said-xlsx-no-sheet = в книге нет ни одного листа
said-xlsx-sheet-empty = лист { $sheet } пуст: первая строка должна быть заголовком
said-xlsx-sheet-unreadable = лист { $sheet } не удаётся прочитать: { $detail }
said-xlsx-unpacks-too-large = распакованная книга занимает { $size } МиБ, больше { $max } МиБ, допустимых для одного импорта: разделите её на несколько файлов
said-xlsx-too-many-rows = число строк листа { $sheet } превышает { $max }, наибольшее для одного импорта: разделите его на несколько файлов
said-import-line-unreadable = не удаётся прочитать: { $detail }
said-import-file-unreadable = файл не удаётся прочитать: { $detail }
said-import-header-unreadable = заголовок не удаётся прочитать: { $detail }
said-import-dimensions-both = укажите измерения либо в столбце disaggregation, либо в отдельном столбце для каждого измерения, но не обоими способами
said-import-xls = это книга Excel 97-2003 (.xls), которая не читается: сохраните её как «Книга Excel (.xlsx)» или CSV UTF-8
said-import-workbook-unreadable = книгу не удаётся прочитать: { $detail }
said-import-workbook-too-large = книга больше { $max } МиБ, наибольшего размера для одного импорта
said-no-file-part = в форме нет части `file`
problem-bad_request-other = запрос не удаётся прочитать: { $detail }
said-at-most-chars = { $max ->
    [one] должно содержать не более { $max } символа
    [few] должно содержать не более { $max } символов
    [many] должно содержать не более { $max } символов
   *[other] должно содержать не более { $max } символа
}
said-no-control-chars = не должно содержать управляющих или невидимых символов
said-no-spaces = не должно содержать пробелов
said-email-like = должно быть адресом электронной почты вида name@itu.int
said-email-one-at = должно содержать ровно один символ @
said-email-local = перед @ должно быть от 1 до 64 символов
said-email-domain = после @ должен быть домен с точкой, например itu.int
said-no-node-the-code = ни у одного элемента этого плана нет кода `{ $code }`
said-date-or-time = должно быть датой (2028-12-31) или временем RFC 3339 (2028-12-31T23:59:59Z)
said-no-user-email = нет пользователя с адресом `{ $email }`

## A disaggregation that cannot be read and a share that does not match its parts (issue 17.1, area `said`)
# NEEDS REVIEW by the language services: not taken from an official text.
said-not-dimension-value = `{ $part }` не имеет вида измерение=значение
said-dimension-twice = измерение `{ $dimension }` указано дважды
said-dimension-value-not-code = значение `{ $dimension }` должно быть кодом значения, а не { $sent }
said-disaggregation-shape = должно быть объектом вида {"{"}"sex": "female"{"}"} или текстом вида `sex=female`, а не { $sent }
said-share-zero-denominator = знаменатель равен 0, поэтому значение нельзя проверить
said-share-not-percent = { $value } не равно 100 × числитель ÷ знаменатель (100 × { $numerator } ÷ { $denominator } = { $exact })
said-share-not-ratio = { $value } не равно числитель ÷ знаменатель ({ $numerator } ÷ { $denominator } = { $exact })
said-as-of-unreadable = `{ $sent }` — это не `adopted` и не дата ГГГГ-ММ-ДД
error-refused-status = Запрос отклонён ({ $status } { $phrase }).
