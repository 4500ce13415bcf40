/*
 * PMO Buy-In admin page: the service catalogue and the Executive Sponsor group, read and saved
 * over our REST API. Jira loads this file on every admin page (web resource context atl.admin), so
 * it acts only where our page's root element is. Every word it shows comes from the page, rendered
 * on the server from the i18n bundle; whatever Jira or an admin typed goes in as text, never as
 * markup. No library: plain DOM and fetch.
 */
(function (window, document) {
  'use strict';

  function start() {
    var root = document.getElementById('pmo-buyin-admin');
    if (!root || root.hasAttribute('data-pmo-started')) {
      return;
    }
    root.setAttribute('data-pmo-started', 'true');
    var api = restClient(root.getAttribute('data-rest-base'));
    Promise.all([
      catalogueSection(root.querySelector('#pmo-buyin-catalogue'), api),
      sponsorSection(root.querySelector('#pmo-buyin-sponsors'), api)
    ]).then(function () {
      root.setAttribute('data-pmo-loaded', 'true');
    });
  }

  // ---- Talking to the REST API ----

  /**
   * A function (method, path, body) that resolves to {ok, status, body} for any answer Jira gives,
   * or to null when Jira cannot be reached, so that a bug in this file is never taken for a network
   * failure.
   */
  function restClient(base) {
    return function (method, path, body) {
      var init = {
        method: method,
        credentials: 'same-origin',
        headers: { Accept: 'application/json' }
      };
      if (body !== undefined) {
        init.headers['Content-Type'] = 'application/json';
        init.headers['X-Atlassian-Token'] = 'no-check';
        init.body = JSON.stringify(body);
      }
      return window.fetch(base + path, init).then(
        function (response) {
          return response.text().then(function (text) {
            return { ok: response.ok, status: response.status, body: parsed(text) };
          });
        },
        function () {
          return null;
        }
      );
    };
  }

  function parsed(text) {
    try {
      return JSON.parse(text);
    } catch (notJson) {
      return null;
    }
  }

  /** Why a request failed, in the reader's language: our REST errors carry a translated message. */
  function failure(texts, answer) {
    if (!answer) {
      return texts('error-offline');
    }
    if (answer.body && typeof answer.body.message === 'string' && answer.body.message) {
      return answer.body.message;
    }
    return texts('error-status', answer.status);
  }

  /** A refused write marks its fields and sums up above them; any other failure says why. */
  function showWriteProblem(form, message, texts, answer) {
    var refused = answer && answer.status === 400 && answer.body && answer.body.fieldErrors;
    if (refused) {
      var unplaced = showFieldErrors(form, answer.body.fieldErrors);
      showMessage(message, 'error', [answer.body.message].concat(unplaced).join(' '));
    } else {
      showMessage(message, 'error', texts('save-failed', failure(texts, answer)));
    }
  }

  // ---- Words and elements ----

  /** The section's words, rendered hidden in the page; {0}, {1}... are filled in as text. */
  function textsOf(section) {
    var patterns = {};
    section.querySelectorAll('.pmo-admin-texts [data-text]').forEach(function (element) {
      patterns[element.getAttribute('data-text')] = element.textContent;
    });
    return function (key) {
      var values = Array.prototype.slice.call(arguments, 1);
      var pattern = Object.prototype.hasOwnProperty.call(patterns, key) ? patterns[key] : key;
      return pattern.replace(/\{(\d+)\}/g, function (placeholder, index) {
        return index < values.length ? String(values[index]) : placeholder;
      });
    };
  }

  function element(tag, className, text) {
    var created = document.createElement(tag);
    if (className) {
      created.className = className;
    }
    if (text !== undefined && text !== null) {
      created.textContent = text;
    }
    return created;
  }

  function field(form, name) {
    return form.querySelector('[name="' + name + '"]');
  }

  /** One row across the whole table, for "loading", "empty" and "failed". */
  function placeholderRow(tbody, columns, text) {
    tbody.textContent = '';
    var row = element('tr', 'pmo-admin-placeholder');
    var cell = element('td', null, text);
    cell.colSpan = columns;
    row.appendChild(cell);
    tbody.appendChild(row);
  }

  /** An AUI message (kind success or error) in the area, or none when text is empty. */
  function showMessage(area, kind, text) {
    area.textContent = '';
    if (!text) {
      return;
    }
    var box = element('div', 'aui-message aui-message-' + kind);
    box.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    box.appendChild(element('p', null, text));
    area.appendChild(box);
  }

  function clearFieldErrors(form) {
    form.querySelectorAll('[data-error-for]').forEach(function (error) {
      error.textContent = '';
      error.hidden = true;
    });
    form.querySelectorAll('[aria-invalid]').forEach(function (input) {
      input.removeAttribute('aria-invalid');
    });
  }

  /** Shows each message next to its field; returns those the form has no field for. */
  function showFieldErrors(form, fieldErrors) {
    var unplaced = [];
    var first = null;
    Object.keys(fieldErrors).forEach(function (name) {
      var error = form.querySelector('[data-error-for="' + name + '"]');
      var input = field(form, name);
      if (!error || !input) {
        unplaced.push(fieldErrors[name]);
        return;
      }
      error.textContent = fieldErrors[name];
      error.hidden = false;
      input.setAttribute('aria-invalid', 'true');
      first = first || input;
    });
    if (first) {
      first.focus();
    }
    return unplaced;
  }

  function setBusy(form, busy) {
    form.setAttribute('aria-busy', busy ? 'true' : 'false');
    form.querySelectorAll('button').forEach(function (button) {
      button.disabled = busy;
    });
  }

  /** The instant in the reader's locale, as the page declares it. */
  function localTime(iso) {
    var time = new Date(iso);
    if (isNaN(time.getTime())) {
      return iso;
    }
    try {
      return time.toLocaleString(document.documentElement.lang || undefined);
    } catch (unknownLocale) {
      return time.toLocaleString();
    }
  }

  // ---- The service catalogue ----

  function catalogueSection(section, api) {
    var texts = textsOf(section);
    var entriesBody = section.querySelector('.pmo-catalogue-table tbody');
    var historyBody = section.querySelector('.pmo-history-table tbody');
    var startEditing = entryForm(section.querySelector('.pmo-catalogue-form'), texts, api, load);

    function statusLabel(entry) {
      switch (entry.status) {
        case 'IN_SCOPE':
          return texts('in-scope');
        case 'OUT_OF_SCOPE':
          return texts('out-of-scope');
        case 'OTHER_DEPARTMENT':
          return texts('other-department', entry.department || '');
        default:
          return entry.status;
      }
    }

    var statusLozenges = {
      IN_SCOPE: 'aui-lozenge-success',
      OTHER_DEPARTMENT: 'aui-lozenge-complete'
    };

    function load() {
      return api('GET', '/catalogue').then(function (answer) {
        if (answer && answer.ok && answer.body) {
          showEntries(answer.body.entries || []);
          showHistory(answer.body.changes || []);
        } else {
          var failed = texts('load-failed', failure(texts, answer));
          placeholderRow(entriesBody, 5, failed);
          placeholderRow(historyBody, 4, '');
        }
      });
    }

    function showEntries(entries) {
      if (!entries.length) {
        placeholderRow(entriesBody, 5, texts('empty'));
        return;
      }
      entriesBody.textContent = '';
      entries.forEach(function (entry) {
        var row = element('tr', entry.retired ? 'pmo-retired' : null);
        row.setAttribute('data-entry-id', entry.id);
        var id = element('td');
        id.appendChild(element('code', null, entry.id));
        row.appendChild(id);
        row.appendChild(element('td', 'pmo-entry-name', entry.name));
        row.appendChild(element('td', 'pmo-entry-description', entry.description));
        var status = element('td', 'pmo-entry-status');
        var kind = statusLozenges[entry.status] || '';
        status.appendChild(element('span', 'aui-lozenge ' + kind, statusLabel(entry)));
        if (entry.retired) {
          status.appendChild(document.createTextNode(' '));
          status.appendChild(
            element('span', 'aui-lozenge aui-lozenge-moved pmo-retired-mark', texts('retired'))
          );
        }
        row.appendChild(status);
        var actions = element('td');
        var edit = element('button', 'aui-button aui-button-link pmo-edit', texts('edit'));
        edit.type = 'button';
        edit.setAttribute('aria-label', texts('edit-label', entry.name));
        edit.addEventListener('click', function () {
          startEditing(entry);
        });
        actions.appendChild(edit);
        row.appendChild(actions);
        entriesBody.appendChild(row);
      });
    }

    function showHistory(changes) {
      if (!changes.length) {
        placeholderRow(historyBody, 4, texts('history-empty'));
        return;
      }
      historyBody.textContent = '';
      changes.forEach(function (change) {
        var row = element('tr');
        var at = element('time', null, localTime(change.at));
        at.setAttribute('datetime', change.at);
        var when = element('td');
        when.appendChild(at);
        row.appendChild(when);
        row.appendChild(element('td', 'pmo-change-actor', change.actor));
        row.appendChild(element('td', 'pmo-change-action', texts('action-' + change.action)));
        row.appendChild(whatChanged(change));
        historyBody.appendChild(row);
      });
    }

    var auditedFields = [
      {
        label: texts('column-name'),
        value: function (entry) {
          return entry.name;
        }
      },
      {
        label: texts('column-description'),
        value: function (entry) {
          return entry.description;
        }
      },
      { label: texts('column-status'), value: statusLabel },
      {
        label: texts('retired'),
        value: function (entry) {
          return entry.retired ? texts('yes') : texts('no');
        },
        // A new entry is active unless it says otherwise; "retired: no" would only be noise.
        shownWhenAdded: function (entry) {
          return entry.retired;
        }
      }
    ];

    /** The entry's id, then a line per field: its value when added, else what it was and is. */
    function whatChanged(change) {
      var cell = element('td', 'pmo-change-what');
      cell.appendChild(element('code', null, change.after.id));
      var lines = element('ul', 'pmo-change-lines');
      auditedFields.forEach(function (audited) {
        var after = audited.value(change.after) || '';
        if (!change.before) {
          var shown = audited.shownWhenAdded ? audited.shownWhenAdded(change.after) : !!after;
          if (shown) {
            lines.appendChild(element('li', null, texts('value', audited.label, brief(after))));
          }
          return;
        }
        var before = audited.value(change.before) || '';
        if (before !== after) {
          var line = texts('from-to', audited.label, brief(before), brief(after));
          lines.appendChild(element('li', null, line));
        }
      });
      cell.appendChild(lines);
      return cell;
    }

    /** Long texts cut for the audit list (the table shows them whole); empty ones said so. */
    function brief(text) {
      var limit = 80;
      if (!text) {
        return texts('blank');
      }
      return text.length > limit ? text.slice(0, limit - 1) + '\u2026' : text;
    }

    return load();
  }

  // ---- The catalogue's add and edit form ----

  /** Wires the form; onSaved runs after each accepted write. Returns what starts an edit. */
  function entryForm(form, texts, api, onSaved) {
    var message = form.querySelector('.pmo-form-message');
    var idInput = field(form, 'id');
    var statusSelect = field(form, 'status');
    var departmentGroup = form.querySelector('.pmo-department-group');
    var title = form.querySelector('.pmo-form-title');
    var save = form.querySelector('.pmo-save');
    var cancel = form.querySelector('.pmo-cancel');
    var editing = null;

    function showDepartmentWhenNeeded() {
      departmentGroup.hidden = statusSelect.value !== 'OTHER_DEPARTMENT';
    }

    function startAdding() {
      editing = null;
      form.reset();
      clearFieldErrors(form);
      idInput.readOnly = false;
      title.textContent = texts('form-add');
      save.textContent = texts('save-add');
      cancel.hidden = true;
      showDepartmentWhenNeeded();
    }

    /** Ids never change, so the id shows but cannot be edited. */
    function startEditing(entry) {
      startAdding();
      showMessage(message, null, '');
      editing = entry.id;
      idInput.value = entry.id;
      idInput.readOnly = true;
      field(form, 'name').value = entry.name;
      field(form, 'description').value = entry.description || '';
      statusSelect.value = entry.status;
      field(form, 'department').value = entry.department || '';
      field(form, 'retired').checked = !!entry.retired;
      title.textContent = texts('form-edit', entry.id);
      save.textContent = texts('save-edit');
      cancel.hidden = false;
      showDepartmentWhenNeeded();
      form.scrollIntoView({ block: 'nearest' });
      field(form, 'name').focus();
    }

    function typedEntry() {
      var ownedElsewhere = statusSelect.value === 'OTHER_DEPARTMENT';
      return {
        id: editing === null ? idInput.value : editing,
        name: field(form, 'name').value,
        description: field(form, 'description').value,
        status: statusSelect.value,
        department: ownedElsewhere ? field(form, 'department').value : null,
        retired: field(form, 'retired').checked
      };
    }

    function submit(event) {
      event.preventDefault();
      var adding = editing === null;
      var entry = typedEntry();
      var path = adding ? '/catalogue' : '/catalogue/' + encodeURIComponent(entry.id);
      setBusy(form, true);
      return api(adding ? 'POST' : 'PUT', path, entry).then(function (answer) {
        setBusy(form, false);
        clearFieldErrors(form);
        if (!answer || !answer.ok) {
          showWriteProblem(form, message, texts, answer);
          return;
        }
        startAdding();
        var saved = answer.body && answer.body.name ? answer.body.name : entry.name;
        showMessage(message, 'success', texts(adding ? 'added' : 'changed', saved));
        return onSaved();
      });
    }

    statusSelect.addEventListener('change', showDepartmentWhenNeeded);
    cancel.addEventListener('click', function () {
      startAdding();
      showMessage(message, null, '');
    });
    form.addEventListener('submit', submit);
    startAdding();
    return startEditing;
  }

  // ---- The Executive Sponsor group ----

  function sponsorSection(section, api) {
    var texts = textsOf(section);
    var form = section.querySelector('.pmo-sponsor-form');
    var input = field(form, 'group');
    var current = section.querySelector('.pmo-sponsor-group');
    var message = form.querySelector('.pmo-form-message');

    function showCurrent(group) {
      current.textContent = group || texts('none');
      current.classList.toggle('pmo-none-chosen', !group);
      input.value = group || '';
    }

    function choose(group) {
      setBusy(form, true);
      return api('PUT', '/sponsor-group', { group: group }).then(function (answer) {
        setBusy(form, false);
        clearFieldErrors(form);
        if (!answer || !answer.ok || !answer.body) {
          showWriteProblem(form, message, texts, answer);
          return;
        }
        var chosen = answer.body.group;
        showCurrent(chosen);
        showMessage(message, 'success', chosen ? texts('saved', chosen) : texts('cleared'));
      });
    }

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      choose(input.value);
    });
    form.querySelector('.pmo-clear').addEventListener('click', function () {
      input.value = '';
      choose('');
    });
    return api('GET', '/sponsor-group').then(function (answer) {
      if (answer && answer.ok && answer.body) {
        showCurrent(answer.body.group);
      } else {
        current.textContent = '';
        showMessage(message, 'error', texts('load-failed', failure(texts, answer)));
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})(window, document);
