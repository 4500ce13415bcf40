package io.pmobuyin.report.json;

import io.pmobuyin.mining.pattern.CostBasis;
import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.mining.pattern.ValueArea;
import io.pmobuyin.mining.portfolio.DeliveryKpis;
import io.pmobuyin.mining.source.ImportProblem;
import io.pmobuyin.mining.source.ImportSummary;
import io.pmobuyin.report.EngagementSection;
import io.pmobuyin.report.ImprovementAction;
import io.pmobuyin.report.KpiPoint;
import io.pmobuyin.report.KpiTrend;
import io.pmobuyin.report.PatternSection;
import io.pmobuyin.report.PlanSection;
import io.pmobuyin.report.PortfolioReport;
import io.pmobuyin.report.PortfolioSection;
import io.pmobuyin.report.ProjectSection;
import io.pmobuyin.report.ReportDates;
import io.pmobuyin.report.ReportSettings;
import io.pmobuyin.report.SponsorshipSection;
import io.pmobuyin.report.TrendPoint;
import io.pmobuyin.value.EffortFigures;
import io.pmobuyin.value.PatternCost;
import io.pmobuyin.value.ValueRates;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Reports made straight from a seed, record by record, with no mining: every field takes values the
 * miner seldom or never makes (NaN, infinities, negative zero, huge and tiny numbers, texts that
 * need escaping, empty and long lists), but every report stays valid under the schema.
 */
final class RandomReports {

  private static final String CHARACTERS =
      "aZ09 _-.:/\"\\<>&'\n\r\t\u0000\u001f\u007f\u00e9\u00df\u2028\u2029\u4e2d\ufeff";
  private static final String[] EMOJI = {"\ud83d\ude00", "\ud834\udd1e"};

  private final Random random;

  /**
   * Issue keys come from a stream of their own, and not at all in seed 0's report: that one is the
   * byte-for-byte layout reference, written before patterns kept their keys.
   */
  private final Random keys;

  /** Actions made so far: their keys end in it, so that a plan never holds one twice. */
  private int actions;

  private RandomReports(long seed) {
    this.random = new Random(seed);
    this.keys = seed == 0 ? null : new Random(~seed);
  }

  static PortfolioReport of(long seed) {
    return new RandomReports(seed).report();
  }

  private PortfolioReport report() {
    boolean pmoStart = random.nextBoolean();
    return new PortfolioReport(
        PortfolioReport.SCHEMA_VERSION,
        text(),
        new ReportSettings(
            pmoStart ? date() : null,
            random.nextBoolean() ? "UTC" : text(),
            new ValueRates(amount(), amount(), text(), amount())),
        new ImportSummary(
            random.nextInt(),
            count(),
            count(),
            count(),
            list(3, this::problem),
            count(),
            java.util.Map.of(),
            count()),
        new PortfolioSection(count(), count(), kpis(), number(), number(), byArea(), effort()),
        list(PatternId.values().length, this::pattern),
        list(5, this::project),
        new KpiTrend(
            list(4, () -> new KpiPoint(text(), count(), kpis())),
            pmoStart ? new KpiPoint("before-pmo", count(), kpis()) : null,
            pmoStart ? new KpiPoint("after-pmo", count(), kpis()) : null),
        new SponsorshipSection(count(), count(), number(), list(3, this::sponsor)),
        new EngagementSection(side(), side()),
        random.nextBoolean()
            ? null
            : new ReportDates(
                Instant.ofEpochSecond(random.nextInt(2_000_000_000)),
                random.nextBoolean() ? date() : null),
        new PlanSection(list(3, this::action)));
  }

  private ImprovementAction action() {
    List<PatternId> patterns = new ArrayList<>(new LinkedHashSet<>(list(3, this::patternId)));
    if (patterns.isEmpty()) {
      patterns.add(patternId());
    }
    return new ImprovementAction(
        text() + "-" + actions++,
        text(),
        text(),
        random.nextBoolean(),
        patterns,
        random.nextBoolean() ? date() : null,
        new HashSet<>(list(3, this::text)),
        new HashSet<>(list(3, this::text)));
  }

  private ImportProblem problem() {
    return new ImportProblem(text(), text(), text());
  }

  private PatternSection pattern() {
    boolean split = random.nextBoolean();
    return new PatternSection(
        patternId(),
        count(),
        count(),
        number(),
        list(3, () -> ValueArea.values()[random.nextInt(ValueArea.values().length)]),
        new PatternCost(
            CostBasis.values()[random.nextInt(CostBasis.values().length)],
            number(),
            number(),
            byArea(),
            number(),
            number(),
            count(),
            count()),
        list(6, this::trendPoint),
        split ? trendPoint() : null,
        split ? trendPoint() : null);
  }

  private TrendPoint trendPoint() {
    return new TrendPoint(text(), count(), count(), count(), number());
  }

  private ProjectSection project() {
    Map<String, Long> scopeTags = new HashMap<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      scopeTags.put(text(), count());
    }
    return new ProjectSection(
        text(),
        text(),
        random.nextBoolean() ? text() : null,
        date(),
        count(),
        count(),
        kpis(),
        list(4, this::projectPattern),
        random.nextBoolean() ? text() : null,
        scopeTags,
        random.nextBoolean() ? effort() : null);
  }

  private EffortFigures effort() {
    return new EffortFigures(
        number(), number(), number(), number(), number(), number(), count(), count(), number());
  }

  private ProjectSection.ProjectPattern projectPattern() {
    return new ProjectSection.ProjectPattern(
        patternId(),
        count(),
        number(),
        number(),
        number(),
        number(),
        list(4, this::text),
        keys == null || keys.nextInt(3) == 0 ? null : issueKeys());
  }

  /** Some keys in one to three project parts, runs and single ones. */
  private io.pmobuyin.mining.portfolio.IssueKeys issueKeys() {
    List<String> given = new java.util.ArrayList<>();
    for (int i = keys.nextInt(12); i > 0; i--) {
      String project = List.of("A", "HDFS", "X_9").get(keys.nextInt(3));
      given.add(project + "-" + (1 + keys.nextInt(keys.nextBoolean() ? 20 : 1_000_000)));
    }
    return io.pmobuyin.mining.portfolio.IssueKeys.of(given);
  }

  private SponsorshipSection.SponsorProjects sponsor() {
    return new SponsorshipSection.SponsorProjects(text(), list(3, this::text));
  }

  private EngagementSection.Side side() {
    return new EngagementSection.Side(
        count(),
        kpis(),
        list(4, () -> new EngagementSection.SidePattern(patternId(), count(), number())));
  }

  private DeliveryKpis kpis() {
    return new DeliveryKpis(
        count(), count(), number(), number(), number(), number(), number(), number(), number(),
        number(), number(), number());
  }

  /** Every area, as the cost model gives them (the writer would write a missing one as 0). */
  private Map<ValueArea, Double> byArea() {
    Map<ValueArea, Double> amounts = new EnumMap<>(ValueArea.class);
    for (ValueArea area : ValueArea.values()) {
      amounts.put(area, number());
    }
    return amounts;
  }

  private PatternId patternId() {
    return PatternId.values()[random.nextInt(PatternId.values().length)];
  }

  private <T> List<T> list(int most, Supplier<T> element) {
    List<T> list = new ArrayList<>();
    for (int i = random.nextInt(most + 1); i > 0; i--) {
      list.add(element.get());
    }
    return list;
  }

  private LocalDate date() {
    return LocalDate.ofEpochDay(random.nextInt(80_000) - 10_000);
  }

  private long count() {
    return switch (random.nextInt(6)) {
      case 0 -> 0;
      case 1 -> random.nextLong();
      case 2 -> random.nextBoolean() ? Long.MAX_VALUE : Long.MIN_VALUE;
      default -> random.nextInt(10_000);
    };
  }

  /** Rates must not be negative; NaN and infinity pass the rates' own check. */
  private double amount() {
    double value = number();
    return value < 0 ? -value : value;
  }

  private double number() {
    return switch (random.nextInt(14)) {
      case 0 -> Double.NaN;
      case 1 -> random.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
      case 2 -> random.nextBoolean() ? -0.0 : 0.0;
      case 3 -> random.nextDouble();
      case 4 -> random.nextDouble() * 1e7;
      case 5 -> Math.round(random.nextDouble() * 1e8) / 1e4;
      case 6 -> -random.nextDouble() * 100;
      case 7 -> random.nextDouble() * 1e-4;
      case 8 -> random.nextGaussian() * 1e12;
      case 9 -> random.nextGaussian() * 1e17;
      case 10 -> random.nextBoolean() ? Double.MAX_VALUE : Double.MIN_VALUE;
      case 11 -> (double) random.nextLong();
      case 12 -> random.nextInt(1000);
      default -> 0.00005 * (1 + random.nextInt(5));
    };
  }

  private String text() {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(12); i > 0; i--) {
      if (random.nextInt(10) == 0) {
        text.append(EMOJI[random.nextInt(EMOJI.length)]);
      } else {
        text.append(CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
      }
    }
    return text.toString();
  }
}
