package io.pmobuyin.jira.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.pmobuyin.run.ErrorLog;
import io.pmobuyin.run.RunHistory;
import io.pmobuyin.run.SnapshotStore;
import io.pmobuyin.wiring.PluginWiring;
import org.junit.jupiter.api.Test;

/** The app's Spring context gives the mining run its stores in Jira's database. */
class StoreWiringTest {

  private final PluginWiring wiring = PluginWiring.load("classpath:META-INF/spring/*.xml");

  @Test
  void importsTheActiveObjectsService() {
    assertThat(wiring.importedServices()).contains(ActiveObjects.class);
  }

  @Test
  void offersOneDatabaseStoreForEachPortOfTheRun() {
    assertThat(wiring.context().getBean(RunHistory.class)).isInstanceOf(AoRunHistory.class);
    assertThat(wiring.context().getBean(SnapshotStore.class)).isInstanceOf(AoSnapshotStore.class);
    assertThat(wiring.context().getBean(ErrorLog.class)).isInstanceOf(AoErrorLog.class);
  }
}
