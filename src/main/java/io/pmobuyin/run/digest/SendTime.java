package io.pmobuyin.run.digest;

import java.time.Instant;
import java.util.Optional;

/**
 * A subscription's answer to "now?": whether it is due, and when it sends next (now, if due); empty
 * for a subscription that waits for the next successful mining run.
 */
public record SendTime(boolean due, Optional<Instant> next) {}
