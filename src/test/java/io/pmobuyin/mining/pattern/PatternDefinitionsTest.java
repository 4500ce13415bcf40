package io.pmobuyin.mining.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.pmobuyin.mining.Threshold;
import io.pmobuyin.testing.Reports;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A pattern is its class, its line in {@link PatternId}, its texts and its test. What else names
 * the patterns (the report schema and the REST document) is checked here, so a new pattern that
 * misses one fails the build instead of drifting.
 */
class PatternDefinitionsTest {

  @Test
  void eachIdBuildsThePatternThatAnswersToItInCatalogueOrder() {
    for (PatternId id : PatternId.values()) {
      assertThat(id.pattern().id()).isEqualTo(id);
    }
    assertThat(Catalogue.standard())
        .extracting(FailurePattern::id)
        .containsExactly(PatternId.values());
  }

  @Test
  void eachPatternHurtsAtLeastOneValueAreaEachOnce() {
    for (PatternId id : PatternId.values()) {
      assertThat(id.valueAreas()).as(id.name()).isNotEmpty().doesNotHaveDuplicates();
    }
  }

  @Test
  void eachThresholdHasItsLabelAndHelpInTheBundle() {
    for (Threshold threshold : Catalogue.thresholds()) {
      assertThat(Reports.bundle()).containsKeys(threshold.labelKey(), threshold.helpKey());
    }
  }

  @Test
  void theReportSchemaListsEveryPatternId() throws IOException {
    JsonNode schema =
        new ObjectMapper()
            .readTree(
                Path.of("src/main/resources/schema/pmo-buyin-report-v1.schema.json").toFile());

    assertThat(texts(schema.at("/$defs/patternId/enum"))).containsExactly(names());
  }

  @Test
  void theRestDocumentListsEveryPatternId() throws IOException {
    JsonNode document =
        new ObjectMapper(new YAMLFactory()).readTree(Path.of("docs/openapi.yaml").toFile());

    assertThat(texts(document.at("/components/parameters/PatternId/schema/enum")))
        .containsExactly(names());
  }

  @Test
  void theReadmeNamesEveryThresholdForThePreviewsSettingsFile() throws IOException {
    String readme = java.nio.file.Files.readString(Path.of("README.md"));

    for (Threshold threshold : Catalogue.thresholds()) {
      assertThat(readme).contains("`" + threshold.name() + "`");
    }
  }

  private static String[] names() {
    return Arrays.stream(PatternId.values()).map(Enum::name).toArray(String[]::new);
  }

  private static List<String> texts(JsonNode array) {
    assertThat(array.isArray()).as("an enum in the document").isTrue();
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }
}
