package io.pmobuyin.preview.cli;

import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.mining.PatternThresholds;
import io.pmobuyin.mining.StatusCategories;
import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.mining.record.StatusCategory;
import io.pmobuyin.value.ImprovementTargets;
import io.pmobuyin.value.ValueRates;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The optional {@code --config} file: Java properties with the same settings an admin sets in Jira.
 * Unknown keys are an error, so a typo never silently falls back to a default.
 *
 * <pre>
 * pmoStart=2023-07-01           zone=Europe/Berlin      evidenceLimit=25
 * hourlyRate=95                 costOfDelayPerDay=1500  currency=EUR   fallbackHoursPerIssue=4
 * baselineShare=0.2  lateShare=0.2  estimateLow=0.5  estimateHigh=1.5  handoffs=3
 * blockedDays=2  stalledDays=14  longCyclePercentile=0.85
 * status.Awaiting\ Deploy=in-progress      (to-do | in-progress | done)
 * targetReduction=0.3           target.SCOPE_CREEP=0.5  (the improvement plan: share cut, 0 to 1)
 * </pre>
 */
public final class SettingsFile {

  /** What a settings file sets. */
  public record Settings(MiningConfig mining, ValueRates rates, ImprovementTargets targets) {

    public Settings(MiningConfig mining, ValueRates rates) {
      this(mining, rates, ImprovementTargets.defaults());
    }
  }

  private SettingsFile() {}

  public static Settings read(Path file, MiningConfig mining, ValueRates rates) {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(in);
    } catch (IOException e) {
      throw new FileProblem("pmobuyin.cli.error.cannot-read", file, e.getMessage());
    }
    try {
      return apply(properties, mining, rates);
    } catch (RuntimeException e) {
      throw new FileProblem("pmobuyin.cli.error.config", file, e.getMessage());
    }
  }

  static Settings apply(Properties p, MiningConfig mining, ValueRates rates) {
    Map<String, StatusCategory> statuses = new HashMap<>();
    Map<PatternId, Double> reductions = new EnumMap<>(PatternId.class);
    for (String key : p.stringPropertyNames()) {
      if (key.startsWith("status.")) {
        statuses.put(key.substring("status.".length()), category(p.getProperty(key)));
      } else if (key.startsWith("target.")) {
        reductions.put(pattern(key.substring("target.".length())), number(p, key, 0));
      } else if (!KNOWN.contains(key)) {
        throw new IllegalArgumentException("unknown setting \"" + key + "\"");
      }
    }
    PatternThresholds t = mining.thresholds();
    PatternThresholds thresholds =
        new PatternThresholds(
            number(p, "baselineShare", t.baselineShare()),
            number(p, "lateShare", t.lateShare()),
            number(p, "estimateLow", t.estimateLow()),
            number(p, "estimateHigh", t.estimateHigh()),
            t.notDoneResolutions(),
            (int) number(p, "handoffs", t.handoffs()),
            number(p, "blockedDays", t.blockedDays()),
            number(p, "stalledDays", t.stalledDays()),
            number(p, "longCyclePercentile", t.longCyclePercentile()),
            t.bugTypes(),
            t.blockedStatuses(),
            t.priorityOrder());
    StatusCategories categories = mining.statusCategories().with(statuses);
    String start = p.getProperty("pmoStart");
    String zone = p.getProperty("zone");
    MiningConfig configured =
        new MiningConfig(
            thresholds,
            categories,
            start == null ? mining.pmoStart() : LocalDate.parse(start.trim()),
            zone == null ? mining.zone() : ZoneId.of(zone.trim()),
            (int) number(p, "evidenceLimit", mining.evidenceLimit()));
    ValueRates configuredRates =
        new ValueRates(
            number(p, "hourlyRate", rates.hourlyRate()),
            number(p, "costOfDelayPerDay", rates.costOfDelayPerDay()),
            p.getProperty("currency", rates.currency()).trim(),
            number(p, "fallbackHoursPerIssue", rates.fallbackHoursPerIssue()));
    ImprovementTargets targets =
        new ImprovementTargets(
            number(p, "targetReduction", ImprovementTargets.DEFAULT_REDUCTION), reductions);
    return new Settings(configured, configuredRates, targets);
  }

  private static final java.util.Set<String> KNOWN =
      java.util.Set.of(
          "pmoStart",
          "zone",
          "evidenceLimit",
          "hourlyRate",
          "costOfDelayPerDay",
          "currency",
          "fallbackHoursPerIssue",
          "baselineShare",
          "lateShare",
          "estimateLow",
          "estimateHigh",
          "handoffs",
          "blockedDays",
          "stalledDays",
          "longCyclePercentile",
          "targetReduction");

  private static double number(Properties p, String key, double fallback) {
    String value = p.getProperty(key);
    if (value == null) {
      return fallback;
    }
    try {
      return Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a number, not \"" + value + "\"");
    }
  }

  private static PatternId pattern(String id) {
    try {
      return PatternId.valueOf(id.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("target." + id + ": no failure pattern has that id");
    }
  }

  private static StatusCategory category(String value) {
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "to-do", "todo", "new" -> StatusCategory.TO_DO;
      case "in-progress", "indeterminate" -> StatusCategory.IN_PROGRESS;
      case "done" -> StatusCategory.DONE;
      default ->
          throw new IllegalArgumentException(
              "status category must be to-do, in-progress or done, not \"" + value + "\"");
    };
  }
}
