package io.pmobuyin.preview.live;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;

/** Why a request to Jira came back without an answer, said apart because the remedies differ. */
public enum NoAnswer {
  /** Jira (or what stands before it) took longer than the request may wait. */
  TIMED_OUT,
  /** Nothing listens at that address and port. */
  REFUSED,
  /** The connection broke or was closed halfway. */
  BROKEN;

  static NoAnswer of(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof HttpTimeoutException) {
        return TIMED_OUT;
      }
      if (t instanceof ConnectException) {
        return REFUSED;
      }
    }
    return BROKEN;
  }
}
