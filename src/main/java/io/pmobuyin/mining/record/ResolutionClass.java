package io.pmobuyin.mining.record;

/**
 * What a resolution says about the work: delivered, given up, or a duplicate of other work (which
 * is neither delivered nor abandoned: the work it duplicates carries the outcome).
 */
public enum ResolutionClass {
  DONE,
  NOT_DONE,
  DUPLICATE
}
