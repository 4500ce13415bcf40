package io.pmobuyin.report;

import static io.pmobuyin.testing.IssueBuilder.anIssue;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.testing.IssueBuilder;
import io.pmobuyin.testing.RandomPortfolio;
import io.pmobuyin.testing.Reports;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportSchemaTest {

  private static final JsonSchema SCHEMA = schema();

  private static JsonSchema schema() {
    InputStream in =
        ReportSchemaTest.class.getResourceAsStream("/schema/pmo-buyin-report-v1.schema.json");
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
  }

  private static Set<ValidationMessage> validate(String json) throws Exception {
    JsonNode node = new ObjectMapper().readTree(json);
    return SCHEMA.validate(node);
  }

  @Test
  void describesTheReportOfARealisticPortfolio() throws Exception {
    MiningConfig config = MiningConfig.defaults().withPmoStart(IssueBuilder.date(300));

    assertThat(validate(Reports.json(Reports.mine(RandomPortfolio.of(3, 4, 80), config))))
        .isEmpty();
  }

  @Test
  void describesAReportWithUnknownKpisAndNoPmoStart() throws Exception {
    String json =
        Reports.json(Reports.mine(List.of(anIssue().key("Q-1").build()), MiningConfig.defaults()));

    assertThat(json).contains("\"onTimeRate\": null");
    assertThat(validate(json)).isEmpty();
  }

  @Test
  void describesAReportWithAnImprovementPlan() throws Exception {
    PortfolioReport report =
        Reports.mine(List.of(anIssue().key("Q-1").build()), MiningConfig.defaults())
            .withPlan(
                new PlanSection(
                    List.of(
                        new ImprovementAction(
                            "PMO-1",
                            "Freeze scope",
                            "Done",
                            true,
                            List.of(PatternId.SCOPE_CREEP),
                            IssueBuilder.date(10),
                            Set.of("Q")),
                        new ImprovementAction(
                            "PMO-2",
                            "",
                            "To Do",
                            false,
                            List.of(PatternId.REWORK, PatternId.LATE_DEFECTS),
                            null,
                            Set.of()))));
    String json = Reports.json(report);

    assertThat(json).contains("\"started\": null", "\"projects\": [\n          \"Q\"");
    assertThat(validate(json)).isEmpty();
    assertThat(validate(json.replace("\"SCOPE_CREEP\"", "\"SCOPE_CREPE\""))).isNotEmpty();
  }

  @Test
  void rejectsAReportThatStrays() throws Exception {
    String json =
        Reports.json(Reports.mine(List.of(anIssue().key("Q-1").build()), MiningConfig.defaults()));

    assertThat(validate(json.replace("\"issuesRead\"", "\"issuesReed\""))).isNotEmpty();
  }
}
