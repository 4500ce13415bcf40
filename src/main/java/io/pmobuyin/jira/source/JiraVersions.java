package io.pmobuyin.jira.source;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.version.Version;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * A project's versions by id, with their names today. A change history keeps a fix version's id
 * beside the name it had then: read by id, a version renamed since is one version, not two, for
 * carry-over and scope creep. Where the project cannot list its versions, names stay as recorded.
 */
final class JiraVersions {

  static final JiraVersions NONE = new JiraVersions(Map.of());

  private final Map<String, String> namesById;

  private JiraVersions(Map<String, String> namesById) {
    this.namesById = namesById;
  }

  /** The project's versions, or {@link #NONE} when they cannot be read or a call does not link. */
  static JiraVersions of(Project project) {
    try {
      Collection<Version> versions = project == null ? null : project.getVersions();
      if (versions == null) {
        return NONE;
      }
      Map<String, String> names = new HashMap<>(versions.size() * 2);
      for (Version version : versions) {
        if (version != null && version.getId() != null && version.getName() != null) {
          names.put(version.getId().toString(), version.getName());
        }
      }
      return new JiraVersions(Map.copyOf(names));
    } catch (RuntimeException | LinkageError e) {
      return NONE;
    }
  }

  /** The version's name today where the project still has its id; else the recorded name. */
  String nameToday(String id, String recorded) {
    String name = id == null ? null : namesById.get(id.strip());
    return name != null ? name : recorded;
  }
}
