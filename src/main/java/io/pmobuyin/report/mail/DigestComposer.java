package io.pmobuyin.report.mail;

import io.pmobuyin.report.view.common.GadgetInput;
import java.util.Set;

/**
 * Writes the regular report for one recipient. The input's query already limits the projects to
 * those the recipient may browse; the composer only words and lays out what it is given.
 */
public interface DigestComposer {

  DigestMessage compose(GadgetInput input, DigestLinks links);

  /**
   * The same for a recipient who sponsors some of the projects: those come first, with how they
   * did. A composer that does not single them out writes the message as for anyone else.
   *
   * @param sponsored keys of the projects the recipient is the executive sponsor of
   */
  default DigestMessage compose(GadgetInput input, DigestLinks links, Set<String> sponsored) {
    return compose(input, links);
  }
}
