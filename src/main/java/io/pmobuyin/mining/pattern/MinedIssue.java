package io.pmobuyin.mining.pattern;

import java.time.Instant;

/** The little the engine keeps of an issue until its project's timeline is known. */
public interface MinedIssue {

  Instant created();

  String type();

  /** Days from start of work to resolution; negative when not resolved. */
  double cycleDays();
}
