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
