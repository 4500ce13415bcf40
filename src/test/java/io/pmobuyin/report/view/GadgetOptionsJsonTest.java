package io.pmobuyin.report.view;

import static io.pmobuyin.testing.ReportBuilder.aProject;
import static io.pmobuyin.testing.ReportBuilder.aReport;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pmobuyin.testing.BundleTexts;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GadgetOptionsJsonTest {

  private static JsonNode options() throws Exception {
    StringWriter out = new StringWriter();
    GadgetOptionsJson.write(
        aReport()
            .projects(
                aProject("C").category("Infra"),
                aProject("A").category("Apps \"Web\""),
                aProject("B").category("Apps \"Web\""),
                aProject("D"))
            .build(),
        BundleTexts.english(),
        out);
    // a strict parser: fails on anything that is not JSON
    return new ObjectMapper().readTree(out.toString());
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> values = new ArrayList<>();
    array.forEach(node -> values.add(field == null ? node.asText() : node.get(field).asText()));
    return values;
  }

  @Test
  void listsTheReportsCategoriesOnceEachSorted() throws Exception {
    JsonNode options = options();

    assertThat(texts(options.get("categories"), null)).containsExactly("Apps \"Web\"", "Infra");
    assertThat(options.get("mined").asBoolean()).isTrue();
  }

  @Test
  void offersTheThreePeriodsWithTranslatedLabels() throws Exception {
    JsonNode periods = options().get("periods");

    assertThat(texts(periods, "id")).containsExactly("all", "last-4-quarters", "last-8-quarters");
    assertThat(texts(periods, "label"))
        .containsExactly(
            "closed at any time", "closed in the last 4 quarters", "closed in the last 8 quarters");
  }

  @Test
  void carriesTheFormsWordsSoTheScriptNeedsNone() throws Exception {
    JsonNode labels = options().get("labels");

    assertThat(labels.get("category").asText()).isEqualTo("Project category");
    assertThat(labels.get("allCategories").asText()).isEqualTo("All categories");
    assertThat(labels.get("loading").asText()).isEqualTo("Loading…");
    assertThat(labels.get("noReport").asText()).startsWith("No mining run has finished yet");
    assertThat(labels.size()).isEqualTo(9);
  }
}
