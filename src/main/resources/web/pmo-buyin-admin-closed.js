/*
 * PMO Buy-In admin page, part 4 of 6: what the closed-projects form has beyond plain fields. The
 * project categories as checkboxes (GET /projects/categories), kept in the form's hidden
 * closed.categoryIds field so that the form saves them like any other; and the projects that look
 * closed (GET /projects/suggestions), each with a button that puts its key in the keys field.
 */
(function (window) {
  'use strict';

  var kit = window.PmoBuyInAdmin;
  var failure = kit.failure;
  var textsOf = kit.textsOf;
  var element = kit.element;
  var field = kit.field;
  var showMessage = kit.showMessage;
  var localTime = kit.localTime;
  var localNumber = kit.localNumber;
  var localPercent = kit.localPercent;
  var button = kit.button;

  /** Wires the parts into the section; resolves once the categories have an answer. */
  function closedProjectParts(container, api) {
    var texts = textsOf(container);
    var section = container.querySelector('#pmo-buyin-closed');
    var form = section.querySelector('.pmo-settings-form');
    suggestions(section, form, texts, api);
    return categoryChoices(section, form, texts, api);
  }

  // ---- Project categories ----

  function categoryChoices(section, form, texts, api) {
    var kept = field(form, 'closed.categoryIds');
    var choices = section.querySelector('.pmo-category-choices');
    var known = null;

    function chosen() {
      return listed(kept.value);
    }

    /** The categories in use, then any chosen one no open project is in, so it can be unchosen. */
    function render() {
      if (known === null) {
        return;
      }
      var ids = chosen();
      var all = known.slice();
      ids.forEach(function (id) {
        var inUse = known.some(function (category) {
          return String(category.id) === id;
        });
        if (!inUse) {
          all.push({ id: id, name: texts('category-unknown', id) });
        }
      });
      choices.textContent = '';
      if (!all.length) {
        choices.appendChild(element('p', 'pmo-admin-placeholder', texts('categories-none')));
        return;
      }
      all.forEach(function (category) {
        var id = String(category.id);
        var choice = element('div', 'checkbox');
        var box = element('input', 'checkbox');
        box.type = 'checkbox';
        box.id = 'pmo-buyin-category-' + id;
        box.value = id;
        box.checked = ids.indexOf(id) >= 0;
        box.addEventListener('change', keep);
        var label = element('label', null, category.name);
        label.htmlFor = box.id;
        choice.appendChild(box);
        choice.appendChild(label);
        choices.appendChild(choice);
      });
    }

    function keep() {
      var ticked = [];
      choices.querySelectorAll('input[type="checkbox"]').forEach(function (box) {
        if (box.checked) {
          ticked.push(box.value);
        }
      });
      kept.value = ticked.join(',');
    }

    form.addEventListener(kit.SETTINGS_FILLED, render);
    return api('GET', '/projects/categories').then(function (answer) {
      if (answer && answer.ok && answer.body && answer.body.categories) {
        known = answer.body.categories;
        render();
      } else {
        // The hidden field keeps the saved ids, so saving the form cannot lose them.
        choices.textContent = '';
        var why = texts('categories-failed', failure(texts, answer));
        choices.appendChild(element('p', 'pmo-admin-placeholder', why));
      }
    });
  }

  // ---- Projects that look closed ----

  function suggestions(section, form, texts, api) {
    var keys = field(form, 'closed.projectKeys');
    var ask = section.querySelector('.pmo-suggest');
    var loading = section.querySelector('.pmo-suggest-loading');
    var message = section.querySelector('.pmo-suggest-message');
    var summary = section.querySelector('.pmo-suggest-summary');
    var table = section.querySelector('.pmo-suggest-table');
    var rows = table.querySelector('tbody');
    var skipped = section.querySelector('.pmo-suggest-skipped');

    function chosenKeys() {
      return listed(keys.value).map(function (key) {
        return key.toUpperCase();
      });
    }

    /** Appends the key unless the field has it already; the admin's own spelling stays. */
    function addKey(key) {
      var typed = listed(keys.value);
      if (chosenKeys().indexOf(key.toUpperCase()) < 0) {
        typed.push(key);
      }
      keys.value = typed.join(', ');
      markAdded();
      showMessage(message, 'success', texts('suggest-added', key));
    }

    /** A suggestion whose key is in the field already cannot be added again. */
    function markAdded() {
      var chosen = chosenKeys();
      rows.querySelectorAll('button[data-key]').forEach(function (add) {
        var added = chosen.indexOf(add.getAttribute('data-key').toUpperCase()) >= 0;
        add.disabled = added;
        add.textContent = added ? texts('suggest-in-keys') : texts('suggest-add');
      });
    }

    function show(found) {
      var share = localPercent(found.resolvedShare);
      rows.textContent = '';
      (found.suggestions || []).forEach(function (suggested) {
        rows.appendChild(row(suggested));
      });
      var any = rows.children.length > 0;
      table.hidden = !any;
      summary.hidden = false;
      summary.textContent = texts(any ? 'suggest-summary' : 'suggest-none', share, found.quietDays);
      if (found.cut) {
        var cut = texts('suggest-cut', localNumber(found.examined), localNumber(found.candidates));
        showMessage(message, 'warning', cut);
      }
      showSkipped(found.skipped || []);
      markAdded();
    }

    function row(suggested) {
      var line = element('tr');
      line.setAttribute('data-key', suggested.key);
      var key = element('td');
      key.appendChild(element('code', null, suggested.key));
      line.appendChild(key);
      line.appendChild(element('td', 'pmo-suggest-name', suggested.name));
      line.appendChild(element('td', null, localNumber(suggested.issues)));
      line.appendChild(element('td', null, localPercent(suggested.resolvedShare)));
      var updated = element('td');
      if (suggested.lastUpdated) {
        var at = element('time', null, localTime(suggested.lastUpdated));
        at.setAttribute('datetime', suggested.lastUpdated);
        updated.appendChild(at);
      } else {
        updated.textContent = texts('suggest-unknown-date');
      }
      line.appendChild(updated);
      var actions = element('td');
      var add = button('pmo-suggest-add', texts('suggest-add'));
      add.setAttribute('data-key', suggested.key);
      add.setAttribute('aria-label', texts('suggest-add-label', suggested.key));
      add.addEventListener('click', function () {
        addKey(suggested.key);
      });
      actions.appendChild(add);
      line.appendChild(actions);
      return line;
    }

    function showSkipped(left) {
      var list = skipped.querySelector('ul');
      list.textContent = '';
      left.forEach(function (project) {
        var item = element('li', null, project.message);
        item.appendChild(element('div', 'pmo-detail', project.detail));
        list.appendChild(item);
      });
      skipped.hidden = left.length === 0;
    }

    ask.addEventListener('click', function () {
      ask.disabled = true;
      loading.hidden = false;
      showMessage(message, null, '');
      api('GET', '/projects/suggestions').then(function (answer) {
        ask.disabled = false;
        loading.hidden = true;
        if (answer && answer.ok && answer.body) {
          show(answer.body);
        } else {
          table.hidden = true;
          summary.hidden = true;
          skipped.hidden = true;
          showMessage(message, 'error', texts('suggest-failed', failure(texts, answer)));
        }
      });
    });
    keys.addEventListener('input', markAdded);
    form.addEventListener(kit.SETTINGS_FILLED, markAdded);
  }

  /** The items of a comma-separated field, trimmed, without empty ones. */
  function listed(text) {
    return String(text || '')
      .split(',')
      .map(function (item) {
        return item.trim();
      })
      .filter(function (item) {
        return item.length > 0;
      });
  }

  kit.closedProjectParts = closedProjectParts;
})(window);
