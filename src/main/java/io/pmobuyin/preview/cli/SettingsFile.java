package io.pmobuyin.preview.cli;

import io.pmobuyin.preview.i18n.Messages;
import io.pmobuyin.settings.AppSettings;
import io.pmobuyin.settings.SettingsOutcome;
import io.pmobuyin.settings.SettingsProblem;
import io.pmobuyin.settings.SettingsProperties;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The optional {@code --config} file: the settings an admin sets in Jira, as Java properties in any
 * format {@link SettingsProperties} reads. Unknown keys are an error, so a typo never silently
 * falls back to a default. The first format, without a {@code format} line, is still read:
 *
 * <pre>
 * pmoStart=2023-07-01           zone=Europe/Berlin      evidenceLimit=25
 * hourlyRate=95                 costOfDelayPerDay=1500  currency=EUR   fallbackHoursPerIssue=4
 * lateShare=0.2  estimateLow=0.5  estimateHigh=1.5  handoffs=3
 * blockedDays=2  stalledDays=14  longCyclePercentile=0.85
 * status.Awaiting\ Deploy=in-progress      (to-do | in-progress | done)
 * resolution.Descoped=not-done            (done | not-done | duplicate)
 * baseline.ABC=2024-03-01                 (work created after this day is scope creep)
 * areas.REWORK=customer,financial         (the value areas a pattern's money falls in)
 * targetReduction=0.3           target.SCOPE_CREEP=0.5  (the improvement plan: share cut, 0 to 1)
 * </pre>
 *
 * With {@code format=2} the keys are Jira's: {@code mining.pmoStart}, {@code rates.hourlyRate},
 * {@code mining.status.Awaiting\ Deploy}, {@code targets.SCOPE_CREEP}…
 */
public final class SettingsFile {

  private SettingsFile() {}

  /** The file's settings; those it does not set keep {@code base}'s values. */
  public static AppSettings read(Path file, AppSettings base, Messages messages) {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(in);
    } catch (IOException e) {
      throw new FileProblem("pmobuyin.cli.error.cannot-read", file, e.getMessage());
    } catch (IllegalArgumentException e) {
      // A broken \\uXXXX escape: Properties says "Malformed \\uxxxx encoding".
      throw new FileProblem("pmobuyin.cli.error.cannot-read", file, e.getMessage());
    }
    SettingsOutcome outcome = SettingsProperties.decode(properties, base);
    if (!outcome.accepted()) {
      throw new FileProblem(
          "pmobuyin.cli.error.config", file, describe(outcome.problems(), messages));
    }
    return outcome.settings();
  }

  /** One line each, under the message that names the file. */
  private static String describe(List<SettingsProblem> problems, Messages messages) {
    String indent = System.lineSeparator() + "  ";
    return problems.stream()
        .map(p -> p.field() + ": " + messages.text(p.messageKey(), p.arguments()))
        .collect(Collectors.joining(indent, indent, ""));
  }
}
