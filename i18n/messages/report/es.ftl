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
