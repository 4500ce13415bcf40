package io.pmobuyin.mining.portfolio;

import io.pmobuyin.mining.record.ProjectRecord;
import io.pmobuyin.mining.record.VersionRecord;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the sources said about a project, merged. Where they disagree the choice must not depend on
 * the order they came in: the smaller text wins, and archived once means archived.
 */
final class ProjectMetadata {

  private final String key;
  private String name;
  private String category;
  private String leadId;
  private boolean archived;
  private final Map<String, VersionRecord> versions = new TreeMap<>();

  ProjectMetadata(String key) {
    this.key = key;
  }

  void merge(ProjectRecord project) {
    if (!project.name().equals(project.key())) {
      name = smaller(name, project.name());
    }
    category = smaller(category, project.category());
    leadId = smaller(leadId, project.leadId());
    archived |= project.archived();
    for (VersionRecord version : project.versions()) {
      versions.merge(version.name(), version, ProjectMetadata::richer);
    }
  }

  ProjectRecord record() {
    return new ProjectRecord(
        key, name == null ? key : name, category, leadId, archived, List.copyOf(versions.values()));
  }

  private static VersionRecord richer(VersionRecord a, VersionRecord b) {
    if ((a.releaseDate() == null) != (b.releaseDate() == null)) {
      return a.releaseDate() != null ? a : b;
    }
    if (a.releaseDate() != null && !a.releaseDate().equals(b.releaseDate())) {
      return a.releaseDate().isBefore(b.releaseDate()) ? a : b;
    }
    return a.released() ? a : b;
  }

  private static String smaller(String current, String offered) {
    if (offered == null) {
      return current;
    }
    return current == null || offered.compareTo(current) < 0 ? offered : current;
  }
}
