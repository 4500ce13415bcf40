package io.pmobuyin.run.digest;

import java.util.Set;

/**
 * Who asked to stop receiving which regular report: per user key, subscription ids, or {@link
 * #EVERY} for all of them, present and future.
 */
public interface OptOuts {

  String EVERY = "*";

  Set<String> of(String userKey);

  void optOut(String userKey, String subscriptionId);

  void optIn(String userKey, String subscriptionId);

  default boolean optedOut(String userKey, String subscriptionId) {
    Set<String> out = of(userKey);
    return out.contains(EVERY) || out.contains(subscriptionId);
  }
}
