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
