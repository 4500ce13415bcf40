package io.pmobuyin.testing;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The WHERE clauses the store adapters write ({@code COL op ?} joined by AND), understood as SQL
 * would: a comparison with NULL is never true. Anything else is refused, so a test cannot pass on a
 * clause the fake only pretends to understand.
 */
final class FakeWhereClause {

  private static final Pattern TERM =
      Pattern.compile("\\s*([A-Z][A-Z0-9_]*)\\s*(=|<>|<=|>=|<|>)\\s*\\?\\s*");

  private FakeWhereClause() {}

  static Predicate<Map<String, Object>> parse(
      String clause, Object[] params, EntityColumns columns) {
    if (clause == null || clause.isBlank()) {
      return row -> true;
    }
    Object[] values = params == null ? new Object[0] : params;
    String[] terms = clause.split("(?i)\\s+AND\\s+");
    if (terms.length != values.length) {
      throw new IllegalArgumentException(
          "'" + clause + "' has " + terms.length + " parameters, given " + values.length);
    }
    List<Predicate<Map<String, Object>>> tests = new ArrayList<>();
    for (int i = 0; i < terms.length; i++) {
      Matcher term = TERM.matcher(terms[i]);
      if (!term.matches()) {
        throw new IllegalArgumentException(
            "The fake database does not understand '" + clause + "'");
      }
      String column = columns.named(term.group(1)).name();
      tests.add(comparison(column, term.group(2), comparable(values[i])));
    }
    return row -> tests.stream().allMatch(test -> test.test(row));
  }

  /** Numbers as longs, dates as milliseconds: what the database compares. */
  @SuppressWarnings("unchecked")
  static Comparable<Object> comparable(Object value) {
    Object plain = value;
    if (value instanceof Number number) {
      plain = number.longValue();
    } else if (value instanceof Date date) {
      plain = date.getTime();
    }
    return (Comparable<Object>) plain;
  }

  private static Predicate<Map<String, Object>> comparison(
      String column, String operator, Comparable<Object> param) {
    return row -> {
      Comparable<Object> value = comparable(row.get(column));
      if (value == null || param == null) {
        return false;
      }
      if (value.getClass() != param.getClass()) {
        throw new IllegalArgumentException(
            column + " compared with a " + param.getClass().getSimpleName());
      }
      int sign = Integer.signum(value.compareTo(param));
      return switch (operator) {
        case "=" -> sign == 0;
        case "<>" -> sign != 0;
        case "<" -> sign < 0;
        case "<=" -> sign <= 0;
        case ">" -> sign > 0;
        default -> sign >= 0;
      };
    };
  }
}
