package io.pmobuyin.preview.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExportEncodingTest {

  private static ExportEncoding of(byte[] bytes) {
    return ExportEncoding.ofFirstBytes(bytes, bytes.length);
  }

  @Test
  void recognisesUtf16WithAndWithoutByteOrderMark() {
    assertThat(of("{\"a\":1}".getBytes(StandardCharsets.UTF_16))).isEqualTo(ExportEncoding.UTF_16);
    assertThat(of("{\"a\":1}".getBytes(StandardCharsets.UTF_16LE)))
        .isEqualTo(ExportEncoding.UTF_16LE);
    assertThat(of("{\"a\":1}".getBytes(StandardCharsets.UTF_16BE)))
        .isEqualTo(ExportEncoding.UTF_16BE);
  }

  @Test
  void takesEverythingElseForUtf8UntilABytesShowsOtherwise() {
    assertThat(of("{\"a\":1}".getBytes(StandardCharsets.UTF_8))).isEqualTo(ExportEncoding.UTF_8);
    assertThat(of("{\"a\":\"Café\"}".getBytes(ExportBytes.WINDOWS_1252)))
        .isEqualTo(ExportEncoding.UTF_8);
    assertThat(of(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{'}))
        .isEqualTo(ExportEncoding.UTF_8);
    assertThat(of(new byte[] {'7'})).isEqualTo(ExportEncoding.UTF_8);
    assertThat(of(new byte[0])).isEqualTo(ExportEncoding.UTF_8);
  }
}
