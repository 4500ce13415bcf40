package io.pmobuyin.mining.portfolio;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who sponsors a project, by the issues' Executive Sponsor values: the charter issues' (epics and
 * the like) where any carry one, otherwise the most common value on all its issues; a tie goes to
 * the smaller id, so the answer never depends on the order issues came in. Also counts the PMO
 * Scope values seen. Ids only: the sponsor is counted, never named, here.
 */
final class ProjectPeopleVotes {

  /** Issue types that charter a project; their sponsor speaks for it. */
  static final Set<String> CHARTER_TYPES = Set.of("epic", "initiative", "charter", "project");

  private final Map<String, Long> charterVotes = new HashMap<>();
  private final Map<String, Long> votes = new HashMap<>();
  private final Map<String, Long> scopeTags = new TreeMap<>();

  void add(String issueType, String sponsorId, Iterable<String> scopeValues) {
    if (sponsorId != null) {
      votes.merge(sponsorId, 1L, Long::sum);
      if (issueType != null && CHARTER_TYPES.contains(issueType.toLowerCase(Locale.ROOT))) {
        charterVotes.merge(sponsorId, 1L, Long::sum);
      }
    }
    for (String value : scopeValues) {
      scopeTags.merge(value, 1L, Long::sum);
    }
  }

  /** The project's sponsor id, or null when no issue names one. */
  String sponsor() {
    Map<String, Long> ballot = charterVotes.isEmpty() ? votes : charterVotes;
    return ballot.entrySet().stream()
        .max(
            Comparator.comparingLong((Map.Entry<String, Long> e) -> e.getValue())
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  /** PMO Scope value to the number of issues carrying it, by value. */
  Map<String, Long> scopeTags() {
    return Map.copyOf(scopeTags);
  }
}
