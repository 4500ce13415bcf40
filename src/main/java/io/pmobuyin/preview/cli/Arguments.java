package io.pmobuyin.preview.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Options of one command: {@code --name value}, {@code --flag}, and for {@code --input} any number
 * of values up to the next option. Unknown options are a usage error, not ignored.
 */
public final class Arguments {

  private final Map<String, List<String>> options = new LinkedHashMap<>();

  private Arguments() {}

  /**
   * @param valued options that take one value
   * @param multi options that take one or more values
   * @param flags options that take none
   */
  public static Arguments parse(
      List<String> args, Set<String> valued, Set<String> multi, Set<String> flags) {
    Arguments parsed = new Arguments();
    int i = 0;
    while (i < args.size()) {
      String option = args.get(i++);
      if (flags.contains(option)) {
        parsed.options.put(option, List.of());
      } else if (valued.contains(option)) {
        if (i >= args.size() || args.get(i).startsWith("--")) {
          throw new UsageException("pmobuyin.cli.error.missing-value", option);
        }
        parsed.options.put(option, List.of(args.get(i++)));
      } else if (multi.contains(option)) {
        List<String> values = new ArrayList<>();
        while (i < args.size() && !args.get(i).startsWith("--")) {
          values.add(args.get(i++));
        }
        if (values.isEmpty()) {
          throw new UsageException("pmobuyin.cli.error.missing-value", option);
        }
        parsed.options.computeIfAbsent(option, o -> new ArrayList<>()).addAll(values);
      } else {
        throw new UsageException("pmobuyin.cli.error.unknown-option", option);
      }
    }
    return parsed;
  }

  public boolean has(String option) {
    return options.containsKey(option);
  }

  public String value(String option, String fallback) {
    List<String> values = options.get(option);
    return values == null ? fallback : values.get(0);
  }

  public List<String> values(String option) {
    return options.getOrDefault(option, List.of());
  }

  public long number(String option, long fallback) {
    String value = value(option, null);
    if (value == null) {
      return fallback;
    }
    try {
      long number = Long.parseLong(value.replace("_", ""));
      if (number <= 0) {
        throw new NumberFormatException();
      }
      return number;
    } catch (NumberFormatException e) {
      throw new UsageException("pmobuyin.cli.error.not-a-number", option, value);
    }
  }
}
