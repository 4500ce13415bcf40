package io.pmobuyin.report.view.scope;

/**
 * One service of the PMO catalogue as the scope gadget shows it.
 *
 * @param department the owning department, or null
 * @param retired shown, marked, so old tags still make sense
 */
public record ScopeItem(String name, String description, String department, boolean retired) {}
