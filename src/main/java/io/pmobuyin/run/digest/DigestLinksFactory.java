package io.pmobuyin.run.digest;

import io.pmobuyin.report.mail.DigestLinks;

/** The absolute addresses one recipient's message links to. */
public interface DigestLinksFactory {

  DigestLinks links(String userKey, String subscriptionId);
}
