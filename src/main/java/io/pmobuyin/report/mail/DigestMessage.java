package io.pmobuyin.report.mail;

import java.util.Objects;

/**
 * One recipient's regular report, ready to send: a subject line, the brief as HTML, and the same
 * content as plain text for mail readers that show no HTML. Which projects it covers was decided
 * when it was composed, from what the recipient may browse.
 */
public record DigestMessage(String subject, String html, String text) {

  public DigestMessage {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(text, "text");
  }
}
