package io.pmobuyin.preview.server;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.report.ProjectSection;
import io.pmobuyin.report.ProjectSection.ProjectPattern;
import io.pmobuyin.report.analysis.GadgetQuery;
import io.pmobuyin.report.drill.DrillLink;
import io.pmobuyin.report.drill.DrillLinks;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * In the preview, numbers open the evidence page ({@code /evidence}), which lists what the report
 * holds behind them: there is no Jira to search. One page takes any number of issues, so there is
 * always one link; it carries the gadget's settings, so the page picks the same projects.
 */
public final class EvidenceLinks implements DrillLinks {

  static final String PATH = "/evidence";

  /** The longest list of project keys a link carries, in characters. */
  static final int LONGEST_PROJECT_LIST = 1_500;

  private final String base;

  /**
   * @param base the server's address for links that leave the page (an e-mail); else empty
   */
  EvidenceLinks(String base) {
    this.base = base;
  }

  /**
   * Links that work from outside the page, such as an e-mail: to the evidence page of the preview
   * server whose dashboard is at this address.
   */
  public static EvidenceLinks under(String dashboard) {
    return new EvidenceLinks(dashboard.replaceAll("/+$", ""));
  }

  @Override
  public List<DrillLink> pattern(
      PatternId pattern, List<ProjectSection> projects, GadgetQuery query) {
    long keys = 0;
    List<String> showing = new ArrayList<>();
    for (ProjectSection project : projects) {
      for (ProjectPattern shown : project.patterns()) {
        if (shown.id() == pattern && shown.issueKeys() != null && !shown.issueKeys().isEmpty()) {
          keys += shown.issueKeys().size();
          showing.add(project.key());
        }
      }
    }
    if (keys == 0) {
      return List.of();
    }
    String url = url("pattern", pattern.name(), query);
    // The page lists these projects only (an action's effect stands on those closed since it
    // started); a list too long for an address leaves the page on every selected project.
    String only = String.join(",", showing);
    if (only.length() <= LONGEST_PROJECT_LIST) {
      url += "&projects=" + encode(only);
    }
    return List.of(new DrillLink(url, 1, keys));
  }

  @Override
  public List<DrillLink> quarter(String quarter, List<ProjectSection> projects, GadgetQuery query) {
    if (projects.isEmpty()) {
      return List.of();
    }
    return List.of(new DrillLink(url("quarter", quarter, query), 1, projects.size()));
  }

  private String url(String name, String value, GadgetQuery query) {
    StringBuilder url =
        new StringBuilder(base)
            .append(PATH)
            .append('?')
            .append(name)
            .append('=')
            .append(encode(value))
            .append("&period=")
            .append(encode(query.periodId()));
    if (query.category() != null) {
      url.append("&category=").append(encode(query.category()));
    }
    return url.toString();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
