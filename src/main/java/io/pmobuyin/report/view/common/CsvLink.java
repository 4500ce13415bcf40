package io.pmobuyin.report.view.common;

/** A download of one of a gadget's tables. */
public record CsvLink(String label, String url) {}
