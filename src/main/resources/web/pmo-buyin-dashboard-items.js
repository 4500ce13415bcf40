/*
 * The seven dashboard items of PMO Buy-In as Jira's AMD modules. Jira constructs each with its API,
 * then calls render (and renderEdit when the user opens the settings, or first of all for an item
 * with no saved settings). The work is done by pmo-buyin-gadget-core.js, shared with the preview's
 * dashboard page.
 *
 * What this module relies on, and where each point comes from, is in docs/dashboard-items.md.
 */
(function (root) {
  'use strict';

  var GADGETS = ['lessons', 'scorecard', 'predictability', 'scope', 'sponsors', 'leaders', 'plan'];
  var PREFERENCES = ['category', 'period'];
  /* Only when even the options call failed, so no translated word reached us (English only ships). */
  var CANCEL_FALLBACK = 'Cancel';

  /**
   * Jira's context path ('' or '/jira'): from the WRM's wrm/context-path module where it is there;
   * else from a global AJS; else the root, as on the preview's page.
   */
  function contextPathFrom(wrmContextPath) {
    if (typeof wrmContextPath === 'function') {
      return wrmContextPath() || '';
    }
    if (root.AJS && typeof root.AJS.contextPath === 'function') {
      return root.AJS.contextPath() || '';
    }
    return '';
  }

  /** Undoes HTML-encoding Jira may apply to saved preferences: once, and only the forms it uses. */
  function decodeOnce(text) {
    return String(text).replace(/&(amp|lt|gt|quot|apos|#39|#x27|#\d{1,7}|#x[0-9a-fA-F]{1,6});/g, function (all, name) {
      switch (name) {
        case 'amp': return '&';
        case 'lt': return '<';
        case 'gt': return '>';
        case 'quot': return '"';
        case 'apos': case '#39': case '#x27': return "'";
        default: {
          var code = name.charAt(1) === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
          return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
        }
      }
    });
  }

  /** The item's preferences as plain text, read once where they come in from Jira. */
  function preferencesOf(raw) {
    var prefs = {};
    PREFERENCES.forEach(function (name) {
      if (raw && typeof raw[name] === 'string' && raw[name] !== '') {
        prefs[name] = decodeOnce(raw[name]);
      }
    });
    return prefs;
  }

  function elementOf(context) {
    return context && context.jquery ? context[0] : context;
  }

  function makeItems(wrmContextPath) {
    var base = contextPathFrom(wrmContextPath) + '/rest/pmo-buyin/1.0/gadgets';
    var options = null;

    function loadOptions() {
      if (!options) {
        options = root
          .fetch(base + '/options', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
          .then(function (response) {
            if (!response.ok) {
              throw new Error(String(response.status));
            }
            return response.json();
          });
        options.catch(function () {
          options = null;
        });
      }
      return options;
    }

    function itemFor(gadget) {
      function DashboardItem(API) {
        this.API = API || {};
        this.instance = gadget + '-' + Math.random().toString(36).slice(2, 8);
      }

      function call(api, name) {
        if (typeof api[name] === 'function') {
          api[name]();
        }
      }

      DashboardItem.prototype.render = function (context, preferences) {
        var api = this.API;
        var element = elementOf(context);
        call(api, 'showLoadingBar');
        var url = root.PmoBuyIn.gadgetUrl(base, gadget, preferencesOf(preferences), this.instance);
        return loadOptions()
          .then(
            function (o) {
              return o.labels.failed;
            },
            function () {
              return '';
            }
          )
          .then(function (failedText) {
            return root.PmoBuyIn.loadGadget(element, url, failedText);
          })
          .then(function () {
            call(api, 'hideLoadingBar');
            call(api, 'resize');
          });
      };

      DashboardItem.prototype.renderEdit = function (context, preferences) {
        var self = this;
        var api = this.API;
        var element = elementOf(context);
        var prefs = preferencesOf(preferences);
        function cancel() {
          if (typeof api.closeEdit === 'function') {
            api.closeEdit();
          } else {
            self.render(context, preferences);
          }
        }
        return loadOptions()
          .then(function (o) {
            root.PmoBuyIn.renderEditForm(element, prefs, o, function (saved) {
              api.savePreferences(saved);
            }, cancel);
            if (o.mined === false && o.labels.noReport) {
              root.PmoBuyIn.prependNote(element, o.labels.noReport);
            }
            call(api, 'resize');
          })
          .catch(function () {
            // Never a blank pane: what the item would show, and a way out of the edit mode.
            var url = root.PmoBuyIn.gadgetUrl(base, gadget, prefs, self.instance);
            return root.PmoBuyIn.loadGadget(element, url, '').then(function () {
              root.PmoBuyIn.appendCancel(element, CANCEL_FALLBACK, cancel);
              call(api, 'resize');
            });
          });
      };

      return DashboardItem;
    }

    var items = {};
    GADGETS.forEach(function (gadget) {
      items[gadget] = itemFor(gadget);
    });
    return items;
  }

  /* One set of items per page, so that six items share one options call. */
  var made = null;

  GADGETS.forEach(function (gadget) {
    root.define('pmo-buyin/gadget/' + gadget, ['wrm/context-path'], function (wrmContextPath) {
      made = made || makeItems(wrmContextPath);
      return made[gadget];
    });
  });
})(window);
