package io.pmobuyin.settings;

import io.pmobuyin.mining.record.PlausibleDates;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A form's raw text read field by field. A field that is absent, or wrong, gives its current value;
 * a wrong one also gives one problem, so the admin sees every field's problem at once.
 */
final class FormFields {

  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  /** Longer than any number a setting takes, with room for decimals. */
  private static final int LONGEST_NUMBER = 40;

  /**
   * No setting is a number above a billion (an hourly rate in the smallest currency stays far
   * below); larger ones would turn the report's sums into infinity.
   */
  private static final BigDecimal LARGEST = BigDecimal.valueOf(1_000_000_000L);

  private final Map<String, String> values;
  private final Set<String> read = new HashSet<>();
  private final Map<String, SettingsProblem> problems = new LinkedHashMap<>();

  FormFields(SettingsForm form) {
    this.values = form.values();
  }

  double number(String key, double current, NumberRule rule) {
    return required(key)
        .flatMap(text -> decimal(key, text, rule))
        .map(BigDecimal::doubleValue)
        .orElse(current);
  }

  int whole(String key, int current, NumberRule rule) {
    Optional<String> text = required(key);
    Optional<BigDecimal> value = text.flatMap(t -> decimal(key, t, rule));
    if (value.isEmpty()) {
      return current;
    }
    try {
      return value.get().intValueExact();
    } catch (ArithmeticException e) {
      problem(key, "pmobuyin.settings.error.not-a-whole-number", text.get());
      return current;
    }
  }

  boolean flag(String key, boolean current) {
    Optional<String> text = required(key);
    if (text.isEmpty()) {
      return current;
    }
    return switch (text.get().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> {
        problem(key, "pmobuyin.settings.error.not-a-boolean", text.get());
        yield current;
      }
    };
  }

  /** Blank for none. */
  LocalDate date(String key, LocalDate current) {
    String text = take(key);
    if (text == null) {
      return current;
    }
    if (text.isEmpty()) {
      return null;
    }
    LocalDate day;
    try {
      day = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problem(key, "pmobuyin.settings.error.date", text);
      return current;
    }
    if (!PlausibleDates.contains(day)) {
      problem(key, "pmobuyin.settings.error.date-range", text, PlausibleDates.range());
      return current;
    }
    return day;
  }

  ZoneId zone(String key, ZoneId current) {
    Optional<String> text = required(key);
    try {
      return text.map(ZoneId::of).orElse(current);
    } catch (DateTimeException e) {
      problem(key, "pmobuyin.settings.error.zone", text.get());
      return current;
    }
  }

  String currency(String key, String current) {
    Optional<String> text = required(key);
    String code = text.map(t -> t.toUpperCase(Locale.ROOT)).orElse(current);
    if (!CURRENCY.matcher(code).matches()) {
      problem(key, "pmobuyin.settings.error.currency", text.orElse(code));
      return current;
    }
    return code;
  }

  /** Blank for none. */
  String optionalText(String key, String current, int maxLength) {
    String text = take(key);
    if (text == null) {
      return current;
    }
    if (text.length() > maxLength) {
      problem(key, "pmobuyin.settings.error.too-long", maxLength);
      return current;
    }
    return text.isEmpty() ? null : text;
  }

  /**
   * A comma-separated list, blank for none; {@code parse} gives empty for an item it refuses, and
   * the first such item is the problem.
   */
  <T> Set<T> list(
      String key, Set<T> current, Function<String, Optional<T>> parse, String messageKey) {
    String text = take(key);
    if (text == null) {
      return current;
    }
    Set<T> items = new LinkedHashSet<>();
    for (String item : text.split(",", -1)) {
      String stripped = item.strip();
      if (stripped.isEmpty()) {
        continue;
      }
      Optional<T> parsed = parse.apply(stripped);
      if (parsed.isEmpty()) {
        problem(key, messageKey, stripped);
        return current;
      }
      items.add(parsed.get());
    }
    return items;
  }

  /** The fields whose keys start with {@code prefix} and were not read yet, sorted by key. */
  Map<String, String> under(String prefix) {
    Map<String, String> found = new TreeMap<>();
    values.forEach(
        (key, text) -> {
          if (key.startsWith(prefix) && !read.contains(key)) {
            found.put(key, text);
          }
        });
    read.addAll(found.keySet());
    return found;
  }

  /** The field's first problem counts: one per field is what the form shows. */
  void problem(String field, String messageKey, Object... arguments) {
    problems.putIfAbsent(field, new SettingsProblem(field, messageKey, arguments));
  }

  boolean given(String key) {
    return values.containsKey(key);
  }

  boolean fine(String... keys) {
    for (String key : keys) {
      if (problems.containsKey(key)) {
        return false;
      }
    }
    return true;
  }

  /** Every problem, and one for each key nothing read: a typo must never go unnoticed. */
  List<SettingsProblem> problems() {
    List<SettingsProblem> all = new ArrayList<>(problems.values());
    new TreeMap<>(values)
        .keySet().stream()
            .filter(key -> !read.contains(key))
            .map(key -> new SettingsProblem(key, "pmobuyin.settings.error.unknown-key", key))
            .forEach(all::add);
    return all;
  }

  private Optional<BigDecimal> decimal(String key, String text, NumberRule rule) {
    if (text.length() > LONGEST_NUMBER) {
      // Refused before it is read (a million digits take BigDecimal seconds), and echoed short.
      problem(key, "pmobuyin.settings.error.not-a-number", text.substring(0, 20) + "\u2026");
      return Optional.empty();
    }
    BigDecimal value;
    try {
      // Stricter than Double.parseDouble: no NaN, no Infinity, no 1d or hexadecimal.
      value = new BigDecimal(text);
    } catch (NumberFormatException e) {
      problem(key, "pmobuyin.settings.error.not-a-number", text);
      return Optional.empty();
    }
    if (value.abs().compareTo(LARGEST) > 0) {
      problem(key, "pmobuyin.settings.error.too-large", text, LARGEST.toPlainString());
      return Optional.empty();
    }
    if (!rule.allows(value.doubleValue())) {
      problems.putIfAbsent(key, rule.problem(key, text));
      return Optional.empty();
    }
    return Optional.of(value);
  }

  /** The text of a field that must not be blank; empty when absent or blank (a problem then). */
  private Optional<String> required(String key) {
    String text = take(key);
    if (text != null && text.isEmpty()) {
      problem(key, "pmobuyin.settings.error.required");
      return Optional.empty();
    }
    return Optional.ofNullable(text);
  }

  private String take(String key) {
    read.add(key);
    return values.get(key);
  }
}
