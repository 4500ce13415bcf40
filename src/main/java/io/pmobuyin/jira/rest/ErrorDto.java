package io.pmobuyin.jira.rest;

/** Every error this app's REST API returns: the HTTP status and a translated message, no trace. */
public record ErrorDto(int status, String message) {}
