/*
 * PMO Buy-In admin page, part 6 of 6 (after -kit, -catalogue, -closed, -settings and -runs.js):
 * starts the page's sections and holds the Executive Sponsor group section. Every section is read
 * and saved over our REST API. Jira loads this file on every admin page (web resource context
 * atl.admin), so it acts only where our page's root element is. Every word it shows comes from the
 * page, rendered on the server from the i18n bundle; whatever Jira or an admin typed goes in as
 * text, never as markup. No library: plain DOM and fetch.
 */
(function (window, document) {
  'use strict';

  var kit = window.PmoBuyInAdmin;
  var restClient = kit.restClient;
  var failure = kit.failure;
  var showWriteProblem = kit.showWriteProblem;
  var textsOf = kit.textsOf;
  var field = kit.field;
  var showMessage = kit.showMessage;
  var clearFieldErrors = kit.clearFieldErrors;
  var setBusy = kit.setBusy;
  var catalogueSection = kit.catalogueSection;
  var settingsSections = kit.settingsSections;
  var closedProjectParts = kit.closedProjectParts;
  var runsSection = kit.runsSection;
  var errorLogSection = kit.errorLogSection;

  function start() {
    var root = document.getElementById('pmo-buyin-admin');
    if (!root || root.hasAttribute('data-pmo-started')) {
      return;
    }
    root.setAttribute('data-pmo-started', 'true');
    var api = restClient(root.getAttribute('data-rest-base'));
    var settings = root.querySelector('#pmo-buyin-settings');
    var errorLog = errorLogSection(root.querySelector('#pmo-buyin-errors'), api);
    Promise.all([
      catalogueSection(root.querySelector('#pmo-buyin-catalogue'), api),
      sponsorSection(root.querySelector('#pmo-buyin-sponsors'), api),
      closedProjectParts(settings, api),
      settingsSections(settings, api),
      // A run that ends may have logged problems.
      runsSection(root.querySelector('#pmo-buyin-runs'), api, errorLog.reload),
      errorLog.loaded
    ]).then(function () {
      root.setAttribute('data-pmo-loaded', 'true');
    });
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
