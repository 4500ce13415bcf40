/*
 * PMO Buy-In gadgets in the browser: fetch the gadget's HTML (rendered and escaped on the server),
 * insert it, and offer the settings form. The same file serves Jira's dashboard items (through a
 * small AMD module) and the preview's dashboard page. No library: plain DOM and fetch.
 */
(function (root) {
  'use strict';

  var PmoBuyIn = root.PmoBuyIn || {};
  root.PmoBuyIn = PmoBuyIn;

  /** The gadget's URL with its saved settings as query parameters. */
  PmoBuyIn.gadgetUrl = function (base, gadget, prefs, instance) {
    var query = [];
    if (prefs && prefs.category) {
      query.push('category=' + encodeURIComponent(prefs.category));
    }
    if (prefs && prefs.period) {
      query.push('period=' + encodeURIComponent(prefs.period));
    }
    if (instance) {
      query.push('instance=' + encodeURIComponent(instance));
    }
    return base + '/' + encodeURIComponent(gadget) + (query.length ? '?' + query.join('&') : '');
  };

  /** Loads the gadget body into the container; on failure says so, in the reader's language. */
  PmoBuyIn.loadGadget = function (container, url, failedText) {
    container.setAttribute('aria-busy', 'true');
    return root
      .fetch(url, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
      .then(function (response) {
        if (!response.ok) {
          return response.text().then(function (body) {
            throw new Error(messageOf(body) || String(response.status));
          });
        }
        return response.text();
      })
      .then(function (html) {
        container.innerHTML = html;
        container.removeAttribute('aria-busy');
      })
      .catch(function (error) {
        container.removeAttribute('aria-busy');
        container.textContent = '';
        var p = root.document.createElement('p');
        p.className = 'pmo-empty';
        p.setAttribute('role', 'alert');
        p.textContent = failedText + ' ' + error.message;
        container.appendChild(p);
      });
  };

  /** The JSON error of our REST resources carries a translated message. */
  function messageOf(body) {
    try {
      return JSON.parse(body).message;
    } catch (ignored) {
      return '';
    }
  }

  /**
   * The settings form: category and period. options = {categories: [..], periods: [{id, label}],
   * labels: {category, period, allCategories, save, cancel}}; onSave receives the new prefs.
   */
  PmoBuyIn.renderEditForm = function (container, prefs, options, onSave, onCancel) {
    var doc = root.document;
    var form = doc.createElement('form');
    form.className = 'pmo-settings';
    var category = select(doc, 'pmo-category-' + uid(), options.labels.category, form);
    addOption(doc, category, '', options.labels.allCategories, !prefs.category);
    (options.categories || []).forEach(function (name) {
      addOption(doc, category, name, name, prefs.category === name);
    });
    var period = select(doc, 'pmo-period-' + uid(), options.labels.period, form);
    (options.periods || []).forEach(function (p) {
      addOption(doc, period, p.id, p.label, (prefs.period || 'all') === p.id);
    });
    var save = doc.createElement('button');
    save.type = 'submit';
    save.textContent = options.labels.save;
    form.appendChild(save);
    if (onCancel) {
      var cancel = doc.createElement('button');
      cancel.type = 'button';
      cancel.textContent = options.labels.cancel;
      cancel.addEventListener('click', onCancel);
      form.appendChild(cancel);
    }
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      onSave({ category: category.value, period: period.value });
    });
    container.textContent = '';
    container.appendChild(form);
  };

  /** A note above what the container holds (e.g. that no mining run has finished yet). */
  PmoBuyIn.prependNote = function (container, text) {
    var p = root.document.createElement('p');
    p.className = 'pmo-note pmo-edit-note';
    p.setAttribute('role', 'status');
    p.textContent = text;
    container.insertBefore(p, container.firstChild);
  };

  /** A Cancel button under what the container holds. */
  PmoBuyIn.appendCancel = function (container, label, onCancel) {
    var cancel = root.document.createElement('button');
    cancel.type = 'button';
    cancel.className = 'pmo-cancel';
    cancel.textContent = label;
    cancel.addEventListener('click', onCancel);
    container.appendChild(cancel);
  };

  var counter = 0;
  function uid() {
    counter += 1;
    return counter;
  }

  function select(doc, id, labelText, form) {
    var label = doc.createElement('label');
    label.setAttribute('for', id);
    label.textContent = labelText;
    var element = doc.createElement('select');
    element.id = id;
    form.appendChild(label);
    form.appendChild(element);
    return element;
  }

  function addOption(doc, selectElement, value, text, selected) {
    var option = doc.createElement('option');
    option.value = value;
    option.textContent = text;
    option.selected = !!selected;
    selectElement.appendChild(option);
  }
})(window);
