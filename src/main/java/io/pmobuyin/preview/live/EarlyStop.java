package io.pmobuyin.preview.live;

/**
 * Why a pull stopped before Jira said it was done: each guards against a server that would keep a
 * pull going for ever. What was written up to then is kept and imported.
 */
public enum EarlyStop {
  /** A search page held only issues of the page before: Jira is not moving on. */
  REPEATED_PAGE,
  /** Past what the first page's total promised, with a margin for issues created meanwhile. */
  BEYOND_TOTAL,
  /** An issue's change history went past what any real issue holds, or stopped moving on. */
  ENDLESS_HISTORY
}
