package io.pmobuyin.report.mail;

import io.pmobuyin.report.view.common.OpenLinks;

/**
 * A failure pattern in which one of the recipient's projects did better than the projects closed
 * before the PMO: worded as a comparison of two shares, never as an improvement the PMO caused.
 *
 * @param share the project's share of its own issues that showed the pattern
 * @param against the rest of the sentence: the same share over the projects closed before the PMO
 * @param open where the project's share opens the pattern's issues in that project
 */
public record PatternWin(String pattern, String share, String against, OpenLinks open) {}
