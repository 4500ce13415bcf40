package io.pmobuyin.mining.portfolio;

import java.util.Map;

/**
 * A project's sponsor and PMO Scope tags as its issues tell them.
 *
 * @param sponsorId the Executive Sponsor's id (see {@link ProjectPeopleVotes}), or null
 * @param scopeTags PMO Scope value to the number of issues carrying it
 */
public record ProjectPeople(String sponsorId, Map<String, Long> scopeTags) {

  public ProjectPeople {
    scopeTags = Map.copyOf(scopeTags);
  }
}
