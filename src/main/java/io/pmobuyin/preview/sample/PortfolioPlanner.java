package io.pmobuyin.preview.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans the projects of a portfolio: which made-up project, when it ran and closed, how big it is,
 * its workflow, calendar, team, sponsor and failure profile. Cheap, so the streaming writers plan a
 * fresh round of projects whenever they run out of issues.
 */
final class PortfolioPlanner {

  static final LocalDate FIRST_START = LocalDate.of(2021, 1, 4);
  static final LocalDate FIRST_CLOSE = LocalDate.of(2021, 6, 18);
  static final LocalDate LAST_CLOSE = LocalDate.of(2025, 12, 19);

  private static final int OPENS_AT = 9;
  private static final int CLOSES_AT = 17;

  private final long seed;
  private final int projects;
  private final int issuesPerProjectMean;
  private final LocalDate pmoStart;

  PortfolioPlanner(long seed, int projects, int issuesPerProjectMean, LocalDate pmoStart) {
    this.seed = seed;
    this.projects = projects;
    this.issuesPerProjectMean = issuesPerProjectMean;
    this.pmoStart = pmoStart;
  }

  /**
   * The projects of round {@code round} (0 is the portfolio itself; later rounds are further
   * projects with their own seed and keys), numbering issue ids from {@code firstIssueId}.
   */
  List<ProjectPlan> plan(int round, long firstIssueId) {
    Dice dice = Dice.seeded(seed, round);
    int[] catalogueOrder = catalogueOrder();
    long[] closeDays = closeDays(dice);
    int[] sizes = sizes(dice);
    List<ProjectPlan> plans = new ArrayList<>(projects);
    long nextIssueId = firstIssueId;
    for (int i = 0; i < projects; i++) {
      int ordinal = round * projects + i;
      ProjectCatalogue.Entry entry =
          ProjectCatalogue.ENTRIES.get(catalogueOrder[i % catalogueOrder.length]);
      // Keys repeat once the catalogue runs out; a numeric suffix keeps them unique.
      int repeat = round * ((projects + catalogueOrder.length - 1) / catalogueOrder.length);
      repeat += i / catalogueOrder.length;
      String key = repeat == 0 ? entry.key() : entry.key() + (repeat + 1);
      String name = repeat == 0 ? entry.name() : entry.name() + " " + (repeat + 1);
      ProjectPlan plan =
          project(
              ordinal,
              key,
              name,
              entry.theme(),
              LocalDate.ofEpochDay(closeDays[i]),
              sizes[i],
              nextIssueId,
              Dice.seeded(seed, 1_000_000L + ordinal));
      plans.add(plan);
      nextIssueId += plan.issueCount();
    }
    return plans;
  }

  private ProjectPlan project(
      int ordinal,
      String key,
      String name,
      ProjectTheme theme,
      LocalDate close,
      int size,
      long firstIssueId,
      Dice dice) {
    long months = dice.between(4, 14);
    LocalDate start = close.minusDays(Math.round(months * 30.4));
    start = start.isBefore(FIRST_START) ? FIRST_START : start;
    start = start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    WorkflowSpec workflow = workflow(theme, dice);
    boolean sprints = workflow != WorkflowSpec.SIMPLE && dice.chance(0.8);
    ProjectCalendar calendar =
        ProjectCalendar.plan(
            key, ordinal, start, close, sprints, workflow != WorkflowSpec.SIMPLE, dice);
    boolean pmoActive = !close.isBefore(pmoStart);
    double maturity = pmoActive ? maturity(close) : 0;
    int sponsor =
        dice.chance(pmoActive ? 0.9 : 0.5) ? dice.between(1, People.SPONSORS) : People.NOBODY;
    FailureProfile profile = FailureProfile.at(maturity, dice.between(0.75, 1.3));
    if (pmoActive) {
      profile = unflattering(ordinal, profile, dice);
    }
    String category = category(close, dice);
    return new ProjectPlan(
        ordinal,
        10_000L + ordinal,
        key,
        name,
        categoryId(category),
        category,
        theme,
        workflow,
        JiraTime.at(start, OPENS_AT),
        JiraTime.at(close, CLOSES_AT),
        size,
        firstIssueId,
        calendar,
        team(dice),
        sponsor,
        JiraTime.at(pmoStart, 0),
        pmoActive,
        profile,
        Dice.mix(seed, 2_000_000L + ordinal));
  }

  /**
   * Not every project improves once the PMO starts, and a sample that shows only wins would hide
   * what real data does to the figures: some projects since the PMO start kept their old habits
   * (the PMO never engaged), one went through a reorganisation (hand-offs and escalations worse
   * than ever), and one ran away in scope (an outlier the charts must not let rescale them).
   */
  private FailureProfile unflattering(int ordinal, FailureProfile governed, Dice dice) {
    if (ordinal % 6 == 5) {
      return FailureProfile.at(0, dice.between(0.9, 1.3));
    }
    if (ordinal % 11 == 3) {
      return governed.reorganised();
    }
    if (ordinal % 23 == 9) {
      return governed.runawayScope();
    }
    return governed;
  }

  /** Gains show within months of the PMO starting and keep growing for about a year. */
  private double maturity(LocalDate close) {
    double months = ChronoUnit.DAYS.between(pmoStart, close) / 30.4;
    return Math.min(1.0, 0.65 + 0.35 * months / 12.0);
  }

  private static WorkflowSpec workflow(ProjectTheme theme, Dice dice) {
    double simple = theme == ProjectTheme.PEOPLE ? 0.7 : 0.2;
    return switch (dice.weighted(simple, 0.45, 0.35)) {
      case 0 -> WorkflowSpec.SIMPLE;
      case 1 -> WorkflowSpec.SOFTWARE;
      default -> WorkflowSpec.DELIVERY;
    };
  }

  private static String category(LocalDate close, Dice dice) {
    if (!close.isBefore(LAST_CLOSE.withDayOfYear(1))) {
      return "Closed";
    }
    return dice.chance(0.25) ? "Delivered" : "Archive " + close.getYear();
  }

  /** Stable ids: Closed 10000, Delivered 10001, Archive YYYY 100YY. */
  private static String categoryId(String category) {
    if (category.startsWith("Archive ")) {
      return Integer.toString(10_000 + Integer.parseInt(category.substring(8)) - 2000);
    }
    return category.equals("Closed") ? "10000" : "10001";
  }

  private static List<Integer> team(Dice dice) {
    int[] pool = new int[People.POOL];
    for (int i = 0; i < pool.length; i++) {
      pool[i] = i + 1;
    }
    dice.shuffle(pool);
    int size = dice.between(6, 14);
    List<Integer> team = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      team.add(pool[i]);
    }
    return team;
  }

  /** The same catalogue order in every round, so later rounds reuse names with a suffix. */
  private int[] catalogueOrder() {
    int[] order = new int[ProjectCatalogue.ENTRIES.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Dice.seeded(seed, -1).shuffle(order);
    return order;
  }

  /** Close dates spread evenly over the portfolio's years, then dealt out at random. */
  private long[] closeDays(Dice dice) {
    long first = FIRST_CLOSE.toEpochDay();
    long span = LAST_CLOSE.toEpochDay() - first;
    long[] days = new long[projects];
    for (int i = 0; i < projects; i++) {
      LocalDate day =
          LocalDate.ofEpochDay(first + Math.round((i + dice.between(0.1, 0.9)) / projects * span));
      days[i] = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY)).toEpochDay();
    }
    int[] order = new int[projects];
    for (int i = 0; i < projects; i++) {
      order[i] = i;
    }
    dice.shuffle(order);
    long[] dealt = new long[projects];
    for (int i = 0; i < projects; i++) {
      dealt[i] = days[order[i]];
    }
    return dealt;
  }

  /** Sizes between about half and one and a half times the mean, adding up to the mean's total. */
  private int[] sizes(Dice dice) {
    double[] weights = new double[projects];
    double sum = 0;
    for (int i = 0; i < projects; i++) {
      weights[i] = dice.between(0.45, 1.55);
      sum += weights[i];
    }
    long total = (long) issuesPerProjectMean * projects;
    int[] sizes = new int[projects];
    for (int i = 0; i < projects; i++) {
      sizes[i] = (int) Math.max(1, Math.round(total * weights[i] / sum));
    }
    return sizes;
  }
}
