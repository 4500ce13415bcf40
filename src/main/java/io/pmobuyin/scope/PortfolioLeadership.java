package io.pmobuyin.scope;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Lead and sponsor of every project known, closed and active. */
public record PortfolioLeadership(List<ProjectLeadership> projects) {

  public PortfolioLeadership {
    projects = List.copyOf(projects);
  }

  public static PortfolioLeadership none() {
    return new PortfolioLeadership(List.of());
  }

  public Optional<ProjectLeadership> of(String projectKey) {
    return Optional.ofNullable(byKey().get(projectKey));
  }

  /** The leadership of only the projects whose keys pass. */
  public PortfolioLeadership only(Predicate<String> projectKeys) {
    return new PortfolioLeadership(
        projects.stream().filter(p -> projectKeys.test(p.projectKey())).toList());
  }

  public List<ProjectLeadership> active() {
    return projects.stream().filter(ProjectLeadership::active).toList();
  }

  private Map<String, ProjectLeadership> byKey() {
    Map<String, ProjectLeadership> map = new HashMap<>();
    projects.forEach(p -> map.put(p.projectKey(), p));
    return map;
  }
}
