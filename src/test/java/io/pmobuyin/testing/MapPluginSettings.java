package io.pmobuyin.testing;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.util.Map;

/** SAL's global plugin settings backed by a map, as Jira's database would back them. */
public final class MapPluginSettings {

  private MapPluginSettings() {}

  public static PluginSettingsFactory over(Map<String, Object> database) {
    PluginSettings settings = mock(PluginSettings.class);
    when(settings.get(anyString())).thenAnswer(call -> database.get(call.<String>getArgument(0)));
    when(settings.put(anyString(), any()))
        .thenAnswer(call -> database.put(call.getArgument(0), call.getArgument(1)));
    when(settings.remove(anyString()))
        .thenAnswer(call -> database.remove(call.<String>getArgument(0)));
    PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
    when(factory.createGlobalSettings()).thenReturn(settings);
    return factory;
  }
}
