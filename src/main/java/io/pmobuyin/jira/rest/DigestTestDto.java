package io.pmobuyin.jira.rest;

/** What "send a test to me" did: {@code sent} or why not, and a sentence saying so. */
public record DigestTestDto(boolean queued, String message) {}
