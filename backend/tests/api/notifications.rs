//! Notices by e-mail and from bulk submissions: with `STRATRACK_SMTP_URL` set, the office is mailed
//! when a value is submitted (by a background task, after the step committed), and a mail server that
//! cannot be reached fails nothing; an import with submit tells the office in the product.

use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use crate::imports::import;
use crate::pages::approvals::submitted;
use axum::http::StatusCode;
use stratrack::state::{AppState, Config};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::sync::mpsc;

/// One mail a test SMTP listener received: its recipients, its subject and its body, as they came
/// (a subject or body not in ASCII is encoded: compare it with [`encoded`]).
#[derive(Debug)]
struct Received {
    to: Vec<String>,
    subject: String,
    body: String,
}

/// The subject (its folded lines joined by `\n`) and the body (lines joined by `\n`, dots unstuffed)
/// of a message's `lines` as sent.
fn subject_and_body<'a>(lines: impl IntoIterator<Item = &'a str>) -> (String, String) {
    let (mut subject, mut body, mut in_subject, mut in_body) = (Vec::new(), Vec::new(), false, false);
    for line in lines {
        if in_body {
            body.push(
                line.strip_prefix('.')
                    .filter(|_| line.starts_with(".."))
                    .unwrap_or(line),
            );
        } else if line.is_empty() {
            in_body = true;
        } else if let Some(s) = line.strip_prefix("Subject: ") {
            (subject, in_subject) = (vec![s], true);
        } else if in_subject && line.starts_with([' ', '\t']) {
            subject.push(line);
        } else {
            in_subject = false;
        }
    }
    while body.last() == Some(&"") {
        body.pop();
    }
    (subject.join("\n"), body.join("\n"))
}

/// `subject` and `body` encoded as the mailer's library encodes them, as [`subject_and_body`] reads
/// them back: what a listener receives for a mail with these texts.
fn encoded(subject: &str, body: &str) -> (String, String) {
    let message = lettre::Message::builder()
        .from("planning@itu.int".parse().unwrap())
        .to("someone@test.org".parse().unwrap())
        .subject(subject)
        .body(body.to_owned())
        .unwrap()
        .formatted();
    let text = String::from_utf8(message).unwrap();
    subject_and_body(text.split("\r\n"))
}

/// A local SMTP listener speaking just enough of the protocol (220, EHLO/HELO → 250, MAIL/RCPT → 250,
/// DATA → 354, "." → 250, QUIT → 221): its port and the mails it receives.
async fn smtp_listener() -> (u16, mpsc::UnboundedReceiver<Received>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let (tx, rx) = mpsc::unbounded_channel();
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            let tx = tx.clone();
            tokio::spawn(async move {
                let (read, mut write) = socket.into_split();
                let mut lines = BufReader::new(read).lines();
                write.write_all(b"220 localhost test SMTP\r\n").await.ok();
                let (mut to, mut data, mut in_data) = (Vec::new(), Vec::<String>::new(), false);
                while let Ok(Some(line)) = lines.next_line().await {
                    if in_data {
                        if line == "." {
                            in_data = false;
                            let (subject, body) = subject_and_body(data.iter().map(String::as_str));
                            data.clear();
                            tx.send(Received {
                                to: std::mem::take(&mut to),
                                subject,
                                body,
                            })
                            .ok();
                            write.write_all(b"250 queued\r\n").await.ok();
                        } else {
                            data.push(line);
                        }
                        continue;
                    }
                    let verb = line.get(..4).unwrap_or("").to_ascii_uppercase();
                    let answer: &[u8] = match verb.as_str() {
                        "EHLO" | "HELO" => b"250 localhost\r\n",
                        "RCPT" => {
                            let addr = line.split(['<', '>']).nth(1).unwrap_or("").to_owned();
                            to.push(addr);
                            b"250 ok\r\n"
                        }
                        "DATA" => {
                            in_data = true;
                            b"354 go ahead\r\n"
                        }
                        "QUIT" => {
                            write.write_all(b"221 bye\r\n").await.ok();
                            break;
                        }
                        _ => b"250 ok\r\n",
                    };
                    write.write_all(answer).await.ok();
                }
            });
        }
    });
    (port, rx)
}

/// The next two mails the listener receives (the two admins'), by recipient.
async fn the_two_admins_mails(mails: &mut mpsc::UnboundedReceiver<Received>) -> Vec<Received> {
    let mut got = Vec::new();
    for _ in 0..2 {
        // Bounded so that a mail never sent fails the test instead of hanging it; not a timing check.
        let m = tokio::time::timeout(std::time::Duration::from_secs(60), mails.recv())
            .await
            .expect("the office is mailed")
            .expect("the listener runs");
        got.push(m);
    }
    got.sort_by(|a, b| a.to.cmp(&b.to));
    got
}

/// `app` served again with notices mailed to `smtp_url`.
fn mailing(app: &mut TestApp, smtp_url: &str) {
    let config = Config {
        smtp: Some(smtp_url.parse().expect("a valid SMTP URL")),
        ..Config::default()
    };
    let state = AppState {
        config: std::sync::Arc::new(config),
        ..AppState::new(app.db.clone())
    };
    app.router = stratrack::app(state.with_writer(None));
}

/// Notices of `kind` stored for the user with e-mail `email`.
async fn notices(app: &TestApp, email: &str, kind: &str) -> i64 {
    use sea_orm::ConnectionTrait;
    let sql = format!(
        "SELECT COUNT(*) AS n FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.email = '{email}' AND n.kind = '{kind}'"
    );
    let row = app
        .db
        .query_one_raw(sea_orm::Statement::from_string(app.db.get_database_backend(), sql))
        .await
        .unwrap()
        .unwrap();
    row.try_get::<i64>("", "n").unwrap()
}

both_backends! {
    async fn a_submission_is_mailed_to_the_office_when_smtp_is_configured(backend: Backend) {
        let Some(mut app) = TestApp::seeded(backend).await else { return };
        let (port, mut mails) = smtp_listener().await;
        mailing(&mut app, &format!("smtp://127.0.0.1:{port}?from=planning@itu.int"));
        let planner = app.tokens.planner_br.clone();
        submitted(&app, &planner, "KPI-R1", 2029, "135").await;
        let got = the_two_admins_mails(&mut mails).await;
        assert_eq!(got[0].to, vec!["admin2@test.org".to_owned()], "{got:?}");
        assert_eq!(got[1].to, vec!["admin@test.org".to_owned()], "{got:?}");
        for m in &got {
            assert_eq!(m.subject, "stratrack: KPI-R1 2029 of BR submitted for approval", "{got:?}");
        }
        assert_eq!(notices(&app, "admin@test.org", "submitted").await, 1, "the notice is in the product too");
    }
}

both_backends! {
    async fn a_mail_server_that_cannot_be_reached_fails_no_request_and_the_notice_stays(backend: Backend) {
        let Some(mut app) = TestApp::seeded(backend).await else { return };
        let closed = {
            let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            l.local_addr().unwrap().port()
        };
        mailing(&mut app, &format!("smtp://127.0.0.1:{closed}"));
        let planner = app.tokens.planner_br.clone();
        let m = submitted(&app, &planner, "KPI-R1", 2029, "135").await;
        assert_eq!(m["state"], "submitted");
        assert_eq!(notices(&app, "admin@test.org", "submitted").await, 1);
        assert_eq!(notices(&app, "admin2@test.org", "submitted").await, 1);
    }
}

both_backends! {
    async fn an_import_with_submit_tells_the_office_how_many_values_each_unit_submitted(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let planner = app.tokens.planner_br.clone();
        let csv = "indicator_code,year,value\nKPI-R1,2029,135\nKPI-R4,2029,540\n";
        let (s, r) = import(&app, &planner, "plan=SP2028-2031", csv).await;
        assert_eq!(s, StatusCode::CREATED, "{r}");
        assert_eq!(notices(&app, "admin@test.org", "submitted").await, 0, "drafts tell nobody");
        let csv = "indicator_code,year,value\nKPI-R5,2029,90\nKPI-R3,2029,70\n";
        let (s, r) = import(&app, &planner, "plan=SP2028-2031&submit=true", csv).await;
        assert_eq!(s, StatusCode::CREATED, "{r}");
        assert_eq!(notices(&app, "admin@test.org", "submitted").await, 1, "one notice for the unit's batch");
        assert_eq!(notices(&app, "planner.br@test.org", "submitted").await, 0, "the planner is not told of their own import");
        let (_, list) = app.get_json("/api/v1/measurements?indicator=KPI-R5").await;
        let new = list["items"].as_array().unwrap().iter().find(|m| m["year"] == 2029).expect("the 2029 value");
        assert_eq!(new["state"], "submitted", "{list}");
    }
}

both_backends! {
    async fn a_notice_is_mailed_in_each_recipients_language_and_in_english_to_one_without(backend: Backend) {
        use sea_orm::ConnectionTrait;
        let Some(mut app) = TestApp::seeded(backend).await else { return };
        let (port, mut mails) = smtp_listener().await;
        mailing(&mut app, &format!("smtp://127.0.0.1:{port}?from=planning@itu.int"));
        // admin2 prefers French (as the language switch stores it); admin has no preference.
        app.db.execute_unprepared("UPDATE users SET language = 'fr' WHERE email = 'admin2@test.org'").await.unwrap();
        let body = serde_json::json!({"name": "Pays dotés de réseaux à satellite"});
        app.as_(&app.tokens.admin).put("/api/v1/plans/SP2028-2031/indicators/KPI-R1/translations/fr").json(&body).await.expect(StatusCode::OK);
        let planner = app.tokens.planner_br.clone();
        submitted(&app, &planner, "KPI-R1", 2029, "135").await;
        let got = the_two_admins_mails(&mut mails).await;
        assert_eq!(got[0].to, vec!["admin2@test.org".to_owned()], "{got:?}");
        let link = "/approvals?plan=SP2028-2031&year=2029&unit=BR";
        let french = encoded(
            "stratrack : valeur KPI-R1 2029 de BR soumise pour approbation",
            &format!(
                "Valeur KPI-R1 2029 (Pays dotés de réseaux à satellite) de BR soumise pour approbation par planner.br@test.org.\n\nOuvrir dans stratrack : {link}\n"
            ),
        );
        assert_eq!((got[0].subject.clone(), got[0].body.clone()), french, "{got:?}");
        // English, word for word what the mail always said, to a user with no preference.
        assert_eq!(got[1].to, vec!["admin@test.org".to_owned()], "{got:?}");
        assert_eq!(got[1].subject, "stratrack: KPI-R1 2029 of BR submitted for approval", "{got:?}");
        let (_, ind) = app.get_json("/api/v1/plans/SP2028-2031/indicators/KPI-R1").await;
        let english = format!(
            "KPI-R1 2029 ({}) of BR was submitted for approval by planner.br@test.org.\n\nOpen it in stratrack: {link}\n",
            ind["name"].as_str().unwrap()
        );
        assert_eq!((got[1].subject.clone(), got[1].body.clone()), encoded(&got[1].subject, &english), "{got:?}");
    }
}
