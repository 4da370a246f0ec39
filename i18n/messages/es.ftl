### NEEDS REVIEW by the ITU language services (Spanish section): written by the stratrack developers,
### not taken from an official ITU text. Remove this mark, message by message or for the whole file,
### once the language services have reviewed the text (docs/I18N.md).

## Layout: on every page

layout-skip = Ir al contenido
layout-nav = Menú principal
layout-notices = Avisos
layout-unread = { $count ->
    [one] { $count } aviso sin leer
   *[other] { $count } avisos sin leer
}
layout-account = Cuenta
layout-logout = Cerrar sesión
layout-plan = Plan
layout-year = Año
layout-show = Mostrar
layout-language = Idioma
layout-footer = stratrack: el plan estratégico, sus resultados y el informe anual al Consejo

nav-dashboard = Panel
nav-framework = Marco de resultados
nav-compare = Comparar años
nav-entry = Introducción de datos
nav-approvals = Aprobaciones
nav-collection = Recopilación
nav-periods = Periodos
nav-plans = Planes
nav-finance = Finanzas
nav-operations = Operaciones
nav-risks = Riesgos
nav-reports = Informes
nav-questions = Preguntas
nav-audit = Registro de auditoría
nav-users = Usuarios

role-admin = administrador
role-planner = planificador
role-reviewer = revisor

## Login and account

login-title = Iniciar sesión
login-heading = Iniciar sesión en stratrack
login-email = Correo electrónico
login-password = Contraseña
login-submit = Iniciar sesión
login-expired = Este formulario de inicio de sesión ha caducado o no procede de este sitio. Vuelva a iniciar sesión.
login-wrong = Correo electrónico o contraseña incorrectos.
login-throttled = { $minutes ->
    [one] Inicio de sesión denegado: demasiados intentos fallidos. Vuelva a intentarlo dentro de { $minutes } minuto.
   *[other] Inicio de sesión denegado: demasiados intentos fallidos. Vuelva a intentarlo dentro de { $minutes } minutos.
}

account-title = Cuenta
account-heading = Su cuenta
account-role = función { $role }
account-tokens = Tokens de API
account-password-heading = Cambiar la contraseña
account-current = Contraseña actual
account-new = Nueva contraseña (al menos 12 caracteres)
account-submit = Cambiar la contraseña
account-changed = Se ha cambiado su contraseña.
account-must-change = Elija una nueva contraseña.

## Error pages

error-back = Volver al panel
error-internal = Se ha producido un error en el servidor; ha quedado registrado.
error-unavailable = La base de datos no puede guardar ni leer esto ahora, y no se ha guardado nada. Vuelva a intentarlo en un momento.
error-csrf = El formulario ha caducado o no procede de este sitio; vuelva a cargar la página e inténtelo de nuevo.
error-method = Esta dirección no admite ese tipo de solicitud.
error-language = No hay interfaz en ese idioma.

## Problem documents

problem-not_found = No encontrado
problem-validation_failed = Solicitud no válida
problem-bad_request = Solicitud incorrecta
problem-conflict = Conflicto
problem-version_mismatch = Versión desactualizada
problem-period_locked = Periodo bloqueado
problem-too_large = Solicitud demasiado grande
problem-unsupported_media_type = Tipo de contenido no admitido
problem-throttled = Demasiados intentos
problem-unauthenticated = Autenticación necesaria
problem-forbidden = Acceso denegado
problem-database_unavailable = Servicio no disponible
problem-password_change_required = Es necesario cambiar la contraseña
problem-internal = Error interno del servidor

problem-internal-detail = se ha producido un error en el servidor; ha quedado registrado
problem-database_unavailable-detail = la base de datos no puede guardar ni leer esto ahora, y no se ha guardado nada de la solicitud; vuelva a intentarlo en un momento
problem-unauthenticated-detail = se requiere autenticación
problem-password_change_required-detail = primero debe cambiar su contraseña (POST /api/v1/auth/password)
problem-too_large-detail = el cuerpo de la solicitud supera los { $limit } bytes

## Statuses and levels

status-achieved = Alcanzado
status-on_track = En curso
status-at_risk = En riesgo
status-off_track = Retrasado
status-no_data = Sin datos

level-goal = meta
level-thematic_priority = prioridad temática
level-enabler = facilitador
level-target = objetivo
level-outcome = resultado
level-output = producto

## Dashboard

dashboard-title = Panel { $year }
dashboard-status-of = { $total ->
    [one] Estado de { $total } indicador
   *[other] Estado de { $total } indicadores
}
dashboard-compare = Comparar { $year } con { $previous }: cómo cambió cada estado
dashboard-basis-none = Aún no hay ningún estado de { $year } calificado: no hay valores aprobados de { $year } ni de un año que pueda sustituirlo.
dashboard-basis-all = { $rated ->
    [one] El único estado calificado se basa en un valor del propio { $year }.
   *[other] Los { $rated } estados calificados se basan en valores del propio { $year }.
}
dashboard-basis-mixed = { $rated ->
    [one] De { $rated } estado calificado,
   *[other] De { $rated } estados calificados,
} { $own ->
    [one] { $own } se basa
   *[other] { $own } se basan
} en valores del propio { $year } y { $standing } en un valor anterior que lo sustituye ({ $years }).
dashboard-basis-from = { $count } de { $year }
dashboard-list-separator = {", "}
dashboard-collection = Recopilación de { $year }
dashboard-dates-unset = Aún no se han fijado las fechas de recopilación de { $year }.
dashboard-due-region = Lo que se debe presentar para { $year }
dashboard-due-caption = Lo que se debe presentar para { $year }, en qué plazo, y lo que está atrasado
dashboard-unit = Unidad
dashboard-opens = Apertura
dashboard-due = Plazo
dashboard-to-submit = Pendientes de presentar
dashboard-returned-col = Devueltos
dashboard-overdue-col = Atrasados
dashboard-complete = Completado
dashboard-overdue = { $count } atrasados
dashboard-not-set = sin fijar
dashboard-board = Tablero de la recopilación de { $year }
dashboard-goals = Por meta y prioridad temática
dashboard-goals-region = Número de estados por meta, prioridad temática y facilitador
dashboard-goals-caption = Número de estados por meta, prioridad temática y facilitador en { $year }
dashboard-code = Código
dashboard-name = Nombre
dashboard-progress = Avance medio
dashboard-budget = Presupuesto y gasto real por unidad, { $year } (miles de CHF)
dashboard-budget-region = Presupuesto y gasto real por unidad
dashboard-budget-caption = Presupuesto de gastos del plan financiero y ejecución real
dashboard-budget-col = Presupuesto
dashboard-actual = Gasto real
dashboard-rate = Tasa de ejecución
dashboard-attention = Requiere atención
dashboard-waiting = { $count ->
    [one] { $count } valor presentado pendiente de aprobación
   *[other] { $count } valores presentados pendientes de aprobación
}
dashboard-attention-region = Indicadores que requieren atención
dashboard-attention-caption = Indicadores retrasados, en riesgo, desactualizados o sin datos en { $year }
dashboard-indicator = Indicador
dashboard-owner = Responsable
dashboard-status = Estado
dashboard-why = Motivo
dashboard-why-progress = avance { $progress }
dashboard-why-progress-stale = avance { $progress }, valor de { $year }
dashboard-why-stale = desactualizado: el último valor es de { $year }
dashboard-returned = Devueltos a usted
dashboard-returned-region = Valores que se le han devuelto, con sus notas
dashboard-returned-caption = { $count ->
    [one] { $count } valor devuelto con una nota: corríjalo y vuelva a presentarlo
   *[other] { $count } valores devueltos con una nota: corríjalos y vuelva a presentarlos
}
dashboard-value = Valor
dashboard-figure = Cifra
dashboard-note = Nota
dashboard-returned-by = Devuelto por
