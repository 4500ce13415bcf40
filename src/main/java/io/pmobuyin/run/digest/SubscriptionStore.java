package io.pmobuyin.run.digest;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Where subscriptions and what each last did are kept: shared by every node of a cluster. */
public interface SubscriptionStore {

  List<Subscription> subscriptions();

  void saveSubscriptions(List<Subscription> subscriptions);

  /**
   * Reads, changes and writes the subscriptions as one step, so that two admins changing them on
   * two nodes at once both count.
   *
   * @param change the subscriptions as they should be now, from those stored; null to write nothing
   */
  default void updateSubscriptions(UnaryOperator<List<Subscription>> change) {
    List<Subscription> changed = change.apply(subscriptions());
    if (changed != null) {
      saveSubscriptions(changed);
    }
  }

  /** By subscription id; a subscription that never was due has no entry. */
  Map<String, SendRecord> sendLog();

  void record(String subscriptionId, SendRecord record);
}
