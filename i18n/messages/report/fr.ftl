### NEEDS REVIEW by the ITU language services (French section): written by the stratrack developers,
### not taken from an official ITU text. Remove this mark once the language services have reviewed the
### text (docs/I18N.md).

## Page, cover and contents

report-title = { $plan } — rapport annuel au Conseil, { $year }
report-kicker = Rapport annuel au Conseil sur la mise en œuvre du plan stratégique
report-heading = { $plan } : mise en œuvre et résultats en { $year }
report-period = { $resolution } · période du plan { $start }–{ $end } · année du rapport { $year }
report-meta = Exécution du rapport { $run } · instantané des données { $snapshot } · produit le { $generated }
report-illustrative-note = Certains chiffres de ce rapport sont illustratifs (données d’exemple) et non des résultats officiels. Les graphiques qui les utilisent portent la mention « Données illustratives » et les tableaux les marquent « illustratif ».
report-contents = Table des matières
report-footer = { $plan } · { $year } · exécution du rapport { $run }
report-figure = Figure { $number }.
report-figure-data = Données de la figure { $number }

## Section headings (also the contents)

report-section-summary = Résumé analytique
report-section-moves = Indicateurs dont le statut a changé depuis { $since }
report-section-goals = Buts stratégiques
report-section-priorities = Priorités thématiques et catalyseurs
report-section-mandates = Résultats au service de chaque résolution
report-section-finance = Finances
report-section-operations = Exécution opérationnelle
report-section-risks = Risques
report-section-breakdowns = Ventilations par sexe et par région
report-section-data-quality = Qualité des données
report-section-revisions = Révisions du cadre en vigueur
report-section-restatements = Retraitements des chiffres communiqués l’an dernier
report-section-annex = Annexe : règle de statut et seuils
report-section-sheets = Annexe : fiches de référence des indicateurs
report-section-questions = Annexe : questions des membres du Conseil et réponses

## Charts

report-chart-illustrative = Données illustratives
report-chart-no-data = Aucune donnée
report-chart-indicators-axis = Nombre d’indicateurs
report-chart-status-goal-title = Statut des indicateurs par but stratégique, { $year }
report-chart-status-goal-subtitle = Nombre d’indicateurs par statut pour chaque but stratégique et tous les résultats qui en relèvent. « À risque » est hachuré, « en retard » quadrillé ; n = indicateurs, % = progrès moyen.
report-chart-status-goal-empty = Aucun indicateur n’est évalué pour un but stratégique en { $year }.
report-chart-status-priority-title = Statut des indicateurs par priorité thématique, { $year }
report-chart-status-priority-subtitle = Nombre d’indicateurs par statut pour chaque priorité thématique et tous les résultats qui en relèvent. « À risque » est hachuré, « en retard » quadrillé ; n = indicateurs, % = progrès moyen.
report-chart-status-priority-empty = Aucun indicateur n’est évalué pour une priorité thématique en { $year }.
report-chart-budget-title = Budget et dépenses effectives par unité, { $year }
report-chart-budget-subtitle = Plan financier (Décision 5) et exécution, en milliers de CHF ; taux d’exécution entre parenthèses (partiel lorsque certaines lignes n’ont pas encore de réel).
report-chart-budget-empty = Aucune ligne de dépenses dans le plan financier pour { $year }.
report-chart-chf-axis = Milliers de CHF
report-chart-plan = Plan
report-chart-actual = Réel
report-chart-cost-goal-title = Coût par but stratégique, { $period }
report-chart-cost-goal-empty = Aucun budget n’est alloué à un but stratégique pour { $period }.
report-chart-cost-priority-title = Coût par priorité thématique, { $period }
report-chart-cost-priority-empty = Aucun budget n’est alloué à une priorité thématique pour { $period }.
report-chart-cost-subtitle = Allocations budgétaires de toutes les unités réparties selon les pondérations de contribution, en milliers de CHF ; part du total entre parenthèses.
report-chart-cost = Coût
report-chart-delivery-title = Taux d’exécution des plans opérationnels par unité, { $year }
report-chart-delivery-subtitle = Moyenne de la quantité livrée ÷ prévue par élément, plafonnée à 100 % ; éléments annulés exclus.
report-chart-delivery-axis = Taux d’exécution (%)
report-chart-delivery-rate = Taux d’exécution
report-chart-delivery-empty = Aucun élément de plan opérationnel pour { $year }.
report-chart-status-of = Statut : { $status }
report-chart-year = Année
report-chart-expected = Trajectoire attendue
report-chart-baseline = Référence
report-chart-milestone = Jalon
report-chart-target = Cible
report-chart-approved = Valeur réelle approuvée
report-chart-provisional = Provisoire ou estimée
report-chart-projection = Projection (droite des moindres carrés)
report-chart-report-year = année du rapport
report-chart-value = Valeur ({ $unit })
report-chart-baseline-at = Référence { $year } : { $value }
report-chart-target-at = Cible { $year } : { $value }

## Content of the translated sections (report form 4): goals and thematic priorities, their tables and
## the notes and text alternatives of their charts

report-list-separator = {", "}
report-notes-separator = {" ; "}
report-yes = oui
report-no = non
report-goals-intro = Chaque but compte les indicateurs rattachés au but et à chaque résultat qui en relève, chaque indicateur une seule fois. Les statuts découlent de la règle de statut exposée en annexe.
report-priorities-intro = Chaque priorité thématique compte les indicateurs de ses effets et de ses produits, chaque indicateur une seule fois.
report-level-goal = But stratégique
report-level-target = Cible
report-level-thematic_priority = Priorité thématique
report-level-outcome = Effet
report-level-output = Produit
report-level-enabler = Catalyseur
report-rollup = { $total ->
    [one] { $total } indicateur : { $counts }{ $mean }.
   *[other] { $total } indicateurs : { $counts }{ $mean }.
}
report-rollup-mean = {" ; "}progression moyenne { $progress } (indicateurs évalués : { $rated })
report-rollup-none = Aucun indicateur n’est rattaché à ce résultat ni aux résultats qui en relèvent.
report-linked-indicators = Parmi ces indicateurs, { $count } relèvent de résultats qui contribuent à { $code } par des liens de contribution ; ils sont présentés sous ces résultats.
report-indicators-of = Indicateurs de { $code }, { $year }
report-trajectories-of = Trajectoires des indicateurs de niveau cible et des indicateurs clés de { $code }
report-th-code = Code
report-th-indicator = Indicateur
report-th-name = Nom
report-th-baseline = Référence
report-th-target = Cible
report-th-expected = Attendu { $year }
report-th-actual = Réalisé
report-th-progress = Progression
report-th-status = Statut
report-th-change-since = Évolution depuis { $year }
report-th-projection = Projection à l’année cible
report-th-likely = Cible probablement atteinte
report-th-notes = Notes
report-th-total = Total
report-th-mean-progress = Progression moyenne
report-th-year = Année
report-th-reference = Repère
report-th-reference-value = Valeur de repère
report-th-approved-actual = Valeur réalisée approuvée
report-th-quality = Qualité
report-tag-key = clé
report-tag-illustrative = illustratif
report-outlook-likely = Probable
report-outlook-unlikely = Improbable
report-outlook-too_early = Trop tôt pour le dire
report-move-from = {" "}(auparavant : { $status })
report-note-stale = dernière valeur approuvée : { $year }
report-note-stale-earlier = dernière valeur approuvée d’une année antérieure
report-ref-baseline = référence
report-ref-milestone = jalon
report-ref-target = cible
report-unit-percent = %
report-unit-count = nombre
report-unit-chf = CHF
report-unit-ratio = ratio
report-unit-yes_no = oui = 1, non = 0
report-unit-index = indice
report-chart-alt-mean = , progression moyenne { $progress }
report-chart-alt-more = et { $count } autres dans le tableau
report-chart-status-goal-alt = Graphique à barres empilées du statut des indicateurs par but stratégique pour { $year }. { $parts }.
report-chart-status-goal-alt-empty = Aucune donnée : le plan ne comporte aucun but stratégique à présenter pour { $year }.
report-chart-status-priority-alt = Graphique à barres empilées du statut des indicateurs par priorité thématique pour { $year }. { $parts }.
report-chart-status-priority-alt-empty = Aucune donnée : le plan ne comporte aucune priorité thématique à présenter pour { $year }.
report-traj-status = Statut { $year } : { $status }
report-traj-progress = {" "}(progression { $progress })
report-traj-actual = . Réalisé { $value } en { $year }
report-traj-stale = , dernière valeur approuvée, retenue pour { $year }
report-traj-no-actual = . Aucune valeur réalisée approuvée
report-traj-expected = {" ; "}attendu { $value }
report-traj-alt = Graphique linéaire de l’indicateur { $code } { $name } ({ $unit })
report-traj-alt-baseline = référence { $value } en { $year }
report-traj-alt-target = cible { $value } en { $year }
report-traj-alt-no-values = aucune valeur approuvée
report-traj-alt-values = valeurs approuvées { $values }
report-traj-alt-status = statut { $year } : { $status }
report-traj-alt-likely = probablement atteinte
report-traj-alt-unlikely = probablement pas atteinte
report-traj-alt-too-early = trop tôt pour le dire
report-traj-alt-projection = projection (en pointillé, droite des moindres carrés ; points utilisés : { $points }) { $value } en { $year }, cible { $outlook }
report-traj-alt-projection-early = projection : trop tôt pour le dire

## Sheet names of report.xlsx (report form 4, another language than English; at most 31 characters)

report-sheet-indicators = Indicateurs
report-sheet-indicator-values = Valeurs des indicateurs
report-sheet-disaggregations = Ventilations
report-sheet-node-rollups = Agrégats par résultat
report-sheet-finance-by-unit = Finances par unité
report-sheet-finance-reconciliation = Rapprochement financier
report-sheet-cost-by-node = Coût par résultat
report-sheet-operational-delivery = Exécution opérationnelle
report-sheet-risks = Risques
report-sheet-data-quality = Qualité des données
report-sheet-narratives = Commentaires
report-sheet-revisions = Révisions
report-sheet-mandates = Mandats
report-sheet-questions = Questions
report-sheet-restatements = Retraitements
