package io.pmobuyin.preview.importer;

/** What a custom field means to the engine; every other custom field is skipped. */
enum CustomFieldRole {
  SPRINT,
  FLAGGED,
  PMO_SCOPE,
  SPONSOR
}
