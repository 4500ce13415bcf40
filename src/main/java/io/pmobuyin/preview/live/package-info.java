/**
 * Pulls issues with their change histories from a live Jira's REST API into a folder of search
 * pages that {@link io.pmobuyin.preview.importer.JiraExportImporter} reads like any export.
 *
 * <p>{@link io.pmobuyin.preview.live.JiraPull} is the entry point; a {@link
 * io.pmobuyin.preview.live.PullRequest} says where and what, a {@link
 * io.pmobuyin.preview.live.JiraPullException.Reason} why it stopped. Nothing here is translated or
 * logged: callers word the reasons in the user's language.
 */
package io.pmobuyin.preview.live;
