//! The OpenAPI document and the offline API explorer.

use crate::helpers::{Backend, TestApp};
use axum::http::StatusCode;

#[test]
fn the_openapi_document_is_3_1_and_documents_responses_and_errors() {
    crate::helpers::block_on(async {
        let app = TestApp::empty(Backend::Sqlite).await.unwrap();
        let (s, doc) = app.call("GET", "/api/openapi.json", None, None).await;
        assert_eq!(s, StatusCode::OK);
        assert!(
            doc["openapi"].as_str().unwrap().starts_with("3.1"),
            "{}",
            doc["openapi"]
        );
        let paths = doc["paths"].as_object().unwrap();
        assert!(paths.len() >= 10, "{} paths", paths.len());
        for (path, item) in paths {
            for (method, op) in item.as_object().unwrap() {
                if !["get", "post", "put", "patch", "delete"].contains(&method.as_str()) {
                    continue;
                }
                let responses = op["responses"]
                    .as_object()
                    .unwrap_or_else(|| panic!("{method} {path} has no responses"));
                assert!(!responses.is_empty(), "{method} {path} documents no response");
                if path.starts_with("/api/v1/") && path != "/api/v1/auth/login" {
                    assert!(responses.contains_key("401"), "{method} {path} does not document 401");
                }
                if path.starts_with("/api/v1/") {
                    problems_are_declared_once(&doc, &format!("{method} {path}"), op);
                }
                // No credential travels in a URL (ASVS 13.1.3).
                for p in op["parameters"].as_array().into_iter().flatten() {
                    let name = p["name"].as_str().unwrap_or("").to_lowercase();
                    assert!(
                        !["token", "password", "secret", "api_key", "apikey", "session", "csrf"]
                            .iter()
                            .any(|w| name.contains(w)),
                        "{method} {path} takes a credential-like parameter `{name}` in the URL"
                    );
                }
                // Every path parameter is declared.
                for seg in path.split('/').filter(|s| s.starts_with('{')) {
                    let name = seg.trim_matches(|c| c == '{' || c == '}');
                    let declared = op["parameters"]
                        .as_array()
                        .is_some_and(|ps| ps.iter().any(|p| p["name"] == name && p["in"] == "path"));
                    assert!(declared, "{method} {path} does not declare path parameter {name}");
                }
            }
        }
        assert!(doc["components"]["schemas"]["Problem"].is_object());
    });
}

/// Every error answer of `op` refers to one declared in `components.responses`, as an
/// `application/problem+json` `Problem` (the 408 of the request timeout has no body); an operation with
/// a body documents 400, 413, 415 and 422, one with a path parameter 400 and 404, and every one 500 and
/// 503.
fn problems_are_declared_once(doc: &serde_json::Value, name: &str, op: &serde_json::Value) {
    let responses = op["responses"].as_object().unwrap();
    for (code, resp) in responses {
        if !(code.starts_with('4') || code.starts_with('5')) {
            continue;
        }
        let r = resp["$ref"]
            .as_str()
            .unwrap_or_else(|| panic!("{name} writes out its {code} instead of referring to a declared one"));
        assert!(r.starts_with("#/components/responses/"), "{name} {code}: {r}");
        let declared = doc
            .pointer(r.trim_start_matches('#'))
            .unwrap_or_else(|| panic!("{r} is not declared"));
        let content = declared["content"].as_object();
        if code == "408" {
            assert!(content.is_none_or(|c| c.is_empty()), "{name} 408 has no body");
            continue;
        }
        let content = content.unwrap_or_else(|| panic!("{name} {code} has no content"));
        assert_eq!(
            content.keys().collect::<Vec<_>>(),
            ["application/problem+json"],
            "{name} {code}"
        );
        assert_eq!(
            content["application/problem+json"]["schema"]["$ref"], "#/components/schemas/Problem",
            "{name} {code}"
        );
    }
    let has = |place: &str| {
        op["parameters"]
            .as_array()
            .is_some_and(|ps| ps.iter().any(|p| p["in"] == place))
    };
    let mut expected = vec!["500", "503"];
    if op.get("requestBody").is_some() {
        expected.extend(["400", "413", "415", "422"]);
    }
    if has("path") {
        expected.extend(["400", "404"]);
    }
    for code in expected {
        assert!(responses.contains_key(code), "{name} does not document {code}");
    }
}

#[test]
fn the_api_explorer_works_offline() {
    crate::helpers::block_on(async {
        let app = TestApp::empty(Backend::Sqlite).await.unwrap();
        let (s, body) = app
            .send(
                axum::http::Request::get("/api/docs/")
                    .body(axum::body::Body::empty())
                    .unwrap(),
            )
            .await;
        assert_eq!(s, StatusCode::OK);
        let html = String::from_utf8(body).unwrap();
        assert!(html.contains("swagger-ui"), "{html}");
        assert!(
            !html.contains("http://") && !html.contains("https://") && !html.contains("//cdn"),
            "no outside URL: {html}"
        );
        for asset in [
            "/api/docs/swagger-ui.css",
            "/api/docs/swagger-ui-bundle.js",
            "/api/docs/swagger-initializer.js",
        ] {
            let (s, body) = app
                .send(axum::http::Request::get(asset).body(axum::body::Body::empty()).unwrap())
                .await;
            assert_eq!(s, StatusCode::OK, "{asset} is served from the binary");
            assert!(body.len() > 100);
        }
        let (_, init) = app
            .send(
                axum::http::Request::get("/api/docs/swagger-initializer.js")
                    .body(axum::body::Body::empty())
                    .unwrap(),
            )
            .await;
        assert!(String::from_utf8(init).unwrap().contains("/api/openapi.json"));
    });
}

crate::both_backends! {
    async fn every_side_of_an_audit_entry_reads_as_an_object_as_documented(backend: Backend) {
        use std::io::Write;
        let Some(app) = TestApp::empty(backend).await else { return };
        let mut cli = std::process::Command::new(env!("CARGO_BIN_EXE_stratrack"))
            .args(["user", "add", "--email", "cli.user@test.org", "--role", "reviewer", "--password-stdin"])
            .env("DATABASE_URL", &app.url)
            .env("RUST_LOG", "error")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::null())
            .spawn()
            .expect("stratrack runs");
        cli.stdin.take().unwrap().write_all(b"correct horse battery staple\n").unwrap();
        assert!(cli.wait().unwrap().success(), "stratrack user add");
        // A side stored by an older version as bare text.
        {
            use sea_orm::{ActiveModelTrait, ActiveValue::Set};
            stratrack::entities::audit_log::ActiveModel {
                at: Set(chrono::Utc::now().into()),
                actor_label: Set("system".into()),
                action: Set("update".into()),
                entity_type: Set("user".into()),
                entity_id: Set("1".into()),
                before: Set(Some("\"old@test.org\"".into())),
                after: Set(Some("not json".into())),
                reason: Set(String::new()),
                ..Default::default()
            }
            .insert(&app.db)
            .await
            .unwrap();
        }

        let (s, page) = app.get_json("/api/v1/audit?entity_type=user").await;
        assert_eq!(s, StatusCode::OK, "{page}");
        let items = page["items"].as_array().unwrap();
        let added = items.iter().find(|e| e["action"] == "create").expect("the CLI's entry");
        assert_eq!(added["after"]["email"], "cli.user@test.org", "{added}");
        assert_eq!(added["after"]["role"], "reviewer", "{added}");
        let old = items.iter().find(|e| e["action"] == "update").expect("the older entry");
        assert_eq!(old["before"], serde_json::json!({"value": "old@test.org"}), "nothing stored is lost");
        assert_eq!(old["after"], serde_json::json!({"value": "not json"}));
        for e in items {
            for side in ["before", "after"] {
                assert!(e[side].is_object() || e[side].is_null(), "{side} of {e}");
            }
        }
    }
}

crate::both_backends! {
    async fn malformed_requests_are_answered_with_problem_documents(backend: Backend) {
        let Some(app) = TestApp::empty(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let request = |method: &str, path: &str, body: Option<(&str, &str)>| {
            let mut req = axum::http::Request::builder()
                .method(method)
                .uri(path)
                .header("authorization", format!("Bearer {admin}"));
            if let Some((ct, _)) = body {
                req = req.header("content-type", ct);
            }
            req.body(body.map_or_else(axum::body::Body::empty, |(_, b)| axum::body::Body::from(b.to_owned())))
                .unwrap()
        };
        let problem = |body: &[u8]| serde_json::from_slice::<serde_json::Value>(body).unwrap_or_default();

        // JSON sent as something else: refused as the wrong media type (ASVS 13.2.5).
        let (s, body) = app.send(request("POST", "/api/v1/tokens", Some(("text/plain", r#"{"name":"x"}"#)))).await;
        assert_eq!(s, StatusCode::UNSUPPORTED_MEDIA_TYPE);
        assert_eq!(problem(&body)["code"], "unsupported_media_type", "{}", String::from_utf8_lossy(&body));

        // Malformed JSON, a path id that is not a number, a query parameter of the wrong type: 400 problems.
        let (s, body) = app.send(request("POST", "/api/v1/tokens", Some(("application/json", "{")))).await;
        assert_eq!((s, &problem(&body)["code"]), (StatusCode::BAD_REQUEST, &serde_json::json!("bad_request")));
        let (s, body) = app.send(request("GET", "/api/v1/users/abc", None)).await;
        assert_eq!(s, StatusCode::BAD_REQUEST);
        let p = problem(&body);
        assert_eq!(p["code"], "bad_request", "{}", String::from_utf8_lossy(&body));
        assert!(p["detail"].as_str().unwrap().contains("abc"), "the detail says what is wrong: {p}");
        let (s, body) = app.send(request("GET", "/api/v1/users?page=first", None)).await;
        assert_eq!(s, StatusCode::BAD_REQUEST);
        assert_eq!(problem(&body)["code"], "bad_request", "{}", String::from_utf8_lossy(&body));
    }
}

/// The generated OpenAPI document, its operations by method and path template, and the compiled schema
/// of each documented answer (compiled on first use).
struct Spec {
    doc: serde_json::Value,
    /// (method, template segments, template).
    routes: Vec<(String, Vec<String>, String)>,
    validators: std::sync::Mutex<std::collections::HashMap<String, std::sync::Arc<jsonschema::Validator>>>,
}

static SPEC: std::sync::OnceLock<Spec> = std::sync::OnceLock::new();

fn spec() -> &'static Spec {
    SPEC.get_or_init(|| {
        let doc = serde_json::to_value(stratrack::api::split().1).expect("the document serialises");
        let mut routes = Vec::new();
        for (template, item) in doc["paths"].as_object().expect("paths") {
            for method in item.as_object().expect("path item").keys() {
                let segments = template.split('/').map(str::to_owned).collect();
                routes.push((method.to_uppercase(), segments, template.clone()));
            }
        }
        Spec {
            doc,
            routes,
            validators: Default::default(),
        }
    })
}

/// The documented template of `path`: the one with the most literal segments wins (`/nodes/tree` over
/// `/nodes/{code}`). A last parameter may take several segments (the report file route is a wildcard,
/// `{*path}`, documented as `{path}`), but only when no template has the path's length. `None` when no
/// documented path has this shape (pages, the explorer, unknown paths).
fn template_of(path: &str) -> Option<&'static str> {
    let segs: Vec<&str> = path.split('/').collect();
    let fits = |t: &Vec<String>, exact: bool| {
        let tail = t.len() < segs.len() && !exact && t.last().is_some_and(|l| l.starts_with('{'));
        (t.len() == segs.len() || tail)
            && t.iter()
                .zip(&segs)
                .all(|(t, s)| t == s || (t.starts_with('{') && !s.is_empty()))
    };
    [true, false].into_iter().find_map(|exact| {
        spec()
            .routes
            .iter()
            .filter(|(_, t, _)| fits(t, exact))
            .max_by_key(|(_, t, _)| t.iter().filter(|s| !s.starts_with('{')).count())
            .map(|(_, _, template)| template.as_str())
    })
}

/// Follows a `$ref` inside the document.
fn resolve(v: &serde_json::Value) -> &serde_json::Value {
    match v["$ref"].as_str() {
        Some(r) => spec()
            .doc
            .pointer(r.trim_start_matches('#'))
            .unwrap_or_else(|| panic!("{r} is referenced but not defined")),
        None => v,
    }
}

/// Compiles `schema` with the document's components beside it, so `#/components/schemas/...` resolves.
fn validator(key: &str, schema: &serde_json::Value) -> std::sync::Arc<jsonschema::Validator> {
    let mut cache = spec().validators.lock().unwrap_or_else(|e| e.into_inner());
    cache
        .entry(key.to_owned())
        .or_insert_with(|| {
            let root = serde_json::json!({
                "allOf": [schema],
                "components": { "schemas": spec().doc["components"]["schemas"] },
            });
            let v = jsonschema::draft202012::options()
                .should_validate_formats(true)
                .build(&root)
                .unwrap_or_else(|e| panic!("the schema of {key} does not compile: {e}"));
            std::sync::Arc::new(v)
        })
        .clone()
}

/// Checks one answer of the server against the OpenAPI document: the status must be documented for the
/// operation, the content type must be the documented one (none when none is documented), and a JSON
/// body must match the documented schema. Answers to paths outside the document (pages, the explorer)
/// and 405s to methods a documented path does not have are not operations and pass.
pub fn check_answer(method: &str, path: &str, status: StatusCode, content_type: Option<&str>, body: &[u8]) {
    let Some(template) = template_of(path) else {
        return;
    };
    let call = format!(
        "{method} {path} (documented as {template}) answered {}",
        status.as_u16()
    );
    let Some(op) = spec().doc["paths"][template].get(method.to_lowercase()) else {
        if status != StatusCode::METHOD_NOT_ALLOWED {
            mismatch(
                "operation",
                &format!("{call}: {method} is not documented on {template}"),
            );
        }
        return;
    };
    let code = status.as_u16().to_string();
    let range = format!("{}XX", &code[..1]);
    let Some(documented) = [code.as_str(), range.as_str(), "default"]
        .iter()
        .find_map(|c| op["responses"].get(*c))
    else {
        mismatch("status", &format!("{call}: status {code} is not documented"));
        return;
    };
    let documented = resolve(documented);
    let media = content_type
        .map(|c| c.split(';').next().unwrap_or(c).trim().to_ascii_lowercase())
        .filter(|c| !c.is_empty());
    let content = documented["content"].as_object().filter(|c| !c.is_empty());
    let Some(content) = content else {
        if !body.is_empty() || media.is_some() {
            mismatch(
                "content type",
                &format!(
                    "{call}: documented without a body, answered {media:?} with {} bytes",
                    body.len()
                ),
            );
        }
        return;
    };
    let Some(media) = media else {
        mismatch(
            "content type",
            &format!(
                "{call}: no content type, documented {:?}",
                content.keys().collect::<Vec<_>>()
            ),
        );
        return;
    };
    // Documented media types may carry parameters (`text/plain; version=0.0.4`): compare the type alone.
    let bare = |k: &str| k.split(';').next().unwrap_or(k).trim().to_ascii_lowercase();
    let Some(entry) = content
        .get(&media)
        .or_else(|| content.iter().find(|(k, _)| bare(k) == media).map(|(_, v)| v))
    else {
        mismatch(
            "content type",
            &format!(
                "{call}: answered {media}, documented {:?}",
                content.keys().collect::<Vec<_>>()
            ),
        );
        return;
    };
    if !(media == "application/json" || media.ends_with("+json")) {
        return;
    }
    let value: serde_json::Value = match serde_json::from_slice(body) {
        Ok(v) => v,
        Err(e) => {
            mismatch("schema", &format!("{call}: the {media} body is not JSON: {e}"));
            return;
        }
    };
    let Some(schema) = entry.get("schema") else {
        return;
    };
    let key = format!("{method} {template} {code} {media}");
    let v = validator(&key, schema);
    let errors: Vec<String> = v
        .iter_errors(&value)
        .take(5)
        .map(|e| format!("at `{}`: {e}", e.instance_path()))
        .collect();
    if errors.is_empty() {
        validated(&format!("{method} {template} {code}"));
    } else {
        let shown = value.to_string();
        let shown: String = shown.chars().take(600).collect();
        mismatch(
            "schema",
            &format!(
                "{call}: the body does not match the documented schema: {}\nbody: {shown}",
                errors.join("; ")
            ),
        );
    }
}

/// Notes an (operation, status) whose JSON body matched its documented schema, once per test process;
/// with `STRATRACK_OPENAPI_VALIDATED=FILE` each is also appended to FILE as a line, so that a run of the
/// whole suite says how much of the document live answers cover (`sort -u FILE | wc -l`).
fn validated(key: &str) {
    static SEEN: std::sync::Mutex<std::collections::BTreeSet<String>> =
        std::sync::Mutex::new(std::collections::BTreeSet::new());
    let first = SEEN.lock().unwrap_or_else(|e| e.into_inner()).insert(key.to_owned());
    if let (true, Some(file)) = (first, std::env::var_os("STRATRACK_OPENAPI_VALIDATED")) {
        use std::io::Write;
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&file)
            .expect("the file of validated answers opens");
        writeln!(f, "{key}").expect("the file of validated answers takes a line");
    }
}

/// Fails the test that received a non-conforming answer.
fn mismatch(kind: &str, message: &str) {
    panic!("the answer does not conform to the OpenAPI document ({kind}): {message}");
}

#[test]
fn the_indicator_answer_documents_its_projection_and_the_outlook_words() {
    crate::helpers::block_on(async {
        let app = TestApp::empty(Backend::Sqlite).await.unwrap();
        let (_, doc) = app.call("GET", "/api/openapi.json", None, None).await;
        let schemas = &doc["components"]["schemas"];
        let detail = schemas["IndicatorDetail"].to_string();
        assert!(detail.contains("\"#/components/schemas/Projection\""), "{detail}");
        let p = &schemas["Projection"];
        for field in [
            "method",
            "points_used",
            "target_year",
            "value_at_target_year",
            "last_year",
            "value_at_last_year",
            "outlook",
            "reason",
        ] {
            assert!(p["properties"][field].is_object(), "{field} in {p}");
        }
        let outlook = schemas["Outlook"].to_string();
        for word in ["likely", "unlikely", "too_early"] {
            assert!(outlook.contains(&format!("\"{word}\"")), "{word} in {outlook}");
        }
    });
}
