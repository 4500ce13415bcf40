/*
 * PMO Buy-In admin page, part 2 of 6: the service catalogue section (entries, the add and edit
 * form, the audit history), over GET/POST/PUT /catalogue.
 */
(function (window) {
  'use strict';

  var kit = window.PmoBuyInAdmin;
  var failure = kit.failure;
  var showWriteProblem = kit.showWriteProblem;
  var textsOf = kit.textsOf;
  var element = kit.element;
  var field = kit.field;
  var placeholderRow = kit.placeholderRow;
  var showMessage = kit.showMessage;
  var clearFieldErrors = kit.clearFieldErrors;
  var setBusy = kit.setBusy;
  var localTime = kit.localTime;

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

  kit.catalogueSection = catalogueSection;
})(window);
