package net.java.ao.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only declaration of the string column size annotation (never packaged): a VARCHAR of the
 * given length, or a CLOB with {@link #UNLIMITED}; without it a string column is 255 long. Checked
 * against: ../shared/reference/jira-platform-api.md §7.6 (@StringLength) and
 * ngannk-fptu/Decompiled-Files, activeobjects-plugin-5.2.1/net/java/ao/schema/StringLength.java
 * (RUNTIME, METHOD, int value(), UNLIMITED = -1, MAX_LENGTH = 450),
 * net/java/ao/types/StringType.java (DEFAULT_LENGTH = 255) and TypeQualifiers.java (a length past
 * 450 silently becomes unlimited). UNLIMITED used the same way in
 * atlassian-labs/atlassian-slack-integration-server AOSlackLink and mailru/jira-plugins-mrimsender
 * Reminder. Jira 11: every member we declare is used the same way by a public app built for Jira 11
 * (docs/research/jira11-declarations-audit.md).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface StringLength {

  int UNLIMITED = -1;

  int value();
}
