package io.pmobuyin.jira.source;

import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.mining.record.ProjectRecord;
import io.pmobuyin.mining.source.IssueSink;
import io.pmobuyin.run.ClosedProject;
import io.pmobuyin.testing.JiraIssues;
import io.pmobuyin.testing.RecordingRunControl;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The issue source's reads as a database makes them cost, not a test: stand-ins of Jira's managers
 * that wait a fixed time per query (listing a project, loading a batch of issues, reading change
 * histories), through {@link JiraIssueSource}, with the batch read of change histories (one query a
 * batch of 1,000 issues) against the read issue by issue (one query an issue, what Jira does where
 * the batch read does not link). Prints each way's wall time (median and min of interleaved
 * rounds), its queries and issues per second, and the ratio. Single-threaded, after a warm-up.
 *
 * <p>Run: {@code mvn -B -q test-compile exec:exec@read-latency-bench}, or {@code java -cp …
 * io.pmobuyin.jira.source.JiraReadLatencyBench [issues [latency-µs]]} (defaults 20,000 and 300 µs:
 * a query to a database on the same network).
 */
public final class JiraReadLatencyBench {

  private static final int ROUNDS = 5;
  private static final int PROJECTS = 4;

  private JiraReadLatencyBench() {}

  public static void main(String[] args) {
    int issues = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    long micros = args.length > 1 ? Long.parseLong(args[1]) : 300;
    Duration latency = Duration.ofNanos(micros * 1_000);

    // Warm-up without latency: the JIT settles on the source's own code first.
    for (int pass = 0; pass < 3; pass++) {
      read(portfolio(Math.min(issues, 5_000), Duration.ZERO, true));
      read(portfolio(Math.min(issues, 5_000), Duration.ZERO, false));
    }
    List<Run> batched = new ArrayList<>();
    List<Run> oneByOne = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      batched.add(read(portfolio(issues, latency, true)));
      oneByOne.add(read(portfolio(issues, latency, false)));
    }
    System.out.printf(
        "issues %,d in %d archived projects; each query waits %d µs; %d interleaved rounds%n",
        issues, PROJECTS, micros, ROUNDS);
    print("histories a batch at a time", issues, batched);
    print("histories issue by issue   ", issues, oneByOne);
    System.out.printf(
        "issue by issue takes %.1f× the time of batches (medians)%n",
        median(oneByOne) / median(batched));
  }

  private static JiraIssues portfolio(int issues, Duration latency, boolean batchReadLinks) {
    JiraIssues jira = JiraIssueSourceBench.portfolio(issues, PROJECTS).queryLatency(latency);
    return batchReadLinks
        ? jira
        : jira.batchHistoryReadFailing(new NoSuchMethodError("getChangeHistoriesForUser"));
  }

  private static Run read(JiraIssues jira) {
    JiraIssueSource source = SourceFixture.over(jira);
    RecordingRunControl control = new RecordingRunControl();
    Count count = new Count();
    long start = System.nanoTime();
    for (int p = 1; jira.hasProject("P" + p); p++) {
      ClosedProject project = jira.closed("P" + p);
      source.deliver(project, count, control);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long queries =
        jira.batchSizes().size() + jira.historyCalls() + jira.batchHistoryCalls() + PROJECTS;
    return new Run(seconds, queries, count.issues);
  }

  private static void print(String way, int issues, List<Run> runs) {
    double min = runs.stream().mapToDouble(Run::seconds).min().orElseThrow();
    System.out.printf(
        "%s  median %6.2f s  min %6.2f s  %,7d queries  %,9.0f issues/s%n",
        way, median(runs), min, runs.get(0).queries(), issues / median(runs));
  }

  private static double median(List<Run> runs) {
    double[] seconds = runs.stream().mapToDouble(Run::seconds).sorted().toArray();
    return seconds[seconds.length / 2];
  }

  private record Run(double seconds, long queries, long issues) {}

  /** Counts what arrives and keeps nothing. */
  private static final class Count implements IssueSink {
    private long issues;

    @Override
    public void project(ProjectRecord project) {}

    @Override
    public void issue(IssueRecord issue) {
      issues++;
    }
  }
}
