package io.pmobuyin.run.digest;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.report.ProjectSection;
import io.pmobuyin.report.analysis.GadgetQuery;
import io.pmobuyin.report.drill.DrillLink;
import io.pmobuyin.report.drill.DrillLinks;
import io.pmobuyin.report.mail.DigestComposer;
import io.pmobuyin.report.mail.DigestLinks;
import io.pmobuyin.report.mail.DigestMessage;
import io.pmobuyin.report.view.GadgetData;
import io.pmobuyin.report.view.common.GadgetInput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** Ports of the regular report in memory, for tests. */
final class DigestFakes {

  private DigestFakes() {}

  /** What each message was about: the projects its input let through, its links. */
  static final class RecordingComposer implements DigestComposer {
    final List<GadgetInput> inputs = new ArrayList<>();
    final List<Set<String>> sponsored = new ArrayList<>();

    @Override
    public DigestMessage compose(GadgetInput input, DigestLinks links, Set<String> theirs) {
      sponsored.add(theirs);
      return compose(input, links);
    }

    @Override
    public DigestMessage compose(GadgetInput input, DigestLinks links) {
      inputs.add(input);
      String projects =
          String.join(",", input.selection().projects().stream().map(p -> p.key()).toList());
      return new DigestMessage("Report " + projects, "<p>" + projects + "</p>", projects);
    }
  }

  record Queued(String address, DigestMessage message, String unsubscribe) {}

  static final class FakeOutbox implements Outbox {
    MailState state = MailState.ON;
    final List<Queued> queued = new ArrayList<>();

    @Override
    public MailState state() {
      return state;
    }

    @Override
    public void queue(String address, DigestMessage message, String unsubscribe) {
      queued.add(new Queued(address, message, unsubscribe));
    }

    List<String> addresses() {
      return queued.stream().map(Queued::address).toList();
    }
  }

  static final class FakeAudiences implements DigestAudiences {
    final Map<Audience, List<Recipient>> members = new HashMap<>();
    final Map<String, Recipient> people = new HashMap<>();

    FakeAudiences with(Audience audience, Recipient... recipients) {
      members.put(audience, List.of(recipients));
      for (Recipient r : recipients) {
        people.put(r.userKey(), r);
      }
      return this;
    }

    @Override
    public List<Recipient> members(Audience audience, GadgetData data) {
      return members.getOrDefault(audience, List.of());
    }

    @Override
    public Optional<Recipient> person(String userKey, GadgetData data) {
      return Optional.ofNullable(people.get(userKey));
    }
  }

  static final class MemorySubscriptions implements SubscriptionStore {
    List<Subscription> subscriptions = new ArrayList<>();
    final Map<String, SendRecord> log = new LinkedHashMap<>();
    int writes;

    /** How many of the next records fail, as a store whose lock another node holds. */
    int busyRecords;

    @Override
    public List<Subscription> subscriptions() {
      return List.copyOf(subscriptions);
    }

    @Override
    public void saveSubscriptions(List<Subscription> all) {
      subscriptions = new ArrayList<>(all);
    }

    @Override
    public Map<String, SendRecord> sendLog() {
      return Map.copyOf(log);
    }

    @Override
    public void record(String subscriptionId, SendRecord record) {
      if (busyRecords > 0) {
        busyRecords--;
        throw new IllegalStateException("another node holds the store");
      }
      writes++;
      log.put(subscriptionId, record);
    }
  }

  static DigestLinksFactory links() {
    return new DigestLinksFactory() {
      @Override
      public DigestLinks links(String user, String subscription) {
        return new DigestLinks(
            "https://jira.example/secure/Dashboard.jspa",
            "https://jira.example/unsubscribe?s=" + subscription + "&u=" + user);
      }

      @Override
      public DrillLinks drill(Predicate<String> mayBrowse) {
        return new BrowsingDrill(mayBrowse);
      }
    };
  }

  /** Drill links that only remember whose browse permission they were made for. */
  record BrowsingDrill(Predicate<String> mayBrowse) implements DrillLinks {
    @Override
    public List<DrillLink> pattern(
        PatternId pattern, List<ProjectSection> projects, GadgetQuery query) {
      return List.of();
    }

    @Override
    public List<DrillLink> quarter(
        String quarter, List<ProjectSection> projects, GadgetQuery query) {
      return List.of();
    }
  }

  /** Someone who may browse the projects of these keys. */
  static Recipient person(String key, String email, String... browsable) {
    Set<String> keys = Set.of(browsable);
    return new Recipient(key, email, true, Locale.ENGLISH, keys::contains, Set.of());
  }

  static Recipient inactive(String key, String email, String... browsable) {
    Set<String> keys = Set.of(browsable);
    return new Recipient(key, email, false, Locale.ENGLISH, keys::contains, Set.of());
  }

  static Subscription weeklyTo(Audience audience, Instant created) {
    return new Subscription(
        "weekly-1", audience, Cadence.weekly(java.time.DayOfWeek.MONDAY, 8), created);
  }
}
