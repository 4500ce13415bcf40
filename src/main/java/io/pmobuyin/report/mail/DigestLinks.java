package io.pmobuyin.report.mail;

import java.util.Locale;
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

  /**
   * These links, stripped, if a mail reader can follow them safely: absolute {@code http(s)}
   * addresses (to unsubscribe, a {@code mailto:} address too) without spaces or control characters.
   * A {@code javascript:} or relative link would be dead or worse in a mail reader.
   *
   * @throws IllegalArgumentException for any other link
   */
  public DigestLinks checked() {
    return new DigestLinks(webLink(dashboard, false), webLink(unsubscribe, true));
  }

  private static String webLink(String link, boolean mailto) {
    String stripped = link == null ? "" : link.strip();
    String lower = stripped.toLowerCase(Locale.ROOT);
    boolean web = lower.startsWith("https://") || lower.startsWith("http://");
    if (!web && !(mailto && lower.startsWith("mailto:"))) {
      throw new IllegalArgumentException("not an absolute link: " + link);
    }
    if (stripped.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
      throw new IllegalArgumentException("a link holds no spaces or control characters: " + link);
    }
    return stripped;
  }
}
