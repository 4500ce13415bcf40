package io.pmobuyin.preview.cli;

import io.pmobuyin.preview.i18n.Messages;
import io.pmobuyin.preview.render.PreviewTemplates;
import io.pmobuyin.preview.render.PreviewTexts;
import io.pmobuyin.preview.sample.SamplePortfolio;
import io.pmobuyin.report.analysis.GadgetQuery;
import io.pmobuyin.report.view.Gadget;
import io.pmobuyin.report.view.GadgetData;
import io.pmobuyin.report.view.GadgetRenderer;
import io.pmobuyin.report.view.brief.Brief;
import io.pmobuyin.report.view.common.GadgetInput;
import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code bench-gadgets [--projects N]}: the server-side time of each gadget and of the brief for a
 * report of N closed projects (default 1,000): the view built from the report, then the template
 * rendered, as one request does. Prints the median and 95th percentile over many renders after a
 * warm-up. A measurement, not a test.
 */
public final class GadgetBenchCommand {

  static final long DEFAULT_PROJECTS = 1_000;
  private static final int ISSUES_PER_PROJECT = 20;
  private static final int WARM_UP = 30;
  private static final int MEASURED = 100;

  private final Messages messages;
  private final PrintStream out;
  private final PrintStream err;

  public GadgetBenchCommand(Messages messages, PrintStream out, PrintStream err) {
    this.messages = messages;
    this.out = out;
    this.err = err;
  }

  public ExitCode run(List<String> args) throws IOException {
    Arguments options = Arguments.parse(args, Set.of("--projects"), Set.of(), Set.of());
    long projects = options.number("--projects", DEFAULT_PROJECTS);
    if (projects < 1 || projects > 100_000) {
      throw new UsageException("pmobuyin.cli.error.projects", Long.toString(projects));
    }
    SamplePortfolio sample =
        SamplePortfolio.of(
            SamplePortfolio.STANDARD_SEED,
            (int) projects,
            ISSUES_PER_PROJECT,
            LocalDate.of(2023, 7, 1));
    GadgetData data = new PortfolioLoading(messages, err).sample(sample, null).orElseThrow();
    PreviewTemplates templates = new PreviewTemplates(messages);
    GadgetRenderer renderer =
        new GadgetRenderer(templates, (g, t) -> "/csv/" + g.id() + "/" + t, "/brief");
    GadgetInput input =
        data.input(
            GadgetQuery.everything(), new PreviewTexts(messages, Locale.getDefault()), "bench");
    out.printf(
        "report                 %,d closed projects, %,d issues%n",
        data.report().projects().size(), data.report().portfolio().issues());
    out.printf("%-22s %12s %12s %12s%n", "gadget", "median ms", "p95 ms", "KB of HTML");
    for (Gadget gadget : Gadget.values()) {
      measure(gadget.id(), () -> renderer.render(gadget, input));
    }
    measure("brief", () -> templates.render(Brief.TEMPLATE, Map.of("brief", Brief.build(input))));
    return ExitCode.OK;
  }

  private void measure(String name, Supplier<String> render) {
    int size = 0;
    for (int i = 0; i < WARM_UP; i++) {
      size = render.get().length();
    }
    double[] millis = new double[MEASURED];
    for (int i = 0; i < MEASURED; i++) {
      long start = System.nanoTime();
      size = render.get().length();
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    out.printf(
        "%-22s %12.1f %12.1f %12.1f%n",
        name, millis[MEASURED / 2], millis[(int) Math.ceil(0.95 * MEASURED) - 1], size / 1024.0);
  }
}
