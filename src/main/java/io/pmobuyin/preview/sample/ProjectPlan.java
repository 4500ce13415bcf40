package io.pmobuyin.preview.sample;

import java.util.List;

/**
 * Everything decided about one sample project before its issues are generated: identity, category,
 * workflow, timeline (epoch seconds, UTC), size, calendar, team and failure profile. Issue {@code
 * n} (from 1) of the project is generated from the plan and {@code n} alone.
 *
 * @param ordinal position in the generated stream of projects, from 0; spaces out ids
 * @param team person numbers (see {@link People}); the first is the project lead
 * @param sponsor the executive sponsor's number, or {@link People#NOBODY}
 * @param pmoStart when the PMO started (epoch seconds): issues created since may carry a PMO Scope
 */
record ProjectPlan(
    int ordinal,
    long id,
    String key,
    String name,
    String categoryId,
    String categoryName,
    ProjectTheme theme,
    WorkflowSpec workflow,
    long start,
    long close,
    int issueCount,
    long firstIssueId,
    ProjectCalendar calendar,
    List<Integer> team,
    int sponsor,
    long pmoStart,
    boolean pmoActive,
    FailureProfile profile,
    long seed) {

  ProjectPlan {
    team = List.copyOf(team);
  }

  int lead() {
    return team.get(0);
  }

  String issueKey(int number) {
    return key + "-" + number;
  }

  long issueId(int number) {
    return firstIssueId + number - 1;
  }
}
