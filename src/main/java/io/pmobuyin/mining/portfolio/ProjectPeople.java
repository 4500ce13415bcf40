package io.pmobuyin.mining.portfolio;

import java.time.Instant;
import java.util.Map;

/**
 * A project's sponsor and PMO Scope tags as its issues tell them.
 *
 * @param sponsorId the Executive Sponsor's id (see {@link ProjectPeopleVotes}), or null
 * @param scopeTags PMO Scope value to the number of issues carrying it
 * @param firstScopeUse when the first issue carrying a PMO Scope was created; null if none did
 */
public record ProjectPeople(String sponsorId, Map<String, Long> scopeTags, Instant firstScopeUse) {

  public ProjectPeople {
    scopeTags = Map.copyOf(scopeTags);
  }
}
