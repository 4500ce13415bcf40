package io.pmobuyin.jira.rest;

/** Every error this app's REST API returns: the HTTP status and a translated message, no trace. */
public final class ErrorDto {

  private final int status;
  private final String message;

  public ErrorDto(int status, String message) {
    this.status = status;
    this.message = message;
  }

  public int getStatus() {
    return status;
  }

  public String getMessage() {
    return message;
  }
}
