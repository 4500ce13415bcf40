package io.pmobuyin.preview.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** Addresses typed on the command line, checked before anything is mined or sent. */
public final class MailAddresses {

  private MailAddresses() {}

  /**
   * One address, with or without a display name ({@code PMO <pmo@example.com>}); a list, a group or
   * an address without a domain is refused.
   */
  public static InternetAddress parse(String option, String text) throws MailProblem {
    try {
      InternetAddress[] parsed = InternetAddress.parse(text, true);
      if (parsed.length != 1 || parsed[0].isGroup() || !hasDomain(parsed[0].getAddress())) {
        throw new AddressException(text);
      }
      parsed[0].validate();
      return parsed[0];
    } catch (AddressException e) {
      throw new MailProblem("pmobuyin.cli.digest.error.address", option, text);
    }
  }

  private static boolean hasDomain(String address) {
    int at = address.lastIndexOf('@');
    return at > 0 && at < address.length() - 1;
  }
}
