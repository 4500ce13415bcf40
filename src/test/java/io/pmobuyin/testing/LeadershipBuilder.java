package io.pmobuyin.testing;

import io.pmobuyin.scope.PortfolioLeadership;
import io.pmobuyin.scope.ProjectLeadership;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a {@link PortfolioLeadership}: who leads and sponsors which project.
 *
 * <pre>{@code
 * leadership()
 *     .project(closedProject("ABC").sponsor("Ada"))
 *     .project(activeProject("NEW").category("Apps").lead("Lin").sponsor("Ada"))
 *     .build();
 * }</pre>
 */
public final class LeadershipBuilder {

  private final List<ProjectBuilder> projects = new ArrayList<>();

  private LeadershipBuilder() {}

  public static LeadershipBuilder leadership() {
    return new LeadershipBuilder();
  }

  /** A closed project; its name defaults to the one {@link ReportBuilder} gives it. */
  public static ProjectBuilder closedProject(String key) {
    return new ProjectBuilder(key, false);
  }

  public static ProjectBuilder activeProject(String key) {
    return new ProjectBuilder(key, true);
  }

  public LeadershipBuilder project(ProjectBuilder project) {
    projects.add(project);
    return this;
  }

  public PortfolioLeadership build() {
    return new PortfolioLeadership(projects.stream().map(ProjectBuilder::build).toList());
  }

  /** One project's lead and sponsor; nobody set by default. */
  public static final class ProjectBuilder {

    private final String key;
    private final boolean active;
    private String name;
    private String category;
    private String lead;
    private boolean leadInactive;
    private String sponsor;
    private boolean sponsorInactive;

    private ProjectBuilder(String key, boolean active) {
      this.key = key;
      this.active = active;
      this.name = "Project " + key;
    }

    public ProjectBuilder name(String name) {
      this.name = name;
      return this;
    }

    public ProjectBuilder category(String category) {
      this.category = category;
      return this;
    }

    public ProjectBuilder lead(String lead) {
      this.lead = lead;
      return this;
    }

    public ProjectBuilder leadInactive() {
      this.leadInactive = true;
      return this;
    }

    public ProjectBuilder sponsor(String sponsor) {
      this.sponsor = sponsor;
      return this;
    }

    public ProjectBuilder sponsorInactive() {
      this.sponsorInactive = true;
      return this;
    }

    ProjectLeadership build() {
      return new ProjectLeadership(
          key, name, category, active, lead, leadInactive, sponsor, sponsorInactive);
    }
  }
}
