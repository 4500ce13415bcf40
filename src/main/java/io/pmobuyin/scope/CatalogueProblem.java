package io.pmobuyin.scope;

/**
 * Why a catalogue edit was refused, for one field of the form: an i18n key and its arguments.
 *
 * @param field the form field at fault ({@code id}, {@code name}, {@code status}, {@code
 *     department}, {@code description})
 */
public record CatalogueProblem(String field, String messageKey, Object... arguments) {

  public CatalogueProblem {
    arguments = arguments.clone();
  }
}
