package io.pmobuyin.bundle;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

/**
 * A stand-in for Jira in an OSGi framework: a bundle with no classes that exports the packages Jira
 * 10 exports to apps (test resource {@code osgi/jira10-host-exports.txt}).
 */
final class HostBundle {

  static final String EXPORTS = "/osgi/jira10-host-exports.txt";
  static final String JIRA11_EXPORTS = "/osgi/jira11-host-exports.txt";

  private final Map<String, String> exports;

  private HostBundle(Map<String, String> exports) {
    this.exports = exports;
  }

  static HostBundle jira10() {
    return listedIn(EXPORTS);
  }

  /** A stand-in for Jira 11 (Platform 8): test resource {@code osgi/jira11-host-exports.txt}. */
  static HostBundle jira11() {
    return listedIn(JIRA11_EXPORTS);
  }

  private static HostBundle listedIn(String resource) {
    Map<String, String> exports = new LinkedHashMap<>();
    try (InputStream in = HostBundle.class.getResourceAsStream(resource);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader
          .lines()
          .map(String::trim)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(line -> line.split("\\s+"))
          .forEach(columns -> exports.put(columns[0], columns[1]));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new HostBundle(exports);
  }

  HostBundle without(String pkg) {
    Map<String, String> fewer = new LinkedHashMap<>(exports);
    if (fewer.remove(pkg) == null) {
      throw new IllegalArgumentException(pkg + " is not exported by the host");
    }
    return new HostBundle(fewer);
  }

  Path writeTo(Path directory) {
    Manifest manifest = new Manifest();
    Attributes main = manifest.getMainAttributes();
    main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    main.putValue("Bundle-ManifestVersion", "2");
    main.putValue("Bundle-SymbolicName", "jira10.host.stand-in");
    main.putValue("Bundle-Version", "10.3.0");
    main.putValue(
        "Export-Package",
        exports.entrySet().stream()
            .map(e -> e.getKey() + ";version=\"" + e.getValue() + "\"")
            .collect(Collectors.joining(",")));
    Path jar = directory.resolve("jira10-host-" + exports.size() + ".jar");
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest)) {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return jar;
  }
}
