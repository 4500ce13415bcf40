package io.pmobuyin.testing;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Preload;
import net.java.ao.RawEntity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * An Active Objects entity interface read the way Active Objects reads it: each getter ({@code
 * getX}, or {@code isX} for a boolean) is a column named in upper case with underscores ({@code
 * getRunTrigger} is RUN_TRIGGER), with its Java type, NOT NULL, string length and index.
 */
public final class EntityColumns {

  /** A string column without {@link StringLength} is a VARCHAR(255). */
  public static final int DEFAULT_STRING_LENGTH = 255;

  /** The Java types this app stores, each with the database type Active Objects gives it. */
  private static final List<Class<?>> STORABLE =
      List.of(String.class, Date.class, int.class, long.class, boolean.class);

  private final Class<?> entity;
  private final Map<String, Column> columns = new LinkedHashMap<>();

  private EntityColumns(Class<?> entity) {
    this.entity = entity;
    for (Method method : entity.getMethods()) {
      accessorName(method)
          .filter(name -> method.getDeclaringClass() == entity)
          .ifPresent(name -> columns.put(columnName(name), column(name, method)));
    }
    columns.put("ID", new Column("ID", int.class, true, 0, true, null));
  }

  public static EntityColumns of(Class<?> entity) {
    if (!entity.isInterface() || !RawEntity.class.isAssignableFrom(entity)) {
      throw new IllegalArgumentException(entity + " is not an entity interface");
    }
    return new EntityColumns(entity);
  }

  public Class<?> entity() {
    return entity;
  }

  /** The {@link Table} name, before Jira's AO_xxxxxx_ prefix. */
  public String table() {
    Table table = entity.getAnnotation(Table.class);
    return table == null ? columnName(entity.getSimpleName()) : table.value();
  }

  public Map<String, Column> all() {
    return columns;
  }

  public Column named(String name) {
    Column column = columns.get(name);
    if (column == null) {
      throw new IllegalArgumentException(entity.getSimpleName() + " has no column " + name);
    }
    return column;
  }

  /** The column a getter or setter reads or writes, if the method is one. */
  public Optional<Column> column(Method method) {
    if (method.getName().equals("getID")) {
      return Optional.of(columns.get("ID"));
    }
    return accessorName(method)
        .or(() -> mutatorName(method))
        .map(EntityColumns::columnName)
        .map(columns::get);
  }

  public boolean isSetter(Method method) {
    return mutatorName(method).isPresent();
  }

  /** The columns every query reads: those {@link Preload} names, or all when it is absent. */
  public List<String> preloaded() {
    Preload preload = entity.getAnnotation(Preload.class);
    return preload == null || Arrays.asList(preload.value()).contains("*")
        ? List.copyOf(columns.keySet())
        : List.of(preload.value());
  }

  /** getRunTrigger is RUN_TRIGGER, getID is ID. */
  public static String columnName(String property) {
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < property.length(); i++) {
      char c = property.charAt(i);
      if (i > 0 && Character.isUpperCase(c) && !Character.isUpperCase(property.charAt(i - 1))) {
        name.append('_');
      }
      name.append(Character.toUpperCase(c));
    }
    return name.toString();
  }

  private static Optional<String> accessorName(Method method) {
    String name = method.getName();
    if (method.getParameterCount() != 0 || name.equals("getID")) {
      return Optional.empty();
    }
    if (name.startsWith("get") && name.length() > 3) {
      return Optional.of(name.substring(3));
    }
    if (name.startsWith("is") && name.length() > 2 && method.getReturnType() == boolean.class) {
      return Optional.of(name.substring(2));
    }
    return Optional.empty();
  }

  private static Optional<String> mutatorName(Method method) {
    String name = method.getName();
    return method.getParameterCount() == 1 && name.startsWith("set") && name.length() > 3
        ? Optional.of(name.substring(3))
        : Optional.empty();
  }

  private Column column(String property, Method getter) {
    Class<?> type = getter.getReturnType();
    if (!STORABLE.contains(type)) {
      throw new IllegalArgumentException(getter + ": the fake database stores no " + type);
    }
    StringLength length = getter.getAnnotation(StringLength.class);
    return new Column(
        columnName(property),
        type,
        getter.isAnnotationPresent(NotNull.class),
        type == String.class ? (length == null ? DEFAULT_STRING_LENGTH : length.value()) : 0,
        getter.isAnnotationPresent(Indexed.class),
        setter(property, type));
  }

  private Method setter(String property, Class<?> type) {
    try {
      return entity.getMethod("set" + property, type);
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  /**
   * One column.
   *
   * @param length for a string, its VARCHAR length or {@link StringLength#UNLIMITED}; else 0
   * @param setter null when the entity has none (Active Objects then cannot write the column)
   */
  public record Column(
      String name, Class<?> type, boolean notNull, int length, boolean indexed, Method setter) {

    /** The type a value of this column has once boxed: Integer for int, and so on. */
    public Class<?> boxed() {
      if (type == int.class) {
        return Integer.class;
      }
      if (type == long.class) {
        return Long.class;
      }
      return type == boolean.class ? Boolean.class : type;
    }

    /** What a getter returns for SQL NULL: 0 or false for a primitive, as Active Objects does. */
    public Object whenNull() {
      if (type == int.class) {
        return 0;
      }
      if (type == long.class) {
        return 0L;
      }
      return type == boolean.class ? Boolean.FALSE : null;
    }
  }
}
