package io.pmobuyin.report;

import java.util.List;

/**
 * Executive sponsorship across the closed projects: the share that had a sponsor (the metric PMI
 * finds to predict success) and which projects each sponsor had. Sponsors go by id; names are
 * looked up where they are shown.
 *
 * @param sponsors by sponsor id
 */
public record SponsorshipSection(
    long projects, long withSponsor, double coverage, List<SponsorProjects> sponsors) {

  public SponsorshipSection {
    sponsors = List.copyOf(sponsors);
  }

  /** One sponsor's closed projects, by key. */
  public record SponsorProjects(String sponsorId, List<String> projectKeys) {

    public SponsorProjects {
      projectKeys = List.copyOf(projectKeys);
    }
  }
}
