package io.pmobuyin.preview.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.preview.i18n.Messages;
import io.pmobuyin.testing.SampleGadgetData;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The preview server under load on the loopback: clients that send their requests slowly, or never
 * finish them, hold a worker each, and every other request is still answered.
 */
class SlowClientsTest {

  @Test
  void answersEveryoneElseWhileSlowClientsHangOnToTheirConnections() throws Exception {
    try (PreviewServer server =
        PreviewServer.start(
            0,
            SampleGadgetData.standard(),
            Messages.forLocale(Locale.ENGLISH),
            Locale.ENGLISH,
            "the embedded sample portfolio")) {
      List<Socket> slow = new ArrayList<>();
      try {
        for (int i = 0; i < 12; i++) {
          Socket socket = new Socket("127.0.0.1", server.uri().getPort());
          OutputStream out = socket.getOutputStream();
          // A request line and one header, and then nothing: the request never ends.
          out.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
          out.flush();
          slow.add(socket);
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
          answers.add(
              http.sendAsync(
                  HttpRequest.newBuilder(server.uri().resolve("/gadgets/options"))
                      .timeout(Duration.ofSeconds(15))
                      .build(),
                  HttpResponse.BodyHandlers.ofString()));
        }

        for (CompletableFuture<HttpResponse<String>> answer : answers) {
          assertThat(answer.get().statusCode()).isEqualTo(200);
        }
      } finally {
        for (Socket socket : slow) {
          socket.close();
        }
      }
    }
  }
}
