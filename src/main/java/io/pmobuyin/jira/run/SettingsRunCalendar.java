package io.pmobuyin.jira.run;

import io.pmobuyin.run.RunCalendar;
import io.pmobuyin.settings.SettingsStore;
import java.time.Duration;

/**
 * When the regular run happens: the admin's interval, counted from the quiet hour in the zone the
 * mining reads dates in (set with the other mining settings).
 */
public class SettingsRunCalendar {

  private final SettingsStore settings;

  public SettingsRunCalendar(SettingsStore settings) {
    this.settings = settings;
  }

  public RunCalendar get() {
    var current = settings.settings();
    return new RunCalendar(
        Duration.ofHours(current.schedule().intervalHours()),
        RunCalendar.QUIET_HOUR,
        current.mining().zone());
  }
}
