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
