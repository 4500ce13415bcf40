package io.pmobuyin.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The built app jar, read whole into memory: its manifest and its entries. */
public final class AppBundle {

  private final Path path;
  private final Map<String, byte[]> entries;
  private final Attributes mainAttributes;

  private AppBundle(Path path, Map<String, byte[]> entries, Attributes mainAttributes) {
    this.path = path;
    this.entries = entries;
    this.mainAttributes = mainAttributes;
  }

  /** The jar the build just made; failsafe passes its path in {@code pmobuyin.bundle}. */
  public static AppBundle built() {
    String location = System.getProperty("pmobuyin.bundle");
    if (location == null) {
      throw new IllegalStateException("Run through `mvn verify`: pmobuyin.bundle is not set");
    }
    return open(Paths.get(location));
  }

  /** The Jira 11 jar the build just made; failsafe passes its path in {@code pmobuyin.bundle11}. */
  public static AppBundle builtForJira11() {
    String location = System.getProperty("pmobuyin.bundle11");
    if (location == null) {
      throw new IllegalStateException("Run through `mvn verify`: pmobuyin.bundle11 is not set");
    }
    return open(Paths.get(location));
  }

  public static AppBundle open(Path jar) {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      Map<String, byte[]> entries = new TreeMap<>();
      for (ZipEntry entry : Collections.list(zip.entries())) {
        if (!entry.isDirectory()) {
          try (InputStream in = zip.getInputStream(entry)) {
            entries.put(entry.getName(), in.readAllBytes());
          }
        }
      }
      Manifest manifest;
      try (InputStream in = zip.getInputStream(zip.getEntry(JarFile.MANIFEST_NAME))) {
        manifest = new Manifest(in);
      }
      return new AppBundle(jar, entries, manifest.getMainAttributes());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + jar, e);
    }
  }

  public Path path() {
    return path;
  }

  public Optional<String> header(String name) {
    return Optional.ofNullable(mainAttributes.getValue(name));
  }

  public List<String> entryNames() {
    return new ArrayList<>(entries.keySet());
  }

  public boolean hasEntry(String name) {
    return entries.containsKey(name);
  }

  public boolean hasEntriesUnder(String folder) {
    String prefix = folder.endsWith("/") ? folder : folder + "/";
    return entries.keySet().stream().anyMatch(name -> name.startsWith(prefix));
  }

  public byte[] bytes(String name) {
    byte[] bytes = entries.get(name);
    if (bytes == null) {
      throw new IllegalArgumentException("No " + name + " in " + path);
    }
    return bytes;
  }

  public String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  /** Imported packages and their attributes/directives, as written in {@code Import-Package}. */
  public Map<String, String> importedPackages() {
    Map<String, String> imports = new LinkedHashMap<>();
    for (String clause : ManifestClauses.split(header("Import-Package").orElse(""))) {
      int semicolon = clause.indexOf(';');
      String name = semicolon < 0 ? clause : clause.substring(0, semicolon);
      imports.put(name.trim(), semicolon < 0 ? "" : clause.substring(semicolon + 1).trim());
    }
    return imports;
  }

  /** Packages that hold a class in this jar, dotted. */
  public List<String> ownPackages() {
    return entries.keySet().stream()
        .filter(name -> name.endsWith(".class"))
        .map(name -> name.substring(0, Math.max(0, name.lastIndexOf('/'))).replace('/', '.'))
        .distinct()
        .sorted()
        .toList();
  }
}
