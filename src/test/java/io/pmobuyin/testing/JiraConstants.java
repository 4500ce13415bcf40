package io.pmobuyin.testing;

import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue types, priorities, statuses and resolutions of {@link JiraIssues}, each made once per name
 * and shared by every issue, as Jira's constants manager does.
 */
final class JiraConstants {

  private final Map<String, IssueType> types = new HashMap<>();
  private final Map<String, Priority> priorities = new HashMap<>();
  private final Map<String, Status> statuses = new LinkedHashMap<>();
  private final Map<String, Resolution> resolutions = new HashMap<>();

  IssueType type(String name, boolean subtask) {
    return types.computeIfAbsent(
        name + "|" + subtask,
        k ->
            JiraFakes.of(
                IssueType.class,
                "IssueType " + name,
                Map.of("getName", name, "isSubTask", subtask)));
  }

  Priority priority(String name) {
    return priorities.computeIfAbsent(
        name, k -> JiraFakes.of(Priority.class, "Priority " + name, Map.of("getName", name)));
  }

  /**
   * @param categoryKey Jira's key of the status category ("new", "indeterminate", "done"); null for
   *     a status Jira gives no category
   */
  Status status(String name, String categoryKey) {
    return statuses.computeIfAbsent(
        name + "|" + categoryKey,
        k -> {
          Map<String, Object> answers = new HashMap<>();
          answers.put("getId", JiraIssues.statusId(name));
          answers.put("getName", name);
          answers.put(
              "getStatusCategory",
              categoryKey == null
                  ? null
                  : JiraFakes.of(
                      StatusCategory.class,
                      "StatusCategory " + categoryKey,
                      Map.of("getKey", categoryKey)));
          return JiraFakes.of(Status.class, "Status " + name, answers);
        });
  }

  /** Every status made so far: Jira's status list. */
  List<Status> statuses() {
    return List.copyOf(statuses.values());
  }

  Resolution resolution(String name) {
    return resolutions.computeIfAbsent(
        name, k -> JiraFakes.of(Resolution.class, "Resolution " + name, Map.of("getName", name)));
  }
}
