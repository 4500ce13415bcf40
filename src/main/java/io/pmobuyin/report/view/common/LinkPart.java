package io.pmobuyin.report.view.common;

/** One link among several: a part of a long list of issues, or one quarter's projects. */
public record LinkPart(String url, String label) {}
