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

## Words of the yearly collection: a value's state and quality

state-none = sin valor
state-draft = borrador
state-submitted = presentado
state-returned = devuelto
state-approved = aprobado
quality-provisional = provisional
quality-estimated = estimado
quality-final = definitivo

## The pager under long lists, and a refused form's problems (shared by many pages)

pager-label = Páginas de la lista: { $what }
pager-total = { $what }: { $total } — página { $page } de { $pages }
pager-previous = Página anterior
pager-next = Página siguiente
pager-indicators = indicadores
pager-revisions = revisiones
pager-items = elementos
pager-users = usuarios
pager-entries = entradas
pager-mandates = mandatos
pager-questions = preguntas
pager-risks = riesgos
problems-nothing-saved = No se guardó nada.
problems-correct = Corrija lo siguiente:

## Entry grid

entry-title = Introducción de datos { $year }
entry-heading = Introducción de datos — { $year }
entry-intro = Indicadores a cargo de su unidad. Escriba los valores, guárdelos como borradores y marque los que desea presentar para aprobación. Los valores presentados y aprobados se corrigen en su propia página.
entry-intro-admin = Indicadores a cargo de su unidad (como Oficina del Secretario General: todas las unidades, o la unidad elegida). Escriba los valores, guárdelos como borradores y marque los que desea presentar para aprobación. Los valores presentados y aprobados se corrigen en su propia página.
entry-tally-saved = { $count ->
    [one] { $count } guardado
   *[other] { $count } guardados
}
entry-tally-submitted = {" "}({ $count ->
    [one] { $count } presentado para aprobación
   *[other] { $count } presentados para aprobación
})
entry-tally-refused = { $count ->
    [one] , { $count } sin guardar: vea la fila
   *[other] , { $count } sin guardar: vea las filas
}
entry-imported = { $count ->
    [one] { $count } valor importado como { $state }
   *[other] { $count } valores importados como { $state }
}
entry-first-refused = primera fila sin guardar: { $code }
entry-code-not-saved = { $code }: sin guardar:
entry-filters-not-applied = No se aplicaron los filtros:
entry-not-imported = { $count ->
    [one] No se importó el archivo: { $count } problema.
   *[other] No se importó el archivo: { $count } problemas.
}
entry-see-lines = Verlos línea por línea
entry-filters = Buscar y filtrar los indicadores
entry-org-unit = Unidad orgánica
entry-all-units = todas las unidades
entry-quarter-label = Trimestre (indicadores trimestrales)
entry-quarter = T{ $quarter }
entry-search = Buscar código o nombre
entry-state = Estado
entry-any = cualquiera
entry-node = Objetivo o prioridad
entry-has-value = Tiene valor
entry-either = indistinto
entry-yes = sí
entry-no = no
entry-per-page = Por página
entry-show = Mostrar
entry-match = { $count ->
    [one] { $count } indicador coincide.
   *[other] { $count } indicadores coinciden.
}
entry-match-of = { $count ->
    [one] { $count } indicador coincide de { $all }.
   *[other] { $count } indicadores coinciden de { $all }.
}
entry-match-showing = { $count ->
    [one] { $count } indicador coincide; se muestran { $first }–{ $last }, página { $page } de { $pages }.
   *[other] { $count } indicadores coinciden; se muestran { $first }–{ $last }, página { $page } de { $pages }.
}
entry-match-of-showing = { $count ->
    [one] { $count } indicador coincide de { $all }; se muestran { $first }–{ $last }, página { $page } de { $pages }.
   *[other] { $count } indicadores coinciden de { $all }; se muestran { $first }–{ $last }, página { $page } de { $pages }.
}
entry-values-of = Valores de { $year }
entry-grid-region = Cuadrícula de introducción, { $year }
entry-caption = Los indicadores y sus valores de { $year }
entry-col-submit = Presentar
entry-col-indicator = Indicador
entry-col-uom = Unidad de medida
entry-col-baseline = Línea de base
entry-col-expected = Previsto { $year }
entry-col-approved = Aprobado { $year }
entry-col-value = Valor
entry-col-state = Estado y calidad
entry-col-narrative = Comentario y justificante
entry-submit-code = Presentar { $code }
entry-milestone = hito { $value }
entry-numerator = Numerador
entry-denominator = Denominador
entry-value-of = Valor de { $code }
entry-not-saved = Sin guardar:
entry-quality-of = Calidad de { $code }
entry-returned = Devuelto:
entry-counting = el valor aprobado { $value } (revisión { $revision }) cuenta hasta que se apruebe la corrección
entry-history = Historial
entry-revise = Corregir
entry-of = de { $code }
entry-breakdown = Desglose por sexo o región ({ $count })
entry-narrative-of = Comentario de { $code }
entry-evidence-of = Enlace al justificante de { $code }
entry-evidence = justificante
entry-save = Guardar los valores (y presentar los marcados)
entry-upload-h = Cargar un lote (CSV o libro de Excel)
entry-upload-header = Encabezado: indicator_code, year, quarter, disaggregation, value, numerator, denominator, quality, narrative, evidence_url (plan { $plan }). Se guardan todas las filas o ninguna.
entry-templates = Plantillas para su unidad y { $year }, con sus indicadores ya rellenados:
entry-csv-template = Plantilla CSV
entry-xlsx-template = Plantilla Excel
entry-file = Archivo CSV o libro de Excel (.xlsx)
entry-upload-submit = Presentar los valores para aprobación
entry-upload = Cargar
entry-not-imported-caption = { $count ->
    [one] No se importó el archivo: { $count } problema
   *[other] No se importó el archivo: { $count } problemas
}
entry-line = Línea (CSV) o fila (libro)
entry-column = Columna
entry-reason = Motivo
problems-see-fields = vea los campos a continuación.

## One indicator's entry form, and one value's page

entry-saved-draft = { $code } guardado como borrador
entry-submitted = { $code } presentado para aprobación
entry-value-not-saved = No se guardó el valor:
entry-nothing-saved = No se guardó nada:
entry-form-title = Introducir { $code }
entry-form-unit = Unidad: { $unit }
entry-form-direction = dirección
entry-form-ratio-hint = introduzca el numerador y el denominador
entry-form-decimal-hint = decimal exacto con punto, p. ej. 12.5
entry-form-year = Año
entry-form-quarter = Trimestre (vacío para el año completo)
entry-form-whole-year = año completo
entry-form-dimension = { $dimension } (vacío para el total)
entry-total = total
entry-form-quality = Calidad
entry-form-narrative = Comentario
entry-form-evidence = Enlace al justificante (dirección web)
entry-form-save-draft = Guardar borrador
entry-form-save-submit = Guardar y presentar para aprobación
entry-form-values-h = Valores de { $code }
entry-form-values-caption = Borradores, presentaciones y valores aprobados
entry-form-period = Período
entry-form-breakdown = Desglose
entry-form-note = Nota de revisión
entry-form-actions = Acciones
entry-form-correct = Corregir
entry-form-of-value = del valor { $id }
entry-form-value-id = valor { $id }
entry-value-title = Valor de { $code } { $period }
entry-value-uom = unidad de medida
entry-value-state = estado
entry-value-revision-n = revisión { $revision }
entry-value-revision = { $value } (revisión { $revision })
entry-returned-on = Devuelto el { $at }:
entry-value-counting = El valor aprobado { $value } cuenta en los informes hasta que se apruebe la corrección.
entry-value-pending = Hay una corrección pendiente:
entry-value-correct = Corregir el valor
entry-value-revise = Revisar el valor aprobado
entry-value-revise-hint = La corrección es una nueva revisión; el valor aprobado sigue visible y sigue contando hasta que se apruebe la corrección.
entry-value-reason = Motivo de la corrección (obligatorio)
entry-value-waits = Este valor presentado no se modifica aquí: espera su aprobación o devolución.
entry-value-locked = Este valor ({ $state }) no se modifica aquí: su año está bloqueado.
entry-value-read-only = Este valor ({ $state }) no se modifica aquí.
entry-value-revisions-region = Revisiones del valor
entry-value-revisions-caption = Revisiones de { $code } { $period }
entry-value-revision-col = Revisión
entry-value-this-one = { $revision } (esta)
entry-value-steps-region = Pasos dados sobre el valor
entry-value-steps-caption = Cada paso: quién, cuándo y la nota
entry-value-when = Cuándo (UTC)
entry-value-who = Quién
entry-value-step = Paso
entry-value-note = Nota o motivo
entry-value-back = Volver a la cuadrícula de introducción
entry-correction-saved = Corrección de { $code } guardada como revisión { $revision } (borrador)
entry-correction-submitted = Corrección de { $code } (revisión { $revision }) presentada para aprobación
entry-step-entered = introducido
entry-step-edited = modificado
entry-step-submitted = presentado
entry-step-returned = devuelto
entry-step-approved = aprobado
entry-step-revised = revisado
entry-step-superseded = sustituido
entry-step-deleted = eliminado

## Approval queue

approvals-title = Aprobaciones
approvals-heading = Cola de aprobación
approvals-filters = Filtrar la cola de aprobación
approvals-every-year = todos los años
approvals-unit = Unidad
approvals-every-unit = todas las unidades
approvals-search = Buscar indicador
approvals-filter = Filtrar
approvals-elsewhere = También en espera en otros planes o años:
approvals-scope-year = { $plan } { $year }
approvals-scope-every = { $plan } en todos los años
approvals-scope-unit = { $scope }, unidad { $unit }
approvals-none-waiting = Ningún valor de { $scope } espera aprobación.
approvals-none-waiting-from = Ningún valor de { $scope } de { $unit } espera aprobación.
approvals-none-matching = Ningún valor de { $scope } que coincida con «{ $q }» espera aprobación.
approvals-none-matching-from = Ningún valor de { $scope } de { $unit } que coincida con «{ $q }» espera aprobación.
approvals-region = Valores presentados con su contexto
approvals-caption = { $count ->
    [one] { $count } valor presentado de { $scope }
   *[other] { $count } valores presentados de { $scope }
}
pager-page = página { $page } de { $pages }
approvals-col-select = Seleccionar
approvals-col-change = Cambio respecto del año anterior
approvals-col-expected = Previsto y meta
approvals-col-status = Estado que daría
approvals-col-entered = Introducido y presentado
approvals-col-return = Devolver con una nota
approvals-select = Seleccionar { $what }
approvals-own = su propia entrada: decide otro administrador
approvals-none = ninguno
approvals-last-year = año anterior { $previous }
approvals-replaces = la revisión { $revision } sustituye al valor aprobado { $value } (revisión { $approved }), que cuenta hasta entonces
approvals-expected = previsto { $value }
approvals-target = meta { $value }
approvals-target-by = { $value } para { $year }
approvals-now = ahora: { $status }
approvals-breakdown-no-status = un desglose: sin estado propio
approvals-entered = introducido
approvals-submitted = presentado
approvals-note-for = Nota para devolver { $code } { $period }
approvals-return = Devolver
approvals-approve-selected = Aprobar los seleccionados
approvals-return-selected = Devolver los seleccionados, cada uno con su nota
approvals-pages = Páginas de la cola de aprobación
approvals-filter-not-applied = No se aplicó el filtro.
approvals-approved = { $count ->
    [one] { $count } valor aprobado: { $values }
   *[other] { $count } valores aprobados: { $values }
}
approvals-returned = { $count ->
    [one] { $count } valor devuelto: { $values }
   *[other] { $count } valores devueltos: { $values }
}
approvals-select-one = Seleccione al menos un valor.
approvals-nothing-changed = No se cambió nada.
approvals-nothing-changed-because = No se cambió nada:

## Collection calendar and completeness board (the dashboard's words Unit, Opens, Due, Complete, Overdue are shared)

collect-title = Recopilación { $year }
collect-heading = Recopilación de { $year } — { $plan }
collect-completeness = Grado de compleción
collect-explained = Un indicador cuenta donde está su valor más avanzado de { $year } (un valor aprobado en corrección sigue aprobado). Completo significa presentado o aprobado. Atrasado: indicadores aún sin valor presentado después de la fecha límite (a { $today }).
collect-region = Grado de compleción por unidad, { $year }
collect-caption = Indicadores previstos de cada unidad para { $year }, según el estado de sus valores
collect-expected = Previstos
collect-no-value = Sin valor
collect-draft = Borrador
collect-returned = Devueltos
collect-submitted = Presentados
collect-approved = Aprobados
collect-all-units = Todas las unidades
collect-own-dates = fechas propias
collect-none-expected = No se prevé ningún indicador de { $plan } de su unidad.
collect-calendar = Calendario
collect-every-unit = Fechas para todas las unidades
collect-opens-on = La recopilación se abre el
collect-due-on = Los valores vencen el
collect-save-dates = Guardar las fechas de { $year }
collect-own-h = Unidades con fechas propias
collect-own-explained = Una unidad con fechas propias las sigue en lugar de las fechas anteriores; bórrelas para que vuelva a seguir las fechas anteriores.
collect-units-caption = Fechas de recopilación de cada unidad para { $year }
collect-dates = Fechas
collect-save-unit = Guardar { $unit }
collect-clear-unit = Borrar { $unit }
collect-dates-are = La recopilación de { $year } se abre el { $opens } y vence el { $due }.
collect-dates-are-unit = La recopilación de { $year } se abre el { $opens } y vence el { $due }; las fechas de su unidad figuran en la tabla anterior.
collect-dates-unset = La Oficina del Secretario General aún no ha fijado las fechas de recopilación de { $year }.
collect-dates-set = La recopilación de { $year } se abre el { $opens } y vence el { $due } para todas las unidades sin fechas propias.
collect-unit-dates-set = La recopilación de { $year } se abre el { $opens } y vence el { $due } para { $unit }.
collect-unit-cleared = { $unit } vuelve a seguir las fechas de recopilación de todas las unidades.

## Reporting periods: year locks and lock exceptions

periods-title = Períodos de informe
periods-heading = Períodos de informe — { $plan }
periods-explained = Un año bloqueado no admite valores nuevos ni cambios de valores. Una excepción de bloqueo permite a una unidad orgánica cambiar sus valores de un año bloqueado hasta un momento dado (UTC); cuando termina o se revoca, el bloqueo vuelve a aplicarse a esa unidad.
periods-years = Años
periods-years-region = Años de { $plan } y sus bloqueos
periods-years-caption = Años de { $plan }
periods-locked-on = Bloqueado el
periods-by = Por
periods-locked = bloqueado
periods-open = abierto
periods-exceptions = Excepciones de bloqueo
periods-no-exception = No se ha concedido ninguna excepción en { $plan }.
periods-exceptions-region = Excepciones de bloqueo de { $plan }
periods-exceptions-caption = Excepciones de bloqueo de { $plan }, de la más antigua a la más reciente
periods-until = Hasta (UTC)
periods-granted-col = Concedida
periods-revoked-col = Revocada
exception-active = activa
exception-ended = terminada
exception-revoked = revocada
periods-unrecorded-user = un usuario no registrado
periods-granted-by = { $at } por { $who }
periods-revoked-by = { $at } por { $who }: { $note }
periods-lock-h = Bloquear o desbloquear un año
periods-lock-explained = Indique el motivo: la nota se muestra en cada rechazo mientras el año esté bloqueado y se conserva en el registro de auditoría.
periods-why-lock = Motivo del bloqueo de { $year }
periods-why-unlock = Motivo del desbloqueo de { $year }
periods-lock = Bloquear { $year }
periods-unlock = Desbloquear { $year }
periods-grant-h = Conceder una excepción de bloqueo
periods-year-locked = { $year } (bloqueado)
periods-until-hint = Una fecha y hora futuras, como 2029-04-01T00:00 (UTC) o con un desfase, como 2029-04-01T02:00+02:00.
periods-grant = Conceder la excepción
periods-revoke-h = Revocar una excepción
periods-revoke-which = { $unit } en { $year }, hasta { $until }
periods-why-revoke = Motivo de la revocación
periods-revoke = Revocar la excepción de { $unit }
periods-not-locked = No se bloqueó el año
periods-not-unlocked = No se desbloqueó el año
periods-not-granted = No se concedió la excepción
periods-not-revoked = No se revocó la excepción
periods-locked-done = Período de informe { $year } de { $plan } bloqueado
periods-unlocked-done = Período de informe { $year } de { $plan } desbloqueado
periods-granted = { $unit } puede cambiar valores de { $year } de { $plan } hasta { $until }
periods-revoked = Se revocó la excepción de { $unit } para { $year } de { $plan }

## Notices

notices-title = Avisos
notices-show-all = Mostrar todos los avisos
notices-show-unread = Mostrar solo los avisos no leídos
notices-none = No tiene ningún aviso.
notices-none-unread = No tiene ningún aviso no leído.
notices-mark-all = Marcar todos como leídos
notices-list = { $count ->
    [one] { $count } aviso, del más reciente al más antiguo
   *[other] { $count } avisos, del más reciente al más antiguo
}
notices-count = { $count ->
    [one] { $count } aviso
   *[other] { $count } avisos
}
notices-new = nuevo
notices-open = Abrir
notices-mark-read = Marcar como leído
notices-pages = Páginas de sus avisos
notices-marked-one = Aviso marcado como leído
notices-marked = { $count ->
    [one] { $count } aviso marcado como leído
   *[other] { $count } avisos marcados como leídos
}
notice-submitted = presentado
notice-returned = devuelto
notice-approved = aprobado
notice-overdue = atrasado
notice-assigned = asignado

## Framework text in other languages: the "in English" mark and the office's form (/translations/…)

translation-in-english = en inglés
translation-title = Traducciones de { $what }
translation-intro = El texto del marco en los demás idiomas oficiales. El inglés es el texto propio del elemento; un texto dejado en blanco se muestra en inglés, con la indicación «en inglés».
translation-english = Inglés (texto propio del elemento)
translation-name = Nombre
translation-definition = Definición o descripción
translation-provenance = Procedencia
translation-source = Fuente del texto
translation-save = Guardar las traducciones
translation-saved = Se guardaron las traducciones.
translation-edit = Editar las traducciones
