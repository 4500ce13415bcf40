package io.pmobuyin.jira.rest;

import java.util.Map;

/** A refused write: status, a translated summary, and a translated message per form field. */
public record FieldErrorsDto(int status, String message, Map<String, String> fieldErrors) {}
