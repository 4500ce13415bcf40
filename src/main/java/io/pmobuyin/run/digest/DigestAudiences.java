package io.pmobuyin.run.digest;

import io.pmobuyin.report.view.GadgetData;
import java.util.List;
import java.util.Optional;

/**
 * Jira's people behind an audience: a group's members, or the sponsors the report's projects name.
 */
public interface DigestAudiences {

  /** Everyone the audience names, inactive ones and ones without an address included. */
  List<Recipient> members(Audience audience, GadgetData data);

  /** One person, by user key, as a recipient; empty when Jira no longer knows them. */
  Optional<Recipient> person(String userKey, GadgetData data);
}
