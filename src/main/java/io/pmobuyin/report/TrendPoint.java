package io.pmobuyin.report;

/**
 * A pattern in one period (a quarter of project close, or before / after the PMO start): the
 * projects that closed then, their issues, how many showed the pattern, and the share.
 */
public record TrendPoint(String period, long projects, long issues, long affected, double share) {}
