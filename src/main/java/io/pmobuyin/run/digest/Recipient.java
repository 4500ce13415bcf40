package io.pmobuyin.run.digest;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A person a subscription's audience names, as Jira knows them: whether they can receive mail at
 * all, and which projects they may browse.
 *
 * @param email null or blank when Jira has no address for them
 * @param mayBrowse Jira's browse permission for this person, by project key
 * @param sponsored the projects whose Executive Sponsor they are; empty for others
 */
public record Recipient(
    String userKey,
    String email,
    boolean active,
    Locale locale,
    Predicate<String> mayBrowse,
    Set<String> sponsored) {

  public Recipient {
    Objects.requireNonNull(userKey, "userKey");
    locale = locale == null ? Locale.ENGLISH : locale;
    Objects.requireNonNull(mayBrowse, "mayBrowse");
    sponsored = sponsored == null ? Set.of() : Set.copyOf(sponsored);
  }

  public boolean hasAddress() {
    return email != null && !email.isBlank();
  }
}
