// Allocations page: as amounts are typed, sums them and shows the allocated total and the remainder of
// the budget. Only an enhancement: the server computes both on every page and refuses a total above the
// budget. Exact: amounts are read as integers of ten-thousandths (BigInt), never as floating point.
(function () {
  "use strict";
  var form = document.getElementById("alloc-sheet");
  if (!form) return;
  var total = document.getElementById("alloc-total");
  var remainder = document.getElementById("alloc-remainder");
  var SCALE = 4;

  // "1234.5" -> 12345000n; null when the text is not a plain number (the server will name it).
  function parse(text) {
    var t = text.trim();
    if (t === "") return 0n;
    var m = /^(\d+)(?:\.(\d{1,4}))?$/.exec(t);
    if (!m) return null;
    return BigInt(m[1] + (m[2] || "").padEnd(SCALE, "0"));
  }

  // 12345000n -> "1,234.5"
  function show(v) {
    var neg = v < 0n;
    var s = (neg ? -v : v).toString().padStart(SCALE + 1, "0");
    var int = s.slice(0, -SCALE).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    var frac = s.slice(-SCALE).replace(/0+$/, "");
    return (neg ? "-" : "") + int + (frac ? "." + frac : "");
  }

  var budget = parse(form.dataset.budget || "0");
  if (budget === null) return;

  function update() {
    var sum = 0n;
    var inputs = form.querySelectorAll("input[data-alloc]");
    for (var i = 0; i < inputs.length; i++) {
      var v = parse(inputs[i].value);
      if (v === null) {
        total.textContent = "—";
        remainder.textContent = (form.dataset.nan || "not a number in {field}").replace("{field}", inputs[i].labels[0].textContent);
        remainder.className = "bad-text";
        return;
      }
      sum += v;
    }
    var left = budget - sum;
    total.textContent = show(sum);
    // The page's language says the overdraft: "{n} over the budget" in English.
    remainder.textContent = left < 0n ? (form.dataset.over || "{n} over the budget").replace("{n}", show(-left)) : show(left);
    remainder.className = left < 0n ? "bad-text" : "";
  }

  form.addEventListener("input", update);
  update();
})();
