package io.pmobuyin.report.json;

import io.pmobuyin.value.EffortFigures;

/** The effort behind the failure figures, each issue once; missing in reports stored before it. */
final class EffortReader {

  static final ValueReader<EffortFigures> EFFORT =
      ObjectReader.fields()
          .field("hours", JsonCursor::number)
          .field("recordedHours", JsonCursor::number)
          .field("issuesWithoutEffort", JsonCursor::number)
          .field("failureHours", JsonCursor::number)
          .field("failureCost", JsonCursor::number)
          .field("atStakeHours", JsonCursor::number)
          .field("lateDeliverables", JsonCursor::count)
          .field("delayDays", JsonCursor::count)
          .field("delayCost", JsonCursor::number)
          .into(
              read ->
                  new EffortFigures(
                      read.number("hours"),
                      read.number("recordedHours"),
                      read.number("issuesWithoutEffort"),
                      read.number("failureHours"),
                      read.number("failureCost"),
                      read.number("atStakeHours"),
                      read.count("lateDeliverables"),
                      read.count("delayDays"),
                      read.number("delayCost")));

  private EffortReader() {}

  /** Null where the section was built without effort (a report assembled elsewhere). */
  static void write(JsonWriter json, EffortFigures effort) {
    if (effort == null) {
      json.nullValue();
      return;
    }
    json.beginObject();
    json.name("hours").value(effort.hours());
    json.name("recordedHours").value(effort.recordedHours());
    json.name("issuesWithoutEffort").value(effort.issuesWithoutEffort());
    json.name("failureHours").value(effort.failureHours());
    json.name("failureCost").value(effort.failureCost());
    json.name("atStakeHours").value(effort.atStakeHours());
    json.name("lateDeliverables").value(effort.lateDeliverables());
    json.name("delayDays").value(effort.delayDays());
    json.name("delayCost").value(effort.delayCost());
    json.endObject();
  }
}
