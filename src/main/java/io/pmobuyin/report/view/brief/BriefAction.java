package io.pmobuyin.report.view.brief;

/**
 * One improvement action on one line of the brief: what it is, where it stands, and its measured
 * effect on each pattern it targets, without intervals (the gadget has them).
 */
public record BriefAction(String key, String title, String status, String effects) {}
