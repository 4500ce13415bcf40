package io.pmobuyin.preview.importer;

import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.mining.record.ProjectRecord;
import io.pmobuyin.mining.source.IssueSink;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/** Keeps what an importer delivers, in order. */
final class CollectingSink implements IssueSink {

  final List<ProjectRecord> projects = new ArrayList<>();
  final List<IssueRecord> issues = new ArrayList<>();

  @Override
  public void project(ProjectRecord project) {
    projects.add(project);
  }

  @Override
  public void issue(IssueRecord issue) {
    issues.add(issue);
  }

  IssueRecord issue(String key) {
    return issues.stream()
        .filter(issue -> issue.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException("no issue " + key + " in " + keys()));
  }

  List<String> keys() {
    return issues.stream().map(IssueRecord::key).toList();
  }

  ProjectRecord project(String key) {
    return projects.stream()
        .filter(project -> project.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException("no project " + key));
  }
}
