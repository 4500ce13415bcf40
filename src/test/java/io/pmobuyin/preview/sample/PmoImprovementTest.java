package io.pmobuyin.preview.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * In the standard portfolio, projects that closed after the PMO started show every failure sign
 * clearly less often than those that closed before: the story the preview tells.
 */
class PmoImprovementTest {

  /** After the PMO, each sign's rate is at most this share of its rate before. */
  private static final double CLEARLY_LOWER = 0.65;

  private static final Map<Boolean, Tally> BY_SIDE = new HashMap<>();
  private static final Map<Boolean, Integer> PROJECTS = new HashMap<>();

  @BeforeAll
  static void tallyBothSides() {
    Instant pmoStart =
        SamplePortfolio.standard().pmoStart().atStartOfDay().toInstant(ZoneOffset.UTC);
    Map<String, FailureSigns.ProjectSpan> spans = new HashMap<>();
    StandardPortfolioPages.forEachIssue(
        issue ->
            spans.merge(
                issue.projectKey(),
                new FailureSigns.ProjectSpan(issue.created(), issue.updated()),
                (a, b) ->
                    new FailureSigns.ProjectSpan(
                        a.start().isBefore(b.start()) ? a.start() : b.start(),
                        a.close().isAfter(b.close()) ? a.close() : b.close())));
    spans
        .values()
        .forEach(span -> PROJECTS.merge(!span.close().isBefore(pmoStart), 1, Integer::sum));
    StandardPortfolioPages.forEachIssue(
        issue -> {
          FailureSigns.ProjectSpan span = spans.get(issue.projectKey());
          BY_SIDE
              .computeIfAbsent(!span.close().isBefore(pmoStart), after -> new Tally())
              .add(issue, span);
        });
  }

  @Test
  void bothSidesOfThePmoStartHaveEnoughClosedProjects() {
    assertThat(PROJECTS.get(false)).as("closed before the PMO").isGreaterThanOrEqualTo(15);
    assertThat(PROJECTS.get(true)).as("closed after the PMO").isGreaterThanOrEqualTo(15);
  }

  @Test
  void everyFailureSignIsClearlyRarerInProjectsClosedAfterThePmoStarted() {
    Tally before = BY_SIDE.get(false);
    Tally after = BY_SIDE.get(true);
    SoftAssertions softly = new SoftAssertions();
    for (FailureSigns sign : FailureSigns.values()) {
      String figures =
          String.format(
              Locale.ROOT,
              "%s: before %.3f, after %.3f",
              sign,
              before.rate(sign),
              after.rate(sign));
      softly.assertThat(before.rate(sign)).as(figures).isPositive();
      softly.assertThat(after.rate(sign)).as(figures).isLessThan(CLEARLY_LOWER * before.rate(sign));
    }
    softly.assertAll();
  }

  /** Of one side's issues, how many each sign applies to and how many show it. */
  private static final class Tally {
    private final Map<FailureSigns, Integer> applicable = new EnumMap<>(FailureSigns.class);
    private final Map<FailureSigns, Integer> showing = new EnumMap<>(FailureSigns.class);

    void add(SampleIssue issue, FailureSigns.ProjectSpan span) {
      for (FailureSigns sign : FailureSigns.values()) {
        if (sign.appliesTo(issue)) {
          applicable.merge(sign, 1, Integer::sum);
          if (sign.shows(issue, span)) {
            showing.merge(sign, 1, Integer::sum);
          }
        }
      }
    }

    double rate(FailureSigns sign) {
      return (double) showing.getOrDefault(sign, 0) / applicable.get(sign);
    }
  }
}
