// Reads QR codes with the phone's camera: a weapon's label holds its serial, a
// recruit's "DRILLBOOK-RECRUIT:<number>:<call sign>". ZXing is served by Drillbook
// itself, so scanning keeps working with no network once the page is loaded; typing
// stays the fallback for every field.
(function () {
  'use strict';

  var RECRUIT = 'DRILLBOOK-RECRUIT:';

  function normalise(serial) {
    return (serial || '').replace(/[\s\-_/.]/g, '').toUpperCase();
  }

  function recruitOf(code) {
    if (code.indexOf(RECRUIT) !== 0) {
      return null;
    }
    var parts = code.substring(RECRUIT.length).split(':');
    return { id: parts[0], callSign: parts.slice(1).join(':') };
  }

  // Issue for a session: scan the person (their row becomes the current one), then the
  // weapon (its serial goes to the current row, else to the first empty one).
  function issue(form, code, state) {
    var recruit = recruitOf(code);
    if (recruit) {
      var row = form.querySelector('.issue-row[data-recruit="' + recruit.id + '"]');
      form.querySelectorAll('.issue-row').forEach(function (r) { r.classList.remove('scan-current'); });
      if (!row) {
        return form.dataset.notOnSheet + ': ' + recruit.callSign;
      }
      row.classList.add('scan-current');
      state.current = row;
      return recruit.callSign + ' →';
    }
    var already = Array.prototype.find.call(form.querySelectorAll('.serial-input'), function (i) {
      return normalise(i.value) === normalise(code);
    });
    if (already) {
      return code + ' → ' + form.querySelector('label[for="' + already.id + '"]').textContent;
    }
    var input = state.current ? state.current.querySelector('.serial-input') : null;
    if (!input || input.value) {
      input = Array.prototype.find.call(form.querySelectorAll('.serial-input'), function (i) { return !i.value; });
    }
    if (!input) {
      return form.dataset.noEmptyRow;
    }
    input.value = code;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    if (state.current) {
      state.current.classList.remove('scan-current');
      state.current = null;
    }
    return code + ' → ' + form.querySelector('label[for="' + input.id + '"]').textContent;
  }

  // Return: the scanned (or typed) serial ticks the weapon's box.
  function tick(form, code) {
    var wanted = normalise(code);
    var box = Array.prototype.find.call(form.querySelectorAll('input[data-serial]'), function (b) {
      return normalise(b.dataset.serial) === wanted;
    });
    if (!box) {
      return form.dataset.notOut + ': ' + code;
    }
    box.checked = true;
    return '✓ ' + code;
  }

  // Inventory check: each serial seen once, one per line.
  function inventory(form, code) {
    var area = form.querySelector('textarea');
    var seen = area.value.split(/[\r\n,;]+/).map(normalise);
    if (seen.indexOf(normalise(code)) < 0) {
      area.value = (area.value.trim() ? area.value.trim() + '\n' : '') + code;
    }
    return '✓ ' + code;
  }

  var handlers = { issue: issue, 'return': tick, inventory: inventory };

  document.querySelectorAll('.scan-start').forEach(function (button) {
    var form = button.closest('form');
    var panel = form.querySelector('.scan-panel');
    var video = panel.querySelector('video');
    var status = panel.querySelector('.scan-status');
    var state = { current: null, reader: null, last: '', lastAt: 0 };

    function stop() {
      if (state.reader) {
        state.reader.reset();
        state.reader = null;
      }
      panel.hidden = true;
    }

    button.addEventListener('click', function () {
      panel.hidden = false;
      if (typeof ZXing === 'undefined' || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
        status.textContent = form.dataset.noCamera;
        return;
      }
      if (state.reader) {
        return;
      }
      status.textContent = form.dataset.aim;
      state.reader = new ZXing.BrowserQRCodeReader();
      state.reader.decodeFromConstraints({ video: { facingMode: 'environment' } }, video, function (result) {
        if (!result) {
          return;
        }
        var code = result.getText().trim();
        var now = Date.now();
        if (code === state.last && now - state.lastAt < 2500) {
          return; // the same label is still in front of the camera
        }
        state.last = code;
        state.lastAt = now;
        status.textContent = handlers[button.dataset.scan](form, code, state);
      }).catch(function () {
        state.reader = null;
        status.textContent = form.dataset.noCamera;
      });
    });
    panel.querySelector('.scan-stop').addEventListener('click', stop);
    window.addEventListener('pagehide', stop);
  });

  var typed = document.getElementById('returnSerial');
  if (typed) {
    var form = typed.closest('form');
    var status = form.querySelector('.scan-status');
    var tickTyped = function () {
      if (typed.value.trim()) {
        var said = tick(form, typed.value.trim());
        status.textContent = said;
        status.closest('.scan-panel').hidden = false;
        typed.value = '';
      }
    };
    document.getElementById('returnSerialTick').addEventListener('click', tickTyped);
    typed.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') {
        event.preventDefault();
        tickTyped();
      }
    });
  }
})();
