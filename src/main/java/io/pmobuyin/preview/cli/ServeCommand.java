package io.pmobuyin.preview.cli;

import io.pmobuyin.preview.i18n.Messages;
import io.pmobuyin.preview.live.JiraPull;
import io.pmobuyin.preview.live.PullRequest;
import io.pmobuyin.preview.server.PreviewServer;
import io.pmobuyin.report.view.GadgetData;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code serve}: mine the sample, an export or a live Jira's issues, then serve the dashboard,
 * gadgets, CSV and brief on a local port until Ctrl-C.
 */
public final class ServeCommand {

  static final int DEFAULT_PORT = 8080;

  private final Messages messages;
  private final PrintStream out;
  private final PrintStream err;
  private final StopSignal stop;
  private final JiraPull pull;

  /** What ends serving: Ctrl-C on the command line, the test in a test. */
  public interface StopSignal {

    void await() throws InterruptedException;

    /** The server has closed; the process may go. */
    default void closed() {}
  }

  public ServeCommand(Messages messages, PrintStream out, PrintStream err, StopSignal stop) {
    this(messages, out, err, stop, JiraPull.standard());
  }

  ServeCommand(
      Messages messages, PrintStream out, PrintStream err, StopSignal stop, JiraPull pull) {
    this.messages = messages;
    this.out = out;
    this.err = err;
    this.stop = stop;
    this.pull = pull;
  }

  public ExitCode run(List<String> args) throws IOException, InterruptedException {
    Arguments options =
        Arguments.parse(
            args,
            Set.of(
                "--port",
                "--config",
                ActionsOption.NAME,
                "--jira",
                "--token",
                "--jql",
                PortfolioLoading.IMPORT_THREADS),
            Set.of("--input"),
            Set.of("--sample"));
    int sources =
        (options.has("--sample") ? 1 : 0)
            + (options.has("--input") ? 1 : 0)
            + (options.has("--jira") ? 1 : 0);
    if (sources > 1) {
      throw new UsageException("pmobuyin.cli.error.jira-or-files");
    }
    int port = port(options.value("--port", Integer.toString(DEFAULT_PORT)));
    Path config = PortfolioLoading.configFile(options);
    PortfolioLoading loading = PortfolioLoading.of(options, messages, err);
    Optional<GadgetData> loaded;
    String source;
    if (options.has("--jira")) {
      PullRequest request =
          JiraSource.request(
              options.value("--jira", null),
              options.value("--token", null),
              options.value("--jql", null));
      try (TemporaryFolder pulled = new JiraSource(messages, err, pull).download(request)) {
        loaded = loading.files(List.of(pulled.path()), config);
      }
      source = messages.text("pmobuyin.preview.source.jira-pull", request.baseUrl());
    } else if (options.has("--input")) {
      List<Path> inputs = PortfolioLoading.inputs(options);
      loaded = loading.files(inputs, config);
      source = messages.text("pmobuyin.preview.source.files", inputs.size());
    } else {
      loaded = loading.sample(config);
      source = messages.text("pmobuyin.preview.source.sample");
    }
    if (loaded.isEmpty()) {
      return ExitCode.NOTHING_USABLE;
    }
    PreviewServer server;
    try {
      server = PreviewServer.start(port, loaded.get(), messages, Locale.getDefault(), source);
    } catch (BindException e) {
      throw new FileProblem(
          "pmobuyin.cli.error.port-in-use", Integer.toString(port), e.getMessage());
    }
    try (server) {
      out.println(messages.text("pmobuyin.preview.listening", server.uri()));
      out.flush();
      stop.await();
    } finally {
      err.println(messages.text("pmobuyin.preview.stopped"));
      stop.closed();
    }
    return ExitCode.OK;
  }

  private static int port(String text) {
    try {
      int port = Integer.parseInt(text);
      if (port >= 0 && port <= 65_535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // Reported below, in the user's words.
    }
    throw new UsageException("pmobuyin.cli.error.port", text);
  }
}
