package io.pmobuyin.jira.source;

import static io.pmobuyin.testing.JiraIssues.assigneeChange;
import static io.pmobuyin.testing.JiraIssues.change;
import static io.pmobuyin.testing.JiraIssues.statusChange;
import static io.pmobuyin.testing.JiraIssues.userKey;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.user.ApplicationUser;
import com.sun.management.GarbageCollectionNotificationInfo;
import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.mining.pattern.Catalogue;
import io.pmobuyin.mining.portfolio.PortfolioMiner;
import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.mining.record.ProjectRecord;
import io.pmobuyin.mining.source.IssueSink;
import io.pmobuyin.run.ClosedProject;
import io.pmobuyin.testing.JiraIssueSpec;
import io.pmobuyin.testing.JiraIssues;
import io.pmobuyin.testing.RecordingRunControl;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The issue source's benchmark, not a test: 200,000 generated issues (20 archived projects of
 * 10,000, each issue with about ten history entries) from stand-ins of Jira's managers, through
 * {@link JiraIssueSource}, (1) into a sink that keeps nothing and (2) into the real {@link
 * PortfolioMiner}; (0) measures the stand-ins alone, the part a real Jira replaces with its
 * database. Prints issues per second (the median of three interleaved rounds) and heap: the peak of
 * the heap pools (garbage included), and the most the heap held after any collection (an upper
 * bound of what was live). Single-threaded, after warm-up passes.
 *
 * <p>Run: {@code mvn -B -q test-compile exec:exec@issue-source-bench} (forks {@code java
 * -Xmx512m}), or {@code java -cp … io.pmobuyin.jira.source.JiraIssueSourceBench [issues
 * [projects]]}.
 */
public final class JiraIssueSourceBench {

  private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
  private static final Instant EPOCH = Instant.parse("2022-01-03T08:00:00Z");
  private static final int WARM_UP_PASSES = 3;
  private static final int ROUNDS = 3;
  private static final List<ApplicationUser> SPONSORS = new ArrayList<>();

  /** Results every phase adds to, so that the JIT cannot drop the work as unused. */
  private static volatile long consumed;

  static {
    for (int i = 0; i < 8; i++) {
      SPONSORS.add(JiraIssues.user(userKey(900 + i), "Sponsor Person " + i));
    }
  }

  private JiraIssueSourceBench() {}

  public static void main(String[] args) {
    int issues = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    int projects = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    HeapWatch heap = new HeapWatch();

    JiraIssues warmUp = portfolio(Math.min(issues, 50_000), Math.min(projects, 5));
    for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
      standInsOnly(warmUp);
      sourceOnly(warmUp);
      sourceAndMiner(warmUp);
    }

    JiraIssues jira = portfolio(issues, projects);
    long before = heap.afterFullCollection();
    List<Measure> standIns = new ArrayList<>();
    List<Measure> source = new ArrayList<>();
    List<Measure> mined = new ArrayList<>();
    // Interleaved, so a slow spell of the machine does not fall on one phase only.
    for (int round = 0; round < ROUNDS; round++) {
      standIns.add(heap.measure(() -> standInsOnly(jira)));
      source.add(heap.measure(() -> sourceOnly(jira)));
      mined.add(heap.measure(() -> sourceAndMiner(jira)));
    }
    long held = minerHeld(jira) - before;
    long reading = liveWhileReading(jira, heap) - before;

    System.out.printf(
        "issues                       %,d in %d archived projects of %,d%n",
        issues, projects, issues / projects);
    System.out.printf(
        "JVM                          %s, max heap %,d MB, %s%n",
        Runtime.version(), Runtime.getRuntime().maxMemory() >> 20, collectors());
    System.out.printf(
        "heap before (JVM, stand-ins) %,d MB after a full collection%n", before >> 20);
    System.out.printf("rounds                       %d, median issues/s, largest heap%n", ROUNDS);
    print("(0) Jira stand-ins alone    ", issues, standIns);
    print("(1) source, no sink         ", issues, source);
    print("(2) source into the miner   ", issues, mined);
    System.out.printf(
        "    the source's own time per issue, (1) less (0): %.1f us%n",
        (median(source) - median(standIns)) * 1e6 / issues);
    System.out.printf(
        "    heap live while the source reads (full collections mid-batch): %,.1f MB over the heap"
            + " before%n",
        reading / 1048576.0);
    System.out.printf(
        "    heap the miner holds once all issues are in: %,d MB over the heap before%n",
        held >> 20);
  }

  private static void print(String phase, int issues, List<Measure> rounds) {
    System.out.printf(
        "%s %,9.0f issues/s  peak heap %,4d MB  most held after a collection %,4d MB%n",
        phase,
        issues / median(rounds),
        rounds.stream().mapToLong(Measure::peakHeap).max().orElse(0) >> 20,
        rounds.stream().mapToLong(Measure::mostAfterGc).max().orElse(0) >> 20);
  }

  private static double median(List<Measure> rounds) {
    double[] seconds = rounds.stream().mapToDouble(Measure::seconds).sorted().toArray();
    return seconds[seconds.length / 2];
  }

  /** The portfolio: each project's issues made on demand, so only what is read is in memory. */
  static JiraIssues portfolio(int issues, int projects) {
    JiraIssues jira = new JiraIssues(ZONE);
    int perProject = issues / projects;
    for (int p = 1; p <= projects; p++) {
      int project = p;
      jira.archivedProject(100 + p, "P" + p)
          .generated(perProject, (n, spec) -> shape(project, n, spec));
    }
    return jira;
  }

  /** An issue of a finished project: mostly done, some slipped, blocked, reassigned, rescoped. */
  private static void shape(int project, int n, JiraIssueSpec spec) {
    Instant created = EPOCH.plus(Duration.ofDays(project * 30L)).plus(Duration.ofMinutes(37L * n));
    Instant started = created.plus(Duration.ofHours(2 + n % 30));
    Instant resolved = started.plus(Duration.ofDays(1 + n % 20)).plus(Duration.ofHours(n % 7));
    int kind = n % 20;
    switch (n % 10) {
      case 6, 7 -> spec.type("Bug");
      case 8 -> spec.type("Task");
      case 9 -> spec.subtaskType("Sub-task");
      default -> spec.type("Story");
    }
    spec.priority(List.of("Highest", "High", "Medium", "Low").get(n % 4))
        .created(created)
        .updated(resolved.plusSeconds(3_600))
        .component("Component " + (n % 5))
        .assignee(userKey(project * 40 + n % 40))
        .reporter(userKey(project * 40 + (n + 7) % 40));
    if (kind == 19) {
      spec.status("In Progress", "indeterminate").resolution(null);
    } else {
      spec.status(kind == 18 ? "Won't Do" : "Done", "done")
          .resolution(kind == 18 ? "Won't Do" : "Done")
          .resolved(resolved);
    }
    if (n % 5 < 2) {
      spec.due(LocalDate.ofInstant(created, ZONE).plusDays(5 + n % 15));
    }
    if (n % 5 < 3) {
      long estimate = (1 + n % 16) * 3_600L;
      spec.originalEstimate(estimate).timeSpent(n % 2 == 0 ? estimate * (5 + n % 16) / 10 : null);
    }
    int release = n / 500;
    spec.fixVersion(
        "P" + project + "-1." + release,
        LocalDate.ofInstant(EPOCH, ZONE).plusDays(project * 30L + 14L * (release + 1)),
        true);
    if (n % 3 == 0) {
      spec.label("customer");
    }
    if (n % 7 == 0) {
      spec.label("regulatory");
    }
    if (n % 10 < 3) {
      spec.scope(n % 10 == 0 ? "risk-review qa-gate" : "risk-review");
    }
    if (n % 20 == 0) {
      spec.sponsor(SPONSORS.get(n % SPONSORS.size()));
    }
    history(project, n, spec, created, started, resolved);
  }

  private static void history(
      int project, int n, JiraIssueSpec spec, Instant created, Instant started, Instant resolved) {
    String first = userKey(project * 40 + n % 40);
    spec.history(
            started,
            statusChange("Open", "In Progress"),
            assigneeChange(null, null, first, "Person " + first))
        .history(
            created.plusSeconds(600),
            change("jira", "description", null, "old text", null, "new text"),
            change("jira", "summary", null, "old summary", null, "new summary"))
        .history(
            created.plusSeconds(3_600),
            change("jira", "Fix Version", null, null, "1" + n / 500, "P1-1." + n / 500));
    if (n % 10 < 3) {
      spec.history(started.plusSeconds(60), change("custom", "Sprint", null, null, "7", "S7"));
    }
    if (n % 20 < 3) {
      spec.history(started.plusSeconds(7_200), change("custom", "Flagged", null, null, "1", "Imp"))
          .history(
              started.plusSeconds(90_000), change("custom", "Flagged", "1", "Imp", null, null));
    }
    if (n % 10 == 4) {
      spec.history(
          started.plusSeconds(3_000),
          change("jira", "Link", null, null, "P" + project + "-1", "This issue is blocked by X"));
    }
    if (n % 5 == 1) {
      String next = userKey(project * 40 + (n + 1) % 40);
      spec.history(
          started.plusSeconds(40_000),
          assigneeChange(first, "Person " + first, next, "Person " + next));
    }
    spec.history(
            resolved.minusSeconds(20_000),
            statusChange("In Progress", "In Review"),
            change("jira", "timespent", null, null, "3600", "3600"))
        .history(
            resolved,
            statusChange("In Review", "Done"),
            change("jira", "resolution", null, null, "1", "Done"));
  }

  /** What a real Jira would do in its database: list, load, and hand out histories. */
  private static void standInsOnly(JiraIssues jira) {
    IssueManager issues = jira.issueManager();
    ChangeHistoryManager histories = jira.changeHistoryManager();
    long entries = 0;
    for (int p = 1; jira.hasProject("P" + p); p++) {
      ClosedProject project = jira.closed("P" + p);
      List<Long> ids;
      try {
        ids = new ArrayList<>(issues.getIssueIdsForProject(project.id()));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      for (int from = 0; from < ids.size(); from += JiraIssueSource.BATCH) {
        List<Long> batch = ids.subList(from, Math.min(ids.size(), from + JiraIssueSource.BATCH));
        for (Issue issue : issues.getIssueObjects(batch)) {
          entries += histories.getChangeHistories(issue).size();
        }
      }
    }
    consumed += entries;
  }

  private static void sourceOnly(JiraIssues jira) {
    Discard discard = new Discard();
    deliverAll(jira, discard);
    consumed += discard.changes;
  }

  private static void sourceAndMiner(JiraIssues jira) {
    PortfolioMiner miner = new PortfolioMiner(MiningConfig.defaults(), Catalogue.standard());
    deliverAll(jira, miner);
    consumed += miner.finish().issues();
  }

  /** The heap still in use, after a full collection, once every issue is in the miner. */
  private static long minerHeld(JiraIssues jira) {
    PortfolioMiner miner = new PortfolioMiner(MiningConfig.defaults(), Catalogue.standard());
    deliverAll(jira, miner);
    System.gc();
    long held = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    consumed += miner.finish().issues();
    return held;
  }

  /**
   * The most the heap holds, after a full collection, at a few points halfway through a batch: the
   * source's batch, its project's ids and what the stand-ins keep, with nothing kept downstream.
   */
  private static long liveWhileReading(JiraIssues jira, HeapWatch heap) {
    long[] most = new long[1];
    deliverAll(
        jira,
        new IssueSink() {
          private long seen;

          @Override
          public void project(ProjectRecord project) {}

          @Override
          public void issue(IssueRecord issue) {
            if (++seen % 40_000 == 500) {
              most[0] = Math.max(most[0], heap.afterFullCollection());
            }
          }
        });
    return most[0];
  }

  private static void deliverAll(JiraIssues jira, IssueSink sink) {
    JiraIssueSource source = SourceFixture.over(jira);
    RecordingRunControl control = new RecordingRunControl();
    for (int p = 1; jira.hasProject("P" + p); p++) {
      ClosedProject project = jira.closed("P" + p);
      sink.project(project.project());
      source.deliver(project, sink, control);
    }
    if (!control.problems().isEmpty()) {
      throw new IllegalStateException("problems: " + control.problems().get(0));
    }
  }

  /** Takes every record and keeps none. */
  private static final class Discard implements IssueSink {
    private long changes;

    @Override
    public void project(ProjectRecord project) {}

    @Override
    public void issue(IssueRecord issue) {
      changes += issue.changes().size();
    }
  }

  private record Measure(double seconds, long peakHeap, long mostAfterGc) {}

  /** Heap pools' peaks, and the heap left after each collection, while a phase runs. */
  private static final class HeapWatch {
    private final List<MemoryPoolMXBean> pools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    private final AtomicLong mostAfterGc = new AtomicLong();

    HeapWatch() {
      NotificationListener listener =
          (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                notification.getType())) {
              Map<String, MemoryUsage> after =
                  GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                      .getGcInfo()
                      .getMemoryUsageAfterGc();
              long used =
                  pools.stream()
                      .map(pool -> after.get(pool.getName()))
                      .filter(usage -> usage != null)
                      .mapToLong(MemoryUsage::getUsed)
                      .sum();
              mostAfterGc.accumulateAndGet(used, Math::max);
            }
          };
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
      }
    }

    long afterFullCollection() {
      System.gc();
      return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    Measure measure(Runnable phase) {
      System.gc();
      pools.forEach(MemoryPoolMXBean::resetPeakUsage);
      mostAfterGc.set(0);
      long start = System.nanoTime();
      phase.run();
      double seconds = (System.nanoTime() - start) / 1e9;
      long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      return new Measure(seconds, peak, mostAfterGc.get());
    }
  }

  private static String collectors() {
    return String.join(
        ", ",
        ManagementFactory.getGarbageCollectorMXBeans().stream()
            .map(GarbageCollectorMXBean::getName)
            .toList());
  }
}
