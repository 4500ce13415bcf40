package io.pmobuyin.preview.importer;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How to read an export: the zone in which date-only values start their day, which custom fields
 * hold the sprint, the flag, the PMO scope and the executive sponsor, and how many problems to
 * keep.
 *
 * <p>Each custom field is named by field ids ({@code customfield_10020}) or display names ({@code
 * Sprint}); names are resolved through the export's {@code names} map (id to display name) where it
 * has one. The defaults are the display names Jira and common set-ups use.
 */
public record ImportOptions(
    ZoneId dateZone,
    List<String> sprintFields,
    List<String> flaggedFields,
    List<String> pmoScopeFields,
    List<String> sponsorFields,
    int maxProblems) {

  public ImportOptions {
    Objects.requireNonNull(dateZone, "dateZone");
    sprintFields = List.copyOf(sprintFields);
    flaggedFields = List.copyOf(flaggedFields);
    pmoScopeFields = List.copyOf(pmoScopeFields);
    sponsorFields = List.copyOf(sponsorFields);
    if (maxProblems < 0) {
      throw new IllegalArgumentException("maxProblems must not be negative: " + maxProblems);
    }
  }

  public static ImportOptions defaults() {
    return new ImportOptions(
        ZoneOffset.UTC,
        List.of("Sprint"),
        List.of("Flagged"),
        List.of("PMO Scope"),
        List.of("Executive Sponsor"),
        200);
  }

  public ImportOptions withDateZone(ZoneId zone) {
    return new ImportOptions(
        zone, sprintFields, flaggedFields, pmoScopeFields, sponsorFields, maxProblems);
  }

  public ImportOptions withMaxProblems(int max) {
    return new ImportOptions(
        dateZone, sprintFields, flaggedFields, pmoScopeFields, sponsorFields, max);
  }

  /** Also reads this field (id or display name) as the sprint field. */
  public ImportOptions withSprintField(String idOrName) {
    return new ImportOptions(
        dateZone,
        plus(sprintFields, idOrName),
        flaggedFields,
        pmoScopeFields,
        sponsorFields,
        maxProblems);
  }

  /** Also reads this field (id or display name) as the flag. */
  public ImportOptions withFlaggedField(String idOrName) {
    return new ImportOptions(
        dateZone,
        sprintFields,
        plus(flaggedFields, idOrName),
        pmoScopeFields,
        sponsorFields,
        maxProblems);
  }

  /** Also reads this field (id or display name) as the PMO scope. */
  public ImportOptions withPmoScopeField(String idOrName) {
    return new ImportOptions(
        dateZone,
        sprintFields,
        flaggedFields,
        plus(pmoScopeFields, idOrName),
        sponsorFields,
        maxProblems);
  }

  /** Also reads this field (id or display name) as the executive sponsor. */
  public ImportOptions withSponsorField(String idOrName) {
    return new ImportOptions(
        dateZone,
        sprintFields,
        flaggedFields,
        pmoScopeFields,
        plus(sponsorFields, idOrName),
        maxProblems);
  }

  private static List<String> plus(List<String> list, String idOrName) {
    List<String> more = new ArrayList<>(list);
    more.add(Objects.requireNonNull(idOrName, "idOrName"));
    return more;
  }
}
