//! Starting the server, chromedriver and a headless chromium session.

use crate::checkers::{axe_violations, checkers, keep_responses, served_html, vnu_errors};
use crate::process::{Proc, free_port, read_until_listening, serve_command};
use fantoccini::{Client, ClientBuilder, Locator};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// The password the walks give every user they add, and the first admin once it has replaced its
/// one-time password ([`Browser::first_admin`]).
pub const PW: &str = "a long enough passphrase";

/// A user a walk adds before it starts: (email, role, unit).
pub type User<'a> = (&'a str, &'a str, Option<&'a str>);

/// What every walk starts from: a headless browser and a fresh server with `users` added, each with
/// the password [`PW`]; `None` (the walk then returns) where [`browser`] finds no chromedriver.
pub async fn walk(users: &[User<'_>]) -> Option<(Browser, Server)> {
    let b = browser().await?;
    let srv = Server::start();
    for (email, role, unit) in users {
        srv.add_user(email, role, *unit, PW);
    }
    Some((b, srv))
}

/// Where screenshots go.
pub fn screenshot_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/screenshots");
    std::fs::create_dir_all(&dir).expect("screenshot dir");
    dir
}

/// A running stratrack with its first admin password.
pub struct Server {
    _proc: Proc,
    /// `http://127.0.0.1:PORT`.
    pub base: String,
    /// The one-time admin password printed at first start.
    pub admin_password: String,
    /// The database URL, for CLI calls.
    pub db_url: String,
    _dir: tempfile::TempDir,
}

impl Server {
    /// Starts `stratrack serve` on an empty directory and waits until it listens.
    pub fn start() -> Server {
        let dir = tempfile::tempdir().unwrap();
        let port = free_port();
        let db_url = format!("sqlite://{}?mode=rwc", dir.path().join("stratrack.db").display());
        let mut child = Proc(
            serve_command(port)
                .env("DATABASE_URL", &db_url)
                .env("RUST_LOG", "warn")
                .spawn()
                .unwrap(),
        );
        let lines = read_until_listening(&mut child.0);
        let password = lines
            .iter()
            .rev()
            .find_map(|l| l.trim().strip_prefix("password:"))
            .map_or_else(String::new, |p| p.trim().to_owned());
        Server {
            _proc: child,
            base: format!("http://127.0.0.1:{port}"),
            admin_password: password,
            db_url,
            _dir: dir,
        }
    }

    /// Adds a user through the CLI.
    pub fn add_user(&self, email: &str, role: &str, unit: Option<&str>, password: &str) {
        use std::io::Write;
        let mut args = vec!["user", "add", "--email", email, "--role", role, "--password-stdin"];
        if let Some(u) = unit {
            args.extend(["--unit", u]);
        }
        let mut child = Command::new(env!("CARGO_BIN_EXE_stratrack"))
            .args(&args)
            .env("DATABASE_URL", &self.db_url)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(password.as_bytes()).unwrap();
        assert!(child.wait().unwrap().success(), "user add {email}");
    }
}

/// chromedriver in a process group of its own, with the chromium it starts: dropped, the whole group
/// is ended, so a failing walk (which never reaches `close()`) leaves no orphaned browser behind.
pub struct DriverGroup(Child);

impl Drop for DriverGroup {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", "--", &format!("-{}", self.0.id())])
            .stderr(Stdio::null())
            .status();
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// chromedriver plus a headless chromium session.
pub struct Browser {
    /// The WebDriver client.
    pub c: Client,
    /// The pages checked so far, for the Nu HTML checker when the walk ends.
    checked: Checked,
    _driver: DriverGroup,
    _profile: tempfile::TempDir,
}

/// The HTML files of the pages a walk checked ([`Browser::check_a11y`]), as the server sent them: dropped
/// at the end of a walk that did not fail otherwise, it runs the Nu HTML checker over all of them at once
/// (one Java start per walk) and fails with each error's file, line and message.
#[derive(Default)]
struct Checked(std::sync::Mutex<Vec<(PathBuf, String)>>);

impl Drop for Checked {
    fn drop(&mut self) {
        let pages = std::mem::take(self.0.get_mut().unwrap_or_else(std::sync::PoisonError::into_inner));
        if std::thread::panicking() || pages.is_empty() {
            return;
        }
        let files: Vec<PathBuf> = pages.into_iter().map(|(f, _)| f).collect();
        let errors = vnu_errors(&files);
        assert!(
            errors.is_empty(),
            "the Nu HTML checker finds {} error(s) in the pages checked (under {}):\n  {}",
            errors.len(),
            html_dir().display(),
            errors.join("\n  ")
        );
    }
}

/// Where the HTML of the pages checked goes (`target/screenshots/html/`).
fn html_dir() -> PathBuf {
    let dir = screenshot_dir().join("html");
    std::fs::create_dir_all(&dir).expect("html dir");
    dir
}

/// Starts chromedriver and a session, or `None` (outside CI) when chromedriver is not installed. Fails
/// when the HTML checkers are not installed ([`checkers`]), also where it would skip.
pub async fn browser() -> Option<Browser> {
    checkers();
    let driver = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"]
        .into_iter()
        .find(|p| Path::new(p).exists());
    let Some(driver) = driver else {
        assert!(
            std::env::var_os("CI").is_none(),
            "chromedriver is required in CI: apt-get install -y chromium chromium-driver"
        );
        eprintln!(
            "\n*** SKIPPING browser tests: chromedriver not found (apt-get install -y chromium chromium-driver). ***\n"
        );
        return None;
    };
    let port = free_port();
    let proc = DriverGroup(
        std::os::unix::process::CommandExt::process_group(
            Command::new(driver)
                .arg(format!("--port={port}"))
                .stdout(Stdio::null())
                .stderr(Stdio::null()),
            0,
        )
        .spawn()
        .unwrap(),
    );
    let profile = tempfile::tempdir().unwrap();
    let caps = serde_json::json!({
        "goog:chromeOptions": {
            "binary": "/usr/bin/chromium",
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                     "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--window-size=1280,1000", format!("--user-data-dir={}", profile.path().display())]
        }
    });
    let caps: serde_json::Map<String, serde_json::Value> = serde_json::from_value(caps).unwrap();
    let mut last = None;
    for _ in 0..50 {
        // chromedriver listens on plain HTTP on 127.0.0.1: no TLS connector.
        match ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps.clone())
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
        {
            Ok(c) => {
                keep_responses(&c).await;
                return Some(Browser {
                    c,
                    checked: Checked::default(),
                    _driver: proc,
                    _profile: profile,
                });
            }
            Err(e) => last = Some(e),
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    panic!("cannot start a chromium session: {last:?}");
}

impl Browser {
    /// Opens `url`.
    pub async fn go(&self, url: &str) {
        self.c.goto(url).await.unwrap_or_else(|e| panic!("goto {url}: {e}"));
    }

    /// The visible text of the page body (retried while a navigation replaces the page).
    pub async fn text(&self) -> String {
        for _ in 0..50 {
            if let Ok(body) = self.c.find(Locator::Css("body")).await
                && let Ok(t) = body.text().await
            {
                return t;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("the page body could not be read");
    }

    /// The visible text of the first element `css` selects; fails naming `css` when there is none.
    pub async fn text_of(&self, css: &str) -> String {
        let e = self
            .c
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no element {css}: {e}"));
        e.text().await.unwrap_or_else(|e| panic!("the text of {css}: {e}"))
    }

    /// Waits (up to 10 s) until the page text contains `needle`, and returns the text.
    pub async fn wait_text(&self, needle: &str) -> String {
        self.wait_text_for(needle, 10).await
    }

    /// Waits (up to `secs` seconds) until the page text contains `needle`, and returns the text.
    pub async fn wait_text_for(&self, needle: &str, secs: u32) -> String {
        let mut t = String::new();
        for _ in 0..secs * 10 {
            t = self.text().await;
            if t.contains(needle) {
                return t;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("the page never showed `{needle}`; it shows: {t}");
    }

    /// Fills the field with id `id`.
    pub async fn fill(&self, id: &str, value: &str) {
        let e = self
            .c
            .find(Locator::Id(id))
            .await
            .unwrap_or_else(|e| panic!("field #{id}: {e}"));
        e.clear().await.unwrap();
        e.send_keys(value).await.unwrap();
    }

    /// Clicks the first element matching `css`.
    pub async fn click(&self, css: &str) {
        self.c
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("click {css}: {e}"))
            .click()
            .await
            .unwrap();
    }

    /// Saves a full-window screenshot as `name.png` under `target/screenshots/`, then checks the page
    /// for the WCAG 2.1 AA basics ([`Browser::check_a11y`]): every page worth a screenshot is checked.
    pub async fn shot(&self, name: &str) {
        let png = self.c.screenshot().await.unwrap();
        std::fs::write(screenshot_dir().join(format!("{name}.png")), png).unwrap();
        self.check_a11y(name).await;
    }

    /// Fails when the page breaks one of the accessibility checks of `a11y.js`: lang, title, one
    /// `<main>` with a skip link to it, a label for every field, a name for every button and link,
    /// `<th scope>` in every table, exactly one h1 and no skipped heading level, alt text or
    /// role=img with a name on images and svg, text contrast of 4.5:1 (3:1 large), a visible focus outline;
    /// or when axe-core finds a WCAG 2.1 AA violation. Keeps the page's HTML as served for the Nu HTML
    /// checker, which runs when the walk ends ([`Checked`]).
    pub async fn check_a11y(&self, page: &str) {
        let mut problems = self.a11y_problems(page).await;
        problems.extend(
            axe_violations(&self.c, page)
                .await
                .into_iter()
                .map(|v| format!("axe-core: {v}")),
        );
        self.keep_html(page).await;
        assert!(
            problems.is_empty(),
            "accessibility problems on the {page} page:\n  {}",
            problems.join("\n  ")
        );
    }

    /// Saves the current page's HTML as the server sent it under [`html_dir`], named after `page`, for the
    /// Nu HTML checker (once per distinct page).
    async fn keep_html(&self, page: &str) {
        let html = served_html(&self.c, page).await;
        let name: String = page
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect();
        let file = html_dir().join(format!("{name}.html"));
        let mut pages = self.checked.0.lock().unwrap();
        if pages.iter().any(|(_, h)| *h == html) {
            return;
        }
        std::fs::write(&file, &html).unwrap();
        pages.push((file, html));
    }

    /// What `a11y.js` finds wrong with the current page.
    pub async fn a11y_problems(&self, page: &str) -> Vec<String> {
        let found = self
            .c
            .execute(include_str!("a11y.js"), vec![])
            .await
            .unwrap_or_else(|e| panic!("accessibility check on {page}: {e}"));
        self.c.execute("window.scrollTo(0, 0)", vec![]).await.unwrap();
        serde_json::from_value(found).expect("a list of problems")
    }

    /// Makes the window `width` CSS pixels wide (a phone is 390).
    pub async fn resize(&self, width: u32, height: u32) {
        self.c.set_window_size(width, height).await.unwrap();
    }

    /// `None` when the page fits the window's width; otherwise how much wider it is and the widest
    /// elements that stick out (tag, class, id, right edge), outside any region that scrolls itself.
    pub async fn overflow(&self) -> Option<String> {
        let found = self
            .c
            .execute(
                r#"const w = document.documentElement.clientWidth, sw = document.documentElement.scrollWidth;
                if (sw <= w) return null;
                const inScroller = e => { for (let p = e.parentElement; p; p = p.parentElement) {
                  const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') return true; } return false; };
                const out = [...document.querySelectorAll('body *')]
                  .filter(e => e.getBoundingClientRect().right > w + 1 && !inScroller(e))
                  .map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className && e.className.baseVal === undefined ? '.' + String(e.className).split(' ').join('.') : ''} right=${Math.round(e.getBoundingClientRect().right)}`)
                  .slice(0, 8);
                return `page ${sw}px wide in a ${w}px window: ${out.join(', ')}`;"#,
                vec![],
            )
            .await
            .unwrap();
        found.as_str().map(str::to_owned)
    }

    /// The `name=value` of the session cookie the browser holds for the current site.
    pub async fn session_cookie(&self) -> String {
        let all = self.c.get_all_cookies().await.unwrap();
        let c = all
            .iter()
            .find(|c| c.name() == "stratrack_session")
            .expect("the browser holds a session cookie");
        format!("{}={}", c.name(), c.value())
    }

    /// The `href` of the first element matching `css`, resolved against the current page.
    pub async fn href(&self, css: &str) -> String {
        let e = self
            .c
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("link {css}: {e}"));
        let href = e.attr("href").await.unwrap().expect("an href");
        self.c.current_url().await.unwrap().join(&href).unwrap().to_string()
    }

    /// Logs in through the login form.
    pub async fn login(&self, base: &str, email: &str, password: &str) {
        self.go(&format!("{base}/login")).await;
        self.fill("email", email).await;
        self.fill("password", password).await;
        self.click("form[action='/login'] button[type=submit]").await;
        self.wait_path(|p| p != "/login").await;
    }

    /// Waits (up to 10 s) until the current path satisfies `ok`.
    pub async fn wait_path(&self, ok: impl Fn(&str) -> bool) {
        for _ in 0..100 {
            if let Ok(u) = self.c.current_url().await
                && ok(u.path())
            {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("the browser did not reach the expected page");
    }

    /// Logs in as the first admin with its one-time password and replaces it with [`PW`], as the
    /// account page requires; the admin stays logged in.
    pub async fn first_admin(&self, srv: &Server) {
        self.login(&srv.base, "admin@stratrack.local", &srv.admin_password)
            .await;
        self.fill("current_password", &srv.admin_password).await;
        self.fill("new_password", PW).await;
        self.click("form[action='/account/password'] button").await;
        self.wait_text("Your password was changed").await;
    }

    /// Chooses the option `value` of the select with id `id`.
    pub async fn choose(&self, id: &str, value: &str) {
        self.click(&format!("#{id} option[value='{value}']")).await;
    }

    /// Sets the value of the date field `id` (typing into a date field depends on the browser's locale).
    pub async fn set_date(&self, id: &str, value: &str) {
        self.c
            .execute(
                "document.getElementById(arguments[0]).value = arguments[1]",
                vec![serde_json::json!(id), serde_json::json!(value)],
            )
            .await
            .unwrap();
    }

    /// Attaches the file at `path` to the file field `id`.
    pub async fn attach(&self, id: &str, path: &Path) {
        self.c
            .find(Locator::Id(id))
            .await
            .unwrap_or_else(|e| panic!("file field #{id}: {e}"))
            .send_keys(&path.display().to_string())
            .await
            .unwrap();
    }

    /// The status the server answers this browser's session for `method path` (redirects not followed:
    /// 0 for one), sent by the page's own `fetch`. A POST carries the url-encoded `form`, or with
    /// `multipart` the same fields as `multipart/form-data` plus an empty `file`; the CSRF token of
    /// the current page is added, so that a refusal is the role's, not the token's.
    pub async fn answer(&self, method: &str, path: &str, form: &[(&str, &str)], multipart: bool) -> i64 {
        let script = "const [method, path, form, multipart, done] = arguments; \
            const csrf = document.querySelector('input[name=csrf]'); \
            let body; \
            if (multipart) { body = new FormData(); form.forEach(([k, v]) => body.append(k, v)); \
              if (csrf) body.append('csrf', csrf.value); \
              body.append('file', new Blob(['not a workbook']), 'f.xlsx'); } \
            else { body = new URLSearchParams(form); if (csrf) body.set('csrf', csrf.value); } \
            fetch(path, Object.assign({method, redirect: 'manual', credentials: 'same-origin'}, \
              method === 'POST' ? {body} : {})).then(r => done(r.status), e => done(String(e)));";
        let pairs: Vec<[&str; 2]> = form.iter().map(|(k, v)| [*k, *v]).collect();
        let answer = self
            .c
            .execute_async(
                script,
                vec![method.into(), path.into(), serde_json::json!(pairs), multipart.into()],
            )
            .await
            .unwrap_or_else(|e| panic!("{method} {path}: {e}"));
        answer.as_i64().unwrap_or_else(|| panic!("{method} {path}: {answer}"))
    }

    /// Logs out through the header button.
    pub async fn logout(&self) {
        self.click("header form[action='/logout'] button").await;
        self.wait_path(|p| p == "/login").await;
    }
}

/// What a plain HTTP GET answered.
pub struct Download {
    /// Status code.
    pub status: u16,
    /// `Content-Type`.
    pub content_type: String,
    /// `Content-Disposition`, if any.
    pub disposition: Option<String>,
    /// The body.
    pub body: Vec<u8>,
}

/// `GET url` with `cookie` (a `name=value` pair taken from the browser) outside the browser: headless
/// chromium saves downloads to disk without telling WebDriver, so the walks fetch the link themselves.
pub async fn fetch(url: &str, cookie: &str) -> Download {
    use http_body_util::{BodyExt, Empty};
    use hyper::body::Bytes;
    use hyper_util::client::legacy::Client;
    use hyper_util::rt::TokioExecutor;
    let client: Client<_, Empty<Bytes>> = Client::builder(TokioExecutor::new()).build_http();
    let req = hyper::Request::get(url)
        .header("cookie", cookie)
        .body(Empty::new())
        .unwrap();
    let resp = client.request(req).await.unwrap_or_else(|e| panic!("GET {url}: {e}"));
    let header = |name: &str| resp.headers().get(name).map(|v| v.to_str().unwrap().to_owned());
    let (status, content_type, disposition) = (
        resp.status().as_u16(),
        header("content-type").unwrap_or_default(),
        header("content-disposition"),
    );
    let body = resp.into_body().collect().await.unwrap().to_bytes().to_vec();
    Download {
        status,
        content_type,
        disposition,
        body,
    }
}
