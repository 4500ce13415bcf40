package io.pmobuyin.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The route the {@code atlassian11} profile takes, checked here: our sources in their jakarta form
 * ({@code target/jira11-sources}, made by the Eclipse Transformer) compile against the Jakarta EE
 * 10 APIs and our declarations in their Jira 11 form, with no javax API in reach. Whoever can reach
 * Atlassian's repository makes the same compile against the real jira-api 11.3.
 */
class Jira11SourcesIT {

  private static final Path TARGET = Path.of("target");
  private static final Pattern JAVAX_API_JAR =
      Pattern.compile(
          "(jakarta\\.(servlet|ws\\.rs|inject|annotation)-api-[1-4]\\.|javax\\.|jsr250|/classes$)");

  @TempDir Path out;

  @Test
  void theJakartaSourcesCompileWithoutAnyJavaxApi() throws IOException {
    List<Diagnostic<? extends JavaFileObject>> errors =
        compile(sources(TARGET.resolve("jira11-sources")), null);

    assertThat(errors).isEmpty();
    assertThat(out.resolve("io/pmobuyin/jira/admin/AdminPageServlet.class")).exists();
  }

  @Test
  void theJavaxSourcesDoNotCompileThere() throws IOException {
    // One javax source among the jakarta ones: the check does see the namespace.
    Path servlet = Path.of("src/main/java/io/pmobuyin/jira/admin/AdminPageServlet.java");

    List<Diagnostic<? extends JavaFileObject>> errors =
        compile(List.of(servlet), TARGET.resolve("jira11-sources"));

    assertThat(errors)
        .anySatisfy(e -> assertThat(e.getMessage(Locale.ENGLISH)).contains("javax.servlet"));
  }

  private List<Diagnostic<? extends JavaFileObject>> compile(List<Path> files, Path sourcePath)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options = new ArrayList<>();
    options.addAll(List.of("--release", "17", "-proc:none", "-nowarn", "-encoding", "UTF-8"));
    options.addAll(List.of("-d", out.toString(), "-classpath", jira11ClassPath()));
    if (sourcePath != null) {
      options.addAll(List.of("-sourcepath", sourcePath.toString(), "-implicit:none"));
    }
    try (StandardJavaFileManager manager = javac.getStandardFileManager(diagnostics, null, null)) {
      javac
          .getTask(
              null, manager, diagnostics, options, null, manager.getJavaFileObjectsFromPaths(files))
          .call();
    }
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .toList();
  }

  /**
   * Our declarations in their Jira 11 form, the jakarta APIs, and the libraries our code compiles
   * with (jackson-core, Velocity, SLF4J) from the test class path, without its javax APIs and
   * without our own compiled classes.
   */
  private static String jira11ClassPath() {
    List<String> entries = new ArrayList<>();
    Jira11Runtime.platform().forEach(entry -> entries.add(entry.toString()));
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.endsWith(".jar") && !JAVAX_API_JAR.matcher(entry).find()) {
        entries.add(entry);
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  private static List<Path> sources(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
  }
}
