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
