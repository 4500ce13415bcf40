package io.pmobuyin.mining.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.mining.pattern.CostBasis;
import io.pmobuyin.mining.pattern.PatternId;
import org.junit.jupiter.api.Test;

/**
 * A pattern says how its cost is known; the miner's effort rules must agree, or a report would call
 * an upper bound attributed (or the reverse).
 */
class CostBasisAgreementTest {

  private static final long HOUR = 3_600;

  @Test
  void aPatternIsAttributedExactlyWhereTheMinerSeparatesItsHours() {
    for (PatternId id : PatternId.values()) {
      Effort effort = CostAttribution.attributed(id, HOUR, HOUR, HOUR, HOUR);
      CostBasis basis = id.costBasis();

      switch (basis) {
        case ATTRIBUTED -> assertThat(effort).as(id.name()).isNotNull().isNotEqualTo(Effort.NONE);
        case DELAY -> assertThat(effort).as(id.name()).isEqualTo(Effort.NONE);
        case UPPER_BOUND -> assertThat(effort).as(id.name()).isNull();
      }
    }
  }
}
