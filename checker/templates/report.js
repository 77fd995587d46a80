(function () {
  "use strict";
  var verdict = document.getElementById("filter-verdict");
  var subject = document.getElementById("filter-subject");
  var search = document.getElementById("search");
  var shown = document.getElementById("shown");
  var items = document.querySelectorAll("[data-verdict]");

  function filter() {
    var v = verdict.value, s = subject.value, q = search.value.trim().toLowerCase();
    var cards = 0, claims = 0;
    items.forEach(function (item) {
      var show = (!v || item.dataset.verdict === v) && (!s || item.dataset.subject === s) &&
        (!q || item.textContent.toLowerCase().indexOf(q) !== -1);
      item.hidden = !show;
      if (show) { if (item.tagName === "TR") { claims += 1; } else { cards += 1; } }
    });
    shown.textContent = v || s || q ? "showing " + cards + " subjects, " + claims + " claims" : "";
    document.querySelectorAll(".counts button").forEach(function (button) {
      button.classList.toggle("active", button.dataset.filter === v);
    });
  }

  function sortKey(row, column) {
    var cell = row.cells[column];
    return cell.dataset.sort !== undefined ? cell.dataset.sort : cell.textContent.trim().toLowerCase();
  }

  function sort(header) {
    var table = header.closest("table"), body = table.tBodies[0], column = header.cellIndex;
    var ascending = header.getAttribute("aria-sort") !== "ascending";
    table.querySelectorAll("th").forEach(function (th) { th.removeAttribute("aria-sort"); });
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var rows = Array.prototype.map.call(body.rows, function (row) { return [sortKey(row, column), row]; });
    rows.sort(function (a, b) {
      var x = a[0], y = b[0], nx = parseFloat(x), ny = parseFloat(y);
      var order = !isNaN(nx) && !isNaN(ny) ? nx - ny : x === "" ? 1 : y === "" ? -1 : x.localeCompare(y);
      return ascending ? order : -order;
    });
    rows.forEach(function (pair) { body.appendChild(pair[1]); });
  }

  function reveal(hash) {
    var target = hash && document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) { return; }
    var article = target.closest("details");
    if (article) { article.open = true; }
    document.querySelectorAll("mark.current").forEach(function (mark) { mark.classList.remove("current"); });
    var mark = target.closest("mark") || (target.tagName === "MARK" ? target : null);
    if (mark) { mark.classList.add("current"); }
    target.scrollIntoView({ block: "center" });
  }

  document.addEventListener("click", function (event) {
    var header = event.target.closest("table.sortable th");
    if (header) { sort(header); return; }
    var button = event.target.closest(".counts button");
    if (button) { verdict.value = verdict.value === button.dataset.filter ? "" : button.dataset.filter; filter(); return; }
    var link = event.target.closest("a[href^='#']");
    if (link) { reveal(link.getAttribute("href")); }
  });
  document.addEventListener("keydown", function (event) {
    var header = (event.key === "Enter" || event.key === " ") && event.target.closest("table.sortable th");
    if (header) { event.preventDefault(); sort(header); }
  });
  document.querySelectorAll("table.sortable th").forEach(function (th) { th.tabIndex = 0; });
  [verdict, subject].forEach(function (control) { control.addEventListener("change", filter); });
  search.addEventListener("input", filter);
  window.addEventListener("hashchange", function () { reveal(location.hash); });
  reveal(location.hash);
})();
