package io.pmobuyin.mining.portfolio;

import java.util.Arrays;

/**
 * A growing sequence of ints held in blocks of 1 KB. The first block grows by doubling, as an array
 * list would; past it, growing adds a block and never copies what is held. So, however many ints a
 * project ends with, at most one block is partly empty: a project's rows cost what they hold plus
 * under 1 KB, where a doubling array leaves up to half its length empty until the end of the run.
 */
final class IntBlocks {

  private static final int SHIFT = 8;
  private static final int BLOCK = 1 << SHIFT;
  private static final int MASK = BLOCK - 1;
  private static final int FIRST = 16;

  private int[][] blocks = {new int[FIRST]};
  private int size;

  int size() {
    return size;
  }

  int get(int index) {
    return blocks[index >>> SHIFT][index & MASK];
  }

  void set(int index, int value) {
    blocks[index >>> SHIFT][index & MASK] = value;
  }

  void add(int value) {
    if (size == Integer.MAX_VALUE) {
      throw new IllegalStateException("more ints than an int can count");
    }
    int block = size >>> SHIFT;
    int slot = size & MASK;
    if (block == blocks.length) {
      blocks = Arrays.copyOf(blocks, block * 2);
    }
    int[] ints = blocks[block];
    if (ints == null) {
      ints = new int[BLOCK];
      blocks[block] = ints;
    } else if (slot == ints.length) {
      ints = Arrays.copyOf(ints, Math.min(BLOCK, ints.length * 2));
      blocks[block] = ints;
    }
    ints[slot] = value;
    size++;
  }

  /** Adds a long as two ints, high half first. */
  void addLong(long value) {
    add((int) (value >>> 32));
    add((int) value);
  }

  /** The long added at {@code index} by {@link #addLong}. */
  long getLong(int index) {
    return ((long) get(index) << 32) | (get(index + 1) & 0xFFFF_FFFFL);
  }
}
