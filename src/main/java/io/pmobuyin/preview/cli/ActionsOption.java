package io.pmobuyin.preview.cli;

import io.pmobuyin.preview.i18n.Messages;
import io.pmobuyin.preview.plan.ActionProblem;
import io.pmobuyin.preview.plan.ActionsFile;
import io.pmobuyin.report.PlanSection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * The {@code --actions FILE} option of {@code mine} and {@code serve}: the improvement actions the
 * report's plan holds, read before any mining so that a mistake costs no wait. A file with any
 * problem stops the command (exit 3) with every problem, one a line, by line and field.
 */
final class ActionsOption {

  static final String NAME = "--actions";

  private ActionsOption() {}

  /** The file's plan; null when the option is not given. */
  static PlanSection read(Arguments options, Messages messages) {
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
      outcome = ActionsFile.read(file);
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
