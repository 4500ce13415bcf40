package io.pmobuyin.preview.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.report.ImprovementAction;
import io.pmobuyin.scope.CatalogueEntry;
import io.pmobuyin.scope.ScopeStatus;
import io.pmobuyin.scope.ServiceCatalogue;
import io.pmobuyin.testing.Reports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActionsFileTest {

  private static final String HEADER = "key,title,status,done,patterns,started,projects\n";

  @TempDir Path temp;

  @Test
  void readsTheDocumentedCsvExample() throws IOException {
    ActionsFile.Outcome outcome = ActionsFile.read(Path.of("docs/examples/actions.csv"));

    assertThat(outcome.problems()).isEmpty();
    List<ImprovementAction> actions = outcome.plan().actions();
    assertThat(actions)
        .extracting(ImprovementAction::key)
        .containsExactly("PMO-1", "PMO-2", "PMO-3", "PMO-4", "PMO-5");
    assertThat(actions.get(0).patterns())
        .containsExactly(PatternId.REWORK, PatternId.ESTIMATION_MISS);
    assertThat(actions.get(0).done()).isTrue();
    assertThat(actions.get(1).title())
        .isEqualTo("Freeze scope once the release plan is agreed, with one change board");
    assertThat(actions.get(3).patterns())
        .containsExactly(PatternId.OWNERLESS_WORK, PatternId.HANDOFF_CHURN);
    assertThat(actions.get(3).started()).isNull();
    assertThat(actions.get(3).services()).containsExactly("opt-10202");
    assertThat(actions.get(4).projects()).containsExactly("CIPHER", "CREST", "NOVA", "TIDE");
    assertThat(actions.get(4).started()).isEqualTo(LocalDate.of(2025, 1, 1));
  }

  @Test
  void readsTheDocumentedJsonExampleAsTheSameActionsAsTheCsv() throws IOException {
    ActionsFile.Outcome json = ActionsFile.read(Path.of("docs/examples/actions.json"));
    List<ImprovementAction> csv =
        ActionsFile.read(Path.of("docs/examples/actions.csv")).plan().actions();

    assertThat(json.problems()).isEmpty();
    assertThat(json.plan().actions()).containsExactly(csv.get(0), csv.get(3), csv.get(4));
  }

  @Test
  void tellsJsonFromCsvByContentWhenTheNameDoesNot() throws IOException {
    Path file = write("plan.txt", "[{\"key\":\"A-1\",\"title\":\"t\",\"patterns\":[\"REWORK\"]}]");

    assertThat(ActionsFile.read(file).plan().actions())
        .singleElement()
        .extracting(ImprovementAction::key)
        .isEqualTo("A-1");
  }

  @Test
  void namesTheLineAndFieldOfEveryProblemAndMakesNoPlan() throws IOException {
    Path file =
        write(
            "actions.csv",
            HEADER
                + "PMO-1,Good,Done,true,REWORK,2024-01-01,\n"
                + "PMO-2,Bad pattern,To Do,false,REWORK SCOPE_CREPE,2024-01-01,\n"
                + "PMO-3,Bad date,To Do,false,REWORK,2024-13-01,\n"
                + "PMO-1,Again,To Do,maybe,REWORK,,\n"
                + ",No key,To Do,false,,,\n"
                + "PMO-6,Short row\n");

    ActionsFile.Outcome outcome = ActionsFile.read(file);

    assertThat(outcome.accepted()).isFalse();
    assertThat(outcome.plan()).isNull();
    assertThat(texts(outcome))
        .containsExactly(
            "3 patterns: \"SCOPE_CREPE\" is no pattern id; the ids are " + ids(),
            "4 started: \"2024-13-01\" is no date: write it as YYYY-MM-DD, or leave it empty for"
                + " an action not started yet",
            "5 key: the key PMO-1 is given on line 2 already",
            "5 done: \"maybe\" is neither true nor false",
            "6 key: missing or empty; every action needs it",
            "6 patterns: missing or empty; every action needs it",
            "7 : the row has 2 values where the header names 7 columns");
  }

  @Test
  void refusesAnUnknownColumnAndAMissingRequiredOne() throws IOException {
    Path file = write("a.csv", "key,title,owner\nPMO-1,t,someone\n");

    assertThat(texts(ActionsFile.read(file)))
        .contains(
            "1 owner: not a field of an action; the fields are key, title, status, done,"
                + " patterns, started, projects, services",
            "1 patterns: the header has no such column; every action needs it");
  }

  @Test
  void countsLinesOfCsvWithLineBreaksInsideQuotedTitles() throws IOException {
    Path file = write("a.csv", "key,title,patterns\nA-1,\"two\nlines\",REWORK\nA-2,ok,NO_SUCH\n");

    assertThat(texts(ActionsFile.read(file))).singleElement().asString().startsWith("4 patterns");
  }

  @Test
  void namesTheLineOfJsonValuesOfTheWrongKindAndFieldsItDoesNotKnow() throws IOException {
    Path file =
        write(
            "a.json",
            "[\n {\"key\":\"A-1\",\"title\":\"t\",\"patterns\":[\"REWORK\"]},\n"
                + " {\"key\":\"A-2\",\"title\":\"t\",\"patterns\":\"REWORK\",\n"
                + "  \"done\":\"yes\", \"owner\":\"x\"}\n]");

    assertThat(texts(ActionsFile.read(file)))
        .containsExactly(
            "3 patterns: expected an array of strings",
            "4 done: expected true or false",
            "4 owner: not a field of an action; the fields are key, title, status, done,"
                + " patterns, started, projects, services",
            "3 patterns: missing or empty; every action needs it");
  }

  @Test
  void saysWhereJsonBreaksOff() throws IOException {
    Path file = write("a.json", "[\n {\"key\":\"A-1\",\n");

    assertThat(texts(ActionsFile.read(file)))
        .singleElement()
        .asString()
        .startsWith("3 : the file is not well-formed here:");
  }

  private static final ServiceCatalogue CATALOGUE =
      new ServiceCatalogue(
          List.of(
              new CatalogueEntry(
                  "release-planning", "Release planning", "", ScopeStatus.IN_SCOPE, null, false),
              new CatalogueEntry(
                  "risk-review", "Risk review", "", ScopeStatus.IN_SCOPE, null, true)));

  @Test
  void readsTheServicesOfACsvRowSeparatedBySpacesOrSemicolons() throws IOException {
    Path file =
        write(
            "a.csv",
            "key,title,patterns,projects,services\n"
                + "A-1,t,REWORK,,release-planning;risk-review\n"
                + "A-2,t,REWORK,ABC,risk-review release-planning\n"
                + "A-3,t,REWORK,,\n");

    List<ImprovementAction> actions = ActionsFile.read(file, CATALOGUE).plan().actions();

    assertThat(actions.get(0).services()).containsExactly("release-planning", "risk-review");
    assertThat(actions.get(1).services()).containsExactly("release-planning", "risk-review");
    assertThat(actions.get(1).projects()).containsExactly("ABC");
    assertThat(actions.get(2).services()).isEmpty();
    assertThat(actions.get(2).appliesToEveryProject()).isTrue();
  }

  @Test
  void readsTheServicesOfAJsonActionAndTakesNullForNone() throws IOException {
    Path file =
        write(
            "a.json",
            "[{\"key\":\"A-1\",\"title\":\"t\",\"patterns\":[\"REWORK\"],"
                + "\"services\":[\"risk-review\"]},\n"
                + " {\"key\":\"A-2\",\"title\":\"t\",\"patterns\":[\"REWORK\"],"
                + "\"services\":null}]");

    List<ImprovementAction> actions = ActionsFile.read(file, CATALOGUE).plan().actions();

    assertThat(actions.get(0).services()).containsExactly("risk-review");
    assertThat(actions.get(1).services()).isEmpty();
  }

  @Test
  void namesTheLineAndFieldOfAServiceTheKnownCatalogueLacksAndMakesNoPlan() throws IOException {
    Path csv =
        write(
            "a.csv",
            "key,title,patterns,services\n"
                + "A-1,t,REWORK,risk-review\n"
                + "A-2,t,REWORK,release-planning budget\n");
    Path json =
        write(
            "a.json",
            "[{\"key\":\"A-1\",\"title\":\"t\",\"patterns\":[\"REWORK\"]},\n"
                + " {\"key\":\"A-2\",\"title\":\"t\",\"patterns\":[\"REWORK\"],\n"
                + "  \"services\":[\"budget\"]}]");

    ActionsFile.Outcome outcome = ActionsFile.read(csv, CATALOGUE);

    assertThat(outcome.plan()).isNull();
    String unknown =
        "services: \"budget\" is not in the service catalogue; its ids are release-planning,"
            + " risk-review";
    assertThat(texts(outcome)).containsExactly("3 " + unknown);
    assertThat(texts(ActionsFile.read(json, CATALOGUE))).containsExactly("2 " + unknown);
  }

  @Test
  void withoutACatalogueTakesServicesAsGivenButRefusesWhatIsNoServiceId() throws IOException {
    Path file =
        write(
            "a.csv",
            "key,title,patterns,services\nA-1,t,REWORK,budget\nA-2,t,REWORK,Risk_Review\n");

    assertThat(texts(ActionsFile.read(file)))
        .containsExactly(
            "3 services: \"Risk_Review\" is no PMO Scope service id: ids are lower-case letters,"
                + " digits and dashes, as in the service catalogue");
    Path good = write("b.csv", "key,title,patterns,services\nA-1,t,REWORK,budget\n");
    assertThat(ActionsFile.read(good).plan().actions().get(0).services()).containsExactly("budget");
  }

  @Test
  void refusesAnEmptyCsv() throws IOException {
    assertThat(texts(ActionsFile.read(write("a.csv", "\n"))))
        .singleElement()
        .asString()
        .startsWith("1 : the file is empty");
  }

  @Test
  void readsAFileThatBeginsWithAByteOrderMark() throws IOException {
    Path file = write("a.csv", "\ufeffkey,title,patterns\nA-1,t,REWORK\n");

    assertThat(ActionsFile.read(file).problems()).isEmpty();
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(temp.resolve(name), text);
  }

  /** Each problem as "line field: text", in the bundle's English. */
  private static List<String> texts(ActionsFile.Outcome outcome) {
    return outcome.problems().stream()
        .map(
            p ->
                p.line()
                    + " "
                    + p.field()
                    + ": "
                    + MessageFormat.format(
                        Reports.message(p.messageKey()), p.arguments().toArray()))
        .toList();
  }

  private static String ids() {
    return String.join(", ", List.of(PatternId.values()).stream().map(PatternId::name).toList());
  }
}
