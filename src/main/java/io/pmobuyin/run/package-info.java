/**
 * A mining run inside Jira, as pure Java: which projects, their issues fed to the engine, the
 * report kept as a snapshot, progress, cancel, and the errors an admin can read. Jira's services
 * (projects, issues, cluster lock, database) come in through the ports of this package; the
 * adapters in {@code io.pmobuyin.jira} stay thin.
 */
package io.pmobuyin.run;
