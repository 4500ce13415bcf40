package io.pmobuyin.report.json;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.mining.pattern.ValueArea;
import java.util.EnumMap;
import java.util.Map;

/** The catalogue's ids as the report writes them: patterns by name, value areas by id. */
final class ReportIds {

  static final ValueReader<PatternId> PATTERN =
      ValueReader.oneOf(PatternId.values(), PatternId::name);

  static final ValueReader<ValueArea> AREA = ValueReader.oneOf(ValueArea.values(), ValueArea::id);

  /** Money by value area: the writer gives every area, so every area is required. */
  static final ValueReader<Map<ValueArea, Double>> AMOUNT_BY_AREA = amountByArea();

  private ReportIds() {}

  private static ValueReader<Map<ValueArea, Double>> amountByArea() {
    ObjectReader.FieldList fields = ObjectReader.fields();
    for (ValueArea area : ValueArea.values()) {
      fields.field(area.id(), JsonCursor::number);
    }
    return fields.into(
        read -> {
          Map<ValueArea, Double> amounts = new EnumMap<>(ValueArea.class);
          for (ValueArea area : ValueArea.values()) {
            amounts.put(area, read.number(area.id()));
          }
          return amounts;
        });
  }
}
