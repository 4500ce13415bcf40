package io.pmobuyin.report.mail;

import io.pmobuyin.report.view.common.GadgetInput;

/**
 * Writes the regular report for one recipient. The input's query already limits the projects to
 * those the recipient may browse; the composer only words and lays out what it is given.
 */
public interface DigestComposer {

  DigestMessage compose(GadgetInput input, DigestLinks links);
}
