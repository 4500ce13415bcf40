package io.pmobuyin.settings;

import java.util.Arrays;
import java.util.Objects;

/**
 * Why settings were refused, for one field: an i18n key ({@code pmobuyin.settings.error.*}) and its
 * arguments.
 *
 * @param field the setting at fault, by its key ({@code mining.pmoStart}, {@code
 *     mining.status.Awaiting Deploy}); for stored settings, the key as they store it
 */
public record SettingsProblem(String field, String messageKey, Object... arguments) {

  public SettingsProblem {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(messageKey, "messageKey");
    arguments = arguments.clone();
  }

  /** The arguments (a copy: the record stays immutable). */
  @Override
  public Object[] arguments() {
    return arguments.clone();
  }

  public SettingsProblem about(String otherField) {
    return new SettingsProblem(otherField, messageKey, arguments);
  }

  // Tests and logs compare and show problems by their arguments, not by array identity.
  @Override
  public boolean equals(Object other) {
    return other instanceof SettingsProblem that
        && field.equals(that.field)
        && messageKey.equals(that.messageKey)
        && Arrays.equals(arguments, that.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, messageKey, Arrays.hashCode(arguments));
  }

  @Override
  public String toString() {
    return field + ": " + messageKey + Arrays.toString(arguments);
  }
}
