package io.pmobuyin.preview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stop signal for {@code serve} in tests: once the command is serving, it reads the address the
 * command printed, asks for one path there, keeps the status, and lets the command stop.
 */
final class ServingProbe implements ServeCommand.StopSignal {

  private final ByteArrayOutputStream printed;
  private final String path;
  private final AtomicInteger status = new AtomicInteger();

  ServingProbe(ByteArrayOutputStream printed, String path) {
    this.printed = printed;
    this.path = path;
  }

  @Override
  public void await() throws InterruptedException {
    Matcher url = Pattern.compile("http://127\\.0\\.0\\.1:\\d+/").matcher(printed.toString());
    assertThat(url.find()).as("the address printed").isTrue();
    try {
      status.set(
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(url.group()).resolve(path)).GET().build(),
                  HttpResponse.BodyHandlers.ofString())
              .statusCode());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The status of the answer while serving; 0 if the command never served. */
  int status() {
    return status.get();
  }
}
