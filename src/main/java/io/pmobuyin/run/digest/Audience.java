package io.pmobuyin.run.digest;

import java.util.Objects;

/**
 * Who a subscription writes to: the members of one Jira group, or the Executive Sponsors, everyone
 * named in the Executive Sponsor field of the report's projects.
 *
 * @param group the Jira group's name; null for the sponsors
 */
public record Audience(Kind kind, String group) {

  public enum Kind {
    GROUP,
    SPONSORS
  }

  public Audience {
    Objects.requireNonNull(kind, "kind");
    if (kind == Kind.GROUP && (group == null || group.isBlank())) {
      throw new IllegalArgumentException("a group audience names its group");
    }
    group = kind == Kind.GROUP ? group.strip() : null;
  }

  public static Audience group(String name) {
    return new Audience(Kind.GROUP, name);
  }

  public static Audience sponsors() {
    return new Audience(Kind.SPONSORS, null);
  }
}
