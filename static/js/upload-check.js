// Size and type checked in the browser before a large file travels for nothing. The server
// checks again and decides: this only saves the wait.
(function () {
  "use strict";
  const form = document.getElementById("upload-form");
  if (!form) return;
  const role = form.elements.role;
  const input = form.elements.file;
  const box = input.closest(".form-field");
  const error = document.createElement("p");
  error.className = "form-field__error";
  error.id = input.id + "_clienterror";
  error.hidden = true;
  input.before(error);

  function limits() {
    const kind = role.value === "writeup" ? "Writeup" : "Illustration";
    return {
      max: parseInt(form.dataset["max" + kind], 10),
      types: form.dataset["types" + kind].split(","),
    };
  }

  function setAccept() { input.setAttribute("accept", limits().types.join(",")); }

  function problem() {
    const file = input.files && input.files[0];
    if (!file) return "";
    const { max, types } = limits();
    const name = file.name.toLowerCase();
    if (!types.some((t) => name.endsWith(t))) {
      return form.dataset.msgWrongType.replace("%(types)s", types.join(", "));
    }
    if (file.size > max) {
      const mb = (n) => (n / 1048576).toLocaleString(document.documentElement.lang || "vi", { maximumFractionDigits: 1 });
      return form.dataset.msgTooBig.replace("%(size)s", mb(file.size)).replace("%(max)s", mb(max));
    }
    return "";
  }

  function show() {
    const text = problem();
    error.textContent = text;
    error.hidden = !text;
    box.classList.toggle("form-field--invalid", Boolean(text));
    const ids = (input.getAttribute("aria-describedby") || "").split(" ").filter((i) => i && i !== error.id);
    if (text) ids.push(error.id);
    if (ids.length) input.setAttribute("aria-describedby", ids.join(" "));
    else input.removeAttribute("aria-describedby");
    if (text) input.setAttribute("aria-invalid", "true"); else input.removeAttribute("aria-invalid");
    return !text;
  }

  role.addEventListener("change", () => { setAccept(); show(); });
  input.addEventListener("change", show);
  form.addEventListener("submit", (event) => {
    if (!show()) { event.preventDefault(); input.focus(); }
  });
  setAccept();
})();
