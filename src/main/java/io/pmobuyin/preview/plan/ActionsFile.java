package io.pmobuyin.preview.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.pmobuyin.report.PlanSection;
import io.pmobuyin.scope.ServiceCatalogue;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The preview's improvement actions ({@code --actions FILE}): what inside Jira are issues of the
 * plan's project, here a small CSV or JSON file. A name ending in {@code .csv} or {@code .json}
 * says which; otherwise a file whose first character is {@code [} or <code>{</code> is JSON. Read
 * strictly: any problem, each named by line and field, and no plan is made at all.
 */
public final class ActionsFile {

  private ActionsFile() {}

  /** The file's plan, or every problem found in it. */
  public record Outcome(PlanSection plan, List<ActionProblem> problems) {

    public Outcome {
      problems = List.copyOf(problems);
    }

    public boolean accepted() {
      return problems.isEmpty();
    }
  }

  /**
   * The file's plan where no service catalogue is known (an export): service ids are checked for
   * their form only.
   *
   * @throws IOException when the file cannot be read at all
   */
  public static Outcome read(Path file) throws IOException {
    return read(file, ServiceCatalogue.empty());
  }

  /**
   * @param catalogue the catalogue every service the actions name must be in; empty when none is
   *     known, as for an export
   * @throws IOException when the file cannot be read at all
   */
  public static Outcome read(Path file, ServiceCatalogue catalogue) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    // A file saved by a spreadsheet or an editor may begin with a byte order mark.
    text = text.startsWith("\ufeff") ? text.substring(1) : text;
    ActionRows rows = new ActionRows(catalogue);
    try (BufferedReader in = new BufferedReader(new java.io.StringReader(text))) {
      if (isJson(file, text)) {
        JsonActions.read(in, rows);
      } else {
        CsvActions.read(in, rows);
      }
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
      rows.problem(
          ActionProblem.ofRow(line, "pmobuyin.actions.problem.syntax", e.getOriginalMessage()));
    }
    List<ActionProblem> problems = rows.problems();
    return new Outcome(problems.isEmpty() ? rows.plan() : null, problems);
  }

  private static boolean isJson(Path file, String text) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return true;
    }
    if (name.endsWith(".csv")) {
      return false;
    }
    String start = text.stripLeading();
    return start.startsWith("[") || start.startsWith("{");
  }
}
