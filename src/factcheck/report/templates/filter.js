(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) { return; }
  var order = { none: 0, info: 1, warning: 2, error: 3 };

  function chosen(name) {
    var set = {};
    form.querySelectorAll('input[name="' + name + '"]').forEach(function (box) {
      if (box.checked) { set[box.value] = true; }
    });
    return set;
  }

  function apply() {
    var kinds = chosen("kind");
    var verdicts = chosen("verdict");
    var least = order[form.elements["min-severity"].value];
    var total = 0;
    document.querySelectorAll("section.cluster").forEach(function (section) {
      var shown = 0;
      section.querySelectorAll("tr.finding").forEach(function (row) {
        var visible = Boolean(kinds[row.dataset.kind]) && Boolean(verdicts[row.dataset.verdict]) &&
          order[row.dataset.severity] >= least;
        row.hidden = !visible;
        if (visible) { shown += 1; }
      });
      section.querySelectorAll(".shown").forEach(function (el) { el.textContent = String(shown); });
      section.querySelectorAll(".nothing-shown").forEach(function (el) { el.hidden = shown > 0; });
      total += shown;
    });
    document.querySelectorAll(".shown-total").forEach(function (el) { el.textContent = String(total); });
  }

  form.addEventListener("change", apply);
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  document.documentElement.classList.add("js");
  apply();
})();
