package io.pmobuyin.preview.server;

/** One gadget on the preview's dashboard page. */
public record DashboardItem(String id, String title, String description) {}
