package io.pmobuyin.scope;

import java.util.Objects;

/**
 * Who leads and who sponsors a project, by display name (null where nobody is set). These are roles
 * a person accepted; the app shows them beside their projects and never ranks them.
 *
 * @param active true for a project still running, false for a closed one
 * @param leadInactive the lead's account is deleted or deactivated (still shown, marked)
 * @param sponsorInactive the same for the sponsor
 */
public record ProjectLeadership(
    String projectKey,
    String projectName,
    String category,
    boolean active,
    String lead,
    boolean leadInactive,
    String sponsor,
    boolean sponsorInactive) {

  public ProjectLeadership {
    Objects.requireNonNull(projectKey, "projectKey");
    projectName = projectName == null ? projectKey : projectName;
  }
}
