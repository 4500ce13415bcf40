package io.pmobuyin.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Properties;

/** What build of the app is running; read from a resource the build filters. */
public final class BuildInfo {

  static final String RESOURCE = "/io/pmobuyin/build-info.properties";

  private final String version;

  public BuildInfo(String version) {
    this.version = Objects.requireNonNull(version, "version");
  }

  /** The build that produced this jar. Fails loudly: a jar without it was not built by our pom. */
  public static BuildInfo fromClasspath() {
    try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + RESOURCE + " in the app jar");
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version");
      if (version == null || version.isBlank() || version.startsWith("${")) {
        throw new IllegalStateException(RESOURCE + " has no filtered version: " + version);
      }
      return new BuildInfo(version.trim());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String version() {
    return version;
  }
}
