package io.pmobuyin.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bodies the REST API sends and takes, component by component, as {@code docs/openapi.yaml}
 * documents them: every body class is a record, each of its components is a property of its schema
 * and the reverse, down through nested bodies, lists and maps. A component added to a body, or a
 * property to the document, without the other fails here.
 */
class OpenApiBodiesTest {

  private static final Path RESOURCES = Path.of("src/main/java/io/pmobuyin/jira/rest");

  private final List<String> mismatches = new ArrayList<>();
  private final Set<Class<?>> visited = new LinkedHashSet<>();

  @Test
  void everyBodyClassMatchesItsSchemaPropertyForProperty() throws Exception {
    JsonNode document = OpenApiDocumentTest.document();
    JsonNode schemas = document.at("/components/schemas");
    // Jackson writes a record's components and reads them through its constructor, nothing else.
    assertThat(allBodies())
        .as("body classes that are not records")
        .filteredOn(body -> !body.isRecord())
        .isEmpty();

    for (Class<?> body : topLevelBodies()) {
      String name = body.getSimpleName().replaceFirst("Dto$", "");
      if (schemas.has(name)) {
        compare(body, schemas.get(name), document, name);
      }
    }

    assertThat(mismatches).isEmpty();
    Set<String> undocumented = new TreeSet<>();
    for (Class<?> body : allBodies()) {
      if (!visited.contains(body)) {
        undocumented.add(body.getName());
      }
    }
    assertThat(undocumented).as("body classes no schema documents").isEmpty();
  }

  private void compare(Class<?> body, JsonNode schema, JsonNode document, String where) {
    if (!visited.add(body)) {
      return;
    }
    JsonNode resolved = resolve(schema, document);
    JsonNode properties = resolved.path("properties");
    Set<String> documented = new TreeSet<>();
    properties.fieldNames().forEachRemaining(documented::add);
    Set<String> declared = new TreeSet<>();
    for (RecordComponent component : components(body)) {
      declared.add(component.getName());
      JsonNode property = properties.get(component.getName());
      if (property != null) {
        nested(component.getGenericType(), property, document, where + "." + component.getName());
      }
    }
    if (!declared.equals(documented)) {
      mismatches.add(
          where
              + " ("
              + body.getSimpleName()
              + "): components "
              + declared
              + " but documented "
              + documented);
    }
  }

  /**
   * Follows a component's type into the schema: a body, a list or map of them, or a plain value.
   */
  private void nested(Type type, JsonNode property, JsonNode document, String where) {
    JsonNode schema = resolve(property, document);
    if (type instanceof ParameterizedType generic) {
      Type[] arguments = generic.getActualTypeArguments();
      if (List.class.isAssignableFrom((Class<?>) generic.getRawType())) {
        nested(arguments[0], schema.path("items"), document, where + "[]");
      } else {
        nested(
            arguments[arguments.length - 1],
            schema.path("additionalProperties"),
            document,
            where + "{}");
      }
    } else if (type instanceof Class<?> plain && isBody(plain)) {
      compare(plain, schema, document, where);
    }
  }

  /**
   * A {@code $ref}, or an {@code allOf} of one (OpenAPI 3.0's way to make a reference nullable).
   */
  private static JsonNode resolve(JsonNode schema, JsonNode document) {
    JsonNode node = schema;
    for (int depth = 0; depth < 10; depth++) {
      if (node.has("$ref")) {
        node = document.at(node.get("$ref").asText().substring(1));
      } else if (node.has("allOf") && node.get("allOf").size() == 1) {
        node = node.get("allOf").get(0);
      } else {
        return node;
      }
    }
    throw new IllegalStateException("references too deep");
  }

  /**
   * The JSON properties of a body, as Jackson sees a record: one per component. None for a class
   * that is not a record, which the test reports on its own.
   */
  private static List<RecordComponent> components(Class<?> body) {
    return body.isRecord() ? List.of(body.getRecordComponents()) : List.of();
  }

  private static boolean isBody(Class<?> type) {
    return type.getName().startsWith("io.pmobuyin.jira.rest.")
        && (type.getSimpleName().endsWith("Dto") || type.getDeclaringClass() != null);
  }

  private static List<Class<?>> topLevelBodies() throws IOException, ClassNotFoundException {
    List<Class<?>> bodies = new ArrayList<>();
    try (Stream<Path> files = Files.list(RESOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith("Dto.java")).sorted().toList()) {
        String name = file.getFileName().toString().replace(".java", "");
        bodies.add(Class.forName("io.pmobuyin.jira.rest." + name));
      }
    }
    return bodies;
  }

  private static List<Class<?>> allBodies() throws IOException, ClassNotFoundException {
    List<Class<?>> all = new ArrayList<>();
    for (Class<?> body : topLevelBodies()) {
      all.add(body);
      for (Class<?> inner : body.getClasses()) {
        all.add(inner);
      }
    }
    return all;
  }
}
