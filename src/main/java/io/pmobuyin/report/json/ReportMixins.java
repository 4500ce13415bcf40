package io.pmobuyin.report.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonAppend;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.pmobuyin.mining.pattern.CostBasis;
import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.mining.pattern.ValueArea;
import io.pmobuyin.mining.portfolio.IssueKeys;
import io.pmobuyin.mining.source.ImportProblem;
import io.pmobuyin.mining.source.ImportSummary;
import io.pmobuyin.report.EngagementSection;
import io.pmobuyin.report.ImprovementAction;
import io.pmobuyin.report.KpiPoint;
import io.pmobuyin.report.KpiTrend;
import io.pmobuyin.report.PatternSection;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Where the schema-v1 JSON differs from the records' own names and shapes, said once, so the
 * records stay free of JSON. Everything not named here is written and read as the record has it: a
 * new component of a report record is a new field of the JSON. Every field is required and must not
 * be null unless marked {@code nulls = Nulls.SET} here (what {@link ReportJsonFormat} sets as the
 * default); fields added after reports were first stored get their value in {@link EarlierReports}.
 */
final class ReportMixins {

  private ReportMixins() {}

  /** Mixin classes by the record they describe. */
  static Map<Class<?>, Class<?>> byTarget() {
    return Map.ofEntries(
        Map.entry(PortfolioReport.class, Report.class),
        Map.entry(ReportSettings.class, Settings.class),
        Map.entry(ValueRates.class, Rates.class),
        Map.entry(ImportSummary.class, Imports.class),
        Map.entry(ImportProblem.class, Problem.class),
        Map.entry(PortfolioSection.class, Portfolio.class),
        Map.entry(PatternSection.class, Pattern.class),
        Map.entry(PatternCost.class, Cost.class),
        Map.entry(ProjectSection.class, Project.class),
        Map.entry(ProjectSection.ProjectPattern.class, ProjectPatternMixin.class),
        Map.entry(KpiTrend.class, Trend.class),
        Map.entry(SponsorshipSection.SponsorProjects.class, Sponsor.class),
        Map.entry(ReportDates.class, Dates.class),
        Map.entry(ImprovementAction.class, Action.class),
        Map.entry(ValueArea.class, Area.class));
  }

  /** Two sections go by other names; {@code dates} is left out of reports that have none. */
  @JsonPropertyOrder({
    "schemaVersion",
    "generator",
    "settings",
    "import",
    "portfolio",
    "patterns",
    "projects",
    "trend",
    "sponsorship",
    "pmoScope",
    "dates",
    "plan"
  })
  abstract static class Report {
    @JsonProperty("import")
    abstract ImportSummary imports();

    @JsonProperty("pmoScope")
    abstract EngagementSection engagement();

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonSetter(nulls = Nulls.SET)
    abstract ReportDates dates();
  }

  /** The rates sit beside the PMO start and zone, not in an object of their own. */
  abstract static class Settings {
    @JsonSetter(nulls = Nulls.SET)
    abstract LocalDate pmoStart();

    @JsonUnwrapped
    abstract ValueRates rates();
  }

  /** A report keeps the rates it was priced at, not the admin's value areas per pattern. */
  @JsonPropertyOrder({"currency", "hourlyRate", "costOfDelayPerDay", "fallbackHoursPerIssue"})
  abstract static class Rates {
    @JsonCreator
    Rates(
        @JsonProperty("hourlyRate") double hourlyRate,
        @JsonProperty("costOfDelayPerDay") double costOfDelayPerDay,
        @JsonProperty("currency") String currency,
        @JsonProperty("fallbackHoursPerIssue") double fallbackHoursPerIssue) {}

    @JsonIgnore
    abstract Map<PatternId, List<ValueArea>> areas();
  }

  /** Problems are "errors" to the reader of the JSON; statuses a list of name and count. */
  @JsonPropertyOrder({
    "files",
    "issuesRead",
    "issuesSkipped",
    "duplicateIssues",
    "changelogsCutShort",
    "errorsTotal",
    "errors",
    "uncategorisedStatuses"
  })
  abstract static class Imports {
    @JsonProperty("errors")
    abstract List<ImportProblem> problems();

    @JsonProperty("errorsTotal")
    abstract long problemsTotal();

    @JsonSerialize(using = StatusCounts.Writer.class)
    @JsonDeserialize(using = StatusCounts.Reader.class)
    abstract Map<String, Long> uncategorisedStatuses();
  }

  /** Where in a file is empty rather than null when the problem has no place. */
  abstract static class Problem {
    @JsonSetter(nulls = Nulls.SET)
    abstract String where();
  }

  abstract static class Portfolio {
    @JsonSerialize(using = AmountsByArea.Writer.class)
    @JsonDeserialize(using = AmountsByArea.Reader.class)
    abstract Map<ValueArea, Double> costByArea();

    @JsonSetter(nulls = Nulls.SET)
    abstract EffortFigures effort();
  }

  /**
   * The pattern's name in the writer's language follows its id, for people reading the JSON; the
   * cost's figures sit in the pattern's object. (The unwrapped cost needs a name of its own for
   * reading, since its {@code money} is written as {@code cost}.)
   */
  @JsonAppend(props = @JsonAppend.Prop(value = PatternNameWriter.class, name = "name"))
  abstract static class Pattern {
    @JsonUnwrapped
    @JsonProperty("costFigures")
    abstract PatternCost cost();

    @JsonSetter(nulls = Nulls.SET)
    abstract TrendPoint beforePmo();

    @JsonSetter(nulls = Nulls.SET)
    abstract TrendPoint afterPmo();
  }

  @JsonPropertyOrder({
    "costHours",
    "cost",
    "costByArea",
    "costBasis",
    "attributedHours",
    "upToHours",
    "unseparatedIssues",
    "delayDays"
  })
  abstract static class Cost {
    @JsonProperty("costBasis")
    abstract CostBasis basis();

    @JsonProperty("costHours")
    abstract double hours();

    @JsonProperty("cost")
    abstract double money();

    @JsonProperty("costByArea")
    @JsonSerialize(using = AmountsByArea.Writer.class)
    @JsonDeserialize(using = AmountsByArea.Reader.class)
    abstract Map<ValueArea, Double> moneyByArea();
  }

  abstract static class Project {
    @JsonSetter(nulls = Nulls.SET)
    abstract String category();

    @JsonSetter(nulls = Nulls.SET)
    abstract String sponsorId();

    @JsonSetter(nulls = Nulls.SET)
    abstract EffortFigures effort();
  }

  /**
   * All its issue keys in one text; left out of a report read from before they were kept, rather
   * than written as null.
   */
  abstract static class ProjectPatternMixin {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonSetter(nulls = Nulls.SET)
    @JsonSerialize(using = IssueKeysText.Writer.class)
    @JsonDeserialize(using = IssueKeysText.Reader.class)
    abstract IssueKeys issueKeys();
  }

  abstract static class Trend {
    @JsonSetter(nulls = Nulls.SET)
    abstract KpiPoint beforePmo();

    @JsonSetter(nulls = Nulls.SET)
    abstract KpiPoint afterPmo();
  }

  abstract static class Sponsor {
    @JsonProperty("projects")
    abstract List<String> projectKeys();
  }

  abstract static class Dates {
    @JsonSetter(nulls = Nulls.SET)
    abstract LocalDate firstScopeUse();
  }

  /** An action not yet started has no start day. */
  abstract static class Action {
    @JsonSetter(nulls = Nulls.SET)
    abstract LocalDate started();
  }

  /** Value areas go by their lower-case id, as in the settings. */
  abstract static class Area {
    @JsonValue
    abstract String id();
  }
}
