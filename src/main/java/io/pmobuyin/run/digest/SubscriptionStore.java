package io.pmobuyin.run.digest;

import java.util.List;
import java.util.Map;

/** Where subscriptions and what each last did are kept: shared by every node of a cluster. */
public interface SubscriptionStore {

  List<Subscription> subscriptions();

  void saveSubscriptions(List<Subscription> subscriptions);

  /** By subscription id; a subscription that never was due has no entry. */
  Map<String, SendRecord> sendLog();

  void record(String subscriptionId, SendRecord record);
}
