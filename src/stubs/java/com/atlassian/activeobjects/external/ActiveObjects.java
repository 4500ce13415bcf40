package com.atlassian.activeobjects.external;

import net.java.ao.DBParam;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * Compile-only declaration of the plugin's Active Objects service (never packaged); only the
 * methods the store adapters call. Checked against: ../shared/reference/jira-platform-api.md §7.6
 * (interface, com.atlassian.activeobjects.external; per-bundle service imported into the plugin's
 * own context) and the decompiled interface in ngannk-fptu/Decompiled-Files,
 * com.atlassian.activeobjects.activeobjects-plugin-5.2.1/com/atlassian/activeobjects/external/ActiveObjects.java
 * (generics, T[] find, int count, int deleteWithSQL; no checked exceptions). Same calls in
 * atlassian-labs/atlassian-slack-integration-server DefaultConfigurationDao (find with a Query,
 * count, deleteWithSQL) and codescape/jira-scrum-poker ScrumPokerSessionServiceImpl (create with
 * DBParam, get). Jira 11: every member we declare is used the same way by a public app built for
 * Jira 11 (docs/research/jira11-declarations-audit.md).
 */
public interface ActiveObjects {

  /** The row with this primary key, read from the database now; null if there is none. */
  <T extends RawEntity<K>, K> T get(Class<T> type, K key);

  /** Inserts one row; every NOT NULL column must be among the parameters. */
  <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params);

  <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

  <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

  <K> int count(Class<? extends RawEntity<K>> type);
}
