package io.pmobuyin.report.view.common;

import io.pmobuyin.report.ProjectSection;
import io.pmobuyin.report.ReportDates;
import io.pmobuyin.value.EffortFigures;
import io.pmobuyin.value.ValueRates;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines under every view that say what its figures rest on: when the data was mined and how
 * recent it is, whether the PMO start date is missing (and where to set it), and what the money
 * assumes. A number a reader cannot date or trace is one a CFO will not take.
 */
public final class GadgetNotes {

  private static final DateTimeFormatter MINED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private GadgetNotes() {}

  /** The notes every gadget shows; {@code money} adds what its money figures assume. */
  public static List<String> of(GadgetInput input, boolean money) {
    List<String> notes = new ArrayList<>();
    notes.add(dataAsOf(input));
    String setup = setup(input);
    if (setup != null) {
      notes.add(setup);
    }
    if (money) {
      notes.add(assumptions(input));
    }
    return notes;
  }

  /** The newest project close of the selection, and when the data was mined. */
  static String dataAsOf(GadgetInput input) {
    Texts texts = input.texts();
    LocalDate newest =
        input.selection().projects().stream()
            .map(ProjectSection::closed)
            .max(LocalDate::compareTo)
            .orElse(null);
    String to = newest == null ? Figures.UNKNOWN : newest.toString();
    ReportDates dates = input.report().dates();
    if (dates == null) {
      return texts.text("pmobuyin.gadget.note.data-to", to);
    }
    ZoneId zone = zone(input);
    return texts.text(
        "pmobuyin.gadget.note.data-as-of",
        to,
        MINED.format(dates.minedAt().atZone(zone)),
        zone.getId());
  }

  /** Without a PMO start nothing compares before and after it: say where to set it. */
  static String setup(GadgetInput input) {
    if (input.report().settings().pmoStart() != null) {
      return null;
    }
    Texts texts = input.texts();
    ReportDates dates = input.report().dates();
    if (dates == null || dates.firstScopeUse() == null) {
      return texts.text("pmobuyin.gadget.note.no-start");
    }
    LocalDate first = dates.firstScopeUse();
    LocalDate quarterStart =
        first.withMonth((first.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
    return texts.text("pmobuyin.gadget.note.no-start.suggest", quarterStart.toString());
  }

  /** The rate, the fallback hours, the cost of delay, and the share of effort failure took. */
  public static String assumptions(GadgetInput input) {
    Texts texts = input.texts();
    Figures figures = input.figures();
    ValueRates rates = input.report().settings().rates();
    String delay =
        rates.costOfDelayPerDay() > 0
            ? texts.text("pmobuyin.gadget.note.delay", figures.money(rates.costOfDelayPerDay()))
            : texts.text("pmobuyin.gadget.note.no-delay");
    String rate =
        texts.text(
            "pmobuyin.gadget.note.rates",
            figures.money(rates.hourlyRate()),
            figures.whole(rates.fallbackHoursPerIssue()),
            delay);
    EffortFigures effort = input.selection().effort();
    if (effort == null || effort.hours() == 0) {
      return rate;
    }
    return rate
        + " "
        + texts.text(
            "pmobuyin.gadget.note.effort",
            figures.whole(effort.failureHours()),
            figures.percent(effort.failureShare()),
            figures.whole(effort.hours()),
            figures.percent(effort.recordedHours() / effort.hours()),
            figures.whole(effort.atStakeHours()));
  }

  private static ZoneId zone(GadgetInput input) {
    try {
      return ZoneId.of(input.report().settings().zone());
    } catch (RuntimeException e) {
      return ZoneOffset.UTC;
    }
  }
}
