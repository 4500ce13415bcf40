package io.pmobuyin.preview.importer;

/**
 * Where to go on reading a file: at a value's start, or after the end of the line an offset is in.
 */
record Resume(long offset, long line, boolean afterLineEnd) {

  static final Resume START = new Resume(0, 1, false);
}
