package io.pmobuyin.jira.rest;

import java.util.List;
import java.util.Map;

/**
 * The admin's settings in the REST API, both ways: every setting as the text the form shows, by its
 * stored key ({@code mining.pmoStart}, {@code rates.hourlyRate}, …). On reading, also why the
 * stored settings could not be read, if they could not (the defaults are in use then).
 */
public record SettingsDto(Map<String, String> values, List<String> readProblems) {}
