package io.pmobuyin.report.mail;

/**
 * One closed project the regular report covers, as its recipient reads it: the project's name as
 * Jira gives it (to be escaped where it is printed) and the day it closed.
 *
 * @param sponsored for a project the recipient sponsors, that it is theirs and how it delivered;
 *     null for the others
 */
public record DigestProject(String name, String closed, String sponsored) {}
