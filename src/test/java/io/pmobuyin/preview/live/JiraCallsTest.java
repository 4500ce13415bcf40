package io.pmobuyin.preview.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.security.cert.CertificateException;
import java.util.List;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class JiraCallsTest {

  @Test
  void retriesRateLimitsAndServerTroubleOnly() {
    assertThat(List.of(429, 500, 502, 503, 504)).allMatch(JiraCalls::mayPass);
    assertThat(List.of(400, 401, 403, 404, 410, 501, 505)).noneMatch(JiraCalls::mayPass);
  }

  @Test
  void anUnknownHostOrAnUntrustedCertificateIsNotWorthWaitingFor() {
    ConnectException unresolved = new ConnectException();
    unresolved.initCause(new UnresolvedAddressException());
    SSLHandshakeException untrusted = new SSLHandshakeException("PKIX path building failed");
    untrusted.initCause(new CertificateException("unable to find valid certification path"));

    assertThat(JiraCalls.hopeless(unresolved)).isTrue();
    assertThat(JiraCalls.hopeless(new UnknownHostException("jira.example.invalid"))).isTrue();
    assertThat(JiraCalls.hopeless(untrusted)).isTrue();
  }

  @Test
  void aBrokenConnectionIsWorthAnotherTry() {
    assertThat(JiraCalls.hopeless(new ConnectException("Connection refused"))).isFalse();
    assertThat(JiraCalls.hopeless(new IOException("connection reset"))).isFalse();
    assertThat(
            JiraCalls.hopeless(new SSLHandshakeException("Remote host terminated the handshake")))
        .isFalse();
  }

  @Test
  void jirasErrorTextIsItsMessagesOnly() {
    assertThat(
            JiraErrorText.of(
                "{\"errorMessages\":[\"No project\"],\"errors\":{\"jql\":\"Bad clause\"}}"
                    .getBytes()))
        .isEqualTo("No project; Bad clause");
    assertThat(JiraErrorText.of("<html><body>Proxy error</body></html>".getBytes())).isEmpty();
    assertThat(JiraErrorText.of("{\"message\":\"Rate limit exceeded\"}".getBytes()))
        .isEqualTo("Rate limit exceeded");
  }
}
