package io.pmobuyin.report.json;

import static io.pmobuyin.testing.IssueBuilder.anIssue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.mining.source.ImportProblem;
import io.pmobuyin.mining.source.ImportSummary;
import io.pmobuyin.report.ImprovementAction;
import io.pmobuyin.report.PlanSection;
import io.pmobuyin.report.PortfolioReport;
import io.pmobuyin.testing.IssueBuilder;
import io.pmobuyin.testing.Reports;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A small report that has every part (PMO start, import errors, sponsors, PMO Scope tags, an
 * improvement plan with an action started and one not), as a tree to take apart: each place in it,
 * with its JSON path, can be removed or replaced.
 */
final class ReportDocuments {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private ReportDocuments() {}

  /** A field of an object or an element of an array, and how to reach it in a copy. */
  record Place(String path, List<Object> steps, boolean scopeTag) {

    boolean isField() {
      return steps.get(steps.size() - 1) instanceof String;
    }

    String name() {
      return (String) steps.get(steps.size() - 1);
    }

    /** The document with this place's value removed (a field) or replaced. */
    String change(ObjectNode document, Consumer<Slot> change) {
      ObjectNode copy = document.deepCopy();
      JsonNode parent = copy;
      for (Object step : steps.subList(0, steps.size() - 1)) {
        parent = step instanceof String name ? parent.get(name) : parent.get((Integer) step);
      }
      change.accept(new Slot(parent, steps.get(steps.size() - 1)));
      return text(copy);
    }
  }

  /** Where a value sits in its parent. */
  record Slot(JsonNode parent, Object step) {

    void remove() {
      ((ObjectNode) parent).remove((String) step);
    }

    void replace(JsonNode value) {
      if (step instanceof String name) {
        ((ObjectNode) parent).set(name, value);
      } else {
        ((ArrayNode) parent).set((Integer) step, value);
      }
    }
  }

  static PortfolioReport fullReport() {
    PortfolioReport mined =
        Reports.mine(issues(), MiningConfig.defaults().withPmoStart(IssueBuilder.date(100)));
    ImportSummary imports =
        new ImportSummary(
            2,
            mined.imports().issuesRead(),
            1,
            1,
            List.of(new ImportProblem("issues-2.json", "issue #7", "no key")),
            3,
            java.util.Map.of("Patch Available", 4L, "Awaiting Deploy", 1L),
            2);
    return new PortfolioReport(
        mined.schemaVersion(),
        mined.generator(),
        mined.settings(),
        imports,
        mined.portfolio(),
        mined.patterns(),
        mined.projects(),
        mined.trend(),
        mined.sponsorship(),
        mined.engagement(),
        mined.dates(),
        new PlanSection(
            List.of(
                new ImprovementAction(
                    "PMO-7",
                    "Freeze scope <after> the \"kick-off\"",
                    "In Progress",
                    false,
                    List.of(PatternId.SCOPE_CREEP, PatternId.REWORK),
                    IssueBuilder.date(100).plusDays(30),
                    Set.of("B", "A"),
                    Set.of("risk-review", "delivery-assurance")),
                new ImprovementAction(
                    "PMO-12",
                    "Plan releases",
                    "To Do",
                    false,
                    List.of(PatternId.SCHEDULE_SLIP),
                    null,
                    Set.of()))));
  }

  static ObjectNode tree(String json) {
    try {
      return (ObjectNode) MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(JsonNode node) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every field and array element of the document, outermost first. */
  static List<Place> places(ObjectNode document) {
    List<Place> places = new ArrayList<>();
    collect(document, "$", new ArrayList<>(), false, places);
    return places;
  }

  /** Every object of the document, the root too, that is a record (not a map of scope tags). */
  static List<ObjectNode> records(ObjectNode document) {
    List<ObjectNode> records = new ArrayList<>();
    records.add(document);
    for (Place place : places(document)) {
      JsonNode value = valueAt(document, place);
      if (value.isObject() && !(place.isField() && place.name().equals("scopeTags"))) {
        records.add((ObjectNode) value);
      }
    }
    return records;
  }

  private static JsonNode valueAt(JsonNode node, Place place) {
    for (Object step : place.steps()) {
      node = step instanceof String name ? node.get(name) : node.get((Integer) step);
    }
    return node;
  }

  private static void collect(
      JsonNode node, String path, List<Object> steps, boolean inScopeTags, List<Place> places) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String name = field.getKey();
        visit(
            field.getValue(),
            path + segment(name),
            append(steps, name),
            inScopeTags,
            name.equals("scopeTags"),
            places);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        visit(node.get(i), path + "[" + i + "]", append(steps, i), false, false, places);
      }
    }
  }

  private static void visit(
      JsonNode value,
      String path,
      List<Object> steps,
      boolean scopeTag,
      boolean holdsScopeTags,
      List<Place> places) {
    places.add(new Place(path, steps, scopeTag));
    collect(value, path, steps, holdsScopeTags, places);
  }

  private static List<Object> append(List<Object> steps, Object step) {
    List<Object> more = new ArrayList<>(steps);
    more.add(step);
    return List.copyOf(more);
  }

  private static String segment(String name) {
    return PLAIN_NAME.matcher(name).matches()
        ? "." + name
        : "[\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
  }

  private static List<IssueRecord> issues() {
    List<IssueRecord> issues = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      IssueBuilder issue =
          anIssue()
              .key((i % 3 == 0 ? "OLD" : "NEW") + "-" + i)
              .createdOnDay(i % 3 == 0 ? i : 150 + i)
              .dueOnDay(i % 3 == 0 ? i + 2 : 150 + i + 2)
              .estimatedHours(2)
              .spentHours(i)
              .resolvedOnDay((i % 3 == 0 ? i : 150 + i) + i);
      if (i % 2 == 0) {
        issue.sponsor("sponsor-a").pmoScope("pmo \"governed\"");
      }
      issues.add(issue.build());
    }
    return issues;
  }
}
