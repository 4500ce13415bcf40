package io.pmobuyin.jira.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.testing.EntityColumns;
import io.pmobuyin.testing.EntityColumns.Column;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import net.java.ao.Entity;
import net.java.ao.schema.StringLength;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The rules Active Objects enforces when Jira enables the app, checked before it gets there: what
 * the ao module names, and how each entity's tables and columns will be called.
 */
class StoreEntitiesTest {

  static final String DESCRIPTOR = "META-INF/plugin-descriptors/store.xml";

  /** Jira names a table AO_, six hex digits of the namespace's hash, _, then ours. */
  static final int TABLE_PREFIX = "AO_123456_".length();

  static final int LONGEST_NAME = 30;

  /** The longest VARCHAR Active Objects makes (StringLength.MAX_LENGTH in AO 5.2.1). */
  static final int LONGEST_VARCHAR = 450;

  /**
   * Active Objects refuses the first six (its Oracle check); the others are a sample of words
   * reserved by at least one database Jira runs on, kept out of names so hand-written WHERE and
   * ORDER clauses never meet them.
   */
  static final Set<String> RESERVED =
      Set.of(
          "BLOB",
          "CLOB",
          "NUMBER",
          "ROWID",
          "TIMESTAMP",
          "VARCHAR2",
          "ORDER",
          "GROUP",
          "USER",
          "KEY",
          "DATE",
          "TIME",
          "TRIGGER",
          "TABLE",
          "INDEX",
          "LIMIT",
          "OFFSET",
          "LEVEL",
          "START",
          "COMMENT",
          "DESC",
          "ASC",
          "END",
          "SIZE",
          "VALUE");

  static final List<Class<?>> ENTITIES =
      List.of(MiningRunEntity.class, SnapshotEntity.class, RunErrorEntity.class);

  @Test
  void namesTheStoresEntitiesUnderAFixedNamespace() throws Exception {
    Element ao = aoModule();

    assertThat(ao.getAttribute("key")).isEqualTo("pmo-buyin-ao");
    assertThat(ao.getAttribute("namespace")).isEqualTo("io.pmobuyin.pmo-buyin");
    assertThat(entityClassNames(ao))
        .containsExactlyElementsOf(ENTITIES.stream().map(Class::getName).toList());
  }

  @Test
  void declaresEachEntityAsAPublicInterfaceWithAnIntId() throws Exception {
    for (String name : entityClassNames(aoModule())) {
      Class<?> entity = Class.forName(name);
      assertThat(entity.isInterface()).as(name).isTrue();
      assertThat(Modifier.isPublic(entity.getModifiers())).as(name).isTrue();
      assertThat(Entity.class).as(name).isAssignableFrom(entity);
    }
  }

  @Test
  void keepsTableNamesShortAndClearOfReservedWords() {
    for (Class<?> entity : ENTITIES) {
      String table = EntityColumns.of(entity).table();
      assertThat(table).as(entity.getSimpleName()).matches("[A-Z][A-Z_]{0,9}");
      assertThat(TABLE_PREFIX + table.length()).isLessThanOrEqualTo(LONGEST_NAME);
      assertThat(RESERVED).doesNotContain(table);
    }
  }

  @Test
  void keepsColumnNamesShortAndClearOfReservedWords() {
    for (Class<?> entity : ENTITIES) {
      for (String column : EntityColumns.of(entity).all().keySet()) {
        assertThat(column.length()).as(column).isLessThanOrEqualTo(LONGEST_NAME);
        assertThat(RESERVED).as(entity.getSimpleName()).doesNotContain(column);
      }
    }
  }

  @Test
  void givesEveryColumnASetter() {
    for (Class<?> entity : ENTITIES) {
      for (Column column : EntityColumns.of(entity).all().values()) {
        if (!column.name().equals("ID")) {
          assertThat(column.setter()).as(entity.getSimpleName() + "." + column.name()).isNotNull();
        }
      }
    }
  }

  @Test
  void keepsStringsWithinTheLongestVarcharUnlessUnlimited() {
    for (Class<?> entity : ENTITIES) {
      for (Column column : EntityColumns.of(entity).all().values()) {
        if (column.type() == String.class && column.length() != StringLength.UNLIMITED) {
          assertThat(column.length()).as(column.name()).isBetween(1, LONGEST_VARCHAR);
        }
      }
    }
  }

  @Test
  void spellsEveryColumnTheAdaptersNameAsActiveObjectsWillCallIt() throws Exception {
    for (Class<?> entity : ENTITIES) {
      EntityColumns columns = EntityColumns.of(entity);
      List<String> named = new ArrayList<>();
      for (Field field : entity.getFields()) {
        if (field.getType() == String.class) {
          named.add((String) field.get(null));
        }
      }
      Set<String> stored =
          columns.all().keySet().stream().filter(c -> !c.equals("ID")).collect(Collectors.toSet());
      assertThat(named).as(entity.getSimpleName()).containsExactlyInAnyOrderElementsOf(stored);
    }
  }

  @Test
  void listsSnapshotsWithoutReadingTheirReports() {
    EntityColumns snapshot = EntityColumns.of(SnapshotEntity.class);

    assertThat(snapshot.preloaded())
        .allMatch(snapshot.all()::containsKey)
        .doesNotContain(SnapshotEntity.REPORT_JSON)
        .containsExactlyInAnyOrder(
            SnapshotEntity.RUN_ID,
            SnapshotEntity.TAKEN,
            SnapshotEntity.PROJECTS,
            SnapshotEntity.ISSUES,
            SnapshotEntity.PENDING);
    assertThat(snapshot.named(SnapshotEntity.REPORT_JSON).length())
        .isEqualTo(StringLength.UNLIMITED);
  }

  private static Element aoModule() throws Exception {
    try (InputStream in =
        StoreEntitiesTest.class.getClassLoader().getResourceAsStream(DESCRIPTOR)) {
      assertThat(in).as(DESCRIPTOR).isNotNull();
      NodeList modules =
          DocumentBuilderFactory.newInstance()
              .newDocumentBuilder()
              .parse(in)
              .getElementsByTagName("ao");
      assertThat(modules.getLength()).isEqualTo(1);
      return (Element) modules.item(0);
    }
  }

  private static List<String> entityClassNames(Element ao) {
    NodeList entities = ao.getElementsByTagName("entity");
    String[] names = new String[entities.getLength()];
    for (int i = 0; i < names.length; i++) {
      names[i] = entities.item(i).getTextContent().trim();
    }
    return Arrays.asList(names);
  }
}
