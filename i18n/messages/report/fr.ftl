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

## report.pdf's cover, running header and footer; report.xlsx's header rows, notes and properties; the CSV
## tables' row of names (report form 5). Column names: `report-col-` and the English name in kebab-case.

report-cover-author = Secrétaire général
report-cover-body = Conseil
report-cover-no-session = Session non précisée
report-cover-no-symbol = Cote du document non attribuée
report-cover-original = Original : anglais
report-cover-by = Rapport du Secrétaire général
report-cover-subtitle = Rapport annuel au Conseil sur la mise en œuvre du plan stratégique { $start }–{ $end } ({ $resolution }), année du rapport { $year }
report-cover-purpose-heading = Objet
report-cover-purpose = Le présent rapport informe le Conseil de la mise en œuvre du plan stratégique en { $year } : statut de ses indicateurs, finances, exécution opérationnelle, risques et qualité des données. Le Conseil est invité à prendre note du rapport.
report-cover-running = { $plan } · rapport annuel au Conseil, { $year }
report-cover-illustrative = Certains chiffres de ce rapport sont illustratifs (données d’exemple) et non des résultats officiels.
report-cover-symbol-note = Aucune cote n’a été donnée pour cette exécution du rapport ; le Secrétariat en attribue une lorsqu’il soumet le rapport au Conseil.
report-pdf-page = page { $page } sur { $pages }
report-xlsx-title = { $plan } — rapport annuel { $year }
report-xlsx-subject = Rapport au Conseil sur la mise en œuvre, { $year }
report-xlsx-text-number-note = Certains chiffres de cette colonne ont plus de 15 chiffres significatifs, plus qu’Excel ne peut en garder dans un nombre : ils sont écrits sous forme de texte afin que le chiffre exact soit conservé.
report-col-about = Objet
report-col-achieved = Atteint
report-col-actual = Réalisé
report-col-actual-chf-thousands = Réalisé (milliers de CHF)
report-col-actual-last-year = Réalisé l’année précédente
report-col-actual-older-than-the-year = Valeur réalisée antérieure à l’année
report-col-actual-plan-chf-thousands = Réalisé − plan (milliers de CHF)
report-col-as-adopted = Tel qu’adopté
report-col-as-reported = Tel que communiqué
report-col-as-revised = Tel que révisé
report-col-asked-by = Posée par
report-col-asked-on = Posée le
report-col-at-risk = À risque
report-col-author = Auteur
report-col-baseline = Référence
report-col-baseline-year = Année de référence
report-col-budget-chf-thousands = Budget (milliers de CHF)
report-col-category = Catégorie
report-col-category-code = Code de la catégorie
report-col-change-since-last-year = Évolution depuis l’année précédente
report-col-changed-at-utc = Modifié le (UTC)
report-col-changed-by = Modifié par
report-col-check = Contrôle
report-col-checked-against = Comparé à
report-col-closing-year = Année de clôture
report-col-computed-chf-thousands = Calculé (milliers de CHF)
report-col-computed-reference-chf-thousands = Calculé − référence (milliers de CHF)
report-col-cost-chf-thousands = Coût (milliers de CHF)
report-col-cost-so-far-in-the-period-chf-thousands = Coût cumulé sur la période (milliers de CHF)
report-col-data-quality = Qualité des données
report-col-decided-on = Date de la décision
report-col-deciding-body = Organe de décision
report-col-decision-reference = Référence de la décision
report-col-delivered = Réalisé
report-col-delivered-in-full = Entièrement réalisé
report-col-delivery-rate = Taux de réalisation
report-col-detail = Détail
report-col-dimension = Dimension
report-col-direction = Sens
report-col-disaggregation = Ventilation
report-col-evidence-link = Lien vers les justificatifs
report-col-expected-this-year = Attendu cette année
report-col-field-revised = Champ révisé
report-col-impact = Impact
report-col-in-force-for-the-year = En vigueur pour l’année
report-col-indicator = Indicateur
report-col-indicator-code = Code de l’indicateur
report-col-indicator-code-in-that-plan = Code de l’indicateur dans ce plan
report-col-indicators = Indicateurs
report-col-indicators-rated = Indicateurs évalués
report-col-item = Élément
report-col-item-code = Code de l’élément
report-col-key-indicator = Indicateur clé
report-col-kind = Type
report-col-kind-of-note = Type de note
report-col-kind-of-restatement = Type de retraitement
report-col-level = Niveau
report-col-likelihood = Probabilité
report-col-linked-results = Résultats liés
report-col-mandate = Mandat
report-col-mandate-code = Code du mandat
report-col-mean-progress = Progression moyenne
report-col-message = Message
report-col-message-number = Numéro du message
report-col-mitigation = Atténuation
report-col-narrative = Commentaire
report-col-no-data = Pas de données
report-col-now = Actuellement
report-col-off-track = En retard
report-col-on-track = En bonne voie
report-col-output-code = Code du produit
report-col-owner-unit = Unité responsable
report-col-parent-result-code = Code du résultat parent
report-col-period = Période
report-col-plan-chf-thousands = Plan (milliers de CHF)
report-col-plan-of-the-value = Plan de la valeur
report-col-planned = Prévu
report-col-points-projected-from = Points de la projection
report-col-progress = Progression
report-col-projected-value-in-the-target-year = Valeur projetée pour l’année cible
report-col-projection-outlook = Perspective de la projection
report-col-provenance = Provenance
report-col-quality-as-reported = Qualité telle que communiquée
report-col-quality-now = Qualité actuelle
report-col-quarter = Trimestre
report-col-question = Question
report-col-question-number = Numéro de la question
report-col-reason = Motif
report-col-reason-for-the-status = Motif du statut
report-col-reconciles = Concordant
report-col-reference-chf-thousands = Référence (milliers de CHF)
report-col-report-run = Exécution du rapport
report-col-report-run-restated = Exécution du rapport retraitée
report-col-result = Résultat
report-col-result-code = Code du résultat
report-col-result-or-indicator = Résultat ou indicateur
report-col-result-or-indicator-code = Code du résultat ou de l’indicateur
report-col-reviewed-on = Examiné le
report-col-risk = Risque
report-col-risk-code = Code du risque
report-col-score-likelihood-impact = Note (probabilité × impact)
report-col-series = Série
report-col-status = Statut
report-col-status-last-year = Statut l’année précédente
report-col-status-move = Évolution du statut
report-col-target = Cible
report-col-target-year = Année cible
report-col-unit = Unité
report-col-unit-of-measure = Unité de mesure
report-col-value = Valeur
report-col-vocabulary = Vocabulaire
report-col-what-is-checked = Objet du contrôle
report-col-written-on = Rédigé le
report-col-year = Année
report-col-year-of-the-actual = Année de la valeur réalisée
report-col-indicator-unit = Unité de mesure

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

## Sections of report form 5 (FORM_SECTIONS): the executive summary, status moves, finance, operational
## delivery, risks, breakdowns and data quality in the report's language, with the finance, delivery and
## breakdown charts' notes, text alternatives and data tables

report-summary-covers = Ce rapport porte sur { $year }, année { $nth } du plan stratégique { $start }–{ $end } ({ $resolution }). Il évalue { $total ->
    [one] { $total } indicateur
   *[other] { $total } indicateurs
} selon la règle de statut énoncée en annexe : { $counts }.
report-th-indicators = Indicateurs
report-th-share = Part
report-summary-all-indicators = Tous les indicateurs
report-summary-by-status = Indicateurs par statut, { $year }
report-summary-end-of-plan = fin du plan
report-summary-projection = Projection : sur { $total ->
    [one] { $total } indicateur
   *[other] { $total } indicateurs
}, { $likely ->
    [one] { $likely } devrait atteindre
   *[other] { $likely } devraient atteindre
} sa cible ({ $target }) et { $unlikely ->
    [one] { $unlikely } ne le devrait pas
   *[other] { $unlikely } ne le devraient pas
} ; pour { $too_early ->
    [one] { $too_early } indicateur
   *[other] { $too_early } indicateurs
}, il est trop tôt pour se prononcer (moins de deux points, ou ni référence ni cible). Chaque projection est une droite des moindres carrés passant par la valeur de référence et les valeurs annuelles approuvées à ce jour, lue à l’année cible (voir l’annexe).
report-summary-key-h = Indicateurs clés de performance
report-summary-key-caption = Indicateurs clés de performance, { $year }
report-summary-fdr-h = Finances, exécution et risques
report-summary-finance-rate = Dépenses prévues pour { $year } : { $plan } milliers de CHF ; exécutées : { $actual } milliers de CHF ({ $rate } du plan).
report-summary-finance-executed = Dépenses prévues pour { $year } : { $plan } milliers de CHF ; exécutées : { $actual } milliers de CHF.
report-summary-finance-none = Dépenses prévues pour { $year } : { $plan } milliers de CHF ; aucune exécution n’a encore été déclarée.
report-summary-delivery = Plans opérationnels : sur { $counted ->
    [one] { $counted } activité prise
   *[other] { $counted } activités prises
} en compte, { $delivered } ont été entièrement exécutées (quantité exécutée au moins égale à la quantité prévue) dans { $units ->
    [one] { $units } unité
   *[other] { $units } unités
}{ $short } (voir le taux d’exécution par unité et les activités ci-dessous).
report-summary-delivery-short = { " ; " }{ $count ->
    [one] { $count } activité marquée exécutée par son unité est en deçà de la quantité prévue et n’est pas comptée comme entièrement exécutée
   *[other] { $count } activités marquées exécutées par leurs unités sont en deçà de la quantité prévue et ne sont pas comptées comme entièrement exécutées
}
report-summary-risks = Risques : { $open } ouverts sur { $total } inscrits au registre, dont { $high } élevés (probabilité × impact ≥ { $score }).
report-summary-dq = Notes sur la qualité des données : { $counts }.
report-dq-provisional = provisoire
report-dq-estimated = estimée
report-dq-stale = ancienne
report-dq-missing = manquante
report-moves-intro = Sur { $compared ->
    [one] { $compared } indicateur comparé
   *[other] { $compared } indicateurs comparés
} avec { $since }, améliorés : { $improved }, dégradés : { $worsened }, inchangés : { $unchanged } ; nouvellement évalués : { $newly }, plus évalués : { $no_longer }. Les statuts sont ordonnés ainsi : en retard, à risque, en bonne voie, atteint ; un passage vers le haut de cet ordre est une amélioration, vers le bas une dégradation. Un indicateur sans données pour l’une des deux années est nouvellement évalué ou n’est plus évalué.
report-th-status-of = Statut { $year }
report-th-move = Évolution
report-th-change-actual-since = Variation de la valeur réelle depuis { $year }
report-moves-none = Le statut d’aucun indicateur n’a changé depuis { $since }.
report-moves-caption = Indicateurs dont le statut a changé de { $since } à { $year }
report-finance-intro = Les montants sont en milliers de CHF. Le plan financier est celui adopté avec le plan stratégique (Décision 5).
report-recon-none = Aucun chiffre financier à rapprocher pour { $year }.
report-recon-ok = Les finances concordent exactement pour { $year } : les lignes de recettes et de dépenses de l’exercice biennal égalent les totaux adoptés dans le plan financier (Décision 5) et s’équilibrent ; les allocations de chaque unité aux résultats égalent son budget de dépenses ; et le coût par but stratégique et le coût par priorité thématique (chacun avec les catalyseurs) égalent les lignes de dépenses de l’année.
report-recon-gap = { $label } : { $computed } milliers de CHF contre { $reference } milliers de CHF, { $against } (écart { $difference } milliers de CHF)
report-recon-gap-unset = { $label } : { $computed } milliers de CHF, mais { $against } n’est pas fixé
report-recon-not = Les finances NE concordent PAS pour { $year } (écart = calculé − référence) : { $gaps }.
report-check-adopted-revenue = Lignes de recettes { $period }
report-check-adopted-revenue-against = recettes adoptées pour { $period } (Décision 5)
report-check-adopted-expense = Lignes de dépenses { $period }
report-check-adopted-expense-against = dépenses adoptées pour { $period } (Décision 5)
report-check-balance = Lignes de recettes { $period }
report-check-balance-against = lignes de dépenses { $period } (budget équilibré)
report-check-unit-allocations = Allocations de { $unit } aux résultats { $period }
report-check-unit-allocations-against = budget de dépenses de { $unit } { $period }
report-check-cost-goal = Coût par but stratégique plus catalyseurs { $period }
report-check-cost-goal-against = lignes de dépenses { $period }
report-check-cost-priority = Coût par priorité thématique plus catalyseurs { $period }
report-check-cost-priority-against = lignes de dépenses { $period }
report-th-check = Contrôle
report-th-computed = Calculé
report-th-against = Comparé à
report-th-difference-computed = Écart (calculé − référence)
report-th-reconciles = Concorde
report-recon-not-set = non fixé
report-recon-caption = Rapprochement des chiffres financiers, { $year } (milliers de CHF ; écart = calculé − référence)
report-th-unit = Unité
report-th-kind = Nature
report-th-category = Catégorie
report-th-plan = Plan
report-th-difference = Écart
report-finance-lines-caption = Lignes du plan financier et exécution par unité, { $year } (milliers de CHF)
report-th-plan-chf = Plan (milliers de CHF)
report-th-actual-chf = Réel (milliers de CHF)
report-th-execution = Exécution
report-chart-partial = , partiel
report-chart-no-actual = pas encore de valeur réelle
report-chart-budget-alt-unit = { $unit } : plan { $plan }, réel { $actual }
report-chart-budget-alt = Graphique à barres groupées des dépenses prévues et réelles par unité organisationnelle pour { $year }, en milliers de CHF. { $parts }.
report-th-cost-chf = Coût (milliers de CHF)
report-chart-cost-goal-alt = Graphique à barres du coût par but stratégique pour { $period }, en milliers de CHF. { $parts }.
report-chart-cost-priority-alt = Graphique à barres du coût par priorité thématique pour { $period }, en milliers de CHF. { $parts }.
report-operations-intro = Les plans opérationnels du Secrétariat général et des Secteurs produisent les produits du plan stratégique. Le taux d’exécution d’une activité est la quantité exécutée ÷ la quantité prévue, non plafonné (au-delà de 100 % lorsqu’elle a exécuté plus que prévu). Le taux d’exécution d’une unité est la moyenne des taux de ses activités, chacun plafonné à 100 % afin qu’une activité surexécutée ne masque pas le déficit d’une autre ; les activités annulées et celles sans quantité prévue ne sont pas comptées.
report-th-item = Activité
report-th-output = Produit
report-th-budget = Budget
report-th-planned = Prévu
report-th-delivered = Exécuté
report-th-rate = Taux
report-th-in-full = Entièrement
report-th-status-reported = Statut (déclaré)
report-operations-items-caption = Activités des plans opérationnels, { $year } (budget en milliers de CHF)
report-th-items = Activités
report-th-counted = Comptées
report-th-delivered-in-full = Entièrement exécutées
report-th-cancelled = Annulées
report-th-delivery-rate = Taux d’exécution
report-th-budget-chf = Budget (milliers de CHF)
report-chart-delivery-note = { $rate } · { $delivered } sur { $counted ->
    [one] { $counted } activité entièrement exécutée
   *[other] { $counted } activités entièrement exécutées
}
report-chart-delivery-none = aucune activité comptée
report-chart-delivery-alt = Graphique à barres du taux d’exécution des plans opérationnels par unité pour { $year }. { $parts }.
report-chart-delivery-alt-unit = { $unit } : { $note }
report-risks-intro = Le registre des risques, par note décroissante (probabilité × impact, chacun noté de 1 à 5).
report-th-risk = Risque
report-th-likelihood = Probabilité
report-th-impact = Impact
report-th-score = Note
report-th-owner = Responsable
report-th-reviewed = Examiné le
report-th-linked-results = Résultats liés
report-th-mitigation = Atténuation
report-risks-caption = Registre des risques
report-breakdowns-none = Aucun indicateur n’a de valeurs approuvées par sexe ou par région pour { $year }.
report-breakdowns-intro = Valeurs approuvées pour { $year } des indicateurs ventilés par sexe ou par région de l’UIT. Toutes les valeurs ventilées figurent aussi dans tables/disaggregations.csv.
report-breakdowns-omitted = { $count ->
    [one] { $count } autre indicateur ventilé n’est pas représenté ici
   *[other] { $count } autres indicateurs ventilés ne sont pas représentés ici
} (au plus { $max } indicateurs, les indicateurs clés d’abord) ; leurs valeurs figurent dans tables/disaggregations.csv.
report-dimension-sex = sexe
report-dimension-region = région
report-th-value = Valeur
report-chart-breakdown-title = { $code } — { $name } : par { $dimension }, { $year }
report-chart-breakdown-subtitle = Valeurs approuvées pour { $year } par { $dimension }, { $unit }.
report-chart-breakdown-empty = Aucune valeur approuvée par { $dimension } pour { $year }.
report-chart-breakdown-alt = Graphique à barres de l’indicateur { $code } { $name } par { $dimension } pour { $year } : { $parts }.
report-dq-intro = Valeurs approuvées provisoires ou estimées, valeurs d’une année antérieure tenant lieu de celle du rapport (anciennes), et indicateurs sans valeur utilisable (manquantes).
report-th-detail = Détail
report-dq-by-kind = Notes sur la qualité des données par nature
report-dq-caption = Notes sur la qualité des données

## Section "Results serving each resolution" of report form 5 (FORM_SECTIONS)

report-mandates-none = Aucun résultat de ce plan n’est lié à une résolution, une cible des ODD, une grande orientation du SMSI ou une décision.
report-mandates-intro = Les résolutions, cibles des ODD, grandes orientations du SMSI et décisions que servent les résultats du plan et, pour chacune, les buts, priorités, autres résultats et indicateurs qui s’y rattachent, avec leur statut pour { $year } (le statut d’un résultat est le nombre de ses indicateurs par statut, comme dans sa section). Ces liens figurent aussi dans tables/mandates.csv.
report-mandates-no-indicator = aucun indicateur
report-mandates-rollup = { $total ->
    [one] { $total } indicateur : { $counts }
   *[other] { $total } indicateurs : { $counts }
}
report-mandate-resolution = Résolution { $code }
report-mandate-sdg = Cible des ODD { $code }
report-mandate-wsis = Grande orientation du SMSI { $code }
report-mandate-decision = Décision { $code }
report-mandates-h-resolution = Résolutions
report-mandates-h-sdg = Cibles des ODD
report-mandates-h-wsis = Grandes orientations du SMSI
report-mandates-h-decision = Décisions
report-mandates-caption-resolution = Résolutions : les résultats qui servent chacune, { $year }
report-mandates-caption-sdg = Cibles des ODD : les résultats qui servent chacune, { $year }
report-mandates-caption-wsis = Grandes orientations du SMSI : les résultats qui servent chacune, { $year }
report-mandates-caption-decision = Décisions : les résultats qui servent chacune, { $year }
report-th-mandate = Mandat
report-th-title = Titre
report-th-result = Résultat
report-th-level = Niveau

## Annex "Questions from Council members and replies" of report form 5 (FORM_SECTIONS)

report-questions-intro = Les questions posées par les membres du Conseil sur ce plan jusqu’à la date du présent rapport, et les réponses du Secrétariat, dans l’ordre où elles ont été posées. Toutes figurent aussi dans tables/questions.csv.
report-question-h = Question { $id } : { $title }
report-question-meta = { $about } · posée par { $who } le { $date } · { $status }

## Sections "Framework revisions in force", "Restatements" and "Annex: indicator reference sheets" of
## report form 5 (FORM_SECTIONS)

report-revisions-none = Aucune valeur de référence, cible, étape, unité ou orientation d’un indicateur n’a été révisée par une décision en vigueur pour { $year } : chaque chiffre de ce rapport est mesuré par rapport au cadre tel qu’adopté.
report-revisions-rule = Une révision d’une valeur de référence, d’une cible, d’une étape, d’une unité ou d’une orientation compte à partir du jour où elle a été décidée. Ce rapport évalue { $year } par rapport au cadre en vigueur le 31 décembre { $year } : une révision décidée ce jour-là ou avant s’applique ; une révision décidée plus tard laisse ce rapport inchangé et s’applique à partir du rapport de l’année où elle a été décidée.
report-revisions-caption = Révisions du cadre en vigueur pour { $year }
report-revisions-also = Ces révisions figurent aussi dans tables/revisions.csv.
report-th-field = Champ
report-th-as-adopted = Tel qu’adopté
report-th-as-revised = Tel que révisé
report-th-decided = Décidé le
report-th-by = Par
report-field-baseline_value = valeur de référence
report-field-baseline_year = année de référence
report-field-target_value = valeur cible
report-field-target_year = année cible
report-field-unit = unité
report-field-direction = orientation
report-restated-published = {" "}(publiée le { $date })
report-restated-intro = Depuis que l’exécution de rapport { $run } pour { $year } a été figée le { $frozen }{ $published }, valeurs de { $year } déclarées puis révisées : { $revised } ; valeurs de { $year } approuvées tardivement : { $late } ; révisions du cadre enregistrées : { $revisions }. Chaque ligne donne le chiffre que le rapport a communiqué au Conseil et le chiffre approuvé aujourd’hui, avec qui l’a modifié, quand et pourquoi. Ces chiffres figurent aussi dans tables/restatements.csv.
report-th-breakdown = Ventilation
report-th-change = Modification
report-th-reported = Déclaré
report-th-now = Actuel
report-th-approved = Approuvé le
report-th-why = Motif
report-th-before = Avant
report-th-after = Après
report-th-decision = Décision
report-th-in-force-for = En vigueur pour { $year }
report-restated-headline = valeur principale
report-restated-revised = révisée
report-restated-late = valeur tardive
report-restated-values-caption = Valeurs de { $year } modifiées depuis le rapport
report-restated-revisions-caption = Révisions du cadre enregistrées depuis le rapport
report-sheets-intro = Pourquoi et comment chaque indicateur clé est mesuré, tel que le Secrétariat le consigne.
report-refsheet-rationale = Justification
report-refsheet-method = Méthode de calcul
report-refsheet-disaggregation = Ventilation
report-refsheet-limitations = Limites
report-refsheet-quality-assurance = Assurance qualité
report-refsheet-target-rationale = Justification de la cible

## Predecessors of another plan cycle in the goal and priority sections of report form 5 (FORM_SECTIONS)

report-predecessor-redefined = Une autre mesure, hors de la série de { $code } : { $code } redéfinit { $predecessor } { $name } du plan { $plan } ({ $unit }), dont les valeurs sont présentées ici à part
report-predecessor-new = Une autre mesure, hors de la série de { $code } : { $code } est un nouvel indicateur qui désigne comme précurseur { $predecessor } { $name } du plan { $plan } ({ $unit }), dont les valeurs sont présentées ici à part

## The annex "Status rule and thresholds" of report form 5 (FORM_SECTIONS)

report-rule-intro = Chaque statut de ce rapport découle d’une seule règle, appliquée aux seules valeurs approuvées :
report-rule-actual-term = Valeur réelle A(Y)
report-rule-actual = La valeur principale approuvée (sans ventilation) pour l’année Y, combinant les valeurs infra-annuelles selon la règle d’agrégation de l’indicateur (dernière, somme, moyenne ou ratio). Si Y n’en a pas, la dernière valeur approuvée d’une année antérieure datant d’au plus { $max_age ->
    [one] { $max_age } an
   *[other] { $max_age } ans
} en tient lieu, et le rapport indique de quelle année il s’agit.
report-rule-expected-term = Valeur attendue E(Y)
report-rule-expected = La droite passant par la valeur de référence (année, valeur), les étapes annuelles et la cible de fin de plan ; avant l’année de référence, c’est la valeur de référence, après l’année cible, la cible.
report-rule-progress-term = Progression
report-rule-progress = (A − b) / (E − b), où b est la valeur de référence ; la même formule vaut pour les indicateurs croissants et décroissants. Lorsque E = b, la progression vaut 1 si A est du bon côté de b ou lui est égale, sinon 0.
report-rule-status-term = Statut
report-rule-status = Atteint si A atteint la cible finale (A ≥ T en hausse, A ≤ T en baisse) ; sinon en bonne voie si la progression ≥ { $on_track } ; à risque si la progression ≥ { $at_risk } ; sinon en retard. Les indicateurs à maintenir sont en bonne voie à ±{ $maintain_on_track } % de la cible, à risque à ±{ $maintain_at_risk } %, sinon en retard. Pas de données lorsque la valeur réelle, la valeur de référence ou la cible manque, avec le motif.
report-rule-rollup-term = Agrégation
report-rule-rollup = Pour un résultat : les indicateurs qui lui sont rattachés et ceux de chaque résultat qui en relève (par l’arborescence et par les liens de contribution, chaque indicateur une fois) : le nombre par statut, et la moyenne de la progression ramenée à [0, 1] sur les indicateurs évalués (un indicateur atteint compte pour 1).
report-th-threshold-of = Seuil du plan { $plan }
report-threshold-on-track = En bonne voie : progression minimale
report-threshold-at-risk = À risque : progression minimale
report-threshold-maintain-on-track = À maintenir, en bonne voie : à ± % de la cible
report-threshold-maintain-at-risk = À maintenir, à risque : à ± % de la cible
report-threshold-max-age = Valeur la plus ancienne pouvant en tenir lieu (années)
report-thresholds-caption = Les seuils du plan
report-methods-h = Méthodes
report-method-cost = Coût d’un résultat : le budget de chaque unité est alloué aux produits, aux priorités thématiques et aux catalyseurs. Le coût d’une priorité thématique, d’un effet, d’un produit ou d’un catalyseur est la somme des allocations qui lui sont faites et à chaque résultat qui en relève ; le coût d’un but ou d’une cible est la somme des allocations qui lui sont reportées par les pondérations de contribution des résultats qui y sont liés. Le même chiffre figure partout où le coût d’un résultat apparaît.
report-method-reconciliation = Rapprochement : chaque contrôle compare une somme à une référence indépendante — les lignes de recettes et de dépenses de l’exercice biennal aux totaux adoptés dans le plan financier (Décision 5) et entre elles ; les allocations de chaque unité aux résultats à son budget de dépenses ; le coût par but et par priorité thématique (chacun avec les catalyseurs) aux lignes de dépenses de l’année. Écart = calculé − référence ; un contrôle concorde lorsque les deux sont exactement égaux.
report-method-delivery = Taux d’exécution : le taux d’une activité est la quantité exécutée ÷ la quantité prévue, non plafonné (une activité qui a exécuté plus que prévu dépasse 100 %). Le taux d’une unité est la moyenne des taux de ses activités, chacun plafonné à 100 % ; les activités annulées et celles sans quantité prévue ne sont pas comptées.
report-method-charts = Graphiques : une trajectoire pour chaque indicateur de niveau cible et chaque indicateur clé, au plus { $max } (indicateurs clés d’abord){ $omitted }. Le statut est indiqué par la couleur (palette Okabe-Ito), le motif et l’étiquette.
report-method-charts-omitted = { " ; " }{ $count ->
    [one] { $count } autre indicateur ne figure que dans les tableaux
   *[other] { $count } autres indicateurs ne figurent que dans les tableaux
}
report-method-tables = Tableaux : décimales exactes telles que saisies ; chiffres dérivés (valeur attendue, progression, moyennes, taux) arrondis à { $dp } décimales. Les montants sont en milliers de CHF. Dans report.xlsx, les nombres sont des nombres, sauf un chiffre de plus de { $digits } chiffres significatifs, qu’Excel ne peut pas contenir : il est écrit comme texte, et sa feuille le signale, afin que le chiffre exact soit conservé.
report-method-cycles = Séries d’un cycle de plan à l’autre : seul un prédécesseur reconduit du plan précédent prolonge la série d’un indicateur (une seule ligne dans son graphique ; lignes marquées predecessor_carried_over dans indicator_values.csv). Un prédécesseur redéfini mesure autre chose : ses valeurs ne sont jamais tracées sur la ligne de l’indicateur ni présentées comme ses valeurs, mais figurent à part dans un tableau étiqueté, marquées predecessor_redefined, avec leurs propres plan, code et unité.
report-projection-h = Projection
report-projection-method = La projection de chaque indicateur est une droite des moindres carrés passant par ses points (année, valeur) : la valeur de référence et la valeur annuelle approuvée de chaque année ultérieure jusqu’à l’année du rapport et l’année cible (trimestres combinés selon la règle d’agrégation de l’indicateur). La droite est lue à l’année cible. Avec moins de deux points (aucune valeur approuvée après l’année de référence), ou sans valeur de référence ni cible, il est trop tôt pour se prononcer et aucune valeur n’est projetée. La cible sera probablement atteinte lorsque la valeur projetée l’atteint dans le sens de l’indicateur (au moins égale en hausse, au plus égale en baisse) ou, pour un indicateur à maintenir, se situe à ±{ $band } % de celle-ci ; sinon improbable. La comparaison est exacte ; la valeur projetée n’est arrondie qu’à l’affichage. Dans les graphiques, la partie projetée de la ligne, du point le plus récent à l’année cible, est en tirets et porte la mention « projection ».
report-projection-limits = Limites : une droite suppose que l’évolution observée se poursuit au même rythme. Elle ignore la saturation (un pourcentage proche de 100), les sauts ponctuels et les mesures encore à prendre ; avec deux ou trois points, une année inhabituelle la déplace beaucoup, et la valeur de référence pèse comme toute année approuvée. Les étapes n’y jouent aucun rôle : la projection indique où vont les valeurs, la trajectoire attendue où elles devaient aller.
report-narratives-h = Exposés et justificatifs
report-narratives-note = À côté de chaque indicateur, les sections du cadre donnent ce que ses planificateurs ont écrit avec ses valeurs principales approuvées de { $year } : l’exposé et le lien justificatif de la valeur annuelle et de chaque trimestre, et les résolutions, cibles des ODD, grandes orientations du SMSI et décisions qu’il sert. Seules les valeurs approuvées sont présentées : tant qu’une révision d’une valeur est en attente (saisie ou soumise, pas encore approuvée), le rapport présente l’exposé et le justificatif de la valeur approuvée auparavant, comme il présente cette valeur. Un lien justificatif n’est un lien que s’il s’agit d’une adresse http ou https ; tout le reste est présenté comme texte. Tous les exposés figurent aussi dans tables/narratives.csv.
report-units-h = Unités et règles d’agrégation
report-units-intro = Les valeurs d’une année se combinent selon la règle d’agrégation de l’indicateur, et toute règle ne convient pas à toute unité. La règle du ratio additionne les numérateurs et les dénominateurs des trimestres puis divise : 100 × Σnumérateur ÷ Σdénominateur pour un pourcentage, Σnumérateur ÷ Σdénominateur pour un ratio ; une valeur unique donnée avec son numérateur et son dénominateur est vérifiée avec le même facteur. Un indicateur dont la paire ne figure pas ici est refusé lorsqu’il est défini ou modifié.
report-th-rules-allowed = Règles d’agrégation autorisées
report-th-why-not = Pourquoi pas les autres
report-units-caption = Règles d’agrégation autorisées par unité
report-unit-name-percent = pourcentage
report-unit-name-count = nombre
report-unit-name-chf = CHF
report-unit-name-ratio = ratio
report-unit-name-yes_no = oui/non
report-unit-name-index = indice
report-aggregation-latest = dernière valeur
report-aggregation-sum = somme
report-aggregation-mean = moyenne
report-aggregation-ratio = ratio
report-about-h = À propos de ce rapport
report-about = Établi à partir de l’instantané des données { $snapshot } pour l’exécution du rapport { $run }, créée le { $created }. Chaque fichier du rapport — cette page, charts/*.svg et *.png, tables/*.csv et report.xlsx — figure avec sa somme de contrôle SHA-256 dans manifest.json ; reconstruire l’exécution à partir du même instantané donne les mêmes octets.

## Report form 6 (FORM_VERSIONS): the data-quality notes the report writes, in report.html, the CSV
## files and report.xlsx

report-dq-note-stale = Aucune valeur approuvée pour { $year } ; la valeur de { $from } en tient lieu.
report-dq-note-provisional = La valeur de { $from } utilisée est provisoire.
report-dq-note-estimated = La valeur de { $from } utilisée est estimée.

## Report form 7 (FORM_REASONS): a value missing for the status rule, its reasons (the interface's
## nodata-… messages, joined and with a capital first letter) said as a sentence

report-dq-note-missing = { $reasons }.

## The four-year assessment (assessment form 8, ASSESSMENT_FORM_LANGUAGES): its page, charts and workbook

report-assessment-title = { $plan } — évaluation des résultats, { $first }–{ $last }, pour la Conférence de plénipotentiaires
report-assessment-kicker = Rapport du Conseil à la Conférence de plénipotentiaires sur la mise en œuvre du plan stratégique
report-assessment-heading = { $plan } : évaluation des résultats, { $first }–{ $last }
report-assessment-cover-line = { $resolution } · période du plan { $start }–{ $end } · années évaluées { $first }–{ $last }
report-assessment-meta = Exécution du rapport { $run } · instantané des données { $snapshot } · produit le { $generated }
report-assessment-illustrative = Certains chiffres de ce rapport sont illustratifs (données d’exemple) et non des résultats officiels.
report-assessment-summary-h = Résumé : toutes les années côte à côte
report-assessment-goals-h = Réalisation des buts et des priorités, et leur coût
report-assessment-indicators-h = Réalisation de chaque cible, et projection de ce qui reste ouvert
report-assessment-restated-h = Retraitements des chiffres communiqués dans les rapports annuels
report-assessment-annex-h = Annexe : notes de méthode
report-assessment-restated-year = Le rapport de { $year } (exécution { $run })
report-assessment-footer = { $plan } · évaluation { $first }–{ $last } · exécution du rapport { $run }
report-assessment-summary-intro = Ce rapport évalue les indicateurs de { $plan } (nombre : { $count }) pour chaque année de { $first } à { $last }, chacun selon la règle de statut énoncée en annexe, au regard du cadre en vigueur cette année-là. Les tableaux de ce rapport figurent aussi dans report.xlsx et tables/*.csv.
report-assessment-summary-end = Fin { $last }, sur { $count } indicateurs : cible atteinte : { $achieved } ; en bonne voie : { $on_track } ; à risque : { $at_risk } ; en retard : { $off_track } ; sans données : { $no_data }.
report-assessment-summary-projection = Indicateurs dont la cible reste ouverte : { $count }. Projetés pour l’atteindre à l’année cible : { $likely } ; projetés en deçà : { $unlikely } ; trop tôt pour le dire : { $too_early }.
report-assessment-goals-intro = Pour chaque but stratégique, priorité thématique et catalyseur : combien des indicateurs qui s’y rattachent, et des résultats en dessous, avaient chaque statut chaque année, leur progrès moyen, et son coût cette année-là (allocations budgétaires réparties selon les pondérations de contribution, en milliers de CHF). La dernière ligne est la période.
report-assessment-node-caption = { $code } par année
report-assessment-indicators-intro = Le statut et la valeur effective de chaque indicateur chaque année (une valeur d’une année antérieure est marquée de cette année), son progrès l’année de clôture et, lorsque sa cible n’est pas atteinte, la tendance de ses valeurs approuvées à son année cible.
report-assessment-th-progress-end = Progrès à la fin
report-assessment-th-projection = Projection
report-assessment-actual-from = { $value } (de { $year })
report-assessment-achieved = atteinte
report-assessment-indicators-caption = Indicateurs, année par année
report-assessment-annex-years-h = Années évaluées
report-assessment-annex-years = De la première année du plan, { $first }, à l’année de clôture { $last } : la dernière année du plan ayant une valeur approuvée au moment de l’exécution. Les années suivantes du plan ne sont pas encore évaluées.
report-assessment-annex-status-h = Statut de chaque année
report-assessment-annex-status = Chaque année est évaluée selon la même règle de statut que le rapport annuel de cette année, au regard des valeurs de référence, cibles et jalons en vigueur au 31 décembre : un progrès (A − b) / (E − b) d’au moins { $on_track } est en bonne voie, d’au moins { $at_risk } à risque, en dessous en retard ; une valeur atteignant ou dépassant la cible est atteinte ; les indicateurs de maintien sont en bonne voie à ±{ $maintain_on_track } % de la cible et à risque à ±{ $maintain_at_risk } % ; une valeur approuvée datant d’au plus { $years } an(s) remplace une valeur manquante.
report-assessment-annex-end-h = Réalisation à la fin
report-assessment-annex-end = La réalisation d’un indicateur est son statut l’année de clôture ; celle d’un but ou d’une priorité est l’agrégation des indicateurs qui s’y rattachent et en dessous cette année-là (chacun compté une fois), avec leur progrès moyen borné à [0, 1].
report-assessment-annex-projection-h = Projection de ce qui reste ouvert
report-assessment-annex-projection = Uniquement pour les indicateurs non atteints l’année de clôture : une droite des moindres carrés passant par la valeur de référence et les valeurs annuelles approuvées depuis (au moins deux points), lue à l’année cible ; probable lorsque cette valeur atteint la cible, improbable sinon, trop tôt pour le dire avec moins de deux points ou sans valeur de référence ou cible. C’est la même projection que sur la page de l’indicateur et dans le rapport annuel.
report-assessment-annex-cost-h = Coût par but
report-assessment-annex-cost = Les allocations budgétaires de chaque année de toutes les unités, réparties entre les buts, priorités thématiques et catalyseurs selon les pondérations de contribution (la même agrégation des coûts que le rapport annuel et les pages financières), en milliers de CHF ; le coût de la période est la somme exacte de celui des années. Les chiffres sont arrondis pour l’affichage uniquement ; tables/cost_by_node.csv et report.xlsx les donnent exactement.
report-assessment-annex-restated-h = Retraitements
report-assessment-annex-restated = Pour chaque année ayant un rapport annuel publié, les valeurs de cette année révisées ou approuvées tardivement et les révisions du cadre enregistrées depuis le gel de ce rapport, comme sur la page de l’exécution.
report-assessment-all-indicators = tous les indicateurs
report-assessment-chart-status-title = Statut des indicateurs par année, { $first }–{ $last }
report-assessment-chart-status-subtitle = Nombre d’indicateurs de l’ensemble du plan par statut chaque année. « À risque » est hachuré, « en retard » quadrillé ; n = indicateurs, % = progrès moyen.
report-assessment-chart-status-alt = Graphique à barres empilées du statut des indicateurs chaque année de { $first } à { $last }. { $parts }.
report-assessment-chart-status-empty = Aucun indicateur n’est évalué pour aucune année de { $first } à { $last }.
report-assessment-xlsx-title = { $plan } — évaluation { $first }–{ $last }
report-assessment-xlsx-subject = Évaluation des résultats du plan stratégique, { $first }–{ $last }
report-sheet-indicator-achievement = Réalisation des indicateurs
report-sheet-indicator-years = Indicateurs par année
report-sheet-node-years = Résultats par année
