package io.pmobuyin.report.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.report.ImprovementAction;
import io.pmobuyin.report.PortfolioReport;
import io.pmobuyin.report.ProjectSection;
import io.pmobuyin.report.json.ReportDocuments.Place;
import io.pmobuyin.testing.Reports;
import io.pmobuyin.value.PatternCost;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the reader accepts, what it rejects, and that its complaints say where. */
class ReportJsonReaderTest {

  private static final PortfolioReport REPORT = ReportDocuments.fullReport();
  private static final String JSON = Reports.json(REPORT);

  private final ReportJsonReader reader = new ReportJsonReader();

  @Test
  void readsEveryPartOfTheReport() {
    PortfolioReport read = reader.read(JSON);

    assertThat(read.settings().pmoStart()).isEqualTo(REPORT.settings().pmoStart()).isNotNull();
    assertThat(read.imports().problems())
        .singleElement()
        .hasToString("issues-2.json (issue #7): no key");
    assertThat(read.imports().duplicateIssues()).isEqualTo(2);
    assertThat(read.trend().beforePmo().period()).isEqualTo("before-pmo");
    assertThat(read.sponsorship().sponsors()).isEqualTo(REPORT.sponsorship().sponsors());
    assertThat(read.projects())
        .extracting(p -> p.scopeTags())
        .contains(Map.of("pmo \"governed\"", 2L));
    assertThat(read.plan()).isEqualTo(REPORT.plan());
    assertThat(read.plan().actions()).extracting(a -> a.key()).containsExactly("PMO-7", "PMO-12");
    assertThat(read.plan().actions().get(1).started()).isNull();
  }

  @Test
  void readsNullAsNotANumberAndAWholeNumberAsADecimal() {
    String onTime = "\"onTimeRate\": ";
    int at = JSON.indexOf(onTime) + onTime.length();
    String rest = JSON.substring(JSON.indexOf(',', at));

    assertThat(onTimeRate(JSON.substring(0, at) + "null" + rest)).isNaN();
    assertThat(onTimeRate(JSON.substring(0, at) + "1" + rest)).isEqualTo(1.0);
    assertThat(onTimeRate(JSON.substring(0, at) + "0.8125" + rest)).isEqualTo(0.8125);
    assertThat(onTimeRate(JSON.substring(0, at) + "8.125E-1" + rest)).isEqualTo(0.8125);
  }

  @Test
  void namesEveryRequiredFieldThatIsMissing() {
    ObjectNode document = ReportDocuments.tree(JSON);
    List<String> checked = new ArrayList<>();

    for (Place place : ReportDocuments.places(document)) {
      if (!place.isField() || place.scopeTag() || isPatternName(place) || optional(place.path())) {
        continue;
      }
      String without = place.change(document, slot -> slot.remove());

      ReportJsonException error = catchReportJsonException(without);
      assertThat(error).as(place.path()).isNotNull();
      assertThat(error.path()).isEqualTo(place.path());
      assertThat(error).hasMessage("Report JSON at " + place.path() + ": required field missing");
      checked.add(place.path());
    }
    assertThat(checked).contains("$.schemaVersion", "$.trend.afterPmo.kpis.predictabilityIndex");
    assertThat(checked).hasSizeGreaterThan(500);
  }

  /** Fields added to schema v1 after reports were stored; the schema does not require them. */
  private static final List<String> OPTIONAL =
      List.of(
          "$.import.uncategorisedStatuses",
          "$.portfolio.effort",
          "$.patterns[].costBasis",
          "$.patterns[].attributedHours",
          "$.patterns[].upToHours",
          "$.patterns[].unseparatedIssues",
          "$.patterns[].delayDays",
          "$.projects[].effort",
          "$.projects[].patterns[].upToHours",
          "$.projects[].patterns[].issueKeys",
          "$.dates",
          "$.plan",
          "$.plan.actions[].services");

  private static boolean optional(String path) {
    return OPTIONAL.contains(path.replaceAll("\\[\\d+]", "[]"));
  }

  @Test
  void readsAReportStoredBeforeTheOptionalFieldsExisted() {
    ObjectNode document = ReportDocuments.tree(JSON);
    assertThat(reader.read(JSON).imports().uncategorisedStatuses())
        .containsEntry("Patch Available", 4L);
    ((ObjectNode) document.get("import")).remove("uncategorisedStatuses");
    ((ObjectNode) document.get("portfolio")).remove("effort");
    document.remove("plan");
    ObjectNode pattern = (ObjectNode) document.get("patterns").get(0);
    List.of("costBasis", "attributedHours", "upToHours", "unseparatedIssues", "delayDays")
        .forEach(pattern::remove);

    PortfolioReport earlier = reader.read(ReportDocuments.text(document));
    assertThat(earlier.imports().uncategorisedStatuses()).isEmpty();
    assertThat(earlier.portfolio().effort()).isNull();
    assertThat(earlier.plan().actions()).isEmpty();
    PatternCost cost = earlier.patterns().get(0).cost();
    assertThat(cost.upToHours()).isEqualTo(cost.hours());
    assertThat(cost.attributedHours()).isEqualTo(cost.hours());
    assertThat(cost.basis()).isEqualTo(earlier.patterns().get(0).id().costBasis());
  }

  @Test
  void readsAnActionStoredBeforeActionsNamedServicesAsApplyingByProjectsAlone() {
    ObjectNode document = ReportDocuments.tree(JSON);
    ObjectNode action = (ObjectNode) document.get("plan").get("actions").get(0);
    assertThat(reader.read(JSON).plan().actions().get(0).services())
        .containsExactly("delivery-assurance", "risk-review");
    action.remove("services");

    ImprovementAction earlier = reader.read(ReportDocuments.text(document)).plan().actions().get(0);

    assertThat(earlier.services()).isEmpty();
    assertThat(earlier.projects()).containsExactly("A", "B");
    assertThat(earlier.appliesToEveryProject()).isFalse();
  }

  @Test
  void readsAPatternStoredBeforeItsIssueKeysWereKeptAsHavingNone() {
    ObjectNode document = ReportDocuments.tree(JSON);
    ObjectNode pattern = (ObjectNode) document.get("projects").get(0).get("patterns").get(0);
    assertThat(reader.read(JSON).projects().get(0).patterns().get(0).issueKeys()).isNotNull();
    pattern.remove("issueKeys");

    PortfolioReport earlier = reader.read(ReportDocuments.text(document));

    ProjectSection.ProjectPattern read = earlier.projects().get(0).patterns().get(0);
    assertThat(read.issueKeys()).isNull();
    assertThat(read.evidence()).isNotEmpty();
  }

  @Test
  void refusesIssueKeysItCouldNotHaveWritten() {
    ObjectNode document = ReportDocuments.tree(JSON);
    ObjectNode pattern = (ObjectNode) document.get("projects").get(0).get("patterns").get(0);
    pattern.put("issueKeys", "A-1) OR project = SECRET");

    ReportJsonException error = catchReportJsonException(ReportDocuments.text(document));

    assertThat(error).isNotNull();
    assertThat(error.path()).isEqualTo("$.projects[0].patterns[0].issueKeys");
  }

  @Test
  void needsNoPatternNameSinceTheReportHoldsOnlyTheId() {
    ObjectNode document = ReportDocuments.tree(JSON);
    ((ObjectNode) document.get("patterns").get(0)).remove("name");

    assertThat(reader.read(ReportDocuments.text(document))).isEqualTo(reader.read(JSON));
  }

  @Test
  void namesEveryValueOfTheWrongKind() {
    ObjectNode document = ReportDocuments.tree(JSON);
    int checked = 0;

    for (Place place : ReportDocuments.places(document)) {
      String wrong = place.change(document, slot -> slot.replace(BooleanNode.TRUE));

      if (isPatternName(place)) {
        assertThat(reader.read(wrong)).isEqualTo(reader.read(JSON));
        continue;
      }
      if (place.path().endsWith(".done")) {
        continue; // the one boolean of the report: a text in its place, below
      }
      ReportJsonException error = catchReportJsonException(wrong);
      assertThat(error).as(place.path()).isNotNull();
      assertThat(error.path()).isEqualTo(place.path());
      assertThat(error).hasMessageContaining("expected ").hasMessageEndingWith(", found a boolean");
      checked++;
    }
    assertThat(checked).isGreaterThan(800);
  }

  @Test
  void namesAnActionsDoneThatIsNoBoolean() {
    ObjectNode document = ReportDocuments.tree(JSON);
    ((ObjectNode) document.get("plan").get("actions").get(1)).put("done", "false");

    ReportJsonException error = catchReportJsonException(ReportDocuments.text(document));

    assertThat(error.path()).isEqualTo("$.plan.actions[1].done");
    assertThat(error)
        .hasMessage("Report JSON at $.plan.actions[1].done: expected a boolean, found a string");
  }

  @Test
  void refusesAPlanThatHoldsAnActionTwice() {
    ObjectNode document = ReportDocuments.tree(JSON);
    ((ObjectNode) document.get("plan").get("actions").get(1)).put("key", "PMO-7");

    assertThat(catchReportJsonException(ReportDocuments.text(document)))
        .hasMessageContaining("once");
  }

  @Test
  void readsAReportWithAFieldAddedToEveryObjectAsIfItWereNotThere() {
    ObjectNode document = ReportDocuments.tree(JSON);
    for (ObjectNode record : ReportDocuments.records(document)) {
      record.putObject("addedInALaterVersion").put("note", "x").putArray("more").add(1).addNull();
      record.put("zAddedLast", 1.5);
    }

    assertThat(reader.read(ReportDocuments.text(document))).isEqualTo(reader.read(JSON));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 2, 99})
  void rejectsAnotherSchemaVersionBeforeLookingAtTheRest(int version) {
    assertThatThrownBy(() -> reader.read("{\"schemaVersion\": " + version + ", \"report\": []}"))
        .isInstanceOf(ReportJsonException.class)
        .hasMessage(
            "Report JSON at $.schemaVersion: schema version "
                + version
                + " is not supported; this reader reads version 1");
    assertThatThrownBy(
            () ->
                reader.read(
                    JSON.replace("\"schemaVersion\": 1,", "\"schemaVersion\": " + version + ",")))
        .hasMessageContaining("schema version " + version + " is not supported");
  }

  @Test
  void rejectsAVersionThatIsNoInteger() {
    assertThatThrownBy(
            () -> reader.read(JSON.replace("\"schemaVersion\": 1,", "\"schemaVersion\": \"1\",")))
        .hasMessage("Report JSON at $.schemaVersion: expected an integer, found a string");
    assertThatThrownBy(
            () -> reader.read(JSON.replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1.0,")))
        .hasMessage("Report JSON at $.schemaVersion: expected an integer, found a decimal number");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "{",
        "not json",
        "{\"schemaVersion\": 1,}",
        "{\"schemaVersion\": 1 \"generator\": \"x\"}",
        "{'schemaVersion': 1}",
        "{\"schemaVersion\": NaN}"
      })
  void rejectsWhatIsNotJson(String text) {
    assertThatThrownBy(() -> reader.read(text)).isInstanceOf(ReportJsonException.class);
  }

  @Test
  void saysWhereTheJsonBreaksOff() {
    String cut = JSON.substring(0, JSON.indexOf("\"costByArea\"", JSON.indexOf("\"patterns\"")));

    assertThatThrownBy(() -> reader.read(cut))
        .isInstanceOf(ReportJsonException.class)
        .hasMessageStartingWith("Report JSON at $.patterns[0]: ")
        .hasMessageContaining("unreadable (line ");
  }

  @Test
  void rejectsADocumentThatIsNoObject() {
    assertThatThrownBy(() -> reader.read("[]"))
        .hasMessage("Report JSON at $: expected an object, found an array");
    assertThatThrownBy(() -> reader.read("null"))
        .hasMessage("Report JSON at $: expected an object, found null");
  }

  @Test
  void rejectsMoreThanOneDocument() {
    assertThatThrownBy(() -> reader.read(JSON + "{}"))
        .isInstanceOf(ReportJsonException.class)
        .hasMessageContaining("more content after the report");
  }

  @Test
  void rejectsAFieldGivenTwice() {
    String twice = JSON.replace("\"generator\": ", "\"generator\": \"again\", \"generator\": ");

    assertThatThrownBy(() -> reader.read(twice))
        .isInstanceOf(ReportJsonException.class)
        .hasMessageContaining("Duplicate field 'generator'");
  }

  @Test
  void rejectsNullWhereTheSchemaWantsAText() {
    String key = "\"key\": \"" + REPORT.projects().get(0).key() + "\"";

    assertThatThrownBy(() -> reader.read(JSON.replaceFirst(key, "\"key\": null")))
        .hasMessage("Report JSON at $.projects[0].key: expected a string, found null");
  }

  @Test
  void rejectsADayThatIsNoDate() {
    String closed = "\"closed\": \"" + REPORT.projects().get(0).closed() + "\"";

    assertThatThrownBy(() -> reader.read(JSON.replaceFirst(closed, "\"closed\": \"2024-02-30\"")))
        .hasMessage("Report JSON at $.projects[0].closed: expected a date such as 2024-03-31");
  }

  @Test
  void rejectsAPatternItDoesNotKnow() {
    PatternId first = REPORT.patterns().get(0).id();
    String id = "\"id\": \"" + first.name() + "\"";

    assertThatThrownBy(() -> reader.read(JSON.replaceFirst(id, "\"id\": \"NEW_PATTERN\"")))
        .hasMessage("Report JSON at $.patterns[0].id: unknown PatternId");
  }

  @Test
  void rejectsWhatTheRecordsThemselvesRefuse() {
    assertThatThrownBy(() -> reader.read(JSON.replace("\"hourlyRate\": 100", "\"hourlyRate\": -1")))
        .hasMessage("Report JSON at $.settings: rates must not be negative");
  }

  @Test
  void rejectsACountTooLargeOrNotWhole() {
    String issues = "\"issuesRead\": " + REPORT.imports().issuesRead();

    assertThatThrownBy(
            () -> reader.read(JSON.replace(issues, "\"issuesRead\": 100000000000000000000")))
        .hasMessage("Report JSON at $.import.issuesRead: number out of range");
    assertThatThrownBy(() -> reader.read(JSON.replace(issues, "\"issuesRead\": 1.5")))
        .hasMessage(
            "Report JSON at $.import.issuesRead: expected an integer, found a decimal number");
  }

  @Test
  void rejectsANumberBeyondWhatADoubleHolds() {
    assertThatThrownBy(
            () -> reader.read(JSON.replace("\"hourlyRate\": 100", "\"hourlyRate\": 1e400")))
        .hasMessage("Report JSON at $.settings.hourlyRate: number out of range");
  }

  @Test
  void quotesAFieldNameThatIsNoPlainWordInThePath() {
    String tag = "\"pmo \\\"governed\\\"\": ";
    assertThat(JSON).contains(tag);

    assertThatThrownBy(
            () ->
                reader.read(
                    JSON.replaceFirst(
                        Pattern.quote(tag) + "\\d+", Matcher.quoteReplacement(tag + "\"six\""))))
        .hasMessageContaining("$.projects[")
        .hasMessageContaining(
            ".scopeTags[\"pmo \\\"governed\\\"\"]: expected an integer, found a string");
  }

  @Test
  void leavesTheCallersReaderOpen() throws IOException {
    StringReader source = new StringReader(JSON);

    reader.read(source);

    assertThat(source.ready()).isTrue();
  }

  private double onTimeRate(String json) {
    return reader.read(json).portfolio().kpis().onTimeRate();
  }

  private static boolean isPatternName(Place place) {
    return place.isField()
        && place.name().equals("name")
        && place.path().matches("\\$\\.patterns\\[\\d+]\\.name");
  }

  private ReportJsonException catchReportJsonException(String json) {
    return catchThrowableOfType(ReportJsonException.class, () -> reader.read(json));
  }
}
