package io.pmobuyin.preview.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The importer relies on Jackson to find bytes that are not UTF-8 while it parses, instead of a
 * pass of its own; these tests pin what Jackson does.
 */
class ExportTextTest {

  @TempDir Path folder;

  private ExportText text(byte[] content) throws IOException {
    Path file = Files.write(folder.resolve("export.json"), content);
    return new ExportText(new ExportSource(file), new JsonFactory());
  }

  private static byte[] windows1252(String json) {
    return json.getBytes(ExportBytes.WINDOWS_1252);
  }

  /** Parses the whole text, reading the text values or passing over them. */
  private boolean stopsAtNonUtf8(byte[] content, boolean readValues) throws IOException {
    ExportText text = text(content);
    try (ExportText.Opened opened = text.open(0, false)) {
      try {
        JsonParser p = opened.parser();
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
          if (readValues && t == JsonToken.VALUE_STRING) {
            p.getText();
          }
        }
        return false;
      } catch (JsonProcessingException e) {
        return text.stoppedAtNonUtf8(e, opened);
      }
    }
  }

  @Test
  void stopsAtAWindows1252ByteInATextValueReadOrPassedOver() throws IOException {
    byte[] content = windows1252("{\"summary\": \"Café au lait\", \"key\": \"A-1\"}");

    assertThat(stopsAtNonUtf8(content, true)).as("read").isTrue();
    assertThat(stopsAtNonUtf8(content, false)).as("passed over").isTrue();
  }

  @Test
  void stopsAtAWindows1252ByteAtTheEndOfAValueOrAFieldName() throws IOException {
    assertThat(stopsAtNonUtf8(windows1252("{\"a\": \"Café\"}"), false)).isTrue();
    assertThat(stopsAtNonUtf8(windows1252("{\"Müll\": 1}"), false)).isTrue();
    assertThat(stopsAtNonUtf8(windows1252("{\"Café\": 1, \"b\": 2}"), false)).isTrue();
  }

  @Test
  void readsUtf8WithAccentsAndEmojiToTheEnd() throws IOException {
    byte[] content =
        "{\"name\": \"Café Müller 🚀\", \"Größe\": 1}".getBytes(StandardCharsets.UTF_8);

    assertThat(stopsAtNonUtf8(content, true)).isFalse();
  }

  @Test
  void tellsBrokenJsonAndJsonCutShortFromBytesThatAreNotUtf8() throws IOException {
    assertThat(stopsAtNonUtf8(windows1252("{\"a\": oops}"), false)).isFalse();
    assertThat(stopsAtNonUtf8(windows1252("{\"a\": 1, \"Caf"), false)).isFalse();
    assertThat(stopsAtNonUtf8("{\"a\": 1, \"Café".getBytes(StandardCharsets.UTF_8), false))
        .isFalse();
    assertThat(stopsAtNonUtf8("{\"a\": \"Caf\u00e9".getBytes(StandardCharsets.UTF_8), true))
        .isFalse();
  }

  @Test
  void readsTheSameFileAsWindows1252WithItsAccentsFromAnyOffset() throws IOException {
    byte[] content = windows1252("{\"a\": \"Café\"}\n{\"b\": \"Müll\"}\n");
    ExportText text = text(content).asWindows1252();

    try (ExportText.Opened opened = text.open(14, false)) {
      JsonParser p = opened.parser();
      assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
      assertThat(p.nextFieldName()).isEqualTo("b");
      assertThat(p.nextTextValue()).isEqualTo("Müll");
      assertThat(text.offsetOf(p.currentTokenLocation()) + opened.base()).isEqualTo(20);
    } catch (JsonProcessingException e) {
      fail("windows-1252 is never broken by its bytes", e);
    }
  }

  @Test
  void passesOverAUtf8ByteOrderMarkAlsoInWindows1252() throws IOException {
    byte[] json = windows1252("{\"a\": \"Café\"}");
    byte[] marked = new byte[json.length + 3];
    marked[0] = (byte) 0xEF;
    marked[1] = (byte) 0xBB;
    marked[2] = (byte) 0xBF;
    System.arraycopy(json, 0, marked, 3, json.length);

    try (ExportText.Opened opened = text(marked).asWindows1252().open(0, false)) {
      JsonParser p = opened.parser();
      assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
      assertThat(p.nextFieldName()).isEqualTo("a");
      assertThat(p.nextTextValue()).isEqualTo("Café");
    }
  }
}
