package io.pmobuyin.jira.source;

import com.atlassian.jira.issue.label.Label;
import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.settings.ClosedProjectRules;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an action issue's labels say: the patterns it targets ({@code pmo-pattern-scope_creep}), the
 * projects it applies to ({@code pmo-applies-ABC}) and the PMO Scope services whose projects it
 * applies to ({@code pmo-service-risk-review}, the service's catalogue id). Read in any case, and a
 * pattern's or service's id with dashes or underscores alike, since Jira's label field keeps what
 * people type. Why labels, not a field of our own: see {@link JiraImprovementActions}.
 *
 * @param patterns the known patterns named, each once, in the labels' order
 * @param projects the project keys named, upper case
 * @param unknownPatterns the pattern labels that name no pattern, as written
 * @param services the service ids named, lower case with dashes, catalogued or not: an action whose
 *     only service is not in the catalogue applies only to projects whose PMO Scope values hold
 *     that very id (usually none), never to every project
 */
record ActionLabels(
    List<PatternId> patterns,
    Set<String> projects,
    List<String> unknownPatterns,
    Set<String> services) {

  static final String PATTERN_PREFIX = "pmo-pattern-";
  static final String APPLIES_PREFIX = "pmo-applies-";
  static final String SERVICE_PREFIX = "pmo-service-";

  static ActionLabels of(Collection<Label> labels) {
    Set<PatternId> patterns = new LinkedHashSet<>();
    Set<String> projects = new TreeSet<>();
    Set<String> services = new TreeSet<>();
    List<String> unknown = new java.util.ArrayList<>();
    // Jira returns labels as a set in no promised order; sorted, the result is the same each run.
    List<String> texts =
        labels == null
            ? List.of()
            : labels.stream()
                .filter(java.util.Objects::nonNull)
                .map(Label::getLabel)
                .filter(java.util.Objects::nonNull)
                .sorted()
                .toList();
    for (String text : texts) {
      String lower = text.toLowerCase(Locale.ROOT);
      if (lower.startsWith(PATTERN_PREFIX)) {
        PatternId id = pattern(lower.substring(PATTERN_PREFIX.length()));
        if (id == null) {
          unknown.add(text);
        } else {
          patterns.add(id);
        }
      } else if (lower.startsWith(APPLIES_PREFIX)) {
        String key = text.substring(APPLIES_PREFIX.length()).toUpperCase(Locale.ROOT);
        if (ClosedProjectRules.PROJECT_KEY.matcher(key).matches()) {
          projects.add(key);
        }
      } else if (lower.startsWith(SERVICE_PREFIX) && lower.length() > SERVICE_PREFIX.length()) {
        services.add(lower.substring(SERVICE_PREFIX.length()).replace('_', '-'));
      }
    }
    return new ActionLabels(
        List.copyOf(patterns), Set.copyOf(projects), List.copyOf(unknown), Set.copyOf(services));
  }

  private static PatternId pattern(String id) {
    String name = id.replace('-', '_').toUpperCase(Locale.ROOT);
    for (PatternId pattern : PatternId.values()) {
      if (pattern.name().equals(name)) {
        return pattern;
      }
    }
    return null;
  }
}
