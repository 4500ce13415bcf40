/*
 * PMO Buy-In admin page, part 3 of 6: the three settings sections (closed projects, costs and
 * thresholds, schedule and snapshots). All three are filled from one GET /settings; each is saved
 * on its own, with PUT /settings carrying only the settings its form holds, so saving one never
 * touches what another form shows unsaved. Each form control is named by its setting's key.
 */
(function (window) {
  'use strict';

  var kit = window.PmoBuyInAdmin;
  var failure = kit.failure;
  var showWriteProblem = kit.showWriteProblem;
  var textsOf = kit.textsOf;
  var element = kit.element;
  var field = kit.field;
  var showMessage = kit.showMessage;
  var clearFieldErrors = kit.clearFieldErrors;
  var setBusy = kit.setBusy;

  /** Tells the form's own parts (such as the category choices) that its fields were filled. */
  var FILLED = 'pmo-settings-filled';

  function settingsSections(container, api) {
    var texts = textsOf(container);
    var warning = container.querySelector('.pmo-settings-warning');
    var forms = Array.prototype.slice.call(container.querySelectorAll('.pmo-settings-form'));
    forms.forEach(function (form) {
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        save(form, texts, api, warning);
      });
    });
    return api('GET', '/settings').then(function (answer) {
      if (!answer || !answer.ok || !answer.body || !answer.body.values) {
        showMessage(warning, 'error', texts('load-failed', failure(texts, answer)));
        // Saving forms that show nothing would store blanks over the admin's settings.
        forms.forEach(function (form) {
          setBusy(form, true);
        });
        return;
      }
      forms.forEach(function (form) {
        fill(form, answer.body.values);
      });
      showReadProblems(warning, texts, answer.body.readProblems || []);
    });
  }

  function save(form, texts, api, warning) {
    var message = form.querySelector('.pmo-form-message');
    setBusy(form, true);
    return api('PUT', '/settings', { values: typed(form) }).then(function (answer) {
      setBusy(form, false);
      clearFieldErrors(form);
      if (!answer || !answer.ok || !answer.body || !answer.body.values) {
        openFoldsWithErrors(form, answer);
        showWriteProblem(form, message, texts, answer);
        return;
      }
      fill(form, answer.body.values);
      // Saved settings are readable settings: the warning about unreadable ones no longer holds.
      showMessage(warning, null, '');
      showMessage(message, 'success', texts('saved'));
    });
  }

  /** The setting keys the form saves: its controls' names, each once, in page order. */
  function keysOf(form) {
    var keys = [];
    Array.prototype.forEach.call(form.elements, function (control) {
      if (control.name && keys.indexOf(control.name) < 0) {
        keys.push(control.name);
      }
    });
    return keys;
  }

  /**
   * Settings keyed by a name of the admin's (a status, a resolution, a project, a pattern) are
   * edited as lines "name = value" in a text area that holds every key under its prefix. The value
   * never holds "=", so a line splits at its last one: names may.
   */
  function listsOf(form) {
    return Array.prototype.slice.call(form.querySelectorAll('textarea[data-prefix]'));
  }

  function fillList(list, values) {
    var prefix = list.getAttribute('data-prefix');
    var keys = Object.keys(values)
      .filter(function (key) {
        return key.indexOf(prefix) === 0 && values[key] !== '';
      })
      .sort();
    list.value = keys
      .map(function (key) {
        return key.substring(prefix.length) + ' = ' + values[key];
      })
      .join('\n');
    list.setAttribute('data-shown', JSON.stringify(keys));
  }

  /** The list's lines as settings; a name no longer listed is sent blank, which removes it. */
  function typedList(list, values) {
    var prefix = list.getAttribute('data-prefix');
    var listed = {};
    list.value.split('\n').forEach(function (line) {
      var at = line.lastIndexOf('=');
      var name = at < 0 ? line.trim() : line.substring(0, at).trim();
      if (name) {
        listed[prefix + name] = at < 0 ? '' : line.substring(at + 1).trim();
      }
    });
    JSON.parse(list.getAttribute('data-shown') || '[]').forEach(function (key) {
      if (!Object.prototype.hasOwnProperty.call(listed, key)) {
        values[key] = '';
      }
    });
    Object.keys(listed).forEach(function (key) {
      values[key] = listed[key];
    });
  }

  /** Sets each control from the settings; the server's text is what the form shows. */
  function fill(form, values) {
    listsOf(form).forEach(function (list) {
      fillList(list, values);
    });
    keysOf(form).forEach(function (key) {
      if (!Object.prototype.hasOwnProperty.call(values, key)) {
        return;
      }
      var control = field(form, key);
      if (control.type === 'checkbox') {
        control.checked = values[key] === 'true';
      } else {
        control.value = values[key];
      }
    });
    form.dispatchEvent(new window.CustomEvent(FILLED));
  }

  /** The form's settings as the admin typed them; the server checks and refuses, not the page. */
  function typed(form) {
    var values = {};
    keysOf(form).forEach(function (key) {
      var control = field(form, key);
      values[key] = control.type === 'checkbox' ? String(control.checked) : control.value;
    });
    listsOf(form).forEach(function (list) {
      typedList(list, values);
    });
    return values;
  }

  /** A refused field inside a closed fold would be marked where no one sees it. */
  function openFoldsWithErrors(form, answer) {
    var fieldErrors = answer && answer.body && answer.body.fieldErrors;
    if (!fieldErrors) {
      return;
    }
    form.querySelectorAll('details').forEach(function (fold) {
      Object.keys(fieldErrors).forEach(function (key) {
        var inList = listsOf(fold).some(function (list) {
          return key.indexOf(list.getAttribute('data-prefix')) === 0;
        });
        if (inList || fold.querySelector('[name="' + key + '"]')) {
          fold.open = true;
        }
      });
    });
  }

  function showReadProblems(warning, texts, problems) {
    warning.textContent = '';
    if (!problems.length) {
      return;
    }
    var box = element('div', 'aui-message aui-message-warning');
    box.setAttribute('role', 'status');
    box.appendChild(element('p', null, texts('read-problems')));
    var list = element('ul');
    problems.forEach(function (problem) {
      list.appendChild(element('li', null, problem));
    });
    box.appendChild(list);
    warning.appendChild(box);
  }

  kit.settingsSections = settingsSections;
  kit.SETTINGS_FILLED = FILLED;
})(window);
