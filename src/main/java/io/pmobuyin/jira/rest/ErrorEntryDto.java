package io.pmobuyin.jira.rest;

/** One entry of the admin's error log: what went wrong, translated, and the technical detail. */
public record ErrorEntryDto(
    String at, long runId, String projectKey, String issueKey, String message, String detail) {}
