package io.pmobuyin.mining.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntBlocksTest {

  @Test
  void givesBackEveryIntAcrossTheFirstBlocksGrowthAndLaterBlocks() {
    IntBlocks ints = new IntBlocks();
    int count = 10_000;
    for (int i = 0; i < count; i++) {
      ints.add(i * 7 - 3);
    }

    assertThat(ints.size()).isEqualTo(count);
    for (int i = 0; i < count; i++) {
      assertThat(ints.get(i)).isEqualTo(i * 7 - 3);
    }
  }

  @Test
  void setsInPlace() {
    IntBlocks ints = new IntBlocks();
    for (int i = 0; i < 600; i++) {
      ints.add(0);
    }

    ints.set(0, -1);
    ints.set(255, 255);
    ints.set(256, 256);
    ints.set(599, Integer.MIN_VALUE);

    assertThat(ints.get(0)).isEqualTo(-1);
    assertThat(ints.get(255)).isEqualTo(255);
    assertThat(ints.get(256)).isEqualTo(256);
    assertThat(ints.get(599)).isEqualTo(Integer.MIN_VALUE);
  }

  @Test
  void givesBackLongsWholeWhereverTheyFallEvenAcrossABlockEdge() {
    IntBlocks ints = new IntBlocks();
    long[] longs = {0, -1, 1, Long.MIN_VALUE, Long.MAX_VALUE, 0xFFFF_FFFFL, -0x1_0000_0000L};
    for (int i = 0; i < 255; i++) {
      ints.add(i);
    }
    int start = ints.size();
    for (long value : longs) {
      ints.addLong(value);
    }

    for (int i = 0; i < longs.length; i++) {
      assertThat(ints.getLong(start + 2 * i)).isEqualTo(longs[i]);
    }
  }
}
