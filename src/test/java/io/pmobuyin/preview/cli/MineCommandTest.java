package io.pmobuyin.preview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pmobuyin.preview.PreviewRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MineCommandTest {

  private static final String ISSUE =
      "{\"key\":\"%s\",\"fields\":{\"project\":{\"key\":\"DEMO\",\"name\":\"Demo\"},"
          + "\"issuetype\":{\"name\":\"Task\"},\"status\":{\"name\":\"Done\",\"statusCategory\":{\"key\":\"done\"}},"
          + "\"resolution\":{\"name\":\"Done\"},\"created\":\"2024-01-02T09:00:00.000+0000\","
          + "\"resolutiondate\":\"2024-01-12T09:00:00.000+0000\",\"duedate\":\"2024-01-10\","
          + "\"assignee\":{\"accountId\":\"acc-secret-1\",\"displayName\":\"Secret Person\"}}}";

  @TempDir Path temp;

  private Path page(String name, String... keys) throws IOException {
    StringBuilder issues = new StringBuilder();
    for (String key : keys) {
      issues.append(issues.length() == 0 ? "" : ",").append(String.format(ISSUE, key));
    }
    Path file = temp.resolve(name);
    Files.writeString(
        file, "{\"startAt\":0,\"total\":" + keys.length + ",\"issues\":[" + issues + "]}");
    return file;
  }

  @Test
  void writesTheJsonReportOfAnExportToAFile() throws IOException {
    page("page-1.json", "DEMO-1", "DEMO-2");
    Path out = temp.resolve("report.json");

    PreviewRunner.Result result =
        PreviewRunner.run(
            "mine", "--input", temp.toString(), "--format", "json", "--out", out.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).contains("Wrote the report to");
    JsonNode report = new ObjectMapper().readTree(out.toFile());
    assertThat(report.at("/import/issuesRead").asLong()).isEqualTo(2);
    assertThat(report.at("/portfolio/kpis/onTimeRate").asDouble()).isZero();
    assertThat(report.at("/patterns/0/id").asText()).isEqualTo("SCHEDULE_SLIP");
    assertThat(Files.readString(out)).doesNotContain("acc-secret", "Secret Person");
  }

  /** Mines the page written as page-1.json with an actions file, writing the report to out. */
  private PreviewRunner.Result mineFirstPage(String actions, Path out, String... more) {
    List<String> args = new ArrayList<>();
    args.addAll(
        List.of(
            "mine",
            "--input",
            temp.resolve("page-1.json").toString(),
            "--actions",
            actions,
            "--out",
            out.toString()));
    args.addAll(List.of(more));
    return PreviewRunner.run(args.toArray(String[]::new));
  }

  @Test
  void keepsTheActionsOfTheActionsFileInTheReportsPlan() throws IOException {
    page("page-1.json", "DEMO-1");
    Path out = temp.resolve("report.json");

    PreviewRunner.Result result =
        mineFirstPage("docs/examples/actions.csv", out, "--format", "json");

    assertThat(result.exitCode()).isZero();
    JsonNode plan = new ObjectMapper().readTree(out.toFile()).at("/plan/actions");
    assertThat(plan).hasSize(5);
    assertThat(plan.at("/4/projects/3").asText()).isEqualTo("TIDE");
    assertThat(plan.at("/3/started").isNull()).isTrue();
  }

  @Test
  void stopsBeforeMiningOnABrokenActionsFileNamingEachProblem() throws IOException {
    page("page-1.json", "DEMO-1");
    Path actions = temp.resolve("actions.csv");
    Files.writeString(actions, "key,title,patterns,started\nPMO-1,t,SCOPE_CREPE,2024-02-30\n");
    Path out = temp.resolve("report.json");

    PreviewRunner.Result result = mineFirstPage(actions.toString(), out);

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err())
        .contains("Problem in the actions file " + actions, "nothing was mined")
        .contains("line 2, patterns: \"SCOPE_CREPE\" is no pattern id")
        .contains("line 2, started: \"2024-02-30\" is no date")
        .doesNotContain("Exception");
    assertThat(out).doesNotExist();
  }

  @Test
  void checksTheActionsServicesAgainstTheSamplesCatalogueBeforeMiningTheSample()
      throws IOException {
    Path actions = temp.resolve("actions.csv");
    Files.writeString(
        actions, "key,title,patterns,services\nPMO-1,t,REWORK,opt-10202\nPMO-2,t,REWORK,budget\n");

    PreviewRunner.Result result =
        PreviewRunner.run("mine", "--sample", "--actions", actions.toString());

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err())
        .contains("nothing was mined")
        .contains("line 3, services: \"budget\" is not in the service catalogue; its ids are")
        .doesNotContain("line 2");
  }

  @Test
  void takesTheActionsServicesAsGivenForAnExportWhichBringsNoCatalogue() throws IOException {
    page("page-1.json", "DEMO-1");
    Path actions = temp.resolve("actions.csv");
    Files.writeString(actions, "key,title,patterns,services\nPMO-2,t,REWORK,budget\n");
    Path out = temp.resolve("report.json");

    PreviewRunner.Result result = mineFirstPage(actions.toString(), out, "--format", "json");

    assertThat(result.exitCode()).isZero();
    assertThat(new ObjectMapper().readTree(out.toFile()).at("/plan/actions/0/services/0").asText())
        .isEqualTo("budget");
  }

  @Test
  void minesWhatIsReadableAndNamesTheFileThatIsNot() throws IOException {
    page("good.json", "DEMO-1");
    Files.writeString(
        temp.resolve("broken.json"), "{\"issues\":[{\"key\":\"DEMO-9\",", StandardCharsets.UTF_8);

    PreviewRunner.Result result = PreviewRunner.run("mine", "--input", temp.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.err())
        .contains("Skipped:", "broken.json")
        .doesNotContain("Exception", "\tat ");
    assertThat(result.out()).contains("1 closed projects (1 issues)");
  }

  @Test
  void exitsWithOneWhenNothingUsableWasRead() throws IOException {
    Files.writeString(temp.resolve("not-json.json"), "this is not an export");

    PreviewRunner.Result result = PreviewRunner.run("mine", "--input", temp.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("nothing to mine", "not-json.json");
  }

  @Test
  void readsSettingsFromAConfigFile() throws IOException {
    Path input = page("page.json", "DEMO-1");
    Path config = temp.resolve("settings.properties");
    Files.writeString(config, "currency=EUR\nhourlyRate=50\npmoStart=2023-01-01\n");

    PreviewRunner.Result result =
        PreviewRunner.run(
            "mine", "--input", input.toString(), "--config", config.toString(), "--format", "json");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("\"currency\": \"EUR\"", "\"pmoStart\": \"2023-01-01\"", "\"hourlyRate\": 50");
  }

  @Test
  void refusesAConfigFileWithATypoWithExitThree() throws IOException {
    Path input = page("page.json", "DEMO-1");
    Path config = temp.resolve("settings.properties");
    Files.writeString(config, "hourlyRaet=50\n");

    PreviewRunner.Result result =
        PreviewRunner.run("mine", "--input", input.toString(), "--config", config.toString());

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err()).contains("settings.properties", "hourlyRaet");
  }

  @Test
  void readsExportFilesOnSeveralThreadsIntoTheSameReportAndProblemsAsOneAfterAnother()
      throws IOException {
    for (int i = 1; i <= 12; i++) {
      // Neighbouring files share an issue: the first copy read is the one kept.
      page("page-%02d.json".formatted(i), "DEMO-" + i, "DEMO-" + (i + 1), "DEMO-" + (i * 7));
    }
    Files.writeString(temp.resolve("page-05-broken.json"), "{\"issues\":[{\"key\":\"DEMO-99\",");
    Files.writeString(temp.resolve("page-09-notes.json"), "exported on Monday");

    PreviewRunner.Result oneByOne =
        PreviewRunner.run(
            "mine", "--input", temp.toString(), "--format", "json", "--import-threads", "1");
    PreviewRunner.Result threeAtOnce =
        PreviewRunner.run(
            "mine", "--input", temp.toString(), "--format", "json", "--import-threads", "3");

    assertThat(oneByOne.exitCode()).isZero();
    assertThat(oneByOne.err()).contains("page-05-broken.json", "page-09-notes.json");
    assertThat(threeAtOnce.err()).isEqualTo(oneByOne.err());
    assertThat(withoutMiningTime(threeAtOnce.out())).isEqualTo(withoutMiningTime(oneByOne.out()));
  }

  @Test
  void refusesImportThreadsThatAreNoneOrTooMany() {
    assertThat(PreviewRunner.run("mine", "--import-threads", "0").err())
        .contains("--import-threads needs a positive whole number, not \"0\"");
    PreviewRunner.Result tooMany = PreviewRunner.run("mine", "--import-threads", "65");
    assertThat(tooMany.exitCode()).isEqualTo(2);
    assertThat(tooMany.err()).contains("--import-threads takes 1 to 64 threads, not \"65\"");
  }

  /** The report says when it was mined, the one thing two runs on the same export differ in. */
  private static String withoutMiningTime(String json) {
    return json.replaceAll("\"minedAt\": \"[^\"]*\"", "\"minedAt\": \"\"");
  }
}
