/*
 * The preview's dashboard page: each gadget loads like a Jira dashboard item, its settings kept in
 * the browser (Jira keeps them with the dashboard).
 */
(function (root) {
  'use strict';

  var PmoBuyIn = root.PmoBuyIn;
  var STORE = 'pmo-buyin-preview-prefs-';

  function prefsOf(id) {
    try {
      return JSON.parse(root.localStorage.getItem(STORE + id)) || {};
    } catch (ignored) {
      return {};
    }
  }

  function savePrefs(id, prefs) {
    try {
      root.localStorage.setItem(STORE + id, JSON.stringify(prefs));
    } catch (ignored) {
      // Private windows may refuse storage: the settings then last until the page reloads.
    }
  }

  function load(item, options) {
    var id = item.getAttribute('data-gadget');
    var body = item.querySelector('.pmo-gadget-body');
    return PmoBuyIn.loadGadget(
      body,
      PmoBuyIn.gadgetUrl('/gadgets', id, item.prefs || prefsOf(id), id),
      options.labels.failed
    );
  }

  function wire(item, options) {
    var id = item.getAttribute('data-gadget');
    var button = item.querySelector('.pmo-configure');
    var slot = item.querySelector('.pmo-settings-slot');
    item.prefs = prefsOf(id);
    button.addEventListener('click', function () {
      var open = slot.hidden;
      slot.hidden = !open;
      button.setAttribute('aria-expanded', String(open));
      if (open) {
        PmoBuyIn.renderEditForm(slot, item.prefs, options, function (prefs) {
          item.prefs = prefs;
          savePrefs(id, prefs);
          slot.hidden = true;
          button.setAttribute('aria-expanded', 'false');
          load(item, options);
        }, function () {
          slot.hidden = true;
          button.setAttribute('aria-expanded', 'false');
        });
      }
    });
  }

  root.document.addEventListener('DOMContentLoaded', function () {
    var items = Array.prototype.slice.call(root.document.querySelectorAll('.pmo-dashboard-item'));
    root
      .fetch('/gadgets/options', { headers: { Accept: 'application/json' } })
      .then(function (response) {
        return response.json();
      })
      .then(function (options) {
        var loads = items.map(function (item) {
          wire(item, options);
          return load(item, options);
        });
        return Promise.all(loads);
      })
      .then(function () {
        root.document.body.setAttribute('data-pmo-loaded', 'true');
      });
  });
})(window);
