/*
 * The six dashboard items of PMO Buy-In as Jira's AMD modules. Jira constructs each with its API,
 * then calls render (and renderEdit when the user opens the settings). The work is done by
 * pmo-buyin-gadget-core.js, shared with the preview's dashboard page.
 */
(function (root) {
  'use strict';

  var GADGETS = ['lessons', 'scorecard', 'predictability', 'scope', 'sponsors', 'leaders'];

  function base() {
    var contextPath = root.AJS && root.AJS.contextPath ? root.AJS.contextPath() : '';
    return contextPath + '/rest/pmo-buyin/1.0/gadgets';
  }

  function elementOf(context) {
    return context && context.jquery ? context[0] : context;
  }

  var options = null;
  function loadOptions() {
    if (!options) {
      options = root
        .fetch(base() + '/options', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
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
      this.API = API;
      this.instance = gadget + '-' + Math.random().toString(36).slice(2, 8);
    }

    DashboardItem.prototype.render = function (context, preferences) {
      var api = this.API;
      var element = elementOf(context);
      if (api.showLoadingBar) {
        api.showLoadingBar();
      }
      var url = root.PmoBuyIn.gadgetUrl(base(), gadget, preferences || {}, this.instance);
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
          if (api.hideLoadingBar) {
            api.hideLoadingBar();
          }
          if (api.resize) {
            api.resize();
          }
        });
    };

    DashboardItem.prototype.renderEdit = function (context, preferences) {
      var api = this.API;
      var element = elementOf(context);
      return loadOptions().then(function (o) {
        root.PmoBuyIn.renderEditForm(element, preferences || {}, o, function (prefs) {
          api.savePreferences(prefs);
        }, api.closeEdit ? function () { api.closeEdit(); } : null);
        if (api.resize) {
          api.resize();
        }
      });
    };

    return DashboardItem;
  }

  GADGETS.forEach(function (gadget) {
    root.define('pmo-buyin/gadget/' + gadget, [], function () {
      return itemFor(gadget);
    });
  });
})(window);
