// Progressive enhancement only: every page works without this file.
document.documentElement.classList.add("js");

(function () {
  "use strict";
  // An error summary takes the focus, so that a screen reader and a keyboard start there.
  const summary = document.querySelector("[data-error-summary]");
  if (summary) summary.focus();

  // The limit of a text field is shown before typing; this adds the count as one types.
  function counters(root) {
    root.querySelectorAll("[data-limit-for]").forEach((note) => {
      const field = document.getElementById(note.dataset.limitFor);
      if (!field || note.dataset.counting) return;
      note.dataset.counting = "1";
      const limit = parseInt(note.dataset.limit, 10);
      const count = document.createElement("span");
      count.className = "form-field__count";
      count.setAttribute("aria-hidden", "true");
      note.appendChild(document.createTextNode(" "));
      note.appendChild(count);
      const update = () => {
        const n = field.value.length;
        count.textContent = n.toLocaleString("vi") + "/" + limit.toLocaleString("vi");
        note.classList.toggle("form-field__limit--near", n >= limit * 0.9);
      };
      field.addEventListener("input", update);
      update();
    });
  }
  counters(document);
  document.addEventListener("fields-added", (event) => counters(event.detail));
})();
