// Reloads a live page every data-refresh-seconds seconds (no <meta http-equiv="refresh">:
// a timed refresh the reader cannot stop fails WCAG 2.2.1, and inline script is barred by
// the CSP). The page's button pauses and resumes it; the choice lasts for the tab's session.
// Without this file the page still has its "Refresh now" link.
(function () {
  "use strict";
  var box = document.querySelector("[data-refresh-seconds]");
  if (!box) {
    return;
  }
  var seconds = parseInt(box.dataset.refreshSeconds, 10);
  if (!(seconds > 0)) {
    return;
  }
  var key = "live-refresh-paused:" + window.location.pathname;
  var toggle = box.querySelector("[data-refresh-toggle]");
  var timer = null;

  function paused() {
    try {
      return window.sessionStorage.getItem(key) === "1";
    } catch (e) {
      return false;
    }
  }

  function remember(value) {
    try {
      if (value) {
        window.sessionStorage.setItem(key, "1");
      } else {
        window.sessionStorage.removeItem(key);
      }
    } catch (e) {
      // Storage refused (private mode): the choice lasts until the next reload only.
    }
  }

  function show() {
    if (!toggle) {
      return;
    }
    var isPaused = timer === null;
    toggle.textContent = isPaused ? toggle.dataset.resumeLabel : toggle.dataset.pauseLabel;
  }

  function start() {
    timer = window.setTimeout(function () {
      window.location.reload();
    }, seconds * 1000);
    show();
  }

  function stop() {
    window.clearTimeout(timer);
    timer = null;
    show();
  }

  if (toggle) {
    toggle.hidden = false;
    toggle.addEventListener("click", function () {
      if (timer === null) {
        remember(false);
        start();
      } else {
        remember(true);
        stop();
      }
    });
  }
  if (paused()) {
    stop();
  } else {
    start();
  }
})();
