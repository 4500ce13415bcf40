package io.pmobuyin.preview.importer;

import java.util.HashMap;
import java.util.Map;

/**
 * The answers one {@link CustomFieldRoles} gave while issues were read, each worked out once and
 * kept. Besides saving the work for keys that repeat in every issue, the kept answers tell whether
 * roles learned later, from a {@code names} map that Jira writes after the issues, would have read
 * those issues differently.
 */
final class RoleAnswers {

  /** Beyond this many distinct keys the data is odd; forget them rather than grow. */
  private static final int MAX_REMEMBERED = 10_000;

  /** Stands for "no role" among the kept answers, where null means "not asked yet". */
  private static final Object NO_ROLE = new Object();

  private final CustomFieldRoles roles;
  private final Map<String, Object> rolesAsked = new HashMap<>();
  private final Map<String, Boolean> peopleAsked = new HashMap<>();
  private boolean forgotSome;

  RoleAnswers(CustomFieldRoles roles) {
    this.roles = roles;
  }

  /** See {@link CustomFieldRoles#roleOf}. */
  CustomFieldRole roleOf(String fieldKey) {
    Object answer = rolesAsked.get(fieldKey);
    if (answer == null) {
      CustomFieldRole role = roles.roleOf(fieldKey);
      answer = role == null ? NO_ROLE : role;
      remember(rolesAsked, fieldKey, answer);
    }
    return answer == NO_ROLE ? null : (CustomFieldRole) answer;
  }

  /** See {@link CustomFieldRoles#isPerson}. */
  boolean isPerson(String fieldNameOrId) {
    if (fieldNameOrId == null) {
      return false;
    }
    Boolean answer = peopleAsked.get(fieldNameOrId);
    if (answer == null) {
      answer = roles.isPerson(fieldNameOrId);
      remember(peopleAsked, fieldNameOrId, answer);
    }
    return answer;
  }

  /**
   * Whether other roles would answer any question asked so far differently; also when some answers
   * were forgotten, since then it cannot be ruled out.
   */
  boolean wouldDifferFrom(CustomFieldRoles other) {
    if (forgotSome) {
      return true;
    }
    for (Map.Entry<String, Object> asked : rolesAsked.entrySet()) {
      CustomFieldRole role = other.roleOf(asked.getKey());
      if ((role == null ? NO_ROLE : role) != asked.getValue()) {
        return true;
      }
    }
    for (Map.Entry<String, Boolean> asked : peopleAsked.entrySet()) {
      if (other.isPerson(asked.getKey()) != asked.getValue()) {
        return true;
      }
    }
    return false;
  }

  private <V> void remember(Map<String, V> answers, String key, V answer) {
    if (answers.size() >= MAX_REMEMBERED) {
      answers.clear();
      forgotSome = true;
    }
    answers.put(key, answer);
  }
}
