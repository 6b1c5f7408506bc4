// Autosave for the entry form: the server copy is saved as the author types, and a copy
// stays in this browser so that a dropped connection or an expired session loses nothing.
(function () {
  "use strict";
  const form = document.getElementById("entry-form");
  if (!form) return;
  const status = document.getElementById("autosave-status");
  const url = form.dataset.autosaveUrl;
  const storageKey = form.dataset.storageKey;
  const versionInput = form.querySelector("input[name=version]");
  const csrf = form.querySelector("input[name=csrfmiddlewaretoken]").value;
  const FIELDS = ["title", "sector", "kind", "entrant_type", "summary", "problem", "solution",
    "novelty", "feasibility", "effect", "replication", "video_url"];
  let timer = null;
  let inFlight = false;
  let dirty = false;
  let conflicted = false;

  function say(text, kind) {
    status.textContent = text;
    status.dataset.kind = kind || "";
  }

  function collect() {
    const fields = {};
    FIELDS.forEach((name) => {
      const el = form.elements[name];
      if (el) fields[name] = el.value;
    });
    const total = parseInt(form.elements["authors-TOTAL_FORMS"].value, 10) || 0;
    const authors = [];
    for (let i = 0; i < total; i++) {
      const row = {};
      ["full_name", "unit", "job_title", "email", "share"].forEach((f) => {
        const el = form.elements["authors-" + i + "-" + f];
        row[f] = el ? el.value : "";
      });
      authors.push(row);
    }
    fields.authors = authors;
    return fields;
  }

  function keepLocal() {
    try {
      localStorage.setItem(storageKey, JSON.stringify({
        savedAt: Date.now(), version: versionInput.value, fields: collect(),
      }));
    } catch (e) { /* private mode or full storage: the server copy still counts */ }
  }

  function apply(fields) {
    FIELDS.forEach((name) => {
      const el = form.elements[name];
      if (el && name in fields) el.value = fields[name];
    });
    (fields.authors || []).forEach((row, i) => {
      Object.keys(row).forEach((f) => {
        const el = form.elements["authors-" + i + "-" + f];
        if (el) el.value = row[f];
      });
    });
  }

  async function save() {
    if (!url || inFlight || conflicted || !dirty) return;
    inFlight = true;
    dirty = false;
    say(form.dataset.msgSaving);
    try {
      const response = await fetch(url, {
        method: "POST",
        credentials: "same-origin",
        redirect: "manual",
        headers: { "Content-Type": "application/json", "X-CSRFToken": csrf },
        body: JSON.stringify({ version: versionInput.value, fields: collect() }),
      });
      const data = response.type === "opaqueredirect" ? {} : await response.json().catch(() => ({}));
      if (response.ok) {
        versionInput.value = data.version;
        localStorage.removeItem(storageKey);
        say(form.dataset.msgSaved, "ok");
      } else if (response.status === 409) {
        conflicted = true;
        say(data.error, "error");
      } else if (response.status === 422) {
        say(data.error, "error");
      } else {
        dirty = true;
        say(form.dataset.msgOffline, "error");
      }
    } catch (e) {
      dirty = true;
      say(form.dataset.msgOffline, "error");
    } finally {
      inFlight = false;
    }
  }

  form.addEventListener("input", () => {
    dirty = true;
    keepLocal();
    clearTimeout(timer);
    timer = setTimeout(save, 1500);
  });
  window.addEventListener("online", save);
  setInterval(save, 15000);

  // A local copy newer than the page means the last session ended before the server saved it.
  try {
    const local = JSON.parse(localStorage.getItem(storageKey) || "null");
    if (local && local.version === versionInput.value) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "button button--small";
      button.textContent = form.dataset.msgRestoreButton;
      button.addEventListener("click", () => {
        apply(local.fields);
        dirty = true;
        save();
        button.remove();
      });
      say(form.dataset.msgRestore, "warning");
      status.appendChild(document.createTextNode(" "));
      status.appendChild(button);
    }
  } catch (e) { /* ignore unreadable local copies */ }

  form.addEventListener("submit", () => localStorage.removeItem(storageKey));
})();
