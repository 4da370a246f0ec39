//! The six languages (issue 17): problem documents follow `Accept-Language` with the same stable code;
//! a user's language preference round-trips through `PATCH /api/v1/auth/me`; pages choose their
//! language from the switch, the preference, the cookie and `Accept-Language`, in that order, and say it
//! in `<html lang dir>`; pages not yet translated mark their content English.

use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use crate::pages::{csrf_of, login, send};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use serde_json::json;

/// `GET path` with the given `Cookie` and `Accept-Language` headers, as (status, HTML).
async fn page(app: &TestApp, path: &str, cookie: Option<&str>, accept: Option<&str>) -> (StatusCode, String) {
    let mut req = Request::get(path);
    if let Some(c) = cookie {
        req = req.header(header::COOKIE, c);
    }
    if let Some(a) = accept {
        req = req.header(header::ACCEPT_LANGUAGE, a);
    }
    let (a, _) = send(app, req.body(Body::empty()).unwrap()).await;
    (a.status, a.body)
}

/// The `<html …>` start tag of `html`.
fn html_tag(html: &str) -> &str {
    let at = html.find("<html").expect("an html element");
    &html[at..at + html[at..].find('>').unwrap() + 1]
}

/// `POST /language` choosing `lang`, with the session `cookie` and its CSRF token (if any); returns the
/// answer and the cookie it sets.
async fn switch(app: &TestApp, cookie: Option<&str>, csrf: &str, lang: &str) -> (crate::pages::Answer, Option<String>) {
    let mut req = Request::post("/language").header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    if let Some(c) = cookie {
        req = req.header(header::COOKIE, c);
    }
    let form = serde_urlencoded::to_string([("lang", lang), ("next", "/framework?year=2028"), ("csrf", csrf)]).unwrap();
    send(app, req.body(Body::from(form)).unwrap()).await
}

both_backends! {
    async fn a_problem_document_follows_accept_language_and_keeps_its_code(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let missing = "/api/v1/plans/NO-SUCH-PLAN";
        for (accept, title) in [
            (None, "Not Found"),
            (Some("fr-CH, en;q=0.5"), "Introuvable"),
            (Some("ar"), "غير موجود"),
            (Some("zh-Hans-CN"), "未找到"),
            (Some("de-DE, ru;q=0.3"), "Не найдено"),
            (Some("es-419"), "No encontrado"),
            (Some("de"), "Not Found"),
        ] {
            let mut call = app.as_(&admin).get(missing);
            if let Some(a) = accept {
                call = call.header("accept-language", a);
            }
            let a = call.await;
            assert_eq!(a.status, StatusCode::NOT_FOUND, "{accept:?}");
            let p = a.json();
            assert_eq!(p["code"], "not_found", "{accept:?}: {p}");
            assert_eq!(p["title"], title, "{accept:?}: {p}");
        }
        // A fixed detail is translated too; the code stays.
        let a = app.anonymous().get("/api/v1/auth/me").header("accept-language", "fr").await;
        assert_eq!(a.status, StatusCode::UNAUTHORIZED);
        let p = a.json();
        assert_eq!((p["code"].as_str(), p["title"].as_str(), p["detail"].as_str()),
            (Some("unauthenticated"), Some("Authentification requise"), Some("authentification requise")));
        // The API does not follow the pages' cookie: a script states its language per request.
        let a = app.as_(&admin).get(missing).header("cookie", "stratrack_lang=ar").await;
        assert_eq!(a.json()["title"], "Not Found");
    }
}

both_backends! {
    async fn the_language_preference_round_trips_through_the_api(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let planner = app.tokens.planner_br.clone();
        let me = app.as_(&planner).get("/api/v1/auth/me").await.json();
        assert_eq!(me["language"], serde_json::Value::Null, "no preference until chosen: {me}");
        let a = app.as_(&planner).patch("/api/v1/auth/me").json(&json!({"language": "ru"})).await;
        assert_eq!(a.status, StatusCode::OK, "{}", a.json());
        assert_eq!(a.json()["language"], "ru");
        assert_eq!(app.as_(&planner).get("/api/v1/auth/me").await.json()["language"], "ru");
        // Another user's preference is theirs alone.
        assert_eq!(app.as_(&app.tokens.admin).get("/api/v1/auth/me").await.json()["language"], serde_json::Value::Null);
        let bad = app.as_(&planner).patch("/api/v1/auth/me").json(&json!({"language": "de"})).await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        let p = bad.json();
        assert_eq!(p["errors"][0]["field"], "language", "{p}");
        assert!(p["errors"][0]["reason"].as_str().unwrap().contains("ar, en, es, fr, ru, zh"), "{p}");
        assert_eq!(app.as_(&planner).get("/api/v1/auth/me").await.json()["language"], "ru", "a refused change changes nothing");
        let cleared = app.as_(&planner).patch("/api/v1/auth/me").json(&json!({"language": null})).await;
        assert_eq!(cleared.json()["language"], serde_json::Value::Null);
    }
}

both_backends! {
    async fn a_first_visit_follows_accept_language_and_the_cookie_wins_over_it(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        for (accept, tag, heading) in [
            (None, r#"<html lang="en" dir="ltr">"#, "Log in to stratrack"),
            (Some("fr-CH, en;q=0.8"), r#"<html lang="fr" dir="ltr">"#, "Se connecter à stratrack"),
            (Some("zh-Hans-CN,zh;q=0.9"), r#"<html lang="zh" dir="ltr">"#, "登录 stratrack"),
            (Some("ar-EG"), r#"<html lang="ar" dir="rtl">"#, "تسجيل الدخول إلى stratrack"),
            (Some("ja, de"), r#"<html lang="en" dir="ltr">"#, "Log in to stratrack"),
        ] {
            let (status, html) = page(&app, "/login", None, accept).await;
            assert_eq!(status, StatusCode::OK);
            assert_eq!(html_tag(&html), tag, "{accept:?}");
            assert!(html.contains(heading), "{accept:?}: {html}");
        }
        let (_, html) = page(&app, "/login", Some("stratrack_lang=es"), Some("fr")).await;
        assert_eq!(html_tag(&html), r#"<html lang="es" dir="ltr">"#, "the cookie wins over Accept-Language");
        // A cookie naming no language of the six is ignored.
        let (_, html) = page(&app, "/login", Some("stratrack_lang=xx"), Some("ru")).await;
        assert_eq!(html_tag(&html), r#"<html lang="ru" dir="ltr">"#);
    }
}

both_backends! {
    async fn the_switch_remembers_the_choice_in_the_browser_and_for_the_user(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        // Before logging in: only the browser's cookie, and back to the page the switch was on.
        let (a, cookie) = switch(&app, None, "", "zh").await;
        assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
        assert_eq!(a.location.as_deref(), Some("/framework?year=2028"));
        assert_eq!(cookie.as_deref(), Some("stratrack_lang=zh"));

        let session = login(&app, "planner.br@test.org").await;
        let (_, home) = page(&app, "/", Some(&session), None).await;
        let csrf = csrf_of(&home);
        // A logged-in switch needs the session's CSRF token: it changes a stored preference.
        let (refused, _) = switch(&app, Some(&session), "", "ar").await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);
        let (bad, _) = switch(&app, Some(&session), &csrf, "de").await;
        assert_eq!(bad.status, StatusCode::BAD_REQUEST);
        let (a, cookie) = switch(&app, Some(&session), &csrf, "ar").await;
        assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
        assert_eq!(cookie.as_deref(), Some("stratrack_lang=ar"));
        let me = app.as_(&app.tokens.planner_br).get("/api/v1/auth/me").await.json();
        assert_eq!(me["language"], "ar", "the preference is stored on the user: {me}");

        // The preference wins over the cookie and Accept-Language, on any browser.
        let with_cookie = format!("{session}; stratrack_lang=fr");
        let (status, html) = page(&app, "/", Some(&with_cookie), Some("es")).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(html_tag(&html), r#"<html lang="ar" dir="rtl">"#);
        assert!(html.contains("لوحة المتابعة") && html.contains("حسب الهدف والأولوية المواضيعية"), "{html}");
        assert!(html.contains(r#"<main id="content">"#), "the dashboard is translated: its content is not marked English");
        assert!(html.contains(r#"<button type="submit" name="lang" value="ar" lang="ar" dir="rtl" aria-current="true">العربية</button>"#), "{html}");
        // A page not yet translated keeps English text, marked as such inside the Arabic page.
        let (_, framework) = page(&app, "/framework", Some(&session), None).await;
        assert_eq!(html_tag(&framework), r#"<html lang="ar" dir="rtl">"#);
        assert!(framework.contains(r#"<main id="content">"#), "the framework page is translated too: {framework}");
        assert!(framework.contains("الإطار") || framework.contains("إطار النتائج"), "the navigation is translated");
        // An error page is translated, and so is its detail where the domain says what is missing as a
        // message (the codes stay as they are); it is then not marked English.
        let (status, missing) = page(&app, "/indicators/KPI-NOPE", Some(&session), None).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert!(missing.contains("404 غير موجود") && missing.contains("العودة إلى لوحة المتابعة"), "{missing}");
        assert!(missing.contains("<p>المؤشر KPI-NOPE في الخطة SP2028-2031: غير موجود</p>"), "{missing}");
        assert!(!missing.contains(r#"<p lang="en" dir="ltr">"#), "{missing}");
    }
}

both_backends! {
    async fn a_refused_fields_reason_follows_accept_language_where_the_domain_says_it_as_a_message(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let comma = json!({"plan_code": "SP2028-2031", "indicator_code": "KPI-R3", "year": 2029, "value": "12,5"});
        let no_year = json!({"plan_code": "SP2028-2031", "indicator_code": "KPI-R3", "value": "12.5"});
        for (accept, value_reason, year_reason) in [
            (None, "`12,5` has a comma; decimal commas are not accepted, nor are thousands separators: write 12.5", "is required"),
            (Some("fr"), "`12,5` contient une virgule ; la virgule décimale n’est pas acceptée, ni les séparateurs de milliers : écrivez 12.5", "est obligatoire"),
            (Some("zh-CN"), "`12,5` 中有逗号；不接受小数逗号，也不接受千位分隔符：请写 12.5", "为必填项"),
            (Some("ru"), "в `12,5` есть запятая; десятичная запятая не принимается, как и разделители тысяч: напишите 12.5", "обязательно"),
        ] {
            for (body, field, reason) in [(&comma, "value", value_reason), (&no_year, "year", year_reason)] {
                let mut call = app.as_(&admin).post("/api/v1/measurements").json(body);
                if let Some(a) = accept {
                    call = call.header("accept-language", a);
                }
                let a = call.await;
                assert_eq!(a.status, StatusCode::UNPROCESSABLE_ENTITY, "{accept:?}");
                let p = a.json();
                assert_eq!(p["code"], "validation_failed", "{p}");
                let e = p["errors"].as_array().unwrap().iter().find(|e| e["field"] == field).unwrap_or_else(|| panic!("{p}"));
                assert_eq!(e["reason"], reason, "{accept:?}: {p}");
            }
        }
    }
}

both_backends! {
    async fn the_password_change_says_what_is_wrong_in_the_readers_language(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let session = format!("{}; stratrack_lang=fr", login(&app, "planner.br@test.org").await);
        let (page, _) = send(&app, Request::get("/account").header(header::COOKIE, &session).body(Body::empty()).unwrap()).await;
        let csrf = csrf_of(&page.body);
        let form = serde_urlencoded::to_string([("current_password", "nope"), ("new_password", "short"), ("csrf", csrf.as_str())]).unwrap();
        let req = Request::post("/account/password")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::COOKIE, &session)
            .body(Body::from(form))
            .unwrap();
        let (a, _) = send(&app, req).await;
        assert_eq!(a.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", a.body);
        // In French, at each field, and not marked English.
        assert!(a.body.contains(r#"<span class="field-error" id="err-current">Ce mot de passe n’est pas votre mot de passe actuel</span>"#), "{}", a.body);
        assert!(a.body.contains(r#"<span class="field-error" id="err-new">Ce mot de passe doit comporter au moins 12 caractères</span>"#), "{}", a.body);
        // The API gives the same reasons in the language asked for, and in English without it.
        let body = json!({"current_password": "nope", "new_password": "aaaaaaaaaaaaaaaa"});
        let ru = app.as_(&app.tokens.planner_br).post("/api/v1/auth/password").json(&body).header("accept-language", "ru").await.json();
        let reasons: Vec<&str> = ru["errors"].as_array().unwrap().iter().map(|e| e["reason"].as_str().unwrap()).collect();
        assert_eq!(reasons, ["не совпадает с вашим текущим паролем", "не должен быть одним повторённым символом"], "{ru}");
        let en = app.as_(&app.tokens.planner_br).post("/api/v1/auth/password").json(&body).await.json();
        let reasons: Vec<&str> = en["errors"].as_array().unwrap().iter().map(|e| e["reason"].as_str().unwrap()).collect();
        assert_eq!(reasons, ["is not your current password", "must not be a single character repeated"], "{en}");
    }
}

/// The `reason` of `field` in the problem document `p`.
pub(crate) fn reason_of<'a>(p: &'a serde_json::Value, field: &str) -> &'a str {
    p["errors"]
        .as_array()
        .unwrap_or_else(|| panic!("{p}"))
        .iter()
        .find(|e| e["field"] == field)
        .and_then(|e| e["reason"].as_str())
        .unwrap_or_else(|| panic!("no {field} in {p}"))
}

both_backends! {
    async fn a_bad_code_a_wrong_parent_and_a_year_outside_the_plan_are_said_in_the_asked_language(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let node = json!({"code": "T 9", "level": "target", "name": "x", "parent": "TP-R1"});
        let value = json!({"plan_code": "SP2028-2031", "indicator_code": "KPI-R3", "year": 2032, "value": "50"});
        for (accept, code, parent, year) in [
            (
                None,
                "` ` is not allowed: use letters, digits, `.`, `-` and `_`",
                "a target must have goal as parent, not thematic_priority",
                "2032 is outside plan SP2028-2031 (2028-2031)",
            ),
            (
                Some("fr"),
                "` ` n’est pas admis : utilisez des lettres, des chiffres, `.`, `-` et `_`",
                "un élément de niveau cible doit avoir pour parent but, et non priorité thématique",
                "2032 est hors du plan SP2028-2031 (2028-2031)",
            ),
            (
                Some("ru"),
                "` ` не допускается: используйте буквы, цифры, `.`, `-` и `_`",
                "у элемента уровня целевой показатель родителем должно быть: цель, а не тематический приоритет",
                "2032 вне плана SP2028-2031 (2028-2031)",
            ),
        ] {
            let mut call = app.as_(&admin).post("/api/v1/plans/SP2028-2031/nodes").json(&node);
            if let Some(a) = accept {
                call = call.header("accept-language", a);
            }
            let a = call.await;
            assert_eq!(a.status, StatusCode::UNPROCESSABLE_ENTITY, "{accept:?}");
            let p = a.json();
            assert_eq!(p["code"], "validation_failed", "{p}");
            assert_eq!((reason_of(&p, "code"), reason_of(&p, "parent")), (code, parent), "{accept:?}");
            let mut call = app.as_(&admin).post("/api/v1/measurements").json(&value);
            if let Some(a) = accept {
                call = call.header("accept-language", a);
            }
            let p = call.await.json();
            assert_eq!(reason_of(&p, "year"), year, "{accept:?}: {p}");
        }
    }
}

both_backends! {
    async fn an_imports_header_and_a_missing_plan_are_said_in_the_asked_language(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let csv = "plan_code,indicator_code,year,year\nSP2028-2031,KPI-R3,2029,2029\n";
        for (accept, twice, missing, detail) in [
            (None, "appears twice in the header", "is missing from the header", "plan NO-SUCH-PLAN not found"),
            (Some("fr"), "figure deux fois dans l’en-tête", "manque dans l’en-tête", "plan NO-SUCH-PLAN : introuvable"),
            (Some("ru"), "встречается в заголовке дважды", "отсутствует в заголовке", "план NO-SUCH-PLAN: не найдено"),
        ] {
            let mut req = Request::post("/api/v1/imports/measurements")
                .header("authorization", format!("Bearer {admin}"))
                .header("content-type", "text/csv");
            if let Some(a) = accept {
                req = req.header("accept-language", a);
            }
            let (status, body) = app.send(req.body(Body::from(csv)).unwrap()).await;
            assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{accept:?}");
            let p: serde_json::Value = serde_json::from_slice(&body).unwrap();
            assert_eq!(reason_of(&p, "line 1, column year"), twice, "{accept:?}");
            assert_eq!(reason_of(&p, "line 1, column value"), missing, "{accept:?}");
            // A 404's detail is the fixed text around the code, in the language; the code stays.
            let mut call = app.as_(&admin).get("/api/v1/plans/NO-SUCH-PLAN");
            if let Some(a) = accept {
                call = call.header("accept-language", a);
            }
            let p = call.await.json();
            assert_eq!((p["code"].as_str(), p["detail"].as_str()), (Some("not_found"), Some(detail)), "{accept:?}");
        }
    }
}
