package io.pmobuyin.report.analysis;

import java.util.Collection;
import java.util.Set;

/**
 * The closed projects whose figures a reader may see in aggregates: all of them (executives and
 * admins), or only some, by key (everyone else sees the projects they may browse). A view limited
 * to some projects is the same view over fewer projects, so its counts and costs are the whole
 * portfolio's restricted to those projects, exactly.
 */
public final class VisibleProjects {

  private static final VisibleProjects ALL = new VisibleProjects(null);

  /** Null for every project. */
  private final Set<String> keys;

  private VisibleProjects(Set<String> keys) {
    this.keys = keys;
  }

  public static VisibleProjects all() {
    return ALL;
  }

  /** Only the projects of these keys; none, if the collection is empty. */
  public static VisibleProjects only(Collection<String> projectKeys) {
    return new VisibleProjects(Set.copyOf(projectKeys));
  }

  public boolean includes(String projectKey) {
    return keys == null || keys.contains(projectKey);
  }

  /** True when nothing is left out, whichever projects a report holds. */
  public boolean isAll() {
    return keys == null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof VisibleProjects that && java.util.Objects.equals(keys, that.keys);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hashCode(keys);
  }

  @Override
  public String toString() {
    return keys == null ? "all projects" : "projects " + keys;
  }
}
