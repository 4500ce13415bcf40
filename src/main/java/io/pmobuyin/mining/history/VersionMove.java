package io.pmobuyin.mining.history;

/**
 * A fix version taken off an issue while another was on it or put on it afterwards: a move from one
 * version to another, whether one edit did it or a removal and a later addition. Whether it moved
 * the work later or earlier needs the project's versions, known only once all issues are in.
 */
public record VersionMove(String from, String to) {}
