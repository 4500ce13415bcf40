package io.pmobuyin.report.drill;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.mining.portfolio.IssueKeys;
import io.pmobuyin.report.ProjectSection;
import io.pmobuyin.report.ProjectSection.ProjectPattern;
import io.pmobuyin.report.analysis.GadgetQuery;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Links to Jira's issue navigator ({@code <base>/issues/?jql=…}) with a JQL of exactly the issues
 * behind a number, among the projects the reader may browse. Browse permission decides, not what
 * the reader may see in aggregates: an executive sees every project's figures, but only the issues
 * Jira lets them open.
 *
 * <p>A pattern opens {@code key in (A-1,A-2,…)}: the report holds the keys, and no JQL over fields
 * could say "showed this pattern" (the rules read change history). A KPI point opens {@code project
 * in (A,B)}: the projects it stands on. Only keys and project keys of Jira's form go into a query,
 * as they are, since they need no quoting; anything else is left out, never inserted raw.
 *
 * <p>A link is kept under {@link #MAX_URL} characters: Jira itself takes far longer addresses (its
 * Tomcat allows 8 KB of request line and headers), but mail clients, proxies and browsers' address
 * bars are only safe to about 2,000, and the brief's links go out by e-mail. Longer lists become
 * several links, "issues 1–120, 121–240…", each key in exactly one.
 */
public final class IssueNavigatorLinks implements DrillLinks {

  /** The longest link made, in characters. */
  public static final int MAX_URL = 2_000;

  private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]*");

  /** Longer keys than this are left out, so one key always fits in a link. */
  static final int LONGEST_TERM = 120;

  private static final String NAVIGATOR = "/issues/?jql=";
  private static final String ORDER = " ORDER BY key ASC";

  private final String base;
  private final Predicate<String> browsable;

  /**
   * @param base Jira's address without a trailing slash: the context path inside Jira's own pages,
   *     its canonical base URL in an e-mail
   * @param browsable whether the reader may browse the project of this key
   */
  public IssueNavigatorLinks(String base, Predicate<String> browsable) {
    Objects.requireNonNull(base, "base");
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.browsable = Objects.requireNonNull(browsable, "browsable");
    if (this.base.length() + NAVIGATOR.length() + LONGEST_TERM + 80 > MAX_URL) {
      throw new IllegalArgumentException("base address too long for a drill link: " + base);
    }
  }

  @Override
  public List<DrillLink> pattern(
      PatternId pattern, List<ProjectSection> projects, GadgetQuery query) {
    IssueKeys keys = IssueKeys.none();
    for (ProjectSection project : projects) {
      if (!browsable.test(project.key())) {
        continue;
      }
      for (ProjectPattern shown : project.patterns()) {
        if (shown.id() == pattern && shown.issueKeys() != null) {
          keys = keys.plus(shown.issueKeys());
        }
      }
    }
    return links("key in (", keys.keys());
  }

  @Override
  public List<DrillLink> quarter(String quarter, List<ProjectSection> projects, GadgetQuery query) {
    List<String> keys = new ArrayList<>();
    for (ProjectSection project : projects) {
      if (PROJECT_KEY.matcher(project.key()).matches() && browsable.test(project.key())) {
        keys.add(project.key());
      }
    }
    return links("project in (", keys);
  }

  /**
   * The terms in as few links as fit under the limit, in their order, each term in exactly one.
   * Every term is an issue or project key of Jira's form, so needs no quoting.
   */
  List<DrillLink> links(String clause, List<String> terms) {
    List<DrillLink> links = new ArrayList<>();
    String start = base + NAVIGATOR + encode(clause);
    int closing = encode(")" + ORDER).length();
    int separator = encode(",").length();
    StringBuilder url = new StringBuilder(start);
    long first = 1;
    long position = 0;
    for (String term : terms) {
      if (term.length() > LONGEST_TERM) {
        continue;
      }
      position++;
      boolean empty = url.length() == start.length();
      int needed = (empty ? 0 : separator) + term.length() + closing;
      if (!empty && url.length() + needed > MAX_URL) {
        links.add(new DrillLink(url.append(encode(")" + ORDER)).toString(), first, position - 1));
        url = new StringBuilder(start);
        first = position;
        empty = true;
      }
      url.append(empty ? "" : encode(",")).append(term);
    }
    if (position >= first) {
      links.add(new DrillLink(url.append(encode(")" + ORDER)).toString(), first, position));
    }
    return List.copyOf(links);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
