package io.pmobuyin.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.mining.pattern.Catalogue;
import io.pmobuyin.mining.pattern.FailurePattern;
import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.testing.Reports;
import io.pmobuyin.value.PatternValueAreas;
import io.pmobuyin.value.ValueArea;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Keys built at run time escape the descriptor lint; this checks them instead. */
class PatternMessagesTest {

  @Test
  void everyPatternHasANameAnExplanationAndValueAreas() {
    for (PatternId id : PatternId.values()) {
      assertThat(Reports.bundle()).containsKeys(id.nameKey(), id.explanationKey());
      assertThat(PatternValueAreas.of(id)).isNotEmpty();
    }
  }

  @Test
  void everyValueAreaHasAName() {
    Arrays.stream(ValueArea.values())
        .forEach(area -> assertThat(Reports.bundle()).containsKey(area.nameKey()));
  }

  @Test
  void theCatalogueHasOnePatternPerId() {
    assertThat(Catalogue.standard())
        .extracting(FailurePattern::id)
        .containsExactlyInAnyOrder(PatternId.values());
  }
}
