package io.pmobuyin.preview.text;

import io.pmobuyin.mining.pattern.ValueArea;
import io.pmobuyin.mining.portfolio.DeliveryKpis;
import io.pmobuyin.preview.i18n.Messages;
import io.pmobuyin.report.EngagementSection;
import io.pmobuyin.report.KpiPoint;
import io.pmobuyin.report.PatternSection;
import io.pmobuyin.report.PortfolioReport;
import io.pmobuyin.report.SponsorshipSection;
import io.pmobuyin.report.TrendPoint;
import io.pmobuyin.value.EffortFigures;
import io.pmobuyin.value.PatternCost;
import io.pmobuyin.value.ValueRates;
import java.io.PrintWriter;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** The report as a person reads it at a terminal: top patterns, their cost, KPIs and the trend. */
public final class TextSummary {

  private static final int TOP_PATTERNS = 13;

  private final Messages messages;
  private final NumberFormat whole;
  private final NumberFormat percent;
  private final NumberFormat decimal;

  public TextSummary(Messages messages, Locale locale) {
    this.messages = messages;
    this.whole = NumberFormat.getIntegerInstance(locale);
    this.percent = NumberFormat.getPercentInstance(locale);
    this.percent.setMaximumFractionDigits(1);
    this.percent.setMinimumFractionDigits(1);
    this.decimal = NumberFormat.getNumberInstance(locale);
    this.decimal.setMaximumFractionDigits(1);
    this.decimal.setMinimumFractionDigits(1);
  }

  public void write(PortfolioReport report, PrintWriter out) {
    out.println(
        messages.text(
            "pmobuyin.cli.text.title",
            whole.format(report.portfolio().projects()),
            whole.format(report.portfolio().issues())));
    out.println();
    headline(report, out);
    patterns(report, out);
    out.println();
    kpis(report, out);
    out.println();
    trend(report, out);
    out.println();
    costByArea(report, out);
    sponsorshipAndScope(report, out);
    out.println(
        messages.text(
            "pmobuyin.cli.text.import",
            whole.format(report.imports().files()),
            whole.format(report.imports().issuesRead()),
            whole.format(report.imports().issuesSkipped()),
            whole.format(report.imports().changelogsCutShort()),
            whole.format(report.imports().problemsTotal())));
    uncategorisedStatuses(report, out);
    out.flush();
  }

  /**
   * Statuses nothing categorised make stalls and cycle times unsure: say which, and where to set.
   */
  private void uncategorisedStatuses(PortfolioReport report, PrintWriter out) {
    report
        .imports()
        .uncategorisedStatuses()
        .forEach(
            (name, issues) ->
                out.println(
                    messages.text(
                        "pmobuyin.cli.text.uncategorised-status", name, whole.format(issues))));
  }

  /** Sponsor coverage, and delivery where the PMO engages (by PMO Scope) against elsewhere. */
  private void sponsorshipAndScope(PortfolioReport report, PrintWriter out) {
    SponsorshipSection sponsorship = report.sponsorship();
    out.println(
        messages.text(
            "pmobuyin.cli.text.sponsorship",
            whole.format(sponsorship.withSponsor()),
            whole.format(sponsorship.projects()),
            percent.format(sponsorship.coverage()),
            whole.format(sponsorship.sponsors().size())));
    EngagementSection.Side engaged = report.engagement().engaged();
    EngagementSection.Side rest = report.engagement().notEngaged();
    if (engaged.issues() == 0) {
      out.println(messages.text("pmobuyin.cli.text.scope.none"));
      return;
    }
    out.println(
        messages.text(
            "pmobuyin.cli.text.scope",
            whole.format(engaged.issues()),
            format(engaged.kpis().onTimeRate(), true),
            format(rest.kpis().onTimeRate(), true),
            format(engaged.kpis().reworkRate(), true),
            format(rest.kpis().reworkRate(), true)));
  }

  private void patterns(PortfolioReport report, PrintWriter out) {
    String currency = report.settings().rates().currency();
    out.printf(
        "%-26s %9s %7s %9s %11s %14s %11s  %s%n",
        messages.text("pmobuyin.cli.text.patterns"),
        messages.text("pmobuyin.cli.text.issues"),
        messages.text("pmobuyin.cli.text.share"),
        messages.text("pmobuyin.cli.text.projects"),
        messages.text("pmobuyin.cli.text.hours"),
        messages.text("pmobuyin.cli.text.cost", currency),
        messages.text("pmobuyin.cli.text.up-to-hours"),
        report.trend().beforePmo() == null ? "" : messages.text("pmobuyin.cli.text.before-after"));
    List<PatternSection> top = report.patterns().stream().limit(TOP_PATTERNS).toList();
    for (PatternSection pattern : top) {
      out.printf(
          "  %-24s %9s %7s %9s %11s %14s %11s  %s%n",
          messages.text(pattern.id().nameKey()),
          whole.format(pattern.issues()),
          percent.format(pattern.share()),
          whole.format(pattern.projects()),
          basisMark(pattern.cost()),
          whole.format(pattern.cost().money()),
          whole.format(pattern.cost().upToHours()),
          beforeAfter(pattern.beforePmo(), pattern.afterPmo()));
    }
  }

  /** The pattern's hours, or a word where its cost is delay or cannot be separated. */
  private String basisMark(PatternCost cost) {
    return switch (cost.basis()) {
      case ATTRIBUTED ->
          cost.hours() == 0 && cost.unseparatedIssues() > 0
              ? messages.text("pmobuyin.cli.text.basis.upper-bound")
              : whole.format(cost.hours());
      case DELAY -> messages.text("pmobuyin.cli.text.basis.delay");
      case UPPER_BOUND -> messages.text("pmobuyin.cli.text.basis.upper-bound");
    };
  }

  /**
   * What failure took, read against all the effort, each issue once, with the assumptions the money
   * rests on: the figure a CFO asks about first.
   */
  private void headline(PortfolioReport report, PrintWriter out) {
    EffortFigures effort = report.portfolio().effort();
    if (effort == null) {
      return;
    }
    ValueRates rates = report.settings().rates();
    out.println(
        messages.text(
            "pmobuyin.cli.text.headline",
            whole.format(effort.failureHours()),
            percent.format(effort.failureShare()),
            whole.format(effort.hours()),
            percent.format(effort.hours() == 0 ? 0 : effort.recordedHours() / effort.hours()),
            rates.currency(),
            whole.format(effort.failureCost()),
            whole.format(effort.atStakeHours())));
    out.println(
        messages.text(
            "pmobuyin.cli.text.assumptions",
            rates.currency(),
            whole.format(rates.hourlyRate()),
            whole.format(rates.fallbackHoursPerIssue()),
            whole.format(effort.issuesWithoutEffort()),
            rates.costOfDelayPerDay() > 0
                ? messages.text(
                    "pmobuyin.cli.text.assumptions.delay",
                    rates.currency(),
                    whole.format(rates.costOfDelayPerDay()),
                    whole.format(effort.lateDeliverables()),
                    whole.format(effort.delayDays()))
                : messages.text("pmobuyin.cli.text.assumptions.no-delay")));
    out.println();
  }

  private String beforeAfter(TrendPoint before, TrendPoint after) {
    if (before == null || after == null) {
      return "";
    }
    return percent.format(before.share()) + " → " + percent.format(after.share());
  }

  private void kpis(PortfolioReport report, PrintWriter out) {
    KpiPoint before = report.trend().beforePmo();
    KpiPoint after = report.trend().afterPmo();
    out.printf(
        "%-26s %12s %12s %12s%n",
        messages.text("pmobuyin.cli.text.kpis"),
        messages.text("pmobuyin.cli.text.all"),
        before == null ? "" : messages.text("pmobuyin.cli.text.before"),
        after == null ? "" : messages.text("pmobuyin.cli.text.after"));
    DeliveryKpis all = report.portfolio().kpis();
    kpi(out, "on-time-rate", all, before, after, DeliveryKpis::onTimeRate, true);
    kpi(out, "median-slip-days", all, before, after, DeliveryKpis::medianSlipDays, false);
    kpi(out, "scope-growth", all, before, after, DeliveryKpis::scopeGrowth, true);
    kpi(out, "rework-rate", all, before, after, DeliveryKpis::reworkRate, true);
    kpi(out, "estimate-accuracy", all, before, after, DeliveryKpis::estimateAccuracy, true);
    kpi(out, "abandonment-rate", all, before, after, DeliveryKpis::abandonmentRate, true);
    kpi(out, "cycle-p50", all, before, after, DeliveryKpis::cycleTimeP50Days, false);
    kpi(out, "cycle-p85", all, before, after, DeliveryKpis::cycleTimeP85Days, false);
    kpi(out, "throughput", all, before, after, DeliveryKpis::throughputPerWeek, false);
    kpi(out, "predictability", all, before, after, DeliveryKpis::predictabilityIndex, false);
  }

  private void kpi(
      PrintWriter out,
      String name,
      DeliveryKpis all,
      KpiPoint before,
      KpiPoint after,
      ToDoubleFunction<DeliveryKpis> value,
      boolean asPercent) {
    out.printf(
        "  %-24s %12s %12s %12s%n",
        messages.text("pmobuyin.cli.text.kpi." + name),
        format(value.applyAsDouble(all), asPercent),
        before == null ? "" : format(value.applyAsDouble(before.kpis()), asPercent),
        after == null ? "" : format(value.applyAsDouble(after.kpis()), asPercent));
  }

  private String format(double value, boolean asPercent) {
    if (Double.isNaN(value)) {
      return "–";
    }
    return asPercent ? percent.format(value) : decimal.format(value);
  }

  private void trend(PortfolioReport report, PrintWriter out) {
    out.printf(
        "%-26s %9s %12s %12s %12s%n",
        messages.text("pmobuyin.cli.text.trend"),
        messages.text("pmobuyin.cli.text.projects"),
        messages.text("pmobuyin.cli.text.kpi.on-time-rate"),
        messages.text("pmobuyin.cli.text.kpi.rework-rate"),
        messages.text("pmobuyin.cli.text.predictability-short"));
    for (KpiPoint quarter : report.trend().quarters()) {
      out.printf(
          "  %-24s %9s %12s %12s %12s%n",
          quarter.period(),
          whole.format(quarter.projects()),
          format(quarter.kpis().onTimeRate(), true),
          format(quarter.kpis().reworkRate(), true),
          format(quarter.kpis().predictabilityIndex(), false));
    }
  }

  private void costByArea(PortfolioReport report, PrintWriter out) {
    StringBuilder areas = new StringBuilder();
    for (ValueArea area : ValueArea.values()) {
      if (areas.length() > 0) {
        areas.append(", ");
      }
      areas
          .append(messages.text(area.nameKey()))
          .append(' ')
          .append(whole.format(report.portfolio().costByArea().getOrDefault(area, 0.0)));
    }
    out.println(
        messages.text(
            "pmobuyin.cli.text.cost-by-area",
            report.settings().rates().currency(),
            areas.toString()));
  }
}
