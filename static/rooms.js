/* Live rooms: the host's big screen and the players' phones, drawn from the state the server
   sends (first in the page's data-state, then over the socket). The server is the clock and
   the referee; this script only shows what it says and sends taps. */
(function () {
  "use strict";
  var live = document.getElementById("live");
  if (!live || typeof io === "undefined") { return; }
  var role = live.dataset.role;
  var roomId = parseInt(live.dataset.room, 10);
  var state = JSON.parse(live.dataset.state);
  var you = live.dataset.you ? JSON.parse(live.dataset.you) : {};
  var screen = document.getElementById("screen");
  var announce = document.getElementById("announce");
  var deadline = null; // local time the countdown ends, from the server's time left
  var ticker = null;
  var LETTERS = "ABCDEFGH";

  function h(tag, attrs) {
    var el = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") { el.textContent = attrs[k]; } else { el.setAttribute(k, attrs[k]); }
    });
    for (var i = 2; i < arguments.length; i++) {
      var child = arguments[i];
      if (child === null || child === undefined) { continue; }
      el.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return el;
  }

  function say(text) { announce.textContent = text; }

  function ordinal(n) {
    var s = ["th", "st", "nd", "rd"], v = n % 100;
    return n + (s[(v - 20) % 10] || s[v] || s[0]);
  }

  function secondsLeft() {
    return deadline === null ? 0 : Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
  }

  function countdown() {
    var left = state.paused ? Math.ceil(state.left_ms / 1000) : secondsLeft();
    return h("p", {"class": "countdown" + (left <= 5 ? " low" : ""), id: "countdown", "aria-live": "off"},
      h("span", {"class": "countdown-number", text: String(left)}),
      state.paused ? " seconds left, paused" : " seconds left");
  }

  function tick() {
    var el = document.getElementById("countdown");
    if (el && !state.paused) { el.replaceWith(countdown()); }
    if (state.state === "question" && !state.paused && secondsLeft() === 0) {
      clearInterval(ticker); ticker = null;
      if (role === "host") { askReveal(); } else { timeUp(); }
    }
  }

  function startClock() {
    clearInterval(ticker); ticker = null;
    deadline = state.state === "question" ? Date.now() + state.left_ms : null;
    if (deadline !== null && !state.paused) { ticker = setInterval(tick, 250); }
  }

  function heading(text) { return h("h1", {"class": "live-heading", tabindex: "-1", text: text}); }

  function questionLabel() { return "Question " + state.number + " of " + state.total; }

  /* --- the big screen ------------------------------------------------------------------ */

  function hostLobby() {
    var list = h("ul", {"class": "player-names", id: "players"});
    state.names.forEach(function (name) { list.appendChild(h("li", {text: name})); });
    return [
      heading("Join the game"),
      h("div", {"class": "join-box"},
        h("div", {},
          h("p", {"class": "join-at"}, "Join at ", h("strong", {text: state.join_url})),
          h("p", {"class": "pin"}, "Game PIN ", h("strong", {id: "pin", text: state.pin}))),
        h("img", {src: live.dataset.qr, alt: "QR code of the join address with the PIN", width: "232", height: "232", "class": "qr"})),
      h("h2", {id: "players-h", text: state.players + (state.players === 1 ? " player" : " players") + " in the room"}),
      list
    ];
  }

  function optionList(marks) {
    var list = h("ol", {"class": "live-options"});
    state.options.forEach(function (text, i) {
      var item = h("li", {"class": "live-option opt-" + i}, h("span", {"class": "letter", "aria-hidden": "true", text: LETTERS[i]}), h("span", {text: text}));
      if (marks) { marks(item, i); }
      list.appendChild(item);
    });
    return list;
  }

  function hostQuestion() {
    return [
      h("p", {"class": "live-progress", text: questionLabel()}),
      heading(state.prompt),
      optionList(),
      h("div", {"class": "live-status"}, countdown(),
        h("p", {id: "answered", "class": "answered", text: state.answered + " of " + state.players + " answered"}))
    ];
  }

  function hostReveal() {
    var most = Math.max.apply(null, state.tally.concat([1]));
    var parts = [
      h("p", {"class": "live-progress", text: questionLabel() + (state.skipped ? ", skipped: it scores nobody" : "")}),
      heading(state.prompt),
      optionList(function (item, i) {
        var right = i === state.right;
        item.classList.add(right ? "right" : "not-right");
        item.appendChild(h("span", {"class": "verdict", text: right ? "Right answer" : ""}));
        var bar = h("span", {"class": "bar"}, h("span", {"class": "bar-fill"}));
        bar.firstChild.style.width = (100 * state.tally[i] / most) + "%";
        item.appendChild(bar);
        item.appendChild(h("span", {"class": "count", text: state.tally[i] + (state.tally[i] === 1 ? " player" : " players")}));
      })
    ];
    if (state.explanation) { parts.push(h("p", {"class": "explanation", text: state.explanation})); }
    if (state.citation) {
      parts.push(h("figure", {"class": "citation"},
        h("blockquote", {}, h("p", {text: state.citation.quote})),
        h("figcaption", {}, h("a", {href: state.citation.href, text: state.citation.title}))));
    }
    parts.push(h("h2", {text: "Top " + state.top.length}), topList(state.top));
    return parts;
  }

  function topList(rows) {
    var list = h("ol", {"class": "top"});
    rows.forEach(function (row) {
      list.appendChild(h("li", {}, h("span", {"class": "place", text: ordinal(row.place)}),
        h("span", {"class": "name", text: row.nickname}), h("span", {"class": "points", text: row.score + " points"})));
    });
    return list;
  }

  function hostEnded() {
    return [heading("Game over"), h("h2", {text: "Podium"}), topList(state.top),
      h("p", {}, h("a", {href: state.results_url, "class": "button", text: "Full results"}))];
  }

  function controls() {
    var box = document.getElementById("controls");
    box.hidden = state.state === "ended";
    box.querySelectorAll("button").forEach(function (b) {
      var a = b.dataset.action, s = state.state;
      b.hidden = (a === "next" && s === "question") || (a === "pause" && (s !== "question" || state.paused)) ||
        (a === "resume" && !(s === "question" && state.paused)) || (a === "skip" && s !== "question");
    });
    var next = document.getElementById("next-button");
    next.textContent = state.state === "lobby" ? "Start the game" : state.number >= state.total ? "Show the podium" : "Next question";
    next.disabled = state.state === "lobby" && state.players === 0;
  }

  /* --- the phone ----------------------------------------------------------------------- */

  function playerLobby() {
    return [heading("You're in!"), h("p", {"class": "big-note", text: "Waiting for the host to start the game. Watch the big screen."})];
  }

  function playerQuestion() {
    var answered = you.choice !== null && you.choice !== undefined;
    var closed = answered || state.paused || secondsLeft() === 0;
    var list = h("div", {"class": "tap-options", role: "group", "aria-labelledby": "q-label"});
    state.options.forEach(function (text, i) {
      var b = h("button", {type: "button", "class": "tap opt-" + i + (you.choice === i ? " picked" : ""), "data-choice": String(i)},
        h("span", {"class": "letter", "aria-hidden": "true", text: LETTERS[i]}), h("span", {text: text}));
      b.disabled = closed;
      if (you.choice === i) { b.setAttribute("aria-pressed", "true"); }
      list.appendChild(b);
    });
    var note = answered ? "Answer sent: " + state.options[you.choice] + ". Wait for the others." :
      state.paused ? "The host has paused the game." : secondsLeft() === 0 ? "Time is up." : "Tap your answer.";
    return [h("h1", {"class": "live-progress phone-prompt", id: "q-label", tabindex: "-1", text: questionLabel() + ": " + state.prompt}), countdown(), list,
      h("p", {"class": "big-note", id: "note", text: note})];
  }

  function placeLine() {
    return you.place ? "You are " + ordinal(you.place) + " of " + you.of + ", with " + you.score + " points." : "";
  }

  function playerReveal() {
    var verdict;
    if (state.skipped) { verdict = "Skipped: this question scores nobody."; }
    else if (you.choice === null || you.choice === undefined) { verdict = "No answer: the right one was " + state.options[state.right] + "."; }
    else if (you.correct === undefined) { verdict = "The right answer: " + state.options[state.right] + "."; } // own result on its way
    else if (you.correct) { verdict = "Right! +" + you.points + " points"; }
    else { verdict = "Wrong: the right answer was " + state.options[state.right] + "."; }
    var answered = you.choice !== null && you.choice !== undefined;
    var mood = state.skipped || !answered ? "wrong" : you.correct === undefined ? "waiting" : you.correct ? "right" : "wrong";
    return [h("p", {"class": "live-progress", text: questionLabel()}),
      h("h1", {"class": "verdict-big " + mood, id: "verdict", tabindex: "-1"}, h("span", {"aria-hidden": "true", text: mood === "right" ? "\u2714 " : mood === "wrong" ? "\u2716 " : ""}), verdict),
      h("p", {"class": "big-note", id: "place", text: placeLine()})];
  }

  function playerEnded() {
    return [heading("Game over"), h("p", {"class": "big-note", id: "place", text: placeLine()}),
      h("p", {}, h("a", {href: live.dataset.results, "class": "button", text: "Full results"}))];
  }

  /* --- drawing and the socket ---------------------------------------------------------- */

  var screens = {
    host: {lobby: hostLobby, question: hostQuestion, reveal: hostReveal, ended: hostEnded},
    player: {lobby: playerLobby, question: playerQuestion, reveal: playerReveal, ended: playerEnded}
  };

  function draw() {
    var focused = document.activeElement && screen.contains(document.activeElement);
    screen.replaceChildren.apply(screen, screens[role][state.state]());
    if (role === "host") { controls(); }
    var score = document.getElementById("you-score");
    if (score && you.score !== undefined) { score.textContent = you.score + " points"; }
    if (focused) { screen.querySelector("h1, button:not([disabled])") && screen.querySelector("h1, button:not([disabled])").focus(); }
  }

  function announceState() {
    if (state.state === "question") { say(questionLabel() + ": " + state.prompt); }
    else if (state.state === "reveal" && role === "host") { say("The right answer: " + state.options[state.right]); }
    else if (state.state === "ended") { say("Game over. " + (role === "player" ? placeLine() : "")); }
  }

  function setState(next) {
    var moved = next.state !== state.state || next.number !== state.number;
    if (moved && next.state === "question") { you.choice = null; you.correct = undefined; }
    state = next;
    startClock();
    draw();
    if (moved) { announceState(); }
  }

  var socket = io({auth: {room: roomId, role: role}, transports: ["websocket"]});
  socket.on("state", setState);
  socket.on("you", function (mine) {
    you = mine; draw();
    if (state.state === "reveal") { say(document.getElementById("verdict").textContent + " " + placeLine()); }
  });
  socket.on("answered", function (msg) {
    state.answered = msg.answered;
    var el = document.getElementById("answered");
    if (el) { el.textContent = msg.answered + " of " + state.players + " answered"; }
  });
  socket.on("joined", function (msg) {
    // a reconnecting phone is already listed
    if (state.state !== "lobby" || state.names.indexOf(msg.nickname) >= 0) { return; }
    state.names.push(msg.nickname);
    state.players = state.names.length;
    draw();
  });
  socket.on("connect_error", function (err) { say("Cannot reach the game: " + err.message); });

  function askReveal() {
    socket.emit("control", {room: roomId, action: "reveal"}, function (reply) {
      // early (this clock ran fast): ask again when the server says time is up
      if (!reply.ok && reply.state && reply.state.state === "question" && !reply.state.paused) {
        setTimeout(askReveal, Math.max(250, reply.state.left_ms));
      }
    });
  }

  function timeUp() {
    if (you.choice === null || you.choice === undefined) { draw(); say("Time is up."); }
  }

  if (role === "host") {
    document.getElementById("controls").addEventListener("click", function (event) {
      var button = event.target.closest("button[data-action]");
      if (!button) { return; }
      button.disabled = true;
      socket.emit("control", {room: roomId, action: button.dataset.action}, function () { button.disabled = false; controls(); });
    });
  } else {
    screen.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-choice]");
      if (!button || state.state !== "question") { return; }
      var choice = parseInt(button.dataset.choice, 10);
      screen.querySelectorAll("button[data-choice]").forEach(function (b) { b.disabled = true; });
      socket.emit("answer", {position: state.position, choice: choice}, function (reply) {
        if (reply.ok) { you.choice = choice; draw(); say("Answer sent: " + state.options[choice]); }
        else {
          draw();
          var note = document.getElementById("note");
          if (note) { note.textContent = reply.message; }
          say(reply.message);
        }
      });
    });
  }

  startClock();
  draw();
}());
