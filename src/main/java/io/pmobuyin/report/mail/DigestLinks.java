package io.pmobuyin.report.mail;

import java.util.Objects;

/**
 * The absolute addresses a regular report links to: the dashboard it comes from, and the page where
 * its recipient stops receiving it without help from an admin.
 */
public record DigestLinks(String dashboard, String unsubscribe) {

  public DigestLinks {
    Objects.requireNonNull(dashboard, "dashboard");
    Objects.requireNonNull(unsubscribe, "unsubscribe");
  }
}
