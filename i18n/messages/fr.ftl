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

## Why an indicator has no data: the status rule's reasons (area `nodata`; `status::Assessment::reason_in`)

nodata-no-baseline = pas de valeur de référence
nodata-no-target = pas de cible
nodata-no-value = aucune valeur approuvée pour { $year }
nodata-too-old = la dernière valeur approuvée date de { $from }, au-delà de l'ancienneté maximale admise par le plan ({ $years ->
    [one] { $years } an
   *[other] { $years } ans
})
nodata-bad-quarter = le trimestre { $quarter } de { $year } n'est pas compris entre 1 et 4
nodata-no-ratio-parts = la valeur du T{ $quarter } { $year } n'a ni numérateur ni dénominateur, dont un indicateur de ratio a besoin
nodata-zero-denominators = les dénominateurs de { $year } font 0 au total : le ratio n'a pas de valeur

nodata-few-points = moins de { $min } points (aucune valeur annuelle approuvée après l'année de référence { $year })
nodata-too-large = les valeurs sont trop grandes pour être projetées exactement

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

## Questions from Council: the list, one thread, the ask form, the panel of an indicator's or a run's page

questions-title = Questions du Conseil
questions-intro = Questions posées par les membres du Conseil sur { $plan } : sur un indicateur, un résultat ou une section d'un rapport publié. Le Bureau du Secrétaire général répond, ou confie la question à l'unité qui répond. Chaque fil figure dans l'annexe du prochain rapport figé.
questions-status = Statut
questions-any = tous
questions-run = Exécution du rapport
questions-indicator = Indicateur
questions-filter = Filtrer
questions-none-match = Aucune question ne correspond.
questions-list = Questions, la dernière modification en premier
questions-col-question = Question
questions-col-about = Objet
questions-col-run = Exécution
questions-col-asked-by = Posée par
questions-col-asked-on = Posée le
questions-col-replies = Réponses
questions-about-section = Section : { $section }
questions-about-indicator = Indicateur { $code }
questions-about-node = Résultat { $code }
questions-back-to-list = Questions du Conseil
questions-thread = Question { $id }
questions-about = Objet
questions-of-run = exécution du rapport
questions-answered-by = Réponse par
questions-answered-by-unit = les planificateurs de { $unit } et le Bureau du Secrétaire général
questions-answered-by-office = le Bureau du Secrétaire général
questions-messages = Messages
questions-reply-h = Répondre
questions-reply-not-added = Votre réponse n'a pas été ajoutée.
questions-reply-problem = La réponse :
questions-changed-meanwhile = Quelqu'un a modifié cette question entre-temps. Elle est affichée ci-dessous telle qu'elle est maintenant, avec votre réponse conservée : lisez-la et envoyez de nouveau votre réponse.
questions-your-reply = Votre réponse
questions-send-reply = Envoyer la réponse
questions-who-answers = Qui répond
questions-unit-replies = Unité dont les planificateurs répondent
questions-office-answers = aucune : le Bureau répond
questions-assign = Confier
questions-reopen = Rouvrir la question
questions-mark-answered = Marquer comme répondue
questions-ask-h = Poser une question
questions-back = Retour à la page d'où vous posiez la question
questions-title-field = Titre
questions-your-question = Votre question
questions-ask = Poser la question
questions-not-sent = Votre question n'a pas été envoyée :
questions-none-here = Aucune question n'a encore été posée ici.
questions-asked = posée le { $day }
questions-replies = { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
}
questions-section = Section du rapport
questions-sent = Votre question { $id } a été envoyée au Bureau du Secrétaire général.
questions-reply-added = Votre réponse a été ajoutée.
questions-assigned = La question { $id } a été confiée à { $unit }.
questions-to-office = La question { $id } reçoit la réponse du Bureau.
questions-now-open = La question { $id } est de nouveau ouverte.
questions-now-answered = La question { $id } est marquée comme répondue.
qstatus-open = ouverte
qstatus-answered = répondue
qsection-report = Le rapport dans son ensemble
qsection-summary = Résumé analytique
qsection-moves = Indicateurs dont le statut a changé
qsection-goals = Buts stratégiques
qsection-priorities = Priorités thématiques et catalyseurs
qsection-finance = Finances
qsection-operations = Exécution opérationnelle
qsection-risks = Risques
qsection-breakdowns = Ventilations par sexe et par région
qsection-data-quality = Qualité des données
qsection-annex = Annexe : règle de statut et seuils
qsection-sheets = Annexe : fiches de référence des indicateurs

## Year against year (the comparison page)

yoy-title = Comparer { $a } et { $b }
yoy-heading = Année contre année
yoy-filters = Années et filtres
yoy-year-a = Année A
yoy-year-b = Année B
yoy-goal = But
yoy-all = tous
yoy-priority = Priorité ou catalyseur
yoy-unit = Unité
yoy-move = Évolution du statut
yoy-any = toute
yoy-submit = Comparer
yoy-moves-h = Évolution des statuts de { $a } à { $b }
yoy-moves-note = Les statuts sont ordonnés ainsi : en retard, à risque, en bonne voie, atteint. Un passage vers le haut de cet ordre est une amélioration, vers le bas une détérioration. Un indicateur sans données pour l'une des années est nouvellement évalué ou n'est plus évalué.
yoy-indicators-h = Indicateurs
yoy-region = Indicateurs en { $a } et en { $b }
yoy-caption = Indicateurs en { $a } et en { $b } : { $count } avec ces filtres
yoy-col-indicator = Indicateur
yoy-col-actual = Réalisé { $year }
yoy-col-change = Variation
yoy-col-progress = Progression { $year }
yoy-col-status = Statut { $year }
yoy-col-move = Évolution
yoy-none = Aucun indicateur avec ces filtres.
yoy-nodes-scoped = Nœuds de résultat concernés
yoy-nodes-top = Buts, priorités thématiques et catalyseurs
yoy-nodes-region = Agrégats en { $a } et en { $b }
yoy-nodes-caption = Progression moyenne des indicateurs de chaque nœud (chacune ramenée entre 0 et 100 %) en { $a } et en { $b }
yoy-col-node = Nœud
yoy-col-level = Niveau
yoy-col-mean = Progression moyenne { $year }
move-improved = Amélioré
move-worsened = Détérioré
move-unchanged = Inchangé
move-newly_rated = Nouvellement évalué
move-no_longer_rated = N'est plus évalué

## Plan cycle: a plan beside its predecessor

plancycle-title = { $plan } à côté de son prédécesseur
plancycle-heading = Cycle du plan — { $plan } ({ $period })
plancycle-heading-beside = Cycle du plan — { $plan } ({ $period }) à côté de { $predecessor } ({ $predecessor_period })
plancycle-intro = Établi à partir des liens de prédécesseur des indicateurs de { $plan }.
plancycle-def-carried_over = la même mesure, une seule série sur les deux périodes.
plancycle-def-redefined = une autre mesure de la même intention, ses valeurs forment une série distincte.
plancycle-def-new = aucun prédécesseur (ou un prédécesseur cité pour référence seulement).
plancycle-def-dropped = un indicateur de { $predecessor } qu'aucun indicateur de { $plan } ne reprend ni ne redéfinit.
plancycle-filters = Filtres
plancycle-class = Catégorie
plancycle-all = toutes
plancycle-goal = But, priorité ou catalyseur
plancycle-show = Afficher
plancycle-classes-h = Indicateurs par catégorie
plancycle-indicators-h = Indicateurs
plancycle-region = Indicateurs des deux plans
plancycle-caption = Indicateurs de { $plan } et leurs prédécesseurs : { $count } avec ces filtres
plancycle-col-in = Dans { $plan }
plancycle-col-unit = Unité de mesure
plancycle-col-predecessor = Prédécesseur
plancycle-col-changed = Ce qui a changé
plancycle-for-reference = cité pour référence
plancycle-nothing = rien
plancycle-none = Aucun indicateur avec ces filtres.
plancycle-nodes-h = Nœuds de résultat
plancycle-nodes-note = Les nœuds de résultat n'ont pas de lien de prédécesseur : ils sont rapprochés par leur code, de sorte qu'un nœud dont le code figure dans les deux plans est présenté une fois avec ses deux noms.
plancycle-nodes-region = Nœuds de résultat des deux plans
plancycle-nodes-caption = Nœuds de résultat de { $plan } et de { $predecessor }, rapprochés par leur code
plancycle-col-node = Nœud
plancycle-col-level = Niveau
plancycle-col-name-in = Nom dans { $plan }
plancycle-definition-reworded = définition reformulée
plancycle-dropped-goal = { $code } — { $name } (abandonné)
class-carried_over = Reconduit
class-redefined = Redéfini
class-new = Nouveau
class-dropped = Abandonné
nodeclass-in_both = Dans les deux plans
nodeclass-new = Nouveau
nodeclass-dropped = Abandonné

## Users, API tokens and the audit log

users-title = Utilisateurs
users-heading = Utilisateurs et jetons d'API
users-one-time = Mot de passe à usage unique pour
users-one-time-note = affiché une seule fois ; l'utilisateur doit le changer à la première connexion.
users-new-token = Nouveau jeton (affiché une seule fois) :
users-find-label = Rechercher des utilisateurs
users-contains = Courriel ou nom contenant
users-role = Rôle
users-any = tous
users-find = Rechercher
users-caption = Utilisateurs — { $count } au total
users-email = Courriel
users-name = Nom
users-unit = Unité
users-active = Actif
users-actions = Actions
users-yes = oui
users-no = non
users-disable = Désactiver
users-enable = Activer
users-reset = Réinitialiser le mot de passe
users-add-h = Ajouter un utilisateur
users-display-name = Nom affiché
users-role-planner = planificateur (Bureau / Secrétariat)
users-role-reviewer = examinateur (membre du Conseil)
users-role-admin = administrateur (Bureau du Secrétaire général)
users-org-unit = Unité organisationnelle (planificateurs)
users-none = aucune
users-add = Ajouter l'utilisateur
users-tokens-h = Vos jetons d'API
users-tokens-caption = Jetons pour les scripts (envoyés comme Authorization: Bearer)
users-starts = Commence par
users-created = Créé
users-expires = Expire
users-revoked = Révoqué
users-never = jamais
users-revoke = Révoquer
users-token-name = Nom du jeton
users-token-days = Expire dans (jours ; vide : jamais)
users-token-create = Créer le jeton
users-created-user = { $email } a été créé
users-enabled = Utilisateur activé.
users-disabled = Utilisateur désactivé.
users-token-revoked = Jeton révoqué.
audit-title = Journal d'audit
audit-filters = Filtrer le journal d'audit
audit-user = Utilisateur (courriel)
audit-type = Type d'enregistrement
audit-any = tous
audit-id = Identifiant ou code de l'enregistrement
audit-from = Du (date)
audit-to = Au (date, incluse)
audit-filter = Filtrer
audit-entries = Entrées du journal
audit-caption = { $count ->
    [one] { $count } entrée
   *[other] { $count } entrées
}, les plus récentes d'abord — page { $page } sur { $pages }
audit-when = Quand (UTC)
audit-who = Qui
audit-action = Action
audit-record = Enregistrement
audit-reason = Motif
audit-change = Modification
audit-before-after = avant et après
audit-before = Avant
audit-after = Après
audit-created = créé
audit-deleted = supprimé

## Risk register and one risk

risks-title = Risques
risks-heading = Registre des risques — { $plan }
risks-intro = Note = probabilité × impact, chacun de 1 à 5 ; les risques les plus graves viennent en premier. Niveaux : faible (1-4), moyen (5-9), élevé (10-14), critique (15-25). Un risque non clos est en retard d'examen lorsque son dernier examen date de plus de { $days } jours (six mois).
risks-filters = Filtrer les risques
risks-status = Statut
risks-any = tous
risks-category = Catégorie
risks-owner = Responsable
risks-threatens-node = Menace (nœud)
risks-filter = Filtrer
risks-matrix-h = Probabilité × impact
risks-matrix-note = Combien des { $count } risques sélectionnés par les filtres se trouvent dans chaque case ; chaque case nomme son niveau, de sorte que la matrice se lit sans couleur.
risks-overdue-count = En retard d'examen ({ $count }) :
risks-matrix-label = Matrice des risques
risks-matrix-caption = Nombre de risques par probabilité (lignes) et impact (colonnes)
risks-likelihood-impact = Probabilité \ impact
risks-bands-caption = Risques par niveau
risks-band = Niveau
risks-scores = Notes
risks-caption = Risques de { $plan }, par note — { $count } au total
risks-col-risk = Risque
risks-likelihood = Probabilité
risks-impact = Impact
risks-score = Note
risks-threatens = Menace
risks-reviewed = Examiné le
risks-mitigation = Atténuation
risks-update-link = mettre à jour
risks-review-overdue = examen en retard
risks-none = Aucun risque de { $plan } ne correspond.
risks-add-h = Ajouter un risque
risks-code = Code
risks-title-field = Titre
risks-description = Description
risks-likelihood-field = Probabilité (de 1 à 5)
risks-impact-field = Impact (de 1 à 5)
risks-nodes-field = Menace (codes de nœud, séparés par des virgules)
risks-add = Ajouter le risque
risks-update-h = Mettre à jour les risques de votre unité
risks-update-note = Vous pouvez modifier le statut, l'atténuation et la date du dernier examen. Si quelqu'un d'autre a modifié le risque depuis l'affichage de cette page, rien n'est enregistré et vous en êtes informé.
risks-score-of = note { $score }
risks-reviewed-on = Examiné le
risks-save = Enregistrer { $code }
risks-risk = Risque { $code }
risks-back = Registre des risques de { $plan }
risks-product = probabilité { $likelihood } × impact { $impact }
risks-last-reviewed = Dernier examen
risks-overdue-days = il y a plus de { $days } jours
risks-no-node = aucun nœud de résultat
risks-close = Clore { $code }
risks-links-h = Nœuds de résultat qu'il menace
risks-unlink = Supprimer le lien vers { $node }
risks-link-node = Lier au nœud
risks-link = Lier
risks-edit-h = Modifier { $code }
risks-edit-note = Si quelqu'un d'autre a modifié le risque depuis l'affichage de cette page, rien n'est enregistré et vous en êtes informé.
risks-follow = Assurez le suivi du risque (statut, atténuation, date d'examen) dans
risks-follow-link = les formulaires de mise à jour de votre unité.
risks-updated = Le risque { $code } a été mis à jour.
risks-added = Le risque { $code } a été ajouté (note { $score }).
risks-updated-score = Le risque { $code } a été mis à jour (note { $score }).
risks-closed = Le risque { $code } a été clos.
risks-linked = Le risque { $code } est maintenant lié à { $node }.
risks-unlinked = Le risque { $code } n'est plus lié à { $node }.
riskstatus-open = ouvert
riskstatus-mitigating = en atténuation
riskstatus-closed = clos
riskcat-strategic = stratégique
riskcat-financial = financier
riskcat-operational = opérationnel
riskcat-reputational = réputationnel
riskcat-compliance = conformité
riskcat-security = sécurité
band-low = faible
band-medium = moyen
band-high = élevé
band-critical = critique

## Operational plans and their items

ops-title = Opérations { $year }
ops-heading = Plans opérationnels, { $year }
ops-intro = Budgets en milliers de CHF. Le taux d'exécution d'une activité est livré ÷ prévu ; celui d'une unité est la moyenne de ses activités, chacune plafonnée à 100 %, sans les activités annulées ni celles sans rien de prévu.
ops-per-unit = Exécution par unité
ops-per-unit-caption = Exécution par unité, plans opérationnels commençant en { $year }
ops-unit = Unité
ops-plan = Plan opérationnel
ops-status = Statut
ops-budget = Budget
ops-items = Activités
ops-counted = Prises en compte
ops-in-full = Entièrement livrées
ops-cancelled = Annulées
ops-rate = Taux d'exécution
ops-no-plan = Aucun plan opérationnel de { $plan } ne commence en { $year }.
ops-filters = Filtrer les activités
ops-any = toutes
ops-output-code = Produit (code)
ops-filter = Filtrer
ops-items-caption = Activités des plans opérationnels commençant en { $year } — { $count } au total
ops-item = Activité
ops-output = Produit
ops-run-by = Menée par
ops-planned = Prévu
ops-delivered = Livré
ops-update = Mettre à jour l'exécution
ops-delivered-of = Quantité livrée de { $code } ({ $measure })
ops-status-of = Statut de { $code }
ops-save = Enregistrer
ops-none = Aucune activité ne correspond.
ops-updated = L'activité { $code } a été mise à jour.
opplan-draft = projet
opplan-approved = approuvé
itemstatus-planned = prévue
itemstatus-in_progress = en cours
itemstatus-delivered = livrée
itemstatus-delayed = retardée
itemstatus-cancelled = annulée

## Framework revisions

fwrev-title = Révisions du cadre
fwrev-heading = Révisions du cadre — { $plan }
fwrev-intro = Chaque modification d'une valeur de référence, d'une cible, d'un jalon, d'une unité ou d'une direction apportée après l'existence de valeurs, avec la décision qui la fonde. Une révision compte à partir du jour où elle a été décidée : une année est évaluée, et rapportée, selon le cadre en vigueur à son 31 décembre.
fwrev-as-adopted-link = Le cadre tel qu'adopté.
fwrev-filters = Filtrer les révisions
fwrev-indicator-code = Code de l'indicateur
fwrev-field = Champ
fwrev-reason = Motif
fwrev-any = tous
fwrev-filter = Filtrer
fwrev-list = Révisions
fwrev-caption = Révisions de { $plan }, la décision la plus récente d'abord — { $count } au total
fwrev-indicator = Indicateur
fwrev-before = Avant
fwrev-after = Après
fwrev-adopted = Tel qu'adopté
fwrev-decided = Décidé le
fwrev-by = Par
fwrev-reference = Référence
fwrev-justification = Justification
fwrev-none = Aucune révision de { $plan } ne correspond.
reason-methodology = méthodologie
reason-data_availability = disponibilité des données
reason-mandate_change = changement de mandat
reason-error_correction = correction d'erreur
reason-external_shock = choc externe
reason-other = autre

## Reports to Council and one report run

reports-title = Rapports
reports-heading = Rapports au Conseil
reports-intro = Une exécution figée conserve les données à partir desquelles elle a été établie et l'empreinte de chaque fichier, de sorte que le rapport envoyé au Conseil peut être reconstruit à l'octet près.
reports-reviewers-see = Les examinateurs du Conseil voient une exécution une fois qu'elle est publiée.
reports-for = Rapport pour { $plan }, { $year }
reports-preview = Télécharger un aperçu (zip, non figé)
reports-published-only = Les membres du Conseil ne voient que les rapports publiés : le rapport pour { $year } figure ci-dessous dès que le Bureau du Secrétaire général le publie.
reports-iati = Résultats au format IATI 2.03 (XML, valeurs approuvées uniquement) :
reports-iati-year = Fichier IATI pour { $year }
reports-iati-all = Fichier IATI pour toutes les années de { $plan }
reports-plan = Plan
reports-year = Année
reports-symbol = Cote du document du Conseil (facultatif)
reports-symbol-hint = Figure sur la couverture de report.pdf ; laissée vide, la couverture indique qu'aucune n'a encore été donnée.
reports-session = Session du Conseil (facultatif)
reports-freeze = Figer une exécution
reports-assessment-h = Évaluation quadriennale de { $plan }
reports-assessment-intro = Le rapport de fin de période pour la Conférence de plénipotentiaires : toutes les années du plan côte à côte, la réalisation de chaque cible et de chaque but à la fin, le coût par but sur la période, les retraitements et la projection de ce qui reste ouvert. Il couvre le plan jusqu'à sa dernière année ayant une valeur approuvée et figure ci-dessous comme exécution de type « évaluation ».
reports-assessment-once-frozen = Il y figure une fois figé.
reports-freeze-assessment = Figer l'évaluation quadriennale
reports-runs = Exécutions
reports-published = Rapports publiés
reports-none = Aucune exécution de rapport pour l'instant.
reports-runs-caption = Exécutions de rapport, les plus récentes d'abord
reports-run = Exécution
reports-kind = Type
reports-status = Statut
reports-frozen = Figée
reports-published-col = Publiée
reports-snapshot = Instantané
reports-files = Fichiers
reports-kind-annual = rapport annuel
reports-kind-assessment = évaluation quadriennale
reports-up-to = jusqu'à { $year }
reports-publish = Publier
reports-all-files = { $count ->
    [one] Le fichier ({ $count })
   *[other] Les { $count } fichiers
}
reports-frozen-annual = L'exécution de rapport { $id } pour { $year } a été figée. Publiez-la pour la rendre visible au Conseil.
reports-frozen-assessment = L'exécution de l'évaluation quadriennale { $id } (années jusqu'à { $year }) a été figée. Publiez-la pour la rendre visible au Conseil.
reports-no-plan = Il n'existe pas de plan { $plan }.
reports-published-flash = L'exécution de rapport { $id } est publiée à l'intention du Conseil.
reports-csv-headings = Commencer chaque tableau CSV par une ligne avec le nom des colonnes dans la langue du rapport
reports-csv-headings-hint = Au-dessus des codes de colonne stables que tout fichier CSV conserve, pour les personnes qui ouvrent les tableaux dans un tableur ; un programme lit un tel fichier en sautant sa première ligne. Case non cochée, les fichiers CSV n'ont que les codes.
runstatus-frozen = figée
runstatus-published = publiée
run-title = Exécution de rapport { $id }
run-back = Rapports annuels au Conseil
run-heading = Exécution de rapport { $id } : { $plan }, { $year }
run-not-yet = pas encore
run-zip = { $count ->
    [one] le fichier ({ $count }, zip)
   *[other] les { $count } fichiers (zip)
}
run-ask-once-published = Les membres du Conseil peuvent poser des questions sur cette exécution une fois qu'elle est publiée.
run-restated-h = Retraitements depuis ce rapport
run-no-restatements = Aucun chiffre de cette exécution n'a changé depuis qu'elle a été figée le { $at } : aucune valeur de { $year } n'a été révisée ni approuvée tardivement, et aucune révision du cadre n'a été enregistrée.
run-restatements-intro = Ce qui a changé après que cette exécution a été figée le { $at } : valeurs de { $year } révisées depuis (le chiffre rapporté → le chiffre approuvé maintenant) ou approuvées tardivement, et révisions du cadre enregistrées depuis.
run-next-lists = Le rapport pour { $next } les présente dans sa section « Retraitements des chiffres rapportés l'an dernier ».
run-next-will-list = Une fois cette exécution publiée, le rapport pour { $next } les présentera dans sa section « Retraitements des chiffres rapportés l'an dernier ».
run-values-h = Valeurs de { $year }
run-values-caption = Valeurs de { $year } modifiées depuis le rapport
run-indicator = Indicateur
run-change = Changement
run-reported = Rapporté
run-now = Maintenant
run-quality = Qualité
run-who-when = Qui et quand
run-why = Pourquoi
run-headline = valeur principale
run-entered-by = saisi par
run-approved-by = approuvé par
run-revisions-h = Révisions du cadre
run-revisions-caption = Cibles, valeurs de référence et jalons révisés depuis le rapport
run-field = Champ
run-before = Avant
run-after = Après
run-decision = Décision
run-in-force = En vigueur pour { $year }
run-decided = décidé le { $day }
run-yes = oui
run-decided-after = non : décidé après { $year }
restate-late = valeur tardive
restate-revised = révisée

## One report run in several languages: the freeze form's languages and each language's files on the run's page
runlang-legend = Langues du rapport
runlang-hint = Chaque langue cochée est rédigée à partir des mêmes données figées. La première cochée se trouve à la racine de l'exécution, chacune des autres dans un dossier portant son code.
runlang-heading = Langues
runlang-root = à la racine de l'exécution
runlang-folder = dans le dossier { $folder }
runlang-zip = { $count ->
    [one] son fichier ({ $count }, zip)
   *[other] ses { $count } fichiers (zip)
}
runlang-tables = Tableaux (CSV)

## The run's page: whether its CSV tables start with a row of names (issue 17.4)

run-csv-headings = Tableaux CSV
run-csv-headings-yes = Chacun commence par une ligne avec le nom des colonnes dans la langue du rapport, au-dessus des codes de colonne
run-csv-headings-no = Codes de colonne seulement, sans ligne de noms dans la langue du rapport

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
# A notice's text, stored as a message and its arguments (names, codes and notes as they are)
notice-text-submitted = Valeur { $value } ({ $indicator }) de { $unit } soumise pour approbation par { $by }.
notice-text-returned = Valeur { $value } ({ $indicator }) renvoyée par { $by } : { $note }
notice-text-approved = Valeur { $value } ({ $indicator }) approuvée par { $by }.
notice-text-bulk = { $count ->
    [one] { $count } valeur de { $unit } soumise pour approbation par { $by }.
   *[other] { $count } valeurs de { $unit } soumises pour approbation par { $by }.
}
notice-text-bulk-import = { $count ->
    [one] { $count } valeur de { $unit } soumise pour approbation par un import.
   *[other] { $count } valeurs de { $unit } soumises pour approbation par un import.
}
notice-text-overdue = { $unit } est en retard pour { $plan } { $year } : échéance { $due }, { $missing ->
    [one] { $missing } indicateur sans valeur soumise.
   *[other] { $missing } indicateurs sans valeur soumise.
}
notice-text-assigned = La question { $id } du Conseil, « { $title } » (sur { $subject }), a été attribuée à { $unit } pour réponse par { $by }.

## Pages in the reader's language: the finance chart, period labels, the status rule's reasons (issue 17.1, 17.3)

fin-chart-title = Prévu et réel par unité et par nature
fin-chart-subtitle = Lignes affichées, en milliers de CHF ; taux d'exécution entre parenthèses.
fin-chart-axis = milliers de CHF
fin-chart-empty = Aucune ligne du plan financier ne correspond aux filtres.
fin-chart-no-actual = pas encore de réel
fin-chart-row = { $label } : prévu { $plan }, réel { $actual }
fin-chart-separator = {" ; "}
fin-chart-alt = Graphique à barres des montants prévus et réels par unité et par nature, en milliers de CHF. { $rows }.

quarter-of-year = T{ $n } { $year }

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
translation-cancel = Annuler

## The framework explorer (/framework) and its tree

fwk-title = Cadre { $year }
fwk-heading = Cadre de résultats
fwk-workbook-link = Tout le cadre en classeur ou en fichiers CSV
fwk-mandates-link = Mandats sur lesquels repose le plan
fwk-cycle-link = Ce plan à côté du précédent : indicateurs reconduits, redéfinis, nouveaux et abandonnés
fwk-edit-h = Modifier le cadre
fwk-add-node = Ajouter un nœud de résultat
fwk-add-indicator = Ajouter un indicateur
fwk-node = Nœud
fwk-edit-node = Modifier ou retirer ce nœud
fwk-filters = Filtrer le cadre
fwk-unit = Unité
fwk-all = toutes
fwk-status = Statut
fwk-search = Code ou nom de l'indicateur
fwk-filter = Filtrer
fwk-as-of-form = Afficher le cadre à une date
fwk-as-of = Cadre à la date du
fwk-as-of-placeholder = adopted ou AAAA-MM-JJ
fwk-show = Afficher
fwk-as-adopted = Tel qu'adopté
fwk-as-revised = Tel que révisé (aujourd'hui)
fwk-every-revision = Toutes les révisions
fwk-as-of-note-adopted = Les valeurs de référence et les cibles sont affichées telles qu'adoptées ; les statuts de { $year } sont évalués au regard du cadre en vigueur le 31 décembre { $year }.
fwk-as-of-note-day = Les valeurs de référence et les cibles sont affichées à la date du { $day } ; les statuts de { $year } sont évalués au regard du cadre en vigueur le 31 décembre { $year }.
fwk-nothing-revised = Rien n'a été révisé depuis.
fwk-changed-label = Modifié depuis
fwk-changed-since-adoption = Modifié depuis l'adoption
fwk-changed-since-day = Modifié depuis le { $day }
fwk-indicator = Indicateur
fwk-field = Champ
fwk-then = Alors
fwk-now = Aujourd'hui
fwk-decisions = Décisions
fwk-found-label = Indicateurs trouvés
fwk-found-caption = Indicateurs dont le code ou le nom contient « { $search } » — trouvés : { $count }
fwk-owner = Responsable
fwk-status-year = Statut { $year }
fwk-found-pages = Pages des indicateurs trouvés
fwk-found-page = Indicateurs : { $count } — page { $page } sur { $pages }
fwk-whole = afficher tout le cadre
fwk-prev = Page précédente
fwk-next = Page suivante
fwk-illustrative = illustratif
fwk-cost = coût { $amount } milliers CHF
fwk-open = Ouvrir { $code } :
fwk-indicators-on = Indicateurs de { $code }
fwk-baseline = Référence
fwk-expected = Attendu
fwk-actual = Réel
fwk-target = Cible
fwk-bar-part = { $status } : { $count }
fwk-list-separator = {" ; "}
fwk-no-indicator = aucun indicateur

## A result node's page (/framework/{code})

nodep-what = Niveau « { $level } » du plan { $plan }
nodep-under = sous
nodep-owner = relevant de { $unit }
nodep-in-tree = Le voir dans l'arborescence du cadre
nodep-links-h = Liens de contribution
nodep-contributes-to = { $code } contribue à :
nodep-contributing = Contribuent à { $code } :
nodep-weight = poids
nodep-no-weight = sans poids
nodep-cost-h = Coût en { $year }
nodep-cost = Coût de { $code } en { $year } :
nodep-chf-k = milliers de CHF
nodep-basis-allocations = D'après les allocations qui lui sont faites et aux nœuds placés sous lui.
nodep-basis-contributions = D'après les allocations qui lui sont portées par les liens de contribution × poids.
nodep-same-figure = Le même chiffre que la page des finances, l'API des coûts et le rapport annuel.
nodep-by-unit-label = Coût de { $code } par unité
nodep-by-unit-caption = Coût de { $code } en { $year } par unité organisationnelle dont le budget le finance
nodep-unit = Unité
nodep-cost-col = Coût
nodep-share = Part
nodep-allocations = Allocations de { $year }
nodep-outside = { $year } est hors de la période du plan { $plan } : choisissez l'une de ses années pour voir le coût.

## An indicator's page (/indicators/{code})

indp-in-year = en { $year }
indp-illustrative = chiffres illustratifs
indp-enter = Saisir ou corriger une valeur
indp-edit = Modifier cet indicateur, ses jalons et ses mandats
indp-as-of-note-adopted = La référence, la cible, l'unité, le sens et les jalons sont affichés tels qu'adoptés. { $year } est évalué au regard du cadre en vigueur le 31 décembre { $year }.
indp-as-of-note-day = La référence, la cible, l'unité, le sens et les jalons sont affichés à la date du { $day }. { $year } est évalué au regard du cadre en vigueur le 31 décembre { $year }.
indp-definition-h = Définition
indp-metadata = Métadonnées
indp-node = Nœud de résultat
indp-owner = Responsable
indp-definition = Définition
indp-unit = Unité
indp-direction = Sens
indp-aggregation = Agrégation dans le temps
indp-baseline = Référence
indp-end-target = Cible finale
indp-expected = Attendu dans l'année
indp-actual = Réel
indp-stale = ancien
indp-progress = Progression
indp-data-source = Source des données
indp-frequency = Fréquence
indp-sdg = Cibles des ODD
indp-wsis = Grandes orientations du SMSI
indp-provenance = Provenance
indp-trajectory-h = Trajectoire
indp-likely = Projection : la cible sera probablement atteinte.
indp-unlikely = Projection : la cible ne sera probablement pas atteinte.
indp-too-early = Projection : trop tôt pour le dire.
indp-projected = { $value } en { $year }, par une droite des moindres carrés passant par la référence et { $count ->
    [one] { $count } valeur annuelle approuvée
   *[other] { $count } valeurs annuelles approuvées
} (en tirets sur le graphique, à partir de { $from }).
indp-not-projected = Aucune valeur n'est projetée :
indp-path-caption = Référence, jalons, cible, trajectoire attendue et valeurs réelles approuvées
indp-year = Année
indp-reference = Référence
indp-kind = Nature
indp-approved-actual = Valeur réelle approuvée
indp-kind-baseline = référence
indp-kind-milestone = jalon
indp-kind-target = cible
indp-previous-h = Cycle de plan précédent
indp-carries-over = { $code } reconduit { $earlier } du plan { $plan } : ses valeurs approuvées prolongent cette série et sont tracées sur la même ligne.
indp-does-not-continue = { $code } ne prolonge pas { $earlier } du plan { $plan } : c'est une autre mesure, ses valeurs ne font donc pas partie de cette série et ne sont pas tracées sur le graphique.
indp-both-label = Valeurs approuvées de { $code } sur les deux périodes du plan
indp-both-caption = Valeurs approuvées de { $code } sur les deux périodes du plan : { $earlier_plan } (comme { $earlier }) et { $plan }, unité { $unit }
indp-plan-period = Période du plan
indp-approved-value = Valeur approuvée
indp-quality = Qualité
indp-no-approved = Aucune valeur approuvée dans l'une ou l'autre période pour l'instant.
indp-approved-of = Valeurs approuvées de { $code }
indp-separate-series = {", une série distincte"}
indp-earlier-caption = Valeurs approuvées de { $code } ({ $plan }, { $relation }, unité { $unit })
relation-carried_over = reconduit
relation-redefined = redéfini
relation-new = nouveau
indp-value = Valeur
indp-values-h = Valeurs
indp-values-caption = Toutes les valeurs de { $code } avec leur état
indp-approved-only = (valeurs approuvées seulement)
indp-period = Période
indp-breakdown = Ventilation
indp-state = État
indp-rev = Rév.
indp-narrative = Commentaire
indp-evidence = Justificatif
indp-review-note = Note d'examen :
indp-link = lien
indp-revisions-h = Révisions
indp-no-revision = Aucune révision depuis l'adoption.
indp-revision-counts = Une révision compte à partir du jour où elle a été décidée : { $year } est évalué au regard du cadre en vigueur le 31 décembre { $year }.
indp-show-adopted = L'afficher tel qu'adopté.
indp-adopted-revised = Tel qu'adopté et tel que révisé
indp-as-revised = Tel que révisé
indp-every-revision = Toutes les révisions de { $code } avec leur décision
indp-sheet-h = Fiche de référence
indp-no-sheet = Pas encore de fiche de référence.
indp-printable-sheet = Fiche de référence imprimable
indp-edit-sheet = Modifier la fiche de référence
indp-audit-h = Piste d'audit
indp-audit-caption = Modifications de cet indicateur et de ses valeurs
indp-when = Quand (UTC)
indp-who = Qui
indp-what = Quoi
indp-record = Enregistrement

## Reference sheets: the parts' headings

sheets-rationale = Justification
sheets-method = Méthode de calcul
sheets-disaggregation = Ventilation
sheets-limitations = Limites
sheets-quality-assurance = Assurance qualité
sheets-target-rationale = Justification de la cible

## Words of an indicator's definition: unit, direction, aggregation over time

iunit-percent = pourcentage
iunit-count = nombre
iunit-chf = CHF
iunit-ratio = ratio
iunit-yes_no = oui ou non
iunit-index = indice
direction-increase = hausse
direction-decrease = baisse
direction-maintain = maintien
aggregation-latest = dernière valeur
aggregation-sum = somme
aggregation-mean = moyenne
aggregation-ratio = ratio
state-superseded = remplacée
sheets-title = Fiche de référence de { $code }
sheets-kicker = Fiche de référence de l'indicateur · plan { $plan }
sheets-result = Résultat :
sheets-back = Retour à l'indicateur
sheets-print = Utilisez la commande d'impression du navigateur pour l'imprimer ou l'enregistrer en PDF.
sheets-indicator-h = L'indicateur
sheets-edit-title = Modifier la fiche de référence de { $code }
sheets-edit-heading = Fiche de référence de { $code }
sheets-edit-intro = Ces textes expliquent l'indicateur ; les modifier n'est pas une révision du cadre. Laissez une partie vide pour la supprimer. Ils sont rédigés en anglais.
sheets-save = Enregistrer la fiche de référence
sheets-cancel = Annuler
sheets-saved = Fiche de référence de { $code } enregistrée
sheets-not-saved = La fiche de référence n'a pas été enregistrée :

## The plans (/plans): adopt, close, clone

plans-title = Plans
plans-heading = Plans stratégiques
plans-intro = Un plan est rédigé, puis adopté, puis clos. L'adoption exige une cible finale et une valeur de référence pour chaque indicateur. La clôture verrouille toutes les années du plan, de sorte qu'aucune de ses valeurs ne change plus (une unité qui doit encore en corriger une a besoin d'une exception au verrouillage). « Cloner comme plan suivant » crée un projet pour la période suivante : nœuds, liens pondérés et indicateurs copiés, chaque indicateur reconduisant l'ancien, valeurs de référence proposées d'après les dernières valeurs approuvées, cibles et jalons laissés vides.
plans-caption = Tous les plans, du plus récent au plus ancien
plans-plan = Plan
plans-period = Période
plans-status = Statut
plans-resolution = Résolution
plans-follows = Fait suite à
plans-followed-by = Suivi de
plans-compare = Comparer les cadres
plans-steps-h = Adopter, clore ou cloner
plans-adopt = Adopter { $code }
plans-adopted-by = Adopté par (décision)
plans-close-label = Clore { $code }
plans-close-why = Pourquoi le clore (conservé dans le verrou de chaque année)
plans-close = Clore { $code } et verrouiller ses années
plans-clone-label = Cloner { $code } comme plan suivant
plans-clone = Cloner comme plan suivant ({ $years })
plans-followed = { $next } fait déjà suite à { $code }.
plans-adopted = Plan { $code } adopté.
plans-not-adopted = Le plan { $code } n'a pas été adopté
plans-closed = Plan { $code } clos : années verrouillées { $years }.
plans-closed-none = Plan { $code } clos : toutes les années étaient déjà verrouillées.
plans-not-closed = Le plan { $code } n'a pas été clos
plans-cloned = Projet de plan { $code } créé à partir de { $from } : nœuds { $nodes }, liens { $links }, indicateurs reconduits { $indicators }, valeurs de référence proposées d'après les valeurs approuvées { $baselines }.
plans-kept-baseline = { $count ->
    [one] { $count } indicateur sans valeur approuvée a gardé son ancienne référence.
   *[other] { $count } indicateurs sans valeur approuvée ont gardé leur ancienne référence.
}
plans-cloned-then = Fixez les cibles et les jalons avant de l'adopter.
plans-not-cloned = Le plan { $code } n'a pas été cloné
pstatus-draft = projet
pstatus-adopted = adopté
pstatus-closed = clos

## Finance (/finance): the financial plan, execution, bienniums, allocations and cost

fin-title = Finances { $year }
fin-heading = Finances
fin-intro = Montants en milliers de CHF. Taux d'exécution = réel ÷ prévu.
fin-plan-h = Plan financier et exécution
fin-flags-note = Les taux d'exécution supérieurs à 100 % et inférieurs à { $low } du prévu sont signalés en toutes lettres.
fin-allocations-link = L'allocation du budget de chaque unité aux résultats figure sur la page des allocations.
fin-record-note = Enregistrez ou corrigez le montant réel d'exécution de votre unité dans la dernière colonne ; si quelqu'un d'autre l'a modifié depuis l'affichage de cette page, rien n'est enregistré et vous en êtes informé.
fin-line-note = En tant que bureau, vous pouvez aussi modifier le montant prévu d'une ligne (chiffres avec un point, par exemple 1234.5).
fin-filters = Filtrer le plan financier
fin-biennium = Exercice biennal
fin-any = tous
fin-year = Année
fin-unit = Unité
fin-kind = Nature
fin-category = Catégorie
fin-filter = Filtrer
fin-subtotals-h = Sous-totaux par unité et nature
fin-chart-caption = Prévu et réel des lignes affichées ; les mêmes chiffres figurent dans le tableau ci-dessous.
fin-subtotals-caption = Prévu, réel et taux d'exécution par unité et nature des lignes affichées
fin-plan = Prévu
fin-actual = Réel
fin-rate = Taux d'exécution
fin-flag = Signal
fin-flag-above = plus de 100 %
fin-flag-low = moins de { $low }
fin-no-match = Aucune ligne ni aucun montant réel ne correspond aux filtres.
fin-lines-h = Lignes
fin-lines-note = Lignes affichées : { $count } (une ligne, son montant réel, ou les deux), un tableau par exercice biennal.
fin-biennium-label = Exercice biennal { $biennium }
fin-biennium-caption = Exercice biennal { $biennium } : prévu et réel par année, unité, nature et catégorie
fin-change-plan = Modifier le prévu
fin-record-actual = Enregistrer le réel
fin-change = Modifier
fin-update = Mettre à jour
fin-record = Enregistrer
fin-total = Total { $kind } { $biennium }
fin-no-line = Pas encore de ligne du plan financier pour { $plan }.
fin-balance-h = Totaux des exercices biennaux
fin-balance-label = Contrôles de chaque exercice biennal
fin-balance-caption = Les lignes de chaque exercice biennal comparées aux totaux adoptés pour celui-ci (Décision 5) et entre elles (écart = calculé − référence)
fin-check = Contrôle
fin-computed = Calculé
fin-against = Comparé à
fin-reference = Référence
fin-difference = Écart
fin-reconciled-col = Rapproché
fin-yes = oui
fin-no = non
fin-not-set = non fixé
fin-alloc-h = Allocations aux résultats, { $year }
fin-alloc-label = Allocations comparées aux budgets
fin-alloc-caption = Ce que chaque unité alloue aux produits, aux priorités thématiques et aux facteurs favorables en { $year } comparé à son budget de dépenses (écart = calculé − référence)
fin-no-budget = Aucun budget ni aucune allocation en { $year }.
fin-cost-h = Coût par but et par priorité thématique, { $year }
fin-cost-goal-label = Coût de chaque but
fin-cost-goal-caption = Coût de chaque but (par les liens de contribution) et des facteurs favorables, { $year }
fin-code = Code
fin-goal = But
fin-cost = Coût
fin-share = Part des allocations
fin-cost-tp-label = Coût de chaque priorité thématique
fin-cost-tp-caption = Coût de chaque priorité thématique, { $year }
fin-tp = Priorité thématique
fin-totals = Totaux
fin-totals-year = Totaux, { $year } :
fin-reconciled = rapprochés du plan financier
fin-not-reconciled = non rapprochés du plan financier
fin-total-goals = Buts
fin-total-priorities = Priorités thématiques
fin-total-enablers = Facteurs favorables
fin-total-unattributed = Non attribué à un but
fin-total-allocated = Toutes les allocations
fin-total-budget = Budget de dépenses
fin-total-difference = (Buts + facteurs favorables) − budget
fin-add-line-h = Ajouter une ligne au plan financier
fin-add-line = Ajouter la ligne
fin-add-actual-h = Enregistrer un montant réel
fin-add-actual = Enregistrer le montant réel
fin-add-line-note = Montant en milliers de CHF, chiffres avec un point (par exemple 1234.5). La catégorie doit appartenir à la nature ; une année, une unité, une nature et une catégorie ne peuvent avoir qu'une ligne.
fin-add-actual-note = Montant en milliers de CHF, chiffres avec un point (par exemple 1234.5). La catégorie doit appartenir à la nature ; une année, une unité, une nature et une catégorie ne peuvent avoir qu'un montant réel.
fin-amount = Montant, en milliers de CHF
fin-description = Description (facultative)
fkind-revenue = recettes
fkind-expense = dépenses
fcat-assessed_contributions = contributions mises en recouvrement
fcat-cost_recovery = recouvrement des coûts
fcat-interest_and_other = intérêts et divers
fcat-reserve_account = compte de réserve
fcat-staff = personnel
fcat-non_staff = hors personnel

## Allocations to results (/finance/allocations)

allocs-title = Allocations { $year }
allocs-heading = Allocations aux résultats
allocs-intro = Le budget de dépenses de chaque unité dans le plan financier, alloué à ses produits, aux priorités thématiques et aux facteurs favorables. Montants en milliers de CHF. Le coût de chaque nœud de résultat découle de ces allocations par les poids de contribution (voir la page d'un nœud).
allocs-back = Retour aux finances
allocs-outside = { $year } est hors de la période du plan { $plan } : choisissez l'une de ses années.
allocs-units-h = Budgets et allocations par unité, { $year }
allocs-units-label = Budget et allocations de chaque unité
allocs-units-caption = Budget de dépenses comparé aux allocations par unité, { $year }
allocs-budget = Budget
allocs-allocated = Alloué
allocs-remainder = Reste
allocs-shown-below = affiché ci-dessous
allocs-edit-note = Saisissez un montant par nœud (chiffres avec un point, par exemple 1234.5 ; laissez un champ vide pour supprimer cette allocation) et enregistrez : toutes les lignes sont enregistrées ou aucune. Un total supérieur au budget est refusé.
allocs-over = { $amount } au-delà du budget
allocs-nan = pas un nombre dans { $field }
allocs-of = Allocations de { $unit }
allocs-sheet-caption = Ce que { $unit } alloue à chaque produit, priorité thématique et facteur favorable en { $year }
allocs-level = Niveau
allocs-name = Nom
allocs-amount = Montant
allocs-amount-label = Montant que { $unit } alloue à { $node }, en milliers de CHF
allocs-save = Enregistrer les allocations de { $unit }
allocs-unchanged = Les allocations de { $unit } en { $year } étaient déjà telles qu'envoyées : rien n'a changé.
allocs-saved = Les allocations de { $unit } en { $year } ont été enregistrées (modifiées : { $count }).
allocs-not-saved = Les allocations de { $unit } en { $year } n'ont pas été enregistrées :

## Mandates behind the plan (/mandates)

mand-title = Mandats
mand-intro = Les résolutions, décisions, cibles des ODD et grandes orientations du SMSI sur lesquelles repose le plan, et les nœuds de résultat et indicateurs de { $plan } qui s'y réfèrent. Le bureau ajoute et retire les liens sur la page de modification d'un nœud ou d'un indicateur.
mand-filters = Filtrer les mandats
mand-kind = Nature
mand-search = Code ou titre
mand-label = Mandats et ce qui s'y réfère
mand-caption = Mandats et nœuds et indicateurs de { $plan } qui s'y réfèrent
mand-mandate = Mandat
mand-title-col = Titre
mand-nodes = Nœuds de résultat
mand-indicators = Indicateurs
mvocab-resolution = Résolution
mvocab-decision = Décision
mvocab-sdg = ODD
mvocab-wsis = SMSI

## The framework workbook (/framework/workbook)

fwbook-title = Classeur du cadre
fwbook-intro = Tout le cadre de { $plan } (nœuds, liens de contribution et poids, dimensions, indicateurs avec tous leurs champs, jalons, mandats et leurs liens, allocations budgétaires, risques, noms et définitions dans les autres langues), une feuille par table avec les colonnes des fichiers d'amorçage.
fwbook-download = Télécharger
fwbook-xlsx = Classeur (.xlsx), une feuille par table
fwbook-zip = Fichiers CSV (.zip) au format d'amorçage
fwbook-errors = Le classeur n'a pas été appliqué : problèmes : { $count }
fwbook-errors-note = Rien n'a été enregistré. Corrigez ces cellules et téléversez à nouveau le classeur.
fwbook-planned = Modifications prévues : { $count }
fwbook-nothing-yet = Rien n'est encore enregistré.
fwbook-needs-decision = Les modifications marquées « révision » changent la référence, la cible, un jalon, l'unité ou le sens d'un indicateur qui a des valeurs : ce sont des révisions du cadre, qui exigent la décision ci-dessous.
fwbook-planned-label = Modifications prévues
fwbook-caption = Modifications que le classeur apporte à { $plan }
fwbook-sheet = Feuille
fwbook-row = Ligne
fwbook-key = Clé
fwbook-column = Colonne
fwbook-workbook = Classeur
fwbook-revision = Révision
fwbook-removed = supprimé
fwbook-revision-mark = révision
fwbook-apply-h = Appliquer ces modifications
fwbook-upload-h = Téléverser un classeur modifié
fwbook-same = Le même classeur à nouveau
fwbook-file = Classeur (.xlsx)
fwbook-decision = La décision à l'origine des révisions
fwbook-decided-on = Décidé le (AAAA-MM-JJ)
fwbook-body = Organe de décision
fwbook-apply = Appliquer les modifications
fwbook-check = Vérifier le classeur
fwbook-unchanged = Le classeur ne change rien : rien n'a été enregistré
fwbook-applied = Modifications appliquées depuis le classeur : { $count }

## The office's forms of a node and an indicator (/framework/nodes/…, /indicators/…/edit)

nodeform-edit = Modifier le nœud { $code }
nodeform-new = Nouveau nœud de résultat
nodeform-back = Retour au cadre
nodeform-code-hint = Lettres, chiffres, « . », « - » et « _ », par exemple TP-R1.O1.P3 ; il ne peut plus changer ensuite.
nodeform-level-fixed = fixe : créez un nouveau nœud pour le changer
nodeform-name = Nom (en anglais)
nodeform-description = Description (en anglais)
nodeform-parent = Parent
nodeform-top = aucun (niveau supérieur)
nodeform-parent-hint = Une cible se place sous un but, un résultat sous une priorité thématique, un produit sous un résultat ou une priorité thématique, un facteur favorable au niveau supérieur ou sous un facteur favorable.
nodeform-owner = Unité organisationnelle responsable
nodeform-none = aucune
nodeform-kind = Type de produit (produits seulement)
nodeform-sort = Position parmi ses voisins
nodeform-links = Contribue à (buts et cibles)
nodeform-links-hint = Chaque ligne est un but ou une cible auquel ce nœud contribue, avec sa part (de 0 à 1). Les parts portent le coût du nœud vers les buts : ensemble, elles doivent faire exactement 1. Laissez une ligne vide pour la supprimer.
nodeform-link-to = But ou cible { $n }
nodeform-share = Part { $n }
nodeform-sum = La somme des parts est { $sum } ; elle doit être exactement 1.
nodeform-sum-one = La somme des parts est 1.
nodeform-sum-bad = Une part n'est pas un nombre d'au plus quatre décimales.
nodeform-save = Enregistrer le nœud
nodeform-add = Ajouter le nœud
nodeform-retire-h = Retirer { $code }
nodeform-retire-note = Le retrait supprime le nœud et ses liens du plan. Il est refusé tant que des indicateurs, des nœuds enfants, des allocations budgétaires, des éléments de plans opérationnels ou des risques en dépendent ; le refus les nomme.
nodeform-retire = Retirer le nœud { $code }
revfs-legend = La décision à l'origine de cette révision
revfs-note = Des valeurs existent, cette modification est donc une révision du cadre : la valeur adoptée reste lisible à côté de la valeur révisée.
revfs-reference = Référence de la décision
revfs-reference-hint = Par exemple Décision 620 du Conseil.
revfs-date = Date de la décision
mlinks-h = Mandats sur lesquels repose { $code }
mlinks-none = { $code } ne se réfère encore à aucun mandat.
mlinks-remove = Retirer { $kind } { $code }
mlinks-add = Ajouter un mandat
mlinks-add-link = Ajouter le lien
indform-edit = Modifier l'indicateur { $code }
indform-new = Nouvel indicateur
indform-back = Retour à { $code }
indform-has-values = Cet indicateur a des valeurs : une modification de sa référence, de sa cible, de ses jalons, de son unité ou de son sens est une révision du cadre et exige la décision qui la fonde.
indform-code-hint = Lettres, chiffres, « . », « - » et « _ » ; il ne peut plus changer ensuite.
indform-node = Nœud de résultat qu'il mesure
indform-aggregation = Agrégation sur une année
indform-aggregation-hint = Pourcentage et ratio : dernière valeur, moyenne ou ratio ; nombre et CHF : dernière valeur, somme ou moyenne ; indice : dernière valeur ou moyenne ; oui/non : dernière valeur.
indform-baseline-value = Valeur de référence
indform-baseline-year = Année de référence
indform-target-value = Cible de fin de plan
indform-target-year = Année cible
indform-milestones = Jalons annuels (laissez une année vide s'il n'y en a pas)
indform-milestone = Jalon { $year }
indform-node-owner = le responsable du nœud
indform-key = Indicateur clé de performance
indform-dims = Ventilé par
indform-tags-hint = Séparez les étiquettes par « ; » ou « , », par exemple 9.c; 17.8 ou C2, C5.
indform-pred = Prédécesseur dans un plan antérieur
indform-pred-code = Code de l'indicateur dans ce plan
indform-pred-relation = Relation
indform-save-decision = Enregistrer avec cette décision
indform-save = Enregistrer l'indicateur
indform-add = Ajouter l'indicateur
indform-milestones-h = Jalons
indform-milestones-note = Un formulaire par année du plan ; videz la valeur pour supprimer un jalon.
indform-save-milestone = Enregistrer le jalon { $year }
freq-annual = annuelle
freq-quarterly = trimestrielle
freq-biennial = biennale
freq-quadrennial = quadriennale

## Ce que le domaine dit d’un champ refusé (le lecteur de nombres)

num-empty = est vide : saisissez un nombre (des chiffres avec un point, par ex. 1234.5)
num-too-precise = `{ $typed }` a plus de { $places } décimales
num-too-large = `{ $typed }` est trop grand pour être enregistré exactement
num-unit = `{ $typed }` contient un signe d’unité ; les unités ne sont pas acceptées : saisissez le nombre seul ({ $number })
num-separator = `{ $typed }` contient une espace ou une apostrophe ; les séparateurs de milliers ne sont pas acceptés : écrivez { $instead }
num-separator-plain = `{ $typed }` contient une espace ou une apostrophe ; les séparateurs de milliers ne sont pas acceptés : écrivez des chiffres avec un point, par ex. 1234.5
num-comma = `{ $typed }` contient une virgule ; la virgule décimale n’est pas acceptée, ni les séparateurs de milliers : écrivez { $instead }
num-comma-plain = `{ $typed }` contient une virgule ; la virgule décimale n’est pas acceptée, ni les séparateurs de milliers : écrivez des chiffres avec un point, par ex. 1234.5
num-not-a-number = `{ $typed }` n’est pas un nombre (utilisez des chiffres avec un point, par ex. 1234.5)
said-required = est obligatoire
said-not-empty = ne doit pas être vide
said-not-negative = ne doit pas être négatif

## Encore ce que le domaine dit d’un champ refusé : codes, années d’un plan, valeurs d’une unité, étiquettes, niveaux, révisions, ce qu’une demande nomme, l’en-tête et les lignes d’une importation

said-code-length = doit compter de 1 à 40 caractères
said-code-character = `{ $character }` n’est pas admis : utilisez des lettres, des chiffres, `.`, `-` et `_`
said-year-outside-plan = { $year } est hors du plan { $plan } ({ $start }-{ $end })
said-baseline-year = { $year } ne peut pas être l’année de référence du plan { $plan } ({ $start }-{ $end })
said-year-too-far = { $year } est trop éloigné du plan { $plan } ({ $start }-{ $end })
said-percent-outside = { $value } est hors de 0..100 pour un pourcentage
said-count-negative = { $value } est négatif ; un nombre ne peut pas l’être
said-count-fraction = { $value } n’est pas un nombre entier ; un nombre doit l’être
said-yes-no = { $value } n’est ni 0 (non) ni 1 (oui)
said-value-negative = { $value } est négatif
said-not-a-tag = `{ $tag }` n’est pas une étiquette (vide, ou contient `;`)
said-not-a-level = `{ $level }` n’est pas un niveau de résultat
said-no-parent = aucun parent
said-either = { $first } ou { $second }
said-parent-level = un élément de niveau { $level } doit avoir pour parent { $allowed }, et non { $parent }
said-revision-nothing = rien dans cette demande ne change une valeur de référence, une cible, une étape, une unité ou un sens
said-revision-needed = des valeurs existent pour cet indicateur, donc changer { $fields } est une révision du cadre : donnez `revision` avec decided_on, deciding_body, reference, reason_category et justification
said-if-match = est obligatoire (ou envoyez If-Match)
said-if-match-totals = est obligatoire pour remplacer les totaux (ou envoyez If-Match)
said-own-account = vous ne pouvez pas désactiver votre propre compte
said-say-why = est obligatoire : dites pourquoi
said-plan-no-node = le plan { $plan } n’a pas d’élément `{ $code }`
said-no-unit-code = aucune unité n’a le code `{ $code }`
said-not-sortable = `{ $name }` n’est pas un champ de tri
said-no-user = aucun utilisateur { $id }
said-no-unit = il n’y a pas d’unité `{ $code }`
said-no-plan = il n’y a pas de plan `{ $code }`
said-type-a-value = est obligatoire pour soumettre : saisissez une valeur
said-select-one = sélectionnez au moins une valeur
said-import-more = { $count ->
    [one] et { $count } autre problème à partir de cette ligne, non listé : corrigez ceux ci-dessus et importez de nouveau
   *[other] et { $count } autres problèmes à partir de cette ligne, non listés : corrigez ceux ci-dessus et importez de nouveau
}
said-import-not-utf8 = le fichier n’est pas du texte UTF-8 (enregistrez-le en CSV UTF-8)
said-import-empty = le fichier est vide : la première ligne doit être l’en-tête
said-import-no-rows = le fichier a un en-tête mais aucune ligne avec une valeur (une ligne où aucune de { $cells } n’est remplie est ignorée)
said-import-line-not-utf8 = n’est pas du texte UTF-8 (enregistrez le fichier en CSV UTF-8)
said-import-cells = { $cells ->
    [one] a { $cells } cellule, l’en-tête en a { $width }
   *[other] a { $cells } cellules, l’en-tête en a { $width }
}
said-import-no-header = contient une valeur mais sa colonne n’a pas d’en-tête : nommez la colonne à la ligne 1 ou videz-la
said-header-twice = figure deux fois dans l’en-tête
said-header-missing = manque dans l’en-tête
said-header-no-plan = manque : ajoutez la colonne ou nommez un plan par défaut (?plan= ou --plan)
said-header-unknown = n’est pas une colonne que l’importation prend (colonnes : { $columns } ; ou une dimension : { $dimensions } ; ignorées : { $ignored })
said-not-found = { $what } : introuvable
said-what-plan = plan { $code }
said-what-indicator = indicateur { $code } du plan { $plan }
said-what-node = élément { $code } du plan { $plan }
said-what-risk = risque { $code } du plan { $plan }
said-what-user = utilisateur { $id }
said-what-run = édition de rapport { $id }
said-what-question = question { $id }
said-aggregation-unsuited = `{ $aggregation }` ne convient pas à l’unité `{ $unit }` ({ $why }) : utilisez { $allowed }
said-why-shares = des parts ne s’additionnent pas ; la règle ratio combine les trimestres en additionnant leurs numérateurs et leurs dénominateurs
said-why-amounts = des montants n’ont ni numérateur ni dénominateur à additionner
said-why-index = des points d’indice ne s’additionnent pas et n’ont ni numérateur ni dénominateur
said-why-yes-no = une réponse oui/non est la dernière donnée ; une somme ou une moyenne de réponses n’est ni oui ni non
said-contribute-itself = un élément ne peut pas contribuer à lui-même
said-role = doit être admin, planner ou reviewer
said-planner-unit = un planificateur doit appartenir à une unité
said-owner-to-take = est obligatoire : l’élément n’a pas d’unité responsable à reprendre
said-earlier-plan = doit être un cycle de plan antérieur, pas ce plan
said-year-to-compare = est obligatoire : l’année à comparer
said-run-for-section = est obligatoire pour une question sur une section de rapport
said-say-why-corrected = est obligatoire : dites pourquoi la valeur approuvée est corrigée
said-tell-planner = est obligatoire : dites au planificateur ce qu’il faut changer
said-no-run = il n’y a pas d’édition de rapport { $id }
said-what-indicator-in = indicateur { $code } du plan { $plan }

## One-time messages of the forms that leave a page (saved, refused)

problems-not-saved = { $what } : rien n’a été enregistré : { $why }
problems-changed-meanwhile = { $what } a été modifié par quelqu’un d’autre entre-temps ; votre modification n’a donc pas été enregistrée ({ $detail }). La page montre maintenant les chiffres actuels : vérifiez-les et enregistrez à nouveau.
fin-named-line = La ligne du plan { $year } { $unit } { $kind } { $category }
fin-named-actual = Le montant réel { $year } { $unit } { $kind } { $category }
fin-done-recorded = { $what } : enregistré.
fin-done-updated = { $what } : mis à jour.
fin-done-added = { $what } : ajouté au plan financier.
nodeform-done-added = { $level } { $code } ajouté à { $plan }
nodeform-done-saved = { $code } enregistré
nodeform-done-retired = Nœud { $code } retiré : il ne fait plus partie de { $plan }
nodeform-not-retired = Le nœud { $code } n’a pas été retiré : { $why }
indform-done-added = Indicateur { $code } ajouté à { $node }
indform-done-saved = Indicateur { $code } enregistré
indform-done-milestone-set = Jalon { $year } de { $code } fixé à { $value }
indform-done-milestone-removed = Jalon { $year } de { $code } supprimé
mlinks-done-added = { $code } renvoie désormais à { $vocabulary } { $mandate }
mlinks-not-added = Le lien n’a pas été ajouté : { $why }
mlinks-done-removed = { $code } ne renvoie plus à { $vocabulary } { $mandate }
mlinks-not-removed = Le lien n’a pas été retiré : { $why }
said-one-of = doit être l’un de : { $words }
said-password-short = doit comporter au moins { $min } caractères
said-password-long = doit comporter au plus { $max } caractères
said-password-spaces = ne doit pas être fait que d’espaces
said-password-one-character = ne doit pas être un seul caractère répété
said-password-piece = ne doit pas être un fragment plus court répété
said-password-run = ne doit pas être une suite de caractères consécutifs comme 123456789012
said-password-email = ne doit pas être votre adresse électronique
said-password-common = est l’un des mots de passe les plus courants ; choisissez-en un autre
said-password-wrong = n’est pas votre mot de passe actuel
said-password-same = doit différer du mot de passe actuel
account-this = Ce mot de passe { $reason }

## The domain's conflicts, stale versions, locks, missing records and more field reasons (issue 17.1, area `said`)

problems-conflict-reload = non enregistré : { $detail }. Rechargez la page pour voir l’état actuel, puis refaites la modification.
said-labelled = { $label } : { $why }
said-conflict-unique = un enregistrement ayant la même clé naturelle existe déjà
said-conflict-reference = l’enregistrement est référencé par un enregistrement, ou en référence un, qui ne le permet pas
said-stale = { $what } est à la version { $current }, et non { $claimed } : rechargez et appliquez à nouveau votre modification
said-stale-totals = les totaux adoptés { $biennium } sont à la version { $current }, et non { $claimed } : rechargez-les et appliquez à nouveau votre modification
said-stale-allocation = l’affectation de { $unit } à { $node } est à la version { $current }, la page montrait la version { $shown }
said-changed-while-editing = l’enregistrement a changé pendant que vous le modifiiez (version attendue { $expected }) : rechargez-le et appliquez à nouveau votre modification
said-what-measurement = valeur { $id }
said-what-period = période de rapport { $year } de { $plan }
said-unrecorded-date = une date non enregistrée
said-unrecorded-user = un utilisateur non enregistré
said-lock = la période de rapport { $year } de { $plan } a été verrouillée le { $when } par { $who }
said-lock-note = la période de rapport { $year } de { $plan } a été verrouillée le { $when } par { $who } : { $note }
said-lock-and-exception = { $lock } ; { $ended }
said-exception-ended = l’exception accordée à { $unit } jusqu’au { $until } par { $granted_by } a pris fin
said-exception-revoked = l’exception accordée à { $unit } jusqu’au { $until } par { $granted_by } a été révoquée le { $at } par { $revoked_by }
said-exception-revoked-note = l’exception accordée à { $unit } jusqu’au { $until } par { $granted_by } a été révoquée le { $at } par { $revoked_by } : { $note }
said-exception-held = { $unit } détient déjà l’exception { $id } à la période de rapport { $year } de { $plan } jusqu’au { $until } : révoquez-la d’abord pour en changer la fin
said-period-already-locked = la période de rapport { $year } de { $plan } est déjà verrouillée
said-period-not-locked = la période de rapport { $year } de { $plan } n’est pas verrouillée
said-plan-exists = un plan { $code } existe déjà
said-plan-follows = le plan { $plan } succède déjà à { $source } : le plan suivant existe, il n’est donc pas cloné à nouveau
said-already-contributes = { $from } contribue déjà à { $to }
said-last-admin = { $email } est le dernier administrateur actif ; faites d’abord d’un autre utilisateur un administrateur
said-run-published = l’exécution de rapport { $id } a déjà été publiée le { $at }
said-indicator-exists = le plan { $plan } a déjà un indicateur { $code }
said-node-exists = le plan { $plan } a déjà un élément { $code }
said-risk-exists = le plan a déjà un risque { $code }
said-risk-linked = le risque { $risk } est déjà lié à { $node }
said-allocation-exists = { $unit } affecte déjà à { $node } en { $year } (affectation { $id })
said-item-exists = le plan opérationnel a déjà un élément { $code } (id { $id })
said-milestone-gone = { $code } n’a plus de jalon { $year } : rechargez-le
said-deleted-meanwhile = la valeur { $id } a changé pendant que vous la supprimiez : rechargez-la
said-revised-meanwhile = la valeur { $id } a été révisée par quelqu’un d’autre au même moment : rechargez son historique
said-revision-pending = { $slot } a déjà une révision { $revision } en attente (valeur { $id }, { $state }) : modifiez ou soumettez celle-ci
said-entered-meanwhile = { $slot } a déjà une valeur saisie au même moment : rechargez et révisez ou modifiez celle-ci
said-no-dates = la collecte { $year } de { $plan } n’a pas encore de dates : fixez d’abord les dates pour toutes les unités
said-what-finance-line = ligne { $id } du plan financier du plan { $plan }
said-what-finance-actual = montant exécuté { $id } du plan { $plan }
said-what-unit = unité { $code }
said-what-dimension = dimension { $code }
said-what-dimension-value = valeur { $code } de la dimension { $dimension }
said-what-token = jeton { $id }
said-what-item = élément opérationnel { $id }
said-what-operational-plan = plan opérationnel { $id } du plan { $plan }
said-what-allocation = affectation { $id } du plan { $plan }
said-what-notice = avis { $id }
said-what-audit-entry = entrée d’audit { $id }
said-level-goal = but
said-level-thematic_priority = priorité thématique
said-level-enabler = catalyseur
said-level-target = cible
said-level-outcome = résultat
said-level-output = produit
said-outside-0-1 = { $value } est hors de 0..1
said-plan-has-no-node = le plan n’a pas d’élément `{ $code }`
said-link-to-level = { $code } est un élément de niveau { $level } ; les liens pondérés vont aux buts et aux cibles
said-named-twice = { $code } est nommé deux fois
said-not-an-org-unit = { $unit } n’est pas une unité
said-unknown-unit = unité inconnue `{ $code }`
said-required-with = est obligatoire avec { $other }
said-after-target-year = { $year } est après l’année cible { $target }
said-year-given-twice = { $year } est donné deux fois
said-code-given-twice = `{ $code }` est donné deux fois
said-no-dimension = aucune dimension n’a le code `{ $code }`
said-no-plan-code = aucun plan n’a le code `{ $code }`
said-no-unit-the-code = aucune unité n’a le code `{ $code }`
said-itself-or-below = { $parent } est { $node } lui-même ou se trouve en dessous
said-not-an-output = { $code } est un élément de niveau { $level }, et non un produit
said-output-of-another-unit = le produit { $code } appartient à une autre unité
said-plan-no-indicator = le plan { $plan } n’a pas d’indicateur `{ $code }`
said-run-of-another-plan = l’exécution de rapport { $id } relève d’un autre plan
said-what-node-code = élément { $code }
said-what-risk-code = risque { $code }
said-what-indicator-code = indicateur { $code }
said-draft-not-submitted = enregistré comme brouillon mais non soumis : { $why }
said-what-run-file = fichier { $path } de l’exécution de rapport { $id }
said-what-run-language = langue { $code } de l’exécution de rapport { $id }
said-what-run-language-file = fichier { $path } en { $lang } de l’exécution de rapport { $id }
said-what-risk-link = un lien du risque { $risk } vers { $node }
said-nothing-at = rien à l’adresse { $path }
said-what-any-plan = aucun plan
said-what-milestone = le jalon { $year } de l’indicateur { $code }
said-what-contribution = lien de contribution { $id } du plan { $plan }
said-item-delivered = l’élément { $code } a livré { $quantity } { $unit } : il reste enregistré ; passez plutôt son statut à annulé

## Les dernières phrases du domaine (issue 17.1, domaine `said`) : noms dans les versions périmées, élément non supprimable, dates de collecte, liens de mandat, exceptions, champs d’un produit, unité et emplacement d’une importation, problèmes du classeur du cadre

said-what-finance-line-id = ligne { $id } du plan financier
said-what-finance-actual-id = montant exécuté { $id }
said-what-allocation-id = affectation { $id }
said-what-contribution-id = lien de contribution { $id }
said-what-milestone-of = le jalon { $year } de { $code }
said-what-translation = le texte en { $lang } ({ $what })
said-changed-while-editing-what = { $what } a changé pendant que vous le modifiiez : rechargez-le
said-what-dates = les dates de collecte { $year } de { $plan }
said-what-unit-dates = les dates de collecte de { $unit } pour { $year }
said-what-own-dates = { $what } (l’unité n’a pas de dates propres)
said-dates-gone = { $what } ne sont plus fixées : rechargez la page
said-due-before-opening = { $due } est avant la date d’ouverture { $opens } : l’échéance tombe ce jour-là ou après
said-what-exception = l’exception de verrouillage { $id } de la période de rapport { $year } de { $plan }
said-exception-already-revoked = { $what } est déjà révoquée
said-exception-already-ended = { $what } a déjà pris fin le { $date }
said-node-blocked = l’élément { $code } ne peut pas être supprimé tant qu’il a { $blockers }
said-list = { $first }, { $rest }
said-blocker-child-nodes = { $count ->
    [one] { $count } élément enfant
   *[other] { $count } éléments enfants
}
said-blocker-indicators = { $count ->
    [one] { $count } indicateur
   *[other] { $count } indicateurs
}
said-blocker-allocations = { $count ->
    [one] { $count } affectation budgétaire
   *[other] { $count } affectations budgétaires
}
said-blocker-items = { $count ->
    [one] { $count } élément de plan opérationnel
   *[other] { $count } éléments de plan opérationnel
}
said-blocker-risks = { $count ->
    [one] { $count } risque lié
   *[other] { $count } risques liés
}
said-mandate-linked = { $owner } renvoie déjà à { $vocabulary } { $code }
said-no-mandate = aucun mandat { $vocabulary } n’a le code `{ $code }`
said-what-mandate-link = un lien entre { $owner } et { $vocabulary } { $code }
said-what-link = le lien { $from }→{ $to }
said-what-subject = { $kind } { $key }
said-output-needs-kind = un produit doit dire s’il est un bien ou un service
said-not-product-or-service = `{ $kind }` n’est ni product ni service
said-only-outputs-have-kind = seuls les produits ont un type, pas un élément de niveau { $level }
said-output-needs-owner = un produit doit appartenir à une unité
said-import-other-unit = { $code } appartient à une autre unité ; un planificateur ne peut importer que les indicateurs de sa propre unité
said-import-also-on-line = { $slot } est aussi à la ligne { $line } ; un emplacement ne prend qu’une valeur
said-wb-unreadable = ne peut pas être lu comme un classeur .xlsx ({ $error }) : téléchargez le classeur du cadre et modifiez celui-ci
said-wb-sheet-missing = manque : le classeur a besoin de toutes les feuilles du téléchargement
said-wb-sheet-empty = est vide : sa première ligne doit être l’en-tête
said-wb-not-a-column = `{ $text }` n’est pas une colonne de { $sheet } : les colonnes sont { $columns }
said-wb-column-missing = la colonne `{ $column }` manque
said-wb-no-header = contient une valeur mais sa colonne n’a pas d’en-tête : nommez la colonne à la ligne 1 ou videz-la
said-wb-other-plan = vaut `{ $value }`, et non le plan { $plan }
said-wb-earlier-row = `{ $key }` figure aussi sur une ligne précédente
said-wb-not-whole = `{ $value }` n’est pas un nombre entier
said-wb-kept = reste tel que chargé : le classeur ne le modifie pas
said-wb-removing = suppression de { $what } : { $why }
said-wb-removing-link = suppression du lien { $what } : { $why }
said-wb-clearing = effacement de { $what } : { $why }
said-wb-new-link-entered = un nouveau lien est `entered` : laissez la cellule vide
said-wb-link-needs-weight = un lien vers un but ou une cible a besoin d’un poids
said-wb-goal-links = les liens de { $node } vers les buts et les cibles : { $why }
said-wb-new-node-entered = un nouvel élément est `entered` sans source : laissez provenance et source vides
said-wb-level-fixed = est fixe : ajoutez plutôt un nouvel élément de ce niveau
said-wb-node-missing = l’élément { $code } (ligne { $line } du téléchargement) manque, il serait donc retiré : { $why }
said-wb-not-a-date = `{ $value }` n’est pas une date (AAAA-MM-JJ)
said-wb-new-risk-entered = un nouveau risque est `entered` : laissez la cellule vide
said-wb-risk-missing = le risque { $code } (ligne { $line } du téléchargement) manque : le classeur ne supprime pas de risques ; supprimez-le sur sa page
said-wb-needs-decision = le classeur modifie la base de référence, la cible, un jalon, l’unité ou le sens d’un indicateur qui a des valeurs : indiquez la décision (decided_on, deciding_body, reference, reason_category, justification)
said-wb-indicator-twice = l’indicateur { $code } figure aussi sur une ligne précédente
said-wb-indicator-missing = l’indicateur { $code } (ligne { $line } du téléchargement) manque : le classeur ne supprime pas d’indicateurs
said-wb-new-indicator-entered = un nouvel indicateur est `entered` sans source : laissez provenance et source vides
said-wb-not-a-year = `{ $value }` n’est pas une année
said-wb-not-true-false = `{ $value }` n’est ni true ni false
said-wb-milestone-twice = le jalon { $year } de { $code } figure aussi sur une ligne précédente
said-wb-both-or-neither = indique à la fois un node_code et un indicator_code, ou aucun des deux : donnez-en un
said-wb-not-a-kind = `{ $kind }` n’est pas plan, node ou indicator
said-wb-not-a-record = `{ $key }` n’est pas un enregistrement du plan { $plan } (écrivez `{ $want }`)
said-wb-catalogue-differs = diffère du catalogue { $sheet } : { $sheet } sont communs à tous les plans, le classeur d’un plan ne les modifie donc pas ; modifiez cette ligne sur sa page (ou demandez à l’administrateur), ou téléchargez à nouveau le classeur
said-wb-catalogue-row-missing = la ligne `{ $row }` manque : { $sheet } sont communs à tous les plans, le classeur d’un plan ne les supprime donc pas

## Refusals of the right (403), unreadable and invalid requests (400, 415, 422), too many attempts (429) and a plan's step from the wrong status (issue 17.1, areas `said`, `problem`, `error`)

said-forbidden-own-entry = personne ne peut approuver ni renvoyer sa propre saisie
said-forbidden-own-unit = un planificateur ne peut modifier que ce qui appartient à sa propre unité
said-forbidden-preview = seules les exécutions de rapport publiées sont montrées aux membres du Conseil : un aperçu est construit à partir des données du jour et n’a pas été publié
said-forbidden-answer = seul le bureau du Secrétaire général, ou le planificateur de l’unité à laquelle le bureau a confié la question, peut répondre
said-forbidden-role = le rôle { $role } ne permet pas de faire ceci
said-forbidden-csrf-header = X-CSRF-Token manquant ou erroné pour cette session
said-forbidden-no-unit = un planificateur sans unité ne saisit aucune valeur
said-forbidden-reviewer-entry = les examinateurs du Conseil ne font que lire ; ils ne saisissent pas de données
said-forbidden-risk-fields = le planificateur de l’unité responsable ne peut modifier que { $allowed } ; pas { $fields }
said-forbidden-sheets = seul le bureau du Secrétaire général modifie les fiches de référence
said-forbidden-form-expired = le formulaire a expiré ou ne provient pas de ce site ; rechargez la page et réessayez
said-forbidden-framework = seul le bureau du Secrétaire général modifie le cadre
said-forbidden-translations = seul le bureau du Secrétaire général modifie les traductions du cadre
said-value-label = { $label } (valeur { $id })
said-throttled-login = { $minutes ->
    [one] trop d’échecs de connexion : réessayez dans { $minutes } minute
   *[other] trop d’échecs de connexion : réessayez dans { $minutes } minutes
}
said-throttled-password = { $minutes ->
    [one] trop de mots de passe actuels erronés : réessayez dans { $minutes } minute
   *[other] trop de mots de passe actuels erronés : réessayez dans { $minutes } minutes
}
said-wrong-too-often = a été erroné trop souvent : { $why }
said-if-match-not-version = If-Match `{ $text }` n’est pas une version
said-plan-adopt-refused = le plan { $plan } a le statut « { $status } » : seul un plan au statut « projet » peut être adopté
said-plan-close-refused = le plan { $plan } a le statut « { $status } » : seul un plan au statut « adopté » peut être clos
problem-validation_failed-detail = la requête n’est pas valide
problem-unsupported_media_type-detail = le corps doit être du JSON avec Content-Type: { $type }
problem-bad_request-json = le corps JSON n’est pas valide : { $detail }
problem-bad_request-path = l’adresse n’est pas valide : { $detail }
problem-bad_request-query = la chaîne de requête ne peut pas être lue : { $detail }
problem-bad_request-unreadable = la requête ne peut pas être lue
problem-bad_request-multipart = le formulaire multipart est mal formé : { $detail }
problem-bad_request-file-part = la partie fichier ne peut pas être lue : { $detail }
error-unreadable = L’adresse ou le formulaire n’a pas pu être lu : { $detail }.

## Notices by e-mail in the recipient's language: the subject and the link line (issue 17.1)

notice-mail-submitted = stratrack : valeur { $value } de { $unit } soumise pour approbation
notice-mail-returned = stratrack : valeur { $value } renvoyée à { $unit }
notice-mail-approved = stratrack : valeur { $value } approuvée
notice-mail-bulk = stratrack : { $count ->
    [one] { $count } valeur de { $unit } soumise pour approbation
   *[other] { $count } valeurs de { $unit } soumises pour approbation
}
notice-mail-overdue = stratrack : { $unit } en retard pour { $year }
notice-mail-assigned = stratrack : question { $id } du Conseil attribuée à { $unit }
notice-mail-open = Ouvrir dans stratrack : { $link }

## A financial row already there (issue 17.1, area `said`)

said-finance-line-taken = le plan { $plan } a déjà une ligne du plan financier pour { $year } { $unit } { $kind } { $category } (id { $id })
said-finance-actual-taken = le plan { $plan } a déjà une dépense exécutée pour { $year } { $unit } { $kind } { $category } (id { $id })

## The allocation sheet's node checks (issue 17.1, area `said`)

said-allocate-to-level = { $code } est un élément de niveau { $level } : allouez à un produit, une priorité thématique ou un catalyseur

## A translation key's format (issue 17.1, area `said`)

said-key-not-a-pair = `{ $key }` n’est pas de la forme `premier/second`

## The last refusals of the pages and of the domain's checks (issue 17.1, area `said`)

said-one-of-not = { $one_of }, et non `{ $sent }`
said-not-one-of = `{ $sent }` n’est pas l’un de : { $words }
said-joined = { $first } ; { $rest }
said-sentence = { $text }.
said-form-unreadable = le formulaire ne peut pas être lu : { $detail }
said-lang-not-english = { $one_of } (l’anglais est le texte propre de l’enregistrement)
said-no-definition-to-translate = un enregistrement de type { $kind } n’a pas de définition à traduire
said-no-plan-has-code = aucun plan n’a le code `{ $code }`
said-no-node-has-code = aucun élément de résultat n’a le code `{ $code }`
said-no-plan-the-code = aucun plan n’a le code { $code }
said-frozen-or-published = doit être frozen ou published
said-one-line-of = donnez de 1 à { $max } caractères sur une ligne, ou laissez-le vide
said-assessment-csv-codes-only = les tableaux CSV de l’évaluation quadriennale n’ont que leurs codes : omettez-le ou mettez false
said-annual-needs-year = un rapport annuel a besoin de son année
said-assessment-no-year = une évaluation couvre le plan jusqu’à sa dernière année ayant une valeur approuvée : omettez l’année
said-language-or-languages = donnez soit `language` (une), soit `languages` (une liste), pas les deux
said-at-least-one-of = donnez au moins l’un de : { $words }
said-not-annual-or-assessment = `{ $sent }` n’est ni annual ni assessment
said-give-whole-number = donnez un nombre entier
said-not-yes = `{ $sent }` n’est pas yes
said-quarter-not = doit être de 1 à 4, et non { $sent }
said-whole-from-1 = doit être un nombre entier de 1 à { $max }
said-yes-or-no-not = doit être yes ou no, et non `{ $sent }`
said-outside-the-plan = { $what } est hors du plan ({ $start }-{ $end })
said-only-split-unit = la seule ventilation possible est `unit`
said-revenue-or-expense = doit être revenue ou expense
said-biennium-form = doit être deux années consécutives, p. ex. 2028-2029
said-not-in-biennium = { $year } n’est pas dans l’exercice biennal { $biennium }
said-not-a-category = `{ $category }` n’est pas une catégorie de { $kind }
said-draft-adopted-closed = doit être draft, adopted ou closed
said-status-moves-by = ne change que par l’adoption (POST /api/v1/plans/{ $plan }/adopt) ou la clôture (POST /api/v1/plans/{ $plan }/close)
said-between = doit être compris entre { $low } et { $high }
said-longer-than = dépasse { $max } caractères
said-year-not-between = { $year } n’est pas compris entre { $first } et { $last }
said-fixed-too-precise = a plus de { $places } décimales
said-fixed-too-large = est trop grand pour être enregistré exactement
said-fixed-not-a-number = n’est pas un nombre décimal (utilisez des chiffres et un point, p. ex. 1234.5)
said-note-longer = la note dépasse { $max } caractères
said-note-to-return = une note est requise pour la renvoyer ; dites au planificateur quoi changer
said-plan-no-indicator-yet = le plan n’a encore aucun indicateur
said-version-missing = est absent ou n’est pas un nombre entier ; rechargez la page
said-not-a-date-like = `{ $sent }` n’est pas une date ({ $example })
said-not-whole-from-to = `{ $sent }` n’est pas un nombre entier de { $low } à { $high }
said-wb-not-a-file = le classeur n’a pas été envoyé comme fichier (multipart/form-data) : choisissez-le dans le formulaire ci-dessous
said-codes-and-more = { $codes } et { $count } de plus
said-lack-target = indicateurs sans cible finale (valeur et année) : { $count } — { $codes }
said-lack-baseline = indicateurs sans valeur de référence (valeur et année) : { $count } — { $codes }
said-lack-keys = { $lack } ; dont indicateurs clés, que le rapport au Conseil évalue : { $count } — { $codes }
said-outside-period = { $year } est hors de la période du plan { $plan } ({ $start }-{ $end })
said-more-years-outside = et d’autres années d’indicateurs hors de la période : { $count }
said-plan-no-goal = le plan { $plan } n’a pas de but stratégique `{ $code }`
said-plan-no-priority = le plan { $plan } n’a pas de priorité thématique ni de catalyseur `{ $code }`
said-plan-no-subject = ce plan n’a pas de { $kind } `{ $subject }`
said-http-link = doit être un lien http:// ou https://
said-not-a-known-plan = `{ $code }` n’est pas un plan connu
said-not-an-indicator-of = `{ $code }` n’est pas un indicateur du plan { $plan }
said-not-a-quarter = { $quarter } n’est pas un trimestre (1 à 4)
said-not-zero = ne doit pas être 0
said-not-a-year-quoted = { $sent } n’est pas une année
said-no-file-chosen = aucun fichier n’a été choisi
said-not-node-or-indicator = `{ $sent }` n’est ni node ni indicator
said-choose-mandate = choisissez un mandat
said-not-a-run-number = n’est pas le numéro d’une édition de rapport
said-whole-number = doit être un nombre entier
said-is-not-whole-number = n’est pas un nombre entier
said-not-a-date-time = { $sent } n’est pas une date et heure : écrivez-la 2029-04-01T00:00:00Z (ou 2029-04-01T00:00, lue en UTC)
said-until-passed = { $until } est passé : une exception se termine dans le futur
said-not-sortable-among = `{ $name }` n’est pas un champ de tri ({ $fields })
said-weight-outside = le poids { $weight } est hors de 0..1
said-weights-sum = la somme des poids est { $sum }, et non 1
said-allocation-over-budget = porterait les allocations de { $unit } en { $year } à { $after } milliers de CHF, soit { $over } de plus que son budget de dépenses de { $budget } ; allouez au plus le budget
said-not-a-year-of-plan = { $year } n’est pas une année du plan { $plan } ({ $start }-{ $end })
said-keep-dimensions = les valeurs de cet indicateur sont ventilées par { $dimensions } : conservez-la
said-milestones-unsuited = les jalons ne lui conviennent pas ({ $why }) ; modifiez-les d’abord
said-type-a-value-draft = est requis : saisissez une valeur (un brouillon se supprime depuis sa propre page)
said-reason-only-revising = n’est donné que pour réviser une valeur approuvée ; une modification ne garde pas de motif
said-not-a-biennium = `{ $biennium }` n’est pas un exercice biennal du plan { $plan } ({ $start }-{ $end }) : écrivez AAAA-AAAA, à partir de { $start } ou tous les deux ans ensuite
said-quoted-not-a-date = { $sent } n’est pas une date ({ $example })
said-not-a-known-dimension = `{ $dimension }` n’est pas une dimension connue
said-not-disaggregated-by = l’indicateur { $indicator } n’est pas ventilé par { $dimension } (ses dimensions : { $dimensions })
said-not-a-value-of = `{ $value }` n’est pas une valeur de { $dimension } ({ $values })
said-required-for-share = est requis pour la part d’un indicateur { $unit }
said-no-operational-plan-id = aucun plan opérationnel n’a l’id { $id }
said-neither-plan-has = ni { $plan } ni { $before } n’a de but, de priorité thématique ou de catalyseur `{ $code }`
said-required-with-weight = est requis lorsqu’un poids est donné
said-step-from-state = la mesure { $id } est à l’état { $state } : { $rule }
said-rule-edit = seul un brouillon ou une valeur renvoyée peut être modifié
said-rule-submit = seul un brouillon ou une valeur renvoyée peut être soumis
said-rule-approve = seule une valeur soumise peut être approuvée
said-rule-return = seule une valeur soumise peut être renvoyée
said-rule-revise = seule une valeur approuvée peut être révisée
said-rule-delete = seul un brouillon peut être supprimé
said-occupied = { $what } a déjà une valeur (mesure { $id }, révision { $revision }, { $state }) : { $how }
said-occupied-revise = corrigez-la avec POST /api/v1/measurements/{ $id }/revise
said-occupied-wait = attendez son examen, ou faites-la renvoyer
said-occupied-edit = modifiez-la avec PATCH /api/v1/measurements/{ $id }

## What serde, a query string and the import's reader refuse (issue 17.1, area `said`)

said-not-a-known-field = n’est pas un champ connu
said-not-a-known-parameter = n’est pas un paramètre connu
said-out-of-range = est hors limites
said-query-refused = le paramètre ne peut pas être lu : { $detail }
said-json-refused = la valeur ne peut pas être lue : { $detail }
said-json-at = { $why } (ligne { $line }, colonne { $column })
said-json-invalid-type = type non valide : { $found }, attendu : { $expected }
said-json-invalid-value = valeur non valide : { $found }, attendu : { $expected }
said-json-invalid-length = longueur non valide ({ $length }), attendu : { $expected }
said-json-unknown-variant = variante inconnue `{ $name }`, attendu : { $expected }
said-json-unknown-field = champ inconnu `{ $name }`, attendu : { $expected }
said-json-missing-field = champ manquant `{ $name }`
said-json-duplicate-field = champ en double `{ $name }`
said-json-found-string = la chaîne { $value }
said-json-found-integer = l’entier { $value }
said-json-found-float = le nombre à virgule flottante { $value }
said-json-found-boolean = le booléen { $value }
said-json-found-character = le caractère { $value }
said-json-found-null = null
said-json-found-map = un objet
said-json-found-sequence = une liste
said-json-found-unit = une valeur vide
said-json-found-bytes = une suite d’octets
said-json-found-number = un nombre
said-json-expected-string = une chaîne
said-json-expected-boolean = un booléen
said-json-expected-sequence = une liste
said-json-expected-map = un objet
said-json-expected-decimal = un nombre décimal (une chaîne telle que "1234.5" ou un nombre JSON)
said-json-expected-integer = un nombre entier ({ $type })
said-json-one-of = l’un de { $words }
said-json-either = { $first } ou { $second }
said-json-no-variants = il n’y a aucune variante
said-json-no-fields = il n’y a aucun champ
said-xlsx-date-cell = contient une date ; cette colonne prend un nombre ou du texte : mettez la cellule au format Standard ou Texte
said-xlsx-error-cell = contient l’erreur { $error } : mettez la valeur elle-même dans la cellule
said-xlsx-unreadable = le fichier ressemble à un classeur mais ne peut pas être lu comme .xlsx ({ $detail }) : enregistrez-le au format Classeur Excel (.xlsx) ou CSV UTF-8
said-xlsx-no-sheet = le classeur n’a aucune feuille
said-xlsx-sheet-empty = la feuille { $sheet } est vide : sa première ligne doit être l’en-tête
said-xlsx-sheet-unreadable = la feuille { $sheet } ne peut pas être lue : { $detail }
said-xlsx-unpacks-too-large = le classeur décompressé fait { $size } Mio, plus que les { $max } Mio qu’accepte une importation : répartissez-le en plusieurs fichiers
said-xlsx-too-many-rows = la feuille { $sheet } dépasse { $max } lignes, le maximum qu’accepte une importation : répartissez-la en plusieurs fichiers
said-import-line-unreadable = ne peut pas être lue : { $detail }
said-import-file-unreadable = le fichier ne peut pas être lu : { $detail }
said-import-header-unreadable = l’en-tête ne peut pas être lu : { $detail }
said-import-dimensions-both = donnez les dimensions soit dans une colonne disaggregation, soit dans une colonne par dimension, pas les deux
said-import-xls = est un classeur Excel 97-2003 (.xls), qui n’est pas lu : enregistrez-le au format Classeur Excel (.xlsx) ou CSV UTF-8
said-import-workbook-unreadable = le classeur ne peut pas être lu : { $detail }
said-import-workbook-too-large = le classeur dépasse { $max } Mio, le maximum qu’accepte une importation
said-no-file-part = le formulaire n’a pas de partie `file`
problem-bad_request-other = la requête ne peut pas être lue : { $detail }
said-at-most-chars = { $max ->
    [one] doit avoir au plus { $max } caractère
   *[other] doit avoir au plus { $max } caractères
}
said-no-control-chars = ne doit pas contenir de caractères de contrôle ou invisibles
said-no-spaces = ne doit pas contenir d’espaces
said-email-like = doit être une adresse électronique comme nom@itu.int
said-email-one-at = doit contenir exactement un @
said-email-local = doit avoir de 1 à 64 caractères avant le @
said-email-domain = doit avoir après le @ un domaine avec un point, comme itu.int
said-no-node-the-code = aucun élément de ce plan n’a le code `{ $code }`
said-date-or-time = doit être une date (2028-12-31) ou une heure RFC 3339 (2028-12-31T23:59:59Z)
said-no-user-email = aucun utilisateur n’a l’adresse `{ $email }`

## A disaggregation that cannot be read and a share that does not match its parts (issue 17.1, area `said`)
# NEEDS REVIEW by the language services: not taken from an official text.
said-not-dimension-value = `{ $part }` n’est pas de la forme dimension=valeur
said-dimension-twice = la dimension `{ $dimension }` est donnée deux fois
said-dimension-value-not-code = la valeur de `{ $dimension }` doit être un code de valeur, pas { $sent }
said-disaggregation-shape = doit être un objet comme {"{"}"sex": "female"{"}"} ou un texte comme `sex=female`, pas { $sent }
said-share-zero-denominator = le dénominateur est 0 : la valeur ne peut pas être vérifiée
said-share-not-percent = { $value } n’est pas 100 × numérateur ÷ dénominateur (100 × { $numerator } ÷ { $denominator } = { $exact })
said-share-not-ratio = { $value } n’est pas numérateur ÷ dénominateur ({ $numerator } ÷ { $denominator } = { $exact })
said-as-of-unreadable = `{ $sent }` n’est ni `adopted` ni une date AAAA-MM-JJ
error-refused-status = La requête a été refusée ({ $status } { $phrase }).
