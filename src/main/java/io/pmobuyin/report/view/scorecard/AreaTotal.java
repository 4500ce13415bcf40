package io.pmobuyin.report.view.scorecard;

/** One value area's part of the total cost, with the colour the bars give it. */
public record AreaTotal(String name, String cost, String share, String colour) {}
