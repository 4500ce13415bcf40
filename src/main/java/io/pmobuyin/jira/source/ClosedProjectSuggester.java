package io.pmobuyin.jira.source;

import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectCategory;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import io.pmobuyin.settings.ClosedProjectRules;
import io.pmobuyin.settings.ClosedProjectSuggestions;
import io.pmobuyin.settings.ProjectIssueCounts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks through Jira's open projects for those that look closed, by the admin's rules ({@link
 * ClosedProjectSuggestions}), counting each one's issues with Jira's search as the admin who asks.
 * At most {@link #MOST_EXAMINED} projects, in key order, so that one request stays short on a large
 * Jira; a project whose search fails is skipped and said so, and the rest go on.
 */
public class ClosedProjectSuggester {

  /** Four searches each at most: 2,000 searches of one result, a few seconds. */
  public static final int MOST_EXAMINED = 500;

  private static final Logger LOG = LoggerFactory.getLogger(ClosedProjectSuggester.class);

  private final ProjectManager projects;
  private final ProjectIssueSearch search;

  public ClosedProjectSuggester(ProjectManager projects, ProjectIssueSearch search) {
    this.projects = projects;
    this.search = search;
  }

  public SuggestionSurvey survey(ApplicationUser admin, ClosedProjectRules rules) {
    ClosedProjectSuggestions suggestions = new ClosedProjectSuggestions(rules);
    List<Project> candidates =
        projects.getProjectObjects().stream()
            .filter(p -> suggestions.worthCounting(p.isArchived(), categoryId(p), p.getKey()))
            .sorted(Comparator.comparing(Project::getKey))
            .toList();
    List<Project> examined = candidates.stream().limit(MOST_EXAMINED).toList();
    List<SuggestionSurvey.Suggested> suggested = new ArrayList<>();
    List<SuggestionSurvey.Skipped> skipped = new ArrayList<>();
    for (Project project : examined) {
      try {
        ProjectIssueCounts counts = search.counts(admin, project.getId(), rules.quietDays());
        if (suggestions.suggests(counts)) {
          suggested.add(
              new SuggestionSurvey.Suggested(
                  project.getKey(),
                  project.getName(),
                  counts.issues(),
                  counts.resolvedShare(),
                  search.lastUpdated(admin, project.getId()).orElse(null)));
        }
      } catch (SearchException | RuntimeException | LinkageError e) {
        // One project's index trouble must not cost the admin the other suggestions; a linkage
        // error (a declaration that does not match this Jira) is told the same way, not as a 500.
        LOG.warn("Could not count the issues of project {}: {}", project.getKey(), e.toString());
        skipped.add(
            new SuggestionSurvey.Skipped(project.getKey(), project.getName(), e.toString()));
      }
    }
    return new SuggestionSurvey(suggested, skipped, candidates.size(), examined.size());
  }

  private static Long categoryId(Project project) {
    ProjectCategory category = project.getProjectCategory();
    return category == null ? null : category.getId();
  }
}
