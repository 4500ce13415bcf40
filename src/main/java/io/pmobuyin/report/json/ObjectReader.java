package io.pmobuyin.report.json;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads one JSON object into one value: the fields it names, each required as the schema requires
 * them (null counts as present), and then builds the value from them. Fields it does not name are
 * skipped, so that a report from a later, compatible writer (same schema version, more fields)
 * still reads; fields declared optional may be missing, so that a report an earlier writer stored
 * (before the field existed) still reads too.
 */
final class ObjectReader<T> implements ValueReader<T> {

  private final Map<String, ValueReader<?>> fields;
  private final Set<String> optional;
  private final Function<Fields, T> build;

  private ObjectReader(
      Map<String, ValueReader<?>> fields, Set<String> optional, Function<Fields, T> build) {
    this.fields = fields;
    this.optional = optional;
    this.build = build;
  }

  static FieldList fields() {
    return new FieldList();
  }

  @Override
  public T read(JsonCursor in) {
    Map<String, Object> values = new HashMap<>();
    in.object(
        name -> {
          ValueReader<?> field = fields.get(name);
          if (field == null) {
            return false;
          }
          values.put(name, field.read(in));
          return true;
        });
    for (String name : fields.keySet()) {
      if (!values.containsKey(name) && !optional.contains(name)) {
        throw in.errorAt(name, "required field missing");
      }
    }
    try {
      return build.apply(new Fields(values));
    } catch (IllegalArgumentException e) {
      // A record's own check, such as rates that must not be negative.
      throw in.error(e.getMessage());
    }
  }

  /** The fields of an object and how to read each, in the order the schema lists them. */
  static final class FieldList {

    private final Map<String, ValueReader<?>> readers = new LinkedHashMap<>();
    private final Set<String> optional = new HashSet<>();

    private FieldList() {}

    FieldList field(String name, ValueReader<?> reader) {
      readers.put(name, reader);
      return this;
    }

    /** A field added to the schema after reports were stored: missing reads as null. */
    FieldList optionalField(String name, ValueReader<?> reader) {
      optional.add(name);
      return field(name, reader);
    }

    <T> ObjectReader<T> into(Function<Fields, T> build) {
      return new ObjectReader<>(
          Collections.unmodifiableMap(new LinkedHashMap<>(readers)), Set.copyOf(optional), build);
    }
  }

  /** The values read, by field name, for building the record. */
  static final class Fields {

    private final Map<String, Object> values;

    private Fields(Map<String, Object> values) {
      this.values = values;
    }

    long count(String name) {
      return (Long) get(name);
    }

    int smallCount(String name) {
      return (Integer) get(name);
    }

    double number(String name) {
      return (Double) get(name);
    }

    String text(String name) {
      return (String) get(name);
    }

    @SuppressWarnings("unchecked")
    <V> V value(String name) {
      return (V) get(name);
    }

    /** An optional field's value; null when the object did not have it. */
    @SuppressWarnings("unchecked")
    <V> V optional(String name) {
      return (V) values.get(name);
    }

    private Object get(String name) {
      if (!values.containsKey(name)) {
        throw new IllegalStateException("No field " + name + " was declared for this object");
      }
      return values.get(name);
    }
  }
}
