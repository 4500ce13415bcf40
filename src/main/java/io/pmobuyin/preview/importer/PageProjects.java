package io.pmobuyin.preview.importer;

import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.mining.record.ProjectRecord;
import io.pmobuyin.mining.record.VersionRecord;
import io.pmobuyin.mining.source.IssueSink;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The projects the issues of one page (or one file) belong to, with the fix versions seen in them.
 * Exports carry projects only inside issues, so each page announces what it saw; the sink merges
 * announcements of the same project.
 */
final class PageProjects {

  private static final class Seen {
    String name;
    String category;
    final Map<String, VersionRecord> versions = new LinkedHashMap<>();
  }

  private final Map<String, Seen> byKey = new LinkedHashMap<>();

  void add(IssueRecord issue, IssueDraft draft) {
    Seen seen = byKey.computeIfAbsent(issue.projectKey(), key -> new Seen());
    // Issues without a project object (key prefix only) must not hide the name another one gives.
    seen.name = seen.name != null ? seen.name : draft.projectName;
    seen.category = seen.category != null ? seen.category : draft.projectCategory;
    for (VersionRecord version : issue.fixVersions()) {
      seen.versions.putIfAbsent(version.name(), version);
    }
  }

  void announceTo(IssueSink sink) {
    byKey.forEach(
        (key, seen) ->
            sink.project(
                new ProjectRecord(
                    key,
                    seen.name,
                    seen.category,
                    null,
                    false,
                    seen.versions.values().stream().toList())));
    byKey.clear();
  }
}
