//! The architecture test: reads the backend's and the reports crate's source and fails when a module
//! imports what its layer may not, or when modules import each other in a circle.
//!
//! It reads `use` lines and `crate::…`, `super::…` and `self::…` paths (code only: comments, doc
//! comments and `#[cfg(test)]` modules are left out) and resolves each to the module file it names.
//! The layers and what each may import are in `docs/ARCHITECTURE.md`; the rules below are the same
//! table, in code. A failure names the file, the import and the rule it breaks.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// One rule: modules under `from` may not import modules under any of `forbidden` (in-house module
/// paths such as `api` or `models::users`) nor name any of `crates` (external crates such as `axum`).
struct Rule {
    name: &'static str,
    from: &'static [&'static str],
    forbidden: &'static [&'static str],
    crates: &'static [&'static str],
}

/// The web: what turns HTTP into calls and results into HTTP.
const WEB: &[&str] = &["api", "pages", "views", "routes", "state", "web", "language"];
const WEB_CRATES: &[&str] = &[
    "axum",
    "axum_extra",
    "tower",
    "tower_http",
    "askama",
    "askama_web",
    "utoipa_axum",
    "http",
];

const RULES: &[Rule] = &[
    Rule {
        name: "the domain (models/, status, policy, fixed, limits) imports no web module and no web crate",
        from: &["models", "status", "policy", "fixed", "limits", "error"],
        forbidden: WEB,
        crates: WEB_CRATES,
    },
    Rule {
        name: "entities mirror tables: they import no domain, web, seed or CLI module",
        from: &["entities"],
        forbidden: &[
            "models", "api", "pages", "views", "routes", "state", "seed", "cli", "status", "policy",
        ],
        crates: WEB_CRATES,
    },
    Rule {
        name: "pages call use cases in the domain, never an API handler",
        from: &["pages"],
        forbidden: &["api"],
        crates: &[],
    },
    Rule {
        name: "handlers and pages are doors: they query no table themselves, the domain does",
        from: &["api", "pages"],
        forbidden: &["entities", "db"],
        crates: &["sea_orm", "sqlx"],
    },
    Rule {
        name: "API handlers call use cases in the domain, never a page",
        from: &["api"],
        forbidden: &["pages"],
        crates: &[],
    },
    Rule {
        name: "views are built from domain types; they call no handler or page",
        from: &["views"],
        forbidden: &["api", "pages", "routes"],
        crates: &[],
    },
    Rule {
        name: "the seed loads files through the domain; it knows no web module",
        from: &["seed"],
        forbidden: WEB,
        crates: WEB_CRATES,
    },
];

/// Crates the reports crate may never use: it takes plain data and gives bytes.
const REPORTS_FORBIDDEN: &[&str] = &[
    "sea_orm",
    "sqlx",
    "axum",
    "axum_extra",
    "hyper",
    "tower",
    "tower_http",
    "reqwest",
    "stratrack",
    "migration",
];

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

/// Module path of a source file under `src`: `models/users/mod.rs` → `models::users`.
fn module_of(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).unwrap().with_extension("");
    let mut parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib" | "main")) {
        parts.pop();
    }
    parts.join("::")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code of a file without comments, string contents and `#[cfg(test)]` items.
fn code_of(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i..].starts_with(b"//") {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if b[i..].starts_with(b"/*") {
            let mut depth = 0;
            while i < b.len() {
                if b[i..].starts_with(b"/*") {
                    depth += 1;
                    i += 2;
                } else if b[i..].starts_with(b"*/") {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else if b[i] == b'"' && !(i > 0 && b[i - 1] == b'\'') {
            let raw = i > 0 && (b[i - 1] == b'r' || b[i - 1] == b'#');
            i += 1;
            while i < b.len() && b[i] != b'"' {
                if b[i] == b'\\' && !raw {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
            out.push_str("\"\"");
        } else {
            out.push(b[i] as char);
            i += 1;
        }
    }
    strip_test_items(&out)
}

/// Removes every item that follows `#[cfg(test)]` (a module or a function), braces balanced.
fn strip_test_items(code: &str) -> String {
    let mut out = code.to_owned();
    while let Some(at) = out.find("#[cfg(test)]") {
        let rest = &out[at..];
        let end = match (rest.find('{'), rest.find(';')) {
            (Some(open), semi) if semi.is_none_or(|s| open < s) => {
                let mut depth = 0;
                let mut end = rest.len();
                for (k, c) in rest[open..].char_indices() {
                    match c {
                        '{' => depth += 1,
                        '}' => {
                            depth -= 1;
                            if depth == 0 {
                                end = open + k + 1;
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                end
            }
            (_, Some(semi)) => semi + 1,
            _ => rest.len(),
        };
        out.replace_range(at..at + end, "");
    }
    out
}

/// Expands `a::{b, c::{d, e}}` into `a::b`, `a::c::d`, `a::c::e`.
fn expand_use(tree: &str) -> Vec<String> {
    let tree: String = tree.chars().filter(|c| !c.is_whitespace()).collect();
    let Some(open) = tree.find('{') else {
        return vec![
            tree.split("as")
                .next()
                .unwrap_or_default()
                .trim_end_matches("::")
                .to_owned(),
        ];
    };
    let prefix = &tree[..open];
    let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (k, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..k]);
                start = k + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .flat_map(|p| expand_use(p).into_iter().map(move |s| format!("{prefix}{s}")))
        .collect()
}

/// Paths a file names: every `use` tree expanded, then every `crate::`, `super::` or `self::` path,
/// each made absolute (`crate::…`), plus external crate roots (`axum`, `sea_orm`, …).
fn named_paths(module: &str, code: &str) -> Vec<String> {
    let here: Vec<&str> = if module.is_empty() {
        vec![]
    } else {
        module.split("::").collect()
    };
    let absolute = |p: &str| -> String {
        let mut base: Vec<&str> = here.clone();
        let mut rest = p;
        if let Some(r) = rest.strip_prefix("crate::") {
            return format!("crate::{r}");
        }
        if let Some(r) = rest.strip_prefix("self::") {
            return format!(
                "crate::{}",
                [base.join("::"), r.to_owned()]
                    .iter()
                    .filter(|s| !s.is_empty())
                    .cloned()
                    .collect::<Vec<_>>()
                    .join("::")
            );
        }
        while let Some(r) = rest.strip_prefix("super::") {
            base.pop();
            rest = r;
        }
        if p.starts_with("super::") {
            return format!(
                "crate::{}",
                [base.join("::"), rest.to_owned()]
                    .iter()
                    .filter(|s| !s.is_empty())
                    .cloned()
                    .collect::<Vec<_>>()
                    .join("::")
            );
        }
        p.to_owned()
    };
    let mut out = Vec::new();
    let mut rest = code;
    let mut without_use = String::with_capacity(code.len());
    while let Some(at) = rest.find("use ") {
        let before_ok = at == 0 || !rest.as_bytes()[at - 1].is_ascii_alphanumeric() && rest.as_bytes()[at - 1] != b'_';
        let tail = &rest[at + 4..];
        let end = tail.find(';').unwrap_or(tail.len());
        if before_ok {
            for p in expand_use(&tail[..end]) {
                out.push(absolute(&p));
            }
            without_use.push_str(&rest[..at]);
        } else {
            without_use.push_str(&rest[..at + 4 + end]);
        }
        rest = &tail[end.min(tail.len())..];
    }
    without_use.push_str(rest);
    let code = without_use.as_str();
    // Every path written in the code: `crate::a::b`, `super::x`, `axum::Json`, …
    let bytes = code.as_bytes();
    let is_ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let mut from = 0;
    while let Some(k) = code[from..].find("::") {
        let colons = from + k;
        from = colons + 2;
        let mut start = colons;
        while start > 0 && is_ident(bytes[start - 1]) {
            start -= 1;
        }
        if start == colons || (start > 0 && bytes[start - 1] == b':') {
            continue;
        }
        let end = code[start..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':'))
            .map_or(code.len(), |e| start + e);
        out.push(absolute(code[start..end].trim_end_matches(':')));
    }
    out
}

struct Source {
    file: PathBuf,
    module: String,
    names: Vec<String>,
}

fn read_backend() -> Vec<Source> {
    read_crate("backend/src")
}

fn read_crate(dir: &str) -> Vec<Source> {
    let src = workspace().join(dir);
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    files
        .into_iter()
        .map(|file| {
            let module = module_of(&src, &file);
            let code = code_of(&std::fs::read_to_string(&file).unwrap());
            let names = named_paths(&module, &code);
            Source { file, module, names }
        })
        .collect()
}

/// The longest known module that `crate::a::b::C` names.
fn resolve<'a>(modules: &'a BTreeSet<String>, path: &str) -> Option<&'a String> {
    let mut p = path.strip_prefix("crate::")?.to_owned();
    loop {
        if let Some(m) = modules.get(&p) {
            return Some(m);
        }
        p = p.rsplit_once("::")?.0.to_owned();
    }
}

fn under(module: &str, prefix: &str) -> bool {
    module == prefix || module.starts_with(&format!("{prefix}::"))
}

fn relative(file: &Path) -> String {
    file.strip_prefix(workspace()).unwrap_or(file).display().to_string()
}

/// Every import that breaks a layer rule, as `file: imports X (rule)`.
fn layer_violations(sources: &[Source]) -> Vec<String> {
    let modules: BTreeSet<String> = sources.iter().map(|s| s.module.clone()).collect();
    let mut found = BTreeSet::new();
    for s in sources {
        for rule in RULES.iter().filter(|r| r.from.iter().any(|f| under(&s.module, f))) {
            for name in &s.names {
                let hit = match resolve(&modules, name) {
                    Some(target) => rule
                        .forbidden
                        .iter()
                        .any(|f| under(target, f))
                        .then(|| format!("crate::{target}")),
                    None => {
                        let root = name.split("::").next().unwrap_or_default();
                        rule.crates.contains(&root).then(|| root.to_owned())
                    }
                };
                if let Some(what) = hit {
                    found.insert(format!("{}: imports {what} (rule: {})", relative(&s.file), rule.name));
                }
            }
        }
    }
    found.into_iter().collect()
}

/// Circles among modules: each module's imports of other modules (not of its own ancestors, and
/// not among entities, whose relations sea-orm makes mutual), then the strongly connected parts.
fn circles(sources: &[Source]) -> Vec<Vec<String>> {
    let modules: BTreeSet<String> = sources.iter().map(|s| s.module.clone()).collect();
    let mut edges: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for s in sources {
        let set = edges.entry(s.module.as_str()).or_default();
        if under(&s.module, "entities") {
            continue;
        }
        for name in &s.names {
            if let Some(t) = resolve(&modules, name)
                && t != &s.module
                && !under(&s.module, t)
                && !under(t, "entities")
            {
                set.insert(t.as_str());
            }
        }
    }
    strongly_connected(&edges).into_iter().filter(|c| c.len() > 1).collect()
}

/// Tarjan's algorithm, iterative enough for a few hundred modules.
fn strongly_connected(edges: &BTreeMap<&str, BTreeSet<&str>>) -> Vec<Vec<String>> {
    struct State<'a> {
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on: BTreeSet<&'a str>,
        out: Vec<Vec<String>>,
    }
    fn visit<'a>(v: &'a str, edges: &BTreeMap<&'a str, BTreeSet<&'a str>>, st: &mut State<'a>) {
        let n = st.index.len();
        st.index.insert(v, n);
        st.low.insert(v, n);
        st.stack.push(v);
        st.on.insert(v);
        for &w in edges.get(v).into_iter().flatten() {
            if !st.index.contains_key(w) {
                visit(w, edges, st);
                let lw = st.low[w];
                let lv = st.low.get_mut(v).unwrap();
                *lv = (*lv).min(lw);
            } else if st.on.contains(w) {
                let iw = st.index[w];
                let lv = st.low.get_mut(v).unwrap();
                *lv = (*lv).min(iw);
            }
        }
        if st.low[v] == st.index[v] {
            let mut comp = Vec::new();
            while let Some(w) = st.stack.pop() {
                st.on.remove(w);
                comp.push(w.to_owned());
                if w == v {
                    break;
                }
            }
            comp.sort();
            st.out.push(comp);
        }
    }
    let mut st = State {
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on: BTreeSet::new(),
        out: Vec::new(),
    };
    for &v in edges.keys() {
        if !st.index.contains_key(v) {
            visit(v, edges, &mut st);
        }
    }
    st.out
}

/// Violations that are known and being removed (none are left); the list only shrinks. Each entry is a prefix of
/// the reported line (the file and the import).
const KNOWN: &[&str] = &[];

fn unknown(found: Vec<String>) -> Vec<String> {
    found
        .into_iter()
        .filter(|f| !KNOWN.iter().any(|k| f.starts_with(k)))
        .collect()
}

#[test]
fn no_module_imports_what_its_layer_may_not() {
    let found = unknown(layer_violations(&read_backend()));
    assert!(
        found.is_empty(),
        "forbidden imports (see docs/ARCHITECTURE.md):\n{}",
        found.join("\n")
    );
}

#[test]
fn no_modules_import_each_other_in_a_circle() {
    let found: Vec<String> = circles(&read_backend())
        .into_iter()
        .chain(
            circles(&read_crate("reports/src"))
                .into_iter()
                .map(|c| c.into_iter().map(|m| format!("reports::{m}")).collect()),
        )
        .map(|c| c.join(" → "))
        .filter(|c| !KNOWN.iter().any(|k| k.strip_prefix("circle: ") == Some(c.as_str())))
        .collect();
    assert!(
        found.is_empty(),
        "modules that import each other in a circle (move the shared piece down a layer):\n{}",
        found.join("\n")
    );
}

/// The in-house crates a manifest depends on, and the forbidden crates among its dependencies, as
/// `dir/Cargo.toml: depends on X` lines. `allowed` are the in-house crates it may use.
fn manifest_problems(dir: &str, forbidden: &[&str], allowed: &[&str]) -> Vec<String> {
    let manifest = std::fs::read_to_string(workspace().join(dir).join("Cargo.toml")).unwrap();
    let mut found = Vec::new();
    for line in manifest.lines() {
        let key = line.split(['=', ' ', '.']).next().unwrap_or_default().replace('-', "_");
        let in_house = key.starts_with("stratrack") || key == "migration";
        if forbidden.contains(&key.as_str()) || (in_house && !allowed.contains(&key.as_str())) {
            found.push(format!("{dir}/Cargo.toml: depends on {key}"));
        }
    }
    found
}

#[test]
fn the_vocabulary_crate_depends_on_nothing_in_house() {
    let found = manifest_problems("vocab", &[], &[]);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// The message files and their lookup serve the backend and the reports crate alike: no in-house crate,
/// no database, no HTTP.
#[test]
fn the_i18n_crate_depends_on_nothing_in_house() {
    let found = manifest_problems("i18n", REPORTS_FORBIDDEN, &[]);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_reports_crate_knows_no_database_and_no_http() {
    let root = workspace().join("reports");
    // The vocabulary and the message files are the in-house crates the report may use: the words and
    // their text in six languages, nothing else.
    let mut found = manifest_problems("reports", REPORTS_FORBIDDEN, &["stratrack_vocab", "stratrack_i18n"]);
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    for file in files {
        let code = code_of(&std::fs::read_to_string(&file).unwrap());
        for name in named_paths("", &code) {
            let root = name.split("::").next().unwrap_or_default();
            if REPORTS_FORBIDDEN.contains(&root) {
                found.push(format!(
                    "{}: uses {root} (rule: the reports crate knows no database and no HTTP)",
                    relative(&file)
                ));
            }
        }
    }
    found.dedup();
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// The list of known violations holds only what is still there: an entry fixed is an entry removed.
#[test]
fn every_known_violation_still_exists() {
    let found = layer_violations(&read_backend());
    let circles: Vec<String> = circles(&read_backend())
        .into_iter()
        .chain(
            circles(&read_crate("reports/src"))
                .into_iter()
                .map(|c| c.into_iter().map(|m| format!("reports::{m}")).collect()),
        )
        .map(|c| format!("circle: {}", c.join(" → ")))
        .collect();
    let stale: Vec<&&str> = KNOWN
        .iter()
        .filter(|k| !found.iter().any(|f| f.starts_with(**k)) && !circles.iter().any(|c| c == *k))
        .collect();
    assert!(
        stale.is_empty(),
        "fixed: remove these from KNOWN in backend/tests/architecture.rs:\n{stale:?}"
    );
}

/// The checker itself: a forbidden import planted in a copy of a domain file is caught and named,
/// and a circle of two modules is found, so the tests above cannot pass by reading nothing.
#[test]
fn the_checker_catches_a_planted_forbidden_import_and_a_planted_circle() {
    let planted = Source {
        file: workspace().join("backend/src/models/planted.rs"),
        module: "models::planted".into(),
        names: named_paths(
            "models::planted",
            &code_of(
                "use crate::api::{plans::{self, plan_by_code}};\n// use crate::pages::x;\nfn f() { let _ = axum::Json(1); }",
            ),
        ),
    };
    let mut sources = read_backend();
    assert!(
        sources.len() > 100,
        "the backend's source was not read: {} files",
        sources.len()
    );
    sources.push(planted);
    let found = layer_violations(&sources);
    let planted: Vec<&String> = found.iter().filter(|f| f.contains("planted")).collect();
    assert_eq!(planted.len(), 2, "{planted:?}");
    assert!(planted[0].starts_with("backend/src/models/planted.rs: imports axum (rule: the domain"));
    assert!(planted[1].starts_with("backend/src/models/planted.rs: imports crate::api::plans (rule: the domain"));

    let a = Source {
        file: "a.rs".into(),
        module: "seed".into(),
        names: vec![],
    };
    let b = Source {
        file: "b.rs".into(),
        module: "seed::x".into(),
        names: vec!["crate::seed::y::f".into()],
    };
    let c = Source {
        file: "c.rs".into(),
        module: "seed::y".into(),
        names: named_paths("seed::y", "use super::x::g;"),
    };
    assert_eq!(
        circles(&[a, b, c]),
        vec![vec!["seed::x".to_owned(), "seed::y".to_owned()]]
    );
}
