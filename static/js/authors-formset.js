// Co-author rows added and removed in the page. Without this file the formset still works:
// an empty row is always there, and "Remove this author" is a checkbox read on save.
(function () {
  "use strict";
  const list = document.getElementById("author-list");
  const template = document.getElementById("author-template");
  const form = document.getElementById("entry-form");
  if (!list || !template || !form) return;
  const total = form.elements["authors-TOTAL_FORMS"];
  const max = parseInt(form.elements["authors-MAX_NUM_FORMS"].value, 10) || 50;
  const status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  list.after(status);
  document.querySelectorAll(".author-list__nojs").forEach((el) => { el.hidden = true; });

  // Rows are numbered 0..n-1 in their names and ids, as the formset and the autosave expect.
  function renumber() {
    const rows = list.querySelectorAll(".author-row");
    rows.forEach((row, i) => {
      row.querySelectorAll("[name^='authors-'], [id^='id_authors-'], [for^='id_authors-'], [aria-describedby]").forEach((el) => {
        ["name", "id", "for", "aria-describedby", "data-limit-for"].forEach((attr) => {
          const value = el.getAttribute(attr);
          if (value) el.setAttribute(attr, value.replace(/authors-(\d+|__prefix__)-/g, "authors-" + i + "-"));
        });
      });
      row.querySelectorAll("[data-limit-for]").forEach((el) => {
        el.dataset.limitFor = el.dataset.limitFor.replace(/authors-(\d+|__prefix__)-/g, "authors-" + i + "-");
      });
    });
    total.value = rows.length;
    addButton.disabled = rows.length >= max;
  }

  function enhance(row) {
    const box = row.querySelector("input[name$='-DELETE']");
    if (!box || row.querySelector(".author-row__remove")) return;
    const holder = box.closest(".author-row__delete");
    holder.hidden = true;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "button button--secondary button--small author-row__remove";
    button.textContent = list.dataset.removeLabel;
    button.addEventListener("click", () => {
      const next = row.nextElementSibling || row.previousElementSibling;
      row.remove();
      if (!list.querySelector(".author-row")) addRow(false);
      renumber();
      status.textContent = list.dataset.removed;
      form.dispatchEvent(new Event("input", { bubbles: true }));
      const target = (next && next.querySelector("input")) || addButton;
      target.focus();
    });
    holder.after(button);
  }

  function addRow(focus) {
    const row = template.content.firstElementChild.cloneNode(true);
    list.appendChild(row);
    enhance(row);
    renumber();
    if (focus) row.querySelector("input").focus();
    document.dispatchEvent(new CustomEvent("fields-added", { detail: row }));
  }

  const addButton = document.createElement("button");
  addButton.type = "button";
  addButton.className = "button button--secondary";
  addButton.textContent = list.dataset.addLabel;
  addButton.addEventListener("click", () => addRow(true));
  list.after(addButton);
  list.querySelectorAll(".author-row").forEach(enhance);
  renumber();
})();
