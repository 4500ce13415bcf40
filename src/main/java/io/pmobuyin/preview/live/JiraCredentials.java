package io.pmobuyin.preview.live;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The {@code Authorization} header for a token, and the means to keep the token out of anything
 * shown: Jira's error texts are passed on to users, and a proxy could echo what it was sent.
 */
final class JiraCredentials {

  private static final String MASK = "***";

  private final String authorization;
  private final List<String> secrets;

  private JiraCredentials(String authorization, List<String> secrets) {
    this.authorization = authorization;
    this.secrets = secrets.stream().filter(s -> !s.isEmpty()).toList();
  }

  /**
   * Jira Cloud takes {@code email:apiToken} as HTTP Basic; Data Center personal access tokens never
   * hold a colon and go as a Bearer token.
   */
  static JiraCredentials of(String token) {
    int colon = token.indexOf(':');
    if (colon >= 0) {
      String basic = Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8));
      return new JiraCredentials(
          "Basic " + basic, List.of(token, token.substring(colon + 1), basic));
    }
    return new JiraCredentials("Bearer " + token, List.of(token));
  }

  String authorization() {
    return authorization;
  }

  /** The text with every form of the token masked. */
  String redact(String text) {
    if (text == null) {
      return "";
    }
    String redacted = text;
    for (String secret : secrets) {
      redacted = redacted.replace(secret, MASK);
    }
    return redacted;
  }

  @Override
  public String toString() {
    return "JiraCredentials[" + MASK + "]";
  }
}
