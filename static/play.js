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

// Order questions: the place selects become one list of the items, reordered by dragging
// (a mouse through HTML5 drag and drop, a finger through pointer events) or by the move
// up / move down buttons, each move announced; the hidden selects carry the answer.
(function () {
  "use strict";

  var box = document.querySelector(".order-selects");
  if (!box) return;
  var selects = Array.prototype.slice.call(box.querySelectorAll("select"));
  var labels = {};
  Array.prototype.forEach.call(selects[0].options, function (option) {
    if (option.value) labels[option.value] = option.textContent;
  });
  // the order the selects hold (after a refused answer), else the order the items are shown
  var order = selects.map(function (s) { return s.value; });
  if (order.some(function (v, i) { return !v || order.indexOf(v) !== i; })) {
    order = Array.prototype.slice.call(selects[0].options)
      .map(function (o) { return o.value; }).filter(Boolean);
  }

  var list = document.createElement("ol");
  list.className = "order-list";
  var live = document.createElement("p");
  live.className = "visually-hidden";
  live.setAttribute("aria-live", "polite");
  var hint = box.parentNode.querySelector(".order-hint");
  if (hint) hint.textContent = "Put the items in order, first to last: drag them, or use their move buttons.";
  box.hidden = true;
  box.parentNode.insertBefore(list, box);
  box.parentNode.insertBefore(live, box);

  function button(text, label, step) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "move";
    b.textContent = text;
    b.setAttribute("aria-label", label);
    b.setAttribute("data-step", step);
    return b;
  }

  function render(focusValue, focusStep) {
    list.textContent = "";
    order.forEach(function (value, i) {
      var item = document.createElement("li");
      item.draggable = true;
      item.setAttribute("data-value", value);
      var text = document.createElement("span");
      text.className = "item";
      text.textContent = labels[value];
      var grip = document.createElement("span");
      grip.className = "grip";
      grip.setAttribute("aria-hidden", "true");
      grip.textContent = "⠿";
      item.appendChild(grip);
      item.appendChild(text);
      item.appendChild(button("↑", "Move " + labels[value] + " up", -1)).disabled = i === 0;
      item.appendChild(button("↓", "Move " + labels[value] + " down", 1)).disabled = i === order.length - 1;
      list.appendChild(item);
    });
    selects.forEach(function (s, i) { s.value = order[i]; });
    if (focusValue) {
      var again = list.querySelector("li[data-value='" + focusValue + "'] .move[data-step='" + focusStep + "']");
      if (!again || again.disabled) again = list.querySelector("li[data-value='" + focusValue + "'] .move:not([disabled])");
      if (again) again.focus();
    }
  }

  function move(value, to, step) {
    var from = order.indexOf(value);
    if (from < 0 || to < 0 || to >= order.length || to === from) return;
    order.splice(from, 1);
    order.splice(to, 0, value);
    render(step ? value : null, step);
    live.textContent = labels[value] + ": place " + (to + 1) + " of " + order.length + ".";
  }

  list.addEventListener("click", function (event) {
    var b = event.target.closest(".move");
    if (!b) return;
    var value = b.parentNode.getAttribute("data-value");
    var step = parseInt(b.getAttribute("data-step"), 10);
    move(value, order.indexOf(value) + step, step);
  });

  // where an item dropped at (x, y) goes: the place of the item under that point
  function placeAt(x, y) {
    var under = document.elementFromPoint(x, y);
    var item = under && under.closest(".order-list li");
    return item ? order.indexOf(item.getAttribute("data-value")) : -1;
  }

  var dragged = null;
  list.addEventListener("dragstart", function (event) {
    var item = event.target.closest && event.target.closest("li");
    if (!item) return;
    dragged = item.getAttribute("data-value");
    event.dataTransfer.effectAllowed = "move";
    event.dataTransfer.setData("text/plain", labels[dragged]);
    item.classList.add("dragging");
  });
  list.addEventListener("dragover", function (event) {
    if (dragged !== null) event.preventDefault();  // allows the drop
  });
  list.addEventListener("drop", function (event) {
    event.preventDefault();
    if (dragged !== null) move(dragged, placeAt(event.clientX, event.clientY));
    dragged = null;
  });
  list.addEventListener("dragend", function () {
    dragged = null;
    var item = list.querySelector(".dragging");
    if (item) item.classList.remove("dragging");
  });

  // a finger on the grip: HTML5 drag and drop is a mouse's in most phone browsers
  var touched = null;
  list.addEventListener("pointerdown", function (event) {
    if (event.pointerType === "mouse" || !event.target.closest(".grip")) return;
    var item = event.target.closest("li");
    if (!item) return;
    touched = item.getAttribute("data-value");
    item.classList.add("dragging");
    event.preventDefault();
  });
  document.addEventListener("pointerup", function (event) {
    if (touched === null) return;
    var value = touched;
    touched = null;
    var item = list.querySelector(".dragging");
    if (item) item.classList.remove("dragging");
    move(value, placeAt(event.clientX, event.clientY));
  });

  render();
})();
