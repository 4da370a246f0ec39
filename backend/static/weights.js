// Sums a node's goal-side shares as they are typed and says whether they make 1. Only an aid: the
// server checks the same rule on every submit, and the form works without this script.
(function () {
  "use strict";
  var form = document.getElementById("node-form");
  var out = document.getElementById("weights-sum");
  if (!form || !out) { return; }
  // Exact to four decimals, as the server stores weights: sum in ten-thousandths.
  function units(text) {
    var t = text.trim();
    if (t === "") { return 0; }
    if (!/^\d*(\.\d{0,4})?$/.test(t) || t === ".") { return NaN; }
    var parts = t.split(".");
    var frac = (parts[1] || "").padEnd(4, "0");
    return parseInt(parts[0] || "0", 10) * 10000 + parseInt(frac, 10);
  }
  function update() {
    var total = 0, any = false, bad = false;
    form.querySelectorAll("input.weight").forEach(function (i) {
      if (i.value.trim() !== "") { any = true; }
      var u = units(i.value);
      if (isNaN(u)) { bad = true; } else { total += u; }
    });
    if (!any) { out.textContent = ""; return; }
    // The sentences come from the page, in its language; English when the page gives none.
    var said = out.dataset;
    if (bad) { out.textContent = said.bad || "A share is not a number with at most four decimals."; return; }
    var shown = (total / 10000).toFixed(4).replace(/\.?0+$/, "");
    out.textContent = total === 10000
      ? (said.one || "The shares sum to 1.")
      : (said.sum || "The shares sum to {sum}; they must sum to exactly 1.").replace("{sum}", shown);
    out.className = total === 10000 ? "muted" : "weights-off";
  }
  form.addEventListener("input", update);
  update();
}());
