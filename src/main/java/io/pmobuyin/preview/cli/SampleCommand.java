package io.pmobuyin.preview.cli;

import io.pmobuyin.preview.i18n.Messages;
import io.pmobuyin.preview.sample.SamplePortfolio;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code sample --out DIR}: writes the embedded sample portfolio as Jira REST search pages. */
public final class SampleCommand {

  static final int PAGE_SIZE = 100;

  private final Messages messages;
  private final PrintStream err;

  public SampleCommand(Messages messages, PrintStream err) {
    this.messages = messages;
    this.err = err;
  }

  public ExitCode run(List<String> args) {
    Arguments options = Arguments.parse(args, Set.of("--out"), Set.of(), Set.of());
    String out = options.value("--out", null);
    if (out == null) {
      throw new UsageException("pmobuyin.cli.error.missing-value", "--out");
    }
    Path dir = Path.of(out);
    SamplePortfolio sample = SamplePortfolio.standard();
    try {
      Files.createDirectories(dir);
      sample.writePages(dir, PAGE_SIZE);
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new FileProblem("pmobuyin.cli.error.cannot-write", out, e.getMessage());
    }
    err.println(
        messages.text(
            "pmobuyin.cli.sample-written",
            sample.issueCount(),
            sample.projectCount(),
            sample.pmoStart(),
            dir.toAbsolutePath()));
    return ExitCode.OK;
  }
}
