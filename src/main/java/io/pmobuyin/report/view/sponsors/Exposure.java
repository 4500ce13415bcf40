package io.pmobuyin.report.view.sponsors;

import io.pmobuyin.report.ProjectSection;
import io.pmobuyin.report.analysis.PatternFigures;
import io.pmobuyin.report.analysis.ProjectSelection;
import io.pmobuyin.report.view.common.Figures;
import io.pmobuyin.report.view.common.Texts;
import java.util.Collection;
import java.util.List;

/**
 * Which patterns a project is exposed to: those most common in the closed projects of its
 * categories (the lessons that apply to it), or of the whole selection when none of its category
 * has closed yet.
 */
public final class Exposure {

  static final int SHOWN = 3;

  private Exposure() {}

  public static List<PatternFigures> of(ProjectSelection selection, Collection<String> categories) {
    List<ProjectSection> alike =
        selection.projects().stream()
            .filter(p -> p.category() != null && categories.contains(p.category()))
            .toList();
    ProjectSelection basis = alike.isEmpty() ? selection : selection.narrowedTo(alike);
    return PatternFigures.mostCommon(basis).stream().limit(SHOWN).toList();
  }

  /** "Scope creep (70.4%), Estimation miss (19.5%)…" */
  public static String words(List<PatternFigures> patterns, Texts texts, Figures figures) {
    if (patterns.isEmpty()) {
      return texts.text("pmobuyin.gadget.exposure.none");
    }
    return String.join(
        texts.text("pmobuyin.gadget.list.separator"),
        patterns.stream()
            .map(
                p ->
                    texts.text(
                        "pmobuyin.gadget.exposure.pattern",
                        texts.text(p.id().nameKey()),
                        figures.percent(p.share())))
            .toList());
  }
}
