package io.pmobuyin.mining.portfolio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Text that repeats from issue to issue (issue types, fix-version names), each distinct name held
 * once and known by its code: its place in the order names were first seen. A row keeps the code,
 * never the text a source made for each issue. Codes are ints, so there is no limit below the
 * heap's on how many distinct names a table takes.
 */
final class NameTable {

  private final Map<String, Integer> codes = new HashMap<>();
  private final List<String> names = new ArrayList<>();

  /** The name's code, given the next free one the first time the name is seen. */
  int code(String name) {
    Integer code = codes.get(Objects.requireNonNull(name, "name"));
    if (code != null) {
      return code;
    }
    int next = names.size();
    names.add(name);
    codes.put(name, next);
    return next;
  }

  /** The one copy of the name held for this code. */
  String name(int code) {
    return names.get(code);
  }

  /** The one copy held of this name, which is held from now on. */
  String intern(String name) {
    return name(code(name));
  }

  int size() {
    return names.size();
  }
}
