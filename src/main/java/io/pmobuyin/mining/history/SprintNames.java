package io.pmobuyin.mining.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Jira writes a sprint change as the comma-separated sprint names before and after. */
final class SprintNames {

  private SprintNames() {}

  static List<String> added(String before, String after) {
    List<String> added = new ArrayList<>(split(after));
    added.removeAll(split(before));
    return added;
  }

  private static List<String> split(String names) {
    if (names == null || names.isBlank()) {
      return List.of();
    }
    return Arrays.stream(names.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
