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

## Why an indicator has no data: the status rule's reasons (area `nodata`; `status::Assessment::reason_in`)

nodata-no-baseline = sin línea de base
nodata-no-target = sin meta
nodata-no-value = ningún valor aprobado para { $year }
nodata-too-old = el último valor aprobado es de { $from }, más antiguo que la antigüedad máxima que admite el plan ({ $years ->
    [one] { $years } año
   *[other] { $years } años
})
nodata-bad-quarter = el trimestre { $quarter } de { $year } no está entre 1 y 4
nodata-no-ratio-parts = el valor del T{ $quarter } { $year } no tiene numerador ni denominador, que un indicador de razón necesita
nodata-zero-denominators = los denominadores de { $year } suman 0, así que la razón no tiene valor

nodata-few-points = menos de { $min } puntos (ningún valor anual aprobado después del año de la línea de base { $year })
nodata-too-large = los valores son demasiado grandes para proyectarlos con exactitud

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

## Questions from Council: the list, one thread, the ask form, the panel of an indicator's or a run's page

questions-title = Preguntas del Consejo
questions-intro = Preguntas que los miembros del Consejo formularon sobre { $plan }: sobre un indicador, un resultado o una sección de un informe publicado. La Oficina del Secretario General responde, o asigna la pregunta a la unidad que responde. Cada hilo figura en el anexo del siguiente informe congelado.
questions-status = Estado
questions-any = cualquiera
questions-run = Ejecución del informe
questions-indicator = Indicador
questions-filter = Filtrar
questions-none-match = Ninguna pregunta coincide.
questions-list = Preguntas, el último cambio primero
questions-col-question = Pregunta
questions-col-about = Sobre
questions-col-run = Ejecución
questions-col-asked-by = Formulada por
questions-col-asked-on = Formulada el
questions-col-replies = Respuestas
questions-about-section = Sección: { $section }
questions-about-indicator = Indicador { $code }
questions-about-node = Resultado { $code }
questions-back-to-list = Preguntas del Consejo
questions-thread = Pregunta { $id }
questions-about = Sobre
questions-of-run = ejecución del informe
questions-answered-by = Responde
questions-answered-by-unit = los planificadores de { $unit } y la Oficina del Secretario General
questions-answered-by-office = la Oficina del Secretario General
questions-messages = Mensajes
questions-reply-h = Responder
questions-reply-not-added = Su respuesta no se añadió.
questions-reply-problem = La respuesta:
questions-changed-meanwhile = Alguien modificó esta pregunta entretanto. Se muestra abajo tal como está ahora, con su respuesta conservada: léala y envíe de nuevo su respuesta.
questions-your-reply = Su respuesta
questions-send-reply = Enviar la respuesta
questions-who-answers = Quién responde
questions-unit-replies = Unidad cuyos planificadores responden
questions-office-answers = ninguna: responde la Oficina
questions-assign = Asignar
questions-reopen = Reabrir la pregunta
questions-mark-answered = Marcar como respondida
questions-ask-h = Formular una pregunta
questions-back = Volver a donde formulaba la pregunta
questions-title-field = Título
questions-your-question = Su pregunta
questions-ask = Formular la pregunta
questions-not-sent = Su pregunta no se envió:
questions-none-here = Aún no se ha formulado ninguna pregunta aquí.
questions-asked = formulada el { $day }
questions-replies = { $count ->
    [one] { $count } respuesta
   *[other] { $count } respuestas
}
questions-section = Sección del informe
questions-sent = Su pregunta { $id } se envió a la Oficina del Secretario General.
questions-reply-added = Su respuesta se añadió.
questions-assigned = La pregunta { $id } se asignó a { $unit }.
questions-to-office = La pregunta { $id } la responde la Oficina.
questions-now-open = La pregunta { $id } está abierta de nuevo.
questions-now-answered = La pregunta { $id } está marcada como respondida.
qstatus-open = abierta
qstatus-answered = respondida
qsection-report = El informe en su conjunto
qsection-summary = Resumen ejecutivo
qsection-moves = Indicadores cuyo estado cambió
qsection-goals = Metas estratégicas
qsection-priorities = Prioridades temáticas y facilitadores
qsection-finance = Finanzas
qsection-operations = Ejecución operacional
qsection-risks = Riesgos
qsection-breakdowns = Desgloses por sexo y por región
qsection-data-quality = Calidad de los datos
qsection-annex = Anexo: regla de estado y umbrales
qsection-sheets = Anexo: fichas de referencia de los indicadores

## Year against year (the comparison page)

yoy-title = Comparar { $a } y { $b }
yoy-heading = Año contra año
yoy-filters = Años y filtros
yoy-year-a = Año A
yoy-year-b = Año B
yoy-goal = Meta
yoy-all = todas
yoy-priority = Prioridad o facilitador
yoy-unit = Unidad
yoy-move = Cambio de estado
yoy-any = cualquiera
yoy-submit = Comparar
yoy-moves-h = Cómo cambiaron los estados de { $a } a { $b }
yoy-moves-note = Los estados se ordenan así: retrasado, en riesgo, en curso, alcanzado. Un cambio hacia arriba en ese orden es una mejora, hacia abajo un empeoramiento. Un indicador sin datos en uno de los años pasa a estar evaluado o deja de estarlo.
yoy-indicators-h = Indicadores
yoy-region = Indicadores en { $a } y { $b }
yoy-caption = Indicadores en { $a } y { $b }: { $count } con estos filtros
yoy-col-indicator = Indicador
yoy-col-actual = Real { $year }
yoy-col-change = Variación
yoy-col-progress = Avance { $year }
yoy-col-status = Estado { $year }
yoy-col-move = Cambio
yoy-none = Ningún indicador con estos filtros.
yoy-nodes-scoped = Nodos de resultado incluidos
yoy-nodes-top = Metas, prioridades temáticas y facilitadores
yoy-nodes-region = Agregados en { $a } y { $b }
yoy-nodes-caption = Avance medio de los indicadores de cada nodo (cada uno limitado a 0–100 %) en { $a } y { $b }
yoy-col-node = Nodo
yoy-col-level = Nivel
yoy-col-mean = Avance medio { $year }
move-improved = Mejoró
move-worsened = Empeoró
move-unchanged = Sin cambios
move-newly_rated = Evaluado por primera vez
move-no_longer_rated = Ya no evaluado

## Plan cycle: a plan beside its predecessor

plancycle-title = { $plan } junto a su predecesor
plancycle-heading = Ciclo del plan — { $plan } ({ $period })
plancycle-heading-beside = Ciclo del plan — { $plan } ({ $period }) junto a { $predecessor } ({ $predecessor_period })
plancycle-intro = Elaborado a partir de los vínculos de predecesor de los indicadores de { $plan }.
plancycle-def-carried_over = la misma medida, una sola serie en ambos períodos.
plancycle-def-redefined = otra medida con la misma intención, sus valores forman una serie aparte.
plancycle-def-new = sin predecesor (o con uno citado solo como referencia).
plancycle-def-dropped = un indicador de { $predecessor } que ningún indicador de { $plan } mantiene ni redefine.
plancycle-filters = Filtros
plancycle-class = Clase
plancycle-all = todas
plancycle-goal = Meta, prioridad o facilitador
plancycle-show = Mostrar
plancycle-classes-h = Indicadores por clase
plancycle-indicators-h = Indicadores
plancycle-region = Indicadores de ambos planes
plancycle-caption = Indicadores de { $plan } y sus predecesores: { $count } con estos filtros
plancycle-col-in = En { $plan }
plancycle-col-unit = Unidad de medida
plancycle-col-predecessor = Predecesor
plancycle-col-changed = Qué cambió
plancycle-for-reference = citado como referencia
plancycle-nothing = nada
plancycle-none = Ningún indicador con estos filtros.
plancycle-nodes-h = Nodos de resultado
plancycle-nodes-note = Los nodos de resultado no tienen vínculo de predecesor: se emparejan por código, de modo que un nodo cuyo código está en ambos planes aparece una vez con sus dos nombres.
plancycle-nodes-region = Nodos de resultado de ambos planes
plancycle-nodes-caption = Nodos de resultado de { $plan } y de { $predecessor }, emparejados por código
plancycle-col-node = Nodo
plancycle-col-level = Nivel
plancycle-col-name-in = Nombre en { $plan }
plancycle-definition-reworded = definición reformulada
plancycle-dropped-goal = { $code } — { $name } (suprimido)
class-carried_over = Mantenido
class-redefined = Redefinido
class-new = Nuevo
class-dropped = Suprimido
nodeclass-in_both = En ambos planes
nodeclass-new = Nuevo
nodeclass-dropped = Suprimido

## Users, API tokens and the audit log

users-title = Usuarios
users-heading = Usuarios y tokens de API
users-one-time = Contraseña de un solo uso para
users-one-time-note = se muestra una sola vez; el usuario debe cambiarla al iniciar sesión por primera vez.
users-new-token = Nuevo token (se muestra una sola vez):
users-find-label = Buscar usuarios
users-contains = Correo o nombre que contiene
users-role = Función
users-any = cualquiera
users-find = Buscar
users-caption = Usuarios — { $count } en total
users-email = Correo electrónico
users-name = Nombre
users-unit = Unidad
users-active = Activo
users-actions = Acciones
users-yes = sí
users-no = no
users-disable = Desactivar
users-enable = Activar
users-reset = Restablecer la contraseña
users-add-h = Añadir un usuario
users-display-name = Nombre visible
users-role-planner = planificador (Oficina / Secretaría)
users-role-reviewer = revisor (miembro del Consejo)
users-role-admin = administrador (Oficina del Secretario General)
users-org-unit = Unidad orgánica (planificadores)
users-none = ninguna
users-add = Añadir usuario
users-tokens-h = Sus tokens de API
users-tokens-caption = Tokens para scripts (enviados como Authorization: Bearer)
users-starts = Empieza por
users-created = Creado
users-expires = Vence
users-revoked = Revocado
users-never = nunca
users-revoke = Revocar
users-token-name = Nombre del token
users-token-days = Vence en días (vacío: nunca)
users-token-create = Crear token
users-created-user = Se creó { $email }
users-enabled = Usuario activado.
users-disabled = Usuario desactivado.
users-token-revoked = Token revocado.
audit-title = Registro de auditoría
audit-filters = Filtrar el registro de auditoría
audit-user = Usuario (correo)
audit-type = Tipo de registro
audit-any = cualquiera
audit-id = Identificador o código del registro
audit-from = Desde (fecha)
audit-to = Hasta (fecha, incluida)
audit-filter = Filtrar
audit-entries = Entradas de auditoría
audit-caption = { $count ->
    [one] { $count } entrada
   *[other] { $count } entradas
}, las más recientes primero — página { $page } de { $pages }
audit-when = Cuándo (UTC)
audit-who = Quién
audit-action = Acción
audit-record = Registro
audit-reason = Motivo
audit-change = Cambio
audit-before-after = antes y después
audit-before = Antes
audit-after = Después
audit-created = creado
audit-deleted = eliminado

## Risk register and one risk

risks-title = Riesgos
risks-heading = Registro de riesgos — { $plan }
risks-intro = Puntuación = probabilidad × impacto, cada uno de 1 a 5; los riesgos más graves aparecen primero. Niveles: bajo (1-4), medio (5-9), alto (10-14), crítico (15-25). Un riesgo no cerrado tiene la revisión atrasada cuando su última revisión tiene más de { $days } días (seis meses).
risks-filters = Filtrar los riesgos
risks-status = Estado
risks-any = cualquiera
risks-category = Categoría
risks-owner = Responsable
risks-threatens-node = Amenaza (nodo)
risks-filter = Filtrar
risks-matrix-h = Probabilidad × impacto
risks-matrix-note = Cuántos de los { $count } riesgos seleccionados por los filtros están en cada celda; cada celda nombra su nivel, de modo que la matriz se lee sin color.
risks-overdue-count = Revisión atrasada ({ $count }):
risks-matrix-label = Matriz de riesgos
risks-matrix-caption = Número de riesgos por probabilidad (filas) e impacto (columnas)
risks-likelihood-impact = Probabilidad \ impacto
risks-bands-caption = Riesgos por nivel
risks-band = Nivel
risks-scores = Puntuaciones
risks-caption = Riesgos de { $plan }, por puntuación — { $count } en total
risks-col-risk = Riesgo
risks-likelihood = Probabilidad
risks-impact = Impacto
risks-score = Puntuación
risks-threatens = Amenaza
risks-reviewed = Revisado
risks-mitigation = Mitigación
risks-update-link = actualizar
risks-review-overdue = revisión atrasada
risks-none = Ningún riesgo de { $plan } coincide.
risks-add-h = Añadir un riesgo
risks-code = Código
risks-title-field = Título
risks-description = Descripción
risks-likelihood-field = Probabilidad (de 1 a 5)
risks-impact-field = Impacto (de 1 a 5)
risks-nodes-field = Amenaza (códigos de nodo, separados por comas)
risks-add = Añadir el riesgo
risks-update-h = Actualizar los riesgos de su unidad
risks-update-note = Puede cambiar el estado, la mitigación y la fecha de la última revisión. Si otra persona modificó el riesgo desde que se mostró esta página, no se guarda nada y se le informa.
risks-score-of = puntuación { $score }
risks-reviewed-on = Revisado el
risks-save = Guardar { $code }
risks-risk = Riesgo { $code }
risks-back = Registro de riesgos de { $plan }
risks-product = probabilidad { $likelihood } × impacto { $impact }
risks-last-reviewed = Última revisión
risks-overdue-days = hace más de { $days } días
risks-no-node = ningún nodo de resultado
risks-close = Cerrar { $code }
risks-links-h = Nodos de resultado que amenaza
risks-unlink = Quitar el vínculo con { $node }
risks-link-node = Vincular al nodo
risks-link = Vincular
risks-edit-h = Editar { $code }
risks-edit-note = Si otra persona modificó el riesgo desde que se mostró esta página, no se guarda nada y se le informa.
risks-follow = Haga el seguimiento del riesgo (estado, mitigación, fecha de revisión) en
risks-follow-link = los formularios de actualización de su unidad.
risks-updated = El riesgo { $code } se actualizó.
risks-added = El riesgo { $code } se añadió (puntuación { $score }).
risks-updated-score = El riesgo { $code } se actualizó (puntuación { $score }).
risks-closed = El riesgo { $code } se cerró.
risks-linked = El riesgo { $code } está ahora vinculado a { $node }.
risks-unlinked = El riesgo { $code } ya no está vinculado a { $node }.
riskstatus-open = abierto
riskstatus-mitigating = en mitigación
riskstatus-closed = cerrado
riskcat-strategic = estratégico
riskcat-financial = financiero
riskcat-operational = operacional
riskcat-reputational = reputacional
riskcat-compliance = cumplimiento
riskcat-security = seguridad
band-low = bajo
band-medium = medio
band-high = alto
band-critical = crítico

## Operational plans and their items

ops-title = Operaciones { $year }
ops-heading = Planes operacionales, { $year }
ops-intro = Presupuestos en miles de CHF. La tasa de ejecución de una actividad es lo entregado ÷ lo previsto; la de una unidad es la media de sus actividades, cada una limitada al 100 %, sin las actividades canceladas ni las que no tienen nada previsto.
ops-per-unit = Ejecución por unidad
ops-per-unit-caption = Ejecución por unidad, planes operacionales que comienzan en { $year }
ops-unit = Unidad
ops-plan = Plan operacional
ops-status = Estado
ops-budget = Presupuesto
ops-items = Actividades
ops-counted = Contabilizadas
ops-in-full = Entregadas en su totalidad
ops-cancelled = Canceladas
ops-rate = Tasa de ejecución
ops-no-plan = Ningún plan operacional de { $plan } comienza en { $year }.
ops-filters = Filtrar las actividades
ops-any = cualquiera
ops-output-code = Producto (código)
ops-filter = Filtrar
ops-items-caption = Actividades de los planes operacionales que comienzan en { $year } — { $count } en total
ops-item = Actividad
ops-output = Producto
ops-run-by = A cargo de
ops-planned = Previsto
ops-delivered = Entregado
ops-update = Actualizar la ejecución
ops-delivered-of = Cantidad entregada de { $code } ({ $measure })
ops-status-of = Estado de { $code }
ops-save = Guardar
ops-none = Ninguna actividad coincide.
ops-updated = La actividad { $code } se actualizó.
opplan-draft = borrador
opplan-approved = aprobado
itemstatus-planned = prevista
itemstatus-in_progress = en curso
itemstatus-delivered = entregada
itemstatus-delayed = retrasada
itemstatus-cancelled = cancelada

## Framework revisions

fwrev-title = Revisiones del marco
fwrev-heading = Revisiones del marco — { $plan }
fwrev-intro = Cada cambio de un valor de referencia, una meta, un hito, una unidad o una dirección hecho cuando ya existían valores, con la decisión que lo sustenta. Una revisión cuenta desde el día en que se decidió: un año se evalúa, y se informa, con el marco vigente a su 31 de diciembre.
fwrev-as-adopted-link = El marco tal como se adoptó.
fwrev-filters = Filtrar las revisiones
fwrev-indicator-code = Código del indicador
fwrev-field = Campo
fwrev-reason = Motivo
fwrev-any = cualquiera
fwrev-filter = Filtrar
fwrev-list = Revisiones
fwrev-caption = Revisiones de { $plan }, la decisión más reciente primero — { $count } en total
fwrev-indicator = Indicador
fwrev-before = Antes
fwrev-after = Después
fwrev-adopted = Tal como se adoptó
fwrev-decided = Decidido
fwrev-by = Por
fwrev-reference = Referencia
fwrev-justification = Justificación
fwrev-none = Ninguna revisión de { $plan } coincide.
reason-methodology = metodología
reason-data_availability = disponibilidad de datos
reason-mandate_change = cambio de mandato
reason-error_correction = corrección de errores
reason-external_shock = choque externo
reason-other = otro

## Reports to Council and one report run

reports-title = Informes
reports-heading = Informes al Consejo
reports-intro = Una ejecución congelada conserva los datos con los que se elaboró y la suma de verificación de cada archivo, de modo que el informe enviado al Consejo puede reconstruirse byte a byte.
reports-reviewers-see = Los revisores del Consejo ven una ejecución una vez publicada.
reports-for = Informe de { $plan }, { $year }
reports-preview = Descargar una vista previa (zip, sin congelar)
reports-published-only = Los miembros del Consejo solo ven los informes publicados: el informe de { $year } aparece abajo en cuanto la Oficina del Secretario General lo publica.
reports-iati = Resultados como archivo IATI 2.03 (XML, solo valores aprobados):
reports-iati-year = Archivo IATI de { $year }
reports-iati-all = Archivo IATI de todos los años de { $plan }
reports-plan = Plan
reports-year = Año
reports-symbol = Signatura del documento del Consejo (opcional)
reports-symbol-hint = Aparece en la portada de report.pdf; si se deja en blanco, la portada indica que aún no se ha dado.
reports-session = Reunión del Consejo (opcional)
reports-freeze = Congelar una ejecución
reports-assessment-h = Evaluación cuatrienal de { $plan }
reports-assessment-intro = El informe de fin de período para la Conferencia de Plenipotenciarios: todos los años del plan lado a lado, el logro de cada meta y objetivo al final, el costo por meta en el período, las reexpresiones y la proyección de lo que sigue pendiente. Abarca el plan hasta su último año con un valor aprobado y aparece abajo como ejecución de tipo «evaluación».
reports-assessment-once-frozen = Aparece una vez congelada.
reports-freeze-assessment = Congelar la evaluación cuatrienal
reports-runs = Ejecuciones
reports-published = Informes publicados
reports-none = Todavía no hay ninguna ejecución de informe.
reports-runs-caption = Ejecuciones de informe, las más recientes primero
reports-run = Ejecución
reports-kind = Tipo
reports-status = Estado
reports-frozen = Congelada
reports-published-col = Publicada
reports-snapshot = Instantánea
reports-files = Archivos
reports-kind-annual = informe anual
reports-kind-assessment = evaluación cuatrienal
reports-up-to = hasta { $year }
reports-publish = Publicar
reports-all-files = { $count ->
    [one] El archivo ({ $count })
   *[other] Los { $count } archivos
}
reports-frozen-annual = La ejecución de informe { $id } de { $year } se congeló. Publíquela para que el Consejo pueda verla.
reports-frozen-assessment = La ejecución de la evaluación cuatrienal { $id } (años hasta { $year }) se congeló. Publíquela para que el Consejo pueda verla.
reports-no-plan = No existe el plan { $plan }.
reports-published-flash = La ejecución de informe { $id } está publicada para el Consejo.
reports-csv-headings = Empezar cada tabla CSV con una fila con los nombres de las columnas en el idioma del informe
reports-csv-headings-hint = Encima de los códigos de columna estables que conserva todo archivo CSV, para quienes abren las tablas en una hoja de cálculo; un programa lee ese archivo saltándose su primera línea. Sin marcar, los archivos CSV solo tienen los códigos.
runstatus-frozen = congelada
runstatus-published = publicada
run-title = Ejecución de informe { $id }
run-back = Informes anuales al Consejo
run-heading = Ejecución de informe { $id }: { $plan }, { $year }
run-not-yet = todavía no
run-zip = { $count ->
    [one] el archivo ({ $count }, zip)
   *[other] los { $count } archivos (zip)
}
run-ask-once-published = Los miembros del Consejo pueden preguntar sobre esta ejecución una vez publicada.
run-restated-h = Reexpresiones desde este informe
run-no-restatements = Ninguna cifra de esta ejecución ha cambiado desde que se congeló el { $at }: ningún valor de { $year } se revisó ni se aprobó tarde, y no se registró ninguna revisión del marco.
run-restatements-intro = Lo que cambió después de que esta ejecución se congelara el { $at }: valores de { $year } revisados desde entonces (la cifra informada → la cifra aprobada ahora) o aprobados tarde, y revisiones del marco registradas desde entonces.
run-next-lists = El informe de { $next } las presenta en su sección «Reexpresiones de cifras informadas el año anterior».
run-next-will-list = Una vez publicada esta ejecución, el informe de { $next } las presentará en su sección «Reexpresiones de cifras informadas el año anterior».
run-values-h = Valores de { $year }
run-values-caption = Valores de { $year } modificados desde el informe
run-indicator = Indicador
run-change = Cambio
run-reported = Informado
run-now = Ahora
run-quality = Calidad
run-who-when = Quién y cuándo
run-why = Por qué
run-headline = valor principal
run-entered-by = introducido por
run-approved-by = aprobado por
run-revisions-h = Revisiones del marco
run-revisions-caption = Metas, valores de referencia e hitos revisados desde el informe
run-field = Campo
run-before = Antes
run-after = Después
run-decision = Decisión
run-in-force = Vigente para { $year }
run-decided = decidido el { $day }
run-yes = sí
run-decided-after = no: decidido después de { $year }
restate-late = valor tardío
restate-revised = revisado

## One report run in several languages: the freeze form's languages and each language's files on the run's page
runlang-legend = Idiomas del informe
runlang-hint = Cada idioma marcado se redacta a partir de los mismos datos congelados. El primero marcado queda en la raíz de la ejecución; cada uno de los demás, en una carpeta con su código.
runlang-heading = Idiomas
runlang-root = en la raíz de la ejecución
runlang-folder = en la carpeta { $folder }
runlang-zip = { $count ->
    [one] su archivo ({ $count }, zip)
   *[other] sus { $count } archivos (zip)
}
runlang-tables = Tablas (CSV)

## The run's page: whether its CSV tables start with a row of names (issue 17.4)

run-csv-headings = Tablas CSV
run-csv-headings-yes = Cada una empieza con una fila con los nombres de sus columnas en el idioma del informe, encima de los códigos de columna
run-csv-headings-no = Solo los códigos de columna, sin fila de nombres en el idioma del informe

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
# A notice's text, stored as a message and its arguments (names, codes and notes as they are)
notice-text-submitted = Valor { $value } ({ $indicator }) de { $unit } presentado para aprobación por { $by }.
notice-text-returned = Valor { $value } ({ $indicator }) devuelto por { $by }: { $note }
notice-text-approved = Valor { $value } ({ $indicator }) aprobado por { $by }.
notice-text-bulk = { $count ->
    [one] { $count } valor de { $unit } presentado para aprobación por { $by }.
   *[other] { $count } valores de { $unit } presentados para aprobación por { $by }.
}
notice-text-bulk-import = { $count ->
    [one] { $count } valor de { $unit } presentado para aprobación por una importación.
   *[other] { $count } valores de { $unit } presentados para aprobación por una importación.
}
notice-text-overdue = { $unit } está atrasado para { $plan } { $year }: vencía el { $due }, { $missing ->
    [one] { $missing } indicador sin valor presentado.
   *[other] { $missing } indicadores sin valor presentado.
}
notice-text-assigned = La pregunta { $id } del Consejo, «{ $title }» (sobre { $subject }), fue asignada a { $unit } para responder por { $by }.

## Pages in the reader's language: the finance chart, period labels, the status rule's reasons (issue 17.1, 17.3)

fin-chart-title = Previsto frente a real por unidad y tipo
fin-chart-subtitle = Filas mostradas, en miles de CHF; tasa de ejecución entre paréntesis.
fin-chart-axis = miles de CHF
fin-chart-empty = Ninguna línea del plan financiero coincide con los filtros.
fin-chart-no-actual = aún sin importe real
fin-chart-row = { $label }: previsto { $plan }, real { $actual }
fin-chart-separator = {"; "}
fin-chart-alt = Gráfico de barras de los importes previstos y reales por unidad y tipo, en miles de CHF. { $rows }.

quarter-of-year = T{ $n } { $year }

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
translation-cancel = Cancelar

## The framework explorer (/framework) and its tree

fwk-title = Marco { $year }
fwk-heading = Marco de resultados
fwk-workbook-link = Todo el marco como libro de cálculo o archivos CSV
fwk-mandates-link = Mandatos en que se basa el plan
fwk-cycle-link = Este plan junto al anterior: indicadores mantenidos, redefinidos, nuevos y suprimidos
fwk-edit-h = Modificar el marco
fwk-add-node = Añadir un nodo de resultado
fwk-add-indicator = Añadir un indicador
fwk-node = Nodo
fwk-edit-node = Modificar o retirar este nodo
fwk-filters = Filtrar el marco
fwk-unit = Unidad
fwk-all = todas
fwk-status = Estado
fwk-search = Código o nombre del indicador
fwk-filter = Filtrar
fwk-as-of-form = Mostrar el marco en una fecha
fwk-as-of = Marco en la fecha
fwk-as-of-placeholder = adopted o AAAA-MM-DD
fwk-show = Mostrar
fwk-as-adopted = Tal como se adoptó
fwk-as-revised = Tal como se revisó (hoy)
fwk-every-revision = Todas las revisiones
fwk-as-of-note-adopted = Las líneas de base y las metas se muestran tal como se adoptaron; los estados de { $year } se evalúan con respecto al marco vigente el 31 de diciembre de { $year }.
fwk-as-of-note-day = Las líneas de base y las metas se muestran en la fecha { $day }; los estados de { $year } se evalúan con respecto al marco vigente el 31 de diciembre de { $year }.
fwk-nothing-revised = No se ha revisado nada desde entonces.
fwk-changed-label = Cambiado desde
fwk-changed-since-adoption = Cambiado desde la adopción
fwk-changed-since-day = Cambiado desde { $day }
fwk-indicator = Indicador
fwk-field = Campo
fwk-then = Entonces
fwk-now = Ahora
fwk-decisions = Decisiones
fwk-found-label = Indicadores encontrados
fwk-found-caption = Indicadores cuyo código o nombre contiene «{ $search }» — encontrados: { $count }
fwk-owner = Responsable
fwk-status-year = Estado { $year }
fwk-found-pages = Páginas de los indicadores encontrados
fwk-found-page = Indicadores: { $count } — página { $page } de { $pages }
fwk-whole = mostrar todo el marco
fwk-prev = Página anterior
fwk-next = Página siguiente
fwk-illustrative = ilustrativo
fwk-cost = costo { $amount } miles de CHF
fwk-open = Abrir { $code }:
fwk-indicators-on = Indicadores de { $code }
fwk-baseline = Línea de base
fwk-expected = Previsto
fwk-actual = Real
fwk-target = Meta
fwk-bar-part = { $status }: { $count }
fwk-list-separator = {"; "}
fwk-no-indicator = ningún indicador

## A result node's page (/framework/{code})

nodep-what = Nivel «{ $level }» del plan { $plan }
nodep-under = bajo
nodep-owner = a cargo de { $unit }
nodep-in-tree = Verlo en el árbol del marco
nodep-links-h = Vínculos de contribución
nodep-contributes-to = { $code } contribuye a:
nodep-contributing = Contribuyen a { $code }:
nodep-weight = peso
nodep-no-weight = sin peso
nodep-cost-h = Costo en { $year }
nodep-cost = Costo de { $code } en { $year }:
nodep-chf-k = miles de CHF
nodep-basis-allocations = A partir de las asignaciones hechas a él y a los nodos que dependen de él.
nodep-basis-contributions = A partir de las asignaciones que le llegan por los vínculos de contribución × peso.
nodep-same-figure = La misma cifra que la página de finanzas, la API de costos y el informe anual.
nodep-by-unit-label = Costo de { $code } por unidad
nodep-by-unit-caption = Costo de { $code } en { $year } por la unidad orgánica cuyo presupuesto lo paga
nodep-unit = Unidad
nodep-cost-col = Costo
nodep-share = Proporción
nodep-allocations = Asignaciones de { $year }
nodep-outside = { $year } está fuera del plan { $plan }: elija uno de sus años para ver el costo.

## An indicator's page (/indicators/{code})

indp-in-year = en { $year }
indp-illustrative = cifras ilustrativas
indp-enter = Introducir o corregir un valor
indp-edit = Modificar este indicador, sus hitos y sus mandatos
indp-as-of-note-adopted = La línea de base, la meta, la unidad, el sentido y los hitos se muestran tal como se adoptaron. { $year } se evalúa con respecto al marco vigente el 31 de diciembre de { $year }.
indp-as-of-note-day = La línea de base, la meta, la unidad, el sentido y los hitos se muestran en la fecha { $day }. { $year } se evalúa con respecto al marco vigente el 31 de diciembre de { $year }.
indp-definition-h = Definición
indp-metadata = Metadatos
indp-node = Nodo de resultado
indp-owner = Responsable
indp-definition = Definición
indp-unit = Unidad
indp-direction = Sentido
indp-aggregation = Agregación en el tiempo
indp-baseline = Línea de base
indp-end-target = Meta final
indp-expected = Previsto en el año
indp-actual = Real
indp-stale = antiguo
indp-progress = Progreso
indp-data-source = Fuente de datos
indp-frequency = Frecuencia
indp-sdg = Metas de los ODS
indp-wsis = Líneas de acción de la CMSI
indp-provenance = Procedencia
indp-trajectory-h = Trayectoria
indp-likely = Proyección: es probable que se alcance la meta.
indp-unlikely = Proyección: es poco probable que se alcance la meta.
indp-too-early = Proyección: es demasiado pronto para saberlo.
indp-projected = { $value } en { $year }, por una recta de mínimos cuadrados que pasa por la línea de base y { $count ->
    [one] { $count } valor anual aprobado
   *[other] { $count } valores anuales aprobados
} (en trazos en el gráfico, desde { $from }).
indp-not-projected = No se proyecta ningún valor:
indp-path-caption = Línea de base, hitos, meta, trayectoria prevista y valores reales aprobados
indp-year = Año
indp-reference = Referencia
indp-kind = Tipo
indp-approved-actual = Valor real aprobado
indp-kind-baseline = línea de base
indp-kind-milestone = hito
indp-kind-target = meta
indp-previous-h = Ciclo de plan anterior
indp-carries-over = { $code } mantiene { $earlier } del plan { $plan }: sus valores aprobados continúan esta serie y se trazan en la misma línea.
indp-does-not-continue = { $code } no continúa { $earlier } del plan { $plan }: es otra medida, por lo que sus valores no forman parte de esta serie y no se trazan en el gráfico.
indp-both-label = Valores aprobados de { $code } en los dos períodos del plan
indp-both-caption = Valores aprobados de { $code } en los dos períodos del plan: { $earlier_plan } (como { $earlier }) y { $plan }, unidad { $unit }
indp-plan-period = Período del plan
indp-approved-value = Valor aprobado
indp-quality = Calidad
indp-no-approved = Todavía no hay ningún valor aprobado en ninguno de los períodos.
indp-approved-of = Valores aprobados de { $code }
indp-separate-series = {", una serie aparte"}
indp-earlier-caption = Valores aprobados de { $code } ({ $plan }, { $relation }, unidad { $unit })
relation-carried_over = mantenido
relation-redefined = redefinido
relation-new = nuevo
indp-value = Valor
indp-values-h = Valores
indp-values-caption = Todos los valores de { $code } con su estado
indp-approved-only = (solo valores aprobados)
indp-period = Período
indp-breakdown = Desglose
indp-state = Estado
indp-rev = Rev.
indp-narrative = Comentario
indp-evidence = Prueba
indp-review-note = Nota de examen:
indp-link = enlace
indp-revisions-h = Revisiones
indp-no-revision = Ninguna revisión desde la adopción.
indp-revision-counts = Una revisión cuenta desde el día en que se decidió: { $year } se evalúa con respecto al marco vigente el 31 de diciembre de { $year }.
indp-show-adopted = Mostrarlo tal como se adoptó.
indp-adopted-revised = Tal como se adoptó y tal como se revisó
indp-as-revised = Tal como se revisó
indp-every-revision = Todas las revisiones de { $code } con su decisión
indp-sheet-h = Ficha de referencia
indp-no-sheet = Todavía no hay ficha de referencia.
indp-printable-sheet = Ficha de referencia imprimible
indp-edit-sheet = Modificar la ficha de referencia
indp-audit-h = Registro de auditoría
indp-audit-caption = Cambios en este indicador y sus valores
indp-when = Cuándo (UTC)
indp-who = Quién
indp-what = Qué
indp-record = Registro

## Reference sheets: the parts' headings

sheets-rationale = Justificación
sheets-method = Método de cálculo
sheets-disaggregation = Desglose
sheets-limitations = Limitaciones
sheets-quality-assurance = Garantía de calidad
sheets-target-rationale = Justificación de la meta

## Words of an indicator's definition: unit, direction, aggregation over time

iunit-percent = porcentaje
iunit-count = número
iunit-chf = CHF
iunit-ratio = razón
iunit-yes_no = sí o no
iunit-index = índice
direction-increase = aumento
direction-decrease = disminución
direction-maintain = mantenimiento
aggregation-latest = último valor
aggregation-sum = suma
aggregation-mean = media
aggregation-ratio = razón
state-superseded = sustituido
sheets-title = Ficha de referencia de { $code }
sheets-kicker = Ficha de referencia del indicador · plan { $plan }
sheets-result = Resultado:
sheets-back = Volver al indicador
sheets-print = Use la orden de impresión del navegador para imprimirla o guardarla como PDF.
sheets-indicator-h = El indicador
sheets-edit-title = Modificar la ficha de referencia de { $code }
sheets-edit-heading = Ficha de referencia de { $code }
sheets-edit-intro = Estos textos explican el indicador; cambiarlos no es una revisión del marco. Deje una parte vacía para suprimirla. Están redactados en inglés.
sheets-save = Guardar la ficha de referencia
sheets-cancel = Cancelar
sheets-saved = Se guardó la ficha de referencia de { $code }
sheets-not-saved = La ficha de referencia no se guardó:

## The plans (/plans): adopt, close, clone

plans-title = Planes
plans-heading = Planes estratégicos
plans-intro = Un plan se redacta, luego se adopta y luego se cierra. La adopción exige una meta final y una línea de base en cada indicador. El cierre bloquea todos los años del plan, de modo que ninguno de sus valores cambia ya (una unidad que aún deba corregir uno necesita una excepción al bloqueo). «Clonar como plan siguiente» crea un borrador para el período siguiente: nodos, vínculos ponderados e indicadores copiados, cada indicador manteniendo el anterior, líneas de base propuestas a partir de los últimos valores aprobados, metas e hitos vacíos.
plans-caption = Todos los planes, del más reciente al más antiguo
plans-plan = Plan
plans-period = Período
plans-status = Estado
plans-resolution = Resolución
plans-follows = Sucede a
plans-followed-by = Seguido de
plans-compare = Comparar los marcos
plans-steps-h = Adoptar, cerrar o clonar
plans-adopt = Adoptar { $code }
plans-adopted-by = Adoptado por (decisión)
plans-close-label = Cerrar { $code }
plans-close-why = Por qué se cierra (se conserva en el bloqueo de cada año)
plans-close = Cerrar { $code } y bloquear sus años
plans-clone-label = Clonar { $code } como plan siguiente
plans-clone = Clonar como plan siguiente ({ $years })
plans-followed = { $next } ya sucede a { $code }.
plans-adopted = Plan { $code } adoptado.
plans-not-adopted = El plan { $code } no se adoptó
plans-closed = Plan { $code } cerrado: años bloqueados { $years }.
plans-closed-none = Plan { $code } cerrado: todos los años ya estaban bloqueados.
plans-not-closed = El plan { $code } no se cerró
plans-cloned = Borrador de plan { $code } creado a partir de { $from }: nodos { $nodes }, vínculos { $links }, indicadores mantenidos { $indicators }, líneas de base propuestas a partir de valores aprobados { $baselines }.
plans-kept-baseline = { $count ->
    [one] { $count } indicador sin valores aprobados conservó su antigua línea de base.
   *[other] { $count } indicadores sin valores aprobados conservaron su antigua línea de base.
}
plans-cloned-then = Fije las metas y los hitos antes de adoptarlo.
plans-not-cloned = El plan { $code } no se clonó
pstatus-draft = borrador
pstatus-adopted = adoptado
pstatus-closed = cerrado

## Finance (/finance): the financial plan, execution, bienniums, allocations and cost

fin-title = Finanzas { $year }
fin-heading = Finanzas
fin-intro = Importes en miles de CHF. Tasa de ejecución = real ÷ previsto.
fin-plan-h = Plan financiero y ejecución
fin-flags-note = Las tasas de ejecución superiores al 100 % e inferiores al { $low } de lo previsto se señalan con palabras.
fin-allocations-link = La asignación del presupuesto de cada unidad a los resultados figura en la página de asignaciones.
fin-record-note = Registre o corrija el importe real de ejecución de su unidad en la última columna; si otra persona lo cambió desde que se mostró esta página, no se guarda nada y se le avisa.
fin-line-note = Como oficina, también puede cambiar el importe previsto de una línea (cifras con punto, por ejemplo 1234.5).
fin-filters = Filtrar el plan financiero
fin-biennium = Bienio
fin-any = todos
fin-year = Año
fin-unit = Unidad
fin-kind = Tipo
fin-category = Categoría
fin-filter = Filtrar
fin-subtotals-h = Subtotales por unidad y tipo
fin-chart-caption = Previsto frente a real de las filas mostradas; las mismas cifras figuran en el cuadro siguiente.
fin-subtotals-caption = Previsto, real y tasa de ejecución por unidad y tipo de las filas mostradas
fin-plan = Previsto
fin-actual = Real
fin-rate = Tasa de ejecución
fin-flag = Señal
fin-flag-above = más del 100 %
fin-flag-low = menos del { $low }
fin-no-match = Ninguna línea ni importe real corresponde a los filtros.
fin-lines-h = Líneas
fin-lines-note = Filas mostradas: { $count } (una línea, su importe real o ambos), un cuadro por bienio.
fin-biennium-label = Bienio { $biennium }
fin-biennium-caption = Bienio { $biennium }: previsto y real por año, unidad, tipo y categoría
fin-change-plan = Cambiar lo previsto
fin-record-actual = Registrar el real
fin-change = Cambiar
fin-update = Actualizar
fin-record = Registrar
fin-total = Total { $kind } { $biennium }
fin-no-line = Todavía no hay ninguna línea del plan financiero para { $plan }.
fin-balance-h = Totales de los bienios
fin-balance-label = Comprobaciones de cada bienio
fin-balance-caption = Las líneas de cada bienio frente a los totales adoptados para él (Decisión 5) y entre sí (diferencia = calculado − referencia)
fin-check = Comprobación
fin-computed = Calculado
fin-against = Frente a
fin-reference = Referencia
fin-difference = Diferencia
fin-reconciled-col = Conciliado
fin-yes = sí
fin-no = no
fin-not-set = sin fijar
fin-alloc-h = Asignaciones a resultados, { $year }
fin-alloc-label = Asignaciones frente a presupuestos
fin-alloc-caption = Lo que cada unidad asigna a productos, prioridades temáticas y facilitadores en { $year } frente a su presupuesto de gastos (diferencia = calculado − referencia)
fin-no-budget = Ningún presupuesto ni asignación en { $year }.
fin-cost-h = Costo por meta y prioridad temática, { $year }
fin-cost-goal-label = Costo de cada meta
fin-cost-goal-caption = Costo de cada meta (a través de los vínculos de contribución) y de los facilitadores, { $year }
fin-code = Código
fin-goal = Meta
fin-cost = Costo
fin-share = Proporción de las asignaciones
fin-cost-tp-label = Costo de cada prioridad temática
fin-cost-tp-caption = Costo de cada prioridad temática, { $year }
fin-tp = Prioridad temática
fin-totals = Totales
fin-totals-year = Totales, { $year }:
fin-reconciled = conciliados con el plan financiero
fin-not-reconciled = no conciliados con el plan financiero
fin-total-goals = Metas
fin-total-priorities = Prioridades temáticas
fin-total-enablers = Facilitadores
fin-total-unattributed = No atribuido a una meta
fin-total-allocated = Todas las asignaciones
fin-total-budget = Presupuesto de gastos
fin-total-difference = (Metas + facilitadores) − presupuesto
fin-add-line-h = Añadir una línea al plan financiero
fin-add-line = Añadir la línea
fin-add-actual-h = Registrar un importe real
fin-add-actual = Registrar el importe real
fin-add-line-note = Importe en miles de CHF, cifras con punto (por ejemplo 1234.5). La categoría debe corresponder al tipo; un año, una unidad, un tipo y una categoría solo pueden tener una línea.
fin-add-actual-note = Importe en miles de CHF, cifras con punto (por ejemplo 1234.5). La categoría debe corresponder al tipo; un año, una unidad, un tipo y una categoría solo pueden tener un importe real.
fin-amount = Importe, en miles de CHF
fin-description = Descripción (opcional)
fkind-revenue = ingresos
fkind-expense = gastos
fcat-assessed_contributions = contribuciones señaladas
fcat-cost_recovery = recuperación de costos
fcat-interest_and_other = intereses y otros
fcat-reserve_account = cuenta de reserva
fcat-staff = personal
fcat-non_staff = no relacionados con el personal

## Allocations to results (/finance/allocations)

allocs-title = Asignaciones { $year }
allocs-heading = Asignaciones a resultados
allocs-intro = El presupuesto de gastos de cada unidad en el plan financiero, asignado a sus productos, a las prioridades temáticas y a los facilitadores. Importes en miles de CHF. El costo de cada nodo de resultado se deriva de estas asignaciones mediante los pesos de contribución (véase la página de un nodo).
allocs-back = Volver a Finanzas
allocs-outside = { $year } está fuera del plan { $plan }: elija uno de sus años.
allocs-units-h = Presupuestos y asignaciones por unidad, { $year }
allocs-units-label = Presupuesto y asignaciones de cada unidad
allocs-units-caption = Presupuesto de gastos frente a asignaciones por unidad, { $year }
allocs-budget = Presupuesto
allocs-allocated = Asignado
allocs-remainder = Saldo
allocs-shown-below = se muestra abajo
allocs-edit-note = Escriba un importe por nodo (cifras con punto, por ejemplo 1234.5; deje un campo vacío para suprimir esa asignación) y guarde: se guardan todas las filas o ninguna. Se rechaza un total superior al presupuesto.
allocs-over = { $amount } por encima del presupuesto
allocs-nan = no es un número en { $field }
allocs-of = Asignaciones de { $unit }
allocs-sheet-caption = Lo que { $unit } asigna a cada producto, prioridad temática y facilitador en { $year }
allocs-level = Nivel
allocs-name = Nombre
allocs-amount = Importe
allocs-amount-label = Importe que { $unit } asigna a { $node }, en miles de CHF
allocs-save = Guardar las asignaciones de { $unit }
allocs-unchanged = Las asignaciones de { $unit } en { $year } ya estaban como se enviaron: no cambió nada.
allocs-saved = Se guardaron las asignaciones de { $unit } en { $year } (cambios: { $count }).
allocs-not-saved = Las asignaciones de { $unit } en { $year } no se guardaron:

## Mandates behind the plan (/mandates)

mand-title = Mandatos
mand-intro = Las resoluciones, decisiones, metas de los ODS y líneas de acción de la CMSI en que se basa el plan, y los nodos de resultado e indicadores de { $plan } que remiten a cada uno. La oficina añade y quita vínculos en la página de edición de un nodo o de un indicador.
mand-filters = Filtrar los mandatos
mand-kind = Tipo
mand-search = Código o título
mand-label = Mandatos y lo que remite a ellos
mand-caption = Mandatos y los nodos e indicadores de { $plan } que remiten a ellos
mand-mandate = Mandato
mand-title-col = Título
mand-nodes = Nodos de resultado
mand-indicators = Indicadores
mvocab-resolution = Resolución
mvocab-decision = Decisión
mvocab-sdg = ODS
mvocab-wsis = CMSI

## The framework workbook (/framework/workbook)

fwbook-title = Libro del marco
fwbook-intro = Todo el marco de { $plan } (nodos, vínculos de contribución y pesos, dimensiones, indicadores con todos sus campos, hitos, mandatos y sus vínculos, asignaciones presupuestarias, riesgos, nombres y definiciones en los demás idiomas), una hoja por tabla con las columnas de los archivos de carga inicial.
fwbook-download = Descargar
fwbook-xlsx = Libro (.xlsx), una hoja por tabla
fwbook-zip = Archivos CSV (.zip) en el formato de carga inicial
fwbook-errors = No se aplicó el libro: problemas: { $count }
fwbook-errors-note = No se guardó nada. Corrija estas celdas y vuelva a cargar el libro.
fwbook-planned = Cambios previstos: { $count }
fwbook-nothing-yet = Todavía no se ha guardado nada.
fwbook-needs-decision = Los cambios marcados «revisión» modifican la línea de base, la meta, un hito, la unidad o el sentido de un indicador que tiene valores: son revisiones del marco y requieren la decisión siguiente.
fwbook-planned-label = Cambios previstos
fwbook-caption = Cambios que el libro introduce en { $plan }
fwbook-sheet = Hoja
fwbook-row = Fila
fwbook-key = Clave
fwbook-column = Columna
fwbook-workbook = Libro
fwbook-revision = Revisión
fwbook-removed = suprimido
fwbook-revision-mark = revisión
fwbook-apply-h = Aplicar estos cambios
fwbook-upload-h = Cargar un libro modificado
fwbook-same = El mismo libro otra vez
fwbook-file = Libro (.xlsx)
fwbook-decision = La decisión en que se basan las revisiones
fwbook-decided-on = Decidido el (AAAA-MM-DD)
fwbook-body = Órgano que decide
fwbook-apply = Aplicar los cambios
fwbook-check = Comprobar el libro
fwbook-unchanged = El libro no cambia nada: no se guardó nada
fwbook-applied = Cambios aplicados desde el libro: { $count }

## The office's forms of a node and an indicator (/framework/nodes/…, /indicators/…/edit)

nodeform-edit = Modificar el nodo { $code }
nodeform-new = Nuevo nodo de resultado
nodeform-back = Volver al marco
nodeform-code-hint = Letras, cifras, «.», «-» y «_», por ejemplo TP-R1.O1.P3; no puede cambiar después.
nodeform-level-fixed = fijo: cree un nodo nuevo para cambiarlo
nodeform-name = Nombre (en inglés)
nodeform-description = Descripción (en inglés)
nodeform-parent = Nodo superior
nodeform-top = ninguno (nivel superior)
nodeform-parent-hint = Una meta se sitúa bajo un objetivo, un efecto bajo una prioridad temática, un producto bajo un efecto o una prioridad temática, un facilitador en el nivel superior o bajo un facilitador.
nodeform-owner = Unidad orgánica responsable
nodeform-none = ninguna
nodeform-kind = Tipo de producto (solo productos)
nodeform-sort = Posición entre sus hermanos
nodeform-links = Contribuye a (objetivos y metas)
nodeform-links-hint = Cada fila es un objetivo o una meta a la que contribuye este nodo, con su proporción (de 0 a 1). Las proporciones llevan el costo del nodo a los objetivos, por lo que juntas deben sumar exactamente 1. Deje una fila vacía para suprimirla.
nodeform-link-to = Objetivo o meta { $n }
nodeform-share = Proporción { $n }
nodeform-sum = Las proporciones suman { $sum }; deben sumar exactamente 1.
nodeform-sum-one = Las proporciones suman 1.
nodeform-sum-bad = Una proporción no es un número con cuatro decimales como máximo.
nodeform-save = Guardar el nodo
nodeform-add = Añadir el nodo
nodeform-retire-h = Retirar { $code }
nodeform-retire-note = Retirar suprime el nodo y sus vínculos del plan. Se rechaza mientras dependan de él indicadores, nodos hijos, asignaciones presupuestarias, elementos de planes operacionales o riesgos; el rechazo los nombra.
nodeform-retire = Retirar el nodo { $code }
revfs-legend = La decisión en que se basa esta revisión
revfs-note = Existen valores, por lo que este cambio es una revisión del marco: el valor adoptado sigue legible junto al valor revisado.
revfs-reference = Referencia de la decisión
revfs-reference-hint = Por ejemplo, Decisión 620 del Consejo.
revfs-date = Fecha de la decisión
mlinks-h = Mandatos en que se basa { $code }
mlinks-none = { $code } todavía no remite a ningún mandato.
mlinks-remove = Quitar { $kind } { $code }
mlinks-add = Añadir un mandato
mlinks-add-link = Añadir el vínculo
indform-edit = Modificar el indicador { $code }
indform-new = Nuevo indicador
indform-back = Volver a { $code }
indform-has-values = Este indicador tiene valores: un cambio de su línea de base, meta, hitos, unidad o sentido es una revisión del marco y requiere la decisión en que se basa.
indform-code-hint = Letras, cifras, «.», «-» y «_»; no puede cambiar después.
indform-node = Nodo de resultado que mide
indform-aggregation = Agregación a lo largo de un año
indform-aggregation-hint = Porcentaje y razón: último valor, media o razón; número y CHF: último valor, suma o media; índice: último valor o media; sí/no: último valor.
indform-baseline-value = Valor de la línea de base
indform-baseline-year = Año de la línea de base
indform-target-value = Meta al final del plan
indform-target-year = Año de la meta
indform-milestones = Hitos anuales (deje un año vacío si no hay)
indform-milestone = Hito { $year }
indform-node-owner = el responsable del nodo
indform-key = Indicador clave del desempeño
indform-dims = Desglosado por
indform-tags-hint = Separe las etiquetas con «;» o «,», por ejemplo 9.c; 17.8 o C2, C5.
indform-pred = Predecesor en un plan anterior
indform-pred-code = Código del indicador en ese plan
indform-pred-relation = Relación
indform-save-decision = Guardar con esta decisión
indform-save = Guardar el indicador
indform-add = Añadir el indicador
indform-milestones-h = Hitos
indform-milestones-note = Un formulario por año del plan; vacíe el valor para suprimir un hito.
indform-save-milestone = Guardar el hito de { $year }
freq-annual = anual
freq-quarterly = trimestral
freq-biennial = bienal
freq-quadrennial = cuatrienal

## Lo que el dominio dice de un campo rechazado (el lector de números)

num-empty = está vacío: escriba un número (cifras con punto, p. ej. 1234.5)
num-too-precise = `{ $typed }` tiene más de { $places } decimales
num-too-large = `{ $typed }` es demasiado grande para guardarse con exactitud
num-unit = `{ $typed }` lleva un signo de unidad; no se aceptan unidades: escriba solo el número ({ $number })
num-separator = `{ $typed }` contiene un espacio o un apóstrofo; no se aceptan separadores de millares: escriba { $instead }
num-separator-plain = `{ $typed }` contiene un espacio o un apóstrofo; no se aceptan separadores de millares: escriba cifras con punto, p. ej. 1234.5
num-comma = `{ $typed }` contiene una coma; no se aceptan la coma decimal ni los separadores de millares: escriba { $instead }
num-comma-plain = `{ $typed }` contiene una coma; no se aceptan la coma decimal ni los separadores de millares: escriba cifras con punto, p. ej. 1234.5
num-not-a-number = `{ $typed }` no es un número (use cifras con punto, p. ej. 1234.5)
said-required = es obligatorio
said-not-empty = no debe estar vacío
said-not-negative = no debe ser negativo

## Más de lo que el dominio dice de un campo rechazado: códigos, años de un plan, valores de una unidad, etiquetas, niveles, revisiones, lo que nombra una solicitud, el encabezado y las filas de una importación

said-code-length = debe tener de 1 a 40 caracteres
said-code-character = `{ $character }` no está permitido: use letras, dígitos, `.`, `-` y `_`
said-year-outside-plan = { $year } está fuera del plan { $plan } ({ $start }-{ $end })
said-baseline-year = { $year } no puede ser el año de referencia del plan { $plan } ({ $start }-{ $end })
said-year-too-far = { $year } está demasiado lejos del plan { $plan } ({ $start }-{ $end })
said-percent-outside = { $value } está fuera de 0..100 para un porcentaje
said-count-negative = { $value } es negativo; un recuento no puede serlo
said-count-fraction = { $value } no es un número entero; un recuento debe serlo
said-yes-no = { $value } no es 0 (no) ni 1 (sí)
said-value-negative = { $value } es negativo
said-not-a-tag = `{ $tag }` no es una etiqueta (vacía, o contiene `;`)
said-not-a-level = `{ $level }` no es un nivel de resultados
said-no-parent = ningún padre
said-either = { $first } o { $second }
said-parent-level = un elemento de nivel { $level } debe tener como padre { $allowed }, no { $parent }
said-revision-nothing = nada en esta solicitud cambia un valor de referencia, una meta, un hito, una unidad o una dirección
said-revision-needed = existen valores para este indicador, así que cambiar { $fields } es una revisión del marco: indique `revision` con decided_on, deciding_body, reference, reason_category y justification
said-if-match = es obligatorio (o envíe If-Match)
said-if-match-totals = es obligatorio para reemplazar los totales (o envíe If-Match)
said-own-account = no puede desactivar su propia cuenta
said-say-why = es obligatorio: diga por qué
said-plan-no-node = el plan { $plan } no tiene el elemento `{ $code }`
said-no-unit-code = ninguna unidad tiene el código `{ $code }`
said-not-sortable = `{ $name }` no es un campo de ordenación
said-no-user = no existe el usuario { $id }
said-no-unit = no existe la unidad `{ $code }`
said-no-plan = no existe el plan `{ $code }`
said-type-a-value = es obligatorio para presentar: escriba un valor
said-select-one = seleccione al menos un valor
said-import-more = { $count ->
    [one] y { $count } problema más desde esta línea, no listado: corrija los de arriba e importe de nuevo
   *[other] y { $count } problemas más desde esta línea, no listados: corrija los de arriba e importe de nuevo
}
said-import-not-utf8 = el archivo no es texto UTF-8 (guárdelo como CSV UTF-8)
said-import-empty = el archivo está vacío: la primera línea debe ser el encabezado
said-import-no-rows = el archivo tiene encabezado pero ninguna fila con un valor (se omite una fila sin ninguna de { $cells } rellenada)
said-import-line-not-utf8 = no es texto UTF-8 (guarde el archivo como CSV UTF-8)
said-import-cells = { $cells ->
    [one] tiene { $cells } celda, el encabezado tiene { $width }
   *[other] tiene { $cells } celdas, el encabezado tiene { $width }
}
said-import-no-header = contiene un valor pero su columna no tiene encabezado: nombre la columna en la fila 1 o vacíela
said-header-twice = aparece dos veces en el encabezado
said-header-missing = falta en el encabezado
said-header-no-plan = falta: añada la columna o indique un plan por defecto (?plan= o --plan)
said-header-unknown = no es una columna que la importación acepte (columnas: { $columns }; o una dimensión: { $dimensions }; ignoradas: { $ignored })
said-not-found = { $what }: no encontrado
said-what-plan = plan { $code }
said-what-indicator = indicador { $code } del plan { $plan }
said-what-node = elemento { $code } del plan { $plan }
said-what-risk = riesgo { $code } del plan { $plan }
said-what-user = usuario { $id }
said-what-run = ejecución de informe { $id }
said-what-question = pregunta { $id }
said-aggregation-unsuited = `{ $aggregation }` no conviene a la unidad `{ $unit }` ({ $why }): use { $allowed }
said-why-shares = las proporciones no se suman; la regla ratio combina los trimestres sumando sus numeradores y denominadores
said-why-amounts = los importes no tienen numerador ni denominador que sumar
said-why-index = los puntos de un índice no se suman ni tienen numerador y denominador
said-why-yes-no = una respuesta sí/no es la última dada; una suma o media de respuestas no es ni sí ni no
said-contribute-itself = un elemento no puede contribuir a sí mismo
said-role = debe ser admin, planner o reviewer
said-planner-unit = un planificador debe pertenecer a una unidad
said-owner-to-take = es obligatorio: el elemento no tiene unidad responsable que tomar
said-earlier-plan = debe ser un ciclo de plan anterior, no este plan
said-year-to-compare = es obligatorio: el año que se compara
said-run-for-section = es obligatorio para una pregunta sobre una sección del informe
said-say-why-corrected = es obligatorio: diga por qué se corrige el valor aprobado
said-tell-planner = es obligatorio: diga al planificador qué debe cambiar
said-no-run = no existe la ejecución de informe { $id }
said-what-indicator-in = indicador { $code } del plan { $plan }

## One-time messages of the forms that leave a page (saved, refused)

problems-not-saved = { $what }: no se guardó: { $why }
problems-changed-meanwhile = Otra persona cambió { $what } mientras tanto, así que su cambio no se guardó ({ $detail }). La página muestra ahora las cifras actuales: revíselas y vuelva a guardar.
fin-named-line = La línea del plan { $year } { $unit } { $kind } { $category }
fin-named-actual = El importe real { $year } { $unit } { $kind } { $category }
fin-done-recorded = { $what }: registrado.
fin-done-updated = { $what }: actualizado.
fin-done-added = { $what }: añadido al plan financiero.
nodeform-done-added = Se añadió { $level } { $code } a { $plan }
nodeform-done-saved = { $code } guardado
nodeform-done-retired = Nodo { $code } retirado: ya no forma parte de { $plan }
nodeform-not-retired = El nodo { $code } no se retiró: { $why }
indform-done-added = Se añadió el indicador { $code } a { $node }
indform-done-saved = Indicador { $code } guardado
indform-done-milestone-set = Hito { $year } de { $code } fijado en { $value }
indform-done-milestone-removed = Se eliminó el hito { $year } de { $code }
mlinks-done-added = { $code } remite ahora a { $vocabulary } { $mandate }
mlinks-not-added = El vínculo no se añadió: { $why }
mlinks-done-removed = { $code } ya no remite a { $vocabulary } { $mandate }
mlinks-not-removed = El vínculo no se retiró: { $why }
said-one-of = debe ser uno de: { $words }
said-password-short = debe tener al menos { $min } caracteres
said-password-long = debe tener como máximo { $max } caracteres
said-password-spaces = no debe tener solo espacios
said-password-one-character = no debe ser un solo carácter repetido
said-password-piece = no debe ser un fragmento más corto repetido
said-password-run = no debe ser una serie de caracteres consecutivos como 123456789012
said-password-email = no debe ser su correo electrónico
said-password-common = es una de las contraseñas más comunes; elija otra
said-password-wrong = no es su contraseña actual
said-password-same = debe ser distinta de la contraseña actual
account-this = Esta contraseña { $reason }

## The domain's conflicts, stale versions, locks, missing records and more field reasons (issue 17.1, area `said`)

problems-conflict-reload = no se guardó: { $detail }. Recargue la página para ver el estado actual y vuelva a hacer el cambio.
said-labelled = { $label }: { $why }
said-conflict-unique = ya existe un registro con la misma clave natural
said-conflict-reference = el registro está referenciado por un registro, o hace referencia a uno, que no lo permite
said-stale = { $what } está en la versión { $current }, no en la { $claimed }: recárguelo y vuelva a aplicar su cambio
said-stale-totals = los totales aprobados { $biennium } están en la versión { $current }, no en la { $claimed }: recárguelos y vuelva a aplicar su cambio
said-stale-allocation = la asignación de { $unit } a { $node } está en la versión { $current }; la página mostraba la versión { $shown }
said-changed-while-editing = el registro cambió mientras lo editaba (versión esperada { $expected }): recárguelo y vuelva a aplicar su cambio
said-what-measurement = valor { $id }
said-what-period = período de informe { $year } de { $plan }
said-unrecorded-date = una fecha no registrada
said-unrecorded-user = un usuario no registrado
said-lock = el período de informe { $year } de { $plan } fue bloqueado el { $when } por { $who }
said-lock-note = el período de informe { $year } de { $plan } fue bloqueado el { $when } por { $who }: { $note }
said-lock-and-exception = { $lock }; { $ended }
said-exception-ended = la excepción concedida a { $unit } hasta el { $until } por { $granted_by } terminó
said-exception-revoked = la excepción concedida a { $unit } hasta el { $until } por { $granted_by } fue revocada el { $at } por { $revoked_by }
said-exception-revoked-note = la excepción concedida a { $unit } hasta el { $until } por { $granted_by } fue revocada el { $at } por { $revoked_by }: { $note }
said-exception-held = { $unit } ya tiene la excepción { $id } al período de informe { $year } de { $plan } hasta el { $until }: revóquela primero para cambiar su fin
said-period-already-locked = el período de informe { $year } de { $plan } ya está bloqueado
said-period-not-locked = el período de informe { $year } de { $plan } no está bloqueado
said-plan-exists = ya existe un plan { $code }
said-plan-follows = el plan { $plan } ya sucede a { $source }: el plan siguiente existe, así que no se vuelve a clonar
said-already-contributes = { $from } ya contribuye a { $to }
said-last-admin = { $email } es el último administrador activo; haga primero administrador a otro usuario
said-run-published = la ejecución de informe { $id } ya se publicó el { $at }
said-indicator-exists = el plan { $plan } ya tiene un indicador { $code }
said-node-exists = el plan { $plan } ya tiene un elemento { $code }
said-risk-exists = el plan ya tiene un riesgo { $code }
said-risk-linked = el riesgo { $risk } ya está vinculado a { $node }
said-allocation-exists = { $unit } ya asigna a { $node } en { $year } (asignación { $id })
said-item-exists = el plan operativo ya tiene un elemento { $code } (id { $id })
said-milestone-gone = { $code } ya no tiene hito de { $year }: recárguelo
said-deleted-meanwhile = el valor { $id } cambió mientras lo eliminaba: recárguelo
said-revised-meanwhile = otra persona revisó el valor { $id } en el mismo momento: recargue su historial
said-revision-pending = { $slot } ya tiene la revisión { $revision } pendiente (valor { $id }, { $state }): edite o envíe esa
said-entered-meanwhile = { $slot } ya tiene un valor introducido en el mismo momento: recargue y revise o edite ese
said-no-dates = la recopilación de { $year } de { $plan } aún no tiene fechas: fije primero las fechas para todas las unidades
said-what-finance-line = línea { $id } del plan financiero del plan { $plan }
said-what-finance-actual = importe ejecutado { $id } del plan { $plan }
said-what-unit = unidad { $code }
said-what-dimension = dimensión { $code }
said-what-dimension-value = valor { $code } de la dimensión { $dimension }
said-what-token = token { $id }
said-what-item = elemento operativo { $id }
said-what-operational-plan = plan operativo { $id } del plan { $plan }
said-what-allocation = asignación { $id } del plan { $plan }
said-what-notice = aviso { $id }
said-what-audit-entry = entrada de auditoría { $id }
said-level-goal = meta
said-level-thematic_priority = prioridad temática
said-level-enabler = facilitador
said-level-target = objetivo
said-level-outcome = resultado
said-level-output = producto
said-outside-0-1 = { $value } está fuera de 0..1
said-plan-has-no-node = el plan no tiene el elemento `{ $code }`
said-link-to-level = { $code } es un elemento de nivel { $level }; los vínculos ponderados van a metas y objetivos
said-named-twice = { $code } se nombra dos veces
said-not-an-org-unit = { $unit } no es una unidad
said-unknown-unit = unidad desconocida `{ $code }`
said-required-with = es obligatorio con { $other }
said-after-target-year = { $year } es posterior al año meta { $target }
said-year-given-twice = { $year } se indica dos veces
said-code-given-twice = `{ $code }` se indica dos veces
said-no-dimension = ninguna dimensión tiene el código `{ $code }`
said-no-plan-code = ningún plan tiene el código `{ $code }`
said-no-unit-the-code = ninguna unidad tiene el código `{ $code }`
said-itself-or-below = { $parent } es el propio { $node } o está debajo de él
said-not-an-output = { $code } es un elemento de nivel { $level }, no un producto
said-output-of-another-unit = el producto { $code } pertenece a otra unidad
said-plan-no-indicator = el plan { $plan } no tiene el indicador `{ $code }`
said-run-of-another-plan = la ejecución de informe { $id } es de otro plan
said-what-node-code = elemento { $code }
said-what-risk-code = riesgo { $code }
said-what-indicator-code = indicador { $code }
said-draft-not-submitted = guardado como borrador pero no enviado: { $why }
said-what-run-file = archivo { $path } de la ejecución de informe { $id }
said-what-run-language = idioma { $code } de la ejecución de informe { $id }
said-what-run-language-file = archivo { $path } en { $lang } de la ejecución de informe { $id }
said-what-risk-link = un vínculo del riesgo { $risk } con { $node }
said-nothing-at = nada en { $path }
said-what-any-plan = ningún plan
said-what-milestone = el hito de { $year } del indicador { $code }
said-what-contribution = vínculo de contribución { $id } del plan { $plan }
said-item-delivered = el elemento { $code } ha entregado { $quantity } { $unit }: queda registrado; cambie su estado a cancelado en su lugar

## Las últimas frases del dominio (issue 17.1, área `said`): nombres en las versiones obsoletas, elemento que no se puede eliminar, fechas de recopilación, vínculos de mandato, excepciones, campos de un producto, unidad y casilla de una importación, problemas del libro del marco

said-what-finance-line-id = línea { $id } del plan financiero
said-what-finance-actual-id = importe ejecutado { $id }
said-what-allocation-id = asignación { $id }
said-what-contribution-id = vínculo de contribución { $id }
said-what-milestone-of = el hito { $year } de { $code }
said-what-translation = el texto en { $lang } de { $what }
said-changed-while-editing-what = { $what } cambió mientras lo editaba: recárguelo
said-what-dates = las fechas de recopilación { $year } de { $plan }
said-what-unit-dates = las fechas de recopilación de { $unit } para { $year }
said-what-own-dates = { $what } (la unidad no tiene fechas propias)
said-dates-gone = { $what } ya no están fijadas: recargue la página
said-due-before-opening = { $due } es anterior a la fecha de apertura { $opens }: la fecha límite es ese día o posterior
said-what-exception = la excepción de bloqueo { $id } del período de informe { $year } de { $plan }
said-exception-already-revoked = { $what } ya está revocada
said-exception-already-ended = { $what } ya terminó el { $date }
said-node-blocked = el elemento { $code } no se puede eliminar mientras tenga { $blockers }
said-list = { $first }, { $rest }
said-blocker-child-nodes = { $count ->
    [one] { $count } elemento hijo
   *[other] { $count } elementos hijos
}
said-blocker-indicators = { $count ->
    [one] { $count } indicador
   *[other] { $count } indicadores
}
said-blocker-allocations = { $count ->
    [one] { $count } asignación presupuestaria
   *[other] { $count } asignaciones presupuestarias
}
said-blocker-items = { $count ->
    [one] { $count } elemento del plan operativo
   *[other] { $count } elementos del plan operativo
}
said-blocker-risks = { $count ->
    [one] { $count } riesgo vinculado
   *[other] { $count } riesgos vinculados
}
said-mandate-linked = { $owner } ya remite a { $vocabulary } { $code }
said-no-mandate = ningún mandato { $vocabulary } tiene el código `{ $code }`
said-what-mandate-link = un vínculo de { $owner } a { $vocabulary } { $code }
said-what-link = el vínculo { $from }→{ $to }
said-what-subject = { $kind } { $key }
said-output-needs-kind = un producto debe indicar si es un bien o un servicio
said-not-product-or-service = `{ $kind }` no es product ni service
said-only-outputs-have-kind = solo los productos tienen un tipo, no un elemento de nivel { $level }
said-output-needs-owner = un producto debe pertenecer a una unidad
said-import-other-unit = { $code } pertenece a otra unidad; un planificador solo puede importar los indicadores de su propia unidad
said-import-also-on-line = { $slot } también está en la línea { $line }; una casilla admite un solo valor
said-wb-unreadable = no se puede leer como libro .xlsx ({ $error }): descargue el libro del marco y modifique ese
said-wb-sheet-missing = falta: el libro necesita todas las hojas de la descarga
said-wb-sheet-empty = está vacía: su primera fila debe ser el encabezado
said-wb-not-a-column = `{ $text }` no es una columna de { $sheet }: las columnas son { $columns }
said-wb-column-missing = falta la columna `{ $column }`
said-wb-no-header = contiene un valor pero su columna no tiene encabezado: nombre la columna en la fila 1 o vacíela
said-wb-other-plan = es `{ $value }`, no el plan { $plan }
said-wb-earlier-row = `{ $key }` también figura en una fila anterior
said-wb-not-whole = `{ $value }` no es un número entero
said-wb-kept = se mantiene tal como se cargó: el libro no lo cambia
said-wb-removing = al eliminar { $what }: { $why }
said-wb-removing-link = al eliminar el vínculo { $what }: { $why }
said-wb-clearing = al borrar { $what }: { $why }
said-wb-new-link-entered = un vínculo nuevo es `entered`: deje la celda vacía
said-wb-link-needs-weight = un vínculo a un objetivo o una meta necesita un peso
said-wb-goal-links = los vínculos de { $node } a objetivos y metas: { $why }
said-wb-new-node-entered = un elemento nuevo es `entered` sin fuente: deje vacías provenance y source
said-wb-level-fixed = es fijo: agregue en su lugar un elemento nuevo con ese nivel
said-wb-node-missing = falta el elemento { $code } (fila { $line } de la descarga), por lo que se retiraría: { $why }
said-wb-not-a-date = `{ $value }` no es una fecha (AAAA-MM-DD)
said-wb-new-risk-entered = un riesgo nuevo es `entered`: deje la celda vacía
said-wb-risk-missing = falta el riesgo { $code } (fila { $line } de la descarga): el libro no elimina riesgos; elimínelo en su página
said-wb-needs-decision = el libro cambia la línea de base, la meta, un hito, la unidad o el sentido de un indicador con valores: indique la decisión (decided_on, deciding_body, reference, reason_category, justification)
said-wb-indicator-twice = el indicador { $code } también figura en una fila anterior
said-wb-indicator-missing = falta el indicador { $code } (fila { $line } de la descarga): el libro no elimina indicadores
said-wb-new-indicator-entered = un indicador nuevo es `entered` sin fuente: deje vacías provenance y source
said-wb-not-a-year = `{ $value }` no es un año
said-wb-not-true-false = `{ $value }` no es true ni false
said-wb-milestone-twice = el hito { $year } de { $code } también figura en una fila anterior
said-wb-both-or-neither = indica a la vez un node_code y un indicator_code, o ninguno: indique uno
said-wb-not-a-kind = `{ $kind }` no es plan, node ni indicator
said-wb-not-a-record = `{ $key }` no es un registro del plan { $plan } (escriba `{ $want }`)
said-wb-catalogue-differs = difiere del catálogo { $sheet }: { $sheet } son comunes a todos los planes, por lo que el libro de un plan no los cambia; cambie esta fila en su página (o consulte al administrador), o vuelva a descargar el libro
said-wb-catalogue-row-missing = falta la fila `{ $row }`: { $sheet } son comunes a todos los planes, por lo que el libro de un plan no los elimina

## Refusals of the right (403), unreadable and invalid requests (400, 415, 422), too many attempts (429) and a plan's step from the wrong status (issue 17.1, areas `said`, `problem`, `error`)

said-forbidden-own-entry = nadie puede aprobar ni devolver su propia entrada
said-forbidden-own-unit = un planificador solo puede cambiar lo que pertenece a su propia unidad
said-forbidden-preview = a los miembros del Consejo solo se les muestran las ejecuciones de informe publicadas: una vista previa se elabora con los datos de hoy y no se ha publicado
said-forbidden-answer = solo la oficina del Secretario General, o el planificador de la unidad a la que la oficina asignó la pregunta, puede responder
said-forbidden-role = el rol { $role } no puede hacer esto
said-forbidden-csrf-header = X-CSRF-Token ausente o incorrecto para esta sesión
said-forbidden-no-unit = un planificador sin unidad no introduce valores
said-forbidden-reviewer-entry = los revisores del Consejo solo leen; no introducen datos
said-forbidden-risk-fields = el planificador de la unidad responsable solo puede cambiar { $allowed }; no { $fields }
said-forbidden-sheets = solo la oficina del Secretario General edita las fichas de referencia
said-forbidden-form-expired = el formulario ha caducado o no procede de este sitio; vuelva a cargar la página e inténtelo de nuevo
said-forbidden-framework = solo la oficina del Secretario General edita el marco
said-forbidden-translations = solo la oficina del Secretario General edita las traducciones del marco
said-value-label = { $label } (valor { $id })
said-throttled-login = { $minutes ->
    [one] demasiados inicios de sesión fallidos: vuelva a intentarlo dentro de { $minutes } minuto
   *[other] demasiados inicios de sesión fallidos: vuelva a intentarlo dentro de { $minutes } minutos
}
said-throttled-password = { $minutes ->
    [one] demasiadas contraseñas actuales incorrectas: vuelva a intentarlo dentro de { $minutes } minuto
   *[other] demasiadas contraseñas actuales incorrectas: vuelva a intentarlo dentro de { $minutes } minutos
}
said-wrong-too-often = ha sido incorrecta demasiadas veces: { $why }
said-if-match-not-version = If-Match `{ $text }` no es una versión
said-plan-adopt-refused = el plan { $plan } tiene el estado «{ $status }»: solo un plan en estado «borrador» puede adoptarse
said-plan-close-refused = el plan { $plan } tiene el estado «{ $status }»: solo un plan en estado «adoptado» puede cerrarse
problem-validation_failed-detail = la solicitud no es válida
problem-unsupported_media_type-detail = el cuerpo debe ser JSON con Content-Type: { $type }
problem-bad_request-json = el cuerpo JSON no es válido: { $detail }
problem-bad_request-path = la dirección no es válida: { $detail }
problem-bad_request-query = la cadena de consulta no se puede leer: { $detail }
problem-bad_request-unreadable = la solicitud no se puede leer
problem-bad_request-multipart = el formulario multipart está mal formado: { $detail }
problem-bad_request-file-part = la parte del archivo no se puede leer: { $detail }
error-unreadable = No se pudo leer la dirección o el formulario: { $detail }.

## Notices by e-mail in the recipient's language: the subject and the link line (issue 17.1)

notice-mail-submitted = stratrack: valor { $value } de { $unit } presentado para aprobación
notice-mail-returned = stratrack: valor { $value } devuelto a { $unit }
notice-mail-approved = stratrack: valor { $value } aprobado
notice-mail-bulk = stratrack: { $count ->
    [one] { $count } valor de { $unit } presentado para aprobación
   *[other] { $count } valores de { $unit } presentados para aprobación
}
notice-mail-overdue = stratrack: { $unit } atrasado para { $year }
notice-mail-assigned = stratrack: pregunta { $id } del Consejo asignada a { $unit }
notice-mail-open = Ábralo en stratrack: { $link }

## A financial row already there (issue 17.1, area `said`)

said-finance-line-taken = el plan { $plan } ya tiene una línea del plan financiero para { $year } { $unit } { $kind } { $category } (id { $id })
said-finance-actual-taken = el plan { $plan } ya tiene un gasto ejecutado para { $year } { $unit } { $kind } { $category } (id { $id })

## The allocation sheet's node checks (issue 17.1, area `said`)

said-allocate-to-level = { $code } es un elemento de nivel { $level }: asigne a un producto, una prioridad temática o un facilitador

## A translation key's format (issue 17.1, area `said`)

said-key-not-a-pair = `{ $key }` no tiene la forma `primero/segundo`

## The last refusals of the pages and of the domain's checks (issue 17.1, area `said`)

said-one-of-not = { $one_of }, no `{ $sent }`
said-not-one-of = `{ $sent }` no es uno de: { $words }
said-joined = { $first }; { $rest }
said-sentence = { $text }.
said-form-unreadable = el formulario no se puede leer: { $detail }
said-lang-not-english = { $one_of } (el inglés es el texto propio del registro)
said-no-definition-to-translate = un registro de tipo { $kind } no tiene definición que traducir
said-no-plan-has-code = ningún plan tiene el código `{ $code }`
said-no-node-has-code = ningún elemento de resultados tiene el código `{ $code }`
said-no-plan-the-code = ningún plan tiene el código { $code }
said-frozen-or-published = debe ser frozen o published
said-one-line-of = indique de 1 a { $max } caracteres en una línea, o déjelo vacío
said-assessment-csv-codes-only = las tablas CSV de la evaluación cuatrienal solo tienen sus códigos: omítalo o ponga false
said-annual-needs-year = un informe anual necesita su año
said-assessment-no-year = una evaluación abarca el plan hasta su último año con un valor aprobado: omita el año
said-language-or-languages = indique `language` (una) o `languages` (una lista), no ambos
said-at-least-one-of = indique al menos uno de: { $words }
said-not-annual-or-assessment = `{ $sent }` no es annual ni assessment
said-give-whole-number = indique un número entero
said-not-yes = `{ $sent }` no es yes
said-quarter-not = debe ser de 1 a 4, no { $sent }
said-whole-from-1 = debe ser un número entero de 1 a { $max }
said-yes-or-no-not = debe ser yes o no, no `{ $sent }`
said-outside-the-plan = { $what } está fuera del plan ({ $start }-{ $end })
said-only-split-unit = el único desglose posible es `unit`
said-revenue-or-expense = debe ser revenue o expense
said-biennium-form = debe ser dos años consecutivos, p. ej. 2028-2029
said-not-in-biennium = { $year } no está en el bienio { $biennium }
said-not-a-category = `{ $category }` no es una categoría de { $kind }
said-draft-adopted-closed = debe ser draft, adopted o closed
said-status-moves-by = solo cambia al aprobar (POST /api/v1/plans/{ $plan }/adopt) o cerrar (POST /api/v1/plans/{ $plan }/close)
said-between = debe estar entre { $low } y { $high }
said-longer-than = supera los { $max } caracteres
said-year-not-between = { $year } no está entre { $first } y { $last }
said-fixed-too-precise = tiene más de { $places } decimales
said-fixed-too-large = es demasiado grande para guardarse con exactitud
said-fixed-not-a-number = no es un número decimal (use cifras con un punto, p. ej. 1234.5)
said-note-longer = la nota supera los { $max } caracteres
said-note-to-return = se requiere una nota para devolverla; indique al planificador qué debe cambiar
said-plan-no-indicator-yet = el plan aún no tiene ningún indicador
said-version-missing = falta o no es un número entero; vuelva a cargar la página
said-not-a-date-like = `{ $sent }` no es una fecha ({ $example })
said-not-whole-from-to = `{ $sent }` no es un número entero de { $low } a { $high }
said-wb-not-a-file = el libro no se envió como archivo (multipart/form-data): elíjalo en el formulario de abajo
said-codes-and-more = { $codes } y { $count } más
said-lack-target = indicadores sin meta final (valor y año): { $count } — { $codes }
said-lack-baseline = indicadores sin línea de base (valor y año): { $count } — { $codes }
said-lack-keys = { $lack }; de ellos, indicadores clave, que el informe al Consejo califica: { $count } — { $codes }
said-outside-period = { $year } está fuera del período del plan { $plan } ({ $start }-{ $end })
said-more-years-outside = y otros años de indicadores fuera del período: { $count }
said-plan-no-goal = el plan { $plan } no tiene la meta estratégica `{ $code }`
said-plan-no-priority = el plan { $plan } no tiene la prioridad temática ni el facilitador `{ $code }`
said-plan-no-subject = este plan no tiene { $kind } `{ $subject }`
said-http-link = debe ser un enlace http:// o https://
said-not-a-known-plan = `{ $code }` no es un plan conocido
said-not-an-indicator-of = `{ $code }` no es un indicador del plan { $plan }
said-not-a-quarter = { $quarter } no es un trimestre (1 a 4)
said-not-zero = no debe ser 0
said-not-a-year-quoted = { $sent } no es un año
said-no-file-chosen = no se eligió ningún archivo
said-not-node-or-indicator = `{ $sent }` no es node ni indicator
said-choose-mandate = elija un mandato
said-not-a-run-number = no es el número de una ejecución de informe
said-whole-number = debe ser un número entero
said-is-not-whole-number = no es un número entero
said-not-a-date-time = { $sent } no es una fecha y hora: escríbala como 2029-04-01T00:00:00Z (o 2029-04-01T00:00, leída en UTC)
said-until-passed = { $until } ya pasó: una excepción termina en el futuro
said-not-sortable-among = `{ $name }` no es un campo ordenable ({ $fields })
said-weight-outside = el peso { $weight } está fuera de 0..1
said-weights-sum = los pesos suman { $sum }, no 1
said-allocation-over-budget = llevaría las asignaciones de { $unit } en { $year } a { $after } miles de CHF, { $over } por encima de su presupuesto de gastos de { $budget }; asigne como máximo el presupuesto
said-not-a-year-of-plan = { $year } no es un año del plan { $plan } ({ $start }-{ $end })
said-keep-dimensions = los valores de este indicador se desglosan por { $dimensions }: consérvelo
said-milestones-unsuited = los hitos no se ajustan a ella ({ $why }); cámbielos primero
said-type-a-value-draft = es obligatorio: escriba un valor (un borrador se elimina desde su propia página)
said-reason-only-revising = solo se indica al revisar un valor aprobado; una edición no guarda motivo
said-not-a-biennium = `{ $biennium }` no es un bienio del plan { $plan } ({ $start }-{ $end }): escriba AAAA-AAAA, a partir de { $start } o cada dos años después
said-quoted-not-a-date = { $sent } no es una fecha ({ $example })
said-not-a-known-dimension = `{ $dimension }` no es una dimensión conocida
said-not-disaggregated-by = el indicador { $indicator } no se desglosa por { $dimension } (sus dimensiones: { $dimensions })
said-not-a-value-of = `{ $value }` no es un valor de { $dimension } ({ $values })
said-required-for-share = es obligatorio para la proporción de un indicador { $unit }
said-no-operational-plan-id = ningún plan operativo tiene el id { $id }
said-neither-plan-has = ni { $plan } ni { $before } tiene una meta, prioridad temática o facilitador `{ $code }`
said-required-with-weight = es obligatorio cuando se indica un peso
said-step-from-state = la medición { $id } está en estado { $state }: { $rule }
said-rule-edit = solo se puede editar un borrador o un valor devuelto
said-rule-submit = solo se puede presentar un borrador o un valor devuelto
said-rule-approve = solo se puede aprobar un valor presentado
said-rule-return = solo se puede devolver un valor presentado
said-rule-revise = solo se puede revisar un valor aprobado
said-rule-delete = solo se puede eliminar un borrador
said-occupied = { $what } ya tiene un valor (medición { $id }, revisión { $revision }, { $state }): { $how }
said-occupied-revise = corríjalo con POST /api/v1/measurements/{ $id }/revise
said-occupied-wait = espere su revisión, o haga que se devuelva
said-occupied-edit = edítelo con PATCH /api/v1/measurements/{ $id }

## What serde, a query string and the import's reader refuse (issue 17.1, area `said`)

said-not-a-known-field = no es un campo conocido
said-not-a-known-parameter = no es un parámetro conocido
said-out-of-range = está fuera de rango
said-query-refused = no se puede leer el parámetro: { $detail }
said-json-refused = no se puede leer el valor: { $detail }
said-json-at = { $why } (línea { $line }, columna { $column })
said-json-invalid-type = tipo no válido: { $found }; se esperaba { $expected }
said-json-invalid-value = valor no válido: { $found }; se esperaba { $expected }
said-json-invalid-length = longitud no válida ({ $length }); se esperaba { $expected }
said-json-unknown-variant = variante desconocida `{ $name }`; se esperaba { $expected }
said-json-unknown-field = campo desconocido `{ $name }`; se esperaba { $expected }
said-json-missing-field = falta el campo `{ $name }`
said-json-duplicate-field = campo duplicado `{ $name }`
said-json-found-string = la cadena { $value }
said-json-found-integer = el entero { $value }
said-json-found-float = el número de coma flotante { $value }
said-json-found-boolean = el booleano { $value }
said-json-found-character = el carácter { $value }
said-json-found-null = null
said-json-found-map = un objeto
said-json-found-sequence = una lista
said-json-found-unit = un valor vacío
said-json-found-bytes = una secuencia de bytes
said-json-found-number = un número
said-json-expected-string = una cadena
said-json-expected-boolean = un booleano
said-json-expected-sequence = una lista
said-json-expected-map = un objeto
said-json-expected-decimal = un número decimal (una cadena como "1234.5" o un número JSON)
said-json-expected-integer = un número entero ({ $type })
said-json-one-of = uno de { $words }
said-json-either = { $first } o { $second }
said-json-no-variants = no hay variantes
said-json-no-fields = no hay campos
said-xlsx-date-cell = contiene una fecha; esta columna admite un número o texto: dé a la celda el formato General o Texto
said-xlsx-error-cell = contiene el error { $error }: ponga el propio valor en la celda
said-xlsx-unreadable = el archivo parece un libro pero no se puede leer como .xlsx ({ $detail }): guárdelo como Libro de Excel (.xlsx) o CSV UTF-8
said-xlsx-no-sheet = el libro no tiene ninguna hoja
said-xlsx-sheet-empty = la hoja { $sheet } está vacía: su primera fila debe ser el encabezado
said-xlsx-sheet-unreadable = no se puede leer la hoja { $sheet }: { $detail }
said-xlsx-unpacks-too-large = el libro descomprimido ocupa { $size } MiB, más de los { $max } MiB que admite una importación: divídalo en varios archivos
said-xlsx-too-many-rows = la hoja { $sheet } supera las { $max } filas, el máximo que admite una importación: divídala en varios archivos
said-import-line-unreadable = no se puede leer: { $detail }
said-import-file-unreadable = no se puede leer el archivo: { $detail }
said-import-header-unreadable = no se puede leer el encabezado: { $detail }
said-import-dimensions-both = indique las dimensiones o bien en una columna disaggregation, o bien en una columna por dimensión, no de ambas formas
said-import-xls = es un libro de Excel 97-2003 (.xls), que no se lee: guárdelo como Libro de Excel (.xlsx) o CSV UTF-8
said-import-workbook-unreadable = no se puede leer el libro: { $detail }
said-import-workbook-too-large = el libro supera los { $max } MiB, el máximo que admite una importación
said-no-file-part = el formulario no tiene la parte `file`
problem-bad_request-other = no se puede leer la solicitud: { $detail }
said-at-most-chars = { $max ->
    [one] debe tener como máximo { $max } carácter
   *[other] debe tener como máximo { $max } caracteres
}
said-no-control-chars = no debe contener caracteres de control ni invisibles
said-no-spaces = no debe contener espacios
said-email-like = debe ser una dirección de correo como nombre@itu.int
said-email-one-at = debe contener exactamente una @
said-email-local = debe tener de 1 a 64 caracteres antes de la @
said-email-domain = debe tener después de la @ un dominio con un punto, como itu.int
said-no-node-the-code = ningún elemento de este plan tiene el código `{ $code }`
said-date-or-time = debe ser una fecha (2028-12-31) o una hora RFC 3339 (2028-12-31T23:59:59Z)
said-no-user-email = ningún usuario tiene el correo `{ $email }`

## A disaggregation that cannot be read and a share that does not match its parts (issue 17.1, area `said`)
# NEEDS REVIEW by the language services: not taken from an official text.
said-not-dimension-value = `{ $part }` no tiene la forma dimensión=valor
said-dimension-twice = la dimensión `{ $dimension }` se indica dos veces
said-dimension-value-not-code = el valor de `{ $dimension }` debe ser un código de valor, no { $sent }
said-disaggregation-shape = debe ser un objeto como {"{"}"sex": "female"{"}"} o un texto como `sex=female`, no { $sent }
said-share-zero-denominator = el denominador es 0, así que el valor no puede comprobarse
said-share-not-percent = { $value } no es 100 × numerador ÷ denominador (100 × { $numerator } ÷ { $denominator } = { $exact })
said-share-not-ratio = { $value } no es numerador ÷ denominador ({ $numerator } ÷ { $denominator } = { $exact })
said-as-of-unreadable = `{ $sent }` no es ni `adopted` ni una fecha AAAA-MM-DD
error-refused-status = La solicitud fue rechazada ({ $status } { $phrase }).
