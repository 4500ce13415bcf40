package io.pmobuyin.jira.rest;

/** Body of {@code GET /health}. Jira's REST stack writes a record from its accessors. */
public record HealthDto(String version, String status) {}
