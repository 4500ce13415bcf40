package io.pmobuyin.jira.rest;

/** One entry of the admin's error log: what went wrong, translated, and the technical detail. */
public class ErrorEntryDto {

  public String at;
  public long runId;
  public String projectKey;
  public String issueKey;
  public String message;
  public String detail;
}
