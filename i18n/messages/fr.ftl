### NEEDS REVIEW by the ITU language services (French section): written by the stratrack developers,
### not taken from an official ITU text. Remove this mark, message by message or for the whole file,
### once the language services have reviewed the text (docs/I18N.md).

## Layout: on every page

layout-skip = Aller au contenu
layout-nav = Menu principal
layout-notices = Avis
layout-unread = { $count ->
    [one] { $count } avis non lu
   *[other] { $count } avis non lus
}
layout-account = Compte
layout-logout = Se déconnecter
layout-plan = Plan
layout-year = Année
layout-show = Afficher
layout-language = Langue
layout-footer = stratrack : le plan stratégique, ses résultats et le rapport annuel au Conseil

nav-dashboard = Tableau de bord
nav-framework = Cadre de résultats
nav-compare = Comparer les années
nav-entry = Saisie des données
nav-approvals = Approbations
nav-collection = Collecte
nav-periods = Périodes
nav-plans = Plans
nav-finance = Finances
nav-operations = Opérations
nav-risks = Risques
nav-reports = Rapports
nav-questions = Questions
nav-audit = Journal d'audit
nav-users = Utilisateurs

role-admin = administrateur
role-planner = planificateur
role-reviewer = examinateur

## Login and account

login-title = Connexion
login-heading = Se connecter à stratrack
login-email = Adresse électronique
login-password = Mot de passe
login-submit = Se connecter
login-expired = Ce formulaire de connexion a expiré ou ne provient pas de ce site. Veuillez vous reconnecter.
login-wrong = Adresse électronique ou mot de passe incorrect.
login-throttled = { $minutes ->
    [one] Connexion refusée : trop d'échecs de connexion. Réessayez dans { $minutes } minute.
   *[other] Connexion refusée : trop d'échecs de connexion. Réessayez dans { $minutes } minutes.
}

account-title = Compte
account-heading = Votre compte
account-role = rôle { $role }
account-tokens = Jetons d'API
account-password-heading = Changer le mot de passe
account-current = Mot de passe actuel
account-new = Nouveau mot de passe (au moins 12 caractères)
account-submit = Changer le mot de passe
account-changed = Votre mot de passe a été changé.
account-must-change = Veuillez choisir un nouveau mot de passe.

## Error pages

error-back = Retour au tableau de bord
error-internal = Une erreur s'est produite sur le serveur ; elle a été consignée.
error-unavailable = La base de données ne peut ni enregistrer ni lire ceci pour le moment, et rien n'a été enregistré. Réessayez dans un instant.
error-csrf = Le formulaire a expiré ou ne provient pas de ce site ; rechargez la page et réessayez.
error-method = Cette adresse n'accepte pas ce type de requête.
error-language = L'interface n'existe pas dans cette langue.

## Problem documents

problem-not_found = Introuvable
problem-validation_failed = Requête non valide
problem-bad_request = Requête incorrecte
problem-conflict = Conflit
problem-version_mismatch = Version périmée
problem-period_locked = Période verrouillée
problem-too_large = Requête trop volumineuse
problem-unsupported_media_type = Type de contenu non pris en charge
problem-throttled = Trop de tentatives
problem-unauthenticated = Authentification requise
problem-forbidden = Accès refusé
problem-database_unavailable = Service indisponible
problem-password_change_required = Changement de mot de passe requis
problem-internal = Erreur interne du serveur

problem-internal-detail = une erreur s'est produite sur le serveur ; elle a été consignée
problem-database_unavailable-detail = la base de données ne peut ni enregistrer ni lire ceci pour le moment, et rien de la requête n'a été enregistré ; réessayez dans un instant
problem-unauthenticated-detail = authentification requise
problem-password_change_required-detail = vous devez d'abord changer votre mot de passe (POST /api/v1/auth/password)
problem-too_large-detail = le corps de la requête dépasse { $limit } octets

## Statuses and levels

status-achieved = Atteint
status-on_track = En bonne voie
status-at_risk = À risque
status-off_track = En retard
status-no_data = Pas de données

level-goal = but
level-thematic_priority = priorité thématique
level-enabler = catalyseur
level-target = cible
level-outcome = résultat
level-output = produit

## Dashboard

dashboard-title = Tableau de bord { $year }
dashboard-status-of = { $total ->
    [one] État de { $total } indicateur
   *[other] État de { $total } indicateurs
}
dashboard-compare = Comparer { $year } avec { $previous } : évolution de chaque état
dashboard-basis-none = Aucun état de { $year } n'est encore évalué : aucune valeur approuvée de { $year }, ni d'une année admise à la remplacer.
dashboard-basis-all = { $rated ->
    [one] Le seul état évalué repose sur une valeur de { $year } même.
   *[other] Les { $rated } états évalués reposent tous sur des valeurs de { $year } même.
}
dashboard-basis-mixed = { $rated ->
    [one] Sur { $rated } état évalué,
   *[other] Sur { $rated } états évalués,
} { $own ->
    [one] { $own } repose
   *[other] { $own } reposent
} sur des valeurs de { $year } même et { $standing } sur une valeur plus ancienne qui la remplace ({ $years }).
dashboard-basis-from = { $count } de { $year }
dashboard-list-separator = {", "}
dashboard-collection = Collecte de { $year }
dashboard-dates-unset = Les dates de collecte de { $year } ne sont pas encore fixées.
dashboard-due-region = Ce qui est attendu pour { $year }
dashboard-due-caption = Ce qui est attendu pour { $year }, à quelle date, et ce qui est en retard
dashboard-unit = Unité
dashboard-opens = Ouverture
dashboard-due = Échéance
dashboard-to-submit = Reste à soumettre
dashboard-returned-col = Renvoyées
dashboard-overdue-col = En retard
dashboard-complete = Achevé
dashboard-overdue = { $count } en retard
dashboard-not-set = non fixée
dashboard-board = Tableau d'avancement de la collecte { $year }
dashboard-goals = Par but et priorité thématique
dashboard-goals-region = Nombre d'états par but, priorité thématique et catalyseur
dashboard-goals-caption = Nombre d'états par but, priorité thématique et catalyseur pour { $year }
dashboard-code = Code
dashboard-name = Nom
dashboard-progress = Progression moyenne
dashboard-budget = Budget et dépenses effectives par unité, { $year } (milliers de CHF)
dashboard-budget-region = Budget et dépenses effectives par unité
dashboard-budget-caption = Budget de dépenses du plan financier et exécution effective
dashboard-budget-col = Budget
dashboard-actual = Dépenses effectives
dashboard-rate = Taux d'exécution
dashboard-attention = À surveiller
dashboard-waiting = { $count ->
    [one] { $count } valeur soumise en attente d'approbation
   *[other] { $count } valeurs soumises en attente d'approbation
}
dashboard-attention-region = Indicateurs à surveiller
dashboard-attention-caption = Indicateurs en retard, à risque, périmés ou sans données en { $year }
dashboard-indicator = Indicateur
dashboard-owner = Responsable
dashboard-status = État
dashboard-why = Motif
dashboard-why-progress = progression { $progress }
dashboard-why-progress-stale = progression { $progress }, valeur de { $year }
dashboard-why-stale = périmé : la dernière valeur date de { $year }
dashboard-returned = Renvoyées à vous
dashboard-returned-region = Valeurs qui vous ont été renvoyées, avec leurs notes
dashboard-returned-caption = { $count ->
    [one] { $count } valeur renvoyée avec une note : corrigez-la et soumettez-la de nouveau
   *[other] { $count } valeurs renvoyées avec une note : corrigez-les et soumettez-les de nouveau
}
dashboard-value = Valeur
dashboard-figure = Chiffre
dashboard-note = Note
dashboard-returned-by = Renvoyée par

## Words of the yearly collection: a value's state and quality

state-none = aucune valeur
state-draft = brouillon
state-submitted = soumise
state-returned = renvoyée
state-approved = approuvée
quality-provisional = provisoire
quality-estimated = estimée
quality-final = définitive

## The pager under long lists, and a refused form's problems (shared by many pages)

pager-label = Pages de la liste : { $what }
pager-total = { $what } : { $total } — page { $page } sur { $pages }
pager-previous = Page précédente
pager-next = Page suivante
pager-indicators = indicateurs
pager-revisions = révisions
pager-items = éléments
pager-users = utilisateurs
pager-entries = entrées
pager-mandates = mandats
pager-questions = questions
pager-risks = risques
problems-nothing-saved = Rien n'a été enregistré.
problems-correct = Veuillez corriger :

## Entry grid

entry-title = Saisie des données { $year }
entry-heading = Saisie des données — { $year }
entry-intro = Indicateurs dont votre unité est responsable. Saisissez les valeurs, enregistrez-les comme brouillons et cochez celles à soumettre pour approbation. Les valeurs soumises et approuvées se corrigent sur leur propre page.
entry-intro-admin = Indicateurs dont votre unité est responsable (en tant que Bureau du Secrétaire général : toutes les unités, ou l'unité choisie). Saisissez les valeurs, enregistrez-les comme brouillons et cochez celles à soumettre pour approbation. Les valeurs soumises et approuvées se corrigent sur leur propre page.
entry-tally-saved = { $count ->
    [one] { $count } enregistrée
   *[other] { $count } enregistrées
}
entry-tally-submitted = {" "}({ $count ->
    [one] { $count } soumise pour approbation
   *[other] { $count } soumises pour approbation
})
entry-tally-refused = { $count ->
    [one] , { $count } non enregistrée : voir la ligne
   *[other] , { $count } non enregistrées : voir les lignes
}
entry-imported = { $count ->
    [one] { $count } valeur importée comme { $state }
   *[other] { $count } valeurs importées comme { $state }
}
entry-first-refused = première ligne non enregistrée : { $code }
entry-code-not-saved = { $code } : non enregistrée :
entry-filters-not-applied = Les filtres n'ont pas été appliqués :
entry-not-imported = { $count ->
    [one] Le fichier n'a pas été importé : { $count } problème.
   *[other] Le fichier n'a pas été importé : { $count } problèmes.
}
entry-see-lines = Les voir ligne par ligne
entry-filters = Rechercher et filtrer les indicateurs
entry-org-unit = Unité administrative
entry-all-units = toutes les unités
entry-quarter-label = Trimestre (indicateurs trimestriels)
entry-quarter = T{ $quarter }
entry-search = Rechercher un code ou un nom
entry-state = État
entry-any = tous
entry-node = Objectif ou priorité
entry-has-value = A une valeur
entry-either = indifférent
entry-yes = oui
entry-no = non
entry-per-page = Par page
entry-show = Afficher
entry-match = { $count ->
    [one] { $count } indicateur correspond.
   *[other] { $count } indicateurs correspondent.
}
entry-match-of = { $count ->
    [one] { $count } indicateur correspond sur { $all }.
   *[other] { $count } indicateurs correspondent sur { $all }.
}
entry-match-showing = { $count ->
    [one] { $count } indicateur correspond ; affichés : { $first }–{ $last }, page { $page } sur { $pages }.
   *[other] { $count } indicateurs correspondent ; affichés : { $first }–{ $last }, page { $page } sur { $pages }.
}
entry-match-of-showing = { $count ->
    [one] { $count } indicateur correspond sur { $all } ; affichés : { $first }–{ $last }, page { $page } sur { $pages }.
   *[other] { $count } indicateurs correspondent sur { $all } ; affichés : { $first }–{ $last }, page { $page } sur { $pages }.
}
entry-values-of = Valeurs de { $year }
entry-grid-region = Grille de saisie, { $year }
entry-caption = Les indicateurs et leurs valeurs de { $year }
entry-col-submit = Soumettre
entry-col-indicator = Indicateur
entry-col-uom = Unité de mesure
entry-col-baseline = Référence
entry-col-expected = Attendu { $year }
entry-col-approved = Approuvé { $year }
entry-col-value = Valeur
entry-col-state = État et qualité
entry-col-narrative = Commentaire et justificatif
entry-submit-code = Soumettre { $code }
entry-milestone = jalon { $value }
entry-numerator = Numérateur
entry-denominator = Dénominateur
entry-value-of = Valeur de { $code }
entry-not-saved = Non enregistrée :
entry-quality-of = Qualité de { $code }
entry-returned = Renvoyée :
entry-counting = la valeur approuvée { $value } (révision { $revision }) compte jusqu'à l'approbation de la correction
entry-history = Historique
entry-revise = Corriger
entry-of = de { $code }
entry-breakdown = Ventilation par sexe ou par région ({ $count })
entry-narrative-of = Commentaire de { $code }
entry-evidence-of = Lien vers le justificatif de { $code }
entry-evidence = justificatif
entry-save = Enregistrer les valeurs (et soumettre celles qui sont cochées)
entry-upload-h = Téléverser un lot (CSV ou classeur Excel)
entry-upload-header = En-tête : indicator_code, year, quarter, disaggregation, value, numerator, denominator, quality, narrative, evidence_url (plan { $plan }). Toutes les lignes sont enregistrées, ou aucune.
entry-templates = Modèles pour votre unité et { $year }, préremplis avec vos indicateurs :
entry-csv-template = Modèle CSV
entry-xlsx-template = Modèle Excel
entry-file = Fichier CSV ou classeur Excel (.xlsx)
entry-upload-submit = Soumettre les valeurs pour approbation
entry-upload = Téléverser
entry-not-imported-caption = { $count ->
    [one] Le fichier n'a pas été importé : { $count } problème
   *[other] Le fichier n'a pas été importé : { $count } problèmes
}
entry-line = Ligne (CSV) ou rangée (classeur)
entry-column = Colonne
entry-reason = Motif
problems-see-fields = voir les champs ci-dessous.

## One indicator's entry form, and one value's page

entry-saved-draft = { $code } enregistré comme brouillon
entry-submitted = { $code } soumis pour approbation
entry-value-not-saved = La valeur n'a pas été enregistrée :
entry-nothing-saved = Rien n'a été enregistré :
entry-form-title = Saisir { $code }
entry-form-unit = Unité : { $unit }
entry-form-direction = sens
entry-form-ratio-hint = saisissez le numérateur et le dénominateur
entry-form-decimal-hint = nombre décimal exact avec un point, p. ex. 12.5
entry-form-year = Année
entry-form-quarter = Trimestre (vide pour l'année entière)
entry-form-whole-year = année entière
entry-form-dimension = { $dimension } (vide pour le total)
entry-total = total
entry-form-quality = Qualité
entry-form-narrative = Commentaire
entry-form-evidence = Lien vers le justificatif (adresse web)
entry-form-save-draft = Enregistrer le brouillon
entry-form-save-submit = Enregistrer et soumettre pour approbation
entry-form-values-h = Valeurs de { $code }
entry-form-values-caption = Brouillons, soumissions et valeurs approuvées
entry-form-period = Période
entry-form-breakdown = Ventilation
entry-form-note = Note d'examen
entry-form-actions = Actions
entry-form-correct = Corriger
entry-form-of-value = de la valeur { $id }
entry-form-value-id = valeur { $id }
entry-value-title = Valeur { $code } { $period }
entry-value-uom = unité de mesure
entry-value-state = état
entry-value-revision-n = révision { $revision }
entry-value-revision = { $value } (révision { $revision })
entry-returned-on = Renvoyée le { $at } :
entry-value-counting = La valeur approuvée { $value } compte dans les rapports jusqu'à l'approbation de la correction.
entry-value-pending = Une correction est en attente :
entry-value-correct = Corriger la valeur
entry-value-revise = Réviser la valeur approuvée
entry-value-revise-hint = La correction est une nouvelle révision ; la valeur approuvée reste lisible et continue de compter jusqu'à l'approbation de la correction.
entry-value-reason = Motif de la correction (obligatoire)
entry-value-waits = Cette valeur soumise ne se modifie pas ici : elle attend d'être approuvée ou renvoyée.
entry-value-locked = Cette valeur ({ $state }) ne se modifie pas ici : son année est verrouillée.
entry-value-read-only = Cette valeur ({ $state }) ne se modifie pas ici.
entry-value-revisions-region = Révisions de la valeur
entry-value-revisions-caption = Révisions de { $code } { $period }
entry-value-revision-col = Révision
entry-value-this-one = { $revision } (celle-ci)
entry-value-steps-region = Étapes suivies par la valeur
entry-value-steps-caption = Chaque étape : qui, quand, et la note
entry-value-when = Quand (UTC)
entry-value-who = Qui
entry-value-step = Étape
entry-value-note = Note ou motif
entry-value-back = Retour à la grille de saisie
entry-correction-saved = Correction de { $code } enregistrée comme révision { $revision } (brouillon)
entry-correction-submitted = Correction de { $code } (révision { $revision }) soumise pour approbation
entry-step-entered = saisie
entry-step-edited = modifiée
entry-step-submitted = soumise
entry-step-returned = renvoyée
entry-step-approved = approuvée
entry-step-revised = révisée
entry-step-superseded = remplacée
entry-step-deleted = supprimée

## Approval queue

approvals-title = Approbations
approvals-heading = File d'approbation
approvals-filters = Filtrer la file d'approbation
approvals-every-year = toutes les années
approvals-unit = Unité
approvals-every-unit = toutes les unités
approvals-search = Rechercher un indicateur
approvals-filter = Filtrer
approvals-elsewhere = En attente aussi dans d'autres plans ou années :
approvals-scope-year = { $plan } { $year }
approvals-scope-every = { $plan }, toutes années confondues
approvals-scope-unit = { $scope }, unité { $unit }
approvals-none-waiting = Aucune valeur de { $scope } n'attend d'approbation.
approvals-none-waiting-from = Aucune valeur de { $scope } n'attend d'approbation de la part de { $unit }.
approvals-none-matching = Aucune valeur de { $scope } correspondant à « { $q } » n'attend d'approbation.
approvals-none-matching-from = Aucune valeur de { $scope } correspondant à « { $q } » n'attend d'approbation de la part de { $unit }.
approvals-region = Valeurs soumises avec leur contexte
approvals-caption = { $count ->
    [one] { $count } valeur soumise de { $scope }
   *[other] { $count } valeurs soumises de { $scope }
}
pager-page = page { $page } sur { $pages }
approvals-col-select = Sélection
approvals-col-change = Variation par rapport à l'an dernier
approvals-col-expected = Attendu et cible
approvals-col-status = État qui en résulterait
approvals-col-entered = Saisie et soumission
approvals-col-return = Renvoyer avec une note
approvals-select = Sélectionner { $what }
approvals-own = votre propre saisie : un autre administrateur décide
approvals-none = aucune
approvals-last-year = l'an dernier { $previous }
approvals-replaces = la révision { $revision } remplace la valeur approuvée { $value } (révision { $approved }), qui compte jusque-là
approvals-expected = attendu { $value }
approvals-target = cible { $value }
approvals-target-by = { $value } d'ici { $year }
approvals-now = actuellement : { $status }
approvals-breakdown-no-status = une ventilation : pas d'état propre
approvals-entered = saisie
approvals-submitted = soumise
approvals-note-for = Note pour renvoyer { $code } { $period }
approvals-return = Renvoyer
approvals-approve-selected = Approuver la sélection
approvals-return-selected = Renvoyer la sélection, chacune avec sa note
approvals-pages = Pages de la file d'approbation
approvals-filter-not-applied = Le filtre n'a pas été appliqué.
approvals-approved = { $count ->
    [one] { $count } valeur approuvée : { $values }
   *[other] { $count } valeurs approuvées : { $values }
}
approvals-returned = { $count ->
    [one] { $count } valeur renvoyée : { $values }
   *[other] { $count } valeurs renvoyées : { $values }
}
approvals-select-one = Sélectionnez au moins une valeur.
approvals-nothing-changed = Rien n'a été modifié.
approvals-nothing-changed-because = Rien n'a été modifié :

## Collection calendar and completeness board (the dashboard's words Unit, Opens, Due, Complete, Overdue are shared)

collect-title = Collecte { $year }
collect-heading = Collecte de { $year } — { $plan }
collect-completeness = Complétude
collect-explained = Un indicateur est compté là où se trouve sa valeur la plus avancée de { $year } (une valeur approuvée en cours de correction reste approuvée). Complet signifie soumis ou approuvé. En retard : indicateurs toujours sans valeur soumise après la date limite (apprécié au { $today }).
collect-region = Complétude par unité, { $year }
collect-caption = Indicateurs attendus de chaque unité pour { $year }, selon l'état de leurs valeurs
collect-expected = Attendus
collect-no-value = Sans valeur
collect-draft = Brouillon
collect-returned = Renvoyés
collect-submitted = Soumis
collect-approved = Approuvés
collect-all-units = Toutes les unités
collect-own-dates = dates propres
collect-none-expected = Aucun indicateur de { $plan } n'est attendu de votre unité.
collect-calendar = Calendrier
collect-every-unit = Dates pour toutes les unités
collect-opens-on = La collecte ouvre le
collect-due-on = Les valeurs sont dues le
collect-save-dates = Enregistrer les dates de { $year }
collect-own-h = Unités ayant leurs propres dates
collect-own-explained = Une unité dotée de ses propres dates les suit au lieu des dates ci-dessus ; effacez-les pour qu'elle suive à nouveau les dates ci-dessus.
collect-units-caption = Dates de collecte de chaque unité pour { $year }
collect-dates = Dates
collect-save-unit = Enregistrer { $unit }
collect-clear-unit = Effacer { $unit }
collect-dates-are = La collecte de { $year } ouvre le { $opens } et les valeurs sont dues le { $due }.
collect-dates-are-unit = La collecte de { $year } ouvre le { $opens } et les valeurs sont dues le { $due } ; les dates de votre unité figurent dans le tableau ci-dessus.
collect-dates-unset = Le Bureau du Secrétaire général n'a pas encore fixé les dates de collecte de { $year }.
collect-dates-set = La collecte de { $year } ouvre le { $opens } et les valeurs sont dues le { $due } pour toutes les unités sans dates propres.
collect-unit-dates-set = La collecte de { $year } ouvre le { $opens } et les valeurs sont dues le { $due } pour { $unit }.
collect-unit-cleared = { $unit } suit à nouveau les dates de collecte de toutes les unités.

## Reporting periods: year locks and lock exceptions

periods-title = Périodes de rapport
periods-heading = Périodes de rapport — { $plan }
periods-explained = Une année verrouillée n'accepte ni nouvelle valeur ni modification de valeur. Une exception de verrouillage permet à une unité administrative de modifier ses valeurs d'une année verrouillée jusqu'à un moment donné (UTC) ; lorsqu'elle prend fin ou est révoquée, le verrouillage s'applique de nouveau à cette unité.
periods-years = Années
periods-years-region = Années de { $plan } et leurs verrouillages
periods-years-caption = Années de { $plan }
periods-locked-on = Verrouillée le
periods-by = Par
periods-locked = verrouillée
periods-open = ouverte
periods-exceptions = Exceptions de verrouillage
periods-no-exception = Aucune exception n'a été accordée dans { $plan }.
periods-exceptions-region = Exceptions de verrouillage de { $plan }
periods-exceptions-caption = Exceptions de verrouillage de { $plan }, de la plus ancienne à la plus récente
periods-until = Jusqu'au (UTC)
periods-granted-col = Accordée
periods-revoked-col = Révoquée
exception-active = active
exception-ended = terminée
exception-revoked = révoquée
periods-unrecorded-user = un utilisateur non enregistré
periods-granted-by = { $at } par { $who }
periods-revoked-by = { $at } par { $who } : { $note }
periods-lock-h = Verrouiller ou déverrouiller une année
periods-lock-explained = Indiquez le motif : la note apparaît dans chaque refus tant que l'année est verrouillée et est conservée dans le journal d'audit.
periods-why-lock = Motif du verrouillage de { $year }
periods-why-unlock = Motif du déverrouillage de { $year }
periods-lock = Verrouiller { $year }
periods-unlock = Déverrouiller { $year }
periods-grant-h = Accorder une exception de verrouillage
periods-year-locked = { $year } (verrouillée)
periods-until-hint = Une date et une heure à venir, par exemple 2029-04-01T00:00 (UTC) ou avec un décalage, par exemple 2029-04-01T02:00+02:00.
periods-grant = Accorder l'exception
periods-revoke-h = Révoquer une exception
periods-revoke-which = { $unit } en { $year }, jusqu'au { $until }
periods-why-revoke = Motif de la révocation
periods-revoke = Révoquer l'exception de { $unit }
periods-not-locked = L'année n'a pas été verrouillée
periods-not-unlocked = L'année n'a pas été déverrouillée
periods-not-granted = L'exception n'a pas été accordée
periods-not-revoked = L'exception n'a pas été révoquée
periods-locked-done = Période de rapport { $year } de { $plan } verrouillée
periods-unlocked-done = Période de rapport { $year } de { $plan } déverrouillée
periods-granted = { $unit } peut modifier les valeurs de { $year } de { $plan } jusqu'au { $until }
periods-revoked = Exception de { $unit } pour { $year } de { $plan } révoquée

## Notices

notices-title = Avis
notices-show-all = Afficher tous les avis
notices-show-unread = Afficher seulement les avis non lus
notices-none = Vous n'avez aucun avis.
notices-none-unread = Vous n'avez aucun avis non lu.
notices-mark-all = Tout marquer comme lu
notices-list = { $count ->
    [one] { $count } avis, du plus récent au plus ancien
   *[other] { $count } avis, du plus récent au plus ancien
}
notices-count = { $count ->
    [one] { $count } avis
   *[other] { $count } avis
}
notices-new = nouveau
notices-open = Ouvrir
notices-mark-read = Marquer comme lu
notices-pages = Pages de vos avis
notices-marked-one = Avis marqué comme lu
notices-marked = { $count ->
    [one] { $count } avis marqué comme lu
   *[other] { $count } avis marqués comme lus
}
notice-submitted = soumise
notice-returned = renvoyée
notice-approved = approuvée
notice-overdue = en retard
notice-assigned = attribuée

## Framework text in other languages: the "in English" mark and the office's form (/translations/…)

translation-in-english = en anglais
translation-title = Traductions de { $what }
translation-intro = Le texte du cadre dans les autres langues officielles. L'anglais est le texte propre de l'élément ; un texte laissé vide est affiché en anglais, avec la mention « en anglais ».
translation-english = Anglais (texte propre de l'élément)
translation-name = Nom
translation-definition = Définition ou description
translation-provenance = Provenance
translation-source = Source du texte
translation-save = Enregistrer les traductions
translation-saved = Les traductions ont été enregistrées.
translation-edit = Modifier les traductions
