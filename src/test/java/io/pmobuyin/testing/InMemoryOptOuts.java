package io.pmobuyin.testing;

import io.pmobuyin.run.digest.OptOuts;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Opt-outs of the regular report in memory. */
public final class InMemoryOptOuts implements OptOuts {

  private final Map<String, Set<String>> out = new HashMap<>();

  @Override
  public Set<String> of(String userKey) {
    return Set.copyOf(out.getOrDefault(userKey, Set.of()));
  }

  @Override
  public void optOut(String userKey, String subscriptionId) {
    out.computeIfAbsent(userKey, k -> new HashSet<>()).add(subscriptionId);
  }

  @Override
  public void optIn(String userKey, String subscriptionId) {
    if (EVERY.equals(subscriptionId)) {
      out.remove(userKey);
    } else {
      out.getOrDefault(userKey, new HashSet<>()).remove(subscriptionId);
    }
  }
}
