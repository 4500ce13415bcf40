/*
 * PMO Buy-In admin page, part 5 of 6: the mining runs and the error log. Run now (POST /runs),
 * the run under way with its progress and a cancel (POST /runs/cancel), the latest runs, and the
 * error log with an in-page confirmation before it is cleared (DELETE /runs/errors). The page asks
 * GET /runs again every few seconds, but only while a run is under way or one was just asked for.
 */
(function (window) {
  'use strict';

  var kit = window.PmoBuyInAdmin;
  var failure = kit.failure;
  var textsOf = kit.textsOf;
  var element = kit.element;
  var placeholderRow = kit.placeholderRow;
  var showMessage = kit.showMessage;
  var localTime = kit.localTime;
  var localNumber = kit.localNumber;

  /** Often enough to watch a run move, seldom enough to cost Jira nothing. */
  var POLL_MS = 2500;
  /** How long to wait for a run asked for to show up: the scheduler may start it late. */
  var POLLS_AWAITING_START = 12;

  var stateLozenges = {
    RUNNING: 'aui-lozenge-inprogress',
    SUCCEEDED: 'aui-lozenge-success',
    PARTIAL: 'aui-lozenge-current',
    FAILED: 'aui-lozenge-error',
    CANCELLED: 'aui-lozenge-moved',
    INTERRUPTED: 'aui-lozenge-moved'
  };

  // ---- Runs ----

  /** Wires the section; {@code onRunEnded} runs when a run seen under way has ended. */
  function runsSection(section, api, onRunEnded) {
    var texts = textsOf(section);
    var message = section.querySelector('.pmo-run-message');
    var current = section.querySelector('.pmo-run-current');
    var progress = section.querySelector('.pmo-run-progress');
    var runNow = section.querySelector('.pmo-run-now');
    var cancel = section.querySelector('.pmo-run-cancel');
    var history = section.querySelector('.pmo-runs-table tbody');
    var timer = null;
    var running = false;
    var newestId = 0;
    var awaiting = 0;
    var askedAfter = null;

    function load() {
      return api('GET', '/runs').then(function (answer) {
        if (!answer || !answer.ok || !answer.body) {
          placeholderRow(history, 7, texts('load-failed', failure(texts, answer)));
          awaiting = 0;
          pollIfNeeded();
          return;
        }
        var wasRunning = running;
        var recent = answer.body.recent || [];
        running = !!answer.body.current;
        newestId = recent.length ? recent[0].id : 0;
        if (running || (askedAfter !== null && newestId > askedAfter)) {
          awaiting = 0;
          askedAfter = null;
        }
        showCurrent(answer.body.current);
        showHistory(recent, answer.body.pendingRunId);
        if (wasRunning && !running) {
          onRunEnded();
        }
        pollIfNeeded();
      });
    }

    function pollIfNeeded() {
      window.clearTimeout(timer);
      timer = null;
      if (!running && awaiting <= 0) {
        return;
      }
      if (!running) {
        awaiting -= 1;
      }
      timer = window.setTimeout(load, POLL_MS);
    }

    function showCurrent(run) {
      current.hidden = !run;
      cancel.hidden = !run;
      runNow.disabled = !!run;
      if (!run) {
        return;
      }
      var started = texts('current', localTime(run.started));
      current.querySelector('.pmo-run-started').textContent = started;
      if (run.projectsTotal > 0) {
        progress.max = run.projectsTotal;
        progress.value = run.projectsDone;
      } else {
        // Until the run knows how many projects it has, it shows as under way, not as 0%.
        progress.removeAttribute('value');
      }
      var done = texts(
        'current-projects',
        localNumber(run.projectsDone),
        localNumber(run.projectsTotal)
      );
      progress.setAttribute('aria-valuetext', done);
      current.querySelector('.pmo-run-projects').textContent = done;
      current.querySelector('.pmo-run-counts').textContent = texts(
        'current-counts',
        localNumber(run.issuesRead),
        localNumber(run.problems)
      );
    }

    /** A partial run's report waits: the admin may show it in place of the last complete one. */
    function acceptButton(runId) {
      var button = element('button', 'aui-button pmo-run-accept', texts('accept'));
      button.type = 'button';
      button.addEventListener('click', function () {
        button.disabled = true;
        api('POST', '/runs/' + encodeURIComponent(runId) + '/accept').then(function (answer) {
          if (answer && answer.ok) {
            showMessage(message, 'success', texts('accepted'));
            onRunEnded();
          } else {
            button.disabled = false;
            showMessage(message, 'error', texts('accept-failed', failure(texts, answer)));
          }
          return load();
        });
      });
      return button;
    }

    function showHistory(runs, pendingRunId) {
      if (!runs.length) {
        placeholderRow(history, 7, texts('history-empty'));
        return;
      }
      history.textContent = '';
      runs.forEach(function (run) {
        var row = element('tr');
        row.setAttribute('data-run-id', run.id);
        row.appendChild(timeCell(run.started));
        row.appendChild(element('td', 'pmo-run-trigger', texts('trigger-' + run.trigger)));
        var state = element('td', 'pmo-run-state');
        var lozenge = stateLozenges[run.state] || '';
        state.appendChild(element('span', 'aui-lozenge ' + lozenge, texts('state-' + run.state)));
        row.appendChild(state);
        var projects = texts(
          'projects-of',
          localNumber(run.projectsDone),
          localNumber(run.projectsTotal)
        );
        row.appendChild(element('td', 'pmo-run-projects', projects));
        row.appendChild(element('td', 'pmo-run-issues', localNumber(run.issuesRead)));
        row.appendChild(element('td', 'pmo-run-problems', localNumber(run.problems)));
        var failureCell = element('td', 'pmo-run-failure', run.failure || '');
        if (pendingRunId !== null && pendingRunId !== undefined && run.id === pendingRunId) {
          failureCell.appendChild(acceptButton(run.id));
        }
        row.appendChild(failureCell);
        history.appendChild(row);
      });
    }

    runNow.addEventListener('click', function () {
      runNow.disabled = true;
      api('POST', '/runs').then(function (answer) {
        // Enabled again here, then disabled by the load below if a run is under way.
        runNow.disabled = false;
        if (answer && answer.ok) {
          showMessage(message, 'success', texts('requested'));
          askedAfter = newestId;
          awaiting = POLLS_AWAITING_START;
        } else {
          // 409: another admin or node started one first; the reason comes from the server.
          showMessage(message, 'error', texts('start-failed', failure(texts, answer)));
        }
        return load();
      });
    });

    cancel.addEventListener('click', function () {
      cancel.disabled = true;
      api('POST', '/runs/cancel').then(function (answer) {
        cancel.disabled = false;
        if (answer && answer.ok) {
          showMessage(message, 'success', texts('cancel-requested'));
        } else if (answer && answer.status === 404) {
          showMessage(message, 'info', texts('not-running'));
        } else {
          showMessage(message, 'error', texts('cancel-failed', failure(texts, answer)));
        }
        return load();
      });
    });

    return load();
  }

  // ---- The error log ----

  /** Wires the section; returns its first load and a way to load it again. */
  function errorLogSection(section, api) {
    var texts = textsOf(section);
    var count = section.querySelector('.pmo-errors-count');
    var message = section.querySelector('.pmo-errors-message');
    var entries = section.querySelector('.pmo-errors-table tbody');
    var clear = section.querySelector('.pmo-errors-clear');
    var confirm = section.querySelector('.pmo-errors-confirm');
    var yes = confirm.querySelector('.pmo-errors-confirm-yes');
    var no = confirm.querySelector('.pmo-errors-confirm-no');

    function load() {
      return api('GET', '/runs/errors').then(function (answer) {
        if (!answer || !answer.ok || !answer.body) {
          count.textContent = '';
          clear.disabled = true;
          placeholderRow(entries, 5, texts('load-failed', failure(texts, answer)));
          return;
        }
        show(answer.body.count, answer.body.entries || []);
      });
    }

    function show(total, shown) {
      clear.disabled = total === 0;
      if (total === 0) {
        count.textContent = '';
        placeholderRow(entries, 5, texts('empty'));
        return;
      }
      count.textContent =
        shown.length < total
          ? texts('count-shown', localNumber(total), localNumber(shown.length))
          : texts('count', localNumber(total));
      entries.textContent = '';
      shown.forEach(function (entry) {
        var row = element('tr');
        row.appendChild(timeCell(entry.at));
        row.appendChild(codeCell('pmo-error-project', entry.projectKey));
        row.appendChild(codeCell('pmo-error-issue', entry.issueKey));
        row.appendChild(element('td', 'pmo-error-message', entry.message));
        row.appendChild(element('td', 'pmo-error-detail', entry.detail));
        entries.appendChild(row);
      });
    }

    function asking(shown) {
      confirm.hidden = !shown;
      clear.hidden = shown;
      (shown ? yes : clear).focus();
    }

    clear.addEventListener('click', function () {
      showMessage(message, null, '');
      asking(true);
    });
    no.addEventListener('click', function () {
      asking(false);
    });
    yes.addEventListener('click', function () {
      yes.disabled = true;
      api('DELETE', '/runs/errors').then(function (answer) {
        yes.disabled = false;
        asking(false);
        if (answer && answer.ok) {
          showMessage(message, 'success', texts('cleared'));
        } else {
          showMessage(message, 'error', texts('clear-failed', failure(texts, answer)));
        }
        return load();
      });
    });

    return { loaded: load(), reload: load };
  }

  function timeCell(iso) {
    var cell = element('td');
    if (iso) {
      var at = element('time', null, localTime(iso));
      at.setAttribute('datetime', iso);
      cell.appendChild(at);
    }
    return cell;
  }

  function codeCell(className, text) {
    var cell = element('td', className);
    if (text) {
      cell.appendChild(element('code', null, text));
    }
    return cell;
  }

  kit.runsSection = runsSection;
  kit.errorLogSection = errorLogSection;
})(window);
