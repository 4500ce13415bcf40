package io.pmobuyin.report.view.predictability;

/** One KPI's trend chart by quarter of project close. */
public record KpiPanel(String id, String name, String chartHtml) {}
