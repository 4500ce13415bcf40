package io.pmobuyin.preview.cli;

import io.pmobuyin.preview.i18n.Messages;
import io.pmobuyin.preview.plan.ActionProblem;
import io.pmobuyin.preview.plan.ActionsFile;
import io.pmobuyin.preview.sample.SamplePortfolio;
import io.pmobuyin.report.PlanSection;
import io.pmobuyin.scope.ServiceCatalogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * The {@code --actions FILE} option of {@code mine} and {@code serve}: the improvement actions the
 * report's plan holds, read before any mining so that a mistake costs no wait. A file with any
 * problem stops the command (exit 3) with every problem, one a line, by line and field. The
 * services an action names are checked against the sample's service catalogue when the command
 * mines the sample; an export (or a live Jira) brings no catalogue, so then only their form is.
 */
final class ActionsOption {

  static final String NAME = "--actions";

  private ActionsOption() {}

  /** The file's plan; null when the option is not given. */
  static PlanSection read(Arguments options, Messages messages) {
    boolean sample = !options.has("--input") && !options.has("--jira");
    return read(
        options,
        messages,
        sample ? SamplePortfolio.standard().catalogue() : ServiceCatalogue.empty());
  }

  /**
   * @param catalogue the catalogue the actions' services must be in; empty when none is known
   */
  static PlanSection read(Arguments options, Messages messages, ServiceCatalogue catalogue) {
    if (!options.has(NAME)) {
      return null;
    }
    String given = options.value(NAME, null);
    Path file = Path.of(given);
    if (!Files.isRegularFile(file)) {
      throw new FileProblem("pmobuyin.cli.error.no-such-input", given);
    }
    ActionsFile.Outcome outcome;
    try {
      outcome = ActionsFile.read(file, catalogue);
    } catch (IOException e) {
      throw new FileProblem("pmobuyin.cli.error.cannot-read", given, e.getMessage());
    }
    if (!outcome.accepted()) {
      String indent = System.lineSeparator() + "  ";
      String lines =
          outcome.problems().stream()
              .map(problem -> describe(problem, messages))
              .collect(Collectors.joining(indent, indent, ""));
      throw new FileProblem("pmobuyin.cli.error.actions", given, lines);
    }
    return outcome.plan();
  }

  private static String describe(ActionProblem problem, Messages messages) {
    String what = messages.text(problem.messageKey(), problem.arguments().toArray());
    return problem.field().isEmpty()
        ? messages.text("pmobuyin.actions.problem.at-line", problem.line(), what)
        : messages.text("pmobuyin.actions.problem.at-field", problem.line(), problem.field(), what);
  }
}
