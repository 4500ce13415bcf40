package io.pmobuyin.run.digest;

import io.pmobuyin.report.drill.DrillLinks;
import io.pmobuyin.report.mail.DigestLinks;
import java.util.function.Predicate;

/** The absolute addresses one recipient's message links to. */
public interface DigestLinksFactory {

  DigestLinks links(String userKey, String subscriptionId);

  /**
   * Where the message's numbers lead for a recipient who may browse the projects this accepts, as
   * absolute addresses, since a mail is read away from Jira. None unless a side says otherwise.
   */
  default DrillLinks drill(Predicate<String> mayBrowse) {
    return DrillLinks.none();
  }
}
