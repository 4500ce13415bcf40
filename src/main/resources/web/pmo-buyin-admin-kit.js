/*
 * PMO Buy-In admin page, part 1 of 6: talking to our REST API and the small DOM helpers the
 * sections share. Loaded on every admin page (web resource context atl.admin); defines functions
 * only. Whatever Jira or an admin typed goes in as text, never as markup.
 */
(function (window) {
  'use strict';

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
      if (method !== 'GET') {
        // Every change carries the mark a forged cross-site form cannot, with a body or without.
        init.headers['X-Atlassian-Token'] = 'no-check';
      }
      if (body !== undefined) {
        init.headers['Content-Type'] = 'application/json';
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

  /** A number in the reader's locale, such as 1,234. */
  function localNumber(value) {
    try {
      return Number(value).toLocaleString(document.documentElement.lang || undefined);
    } catch (unknownLocale) {
      return Number(value).toLocaleString();
    }
  }

  /** A share from 0 to 1 as a percentage in the reader's locale, such as 95%. */
  function localPercent(share) {
    var options = { style: 'percent', maximumFractionDigits: 1 };
    try {
      return Number(share).toLocaleString(document.documentElement.lang || undefined, options);
    } catch (unknownLocale) {
      return Number(share).toLocaleString(undefined, options);
    }
  }

  /** A button of the page, made here: AUI's look, never a form's submit. */
  function button(className, text) {
    var made = element('button', 'aui-button ' + className, text);
    made.type = 'button';
    return made;
  }

  window.PmoBuyInAdmin = {
    restClient: restClient,
    parsed: parsed,
    failure: failure,
    showWriteProblem: showWriteProblem,
    textsOf: textsOf,
    element: element,
    field: field,
    placeholderRow: placeholderRow,
    showMessage: showMessage,
    clearFieldErrors: clearFieldErrors,
    showFieldErrors: showFieldErrors,
    setBusy: setBusy,
    localTime: localTime,
    localNumber: localNumber,
    localPercent: localPercent,
    button: button
  };
})(window);
