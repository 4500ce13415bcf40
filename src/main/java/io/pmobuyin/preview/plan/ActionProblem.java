package io.pmobuyin.preview.plan;

import java.util.List;

/**
 * What is wrong with an action in a file, as an i18n key and its arguments, with its place.
 *
 * @param line counted from 1
 * @param field the field's name, or empty when the problem is the row or the file's shape
 */
public record ActionProblem(int line, String field, String messageKey, List<Object> arguments) {

  public ActionProblem {
    arguments = List.copyOf(arguments);
  }

  static ActionProblem of(int line, ActionField field, String messageKey, Object... arguments) {
    return new ActionProblem(line, field.id(), messageKey, List.of(arguments));
  }

  static ActionProblem ofRow(int line, String messageKey, Object... arguments) {
    return new ActionProblem(line, "", messageKey, List.of(arguments));
  }
}
