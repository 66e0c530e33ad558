// Small additions to the question page; everything works without this file.
// - a countdown for timed rounds (the server measures the real time; this only shows it)
// - number keys 1-9 pick an option, when no text box has focus
// - the answer button disables itself once pressed (the server ignores a second POST anyway)
// - choice and true/false questions: tapping or clicking an option answers at once
(function () {
  "use strict";

  var timer = document.querySelector(".timer[data-remaining]");
  if (timer) {
    var left = parseInt(timer.getAttribute("data-remaining"), 10);
    var show = function () {
      timer.textContent = left > 0
        ? left + " s left for the speed bonus"
        : "No speed bonus left: answer when ready.";
      timer.classList.toggle("low", left <= 5);
    };
    if (!isNaN(left)) {
      show();
      var tick = window.setInterval(function () {
        left -= 1;
        show();
        if (left <= 0) window.clearInterval(tick);
      }, 1000);
    }
  }

  var form = document.getElementById("answer-form");
  if (!form) return;

  // show each option's key, so the shortcut is discoverable (screen readers skip the badge)
  var choices = form.querySelectorAll(".options input");
  Array.prototype.forEach.call(choices, function (input, i) {
    if (i > 8 || !input.parentNode) return;
    var key = document.createElement("kbd");
    key.className = "key";
    key.setAttribute("aria-hidden", "true");
    key.textContent = String(i + 1);
    input.parentNode.appendChild(key);
  });

  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (target && (target.tagName === "INPUT" && target.type === "text" || target.tagName === "SELECT" || target.tagName === "TEXTAREA")) return;
    var n = parseInt(event.key, 10);
    if (isNaN(n) || n < 1) return;
    var options = form.querySelectorAll(".options input");
    var input = options[n - 1];
    if (!input) return;
    input.checked = input.type === "checkbox" ? !input.checked : true;
    input.focus();
    event.preventDefault();
  });

  var button = form.querySelector("button[type=submit]");
  var sent = false;
  form.addEventListener("submit", function (event) {
    if (sent) { event.preventDefault(); return; }  // Enter pressed twice, a double click
    sent = true;
    if (button) window.setTimeout(function () { button.disabled = true; }, 0);
  });
  // One tap answers. Only a pointer's click sends: arrow keys move a radio group's pick (and
  // fire click too), so a keyboard player still chooses first and then presses Answer.
  if (form.hasAttribute("data-tap")) {
    form.classList.add("tap-to-answer");
    var hint = form.querySelector(".tap-hint");
    if (hint) hint.hidden = false;
    var pointing = false;
    form.addEventListener("pointerdown", function () { pointing = true; });
    form.addEventListener("keydown", function () { pointing = false; });
    form.addEventListener("click", function (event) {
      var input = event.target;
      if (!pointing || input.tagName !== "INPUT" || input.type !== "radio") return;
      input.checked = true;
      if (form.requestSubmit) form.requestSubmit(); else if (button) button.click();
    });
  }

  // Back to a page kept in the back/forward cache: it may be answered again (the server decides)
  window.addEventListener("pageshow", function (event) {
    if (!event.persisted) return;
    sent = false;
    if (button) button.disabled = false;
  });
})();
