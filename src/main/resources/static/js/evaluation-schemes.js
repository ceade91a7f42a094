// The scheme form: each pool's weight sum and each benchmark's unit follow what is typed.
// The form works without this script (the server shows both when the page is drawn).
(function () {
  function sumOf(table) {
    var sum = 0;
    table.querySelectorAll('input[data-weight]').forEach(function (input) {
      var value = parseFloat(input.value);
      if (!isNaN(value)) {
        sum += value;
      }
    });
    return Math.round(sum * 10000) / 10000;
  }

  function showSum(table) {
    var out = table.querySelector('[data-weight-sum]');
    if (out) {
      var sum = sumOf(table);
      out.textContent = String(sum);
      out.classList.toggle('off', sum !== 100);
    }
  }

  function showUnit(table, row) {
    var unit = row && row.querySelector('[data-bench-unit]');
    var kind = row && row.querySelector('select[data-kind]');
    var indicator = row && row.querySelector('select[data-indicator]');
    if (!unit || !kind || !indicator) {
      return;
    }
    if (kind.value === 'average') {
      unit.textContent = table.getAttribute('data-average-label');
    } else {
      var option = indicator.options[indicator.selectedIndex];
      unit.textContent = option ? option.getAttribute('data-unit') || '' : '';
    }
  }

  function init() {
    document.querySelectorAll('[data-pool-indicators]').forEach(function (table) {
      table.addEventListener('input', function () {
        showSum(table);
      });
      table.addEventListener('change', function (event) {
        showSum(table);
        showUnit(table, event.target.closest('tr'));
      });
      showSum(table);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
