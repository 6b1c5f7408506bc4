// The running total as a judge types, weighted as the server will weigh it. The server's
// total, shown once the sheet is saved, is the one that counts.
(function () {
  "use strict";
  const box = document.querySelector("[data-score-total]");
  if (!box) return;
  const form = box.closest("form");
  const out = box.querySelector("[data-score-total-value]");
  const inputs = Array.from(form.querySelectorAll("input[data-score]"));
  const lang = document.documentElement.lang || "vi";
  function update() {
    let total = 0;
    inputs.forEach((input) => {
      const value = parseFloat(String(input.value).replace(",", "."));
      const max = parseFloat(input.max);
      if (!Number.isNaN(value) && value >= 0 && !(value > max)) {
        total += value * parseFloat(input.dataset.weight || "1");
      }
    });
    out.textContent = total.toLocaleString(lang, { maximumFractionDigits: 2 });
  }
  inputs.forEach((input) => input.addEventListener("input", update));
  box.hidden = false;
  update();
})();
