/* quizgen: small progressive enhancements. Every page works without this file; the
   Content-Security-Policy forbids inline scripts, so all behaviour lives here. */
(function () {
  "use strict";

  function csrfToken() {
    var m = document.querySelector('meta[name="csrf-token"]');
    return m ? m.getAttribute("content") : "";
  }

  function postJSON(url, body) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrfToken() },
      body: JSON.stringify(body)
    });
  }

  /* Ask before destructive actions. */
  function confirmForms() {
    document.querySelectorAll("form[data-confirm]").forEach(function (form) {
      form.addEventListener("submit", function (ev) {
        if (!window.confirm(form.getAttribute("data-confirm"))) ev.preventDefault();
      });
    });
  }

  /* Keep the article the teacher typed in the browser too, in case a request fails. */
  function drafts() {
    document.querySelectorAll("[data-clear-draft]").forEach(function (el) {
      try { sessionStorage.removeItem("draft:" + el.getAttribute("data-clear-draft")); } catch (e) { /* private mode */ }
    });
    document.querySelectorAll("textarea[data-draft]").forEach(function (ta) {
      var key = "draft:" + ta.getAttribute("data-draft");
      try {
        if (!ta.value) ta.value = sessionStorage.getItem(key) || "";
        ta.addEventListener("input", function () { sessionStorage.setItem(key, ta.value); });
      } catch (e) { /* storage unavailable: the server keeps the text on errors anyway */ }
    });
    var form = document.getElementById("new-set");
    if (form) {
      form.addEventListener("submit", function () {
        var btn = form.querySelector('button[type="submit"]');
        if (btn) {
          btn.setAttribute("aria-busy", "true");
          btn.textContent = form.getAttribute("data-busy") || btn.textContent;
          window.setTimeout(function () { btn.disabled = true; }, 0);
        }
      });
    }
  }

  /* Editor: show a question's evidence in the article, and drag questions into a new order. */
  function editor() {
    var list = document.getElementById("question-list");
    if (!list) return;
    var article = document.getElementById("article");

    function highlight(n) {
      if (!article) return;
      var first = null;
      article.querySelectorAll("mark").forEach(function (m) {
        var hit = (" " + m.getAttribute("data-q") + " ").indexOf(" " + n + " ") >= 0;
        m.classList.toggle("active", hit);
        if (hit && !first) first = m;
      });
      if (first) first.scrollIntoView({ block: "center", behavior: "smooth" });
    }

    list.querySelectorAll(".show-evidence").forEach(function (btn) {
      btn.hidden = false;
      btn.addEventListener("click", function () { highlight(btn.getAttribute("data-q")); });
    });
    if (article) {
      article.addEventListener("click", function (ev) {
        var m = ev.target.closest("mark");
        if (!m) return;
        var n = m.getAttribute("data-q").split(" ")[0];
        var li = list.querySelector('li[data-n="' + n + '"]');
        if (li) {
          list.querySelectorAll(".focus-evidence").forEach(function (x) { x.classList.remove("focus-evidence"); });
          li.classList.add("focus-evidence");
          li.scrollIntoView({ block: "center", behavior: "smooth" });
        }
        highlight(n);
      });
    }

    var url = list.getAttribute("data-order-url");
    var dragged = null;
    list.querySelectorAll("li.question").forEach(function (li) {
      var head = li.querySelector(".q-head");
      var handle = document.createElement("span");
      handle.className = "drag-handle";
      handle.setAttribute("aria-hidden", "true");
      handle.title = "drag";
      handle.textContent = "⠿";
      head.insertBefore(handle, head.firstChild);
      li.draggable = true;
      li.addEventListener("dragstart", function (ev) {
        if (ev.target.closest && ev.target.closest("details.edit[open]")) { ev.preventDefault(); return; }
        dragged = li; li.classList.add("dragging");
        ev.dataTransfer.effectAllowed = "move";
        ev.dataTransfer.setData("text/plain", li.getAttribute("data-qid"));
      });
      li.addEventListener("dragend", function () {
        li.classList.remove("dragging");
        list.querySelectorAll(".drop-target").forEach(function (x) { x.classList.remove("drop-target"); });
      });
      li.addEventListener("dragover", function (ev) {
        if (!dragged || dragged === li) return;
        ev.preventDefault(); li.classList.add("drop-target");
      });
      li.addEventListener("dragleave", function () { li.classList.remove("drop-target"); });
      li.addEventListener("drop", function (ev) {
        ev.preventDefault();
        if (!dragged || dragged === li) return;
        list.insertBefore(dragged, li);
        var order = Array.prototype.map.call(list.querySelectorAll("li.question"), function (x) {
          return x.getAttribute("data-qid");
        });
        postJSON(url, { order: order }).then(function (r) {
          if (r.ok) window.location.reload();
        });
      });
    });
  }

  /* Teacher's results: poll the JSON endpoint while the page is open. */
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  function results() {
    var box = document.getElementById("results");
    if (!box) return;
    var url = box.getAttribute("data-url");
    var last = "";
    function render(data) {
      var sig = JSON.stringify(data);
      if (sig === last) return;
      last = sig;
      var tables = box.querySelectorAll("table.results");
      var count = box.querySelector('[data-field="count"]');
      if (count) count.textContent = "(" + data.students.length + ")";
      if (tables.length < 2) { if (data.students.length) window.location.reload(); return; }
      var sBody = tables[0].tBodies[0];
      sBody.textContent = "";
      data.students.forEach(function (s) {
        var tr = document.createElement("tr");
        tr.appendChild(el("th", s.nickname)).setAttribute("scope", "row");
        tr.appendChild(el("td", s.answered + "/" + data.total));
        tr.appendChild(el("td", s.correct));
        s.cells.forEach(function (c) {
          var td;
          if (!c) td = el("td", "·", "cell-none");
          else if (c.correct === null) td = el("td", "?", "cell-open");
          else if (c.correct) td = el("td", "✓", "cell-right");
          else td = el("td", "✗", "cell-wrong");
          if (c) td.title = c.response;
          tr.appendChild(td);
        });
        sBody.appendChild(tr);
      });
      var qBody = tables[1].tBodies[0];
      qBody.textContent = "";
      data.questions.forEach(function (q) {
        var tr = document.createElement("tr");
        tr.appendChild(el("td", q.n));
        tr.appendChild(el("td", q.prompt, "prompt-cell"));
        tr.appendChild(el("td", q.answered));
        var share = el("td", null, "share");
        if (q.share_correct === null) share.textContent = "–";
        else {
          var m = document.createElement("meter");
          m.min = 0; m.max = 1; m.value = q.share_correct;
          share.appendChild(m);
          share.appendChild(document.createTextNode(" " + Math.round(q.share_correct * 100) + " %"));
        }
        tr.appendChild(share);
        var wrong = el("td", q.common_wrong ? q.common_wrong + " (×" + q.common_wrong_count + ")" : "–");
        tr.appendChild(wrong);
        qBody.appendChild(tr);
      });
    }
    function poll() {
      fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (data) { if (data) render(data); })
        .catch(function () { /* offline for a moment: try again next time */ });
    }
    window.setInterval(poll, 4000);
  }

  /* Move keyboard focus to the feedback after answering, so screen readers announce it. */
  function focusFeedback() {
    var fb = document.getElementById("feedback");
    if (fb && window.location.hash === "#feedback") fb.focus({ preventScroll: true });
    /* Beside the feedback, scroll the article to the highlighted evidence (wide screens). */
    var pane = document.querySelector(".quiz-grid .article-pane");
    var mark = pane && pane.querySelector("mark");
    if (mark && window.matchMedia("(min-width: 62rem)").matches) {
      pane.scrollTop += mark.getBoundingClientRect().top - pane.getBoundingClientRect().top -
        pane.clientHeight / 3;
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    confirmForms();
    drafts();
    editor();
    results();
    focusFeedback();
  });
})();
