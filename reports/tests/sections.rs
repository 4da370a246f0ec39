//! The report's sections in its language (report form 5, `FORM_SECTIONS`): the executive summary, status
//! moves, mandates, finance, operational delivery, risks, breakdowns, data quality and the questions from
//! Council, the revisions in force, the restatements, the annex and the reference sheets are written in the
//! report's language, with the finance, delivery and breakdown charts' notes,
//! text alternatives and data tables; text people typed stays as typed, marked English. Runs of form 4
//! keep those sections English (and `frozen/form4*` their bytes); English reports are unchanged.

use crate::support;

use stratrack_reports::input::{FORM_CONTENT, FORM_SECTIONS, Lang};
use support::{complete, section};

/// The sections form 5 writes in the report's language.
const SECTIONS: [&str; 13] = [
    "summary",
    "moves",
    "mandates",
    "finance",
    "operations",
    "risks",
    "breakdowns",
    "data-quality",
    "revisions",
    "restatements",
    "annex",
    "sheets",
    "questions",
];

/// Whether the body of a major section (after its heading) is marked English.
fn marked_english(section: &str) -> bool {
    let body = &section[section.find("</h2>\n").expect("a heading") + 6..];
    body.starts_with("<div lang=\"en\" dir=\"ltr\">")
}

#[test]
fn a_french_report_writes_every_section_a_council_reader_sees_first_in_french() {
    let report = support::rendered(&complete(Lang::Fr, FORM_SECTIONS));
    let html = support::text(&report, "report.html");
    for id in SECTIONS {
        assert!(
            !marked_english(section(&html, id)),
            "{id}: the body is not marked English"
        );
    }
    let summary = section(&html, "summary");
    assert!(
        summary.contains(
            "Il évalue 8 indicateurs selon la règle de statut énoncée en annexe : 1 atteint, 3 en bonne voie"
        ),
        "the summary's roll-up sentence, with the plural of its count"
    );
    assert!(
        summary.contains("<span lang=\"en\" dir=\"ltr\">Resolution 71 (Rev. Doha, 2026)</span>"),
        "the resolution as typed, marked English"
    );
    assert!(summary.contains("Dépenses prévues pour 2028 : 162\u{202f}000 milliers de CHF"));
    assert!(summary.contains("sur 6 activités prises en compte, 2 ont été entièrement exécutées"));
    let finance = section(&html, "finance");
    assert!(
        finance.contains(
            "<thead><tr><th scope=\"col\">Contrôle</th>\n<th scope=\"col\" class=\"num\">Calculé</th>\n\
             <th scope=\"col\">Comparé à</th>"
        ),
        "the French heading row of the reconciliation"
    );
    assert!(finance.contains("<td>Allocations de BR aux résultats 2028</td>"));
    assert!(finance.contains("Les finances concordent exactement pour 2028"));
    assert!(
        finance.contains("<th scope=\"col\" class=\"num\">Plan (milliers de CHF)</th>"),
        "the chart's data table"
    );
    let mandates = section(&html, "mandates");
    assert!(mandates.contains("<td>1 indicateur : 1 à risque</td>"), "one: singular");
    assert!(
        mandates.contains("<td>3 indicateurs : 1 en bonne voie, 1 à risque, 1 en retard</td>"),
        "other: plural"
    );
    assert!(
        mandates.contains("<td lang=\"en\" dir=\"ltr\">Connect 2030 Agenda</td>"),
        "a mandate's title, marked"
    );
    let moves = section(&html, "moves");
    assert!(moves.contains("Sur 8 indicateurs comparés avec 2027"));
    assert!(
        moves.contains("<td>↓ Détérioré</td>"),
        "the move in the interface's words"
    );
    let risks = section(&html, "risks");
    assert!(risks.contains("<th scope=\"col\">Atténuation</th>"));
    assert!(
        risks.contains("<td>en atténuation</td>"),
        "the risk's status in the interface's words"
    );
    assert!(
        risks.contains("<td lang=\"en\" dir=\"ltr\">Zero-trust network; incident drills.</td>"),
        "a mitigation stays as typed, marked English"
    );
    let operations = section(&html, "operations");
    assert!(operations.contains("<th scope=\"col\" class=\"num\">Taux d’exécution</th>"));
    assert!(operations.contains("<td lang=\"en\" dir=\"ltr\">Council documents published on time</td>"));
    let quality = section(&html, "data-quality");
    assert!(quality.contains("<td>ancienne</td>"), "a kind of note in French");
    let questions = section(&html, "questions");
    assert!(questions.contains("Question 3 : <span lang=\"en\" dir=\"ltr\">Low execution &lt;in&gt; BR</span>"));
    assert!(questions.contains("<dd lang=\"en\" dir=\"ltr\">Why was less than half spent?</dd>"));
    let goals = section(&html, "goals");
    assert!(
        goals.contains("<caption>Une autre mesure, hors de la série de T1.1-K1 : T1.1-K1 redéfinit G1-OLD"),
        "a redefined predecessor's table, in French"
    );
    assert!(goals.contains("<td>estimée</td>"), "its quality in French");
    let revisions = section(&html, "revisions");
    assert!(
        revisions.contains("<td>valeur cible</td>"),
        "the revised field in French"
    );
    assert!(
        revisions.contains("<td lang=\"en\" dir=\"ltr\">Decision 612 (C-28)</td>"),
        "the reference as typed"
    );
    let restated = section(&html, "restatements");
    assert!(restated.contains("valeurs de 2027 approuvées tardivement : 1"));
    assert!(
        restated.contains("<td>estimée → définitive</td>"),
        "qualities in the interface's words"
    );
    assert!(restated.contains("<td lang=\"en\" dir=\"ltr\">Household survey corrected</td>"));
    let sheets = section(&html, "sheets");
    assert!(sheets.contains("<dt>Méthode de calcul</dt>"));
    assert!(sheets.contains("<dd lang=\"en\" dir=\"ltr\">Survey rounds differ between countries.</dd>"));
    let annex = section(&html, "annex");
    assert!(!marked_english(annex), "the annex is in French too");
    assert!(
        annex.contains("<dt>Valeur attendue E(Y)</dt>"),
        "the status rule's terms"
    );
    assert!(
        annex.contains("<td>En bonne voie : progression minimale</td>"),
        "the thresholds"
    );
    assert!(annex.contains("<h3>Unités et règles d’agrégation</h3>"));
    let delivery = support::text(&report, "charts/delivery-by-unit.svg");
    assert!(
        delivery.contains("BR : 95\u{a0}% · 1 sur 2 activités entièrement exécutées")
            || delivery.contains("BR : 95\u{202f}% · 1 sur 2 activités entièrement exécutées"),
        "the delivery chart's note and text alternative, with the plural of its count"
    );
    let budget = support::text(&report, "charts/budget-vs-actual-by-unit.svg");
    assert!(budget.contains("Graphique à barres groupées des dépenses prévues et réelles"));
    assert!(budget.contains("64\u{202f}%, partiel"), "a note of the chart");
    let sex = support::text(&report, "charts/breakdown-t1-1-k1-sex.svg");
    assert!(
        sex.contains("Proportion de personnes utilisant l’internet : par sexe, 2028"),
        "the breakdown's title"
    );
}

#[test]
fn an_arabic_report_writes_those_sections_in_arabic_with_arabic_plurals() {
    let report = support::rendered(&complete(Lang::Ar, FORM_SECTIONS));
    let html = support::text(&report, "report.html");
    for id in SECTIONS {
        assert!(
            !marked_english(section(&html, id)),
            "{id}: the body is not marked English"
        );
    }
    assert!(
        section(&html, "summary").contains("ويقيِّم 8 مؤشرات وفقًا لقاعدة تحديد الوضع"),
        "8 takes the form few"
    );
    assert!(section(&html, "finance").contains("<th scope=\"col\">الفحص</th>"));
    let mandates = section(&html, "mandates");
    assert!(mandates.contains("<td>مؤشر واحد: "), "1 takes the form one");
    assert!(mandates.contains("<td>مؤشران: "), "2 takes the form two");
    assert!(section(&html, "risks").contains("<caption>سجل المخاطر</caption>"));
}

#[test]
fn a_run_of_form_4_keeps_those_sections_english_and_marked() {
    let report = support::rendered(&complete(Lang::Fr, FORM_CONTENT));
    let html = support::text(&report, "report.html");
    for id in SECTIONS {
        assert!(marked_english(section(&html, id)), "{id}: English in form 4, marked");
    }
    assert!(section(&html, "finance").contains("<th scope=\"col\">Check</th>"));
    let five = support::text(&support::rendered(&complete(Lang::Fr, FORM_SECTIONS)), "report.html");
    let ar4 = support::text(&support::rendered(&complete(Lang::Ar, FORM_CONTENT)), "report.html");
    let ar5 = support::text(&support::rendered(&complete(Lang::Ar, FORM_SECTIONS)), "report.html");
    println!(
        "report.html of fixtures::complete(): French {} bytes in form 4, {} in form 5; Arabic {} in form 4, {} in form 5",
        html.len(),
        five.len(),
        ar4.len(),
        ar5.len()
    );
}

#[test]
fn an_english_report_of_form_5_writes_what_form_4_wrote() {
    let five = support::rendered(&complete(Lang::En, FORM_SECTIONS));
    let four = support::rendered(&complete(Lang::En, FORM_CONTENT));
    assert_eq!(
        support::checksums(&five),
        support::checksums(&four),
        "English is unchanged, file for file"
    );
}
