package io.pmobuyin.preview.cli;

import io.pmobuyin.preview.i18n.Messages;
import io.pmobuyin.preview.text.TextSummary;
import io.pmobuyin.report.PortfolioReport;
import io.pmobuyin.report.json.ReportJson;
import io.pmobuyin.report.view.GadgetData;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** {@code mine}: import an export (or the sample), mine it, print the report. */
public final class MineCommand {

  private final Messages messages;
  private final PrintStream out;
  private final PrintStream err;

  public MineCommand(Messages messages, PrintStream out, PrintStream err) {
    this.messages = messages;
    this.out = out;
    this.err = err;
  }

  public ExitCode run(List<String> args) throws IOException {
    Arguments options =
        Arguments.parse(
            args,
            Set.of(
                "--format",
                "--out",
                "--config",
                ActionsOption.NAME,
                PortfolioLoading.IMPORT_THREADS),
            Set.of("--input"),
            Set.of("--sample"));
    if (options.has("--sample") && options.has("--input")) {
      throw new UsageException("pmobuyin.cli.error.input-or-sample");
    }
    String format = options.value("--format", "text");
    if (!format.equals("text") && !format.equals("json")) {
      throw new UsageException("pmobuyin.cli.error.format", format);
    }
    Path config = PortfolioLoading.configFile(options);
    PortfolioLoading loading = PortfolioLoading.of(options, messages, err);
    Optional<GadgetData> loaded;
    if (options.has("--input")) {
      loaded = loading.files(PortfolioLoading.inputs(options), config);
    } else {
      loaded = loading.sample(config);
    }
    if (loaded.isEmpty()) {
      return ExitCode.NOTHING_USABLE;
    }
    PortfolioReport report = loaded.get().report();
    String outFile = options.value("--out", null);
    if (outFile == null) {
      write(report, format, out);
    } else {
      Path target = Path.of(outFile);
      try (OutputStream file = Files.newOutputStream(target)) {
        write(report, format, file);
      } catch (IOException e) {
        throw new FileProblem("pmobuyin.cli.error.cannot-write", outFile, e.getMessage());
      }
      err.println(messages.text("pmobuyin.cli.report-written", target.toAbsolutePath()));
    }
    return ExitCode.OK;
  }

  private void write(PortfolioReport report, String format, OutputStream target) {
    PrintWriter writer = new PrintWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8));
    if (format.equals("json")) {
      new ReportJson(messages::text).write(report, writer);
    } else {
      new TextSummary(messages, Locale.getDefault()).write(report, writer);
    }
    writer.flush();
  }

  static void deleteTree(Path root) throws IOException {
    try (var paths = Files.walk(root)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
