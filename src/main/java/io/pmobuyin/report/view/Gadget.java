package io.pmobuyin.report.view;

import io.pmobuyin.report.view.common.GadgetInput;
import io.pmobuyin.report.view.common.GadgetNotes;
import io.pmobuyin.report.view.common.GadgetView;
import io.pmobuyin.report.view.leaders.Leaders;
import io.pmobuyin.report.view.lessons.Lessons;
import io.pmobuyin.report.view.plan.Plan;
import io.pmobuyin.report.view.predictability.Predictability;
import io.pmobuyin.report.view.scope.Scope;
import io.pmobuyin.report.view.scorecard.Scorecard;
import io.pmobuyin.report.view.sponsors.SponsorBrief;
import java.util.Optional;
import java.util.function.Function;

/** The seven dashboard gadgets: their ids, templates, i18n keys and view builders. */
public enum Gadget {
  LESSONS("lessons", Lessons::build),
  SCORECARD("scorecard", Scorecard::build),
  PREDICTABILITY("predictability", Predictability::build),
  SCOPE("scope", Scope::build),
  SPONSORS("sponsors", SponsorBrief::build),
  LEADERS("leaders", Leaders::build),
  PLAN("plan", Plan::build);

  private final String id;
  private final Function<GadgetInput, GadgetView> builder;

  Gadget(String id, Function<GadgetInput, GadgetView> builder) {
    this.id = id;
    this.builder = builder;
  }

  /** The id in URLs and module keys, e.g. {@code lessons}. */
  public String id() {
    return id;
  }

  /** The Velocity template, a classpath location. */
  public String template() {
    return "templates/gadgets/" + id + ".vm";
  }

  public String titleKey() {
    return "pmobuyin.gadget." + id + ".title";
  }

  public String descriptionKey() {
    return "pmobuyin.gadget." + id + ".description";
  }

  /** Whether it shows money, and so what the money assumes. */
  public boolean showsMoney() {
    return this == SCORECARD;
  }

  public GadgetView view(GadgetInput input) {
    return builder.apply(input);
  }

  /**
   * One of its tables as CSV, headed by the notes its view shows; empty when it has no such table.
   */
  public Optional<String> csv(GadgetInput input, String table) {
    return view(input)
        .table(table)
        .map(found -> CsvWriter.text(found, GadgetNotes.of(input, showsMoney())));
  }

  public static Optional<Gadget> fromId(String id) {
    for (Gadget gadget : values()) {
      if (gadget.id.equals(id)) {
        return Optional.of(gadget);
      }
    }
    return Optional.empty();
  }
}
