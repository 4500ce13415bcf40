package io.pmobuyin.preview.plan;

import java.util.List;
import java.util.Optional;

/** The fields an action has in an actions file, CSV column or JSON member alike. */
enum ActionField {
  KEY("key", true),
  TITLE("title", true),
  STATUS("status", false),
  DONE("done", false),
  PATTERNS("patterns", true),
  STARTED("started", false),
  PROJECTS("projects", false),
  SERVICES("services", false);

  private final String id;
  private final boolean required;

  ActionField(String id, boolean required) {
    this.id = id;
    this.required = required;
  }

  /** The column or member name. */
  String id() {
    return id;
  }

  /** Whether every action must give it; the others may be left out or empty. */
  boolean required() {
    return required;
  }

  /** Whether it holds a list (several pattern ids, project keys or service ids). */
  boolean isList() {
    return this == PATTERNS || this == PROJECTS || this == SERVICES;
  }

  static Optional<ActionField> named(String name) {
    for (ActionField field : values()) {
      if (field.id.equals(name)) {
        return Optional.of(field);
      }
    }
    return Optional.empty();
  }

  /** Every field's name, for a message that lists them. */
  static String names() {
    return String.join(", ", List.of(values()).stream().map(ActionField::id).toList());
  }
}
