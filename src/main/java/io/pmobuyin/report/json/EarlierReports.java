package io.pmobuyin.report.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pmobuyin.mining.pattern.PatternId;

/**
 * Fields added to schema version 1 after reports were stored with it, and the value each takes in
 * such a report, set in the document before it is read: a stored snapshot of an earlier version
 * still renders. Only a field missing is filled in; a field present is read as it is.
 */
final class EarlierReports {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private EarlierReports() {}

  static void fillIn(ObjectNode report) {
    absentAsNull(report, "dates");
    // Reports mined before actions were kept had no plan: an empty one, not a guess.
    if (!report.has("plan")) {
      report.putObject("plan").putArray("actions");
    }
    // Actions stored before they could name services applied by project key alone.
    if (report.get("plan") instanceof ObjectNode plan) {
      each(plan.get("actions"), action -> action.putIfAbsent("services", NODES.arrayNode()));
    }
    JsonNode imports = report.get("import");
    if (imports instanceof ObjectNode section) {
      section.putIfAbsent("uncategorisedStatuses", NODES.arrayNode());
    }
    if (report.get("portfolio") instanceof ObjectNode portfolio) {
      absentAsNull(portfolio, "effort");
    }
    each(report.get("patterns"), EarlierReports::pattern);
    each(report.get("projects"), EarlierReports::project);
  }

  /**
   * Before costs had a basis, each pattern was priced on its issues' whole effort: that figure is
   * what was attributed and the most it can have cost, and the basis is the pattern's own.
   */
  private static void pattern(ObjectNode pattern) {
    JsonNode hours = pattern.get("costHours");
    if (hours != null) {
      pattern.putIfAbsent("attributedHours", hours);
      pattern.putIfAbsent("upToHours", hours);
    }
    JsonNode id = pattern.get("id");
    if (id != null && id.isTextual() && !pattern.has("costBasis")) {
      for (PatternId known : PatternId.values()) {
        if (known.name().equals(id.textValue())) {
          pattern.put("costBasis", known.costBasis().name());
        }
      }
    }
    pattern.putIfAbsent("unseparatedIssues", NODES.numberNode(0L));
    pattern.putIfAbsent("delayDays", NODES.numberNode(0L));
  }

  private static void project(ObjectNode project) {
    absentAsNull(project, "effort");
    each(
        project.get("patterns"),
        pattern -> {
          JsonNode hours = pattern.get("costHours");
          if (hours != null) {
            pattern.putIfAbsent("upToHours", hours);
          }
          // Kept since issue 16. Not made up from the evidence, which is only the first few keys:
          // a count then opens no issues rather than fewer than it says.
          absentAsNull(pattern, "issueKeys");
        });
  }

  private static void absentAsNull(ObjectNode object, String field) {
    if (!object.has(field)) {
      object.putNull(field);
    }
  }

  private static void each(JsonNode array, java.util.function.Consumer<ObjectNode> fill) {
    if (array != null && array.isArray()) {
      array.forEach(
          element -> {
            if (element instanceof ObjectNode object) {
              fill.accept(object);
            }
          });
    }
  }
}
