package io.pmobuyin.jira.rest;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Map;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** Builds the JSON error responses of every resource, with messages from the i18n bundle. */
public class RestErrors {

  static final String NOT_LOGGED_IN = "pmobuyin.rest.error.not-logged-in";
  static final String NOT_ALLOWED = "pmobuyin.rest.error.not-allowed";
  static final String NOT_FOUND = "pmobuyin.rest.error.not-found";
  static final String FORGED = "pmobuyin.rest.error.xsrf";

  private final I18nResolver i18n;

  public RestErrors(I18nResolver i18n) {
    this.i18n = i18n;
  }

  public Response notLoggedIn() {
    return error(Response.Status.UNAUTHORIZED, NOT_LOGGED_IN);
  }

  public Response notAllowed() {
    return error(Response.Status.FORBIDDEN, NOT_ALLOWED);
  }

  public Response notFound() {
    return error(Response.Status.NOT_FOUND, NOT_FOUND);
  }

  /** Not found, saying what was not (no report yet, no such project…). */
  public Response notFound(String messageKey) {
    return error(Response.Status.NOT_FOUND, messageKey);
  }

  /** A write that neither sends JSON nor carries the no-check header: possibly a forged form. */
  public Response forged() {
    return error(Response.Status.FORBIDDEN, FORGED);
  }

  /** A refused write: 400 with a translated summary and a translated message per form field. */
  public Response refused(String summaryKey, Map<String, String> fieldErrors) {
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(
            new FieldErrorsDto(
                Response.Status.BAD_REQUEST.getStatusCode(), i18n.getText(summaryKey), fieldErrors))
        .build();
  }

  /** A message with its arguments, as SAL's resolver takes them (each one Serializable). */
  public String text(String key, Object... arguments) {
    Serializable[] serializable =
        Arrays.stream(arguments)
            .map(a -> a instanceof Serializable s ? s : String.valueOf(a))
            .toArray(Serializable[]::new);
    return i18n.getText(key, serializable);
  }

  private Response error(Response.Status status, String messageKey) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ErrorDto(status.getStatusCode(), i18n.getText(messageKey)))
        .build();
  }
}
