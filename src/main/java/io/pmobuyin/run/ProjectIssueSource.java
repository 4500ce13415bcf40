package io.pmobuyin.run;

import io.pmobuyin.mining.source.IssueSink;

/**
 * Reads one project's issues, with their histories, into the engine. A source reads in batches,
 * calls {@link RunControl#checkpoint()} between them (which stops the run when it is cancelled),
 * counts each issue delivered and reports each issue it could not read, then goes on.
 */
@FunctionalInterface
public interface ProjectIssueSource {

  /**
   * @throws ProjectUnavailable when the project itself cannot be read (deleted, or no longer
   *     archived, since the run started); the run notes it and goes on with the next
   */
  void deliver(ClosedProject project, IssueSink sink, RunControl control);
}
