package io.pmobuyin.value;

import java.util.Objects;

/**
 * What an hour of work and a day of delay cost, set by the admin.
 *
 * @param hourlyRate cost of one hour of work
 * @param costOfDelayPerDay cost of one day a release or deliverable is late; 0 (the default) prices
 *     no delay, as no figure is invented for the admin
 * @param currency ISO code shown beside amounts
 * @param fallbackHoursPerIssue hours assumed for an issue with neither time spent nor estimate
 */
public record ValueRates(
    double hourlyRate, double costOfDelayPerDay, String currency, double fallbackHoursPerIssue) {

  public ValueRates {
    Objects.requireNonNull(currency, "currency");
    if (hourlyRate < 0 || costOfDelayPerDay < 0 || fallbackHoursPerIssue < 0) {
      throw new IllegalArgumentException("rates must not be negative");
    }
  }

  public static ValueRates defaults() {
    return new ValueRates(100, 0, "USD", 4);
  }
}
