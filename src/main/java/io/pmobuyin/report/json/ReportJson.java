package io.pmobuyin.report.json;

import io.pmobuyin.mining.pattern.ValueArea;
import io.pmobuyin.mining.portfolio.DeliveryKpis;
import io.pmobuyin.mining.source.ImportProblem;
import io.pmobuyin.mining.source.ImportSummary;
import io.pmobuyin.report.EngagementSection;
import io.pmobuyin.report.KpiPoint;
import io.pmobuyin.report.PatternSection;
import io.pmobuyin.report.PortfolioReport;
import io.pmobuyin.report.ProjectSection;
import io.pmobuyin.report.ReportDates;
import io.pmobuyin.report.ReportSettings;
import io.pmobuyin.report.SponsorshipSection;
import io.pmobuyin.report.TrendPoint;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a report as JSON in the documented schema ({@code
 * schema/pmo-buyin-report-v1.schema.json}). Pattern names come from the i18n bundle through {@code
 * messages}.
 */
public final class ReportJson {

  private final Function<String, String> messages;

  public ReportJson(Function<String, String> messages) {
    this.messages = messages;
  }

  public void write(PortfolioReport report, Writer out) {
    JsonWriter json = new JsonWriter(out);
    json.beginObject();
    json.name("schemaVersion").value(report.schemaVersion());
    json.name("generator").value(report.generator());
    settings(json, report.settings());
    imports(json, report.imports(), report.duplicateIssues());
    json.name("portfolio").beginObject();
    json.name("projects").value(report.portfolio().projects());
    json.name("issues").value(report.portfolio().issues());
    kpis(json.name("kpis"), report.portfolio().kpis());
    json.name("costHours").value(report.portfolio().costHours());
    json.name("cost").value(report.portfolio().cost());
    byArea(json.name("costByArea"), report.portfolio().costByArea());
    EffortReader.write(json.name("effort"), report.portfolio().effort());
    json.endObject();
    json.name("patterns").beginArray();
    report.patterns().forEach(pattern -> pattern(json, pattern));
    json.endArray();
    json.name("projects").beginArray();
    report.projects().forEach(project -> project(json, project));
    json.endArray();
    json.name("trend").beginObject();
    json.name("quarters").beginArray();
    report.quarters().forEach(point -> kpiPoint(json, point));
    json.endArray();
    kpiPoint(json.name("beforePmo"), report.beforePmo());
    kpiPoint(json.name("afterPmo"), report.afterPmo());
    json.endObject();
    sponsorship(json, report.sponsorship());
    engagement(json, report.engagement());
    dates(json, report.dates());
    json.endObject();
    json.flush();
  }

  private static void dates(JsonWriter json, ReportDates dates) {
    if (dates == null) {
      return;
    }
    json.name("dates").beginObject();
    json.name("minedAt").value(dates.minedAt().toString());
    json.name("firstScopeUse")
        .value(dates.firstScopeUse() == null ? null : dates.firstScopeUse().toString());
    json.endObject();
  }

  private static void sponsorship(JsonWriter json, SponsorshipSection sponsorship) {
    json.name("sponsorship").beginObject();
    json.name("projects").value(sponsorship.projects());
    json.name("withSponsor").value(sponsorship.withSponsor());
    json.name("coverage").value(sponsorship.coverage());
    json.name("sponsors").beginArray();
    for (SponsorshipSection.SponsorProjects sponsor : sponsorship.sponsors()) {
      json.beginObject();
      json.name("sponsorId").value(sponsor.sponsorId());
      strings(json.name("projects"), sponsor.projectKeys());
      json.endObject();
    }
    json.endArray();
    json.endObject();
  }

  private static void engagement(JsonWriter json, EngagementSection engagement) {
    json.name("pmoScope").beginObject();
    side(json.name("engaged"), engagement.engaged());
    side(json.name("notEngaged"), engagement.notEngaged());
    json.endObject();
  }

  private static void side(JsonWriter json, EngagementSection.Side side) {
    json.beginObject();
    json.name("issues").value(side.issues());
    kpis(json.name("kpis"), side.kpis());
    json.name("patterns").beginArray();
    for (EngagementSection.SidePattern pattern : side.patterns()) {
      json.beginObject();
      json.name("id").value(pattern.id().name());
      json.name("issues").value(pattern.issues());
      json.name("share").value(pattern.share());
      json.endObject();
    }
    json.endArray();
    json.endObject();
  }

  private static void settings(JsonWriter json, ReportSettings settings) {
    json.name("settings").beginObject();
    json.name("pmoStart")
        .value(settings.pmoStart() == null ? null : settings.pmoStart().toString());
    json.name("zone").value(settings.zone());
    json.name("currency").value(settings.rates().currency());
    json.name("hourlyRate").value(settings.rates().hourlyRate());
    json.name("costOfDelayPerDay").value(settings.rates().costOfDelayPerDay());
    json.name("fallbackHoursPerIssue").value(settings.rates().fallbackHoursPerIssue());
    json.endObject();
  }

  private static void imports(JsonWriter json, ImportSummary summary, long duplicates) {
    json.name("import").beginObject();
    json.name("files").value(summary.files());
    json.name("issuesRead").value(summary.issuesRead());
    json.name("issuesSkipped").value(summary.issuesSkipped());
    json.name("duplicateIssues").value(duplicates);
    json.name("changelogsCutShort").value(summary.changelogsCutShort());
    json.name("errorsTotal").value(summary.problemsTotal());
    json.name("errors").beginArray();
    for (ImportProblem problem : summary.problems()) {
      json.beginObject();
      json.name("file").value(problem.file());
      json.name("where").value(problem.where());
      json.name("message").value(problem.message());
      json.endObject();
    }
    json.endArray();
    json.name("uncategorisedStatuses").beginArray();
    summary
        .uncategorisedStatuses()
        .forEach(
            (name, issues) -> {
              json.beginObject();
              json.name("name").value(name);
              json.name("issues").value(issues);
              json.endObject();
            });
    json.endArray();
    json.endObject();
  }

  private void pattern(JsonWriter json, PatternSection pattern) {
    json.beginObject();
    json.name("id").value(pattern.id().name());
    json.name("name").value(messages.apply(pattern.id().nameKey()));
    json.name("issues").value(pattern.issues());
    json.name("projects").value(pattern.projects());
    json.name("share").value(pattern.share());
    json.name("valueAreas").beginArray();
    pattern.valueAreas().forEach(area -> json.value(area.id()));
    json.endArray();
    json.name("costHours").value(pattern.cost().hours());
    json.name("cost").value(pattern.cost().money());
    byArea(json.name("costByArea"), pattern.cost().moneyByArea());
    json.name("costBasis").value(pattern.cost().basis().name());
    json.name("attributedHours").value(pattern.cost().attributedHours());
    json.name("upToHours").value(pattern.cost().upToHours());
    json.name("unseparatedIssues").value(pattern.cost().unseparatedIssues());
    json.name("delayDays").value(pattern.cost().delayDays());
    json.name("trend").beginArray();
    pattern.trend().forEach(point -> trendPoint(json, point));
    json.endArray();
    trendPoint(json.name("beforePmo"), pattern.beforePmo());
    trendPoint(json.name("afterPmo"), pattern.afterPmo());
    json.endObject();
  }

  private static void project(JsonWriter json, ProjectSection project) {
    json.beginObject();
    json.name("key").value(project.key());
    json.name("name").value(project.name());
    json.name("category").value(project.category());
    json.name("closed").value(project.closed().toString());
    json.name("issues").value(project.issues());
    json.name("changelogsCutShort").value(project.changelogsCutShort());
    kpis(json.name("kpis"), project.kpis());
    json.name("patterns").beginArray();
    for (ProjectSection.ProjectPattern pattern : project.patterns()) {
      json.beginObject();
      json.name("id").value(pattern.id().name());
      json.name("issues").value(pattern.issues());
      json.name("share").value(pattern.share());
      json.name("costHours").value(pattern.costHours());
      json.name("cost").value(pattern.cost());
      json.name("upToHours").value(pattern.upToHours());
      strings(json.name("evidence"), pattern.evidence());
      json.endObject();
    }
    json.endArray();
    json.name("sponsorId").value(project.sponsorId());
    json.name("scopeTags").beginObject();
    project.scopeTags().entrySet().stream()
        .sorted(java.util.Map.Entry.comparingByKey())
        .forEach(tag -> json.name(tag.getKey()).value(tag.getValue()));
    json.endObject();
    EffortReader.write(json.name("effort"), project.effort());
    json.endObject();
  }

  private static void kpis(JsonWriter json, DeliveryKpis kpis) {
    json.beginObject();
    json.name("issues").value(kpis.issues());
    json.name("resolved").value(kpis.resolved());
    json.name("onTimeRate").value(kpis.onTimeRate());
    json.name("medianSlipDays").value(kpis.medianSlipDays());
    json.name("scopeGrowth").value(kpis.scopeGrowth());
    json.name("reworkRate").value(kpis.reworkRate());
    json.name("estimateAccuracy").value(kpis.estimateAccuracy());
    json.name("abandonmentRate").value(kpis.abandonmentRate());
    json.name("cycleTimeP50Days").value(kpis.cycleTimeP50Days());
    json.name("cycleTimeP85Days").value(kpis.cycleTimeP85Days());
    json.name("throughputPerWeek").value(kpis.throughputPerWeek());
    json.name("predictabilityIndex").value(kpis.predictabilityIndex());
    json.endObject();
  }

  private static void trendPoint(JsonWriter json, TrendPoint point) {
    if (point == null) {
      json.nullValue();
      return;
    }
    json.beginObject();
    json.name("period").value(point.period());
    json.name("projects").value(point.projects());
    json.name("issues").value(point.issues());
    json.name("affected").value(point.affected());
    json.name("share").value(point.share());
    json.endObject();
  }

  private static void kpiPoint(JsonWriter json, KpiPoint point) {
    if (point == null) {
      json.nullValue();
      return;
    }
    json.beginObject();
    json.name("period").value(point.period());
    json.name("projects").value(point.projects());
    kpis(json.name("kpis"), point.kpis());
    json.endObject();
  }

  private static void byArea(JsonWriter json, Map<ValueArea, Double> amounts) {
    json.beginObject();
    for (ValueArea area : ValueArea.values()) {
      json.name(area.id()).value(amounts.getOrDefault(area, 0.0));
    }
    json.endObject();
  }

  private static void strings(JsonWriter json, List<String> values) {
    json.beginArray();
    values.forEach(json::value);
    json.endArray();
  }
}
