package io.pmobuyin.testing;

import io.pmobuyin.testing.EntityColumns.Column;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import net.java.ao.DBParam;
import net.java.ao.Query;
import net.java.ao.schema.StringLength;

/**
 * One table of {@link FakeActiveObjects}: rows by auto-increment id, written and read with the
 * checks the database and Active Objects would make (known columns, types, NOT NULL, string
 * length).
 */
final class FakeTable {

  private final EntityColumns columns;
  private final TreeMap<Integer, Map<String, Object>> rows = new TreeMap<>();
  private int nextId = 1;

  FakeTable(EntityColumns columns) {
    this.columns = columns;
  }

  EntityColumns columns() {
    return columns;
  }

  synchronized int insert(DBParam... params) {
    Map<String, Object> row = new HashMap<>();
    columns.all().keySet().forEach(name -> row.put(name, null));
    for (DBParam param : params) {
      Column column = columns.named(param.getField());
      if (column.name().equals("ID")) {
        throw new IllegalArgumentException("ID is generated, not given");
      }
      row.put(column.name(), checked(column, param.getValue()));
    }
    for (Column column : columns.all().values()) {
      if (column.notNull() && !column.name().equals("ID") && row.get(column.name()) == null) {
        throw new IllegalArgumentException(
            "NOT NULL column " + column.name() + " of " + columns.table() + " was not given");
      }
    }
    int id = nextId++;
    row.put("ID", id);
    rows.put(id, row);
    return id;
  }

  /** UPDATE … SET the given columns WHERE ID = id; no row, nothing updated. */
  synchronized void update(int id, Map<String, Object> changed) {
    Map<String, Object> row = rows.get(id);
    if (row == null) {
      return;
    }
    changed.forEach((name, value) -> row.put(name, checked(columns.named(name), value)));
  }

  synchronized Map<String, Object> row(int id) {
    Map<String, Object> row = rows.get(id);
    return row == null ? null : new HashMap<>(row);
  }

  synchronized List<Map<String, Object>> select(Query query) {
    List<Map<String, Object>> found = new ArrayList<>();
    Predicate<Map<String, Object>> where =
        FakeWhereClause.parse(query.getWhereClause(), query.getWhereParams(), columns);
    for (Map<String, Object> row : rows.values()) {
      if (where.test(row)) {
        found.add(new HashMap<>(row));
      }
    }
    found.sort(order(query.getOrderClause()));
    int from = Math.min(found.size(), Math.max(0, query.getOffset()));
    int to = query.getLimit() < 0 ? found.size() : Math.min(found.size(), from + query.getLimit());
    return new ArrayList<>(found.subList(from, to));
  }

  synchronized int delete(String criteria, Object... params) {
    Predicate<Map<String, Object>> where = FakeWhereClause.parse(criteria, params, columns);
    List<Integer> doomed = new ArrayList<>();
    rows.forEach(
        (id, row) -> {
          if (where.test(row)) {
            doomed.add(id);
          }
        });
    doomed.forEach(rows::remove);
    return doomed.size();
  }

  synchronized int count() {
    return rows.size();
  }

  /** ORDER BY "COL [ASC|DESC], …", then by ID so the order is always the same. */
  private Comparator<Map<String, Object>> order(String clause) {
    Comparator<Map<String, Object>> order = (a, b) -> 0;
    if (clause != null && !clause.isBlank()) {
      for (String term : clause.trim().split("\\s*,\\s*")) {
        String[] words = term.split("\\s+");
        Column column = columns.named(words[0]);
        boolean descending = words.length > 1 && words[1].equalsIgnoreCase("DESC");
        Comparator<Map<String, Object>> byColumn =
            Comparator.comparing(
                row -> FakeWhereClause.comparable(row.get(column.name())),
                Comparator.nullsFirst(Comparator.naturalOrder()));
        order = order.thenComparing(descending ? byColumn.reversed() : byColumn);
      }
    }
    return order.thenComparing(row -> (Integer) row.get("ID"));
  }

  private Object checked(Column column, Object value) {
    if (value == null) {
      if (column.notNull()) {
        throw new IllegalArgumentException(
            "Cannot set non-null field " + column.name() + " to null");
      }
      return null;
    }
    if (!column.boxed().isInstance(value)) {
      throw new IllegalArgumentException(
          column.name() + " holds " + column.boxed().getSimpleName() + ", not " + value.getClass());
    }
    if (value instanceof String text) {
      if (column.notNull() && text.isBlank()) {
        throw new IllegalArgumentException(
            "Cannot set non-null String field " + column.name() + " to ''");
      }
      if (column.length() != StringLength.UNLIMITED && text.length() > column.length()) {
        throw new IllegalArgumentException(
            column.name() + " is VARCHAR(" + column.length() + "), given " + text.length());
      }
    }
    return value instanceof java.util.Date date ? new java.util.Date(date.getTime()) : value;
  }
}
