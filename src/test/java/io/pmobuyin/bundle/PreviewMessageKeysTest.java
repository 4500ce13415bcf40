package io.pmobuyin.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.testing.Reports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The preview is not in the bundle, so the descriptor lint does not see its classes: check the i18n
 * keys its compiled classes name here.
 */
class PreviewMessageKeysTest {

  private static final Path PREVIEW_CLASSES = Path.of("target/classes/io/pmobuyin/preview");

  @Test
  void everyKeyThePreviewNamesIsInTheBundle() throws IOException {
    List<String> keys;
    try (Stream<Path> files = Files.walk(PREVIEW_CLASSES)) {
      keys =
          files
              .filter(file -> file.toString().endsWith(".class"))
              .flatMap(file -> literals(file).stream())
              .filter(literal -> DescriptorLint.I18N_KEY_IN_CODE.matcher(literal).matches())
              .filter(literal -> !literal.endsWith("."))
              .distinct()
              .toList();
    }

    assertThat(keys).contains("pmobuyin.cli.usage", "pmobuyin.cli.error.unknown-command");
    assertThat(keys).allSatisfy(key -> assertThat(Reports.bundle()).containsKey(key));
  }

  private static List<String> literals(Path classFile) {
    try {
      return ClassFileConstants.read(Files.readAllBytes(classFile)).stringLiterals();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
