package io.pmobuyin.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.pmobuyin.jira.rest.RestPermissionMatrixTest.Caller;
import io.pmobuyin.jira.rest.RestPermissionMatrixTest.Endpoint;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.ws.rs.HttpMethod;
import org.junit.jupiter.api.Test;

/**
 * docs/openapi.yaml documents the REST API the resource classes declare: every operation, no more,
 * each with its path parameters, a 401 for anonymous callers, and who may call it as the permission
 * matrix proves it.
 */
class OpenApiDocumentTest {

  static final Path DOCUMENT = Path.of("docs/openapi.yaml");
  static final Path RESOURCES = Path.of("target/classes/io/pmobuyin/jira/rest");
  static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "patch", "head");
  static final Pattern PARAMETER = Pattern.compile("\\{([^}/]+)}");

  static JsonNode document() throws IOException {
    return new ObjectMapper(new YAMLFactory()).readTree(DOCUMENT.toFile());
  }

  /** "GET /report/patterns/{id}" for each operation of each resource class. */
  static Set<String> declaredOperations() throws Exception {
    Set<String> operations = new TreeSet<>();
    for (Class<?> resource : resourceClasses()) {
      String base = resource.getAnnotation(javax.ws.rs.Path.class).value();
      for (Method method : resource.getMethods()) {
        String verb = httpMethod(method);
        if (verb != null) {
          javax.ws.rs.Path sub = method.getAnnotation(javax.ws.rs.Path.class);
          operations.add(verb + " " + join(base, sub == null ? "" : sub.value()));
        }
      }
    }
    return operations;
  }

  private static Set<String> documentedOperations(JsonNode document) {
    Set<String> operations = new TreeSet<>();
    document
        .get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        verb -> {
                          if (OPERATIONS.contains(verb)) {
                            operations.add(verb.toUpperCase(Locale.ROOT) + " " + path.getKey());
                          }
                        }));
    return operations;
  }

  @Test
  void listsExactlyTheOperationsTheResourceClassesDeclare() throws Exception {
    Set<String> declared = declaredOperations();

    assertThat(declared).contains("GET /report/patterns/{id}/evidence", "DELETE /runs/errors");
    assertThat(documentedOperations(document())).isEqualTo(declared);
  }

  @Test
  void isAnOpenApi3DocumentServedUnderTheAppsRestPath() throws Exception {
    JsonNode document = document();

    assertThat(document.get("openapi").asText()).startsWith("3.");
    assertThat(document.get("info").get("title").asText()).isNotBlank();
    assertThat(document.get("servers").get(0).get("url").asText()).isEqualTo("/rest/pmo-buyin/1.0");
  }

  @Test
  void declaresEveryPathParameterAndAnAnswerForAnonymousCallers() throws Exception {
    JsonNode document = document();
    for (Operation operation : operations(document)) {
      Set<String> inPath = new TreeSet<>();
      Matcher names = PARAMETER.matcher(operation.path());
      while (names.find()) {
        inPath.add(names.group(1));
      }
      Set<String> declared = new TreeSet<>();
      for (JsonNode parameter : operation.node().path("parameters")) {
        JsonNode resolved = resolve(document, parameter);
        if (resolved.get("in").asText().equals("path")) {
          declared.add(resolved.get("name").asText());
        }
      }
      assertThat(declared).as(operation.toString()).isEqualTo(inPath);
      assertThat(operation.node().get("responses").has("401")).as(operation.toString()).isTrue();
    }
  }

  @Test
  void resolvesEveryReference() throws Exception {
    JsonNode document = document();
    List<String> references = new ArrayList<>();
    collectReferences(document, references);

    assertThat(references).isNotEmpty();
    for (String reference : references) {
      assertThat(resolve(document, reference)).as(reference).isNotNull();
    }
  }

  @Test
  void saysWhoMayCallEachOperationAsThePermissionMatrixProvesIt() throws Exception {
    List<Operation> documented = operations(document());
    for (Endpoint endpoint : RestPermissionMatrixTest.endpoints().toList()) {
      Operation operation = matching(documented, endpoint.name());
      String expected = endpoint.least() == Caller.ADMIN ? "admin" : "user";

      assertThat(operation.node().path("x-pmo-access").asText())
          .as(endpoint.name() + " documented as " + operation)
          .isEqualTo(expected);
    }
    assertThat(documented)
        .allSatisfy(o -> assertThat(o.node().path("x-pmo-access").asText()).isIn("user", "admin"));
  }

  /** One operation of the document: its verb, its path template, and its YAML. */
  record Operation(String verb, String path, JsonNode node) {
    @Override
    public String toString() {
      return verb + " " + path;
    }

    /** Literal segments outnumber parameters in the better match ("/gadgets/brief"). */
    int parameters() {
      return (int) PARAMETER.matcher(path).results().count();
    }

    boolean matches(String verbAndConcretePath) {
      String regex = verb + " " + PARAMETER.matcher(path).replaceAll("[^/]+");
      return verbAndConcretePath.matches(regex);
    }
  }

  private static List<Operation> operations(JsonNode document) {
    List<Operation> operations = new ArrayList<>();
    document
        .get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        verb -> {
                          if (OPERATIONS.contains(verb.getKey())) {
                            operations.add(
                                new Operation(
                                    verb.getKey().toUpperCase(Locale.ROOT),
                                    path.getKey(),
                                    verb.getValue()));
                          }
                        }));
    return operations;
  }

  private static Operation matching(List<Operation> operations, String verbAndPath) {
    return operations.stream()
        .filter(o -> o.matches(verbAndPath))
        .min(Comparator.comparingInt(Operation::parameters))
        .orElseThrow(() -> new AssertionError(verbAndPath + " is not in " + DOCUMENT));
  }

  private static JsonNode resolve(JsonNode document, JsonNode maybeReference) {
    return maybeReference.has("$ref")
        ? resolve(document, maybeReference.get("$ref").asText())
        : maybeReference;
  }

  private static JsonNode resolve(JsonNode document, String reference) {
    assertThat(reference).startsWith("#/");
    JsonNode found = document.at(reference.substring(1));
    return found.isMissingNode() ? null : found;
  }

  private static void collectReferences(JsonNode node, List<String> references) {
    if (node.has("$ref")) {
      references.add(node.get("$ref").asText());
    }
    node.forEach(child -> collectReferences(child, references));
  }

  private static List<Class<?>> resourceClasses() throws Exception {
    List<Class<?>> resources = new ArrayList<>();
    try (Stream<Path> classes = Files.list(RESOURCES)) {
      for (Path file : classes.toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".class") && !name.contains("$")) {
          Class<?> type =
              Class.forName("io.pmobuyin.jira.rest." + name.substring(0, name.length() - 6));
          if (type.isAnnotationPresent(javax.ws.rs.Path.class)) {
            resources.add(type);
          }
        }
      }
    }
    return resources;
  }

  private static String httpMethod(Method method) {
    for (var annotation : method.getAnnotations()) {
      HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (verb != null) {
        return verb.value();
      }
    }
    return null;
  }

  private static String join(String base, String sub) {
    String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
