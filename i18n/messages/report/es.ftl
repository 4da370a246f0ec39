### NEEDS REVIEW by the ITU language services (Spanish section): written by the stratrack developers,
### not taken from an official ITU text. Remove this mark once the language services have reviewed the
### text (docs/I18N.md).

## Page, cover and contents

report-title = { $plan } — informe anual al Consejo, { $year }
report-kicker = Informe anual al Consejo sobre la aplicación del plan estratégico
report-heading = { $plan }: aplicación y resultados en { $year }
report-period = { $resolution } · período del plan { $start }–{ $end } · año del informe { $year }
report-meta = Ejecución del informe { $run } · instantánea de datos { $snapshot } · generado el { $generated }
report-illustrative-note = Algunas cifras de este informe son ilustrativas (datos de ejemplo), no resultados oficiales. Los gráficos basados en ellas llevan la marca «Datos ilustrativos» y los cuadros las señalan como «ilustrativo».
report-contents = Índice
report-footer = { $plan } · { $year } · ejecución del informe { $run }
report-figure = Figura { $number }.
report-figure-data = Datos de la figura { $number }

## report.pdf's cover, running header and footer; report.xlsx's header rows, notes and properties; the CSV
## tables' row of names (report form 5). Column names: `report-col-` and the English name in kebab-case.

report-cover-author = Secretario General
report-cover-body = Consejo
report-cover-no-session = Reunión no indicada
report-cover-no-symbol = Signatura del documento no asignada
report-cover-original = Original: inglés
report-cover-by = Informe del Secretario General
report-cover-subtitle = Informe anual al Consejo sobre la aplicación del plan estratégico { $start }–{ $end } ({ $resolution }), año del informe { $year }
report-cover-purpose-heading = Finalidad
report-cover-purpose = El presente informe da cuenta al Consejo de la aplicación del plan estratégico en { $year }: el estado de sus indicadores, las finanzas, la ejecución operacional, los riesgos y la calidad de los datos. Se invita al Consejo a tomar nota del informe.
report-cover-running = { $plan } · informe anual al Consejo, { $year }
report-cover-illustrative = Algunas cifras de este informe son ilustrativas (datos de ejemplo), no resultados oficiales.
report-cover-symbol-note = No se indicó ninguna signatura para esta ejecución del informe; la Secretaría asigna una cuando presenta el informe al Consejo.
report-pdf-page = página { $page } de { $pages }
report-xlsx-title = { $plan } — informe anual { $year }
report-xlsx-subject = Informe al Consejo sobre la aplicación, { $year }
report-xlsx-text-number-note = Algunas cifras de esta columna tienen más de 15 dígitos significativos, más de los que Excel puede conservar en un número: se escriben como texto para que se mantenga la cifra exacta.
report-col-about = Asunto
report-col-achieved = Alcanzado
report-col-actual = Real
report-col-actual-chf-thousands = Real (miles de CHF)
report-col-actual-last-year = Real del año anterior
report-col-actual-older-than-the-year = Valor real anterior al año
report-col-actual-plan-chf-thousands = Real − plan (miles de CHF)
report-col-as-adopted = Según se aprobó
report-col-as-reported = Según se informó
report-col-as-revised = Según se revisó
report-col-asked-by = Formulada por
report-col-asked-on = Formulada el
report-col-at-risk = En riesgo
report-col-author = Autor
report-col-baseline = Base de referencia
report-col-baseline-year = Año de la base de referencia
report-col-budget-chf-thousands = Presupuesto (miles de CHF)
report-col-category = Categoría
report-col-category-code = Código de la categoría
report-col-change-since-last-year = Cambio desde el año anterior
report-col-changed-at-utc = Modificado el (UTC)
report-col-changed-by = Modificado por
report-col-check = Verificación
report-col-checked-against = Comparado con
report-col-closing-year = Año de cierre
report-col-computed-chf-thousands = Calculado (miles de CHF)
report-col-computed-reference-chf-thousands = Calculado − referencia (miles de CHF)
report-col-cost-chf-thousands = Costo (miles de CHF)
report-col-cost-so-far-in-the-period-chf-thousands = Costo acumulado en el período (miles de CHF)
report-col-data-quality = Calidad de los datos
report-col-decided-on = Fecha de la decisión
report-col-deciding-body = Órgano decisorio
report-col-decision-reference = Referencia de la decisión
report-col-delivered = Entregado
report-col-delivered-in-full = Entregado en su totalidad
report-col-delivery-rate = Tasa de ejecución
report-col-detail = Detalle
report-col-dimension = Dimensión
report-col-direction = Dirección
report-col-disaggregation = Desglose
report-col-evidence-link = Enlace a la evidencia
report-col-expected-this-year = Previsto este año
report-col-field-revised = Campo revisado
report-col-impact = Impacto
report-col-in-force-for-the-year = En vigor para el año
report-col-indicator = Indicador
report-col-indicator-code = Código del indicador
report-col-indicator-code-in-that-plan = Código del indicador en ese plan
report-col-indicators = Indicadores
report-col-indicators-rated = Indicadores evaluados
report-col-item = Elemento
report-col-item-code = Código del elemento
report-col-key-indicator = Indicador clave
report-col-kind = Tipo
report-col-kind-of-note = Tipo de nota
report-col-kind-of-restatement = Tipo de reexpresión
report-col-level = Nivel
report-col-likelihood = Probabilidad
report-col-linked-results = Resultados vinculados
report-col-mandate = Mandato
report-col-mandate-code = Código del mandato
report-col-mean-progress = Progreso medio
report-col-message = Mensaje
report-col-message-number = Número del mensaje
report-col-mitigation = Mitigación
report-col-narrative = Narrativa
report-col-no-data = Sin datos
report-col-now = Actual
report-col-off-track = Retrasado
report-col-on-track = En curso
report-col-output-code = Código del producto
report-col-owner-unit = Unidad responsable
report-col-parent-result-code = Código del resultado superior
report-col-period = Período
report-col-plan-chf-thousands = Plan (miles de CHF)
report-col-plan-of-the-value = Plan del valor
report-col-planned = Previsto
report-col-points-projected-from = Puntos de la proyección
report-col-progress = Progreso
report-col-projected-value-in-the-target-year = Valor proyectado en el año objetivo
report-col-projection-outlook = Perspectiva de la proyección
report-col-provenance = Procedencia
report-col-quality-as-reported = Calidad según se informó
report-col-quality-now = Calidad actual
report-col-quarter = Trimestre
report-col-question = Pregunta
report-col-question-number = Número de la pregunta
report-col-reason = Motivo
report-col-reason-for-the-status = Motivo del estado
report-col-reconciles = Concilia
report-col-reference-chf-thousands = Referencia (miles de CHF)
report-col-report-run = Ejecución del informe
report-col-report-run-restated = Ejecución del informe reexpresada
report-col-result = Resultado
report-col-result-code = Código del resultado
report-col-result-or-indicator = Resultado o indicador
report-col-result-or-indicator-code = Código del resultado o del indicador
report-col-reviewed-on = Examinado el
report-col-risk = Riesgo
report-col-risk-code = Código del riesgo
report-col-score-likelihood-impact = Puntuación (probabilidad × impacto)
report-col-series = Serie
report-col-status = Estado
report-col-status-last-year = Estado del año anterior
report-col-status-move = Cambio de estado
report-col-target = Objetivo
report-col-target-year = Año objetivo
report-col-unit = Unidad
report-col-unit-of-measure = Unidad de medida
report-col-value = Valor
report-col-vocabulary = Vocabulario
report-col-what-is-checked = Objeto de la verificación
report-col-written-on = Escrito el
report-col-year = Año
report-col-year-of-the-actual = Año del valor real
report-col-indicator-unit = Unidad de medida

## Section headings (also the contents)

report-section-summary = Resumen ejecutivo
report-section-moves = Indicadores cuyo estado cambió desde { $since }
report-section-goals = Metas estratégicas
report-section-priorities = Prioridades temáticas y facilitadores
report-section-mandates = Resultados al servicio de cada resolución
report-section-finance = Finanzas
report-section-operations = Ejecución operacional
report-section-risks = Riesgos
report-section-breakdowns = Desgloses por sexo y por región
report-section-data-quality = Calidad de los datos
report-section-revisions = Revisiones del marco en vigor
report-section-restatements = Reexpresiones de cifras comunicadas el año pasado
report-section-annex = Anexo: regla de estado y umbrales
report-section-sheets = Anexo: fichas de referencia de los indicadores
report-section-questions = Anexo: preguntas de los miembros del Consejo y respuestas

## Charts

report-chart-illustrative = Datos ilustrativos
report-chart-no-data = Sin datos
report-chart-indicators-axis = Número de indicadores
report-chart-status-goal-title = Estado de los indicadores por meta estratégica, { $year }
report-chart-status-goal-subtitle = Número de indicadores por estado en cada meta estratégica y en todos los resultados que dependen de ella. «En riesgo» va rayado, «retrasado» cuadriculado; n = indicadores, % = progreso medio.
report-chart-status-goal-empty = Ningún indicador está evaluado en una meta estratégica para { $year }.
report-chart-status-priority-title = Estado de los indicadores por prioridad temática, { $year }
report-chart-status-priority-subtitle = Número de indicadores por estado en cada prioridad temática y en todos los resultados que dependen de ella. «En riesgo» va rayado, «retrasado» cuadriculado; n = indicadores, % = progreso medio.
report-chart-status-priority-empty = Ningún indicador está evaluado en una prioridad temática para { $year }.
report-chart-budget-title = Presupuesto frente a gasto real por unidad, { $year }
report-chart-budget-subtitle = Plan financiero (Decisión 5) frente a ejecución, en miles de CHF; tasa de ejecución entre paréntesis (parcial cuando algunas líneas aún no tienen valor real).
report-chart-budget-empty = No hay ninguna línea de gastos en el plan financiero para { $year }.
report-chart-chf-axis = Miles de CHF
report-chart-plan = Plan
report-chart-actual = Real
report-chart-cost-goal-title = Costo por meta estratégica, { $period }
report-chart-cost-goal-empty = No hay presupuesto asignado a ninguna meta estratégica para { $period }.
report-chart-cost-priority-title = Costo por prioridad temática, { $period }
report-chart-cost-priority-empty = No hay presupuesto asignado a ninguna prioridad temática para { $period }.
report-chart-cost-subtitle = Asignaciones presupuestarias de todas las unidades distribuidas según las ponderaciones de contribución, en miles de CHF; proporción del total entre paréntesis.
report-chart-cost = Costo
report-chart-delivery-title = Tasa de ejecución de los planes operacionales por unidad, { $year }
report-chart-delivery-subtitle = Media de la cantidad entregada ÷ prevista por elemento, con un máximo del 100 %; se excluyen los elementos cancelados.
report-chart-delivery-axis = Tasa de ejecución (%)
report-chart-delivery-rate = Tasa de ejecución
report-chart-delivery-empty = Ningún elemento del plan operacional para { $year }.
report-chart-status-of = Estado: { $status }
report-chart-year = Año
report-chart-expected = Trayectoria prevista
report-chart-baseline = Referencia
report-chart-milestone = Hito
report-chart-target = Meta
report-chart-approved = Valor real aprobado
report-chart-provisional = Provisional o estimado
report-chart-projection = Proyección (recta de mínimos cuadrados)
report-chart-report-year = año del informe
report-chart-value = Valor ({ $unit })
report-chart-baseline-at = Referencia { $year }: { $value }
report-chart-target-at = Meta { $year }: { $value }

## Content of the translated sections (report form 4): goals and thematic priorities, their tables and
## the notes and text alternatives of their charts

report-list-separator = {", "}
report-notes-separator = {"; "}
report-yes = sí
report-no = no
report-goals-intro = Cada meta cuenta los indicadores de la meta y de cada resultado que depende de ella, cada indicador una sola vez. Los estados se derivan de la regla de estado expuesta en el anexo.
report-priorities-intro = Cada prioridad temática cuenta los indicadores de sus efectos y productos, cada indicador una sola vez.
report-level-goal = Meta estratégica
report-level-target = Objetivo
report-level-thematic_priority = Prioridad temática
report-level-outcome = Efecto
report-level-output = Producto
report-level-enabler = Facilitador
report-rollup = { $total ->
    [one] { $total } indicador: { $counts }{ $mean }.
   *[other] { $total } indicadores: { $counts }{ $mean }.
}
report-rollup-mean = ; progreso medio { $progress } (indicadores evaluados: { $rated })
report-rollup-none = Ningún indicador está vinculado a este resultado ni a los que dependen de él.
report-linked-indicators = De estos indicadores, { $count } pertenecen a resultados que contribuyen a { $code } mediante vínculos de contribución; figuran bajo esos resultados.
report-indicators-of = Indicadores de { $code }, { $year }
report-trajectories-of = Trayectorias de los indicadores de nivel de objetivo y de los indicadores clave de { $code }
report-th-code = Código
report-th-indicator = Indicador
report-th-name = Nombre
report-th-baseline = Base de referencia
report-th-target = Objetivo
report-th-expected = Previsto { $year }
report-th-actual = Real
report-th-progress = Progreso
report-th-status = Estado
report-th-change-since = Cambio desde { $year }
report-th-projection = Proyección al año objetivo
report-th-likely = Objetivo probablemente alcanzado
report-th-notes = Notas
report-th-total = Total
report-th-mean-progress = Progreso medio
report-th-year = Año
report-th-reference = Referencia
report-th-reference-value = Valor de referencia
report-th-approved-actual = Valor real aprobado
report-th-quality = Calidad
report-tag-key = clave
report-tag-illustrative = ilustrativo
report-outlook-likely = Probable
report-outlook-unlikely = Improbable
report-outlook-too_early = Es demasiado pronto para saberlo
report-move-from = {" "}(antes: { $status })
report-note-stale = último valor aprobado: { $year }
report-note-stale-earlier = último valor aprobado de un año anterior
report-ref-baseline = base de referencia
report-ref-milestone = hito
report-ref-target = objetivo
report-unit-percent = %
report-unit-count = número
report-unit-chf = CHF
report-unit-ratio = razón
report-unit-yes_no = sí = 1, no = 0
report-unit-index = índice
report-chart-alt-mean = , progreso medio { $progress }
report-chart-alt-more = y { $count } más en el cuadro
report-chart-status-goal-alt = Gráfico de barras apiladas del estado de los indicadores por meta estratégica en { $year }. { $parts }.
report-chart-status-goal-alt-empty = Sin datos: el plan no tiene ninguna meta estratégica que mostrar para { $year }.
report-chart-status-priority-alt = Gráfico de barras apiladas del estado de los indicadores por prioridad temática en { $year }. { $parts }.
report-chart-status-priority-alt-empty = Sin datos: el plan no tiene ninguna prioridad temática que mostrar para { $year }.
report-traj-status = Estado { $year }: { $status }
report-traj-progress = {" "}(progreso { $progress })
report-traj-actual = . Real { $value } en { $year }
report-traj-stale = , último valor aprobado, utilizado para { $year }
report-traj-no-actual = . Ningún valor real aprobado
report-traj-expected = ; previsto { $value }
report-traj-alt = Gráfico de líneas del indicador { $code } { $name } ({ $unit })
report-traj-alt-baseline = base de referencia { $value } en { $year }
report-traj-alt-target = objetivo { $value } en { $year }
report-traj-alt-no-values = ningún valor aprobado
report-traj-alt-values = valores aprobados { $values }
report-traj-alt-status = estado { $year }: { $status }
report-traj-alt-likely = probablemente se alcanzará
report-traj-alt-unlikely = probablemente no se alcanzará
report-traj-alt-too-early = es demasiado pronto para saberlo
report-traj-alt-projection = proyección (discontinua, recta de mínimos cuadrados; puntos utilizados: { $points }) { $value } en { $year }, objetivo { $outlook }
report-traj-alt-projection-early = proyección: es demasiado pronto para saberlo

## Sheet names of report.xlsx (report form 4, another language than English; at most 31 characters)

report-sheet-indicators = Indicadores
report-sheet-indicator-values = Valores de los indicadores
report-sheet-disaggregations = Desgloses
report-sheet-node-rollups = Agregados por resultado
report-sheet-finance-by-unit = Finanzas por unidad
report-sheet-finance-reconciliation = Conciliación financiera
report-sheet-cost-by-node = Costo por resultado
report-sheet-operational-delivery = Ejecución operacional
report-sheet-risks = Riesgos
report-sheet-data-quality = Calidad de los datos
report-sheet-narratives = Narrativas
report-sheet-revisions = Revisiones
report-sheet-mandates = Mandatos
report-sheet-questions = Preguntas
report-sheet-restatements = Reexpresiones

## Sections of report form 5 (FORM_SECTIONS): the executive summary, status moves, finance, operational
## delivery, risks, breakdowns and data quality in the report's language, with the finance, delivery and
## breakdown charts' notes, text alternatives and data tables

report-summary-covers = Este informe abarca { $year }, año { $nth } del plan estratégico { $start }–{ $end } ({ $resolution }). Califica { $total ->
    [one] { $total } indicador
   *[other] { $total } indicadores
} según la regla de situación enunciada en el anexo: { $counts }.
report-th-indicators = Indicadores
report-th-share = Proporción
report-summary-all-indicators = Todos los indicadores
report-summary-by-status = Indicadores por situación, { $year }
report-summary-end-of-plan = fin del plan
report-summary-projection = Proyección: de { $total ->
    [one] { $total } indicador
   *[other] { $total } indicadores
}, { $likely ->
    [one] { $likely } alcanzaría
   *[other] { $likely } alcanzarían
} su meta ({ $target }) y { $unlikely ->
    [one] { $unlikely } no
   *[other] { $unlikely } no
}; para { $too_early ->
    [one] { $too_early } indicador
   *[other] { $too_early } indicadores
} es demasiado pronto para saberlo (menos de dos puntos, o sin valor de referencia o meta). Cada proyección es una recta de mínimos cuadrados que pasa por el valor de referencia y los valores anuales aprobados hasta la fecha, leída en el año de la meta (véase el anexo).
report-summary-key-h = Indicadores clave de rendimiento
report-summary-key-caption = Indicadores clave de rendimiento, { $year }
report-summary-fdr-h = Finanzas, ejecución y riesgos
report-summary-finance-rate = Gastos previstos para { $year }: { $plan } miles de CHF; ejecutados: { $actual } miles de CHF ({ $rate } del plan).
report-summary-finance-executed = Gastos previstos para { $year }: { $plan } miles de CHF; ejecutados: { $actual } miles de CHF.
report-summary-finance-none = Gastos previstos para { $year }: { $plan } miles de CHF; aún no se ha notificado ninguna ejecución.
report-summary-delivery = Planes operacionales: de { $counted ->
    [one] { $counted } actividad contabilizada
   *[other] { $counted } actividades contabilizadas
}, { $delivered } se ejecutaron íntegramente (cantidad ejecutada al menos igual a la prevista) en { $units ->
    [one] { $units } unidad
   *[other] { $units } unidades
}{ $short } (véanse la tasa de ejecución por unidad y las actividades más abajo).
report-summary-delivery-short = ; { $count ->
    [one] { $count } actividad marcada como ejecutada por su unidad no alcanza la cantidad prevista y no se cuenta como ejecutada íntegramente
   *[other] { $count } actividades marcadas como ejecutadas por sus unidades no alcanzan la cantidad prevista y no se cuentan como ejecutadas íntegramente
}
report-summary-risks = Riesgos: { $open } abiertos de { $total } en el registro, { $high } de ellos altos (probabilidad × impacto ≥ { $score }).
report-summary-dq = Notas sobre la calidad de los datos: { $counts }.
report-dq-provisional = provisional
report-dq-estimated = estimado
report-dq-stale = antiguo
report-dq-missing = ausente
report-moves-intro = De { $compared ->
    [one] { $compared } indicador comparado
   *[other] { $compared } indicadores comparados
} con { $since }, mejoraron: { $improved }, empeoraron: { $worsened }, sin cambios: { $unchanged }; nuevamente calificados: { $newly }, ya no calificados: { $no_longer }. Las situaciones se ordenan así: con retraso, en riesgo, en curso, alcanzado; subir en ese orden es una mejora y bajar, un empeoramiento. Un indicador sin datos en uno de los dos años está nuevamente calificado o ya no lo está.
report-th-status-of = Situación { $year }
report-th-move = Cambio
report-th-change-actual-since = Variación del valor real desde { $year }
report-moves-none = La situación de ningún indicador cambió desde { $since }.
report-moves-caption = Indicadores cuya situación cambió de { $since } a { $year }
report-finance-intro = Los importes están en miles de CHF. El plan financiero es el adoptado con el plan estratégico (Decisión 5).
report-recon-none = No hay cifras financieras que conciliar para { $year }.
report-recon-ok = Las finanzas concilian exactamente para { $year }: las líneas de ingresos y gastos del bienio igualan los totales adoptados en el plan financiero (Decisión 5) y se equilibran; las asignaciones de cada unidad a los resultados igualan su presupuesto de gastos; y el costo por meta estratégica y el costo por prioridad temática (cada uno con los facilitadores) igualan las líneas de gastos del año.
report-recon-gap = { $label }: { $computed } miles de CHF frente a { $reference } miles de CHF, { $against } (diferencia { $difference } miles de CHF)
report-recon-gap-unset = { $label }: { $computed } miles de CHF, pero no se ha fijado { $against }
report-recon-not = Las finanzas NO concilian para { $year } (diferencia = calculado − referencia): { $gaps }.
report-check-adopted-revenue = Líneas de ingresos { $period }
report-check-adopted-revenue-against = ingresos adoptados para { $period } (Decisión 5)
report-check-adopted-expense = Líneas de gastos { $period }
report-check-adopted-expense-against = gastos adoptados para { $period } (Decisión 5)
report-check-balance = Líneas de ingresos { $period }
report-check-balance-against = líneas de gastos { $period } (presupuesto equilibrado)
report-check-unit-allocations = Asignaciones de { $unit } a resultados { $period }
report-check-unit-allocations-against = presupuesto de gastos de { $unit } { $period }
report-check-cost-goal = Costo por meta estratégica más facilitadores { $period }
report-check-cost-goal-against = líneas de gastos { $period }
report-check-cost-priority = Costo por prioridad temática más facilitadores { $period }
report-check-cost-priority-against = líneas de gastos { $period }
report-th-check = Comprobación
report-th-computed = Calculado
report-th-against = Frente a
report-th-difference-computed = Diferencia (calculado − referencia)
report-th-reconciles = Concilia
report-recon-not-set = no fijado
report-recon-caption = Conciliación de las cifras financieras, { $year } (miles de CHF; diferencia = calculado − referencia)
report-th-unit = Unidad
report-th-kind = Tipo
report-th-category = Categoría
report-th-plan = Plan
report-th-difference = Diferencia
report-finance-lines-caption = Líneas del plan financiero y ejecución por unidad, { $year } (miles de CHF)
report-th-plan-chf = Plan (miles de CHF)
report-th-actual-chf = Real (miles de CHF)
report-th-execution = Ejecución
report-chart-partial = , parcial
report-chart-no-actual = aún sin valor real
report-chart-budget-alt-unit = { $unit }: plan { $plan }, real { $actual }
report-chart-budget-alt = Gráfico de barras agrupadas de los gastos previstos y reales por unidad orgánica para { $year }, en miles de CHF. { $parts }.
report-th-cost-chf = Costo (miles de CHF)
report-chart-cost-goal-alt = Gráfico de barras del costo por meta estratégica para { $period }, en miles de CHF. { $parts }.
report-chart-cost-priority-alt = Gráfico de barras del costo por prioridad temática para { $period }, en miles de CHF. { $parts }.
report-operations-intro = Los planes operacionales de la Secretaría General y de los Sectores producen los productos del plan estratégico. La tasa de ejecución de una actividad es la cantidad ejecutada ÷ la prevista, sin tope (más del 100 % cuando ejecutó más de lo previsto). La tasa de ejecución de una unidad es la media de las tasas de sus actividades, cada una con un tope del 100 % para que una actividad sobreejecutada no oculte el déficit de otra; no se cuentan las actividades canceladas ni las que no tienen nada previsto.
report-th-item = Actividad
report-th-output = Producto
report-th-budget = Presupuesto
report-th-planned = Previsto
report-th-delivered = Ejecutado
report-th-rate = Tasa
report-th-in-full = Íntegramente
report-th-status-reported = Situación (notificada)
report-operations-items-caption = Actividades de los planes operacionales, { $year } (presupuesto en miles de CHF)
report-th-items = Actividades
report-th-counted = Contabilizadas
report-th-delivered-in-full = Ejecutadas íntegramente
report-th-cancelled = Canceladas
report-th-delivery-rate = Tasa de ejecución
report-th-budget-chf = Presupuesto (miles de CHF)
report-chart-delivery-note = { $rate } · { $delivered } de { $counted ->
    [one] { $counted } actividad ejecutada íntegramente
   *[other] { $counted } actividades ejecutadas íntegramente
}
report-chart-delivery-none = ninguna actividad contabilizada
report-chart-delivery-alt = Gráfico de barras de la tasa de ejecución de los planes operacionales por unidad para { $year }. { $parts }.
report-chart-delivery-alt-unit = { $unit }: { $note }
report-risks-intro = El registro de riesgos, por puntuación decreciente (probabilidad × impacto, cada uno de 1 a 5).
report-th-risk = Riesgo
report-th-likelihood = Probabilidad
report-th-impact = Impacto
report-th-score = Puntuación
report-th-owner = Responsable
report-th-reviewed = Examinado
report-th-linked-results = Resultados vinculados
report-th-mitigation = Mitigación
report-risks-caption = Registro de riesgos
report-breakdowns-none = Ningún indicador tiene valores aprobados por sexo o por región para { $year }.
report-breakdowns-intro = Valores aprobados para { $year } de los indicadores desglosados por sexo o por región de la UIT. Todos los valores desglosados figuran también en tables/disaggregations.csv.
report-breakdowns-omitted = { $count ->
    [one] { $count } indicador desglosado más no se representa aquí
   *[other] { $count } indicadores desglosados más no se representan aquí
} (como máximo { $max } indicadores, primero los clave); sus valores figuran en tables/disaggregations.csv.
report-dimension-sex = sexo
report-dimension-region = región
report-th-value = Valor
report-chart-breakdown-title = { $code } — { $name }: por { $dimension }, { $year }
report-chart-breakdown-subtitle = Valores aprobados para { $year } por { $dimension }, { $unit }.
report-chart-breakdown-empty = Ningún valor aprobado por { $dimension } para { $year }.
report-chart-breakdown-alt = Gráfico de barras del indicador { $code } { $name } por { $dimension } para { $year }: { $parts }.
report-dq-intro = Valores aprobados provisionales o estimados, valores de un año anterior que sustituyen al del informe (antiguos) e indicadores sin valor utilizable (ausentes).
report-th-detail = Detalle
report-dq-by-kind = Notas sobre la calidad de los datos por tipo
report-dq-caption = Notas sobre la calidad de los datos

## Section "Results serving each resolution" of report form 5 (FORM_SECTIONS)

report-mandates-none = Ningún resultado de este plan está vinculado a una resolución, meta de los ODS, línea de acción de la CMSI o decisión.
report-mandates-intro = Las resoluciones, metas de los ODS, líneas de acción de la CMSI y decisiones a las que sirven los resultados del plan y, para cada una, las metas, prioridades, otros resultados e indicadores vinculados, con su situación en { $year } (la situación de un resultado es el número de sus indicadores por situación, como en su sección). Estos vínculos figuran también en tables/mandates.csv.
report-mandates-no-indicator = ningún indicador
report-mandates-rollup = { $total ->
    [one] { $total } indicador: { $counts }
   *[other] { $total } indicadores: { $counts }
}
report-mandate-resolution = Resolución { $code }
report-mandate-sdg = Meta de los ODS { $code }
report-mandate-wsis = Línea de acción de la CMSI { $code }
report-mandate-decision = Decisión { $code }
report-mandates-h-resolution = Resoluciones
report-mandates-h-sdg = Metas de los ODS
report-mandates-h-wsis = Líneas de acción de la CMSI
report-mandates-h-decision = Decisiones
report-mandates-caption-resolution = Resoluciones: los resultados que sirven a cada una, { $year }
report-mandates-caption-sdg = Metas de los ODS: los resultados que sirven a cada una, { $year }
report-mandates-caption-wsis = Líneas de acción de la CMSI: los resultados que sirven a cada una, { $year }
report-mandates-caption-decision = Decisiones: los resultados que sirven a cada una, { $year }
report-th-mandate = Mandato
report-th-title = Título
report-th-result = Resultado
report-th-level = Nivel

## Annex "Questions from Council members and replies" of report form 5 (FORM_SECTIONS)

report-questions-intro = Las preguntas formuladas por los miembros del Consejo sobre este plan hasta la fecha del presente informe, y las respuestas de la Secretaría, en el orden en que se formularon. Todas figuran también en tables/questions.csv.
report-question-h = Pregunta { $id }: { $title }
report-question-meta = { $about } · formulada por { $who } el { $date } · { $status }

## Sections "Framework revisions in force", "Restatements" and "Annex: indicator reference sheets" of
## report form 5 (FORM_SECTIONS)

report-revisions-none = Ningún valor de referencia, meta, hito, unidad u orientación de un indicador se revisó mediante una decisión vigente para { $year }: cada cifra de este informe se mide respecto del marco tal como se adoptó.
report-revisions-rule = Una revisión de un valor de referencia, una meta, un hito, una unidad o una orientación cuenta desde el día en que se decidió. Este informe evalúa { $year } respecto del marco vigente el 31 de diciembre de { $year }: se aplica una revisión decidida ese día o antes; una decidida después deja este informe sin cambios y se aplica a partir del informe del año en que se decidió.
report-revisions-caption = Revisiones del marco vigentes para { $year }
report-revisions-also = Estas revisiones figuran también en tables/revisions.csv.
report-th-field = Campo
report-th-as-adopted = Según se adoptó
report-th-as-revised = Según se revisó
report-th-decided = Decidido
report-th-by = Por
report-field-baseline_value = valor de referencia
report-field-baseline_year = año de referencia
report-field-target_value = valor de la meta
report-field-target_year = año de la meta
report-field-unit = unidad
report-field-direction = orientación
report-restated-published = {" "}(publicado el { $date })
report-restated-intro = Desde que la ejecución de informe { $run } para { $year } se congeló el { $frozen }{ $published }, valores de { $year } notificados y luego revisados: { $revised }; valores de { $year } aprobados con retraso: { $late }; revisiones del marco registradas: { $revisions }. Cada fila indica la cifra que el informe comunicó al Consejo y la cifra aprobada ahora, con quién la cambió, cuándo y por qué. Estas cifras figuran también en tables/restatements.csv.
report-th-breakdown = Desglose
report-th-change = Cambio
report-th-reported = Notificado
report-th-now = Ahora
report-th-approved = Aprobado
report-th-why = Motivo
report-th-before = Antes
report-th-after = Después
report-th-decision = Decisión
report-th-in-force-for = Vigente para { $year }
report-restated-headline = valor principal
report-restated-revised = revisado
report-restated-late = valor tardío
report-restated-values-caption = Valores de { $year } cambiados desde el informe
report-restated-revisions-caption = Revisiones del marco registradas desde el informe
report-sheets-intro = Por qué y cómo se mide cada indicador clave, según lo consigna la Secretaría.
report-refsheet-rationale = Justificación
report-refsheet-method = Método de cálculo
report-refsheet-disaggregation = Desglose
report-refsheet-limitations = Limitaciones
report-refsheet-quality-assurance = Garantía de calidad
report-refsheet-target-rationale = Justificación de la meta

## Predecessors of another plan cycle in the goal and priority sections of report form 5 (FORM_SECTIONS)

report-predecessor-redefined = Otra medida, fuera de la serie de { $code }: { $code } redefine { $predecessor } { $name } del plan { $plan } ({ $unit }), cuyos valores se muestran aquí aparte
report-predecessor-new = Otra medida, fuera de la serie de { $code }: { $code } es un indicador nuevo que designa como precursor { $predecessor } { $name } del plan { $plan } ({ $unit }), cuyos valores se muestran aquí aparte

## The annex "Status rule and thresholds" of report form 5 (FORM_SECTIONS)

report-rule-intro = Cada situación de este informe procede de una sola regla, aplicada únicamente a los valores aprobados:
report-rule-actual-term = Valor real A(Y)
report-rule-actual = El valor principal aprobado (sin desglose) del año Y, combinando los valores infraanuales según la regla de agregación del indicador (último, suma, media o razón). Si Y no tiene ninguno, lo sustituye el último valor aprobado de un año anterior con una antigüedad máxima de { $max_age ->
    [one] { $max_age } año
   *[other] { $max_age } años
}, y el informe indica de qué año se trata.
report-rule-expected-term = Valor esperado E(Y)
report-rule-expected = La recta que pasa por el valor de referencia (año, valor), los hitos anuales y la meta de fin del plan; antes del año de referencia es el valor de referencia, después del año de la meta, la meta.
report-rule-progress-term = Avance
report-rule-progress = (A − b) / (E − b), donde b es el valor de referencia; la misma fórmula sirve para indicadores crecientes y decrecientes. Cuando E = b, el avance es 1 si A está del lado correcto de b o es igual a él; si no, 0.
report-rule-status-term = Situación
report-rule-status = Alcanzado si A cumple la meta final (A ≥ T si crece, A ≤ T si decrece); si no, en curso si el avance ≥ { $on_track }; en riesgo si el avance ≥ { $at_risk }; si no, con retraso. Los indicadores que deben mantenerse están en curso dentro de ±{ $maintain_on_track } % de la meta, en riesgo dentro de ±{ $maintain_at_risk } %, y si no, con retraso. Sin datos cuando falta el valor real, el valor de referencia o la meta, con el motivo.
report-rule-rollup-term = Agregación
report-rule-rollup = Para un resultado: los indicadores del resultado y de cada resultado que depende de él (por el árbol y por los vínculos de contribución, cada indicador una vez): el número por situación y la media del avance limitada a [0, 1] sobre los indicadores calificados (alcanzado cuenta como 1).
report-th-threshold-of = Umbral del plan { $plan }
report-threshold-on-track = En curso: avance mínimo
report-threshold-at-risk = En riesgo: avance mínimo
report-threshold-maintain-on-track = Mantener, en curso: dentro de ± % de la meta
report-threshold-maintain-at-risk = Mantener, en riesgo: dentro de ± % de la meta
report-threshold-max-age = Valor más antiguo que puede sustituir (años)
report-thresholds-caption = Los umbrales del plan
report-methods-h = Métodos
report-method-cost = Costo de un resultado: el presupuesto de cada unidad se asigna a productos, prioridades temáticas y facilitadores. El costo de una prioridad temática, efecto, producto o facilitador es la suma de las asignaciones a él y a cada resultado que depende de él; el costo de una meta estratégica o de una meta es la suma de las asignaciones que le llegan mediante las ponderaciones de contribución de los resultados vinculados. La misma cifra aparece dondequiera que figure el costo de un resultado.
report-method-reconciliation = Conciliación: cada comprobación compara una suma con una referencia independiente: las líneas de ingresos y gastos del bienio con los totales adoptados en el plan financiero (Decisión 5) y entre sí; las asignaciones de cada unidad a los resultados con su presupuesto de gastos; el costo por meta estratégica y por prioridad temática (cada uno con los facilitadores) con las líneas de gastos del año. Diferencia = calculado − referencia; una comprobación concilia cuando ambos son exactamente iguales.
report-method-delivery = Tasa de ejecución: la tasa de una actividad es la cantidad ejecutada ÷ la prevista, sin tope (una actividad que ejecutó más de lo previsto supera el 100 %). La tasa de una unidad es la media de las tasas de sus actividades, cada una con un tope del 100 %; no se cuentan las actividades canceladas ni las que no tienen nada previsto.
report-method-charts = Gráficos: una trayectoria por cada indicador de nivel de meta e indicador clave, como máximo { $max } (primero los clave){ $omitted }. La situación se indica con color (paleta Okabe-Ito), trama y etiqueta.
report-method-charts-omitted = ; { $count ->
    [one] { $count } indicador más solo figura en los cuadros
   *[other] { $count } indicadores más solo figuran en los cuadros
}
report-method-tables = Cuadros: decimales exactos tal como se introdujeron; cifras derivadas (valor esperado, avance, medias, tasas) redondeadas a { $dp } decimales. Los importes están en miles de CHF. En report.xlsx los números son números, salvo una cifra de más de { $digits } dígitos significativos, que Excel no puede contener: se escribe como texto, y su hoja lo indica, para que se conserve la cifra exacta.
report-method-cycles = Series entre ciclos de planificación: solo un predecesor trasladado del plan anterior continúa la serie de un indicador (una sola línea en su gráfico; filas marcadas predecessor_carried_over en indicator_values.csv). Un predecesor redefinido mide otra cosa: sus valores nunca se trazan en la línea del indicador ni se presentan como sus valores, sino aparte en un cuadro rotulado, marcados predecessor_redefined, con su propio plan, código y unidad.
report-projection-h = Proyección
report-projection-method = La proyección de cada indicador es una recta de mínimos cuadrados que pasa por sus puntos (año, valor): el valor de referencia y el valor anual aprobado de cada año posterior hasta el año del informe y el año de la meta (trimestres combinados según la regla de agregación del indicador). La recta se lee en el año de la meta. Con menos de dos puntos (ningún valor aprobado después del año de referencia), o sin valor de referencia o meta, es demasiado pronto para saberlo y no se proyecta ningún valor. Es probable que se alcance la meta cuando el valor proyectado la cumple en el sentido del indicador (igual o superior si crece, igual o inferior si decrece) o, para un indicador que debe mantenerse, está dentro de ±{ $band } % de ella; si no, improbable. La comparación es exacta; el valor proyectado solo se redondea al mostrarse. En los gráficos, el tramo proyectado de la línea, del punto más reciente al año de la meta, se traza discontinuo y se rotula «proyección».
report-projection-limits = Límites: una recta supone que el cambio observado continúa al mismo ritmo. No sabe nada de saturación (un porcentaje cercano a 100), de saltos puntuales ni de medidas aún por tomar; con dos o tres puntos un año inusual la desplaza mucho, y el valor de referencia pesa como cualquier año aprobado. Los hitos no intervienen: la proyección dice hacia dónde van los valores, la trayectoria esperada adónde debían ir.
report-narratives-h = Relatos y pruebas
report-narratives-note = Junto a cada indicador, las secciones del marco presentan lo que escribieron sus planificadores con sus valores principales aprobados de { $year }: el relato y el enlace de prueba del valor anual y de cada trimestre, y las resoluciones, metas de los ODS, líneas de acción de la CMSI y decisiones a las que sirve. Solo se muestran valores aprobados: mientras una revisión de un valor está pendiente (introducida o presentada, aún no aprobada), el informe muestra el relato y la prueba del valor aprobado antes, como muestra ese valor. Un enlace de prueba solo es un enlace cuando es una dirección http o https; todo lo demás se muestra como texto. Todos los relatos figuran también en tables/narratives.csv.
report-units-h = Unidades y reglas de agregación
report-units-intro = Los valores de un año se combinan según la regla de agregación del indicador, y no toda regla conviene a toda unidad. La regla de la razón suma los numeradores y los denominadores de los trimestres y divide: 100 × Σnumerador ÷ Σdenominador para un porcentaje, Σnumerador ÷ Σdenominador para una razón; un valor único dado con su numerador y su denominador se comprueba con el mismo factor. Un indicador con un par que no figura aquí se rechaza cuando se define o modifica.
report-th-rules-allowed = Reglas de agregación permitidas
report-th-why-not = Por qué no las demás
report-units-caption = Reglas de agregación permitidas por unidad
report-unit-name-percent = porcentaje
report-unit-name-count = número
report-unit-name-chf = CHF
report-unit-name-ratio = razón
report-unit-name-yes_no = sí/no
report-unit-name-index = índice
report-aggregation-latest = último valor
report-aggregation-sum = suma
report-aggregation-mean = media
report-aggregation-ratio = razón
report-about-h = Acerca de este informe
report-about = Elaborado a partir de la instantánea de datos { $snapshot } para la ejecución de informe { $run }, creada el { $created }. Cada archivo del informe (esta página, charts/*.svg y *.png, tables/*.csv y report.xlsx) figura con su suma de comprobación SHA-256 en manifest.json; reconstruir la ejecución a partir de la misma instantánea da los mismos bytes.

## Report form 6 (FORM_VERSIONS): the data-quality notes the report writes, in report.html, the CSV
## files and report.xlsx

report-dq-note-stale = No hay ningún valor aprobado para { $year }; se utiliza en su lugar el valor de { $from }.
report-dq-note-provisional = El valor de { $from } utilizado es provisional.
report-dq-note-estimated = El valor de { $from } utilizado es estimado.

## Report form 7 (FORM_REASONS): a value missing for the status rule, its reasons (the interface's
## nodata-… messages, joined and with a capital first letter) said as a sentence

report-dq-note-missing = { $reasons }.

## The four-year assessment (assessment form 8, ASSESSMENT_FORM_LANGUAGES): its page, charts and workbook

report-assessment-title = { $plan } — evaluación de los resultados, { $first }–{ $last }, para la Conferencia de Plenipotenciarios
report-assessment-kicker = Informe del Consejo a la Conferencia de Plenipotenciarios sobre la aplicación del plan estratégico
report-assessment-heading = { $plan }: evaluación de los resultados, { $first }–{ $last }
report-assessment-cover-line = { $resolution } · período del plan { $start }–{ $end } · años evaluados { $first }–{ $last }
report-assessment-meta = Ejecución del informe { $run } · instantánea de datos { $snapshot } · generado el { $generated }
report-assessment-illustrative = Algunas cifras de este informe son ilustrativas (datos de ejemplo), no resultados oficiales.
report-assessment-summary-h = Resumen: todos los años lado a lado
report-assessment-goals-h = Logro de las metas y prioridades, y su costo
report-assessment-indicators-h = Logro de cada objetivo, y proyección de lo que sigue abierto
report-assessment-restated-h = Reexpresiones de cifras comunicadas en los informes anuales
report-assessment-annex-h = Anexo: notas metodológicas
report-assessment-restated-year = El informe de { $year } (ejecución { $run })
report-assessment-footer = { $plan } · evaluación { $first }–{ $last } · ejecución del informe { $run }
report-assessment-summary-intro = Este informe evalúa los indicadores de { $plan } (número: { $count }) en cada año de { $first } a { $last }, cada uno según la regla de estado indicada en el anexo, con respecto al marco vigente ese año. Los cuadros de este informe también figuran en report.xlsx y tables/*.csv.
report-assessment-summary-end = A finales de { $last }, de { $count } indicadores: objetivo alcanzado: { $achieved }; en buen camino: { $on_track }; en riesgo: { $at_risk }; con retraso: { $off_track }; sin datos: { $no_data }.
report-assessment-summary-projection = Indicadores cuyo objetivo sigue abierto: { $count }. Se prevé que lo alcancen en su año objetivo: { $likely }; que no lo alcancen: { $unlikely }; demasiado pronto para saberlo: { $too_early }.
report-assessment-goals-intro = Para cada meta estratégica, prioridad temática y facilitador: cuántos de los indicadores vinculados a él y a los resultados inferiores tenían cada estado cada año, su progreso medio y su costo ese año (asignaciones presupuestarias distribuidas según las ponderaciones de contribución, en miles de CHF). La última fila es el período.
report-assessment-node-caption = { $code } por año
report-assessment-indicators-intro = El estado y el valor real de cada indicador en cada año (un valor de un año anterior se marca con ese año), su progreso en el año de cierre y, cuando su objetivo no se ha alcanzado, hacia dónde se dirigen sus valores aprobados en su año objetivo.
report-assessment-th-progress-end = Progreso al final
report-assessment-th-projection = Proyección
report-assessment-actual-from = { $value } (de { $year })
report-assessment-achieved = alcanzado
report-assessment-indicators-caption = Indicadores, año por año
report-assessment-annex-years-h = Años evaluados
report-assessment-annex-years = Desde el primer año del plan, { $first }, hasta el año de cierre { $last }: el último año del plan con un valor aprobado cuando se hizo la ejecución. Los años del plan posteriores aún no se evalúan.
report-assessment-annex-status-h = Estado en cada año
report-assessment-annex-status = Cada año se evalúa con la misma regla de estado que el informe anual de ese año, con respecto a las líneas de base, objetivos e hitos vigentes a su 31 de diciembre: un progreso (A − b) / (E − b) de al menos { $on_track } está en buen camino, de al menos { $at_risk } en riesgo, por debajo con retraso; un valor que alcanza o supera el objetivo está alcanzado; los indicadores de mantenimiento están en buen camino dentro de ±{ $maintain_on_track } % del objetivo y en riesgo dentro de ±{ $maintain_at_risk } %; un valor aprobado de hasta { $years } año(s) de antigüedad sustituye a uno que falta.
report-assessment-annex-end-h = Logro al final
report-assessment-annex-end = El logro de un indicador es su estado en el año de cierre; el de una meta o prioridad es la agregación de los indicadores vinculados a ella y a los inferiores ese año (cada uno contado una vez), con su progreso medio limitado a [0, 1].
report-assessment-annex-projection-h = Proyección de lo que sigue abierto
report-assessment-annex-projection = Solo para los indicadores no alcanzados en el año de cierre: una recta de mínimos cuadrados que pasa por la línea de base y los valores anuales aprobados desde entonces (al menos dos puntos), leída en el año objetivo; probable cuando ese valor alcanza el objetivo, improbable cuando no, demasiado pronto para saberlo con menos de dos puntos o sin línea de base u objetivo. Es la misma proyección que en la página del indicador y en el informe anual.
report-assessment-annex-cost-h = Costo por meta
report-assessment-annex-cost = Las asignaciones presupuestarias de cada año de todas las unidades, distribuidas entre las metas, prioridades temáticas y facilitadores según las ponderaciones de contribución (la misma agregación de costos que el informe anual y las páginas financieras), en miles de CHF; el costo del período es la suma exacta de los años. Las cifras se redondean solo para su presentación; tables/cost_by_node.csv y report.xlsx las contienen exactamente.
report-assessment-annex-restated-h = Reexpresiones
report-assessment-annex-restated = Para cada año con un informe anual publicado, los valores de ese año revisados o aprobados tardíamente y las revisiones del marco registradas desde que se congeló ese informe, como en la página de la ejecución.
report-assessment-all-indicators = todos los indicadores
report-assessment-chart-status-title = Estado de los indicadores por año, { $first }–{ $last }
report-assessment-chart-status-subtitle = Número de indicadores de todo el plan por estado en cada año. «En riesgo» aparece rayado y «con retraso» cuadriculado; n = indicadores, % = progreso medio.
report-assessment-chart-status-alt = Gráfico de barras apiladas del estado de los indicadores en cada año de { $first } a { $last }. { $parts }.
report-assessment-chart-status-empty = Ningún indicador está evaluado en ningún año de { $first } a { $last }.
report-assessment-xlsx-title = { $plan } — evaluación { $first }–{ $last }
report-assessment-xlsx-subject = Evaluación de los resultados del plan estratégico, { $first }–{ $last }
report-sheet-indicator-achievement = Logro de los indicadores
report-sheet-indicator-years = Indicadores por año
report-sheet-node-years = Resultados por año
