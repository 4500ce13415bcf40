package io.pmobuyin.value;

import static io.pmobuyin.value.ValueArea.CUSTOMER;
import static io.pmobuyin.value.ValueArea.EMPLOYEE;
import static io.pmobuyin.value.ValueArea.FINANCIAL;

import io.pmobuyin.mining.pattern.PatternId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Which value areas each failure pattern hurts (the product catalogue's table). */
public final class PatternValueAreas {

  private static final Map<PatternId, List<ValueArea>> AREAS = new EnumMap<>(PatternId.class);

  static {
    AREAS.put(PatternId.SCHEDULE_SLIP, List.of(CUSTOMER, FINANCIAL));
    AREAS.put(PatternId.VERSION_CARRY_OVER, List.of(CUSTOMER, FINANCIAL));
    AREAS.put(PatternId.SCOPE_CREEP, List.of(FINANCIAL, EMPLOYEE));
    AREAS.put(PatternId.REWORK, List.of(CUSTOMER, FINANCIAL));
    AREAS.put(PatternId.LATE_DEFECTS, List.of(CUSTOMER));
    AREAS.put(PatternId.ESTIMATION_MISS, List.of(FINANCIAL));
    AREAS.put(PatternId.ABANDONED_WORK, List.of(FINANCIAL, EMPLOYEE));
    AREAS.put(PatternId.HANDOFF_CHURN, List.of(EMPLOYEE));
    AREAS.put(PatternId.PRIORITY_ESCALATION, List.of(CUSTOMER, EMPLOYEE));
    AREAS.put(PatternId.BLOCKED_WORK, List.of(EMPLOYEE, FINANCIAL));
    AREAS.put(PatternId.STALLED_WORK, List.of(EMPLOYEE));
    AREAS.put(PatternId.LONG_CYCLE, List.of(CUSTOMER));
    AREAS.put(PatternId.OWNERLESS_WORK, List.of(EMPLOYEE));
  }

  private PatternValueAreas() {}

  public static List<ValueArea> of(PatternId pattern) {
    return AREAS.get(pattern);
  }
}
