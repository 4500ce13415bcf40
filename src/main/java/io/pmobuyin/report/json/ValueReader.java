package io.pmobuyin.report.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Reads one value of a report document, whatever its kind, at the cursor. */
@FunctionalInterface
interface ValueReader<T> {

  T read(JsonCursor in);

  /** For the values the schema allows to be null (a period without a PMO start date). */
  default ValueReader<T> orNull() {
    return in -> in.atNull() ? null : read(in);
  }

  static <T> ValueReader<List<T>> listOf(ValueReader<T> element) {
    return in -> {
      List<T> list = new ArrayList<>();
      in.array(() -> list.add(element.read(in)));
      return list;
    };
  }

  /** An object used as a map: every field is an entry, in document order. */
  static <T> ValueReader<Map<String, T>> mapOf(ValueReader<T> value) {
    return in -> {
      Map<String, T> map = new LinkedHashMap<>();
      in.object(
          name -> {
            map.put(name, value.read(in));
            return true;
          });
      return map;
    };
  }

  /** A string naming one of these constants, by the id the writer gave it. */
  static <E extends Enum<E>> ValueReader<E> oneOf(E[] constants, Function<E, String> id) {
    return in -> {
      String text = in.text();
      for (E constant : constants) {
        if (id.apply(constant).equals(text)) {
          return constant;
        }
      }
      throw in.error("unknown " + constants[0].getDeclaringClass().getSimpleName());
    };
  }
}
