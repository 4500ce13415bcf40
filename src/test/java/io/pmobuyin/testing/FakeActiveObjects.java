package io.pmobuyin.testing;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * Jira's database as Active Objects shows it to our app, in memory: the service answers get,
 * create, find, deleteWithSQL and count for our entity interfaces, and each row it hands out is a
 * proxy that behaves as Active Objects' own. A row holds the values read when it was fetched;
 * setters change only the proxy until {@code save()}, which writes just the columns set. Two
 * adapters over one {@code FakeActiveObjects} are two cluster nodes over one database.
 *
 * <p>The service is a {@link Proxy} rather than a class implementing {@link ActiveObjects}, so the
 * tests also compile against the real interface (profile atlassian), which has more methods.
 */
public final class FakeActiveObjects {

  private final Map<Class<?>, FakeTable> tables = new HashMap<>();
  private final ActiveObjects service =
      (ActiveObjects)
          Proxy.newProxyInstance(
              ActiveObjects.class.getClassLoader(),
              new Class<?>[] {ActiveObjects.class},
              new Service());

  private FakeActiveObjects() {}

  public static FakeActiveObjects empty() {
    return new FakeActiveObjects();
  }

  public ActiveObjects service() {
    return service;
  }

  /** The stored columns of one row, as the database holds them; null when there is no such row. */
  public Map<String, Object> row(Class<? extends RawEntity<?>> type, int id) {
    return table(type).row(id);
  }

  public int rowCount(Class<? extends RawEntity<?>> type) {
    return table(type).count();
  }

  /** Changes stored columns directly, as another node or an admin's SQL would. */
  public void update(Class<? extends RawEntity<?>> type, int id, Map<String, Object> columns) {
    table(type).update(id, columns);
  }

  private synchronized FakeTable table(Class<?> type) {
    return tables.computeIfAbsent(type, t -> new FakeTable(EntityColumns.of(t)));
  }

  private Object entity(FakeTable table, Map<String, Object> values) {
    Class<?> type = table.columns().entity();
    return Proxy.newProxyInstance(
        type.getClassLoader(), new Class<?>[] {type}, new Row(table, values));
  }

  private Object entities(FakeTable table, List<Map<String, Object>> rows) {
    Object array = Array.newInstance(table.columns().entity(), rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Array.set(array, i, entity(table, rows.get(i)));
    }
    return array;
  }

  /** The ActiveObjects service: the calls the store adapters make, and nothing else. */
  private final class Service implements InvocationHandler {
    @Override
    public Object invoke(Object proxy, Method method, Object[] args) {
      Class<?>[] parameters = method.getParameterTypes();
      String call = method.getName() + parameters.length;
      switch (call) {
        case "get2":
          if (parameters[1] == Object.class) {
            FakeTable table = table((Class<?>) args[0]);
            Map<String, Object> row = table.row((Integer) args[1]);
            return row == null ? null : entity(table, row);
          }
          break;
        case "create2":
          if (parameters[1] == DBParam[].class) {
            FakeTable table = table((Class<?>) args[0]);
            return entity(table, table.row(table.insert((DBParam[]) args[1])));
          }
          break;
        case "find2":
          if (parameters[1] == Query.class) {
            FakeTable table = table((Class<?>) args[0]);
            return entities(table, table.select((Query) args[1]));
          }
          break;
        case "deleteWithSQL3":
          return table((Class<?>) args[0]).delete((String) args[1], (Object[]) args[2]);
        case "count1":
          return table((Class<?>) args[0]).count();
        case "toString0":
          return "FakeActiveObjects" + tables.keySet();
        case "hashCode0":
          return System.identityHashCode(proxy);
        case "equals1":
          return proxy == args[0];
        default:
          break;
      }
      throw new UnsupportedOperationException("FakeActiveObjects does not answer " + method);
    }
  }

  /** One entity: the values read with it, and the columns set since. */
  private static final class Row implements InvocationHandler {
    private final FakeTable table;
    private final Map<String, Object> values;
    private final Map<String, Object> dirty = new HashMap<>();

    Row(FakeTable table, Map<String, Object> values) {
      this.table = table;
      this.values = values;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) {
      String name = method.getName();
      int id = (Integer) values.get("ID");
      if (name.equals("save") && method.getParameterCount() == 0) {
        table.update(id, dirty);
        dirty.clear();
        return null;
      }
      if (name.equals("toString") && method.getParameterCount() == 0) {
        return table.columns().table() + " {ID = " + id + "}";
      }
      if (name.equals("hashCode") && method.getParameterCount() == 0) {
        return id;
      }
      if (name.equals("equals") && method.getParameterCount() == 1) {
        return proxy == args[0];
      }
      EntityColumns.Column column =
          table
              .columns()
              .column(method)
              .orElseThrow(() -> new UnsupportedOperationException("Not a column: " + method));
      if (table.columns().isSetter(method)) {
        if (args[0] == null && column.notNull()) {
          throw new IllegalArgumentException(
              "Field '" + column.name() + "' does not accept null values");
        }
        values.put(column.name(), args[0]);
        dirty.put(column.name(), args[0]);
        return null;
      }
      Object value = values.get(column.name());
      if (value instanceof java.util.Date date) {
        return new java.util.Date(date.getTime());
      }
      return value == null ? column.whenNull() : value;
    }
  }
}
