package io.pmobuyin.report.view.common;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.report.analysis.ProjectSelection;
import io.pmobuyin.report.drill.DrillLink;
import java.util.ArrayList;
import java.util.List;

/**
 * A number's way to the issues behind it, ready for a template: the number links to the first part,
 * and when the issues take several links each part is listed ("issues 1–120", "121–240"…).
 *
 * @param url the first part's address; null when nothing can be opened (the number stays text)
 * @param title says what the link opens, and how many of the number's issues the reader may browse
 * @param parts every part, when there is more than one; else empty
 */
public record OpenLinks(String url, String title, List<LinkPart> parts) {

  private static final OpenLinks NONE = new OpenLinks(null, "", List.of());

  public OpenLinks {
    title = title == null ? "" : title;
    parts = List.copyOf(parts);
  }

  public static OpenLinks none() {
    return NONE;
  }

  /** Where a pattern's count of issues in the selected projects opens them. */
  public static OpenLinks pattern(
      GadgetInput input, ProjectSelection selection, PatternId pattern, long counted) {
    return issues(
        input.drill().pattern(pattern, selection.projects(), input.query()),
        counted,
        input.texts(),
        input.figures());
  }

  /**
   * The links to a number's issues.
   *
   * @param counted the issues the number counts, to say when the reader may open fewer of them
   */
  public static OpenLinks issues(
      List<DrillLink> links, long counted, Texts texts, Figures figures) {
    if (links.isEmpty()) {
      return NONE;
    }
    long opened = links.get(links.size() - 1).to();
    String title =
        opened >= counted
            ? texts.text("pmobuyin.drill.issues", figures.whole(opened))
            : texts.text(
                "pmobuyin.drill.issues.browsable", figures.whole(opened), figures.whole(counted));
    List<LinkPart> parts = new ArrayList<>();
    if (links.size() > 1) {
      for (DrillLink link : links) {
        parts.add(
            new LinkPart(
                link.url(),
                texts.text(
                    "pmobuyin.drill.part", figures.whole(link.from()), figures.whole(link.to()))));
      }
    }
    return new OpenLinks(links.get(0).url(), title, parts);
  }

  /** Whether the number links anywhere. */
  public boolean any() {
    return url != null;
  }
}
