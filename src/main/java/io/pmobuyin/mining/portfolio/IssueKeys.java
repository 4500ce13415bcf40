package io.pmobuyin.mining.portfolio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Every issue behind a number, held and written compactly: issue keys grouped by their project
 * part, numbers as ascending runs. Written as text, e.g. {@code "HDFS-3..7,12 HADOOP-40"}: a space
 * between project parts, a comma between runs, {@code a..b} for a run of more than one number. Most
 * of a pattern's issues in a project are numbered close together, so the text stays short where a
 * list of keys would repeat the project part and every digit.
 *
 * <p>Only keys of Jira's form ({@code [A-Z][A-Z0-9_]*-\d+}, no leading zero) are held; anything
 * else is refused here, so nothing but such a key ever reaches a query or a page.
 */
public final class IssueKeys {

  private static final IssueKeys NONE = new IssueKeys(new TreeMap<>());
  private static final Pattern PROJECT = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]*-[1-9][0-9]{0,17}");

  /** Per project part, the runs as pairs: first, last, first, last… ascending, not touching. */
  private final TreeMap<String, long[]> runs;

  private final long size;

  private IssueKeys(TreeMap<String, long[]> runs) {
    this.runs = runs;
    long count = 0;
    for (long[] pairs : runs.values()) {
      for (int i = 0; i < pairs.length; i += 2) {
        count += pairs[i + 1] - pairs[i] + 1;
      }
    }
    this.size = count;
  }

  public static IssueKeys none() {
    return NONE;
  }

  /** Whether a text is an issue key of Jira's form, safe to put into a query as it is. */
  public static boolean isKey(String key) {
    return key != null && KEY.matcher(key).matches();
  }

  /** These keys; each one must be of Jira's form. */
  public static IssueKeys of(Iterable<String> keys) {
    Builder builder = new Builder();
    for (String key : keys) {
      if (!builder.add(key)) {
        throw new IllegalArgumentException("not an issue key: " + key);
      }
    }
    return builder.build();
  }

  /** Reads the written form back; refuses anything else. */
  public static IssueKeys parse(String text) {
    Objects.requireNonNull(text, "text");
    Builder builder = new Builder();
    if (text.isEmpty()) {
      return NONE;
    }
    for (String group : text.split(" ", -1)) {
      int dash = group.lastIndexOf('-');
      String project = dash < 0 ? group : group.substring(0, dash);
      if (dash < 0 || !PROJECT.matcher(project).matches()) {
        throw new IllegalArgumentException("not a group of issue keys: " + group);
      }
      for (String run : group.substring(dash + 1).split(",", -1)) {
        int dots = run.indexOf("..");
        long first = number(dots < 0 ? run : run.substring(0, dots), group);
        long last = dots < 0 ? first : number(run.substring(dots + 2), group);
        if (last < first) {
          throw new IllegalArgumentException("a run goes backwards: " + group);
        }
        builder.run(project, first, last);
      }
    }
    return builder.build();
  }

  private static long number(String digits, String group) {
    if (digits.isEmpty()
        || digits.length() > 18
        || digits.charAt(0) == '0'
        || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("not a group of issue keys: " + group);
    }
    return Long.parseLong(digits);
  }

  /** How many keys. */
  public long size() {
    return size;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  /** The project parts of the keys, in order. */
  public List<String> projects() {
    return List.copyOf(runs.keySet());
  }

  /** Every key, by project part and then by number. */
  public List<String> keys() {
    List<String> keys = new ArrayList<>();
    runs.forEach(
        (project, pairs) -> {
          for (int i = 0; i < pairs.length; i += 2) {
            for (long n = pairs[i]; n <= pairs[i + 1]; n++) {
              keys.add(project + "-" + n);
            }
          }
        });
    return Collections.unmodifiableList(keys);
  }

  /** These keys and those, each once. */
  public IssueKeys plus(IssueKeys other) {
    Builder builder = new Builder();
    for (IssueKeys keys : List.of(this, other)) {
      keys.runs.forEach(
          (project, pairs) -> {
            for (int i = 0; i < pairs.length; i += 2) {
              builder.run(project, pairs[i], pairs[i + 1]);
            }
          });
    }
    return builder.build();
  }

  /** The written form; empty for no keys. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    runs.forEach(
        (project, pairs) -> {
          text.append(text.length() == 0 ? "" : " ").append(project).append('-');
          for (int i = 0; i < pairs.length; i += 2) {
            text.append(i == 0 ? "" : ",").append(pairs[i]);
            if (pairs[i + 1] > pairs[i]) {
              text.append("..").append(pairs[i + 1]);
            }
          }
        });
    return text.toString();
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof IssueKeys that) || !runs.keySet().equals(that.runs.keySet())) {
      return false;
    }
    for (Map.Entry<String, long[]> entry : runs.entrySet()) {
      if (!Arrays.equals(entry.getValue(), that.runs.get(entry.getKey()))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  /**
   * Collects keys as they come. Keys that come in ascending order (as an export's pages and Jira's
   * batches mostly give them) extend the last run and cost nothing more; others are sorted and
   * merged when built.
   */
  public static final class Builder {

    private final Map<String, RunList> runs = new TreeMap<>();

    /** Adds a key; false, and nothing added, when it is not of Jira's form. */
    public boolean add(String key) {
      if (!isKey(key)) {
        return false;
      }
      int dash = key.lastIndexOf('-');
      long number = Long.parseLong(key.substring(dash + 1));
      run(key.substring(0, dash), number, number);
      return true;
    }

    void run(String project, long first, long last) {
      runs.computeIfAbsent(project, p -> new RunList()).add(first, last);
    }

    public IssueKeys build() {
      if (runs.isEmpty()) {
        return NONE;
      }
      TreeMap<String, long[]> built = new TreeMap<>();
      runs.forEach((project, list) -> built.put(project, list.merged()));
      return new IssueKeys(built);
    }
  }

  /** Runs of one project part, as pairs in a growing array. */
  private static final class RunList {
    private long[] pairs = new long[2];
    private int used;
    private boolean sorted = true;

    void add(long first, long last) {
      if (used > 0) {
        long previousLast = pairs[used - 1];
        if (first >= pairs[used - 2] && first <= previousLast + 1) {
          pairs[used - 1] = Math.max(previousLast, last);
          return;
        }
        sorted &= first > previousLast;
      }
      if (used == pairs.length) {
        pairs = Arrays.copyOf(pairs, pairs.length * 2);
      }
      pairs[used++] = first;
      pairs[used++] = last;
    }

    long[] merged() {
      long[] own = Arrays.copyOf(pairs, used);
      if (sorted) {
        return own;
      }
      Integer[] order = new Integer[used / 2];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> Long.compare(own[2 * a], own[2 * b]));
      long[] out = new long[used];
      int n = 0;
      for (Integer i : order) {
        long first = own[2 * i];
        long last = own[2 * i + 1];
        if (n > 0 && first <= out[n - 1] + 1) {
          out[n - 1] = Math.max(out[n - 1], last);
        } else {
          out[n++] = first;
          out[n++] = last;
        }
      }
      return Arrays.copyOf(out, n);
    }
  }
}
