//! Framework text in six languages (issue 17.3) through the API: the office sets and clears a record's
//! text in a language at the version it read; the read answers carry the text in the language asked
//! for, with the English text standing in (and saying so) where none was given; English answers keep
//! their fields as they were.

use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use axum::http::StatusCode;
use serde_json::{Value, json};

/// A target: the seed translates goal and thematic-priority names only.
const NODE: &str = "/api/v1/plans/SP2028-2031/nodes/T1.1";

/// The field names of a 422 problem document.
fn fields(p: &Value) -> Vec<String> {
    p["errors"]
        .as_array()
        .unwrap_or(&Vec::new())
        .iter()
        .map(|e| e["field"].as_str().unwrap_or_default().to_owned())
        .collect()
}

both_backends! {
    async fn a_node_read_in_french_shows_its_french_name_and_marks_the_english_description(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let english = app.as_(&admin).get(NODE).await.json();
        assert!(english.get("localized").is_none(), "an English answer is unchanged: {english}");

        let put = app.as_(&admin).put(&format!("{NODE}/translations/fr")).json(&json!({"name": " Connecter le monde "})).await;
        assert_eq!(put.status, StatusCode::OK, "{}", put.text());
        assert_eq!(put.etag(), "\"1\"");
        assert_eq!(put.json()["name"], "Connecter le monde");

        let fr = app.as_(&app.tokens.reviewer).get(NODE).header("accept-language", "fr-CH").await.json();
        assert_eq!(fr["name"], english["name"], "the English field stays English");
        let l = &fr["localized"];
        assert_eq!((l["lang"].as_str(), l["name"].as_str(), l["name_in_english"].as_bool()),
            (Some("fr"), Some("Connecter le monde"), Some(false)));
        assert_eq!(l["definition"], english["description"]);
        assert_eq!(l["definition_in_english"], true);

        // Spanish was not given: the English name stands in, marked.
        let es = app.as_(&admin).get(NODE).header("accept-language", "es").await.json();
        assert_eq!((es["localized"]["name"].clone(), es["localized"]["name_in_english"].clone()),
            (english["name"].clone(), json!(true)));

        let list = app.as_(&app.tokens.planner_bdt).get(&format!("{NODE}/translations")).await.json();
        assert_eq!(list["kind"], "node");
        assert_eq!(list["name"], english["name"]);
        let langs: Vec<&str> = list["items"].as_array().unwrap().iter().map(|i| i["lang"].as_str().unwrap()).collect();
        assert_eq!(langs, ["fr"]);
    }
}

both_backends! {
    async fn a_stale_version_is_refused_and_changes_nothing(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let path = "/api/v1/units/BR/translations/ar";
        app.as_(&admin).put(path).json(&json!({"name": "مكتب الاتصالات الراديوية"})).await.expect(StatusCode::OK);
        let second = app.as_(&admin).put(path).json(&json!({"name": "قطاع الاتصالات الراديوية", "version": 1})).await;
        assert_eq!(second.json()["version"], 2);
        let audits = app.count("audit_log").await;

        // Based on version 1, now stale: 409 for a body version, 412 for If-Match.
        let (s, p) = app.as_(&admin).put(path).json(&json!({"name": "قديم", "version": 1})).await.status_and_json();
        assert_eq!((s, p["code"].as_str()), (StatusCode::CONFLICT, Some("conflict")), "{p}");
        let a = app.as_(&admin).put(path).if_match(1).json(&json!({"name": "قديم"})).await;
        assert_eq!(a.status, StatusCode::PRECONDITION_FAILED);
        // An existing translation is not overwritten by a PUT that read none.
        let a = app.as_(&admin).put(path).json(&json!({"name": "جديد", "version": 0})).await;
        assert_eq!(a.status, StatusCode::CONFLICT);
        let a = app.as_(&admin).put(path).json(&json!({"name": "جديد"})).await;
        assert_eq!(a.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(fields(&a.json()), ["version"]);

        let now = app.as_(&admin).get("/api/v1/units/BR/translations").await.json();
        assert_eq!(now["items"][0]["name"], "قطاع الاتصالات الراديوية");
        assert_eq!(app.count("audit_log").await, audits, "a refused change writes no audit entry");
    }
}

both_backends! {
    async fn a_blank_text_clears_the_translation_and_the_english_name_returns_marked(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let path = "/api/v1/plans/SP2028-2031/translations/ru";
        app.as_(&admin).put(path).json(&json!({"name": "Стратегический план"})).await.expect(StatusCode::OK);
        let plan = app.as_(&admin).get("/api/v1/plans/SP2028-2031").header("accept-language", "ru").await.json();
        assert_eq!(plan["localized"]["name"], "Стратегический план");
        let before = app.count("translations").await;

        let a = app.as_(&admin).put(path).json(&json!({"name": "  ", "version": 1})).await;
        assert_eq!(a.status, StatusCode::NO_CONTENT);
        assert_eq!(app.count("translations").await, before - 1);
        let plan = app.as_(&admin).get("/api/v1/plans/SP2028-2031").header("accept-language", "ru").await.json();
        assert_eq!(plan["localized"]["name"], plan["name"]);
        assert_eq!(plan["localized"]["name_in_english"], true);
        let (_, audit) = app.get_json("/api/v1/audit?entity_type=translation").await;
        let actions: Vec<&str> = audit["items"].as_array().unwrap().iter().filter_map(|e| e["action"].as_str()).collect();
        assert!(actions.contains(&"create") && actions.contains(&"delete"), "{audit}");
    }
}

both_backends! {
    async fn bad_translations_are_refused_naming_each_field(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let before = app.count("translations").await;
        let a = app.as_(&admin).put(&format!("{NODE}/translations/en")).json(&json!({"name": "Connect"})).await;
        assert_eq!(a.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(fields(&a.json()), ["lang"]);

        let body = json!({"name": "Sexe", "definition": "texte", "provenance": "guessed"});
        let a = app.as_(&admin).put("/api/v1/dimensions/sex/translations/fr").json(&body).await;
        assert_eq!(fields(&a.json()), ["definition", "provenance"]);

        let long = json!({"name": "x".repeat(501)});
        let a = app.as_(&admin).put("/api/v1/dimensions/sex/values/female/translations/zh").json(&long).await;
        assert_eq!(a.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(fields(&a.json()), ["name"]);

        let a = app.as_(&admin).put("/api/v1/plans/SP2028-2031/nodes/NOPE/translations/fr").json(&json!({"name": "x"})).await;
        assert_eq!(a.status, StatusCode::NOT_FOUND);
        assert_eq!(app.count("translations").await, before, "nothing refused was stored");
    }
}

both_backends! {
    async fn indicator_and_dimension_reads_carry_the_readers_language(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let (_, list) = app.get_json("/api/v1/plans/SP2028-2031/indicators?per_page=1").await;
        let code = list["items"][0]["code"].as_str().unwrap().to_owned();
        let ind = format!("/api/v1/plans/SP2028-2031/indicators/{code}");
        let body = json!({"definition": "Part de la population", "provenance": "illustrative"});
        app.as_(&admin).put(&format!("{ind}/translations/fr")).json(&body).await.expect(StatusCode::OK);
        let fr = app.as_(&admin).get(&ind).header("accept-language", "fr").await.json();
        assert_eq!(fr["localized"]["definition"], "Part de la population");
        assert_eq!(fr["localized"]["definition_in_english"], false);
        assert_eq!(fr["localized"]["name_in_english"], true, "only the definition was translated");

        app.as_(&admin).put("/api/v1/dimensions/sex/values/female/translations/es").json(&json!({"name": "Mujer"})).await.expect(StatusCode::OK);
        let dims = app.as_(&admin).get("/api/v1/dimensions").header("accept-language", "es").await.json();
        let sex = dims["items"].as_array().unwrap().iter().find(|d| d["code"] == "sex").unwrap();
        let female = sex["values"].as_array().unwrap().iter().find(|v| v["code"] == "female").unwrap();
        assert_eq!(female["localized"]["name"], "Mujer");
        assert_eq!(sex["localized"]["name_in_english"], true);
        let en = app.as_(&admin).get("/api/v1/dimensions").await.json();
        assert!(!en.to_string().contains("localized"));
    }
}

both_backends! {
    async fn the_seed_names_each_goal_and_thematic_priority_in_six_languages_marked_illustrative(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        for node in ["G1", "G2", "TP-R1", "TP-X3"] {
            let (s, t) = app.get_json(&format!("/api/v1/plans/SP2028-2031/nodes/{node}/translations")).await;
            assert_eq!(s, StatusCode::OK);
            let items = t["items"].as_array().unwrap();
            let langs: Vec<&str> = items.iter().map(|i| i["lang"].as_str().unwrap()).collect();
            assert_eq!(langs, ["ar", "es", "fr", "ru", "zh"], "{node}");
            assert!(items.iter().all(|i| i["provenance"] == "illustrative"), "{node}: {t}");
            assert!(items.iter().all(|i| i["name"].as_str().is_some_and(|n| !n.is_empty() && n != t["name"])), "{node}");
        }
        let g1 = app.as_(&app.tokens.admin).get("/api/v1/plans/SP2028-2031/nodes/G1").header("accept-language", "zh").await.json();
        assert_eq!(g1["localized"]["name"], "普遍连通");
        assert_eq!(g1["localized"]["name_in_english"], false);
    }
}

#[test]
fn a_seed_translation_of_an_unknown_record_or_a_second_one_in_a_language_is_a_problem() {
    let dir = tempfile::tempdir().unwrap();
    let seed = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../seed-data");
    for f in std::fs::read_dir(&seed).unwrap() {
        let f = f.unwrap().path();
        std::fs::copy(&f, dir.path().join(f.file_name().unwrap())).unwrap();
    }
    let file = dir.path().join("translations.csv");
    let mut text = std::fs::read_to_string(&file).unwrap();
    text.push_str("node,SP2028-2031/NOPE,fr,Rien,,illustrative,\n");
    text.push_str("node,SP2028-2031/G1,fr,Encore,,illustrative,\n");
    text.push_str("unit,BR,fr,Bureau,Un texte,illustrative,\n");
    std::fs::write(&file, text).unwrap();
    let problems = stratrack::seed::check(&stratrack::seed::Source::Dir(dir.path().into())).unwrap_err();
    let found: Vec<(&str, &str)> = problems
        .iter()
        .filter(|p| p.file == "translations.csv")
        .map(|p| (p.column.as_str(), p.reason.as_str()))
        .collect();
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(
        found.iter().any(|(c, r)| *c == "key" && r.contains("SP2028-2031/NOPE")),
        "{found:?}"
    );
    assert!(
        found.iter().any(|(c, r)| *c == "lang" && r.contains("second fr")),
        "{found:?}"
    );
    assert!(found.iter().any(|(c, _)| *c == "definition"), "{found:?}");
}

both_backends! {
    async fn the_lists_of_nodes_and_indicators_carry_the_readers_language_per_item(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let body = json!({"name": "Femmes parmi les stagiaires", "provenance": "illustrative"});
        app.as_(&admin).put("/api/v1/plans/SP2028-2031/indicators/KPI-D4/translations/fr").json(&body).await.expect(StatusCode::OK);

        // Nodes: G1 is named in French by the seed, T1.1 is not (its English name stands in, marked).
        let nodes = app.as_(&admin).get("/api/v1/plans/SP2028-2031/nodes?per_page=500").header("accept-language", "fr").await.json();
        let node = |code: &str| nodes["items"].as_array().unwrap().iter().find(|n| n["code"] == code).cloned().unwrap();
        let g1 = node("G1");
        assert_eq!((g1["localized"]["lang"].as_str(), g1["localized"]["name"].as_str()), (Some("fr"), Some("Connectivité universelle")), "{g1}");
        assert_eq!(g1["localized"]["name_in_english"], false);
        assert_eq!(g1["name"], "Universal connectivity", "the English field stays English");
        let t11 = node("T1.1");
        assert_eq!((t11["localized"]["name"].clone(), t11["localized"]["name_in_english"].clone()), (t11["name"].clone(), json!(true)));
        assert_eq!(t11["localized"]["definition"], t11["description"]);

        let list = app.as_(&admin).get("/api/v1/plans/SP2028-2031/indicators?year=2028&per_page=500").header("accept-language", "fr-CH").await.json();
        let items = list["items"].as_array().unwrap();
        let d4 = items.iter().find(|i| i["code"] == "KPI-D4").unwrap();
        assert_eq!(d4["localized"]["name"], "Femmes parmi les stagiaires", "{d4}");
        assert_eq!(d4["localized"]["name_in_english"], false);
        assert_eq!(d4["localized"]["definition_in_english"], true);
        assert!(items.iter().all(|i| i["localized"]["lang"] == "fr"), "every item says it");

        // English answers are exactly as before: no `localized` anywhere.
        for path in ["/api/v1/plans/SP2028-2031/nodes?per_page=500", "/api/v1/plans/SP2028-2031/indicators?year=2028&per_page=500"] {
            let en = app.as_(&admin).get(path).await.json();
            assert!(!en.to_string().contains("localized"), "{path}");
            let asked = app.as_(&admin).get(path).header("accept-language", "en").await.json();
            assert_eq!(asked, en, "{path}");
        }
    }
}

#[test]
fn the_openapi_document_says_the_lists_items_carry_localized() {
    crate::helpers::block_on(async {
        let app = TestApp::empty(Backend::Sqlite).await.unwrap();
        let (_, doc) = app.call("GET", "/api/openapi.json", None, None).await;
        for schema in ["NodeListItem", "IndicatorListItem"] {
            let s = &doc["components"]["schemas"][schema];
            let has = |s: &Value| s["properties"].get("localized").is_some();
            let found = has(s) || s["allOf"].as_array().into_iter().flatten().any(has);
            assert!(found, "{schema}: {s}");
        }
    });
}
