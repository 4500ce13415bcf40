package io.pmobuyin.jira.rest;

/** The sponsor group setting: a Jira group name, or null while none is chosen. */
public record SponsorGroupDto(String group) {}
