(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) { return; }

  function chosen(name) {
    var boxes = form.querySelectorAll('input[name="' + name + '"]');
    var set = {};
    boxes.forEach(function (box) {
      if (box.checked) { set[box.value] = true; }
    });
    return { any: boxes.length > 0, set: set };
  }

  function allows(choice, value) {
    return !choice.any || Boolean(choice.set[value]);
  }

  function apply() {
    var kinds = chosen("kind");
    var verdicts = chosen("verdict");
    var severities = chosen("severity");
    var statuses = chosen("status");
    var total = 0;
    document.querySelectorAll("tr.cluster-row").forEach(function (row) {
      row.hidden = !allows(statuses, row.dataset.status);
    });
    document.querySelectorAll("section.cluster").forEach(function (section) {
      var shown = 0;
      section.hidden = !allows(statuses, section.dataset.status);
      section.querySelectorAll("tr.finding").forEach(function (row) {
        var visible = !section.hidden && allows(kinds, row.dataset.kind) &&
          allows(verdicts, row.dataset.verdict) && allows(severities, row.dataset.severity);
        row.hidden = !visible;
        if (visible) { shown += 1; }
      });
      section.querySelectorAll(".shown").forEach(function (el) { el.textContent = String(shown); });
      section.querySelectorAll(".nothing-shown").forEach(function (el) {
        el.hidden = shown > 0 || section.querySelectorAll("tr.finding").length === 0;
      });
      total += shown;
    });
    document.querySelectorAll(".shown-total").forEach(function (el) { el.textContent = String(total); });
  }

  function sortBy(key, button) {
    var body = document.querySelector("table.clusters tbody");
    if (!body) { return; }
    var descending = button.getAttribute("aria-sort") === "ascending";
    document.querySelectorAll("table.clusters th button").forEach(function (b) {
      b.removeAttribute("aria-sort");
    });
    button.setAttribute("aria-sort", descending ? "descending" : "ascending");
    var rows = Array.prototype.slice.call(body.querySelectorAll("tr.cluster-row"));
    rows.sort(function (a, b) {
      var x = a.dataset[key];
      var y = b.dataset[key];
      var cmp = key === "name" ? x.localeCompare(y) : Number(x) - Number(y);
      if (cmp === 0) { cmp = a.dataset.name.localeCompare(b.dataset.name); }
      return descending ? -cmp : cmp;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  document.querySelectorAll("table.clusters th button").forEach(function (button) {
    button.addEventListener("click", function () { sortBy(button.dataset.sort, button); });
  });
  form.addEventListener("change", apply);
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  document.documentElement.classList.add("js");
  apply();
})();
