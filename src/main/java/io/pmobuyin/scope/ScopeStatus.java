package io.pmobuyin.scope;

/** Where a service stands with the PMO: its own work, not its work, or another department's. */
public enum ScopeStatus {
  IN_SCOPE,
  OUT_OF_SCOPE,
  OTHER_DEPARTMENT
}
