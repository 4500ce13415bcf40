package io.pmobuyin.jira.rest;

import java.util.Map;

/** A refused write: status, a translated summary, and a translated message per form field. */
public class FieldErrorsDto {

  public int status;
  public String message;
  public Map<String, String> fieldErrors;
}
