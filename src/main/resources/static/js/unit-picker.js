// A unit picker: a list of units (a <select>, or tick boxes for several units) with a
// search box above it when there are more units than the list shows (a brigade has
// thousands). Typing asks the server for the units
// whose code or name holds the text and puts them in the list; the unit chosen before
// stays in it until the user picks another, so a form never changes value behind their
// back. Enter in the search box searches instead of sending the form.
(function () {
  'use strict';

  var timers = new WeakMap();
  var pending = new WeakMap();

  function option(value, text, selected) {
    var o = document.createElement('option');
    o.value = value;
    o.textContent = text;
    o.selected = selected;
    return o;
  }

  function fill(select, search, units) {
    var chosen = select.value;
    var wanted = units.map(function (u) { return String(u.id); });
    var present = Array.prototype.filter.call(select.options, function (o) { return o.value !== ''; })
      .map(function (o) { return o.value; });
    if (units.length > 0 && wanted.every(function (id) { return present.indexOf(id) >= 0; })
        && present.every(function (id) { return id === chosen || wanted.indexOf(id) >= 0; })) {
      // the list already shows these units: leave it (and the user's pick) alone
      return;
    }
    var blank = select.querySelector('option[value=""]');
    var kept = (chosen && !units.some(function (u) { return String(u.id) === chosen; }))
      ? select.querySelector('option[value="' + CSS.escape(chosen) + '"]') : null;
    select.textContent = '';
    if (blank) {
      select.appendChild(blank);
    }
    if (kept) {
      select.appendChild(kept);
    }
    units.forEach(function (u) {
      select.appendChild(option(String(u.id), u.label, String(u.id) === chosen));
    });
    if (units.length === 0) {
      var none = option('', search.dataset.unitNone, false);
      none.disabled = true;
      select.appendChild(none);
    }
  }

  // a list of tick boxes (several units): the ticked ones stay, the others are replaced
  function fillChecks(box, search, units) {
    var name = box.dataset.unitChecks;
    var kept = Array.prototype.filter.call(box.querySelectorAll('.form-check'), function (row) {
      var input = row.querySelector('input[type=checkbox]');
      return input && input.checked;
    });
    var keptIds = kept.map(function (row) { return row.querySelector('input[type=checkbox]').value; });
    box.textContent = '';
    kept.forEach(function (row) { box.appendChild(row); });
    units.forEach(function (u) {
      if (keptIds.indexOf(String(u.id)) >= 0) {
        return;
      }
      var row = document.createElement('div');
      row.className = 'form-check';
      var input = document.createElement('input');
      input.className = 'form-check-input';
      input.type = 'checkbox';
      input.name = name;
      input.value = String(u.id);
      input.id = name + '-' + u.id;
      var label = document.createElement('label');
      label.className = 'form-check-label';
      label.htmlFor = input.id;
      label.textContent = u.label;
      row.appendChild(input);
      row.appendChild(label);
      box.appendChild(row);
    });
    if (units.length === 0) {
      var none = document.createElement('p');
      none.className = 'small text-body-secondary mb-0';
      none.textContent = search.dataset.unitNone;
      box.appendChild(none);
    }
  }

  function find(search) {
    var select = document.getElementById(search.dataset.unitSearch);
    if (!select) {
      return;
    }
    var previous = pending.get(search);
    if (previous) {
      previous.abort();
    }
    var controller = new AbortController();
    pending.set(search, controller);
    var url = search.dataset.unitUrl + '?scope=' + encodeURIComponent(search.dataset.unitScope)
      + '&q=' + encodeURIComponent(search.value);
    fetch(url, { headers: { 'Accept': 'application/json' }, signal: controller.signal, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('unit search: ' + response.status);
        }
        return response.json();
      })
      .then(function (units) {
        if (select.dataset.unitChecks) {
          fillChecks(select, search, units);
        }
        else {
          fill(select, search, units);
        }
      })
      .catch(function () {
        // a failed search leaves the list as it was
      });
  }

  document.addEventListener('input', function (event) {
    var search = event.target;
    if (!(search instanceof HTMLInputElement) || !search.dataset.unitSearch) {
      return;
    }
    clearTimeout(timers.get(search));
    timers.set(search, setTimeout(function () { find(search); }, 300));
  });

  document.addEventListener('keydown', function (event) {
    var search = event.target;
    if (event.key === 'Enter' && search instanceof HTMLInputElement && search.dataset.unitSearch) {
      event.preventDefault();
      clearTimeout(timers.get(search));
      find(search);
    }
  });
}());
