// Follows a certificate rendering: polls its progress and reloads the page when it moves,
// so the counts and download links stay current. The page works without this file (it has
// a Refresh link).
(function () {
  "use strict";
  var section = document.getElementById("certificate-progress");
  if (!section || section.dataset.active !== "true") {
    return;
  }
  var url = section.dataset.progressUrl;
  var seen = [section.dataset.done, section.dataset.failed, section.dataset.status].join("/");
  var delay = 2000;

  function poll() {
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.json();
      })
      .then(function (data) {
        var now = [data.done, data.failed, data.status].join("/");
        if (now !== seen) {
          window.location.reload();
          return;
        }
        if (data.active) {
          window.setTimeout(poll, delay);
        }
      })
      .catch(function () {
        // A network hiccup: try again, more slowly.
        delay = Math.min(delay * 2, 30000);
        window.setTimeout(poll, delay);
      });
  }

  window.setTimeout(poll, delay);
})();
