package io.pmobuyin.report.view;

/** A download of one of a gadget's tables. */
public record CsvLink(String label, String url) {}
