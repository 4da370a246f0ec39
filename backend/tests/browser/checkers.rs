//! The checkers our readers' tools run (issue 18.2), on every page the walks check: axe-core's WCAG 2.1 AA
//! rules in the page itself, and the W3C Nu HTML checker (`vnu.jar`, on the machine's Java) over the HTML
//! as the server sent it. Both come from the npm registry at the versions pinned in
//! `.ci/checkers/package-lock.json`; `npm ci --prefix .ci/checkers` installs them, `.ci/run` does it before
//! the tests. Missing, they fail the browser tests (never a skip): a check that did not run passed nothing.

use fantoccini::Client;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// The WCAG levels axe-core checks: 2.0 and 2.1, A and AA.
const AXE_TAGS: [&str; 4] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/// The command that installs the checkers, named in every failure that finds them missing.
const INSTALL: &str = "npm ci --prefix .ci/checkers";

/// The installed checkers.
pub struct Checkers {
    /// `axe.min.js`, injected into each page checked.
    axe: String,
    /// `vnu.jar`.
    vnu: PathBuf,
}

/// The checkers under `STRATRACK_CHECKERS_DIR` (default `.ci/checkers/node_modules` in the workspace),
/// read once; panics saying how to install them when they or Java are missing.
pub fn checkers() -> &'static Checkers {
    static CHECKERS: OnceLock<Checkers> = OnceLock::new();
    CHECKERS.get_or_init(|| {
        let dir = std::env::var_os("STRATRACK_CHECKERS_DIR").map_or_else(
            || Path::new(env!("CARGO_MANIFEST_DIR")).join("../.ci/checkers/node_modules"),
            PathBuf::from,
        );
        let axe_js = dir.join("axe-core/axe.min.js");
        let vnu = dir.join("vnu-jar/build/dist/vnu.jar");
        let axe = std::fs::read_to_string(&axe_js).unwrap_or_else(|e| {
            panic!(
                "\n*** The browser tests need axe-core and the Nu HTML checker: {} ({e}). Install them with \
                 `{INSTALL}` (STRATRACK_CHECKERS_DIR names another node_modules). ***\n",
                axe_js.display()
            )
        });
        assert!(
            vnu.is_file(),
            "\n*** The browser tests need the Nu HTML checker: {} is missing. Install it with `{INSTALL}` \
             (STRATRACK_CHECKERS_DIR names another node_modules). ***\n",
            vnu.display()
        );
        let java = Command::new("java").arg("-version").output();
        assert!(
            java.as_ref().is_ok_and(|o| o.status.success()),
            "\n*** The Nu HTML checker needs Java 11 or later: `java -version` failed ({:?}). Install it with \
             `apt-get install -y default-jre-headless`. ***\n",
            java.map(|o| String::from_utf8_lossy(&o.stderr).into_owned())
        );
        Checkers { axe, vnu }
    })
}

/// What axe-core finds against WCAG 2.1 AA on the page open in `c`: one line per violation with its
/// rule, impact, help text and the elements (CSS selectors and the start of their markup).
pub async fn axe_violations(c: &Client, page: &str) -> Vec<String> {
    // Each page loaded is a new window object: inject axe-core unless this one has it already.
    let present = c.execute("return typeof window.axe === 'object'", vec![]).await;
    if present.ok().and_then(|v| v.as_bool()) != Some(true) {
        c.execute(&checkers().axe, vec![])
            .await
            .unwrap_or_else(|e| panic!("injecting axe-core into the {page} page: {e}"));
    }
    let script = "const [tags, done] = arguments;
        axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
          .then(r => done(r.violations.map(v => {
            const nodes = v.nodes.map(n => `    ${n.target.join(' ')}  ${n.html.replace(/\\s+/g, ' ').slice(0, 120)}`);
            return `${v.id} (${v.impact}): ${v.help} [${v.nodes.length} element(s)]\\n${nodes.slice(0, 8).join('\\n')}`
              + (nodes.length > 8 ? `\\n    … and ${nodes.length - 8} more` : '');
          })), e => done([`axe-core failed: ${e}`]));";
    let found = c
        .execute_async(script, vec![serde_json::json!(AXE_TAGS)])
        .await
        .unwrap_or_else(|e| panic!("axe-core on the {page} page: {e}"));
    serde_json::from_value(found).expect("a list of violations")
}

/// A DevTools protocol command, sent through chromedriver.
#[derive(Debug)]
struct Cdp(&'static str, serde_json::Value);

impl fantoccini::wd::WebDriverCompatibleCommand for Cdp {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/goog/cdp/execute", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (hyper::Method, Option<String>) {
        let body = serde_json::json!({ "cmd": self.0, "params": self.1 });
        (hyper::Method::POST, Some(body.to_string()))
    }
}

async fn cdp(c: &Client, cmd: &'static str, params: serde_json::Value) -> serde_json::Value {
    c.issue_cmd(Cdp(cmd, params))
        .await
        .unwrap_or_else(|e| panic!("DevTools {cmd}: {e}"))
}

/// Makes the browser keep the bodies of the responses it loads, for [`served_html`].
pub async fn keep_responses(c: &Client) {
    cdp(c, "Network.enable", serde_json::json!({})).await;
}

/// The HTML of the page open in `c` as the server sent it (byte for byte, also when it answered a form's
/// POST, which a second request could not repeat), not the document the browser built from it.
pub async fn served_html(c: &Client, page: &str) -> String {
    let tree = cdp(c, "Page.getFrameTree", serde_json::json!({})).await;
    // A navigation's request id is its loader id.
    let loader = tree["frameTree"]["frame"]["loaderId"].clone();
    let body = cdp(c, "Network.getResponseBody", serde_json::json!({ "requestId": loader })).await;
    assert_eq!(
        body["base64Encoded"],
        serde_json::json!(false),
        "the {page} page was not sent as text"
    );
    body["body"]
        .as_str()
        .unwrap_or_else(|| panic!("no body for the {page} page: {body}"))
        .to_owned()
}

/// What the Nu HTML checker finds wrong in `files` (errors only): one line per error with the file, line
/// and message. One Java start for all of them (about a second of CPU).
pub fn vnu_errors(files: &[PathBuf]) -> Vec<String> {
    if files.is_empty() {
        return Vec::new();
    }
    // The client compiler alone halves the checker's start (about 1 s of CPU instead of 2 per walk); its
    // deeper frames need a larger stack than the checker's documented minimum of 512k.
    let out = Command::new("java")
        .args(["-XX:TieredStopAtLevel=1", "-Xss16m", "-jar"])
        .arg(&checkers().vnu)
        .args(["--errors-only", "--format", "json"])
        .args(files)
        .output()
        .expect("java runs the Nu HTML checker");
    // The report goes to standard error; the exit status is 1 when it has an error.
    let report: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap_or_else(|e| {
        panic!(
            "the Nu HTML checker did not report in JSON ({e}): {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    let errors: Vec<String> = report["messages"]
        .as_array()
        .expect("the checker's messages")
        .iter()
        .filter(|m| m["type"] != "info")
        .map(|m| {
            let file = m["url"].as_str().unwrap_or("?");
            let file = file.rsplit('/').next().unwrap_or(file);
            let line = m["lastLine"].as_u64().or(m["firstLine"].as_u64()).unwrap_or(0);
            let extract = m["extract"].as_str().unwrap_or("").replace('\n', " ");
            format!(
                "{file}:{line}: {}  «{}»",
                m["message"].as_str().unwrap_or("?"),
                extract.trim()
            )
        })
        .collect();
    assert!(
        out.status.success() || !errors.is_empty(),
        "the Nu HTML checker failed without a message: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    errors
}
