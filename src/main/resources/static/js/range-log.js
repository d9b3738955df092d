// The range log: shows pass or fail as a value is typed (the server still decides it),
// and after a row is saved moves to the next row, so Enter saves and moves on.
(function () {
  'use strict';

  function verdict(input) {
    var sheet = document.getElementById('cards');
    var drill = input.closest('.drill');
    var out = drill && drill.querySelector('.verdict');
    if (!out || !sheet) {
      return;
    }
    var text = input.value.trim().replace(',', '.');
    var value = Number(text);
    var limit = Number(input.dataset.limit);
    if (text === '' || isNaN(value) || isNaN(limit)) {
      out.textContent = '';
      out.className = 'verdict small';
      return;
    }
    var passed = input.dataset.kind === 'TIME' ? value <= limit : value >= limit;
    out.textContent = passed ? sheet.dataset.pass : sheet.dataset.fail;
    out.className = 'verdict small fw-bold ' + (passed ? 'text-success' : 'text-danger');
  }

  // Where logging a row starts: its first value, else its pass-fail buttons, else its
  // attendance (for someone not yet marked).
  function firstField(row) {
    if (!row) {
      return null;
    }
    var selectors = ['input.value-input', '.pass-fail input', '.attendance-choice input:checked',
      '.attendance-choice input'];
    for (var i = 0; i < selectors.length; i++) {
      var field = row.querySelector(selectors[i]);
      if (field && field.offsetParent !== null || field && field.classList.contains('btn-check')) {
        return field;
      }
    }
    return null;
  }

  // A checklist: every critical step ticked and at least the pass share of all steps.
  function checklistVerdict(box) {
    var sheet = document.getElementById('cards');
    var list = box.closest('.checklist');
    var out = list && list.closest('.drill').querySelector('.verdict');
    if (!out || !sheet) {
      return;
    }
    var boxes = list.querySelectorAll('input[type=checkbox]');
    var done = list.querySelectorAll('input[type=checkbox]:checked').length;
    if (done === 0) {
      out.textContent = '';
      out.className = 'verdict small';
      return;
    }
    var criticalMissed = list.querySelectorAll('input[data-critical=true]:not(:checked)').length;
    var share = Number(list.dataset.share);
    var passed = criticalMissed === 0 && done * 100 >= share * boxes.length;
    out.textContent = done + '/' + boxes.length + ' ' + (passed ? sheet.dataset.pass : sheet.dataset.fail);
    out.className = 'verdict small fw-bold ' + (passed ? 'text-success' : 'text-danger');
  }

  document.addEventListener('input', function (event) {
    if (event.target.matches && event.target.matches('input.value-input')) {
      verdict(event.target);
    }
  });

  document.addEventListener('change', function (event) {
    if (event.target.matches && event.target.matches('.checklist input[type=checkbox]')) {
      checklistVerdict(event.target);
    }
  });

  // Arriving with #next (after marking everyone present): start at the first row to log.
  if (window.location.hash === '#next') {
    var first = document.querySelector('#cards .log-row:not(.logged)');
    var field = firstField(first);
    if (field) {
      field.focus();
    }
  }

  // The row being saved; once its answer has settled, the focus moves on.
  var saving = null;

  var wasLogged = false;

  document.addEventListener('htmx:beforeRequest', function (event) {
    var row = event.detail.elt && event.detail.elt.closest ? event.detail.elt.closest('.log-row') : null;
    saving = row ? row.id : null;
    wasLogged = !!row && row.classList.contains('logged');
  });

  // Keeps "logged X of Y" in step with the rows answered; a reload counts afresh.
  function count(change) {
    var summary = document.getElementById('loggedCount');
    if (!summary || change === 0) {
      return;
    }
    var done = Number(summary.dataset.done) + change;
    summary.dataset.done = String(done);
    summary.textContent = summary.dataset.template.replace('{done}', String(done));
  }

  document.addEventListener('htmx:afterSettle', function () {
    var current = saving ? document.getElementById(saving) : null;
    saving = null;
    if (!current) {
      return;
    }
    var isLogged = current.classList.contains('logged');
    count((isLogged ? 1 : 0) - (wasLogged ? 1 : 0));
    var invalid = current.querySelector('[aria-invalid="true"]');
    if (invalid || current.querySelector('.alert-danger')) {
      var field = invalid || firstField(current);
      if (field) {
        field.focus();
      }
      return;
    }
    var next = current.nextElementSibling;
    while (next && next.classList.contains('logged')) {
      next = next.nextElementSibling;
    }
    var target = firstField(next || current.nextElementSibling);
    if (target) {
      target.focus();
    }
  });
})();
