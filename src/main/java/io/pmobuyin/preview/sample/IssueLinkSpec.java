package io.pmobuyin.preview.sample;

/** This issue "is blocked by" another one: Jira shows the other issue as the inward issue. */
record IssueLinkSpec(long id, String otherKey, long otherId) {}
