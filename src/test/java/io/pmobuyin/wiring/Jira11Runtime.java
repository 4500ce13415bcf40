package io.pmobuyin.wiring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A class loader shaped like a plugin on Jira 11 (Platform 8), as far as wiring goes: Spring 6, the
 * Jakarta EE 10 APIs, our Atlassian declarations in their jakarta form, one app jar, and {@link
 * PluginWiring} itself, all above the JDK's platform loader, so nothing of the test class path
 * (Spring 5, javax) can leak in. The build fills {@code target/jira11-wiring} and {@code
 * target/jira11-declarations}; {@code target/test-classes} gives the wiring classes.
 */
final class Jira11Runtime implements AutoCloseable {

  private static final Path TARGET = Path.of("target");
  private static final String WIRING_PACKAGE = "io/pmobuyin/wiring";

  private final URLClassLoader loader;

  private Jira11Runtime(URLClassLoader loader) {
    this.loader = loader;
  }

  /** Platform 8's wiring world around the given app jar; {@code scratch} takes a class copy. */
  static Jira11Runtime around(Path appJar, Path scratch) {
    List<URL> urls = new ArrayList<>();
    urls.add(url(appJar));
    platform().forEach(entry -> urls.add(url(entry)));
    urls.add(url(wiringClassesOnly(scratch)));
    return new Jira11Runtime(
        new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader()));
  }

  /**
   * Our declarations in their Jira 11 form, then the platform's jars (Spring 6, jakarta APIs,
   * SLF4J): what a Jira 11 plugin sees of its host. Skips the test when the build compiled against
   * Atlassian's own jars instead of our declarations.
   */
  static List<Path> platform() {
    Path declarations = existing(TARGET.resolve("jira11-declarations"));
    Assumptions.assumeTrue(
        Files.isDirectory(declarations.resolve("com/atlassian")),
        "built against Atlassian's own jars (-Patlassian): no declarations of ours to use");
    List<Path> entries = new ArrayList<>();
    entries.add(declarations);
    try (Stream<Path> jars = Files.list(existing(TARGET.resolve("jira11-wiring")))) {
      jars.sorted().forEach(entries::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  /**
   * What {@link PluginWiring#problems} reports for the app jar's own Spring XML and descriptors.
   */
  @SuppressWarnings("unchecked")
  List<String> wiringProblems() {
    return (List<String>)
        inside(
            () -> {
              Object wiring =
                  wiringClass()
                      .getMethod("loadWithInertServices", String[].class)
                      .invoke(null, (Object) new String[] {SpringWiringTest.SPRING_XML});
              return wiringClass()
                  .getMethod("problems", String[].class)
                  .invoke(wiring, (Object) SpringWiringTest.DESCRIPTORS);
            });
  }

  /** Module classes and REST resources the app jar's descriptors name, as found in this world. */
  @SuppressWarnings("unchecked")
  List<String> modulesNamed() {
    return (List<String>)
        inside(
            () ->
                wiringClass()
                    .getMethod("modulesNamedIn", String[].class)
                    .invoke(null, (Object) SpringWiringTest.DESCRIPTORS));
  }

  /** The class as this world loads it (not as the test class path does). */
  Class<?> load(String className) {
    try {
      return Class.forName(className, false, loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException("No " + className + " in the Jira 11 world", e);
    }
  }

  /** Spring's own statement of its version, read from its jar's manifest. */
  String springVersion() {
    return (String)
        inside(
            () ->
                load("org.springframework.core.SpringVersion")
                    .getMethod("getVersion")
                    .invoke(null));
  }

  private Class<?> wiringClass() {
    return load(PluginWiring.class.getName());
  }

  /** Runs with this loader as the context loader, which Spring's resource lookup uses. */
  private Object inside(Callable<Object> call) {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      return call.call();
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("In the Jira 11 world: " + e.getCause(), e.getCause());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  /** Only the wiring package's classes: the rest of test-classes would bring javax and Spring 5. */
  private static Path wiringClassesOnly(Path scratch) {
    Path from = existing(TARGET.resolve("test-classes").resolve(WIRING_PACKAGE));
    Path to = scratch.resolve("wiring-classes");
    try (Stream<Path> files = Files.list(from)) {
      Path pkg = Files.createDirectories(to.resolve(WIRING_PACKAGE));
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        Files.copy(file, pkg.resolve(file.getFileName().toString()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return to;
  }

  private static Path existing(Path path) {
    if (!Files.exists(path)) {
      throw new IllegalStateException(path + " is made by the build: run through `mvn verify`");
    }
    return path;
  }

  private static URL url(Path path) {
    try {
      return path.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(e);
    }
  }

  @Override
  public void close() throws IOException {
    loader.close();
  }
}
