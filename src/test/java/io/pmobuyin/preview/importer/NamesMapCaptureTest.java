package io.pmobuyin.preview.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamesMapCaptureTest {

  private static List<String> capture(String json) {
    NamesMapCapture capture = new NamesMapCapture();
    for (byte b : json.getBytes(StandardCharsets.UTF_8)) {
      capture.accept(b & 0xFF);
    }
    return capture.maps().stream().map(m -> new String(m, StandardCharsets.UTF_8)).toList();
  }

  @Test
  void copiesTheNamesObjectUpToItsClosingBrace() {
    assertThat(capture("{\"issues\":[],\"names\" :\n {\"customfield_1\":\"Sprint\"},\"x\":1}"))
        .containsExactly("{\"customfield_1\":\"Sprint\"}");
  }

  @Test
  void respectsBracesAndEscapedQuotesInsideStrings() {
    assertThat(capture("{\"names\":{\"a\":\"x}y\",\"b\":\"q\\\"}\",\"c\":{\"d\":\"e\"}}}"))
        .containsExactly("{\"a\":\"x}y\",\"b\":\"q\\\"}\",\"c\":{\"d\":\"e\"}}");
  }

  @Test
  void ignoresNamesThatIsAValueOrNotFollowedByAnObject() {
    assertThat(capture("{\"labels\":[\"names\"],\"names\":null,\"x\":\"\\\"names\\\"\"}"))
        .isEmpty();
  }

  @Test
  void restartsOnAQuoteThatBreaksAMatch() {
    assertThat(capture("{\"nam\"names\":{\"a\":\"b\"}}")).containsExactly("{\"a\":\"b\"}");
  }

  @Test
  void keepsEachDistinctMapOnceHoweverManyPagesRepeatIt() {
    String pages = "{\"names\":{\"a\":\"A\"}}\n".repeat(1000) + "{\"names\":{\"b\":\"B\"}}";

    assertThat(capture(pages)).containsExactly("{\"a\":\"A\"}", "{\"b\":\"B\"}");
  }
}
