/*
 * PMO Buy-In admin page: the regular report section (after -kit.js; starts itself, apart from the
 * other sections, and marks the section data-pmo-loaded once filled). It lists the subscriptions
 * from GET /digest with when each sends next, says when Jira's outgoing mail is off, adds, changes
 * and removes subscriptions, and sends the admin a test. Every word comes from the page; whatever
 * an admin typed (a group name) goes in as text, never as markup.
 */
(function (window, document) {
  'use strict';

  var kit = window.PmoBuyInAdmin;

  function digestSection(section, api) {
    var texts = kit.textsOf(section);
    var form = section.querySelector('.pmo-digest-form');
    var formMessage = form.querySelector('.pmo-form-message');
    var title = form.querySelector('.pmo-digest-form-title');
    var cancel = form.querySelector('.pmo-cancel');
    var tbody = section.querySelector('.pmo-digest-table tbody');
    var mail = section.querySelector('.pmo-digest-mail');
    var zone = section.querySelector('.pmo-digest-zone');
    var test = section.querySelector('.pmo-digest-test');
    var editing = null;

    function show(overview) {
      mail.textContent = '';
      if (overview.mailNotice) {
        var box = kit.element('div', 'aui-message aui-message-warning pmo-digest-mail-off');
        box.setAttribute('role', 'status');
        box.appendChild(kit.element('p', null, overview.mailNotice));
        mail.appendChild(box);
      }
      section.setAttribute('data-mail', overview.mail);
      zone.textContent = texts('zone', overview.zone);
      tbody.textContent = '';
      if (!overview.subscriptions.length) {
        kit.placeholderRow(tbody, 5, texts('empty'));
        return;
      }
      overview.subscriptions.forEach(function (row) {
        var tr = kit.element('tr');
        tr.setAttribute('data-id', row.id);
        tr.appendChild(kit.element('td', 'pmo-digest-summary', row.summary));
        tr.appendChild(kit.element('td', 'pmo-digest-next', row.next || texts('after-run')));
        tr.appendChild(kit.element('td', 'pmo-digest-last', row.lastSent || texts('never')));
        tr.appendChild(kit.element('td', 'pmo-digest-outcome', row.outcome || ''));
        var actions = kit.element('td', 'pmo-admin-actions');
        var edit = kit.button('aui-button-link pmo-digest-edit', texts('edit'));
        edit.addEventListener('click', function () {
          startEditing(row);
        });
        var remove = kit.button('aui-button-link pmo-digest-remove', texts('remove'));
        remove.addEventListener('click', function () {
          if (window.confirm(texts('remove-confirm', row.summary))) {
            write('DELETE', '/digest/subscriptions/' + encodeURIComponent(row.id), null, 'removed');
          }
        });
        actions.appendChild(edit);
        actions.appendChild(remove);
        tr.appendChild(actions);
        tbody.appendChild(tr);
      });
    }

    /** Shows only the fields the chosen audience and cadence use. */
    function showFields() {
      var audience = kit.field(form, 'audience').value;
      var cadence = kit.field(form, 'cadence').value;
      form.querySelectorAll('[data-shown-for-audience]').forEach(function (group) {
        group.hidden = group.getAttribute('data-shown-for-audience') !== audience;
      });
      form.querySelectorAll('[data-shown-for-cadence]').forEach(function (group) {
        group.hidden = group.getAttribute('data-shown-for-cadence').split(' ').indexOf(cadence) < 0;
      });
    }

    function startEditing(row) {
      editing = row.id;
      title.textContent = texts('form-edit');
      cancel.hidden = false;
      kit.field(form, 'audience').value = row.audience;
      kit.field(form, 'group').value = row.group || '';
      kit.field(form, 'cadence').value = row.cadence;
      kit.field(form, 'weekday').value = row.weekday || 'MONDAY';
      kit.field(form, 'day').value = row.day == null ? '1' : String(row.day);
      kit.field(form, 'hour').value = row.hour == null ? '8' : String(row.hour);
      showFields();
      kit.clearFieldErrors(form);
      kit.field(form, 'audience').focus();
    }

    function stopEditing() {
      editing = null;
      title.textContent = texts('form-add');
      cancel.hidden = true;
    }

    function write(method, path, body, done) {
      kit.setBusy(form, true);
      return api(method, path, body).then(function (answer) {
        kit.setBusy(form, false);
        kit.clearFieldErrors(form);
        if (!answer || !answer.ok || !answer.body || !answer.body.subscriptions) {
          kit.showWriteProblem(form, formMessage, texts, answer);
          return;
        }
        stopEditing();
        show(answer.body);
        kit.showMessage(formMessage, 'success', texts(done));
      });
    }

    form.addEventListener('change', showFields);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var body = {
        audience: kit.field(form, 'audience').value,
        group: kit.field(form, 'group').value,
        cadence: kit.field(form, 'cadence').value,
        weekday: kit.field(form, 'weekday').value,
        day: kit.field(form, 'day').value,
        hour: kit.field(form, 'hour').value
      };
      if (editing) {
        write('PUT', '/digest/subscriptions/' + encodeURIComponent(editing), body, 'changed');
      } else {
        write('POST', '/digest/subscriptions', body, 'added');
      }
    });
    cancel.addEventListener('click', function () {
      stopEditing();
      kit.clearFieldErrors(form);
    });
    test.querySelector('.pmo-digest-test-button').addEventListener('click', function () {
      var message = test.querySelector('.pmo-form-message');
      var button = test.querySelector('button');
      button.disabled = true;
      api('POST', '/digest/test', null).then(function (answer) {
        button.disabled = false;
        if (!answer || !answer.ok || !answer.body) {
          kit.showMessage(message, 'error', texts('test-failed', kit.failure(texts, answer)));
          return;
        }
        kit.showMessage(message, answer.body.queued ? 'success' : 'error', answer.body.message);
      });
    });
    showFields();
    return api('GET', '/digest').then(function (answer) {
      if (answer && answer.ok && answer.body && answer.body.subscriptions) {
        show(answer.body);
      } else {
        kit.placeholderRow(tbody, 5, texts('load-failed', kit.failure(texts, answer)));
      }
      section.setAttribute('data-pmo-loaded', 'true');
    });
  }

  function start() {
    var root = document.getElementById('pmo-buyin-admin');
    var section = root && root.querySelector('#pmo-buyin-digest');
    if (!section || section.hasAttribute('data-pmo-started')) {
      return;
    }
    section.setAttribute('data-pmo-started', 'true');
    digestSection(section, kit.restClient(root.getAttribute('data-rest-base')));
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})(window, document);
