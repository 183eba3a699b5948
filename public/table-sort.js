/*
 * Sortable tables, the portal's one script on content pages (progressive
 * enhancement; src/gates/site.ts allows exactly this file). A table marked
 * data-sortable gets a button in each column header; a click or Enter/Space
 * sorts its rows by that column, again to reverse. Numbers sort as numbers
 * (a cell's data-sort-value, else the first number in its text, for headers
 * marked class="num" or data-sort-type="number"), words with localeCompare
 * for Chinese. A group heading row (a cell spanning columns) stays at the top
 * of its tbody and rows sort inside their group. Empty cells go last; equal
 * values keep the server's order. Without JavaScript the table keeps the
 * order it was built in.
 */
(function () {
  "use strict";
  var collator = new Intl.Collator("zh");
  /** @param {HTMLTableCellElement | undefined} cell @param {boolean} numeric */
  function key(cell, numeric) {
    if (!cell) return null;
    var raw = cell.getAttribute("data-sort-value");
    var text = (raw !== null ? raw : cell.textContent || "").trim();
    if (text === "" || text === "—") return null;
    if (!numeric) return text;
    var m = text.replace(/,/g, "").match(/-?\d+(?:\.\d+)?/);
    return m ? parseFloat(m[0]) : null;
  }
  /** @param {HTMLTableRowElement} row */
  function isGroupRow(row) {
    return row.cells.length === 1 && row.cells[0].colSpan > 1;
  }
  /** @param {HTMLTableElement} table @param {HTMLTableCellElement} th @param {number} index @param {boolean} numeric */
  function sort(table, th, index, numeric) {
    var descending = th.getAttribute("aria-sort") === "ascending";
    var head = /** @type {HTMLTableSectionElement} */ (table.tHead);
    var heads = head.rows[head.rows.length - 1].cells;
    for (var h = 0; h < heads.length; h++) heads[h].removeAttribute("aria-sort");
    th.setAttribute("aria-sort", descending ? "descending" : "ascending");
    var bodies = table.tBodies;
    for (var b = 0; b < bodies.length; b++) {
      var body = bodies[b];
      var rows = [];
      var fixed = [];
      for (var r = 0; r < body.rows.length; r++) {
        var row = body.rows[r];
        if (isGroupRow(row)) fixed.push(row);
        else rows.push({ row: row, key: key(row.cells[index], numeric), at: r });
      }
      rows.sort(function (x, y) {
        if (x.key === null || y.key === null) return Number(x.key === null) - Number(y.key === null) || x.at - y.at;
        var c = numeric ? Number(x.key) - Number(y.key) : collator.compare(String(x.key), String(y.key));
        return (descending ? -c : c) || x.at - y.at;
      });
      var frag = document.createDocumentFragment();
      fixed.concat(rows.map(function (e) { return e.row; })).forEach(function (row) { frag.appendChild(row); });
      body.appendChild(frag);
    }
  }
  /** @param {HTMLTableElement} table */
  function enhance(table) {
    if (!table.tHead || !table.tHead.rows.length) return;
    var heads = table.tHead.rows[table.tHead.rows.length - 1].cells;
    for (var i = 0; i < heads.length; i++) {
      (function (th, index) {
        if (th.colSpan > 1) return;
        var numeric = th.getAttribute("data-sort-type") === "number" || th.classList.contains("num");
        var button = document.createElement("button");
        button.type = "button";
        button.className = "sort";
        while (th.firstChild) button.appendChild(th.firstChild);
        button.setAttribute("title", "按此列排序");
        th.appendChild(button);
        button.addEventListener("click", function () { sort(table, th, index, numeric); });
      })(heads[i], i);
    }
    table.setAttribute("data-sort-ready", "");
  }
  var tables = document.querySelectorAll("table[data-sortable]");
  for (var t = 0; t < tables.length; t++) enhance(/** @type {HTMLTableElement} */ (tables[t]));
})();
