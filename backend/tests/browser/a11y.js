// WCAG 2.1 AA basics checked on the page in the browser; returns a list of problems (empty when fine).
// Run by `Browser::check_a11y` on every page the walks take a screenshot of.
const problems = [];
const where = (el) => {
  let s = el.tagName.toLowerCase();
  if (el.id) s += "#" + el.id;
  if (el.getAttribute("name")) s += `[name=${el.getAttribute("name")}]`;
  if (el.className && typeof el.className === "string") s += "." + el.className.trim().split(/\s+/).join(".");
  return s;
};
const text = (el) => (el.textContent || "").replace(/\s+/g, " ").trim();
const byIds = (ids) => ids.trim().split(/\s+/).map((i) => document.getElementById(i)).filter(Boolean);
const named = (el) =>
  (el.getAttribute("aria-label") || "").trim() !== "" ||
  (el.hasAttribute("aria-labelledby") && byIds(el.getAttribute("aria-labelledby")).some((e) => text(e) !== ""));

// 3.1.1: the language of the page.
if (!(document.documentElement.getAttribute("lang") || "").trim()) problems.push("<html> has no lang attribute");
// 2.4.2: a title.
if (!document.title.trim()) problems.push("the page has no <title>");

// 2.4.1: one main landmark and a skip link to it, first in the tab order.
const mains = document.querySelectorAll("main");
if (mains.length !== 1) problems.push(`${mains.length} <main> elements (want 1)`);
const firstLink = document.querySelector("body a[href]");
const skipTarget = firstLink && firstLink.getAttribute("href").startsWith("#")
  ? document.getElementById(firstLink.getAttribute("href").slice(1)) : null;
if (document.querySelector("header nav") && !(skipTarget && skipTarget.tagName === "MAIN"))
  problems.push("the first link is not a skip link to <main>");

// 1.3.1 / 3.3.2 / 4.1.2: every form control has a label (label[for], a wrapping label, aria-label(ledby)).
const ids = new Map();
for (const el of document.querySelectorAll("[id]")) ids.set(el.id, (ids.get(el.id) || 0) + 1);
for (const [id, n] of ids) if (n > 1) problems.push(`id "${id}" is used ${n} times`);
for (const el of document.querySelectorAll("input, select, textarea")) {
  const type = (el.getAttribute("type") || "").toLowerCase();
  if (["hidden", "submit", "button", "reset", "image"].includes(type)) continue;
  const forLabel = el.id && [...document.querySelectorAll("label[for]")].some((l) => l.htmlFor === el.id && text(l) !== "");
  const wrapped = el.closest("label") && text(el.closest("label")) !== "";
  if (!(forLabel || wrapped || named(el))) problems.push(`${where(el)} has no label`);
}
for (const l of document.querySelectorAll("label[for]"))
  if (!document.getElementById(l.htmlFor)) problems.push(`label for="${l.htmlFor}" points at nothing`);
// 1.3.1 / 4.1.2: the descriptions and names a field points at are on the page (axe-core leaves a
// dangling reference for review only).
for (const attr of ["aria-describedby", "aria-labelledby"])
  for (const el of document.querySelectorAll(`[${attr}]`))
    for (const id of el.getAttribute(attr).trim().split(/\s+/).filter(Boolean))
      if (!document.getElementById(id)) problems.push(`${where(el)} has ${attr}="${id}", which is on no element`);
// 4.1.2: buttons and links have a name.
for (const el of document.querySelectorAll("button, a[href]"))
  if (text(el) === "" && !named(el) && !el.querySelector("img[alt]:not([alt=''])"))
    problems.push(`${where(el)} has no accessible name`);

// 1.3.1: data tables have header cells with a scope.
for (const t of document.querySelectorAll("table")) {
  const ths = t.querySelectorAll("th");
  if (ths.length === 0) problems.push(`a table (${text(t.querySelector("caption") || t).slice(0, 40)}) has no <th>`);
  for (const th of ths) if (!th.hasAttribute("scope")) problems.push(`<th> "${text(th).slice(0, 30)}" has no scope`);
}

// 1.3.1 / 2.4.6: exactly one h1 and no skipped heading levels.
const hs = [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")];
const h1s = hs.filter((h) => h.tagName === "H1");
if (h1s.length !== 1) problems.push(`${h1s.length} <h1> (want exactly 1)`);
let prev = 0;
for (const h of hs) {
  const level = Number(h.tagName[1]);
  if (level > prev + 1) problems.push(`<${h.tagName.toLowerCase()}> "${text(h).slice(0, 40)}" follows h${prev}`);
  if (text(h) === "") problems.push(`an empty <${h.tagName.toLowerCase()}>`);
  prev = level;
}

// 1.1.1: images have a text alternative; an svg is either hidden or an image with a name.
for (const img of document.querySelectorAll("img")) if (!img.hasAttribute("alt")) problems.push(`${where(img)} has no alt`);
for (const svg of document.querySelectorAll("svg")) {
  if (svg.parentElement.closest("svg")) continue;
  if (svg.getAttribute("aria-hidden") === "true") continue;
  const title = svg.querySelector(":scope > title");
  if (svg.getAttribute("role") !== "img" || !(named(svg) || (title && text(title) !== "")))
    problems.push(`an <svg> without role=img and a name (aria-label or <title>)`);
}
for (const el of document.querySelectorAll("[role=img]"))
  if (el.tagName !== "svg" && !named(el)) problems.push(`${where(el)} has role=img and no aria-label`);

// 1.4.3: text contrast at least 4.5:1 (3:1 for large text) against the background it sits on.
const rgba = (s) => {
  const m = s.match(/rgba?\(([^)]+)\)/);
  if (!m) return [0, 0, 0, 0];
  const p = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
  return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
};
const lum = ([r, g, b]) => {
  const f = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
};
const over = (top, under) => {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + under[i] * (1 - a)).concat(1);
};
const background = (el) => {
  const layers = [];
  for (let e = el; e; e = e.parentElement) {
    const c = rgba(getComputedStyle(e).backgroundColor);
    if (c[3] > 0) layers.push(c);
    if (c[3] >= 1) break;
  }
  let bg = [255, 255, 255, 1];
  for (const c of layers.reverse()) bg = over(c, bg);
  return bg;
};
const visible = (el) => {
  const r = el.getBoundingClientRect();
  if (r.width <= 1 || r.height <= 1) return false;
  const cs = getComputedStyle(el);
  return cs.visibility !== "hidden" && cs.display !== "none" && Number(cs.opacity) > 0;
};
const seen = new Set();
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let n = walker.nextNode(); n; n = walker.nextNode()) {
  if (!n.nodeValue.trim()) continue;
  const el = n.parentElement;
  if (!el || seen.has(el) || el.closest("svg") || el.closest("option") || el.closest(":disabled") || !visible(el)) continue;
  seen.add(el);
  const cs = getComputedStyle(el);
  const bg = background(el);
  const fg = over(rgba(cs.color), bg);
  const l1 = lum(fg), l2 = lum(bg);
  const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
  const px = parseFloat(cs.fontSize);
  const large = px >= 24 || (px >= 18.66 && Number(cs.fontWeight) >= 700);
  const need = large ? 3 : 4.5;
  if (ratio + 1e-9 < need)
    problems.push(`contrast ${ratio.toFixed(2)}:1 < ${need}:1 for "${text(el).slice(0, 30)}" (${where(el)}: ${cs.color} on rgb(${bg.slice(0, 3).join(",")}))`);
}

// 2.4.7: keyboard focus is visible (an outline of at least 2px) on links, buttons and fields.
const focusables = ["a.skip", "main a[href]", "button", "input:not([type=hidden])", "select", "textarea", "summary"];
for (const sel of focusables) {
  const el = document.querySelector(sel);
  if (!el) continue;
  el.focus();
  const cs = getComputedStyle(el);
  const outline = cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) >= 2;
  if (document.activeElement !== el || !outline) problems.push(`${where(el)} shows no focus outline`);
  if (sel === "a.skip" && el.getBoundingClientRect().left < 0) problems.push("the skip link stays off screen when focused");
  el.blur();
}
return problems;
