package io.pmobuyin.testing;

import com.atlassian.jira.project.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A project of {@link JiraIssues}: issues added one by one, then any number made on demand, and
 * what may happen to it while a run reads it (its id list fails, it is deleted or unarchived).
 */
public final class JiraProject {

  private final JiraIssues jira;
  final long id;
  final String key;
  final boolean archivedWhenPicked;
  private final List<JiraIssueSpec> added = new ArrayList<>();
  private int generated;
  private BiConsumer<Integer, JiraIssueSpec> shape = (number, spec) -> {};
  private Exception idsFault;
  private boolean archivedNow;
  private boolean deleted;
  private boolean deletedWhileRead;
  private int lookups;
  private String name;
  private String leadKey;
  private Long categoryId;
  private String categoryName;
  private final java.util.Map<Long, String> versions = new java.util.LinkedHashMap<>();
  private Throwable versionsFailure;

  JiraProject(JiraIssues jira, long id, String key, boolean archived) {
    this.jira = jira;
    this.id = id;
    this.key = key;
    this.archivedWhenPicked = archived;
    this.archivedNow = archived;
  }

  JiraIssueSpec add(String issueKey) {
    if (generated > 0) {
      throw new IllegalStateException("add issues one by one before the generated ones");
    }
    JiraIssueSpec spec =
        new JiraIssueSpec(jira, issueKey, JiraIssues.issueId(id, added.size() + 1));
    added.add(spec);
    return spec;
  }

  /** {@code count} more issues with every field at its default. */
  public JiraProject issues(int count) {
    return generated(count, (number, spec) -> {});
  }

  /**
   * {@code count} more issues, made anew each time Jira loads one: KEY-n with n after the issues
   * added one by one, each shaped from its number.
   */
  public JiraProject generated(int count, BiConsumer<Integer, JiraIssueSpec> shape) {
    this.generated = count;
    this.shape = shape;
    return this;
  }

  /** Listing the project's issue ids fails (Jira's IssueManager throws this). */
  public JiraProject idsFail(Exception fault) {
    this.idsFault = fault;
    return this;
  }

  /** Deleted after the run picked it. */
  public JiraProject deleted() {
    this.deleted = true;
    return this;
  }

  /** No longer archived, after the run picked it as archived. */
  public JiraProject unarchived() {
    this.archivedNow = false;
    return this;
  }

  /** Still there when the run starts on it, deleted (issues and all) once its ids are listed. */
  /** The project's display name; its key until set. */
  public JiraProject named(String displayName) {
    this.name = displayName;
    return this;
  }

  /** The project lead, by user key. */
  public JiraProject ledBy(String userKey) {
    this.leadKey = userKey;
    return this;
  }

  String leadKey() {
    return leadKey;
  }

  public JiraProject inCategory(long id, String categoryDisplayName) {
    this.categoryId = id;
    this.categoryName = categoryDisplayName;
    return this;
  }

  String name() {
    return name == null ? key : name;
  }

  Long categoryId() {
    return categoryId;
  }

  String categoryName() {
    return categoryName;
  }

  boolean archivedNow() {
    return archivedNow;
  }

  public JiraProject deletedWhileRead() {
    this.deletedWhileRead = true;
    return this;
  }

  Project lookedUp() {
    lookups++;
    boolean gone = deleted || (deletedWhileRead && lookups > 1);
    return gone ? null : jira.projectObject(this, archivedNow);
  }

  /** Newest first, as no caller should rely on. */
  List<Long> listIds() throws Exception {
    if (idsFault != null) {
      throw idsFault;
    }
    int count = added.size() + generated;
    List<Long> ids = new ArrayList<>(count);
    for (int number = count; number >= 1; number--) {
      ids.add(JiraIssues.issueId(id, number));
    }
    return ids;
  }

  JiraIssueSpec loadable(int number) {
    if (deletedWhileRead && lookups > 0) {
      return null;
    }
    JiraIssueSpec spec;
    if (number >= 1 && number <= added.size()) {
      spec = added.get(number - 1);
    } else if (number > added.size() && number <= added.size() + generated) {
      spec = new JiraIssueSpec(jira, key + "-" + number, JiraIssues.issueId(id, number));
      shape.accept(number, spec);
    } else {
      return null;
    }
    return spec.isVanished() ? null : spec;
  }

  /** A version of this project as Jira lists it today: its id and its name now. */
  public JiraProject version(long id, String nameToday) {
    versions.put(id, nameToday);
    return this;
  }

  /** Listing this project's versions fails, as a Jira whose API lacks the call would. */
  public JiraProject versionsFail(Throwable failure) {
    versionsFailure = failure;
    return this;
  }

  java.util.Map<Long, String> versions() {
    return versions;
  }

  Throwable versionsFailure() {
    return versionsFailure;
  }
}
