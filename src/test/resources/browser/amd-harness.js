/*
 * A stand-in for what Jira's dashboard gives a dashboard item, for DashboardItemBrowserIT: an AMD
 * loader (define and a synchronous require, as Jira's almond), optionally the WRM's
 * wrm/context-path module, a jQuery-wrapped context, and an API that records its calls.
 */
(function (root) {
  'use strict';

  var modules = {};

  root.define = function (name, deps, factory) {
    modules[name] = { deps: deps, factory: factory };
  };

  /* A module nobody defined comes back undefined, as with a loader told to ignore it. */
  root.requireModule = function (name) {
    var module = modules[name];
    if (!module) {
      return undefined;
    }
    if (!('value' in module)) {
      module.value = module.factory.apply(null, module.deps.map(root.requireModule));
    }
    return module.value;
  };

  var query = new URLSearchParams(root.location.search);
  if (query.has('contextPath')) {
    var contextPath = query.get('contextPath');
    root.define('wrm/context-path', [], function () {
      return function () {
        return contextPath;
      };
    });
  }

  root.wrapped = function (element) {
    return { jquery: '3.5.1', 0: element, length: 1 };
  };

  root.recordingApi = function () {
    var calls = [];
    function record(name) {
      return function (arg) {
        calls.push(arg === undefined ? [name] : [name, arg]);
      };
    }
    return {
      calls: calls,
      savePreferences: record('savePreferences'),
      closeEdit: record('closeEdit'),
      resize: record('resize'),
      showLoadingBar: record('showLoadingBar'),
      hideLoadingBar: record('hideLoadingBar'),
      isEditable: function () {
        return true;
      }
    };
  };
})(window);
