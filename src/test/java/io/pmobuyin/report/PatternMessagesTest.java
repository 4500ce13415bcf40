package io.pmobuyin.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.mining.pattern.ValueArea;
import io.pmobuyin.testing.Reports;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Keys built at run time escape the descriptor lint; this checks them instead. */
class PatternMessagesTest {

  @Test
  void everyPatternHasANameAnExplanationAndValueAreas() {
    for (PatternId id : PatternId.values()) {
      assertThat(Reports.bundle()).containsKeys(id.nameKey(), id.explanationKey());
      assertThat(id.valueAreas()).isNotEmpty();
    }
  }

  @Test
  void everyValueAreaHasAName() {
    Arrays.stream(ValueArea.values())
        .forEach(area -> assertThat(Reports.bundle()).containsKey(area.nameKey()));
  }
}
