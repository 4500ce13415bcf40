package io.pmobuyin.value;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.mining.pattern.ValueArea;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an hour of work and a day of delay cost, and which value areas each pattern's money falls
 * in, set by the admin.
 *
 * @param hourlyRate cost of one hour of work
 * @param costOfDelayPerDay cost of one day a release or deliverable is late; 0 (the default) prices
 *     no delay, as no figure is invented for the admin
 * @param currency ISO code shown beside amounts
 * @param fallbackHoursPerIssue hours assumed for an issue with neither time spent nor estimate
 * @param areas the value areas the admin gave a pattern instead of the built-in ones (each
 *     pattern's {@code valueAreas()}); a pattern's money is split evenly over its areas
 */
public record ValueRates(
    double hourlyRate,
    double costOfDelayPerDay,
    String currency,
    double fallbackHoursPerIssue,
    Map<PatternId, List<ValueArea>> areas) {

  public ValueRates {
    Objects.requireNonNull(currency, "currency");
    if (hourlyRate < 0 || costOfDelayPerDay < 0 || fallbackHoursPerIssue < 0) {
      throw new IllegalArgumentException("rates must not be negative");
    }
    Map<PatternId, List<ValueArea>> copy = new EnumMap<>(PatternId.class);
    areas.forEach(
        (pattern, list) -> {
          if (list.isEmpty() || list.stream().distinct().count() != list.size()) {
            throw new IllegalArgumentException(pattern + ": areas must be given, each once");
          }
          copy.put(pattern, List.copyOf(list));
        });
    areas = copy.isEmpty() ? Map.of() : Map.copyOf(copy);
  }

  /** With the built-in value areas of every pattern. */
  public ValueRates(
      double hourlyRate, double costOfDelayPerDay, String currency, double fallbackHoursPerIssue) {
    this(hourlyRate, costOfDelayPerDay, currency, fallbackHoursPerIssue, Map.of());
  }

  public static ValueRates defaults() {
    return new ValueRates(100, 0, "USD", 4);
  }

  /** The areas a pattern's money is split over: the admin's, else the built-in ones. */
  public List<ValueArea> areasOf(PatternId pattern) {
    return areas.getOrDefault(pattern, pattern.valueAreas());
  }
}
