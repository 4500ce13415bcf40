package io.pmobuyin.run.digest;

import java.time.Instant;
import java.util.Objects;

/**
 * One regular report an admin set up: to whom, how often, and since when. A subscription sends
 * nothing for a slot that passed before it was created.
 *
 * @param id stable, letters, digits and dashes; what opt-outs and the send log refer to
 * @param created when the admin saved it first
 */
public record Subscription(String id, Audience audience, Cadence cadence, Instant created) {

  public Subscription {
    Objects.requireNonNull(id, "id");
    if (!id.matches("[A-Za-z0-9-]{1,40}")) {
      throw new IllegalArgumentException("subscription id: " + id);
    }
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(cadence, "cadence");
    Objects.requireNonNull(created, "created");
  }

  public Subscription with(Audience newAudience, Cadence newCadence) {
    return new Subscription(id, newAudience, newCadence, created);
  }
}
