package com.atlassian.mail.server;

/**
 * Compile-only declaration (never packaged): only compared with null, so no member is declared.
 * Checked against: the result type of {@code MailServerManager.getDefaultSMTPMailServer()} in every
 * caller found in the public code index (find_string "getDefaultSMTPMailServer()"). Jira 10/11:
 * UNCONFIRMED (docs/research/jira11-declarations-audit.md).
 */
public interface SMTPMailServer {}
