package io.pmobuyin.jira.rest;

import java.util.List;

/**
 * The regular report's admin panel: whether Jira's outgoing mail is on ({@code on}, {@code
 * no-server}, {@code disabled}) with a sentence for the admin when it is not, the time zone its
 * hours are read in, and the subscriptions.
 *
 * @param mailNotice null when mail is on
 */
public record DigestOverviewDto(
    String mail, String mailNotice, String zone, List<DigestSubscriptionDto> subscriptions) {}
