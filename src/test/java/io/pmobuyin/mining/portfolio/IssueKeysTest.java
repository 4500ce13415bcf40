package io.pmobuyin.mining.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class IssueKeysTest {

  /** Keys by project part, then by number (HDFS-9 before HDFS-10). */
  static final Comparator<String> KEY_ORDER =
      Comparator.<String, String>comparing(k -> k.substring(0, k.lastIndexOf('-')))
          .thenComparingLong(k -> Long.parseLong(k.substring(k.lastIndexOf('-') + 1)));

  @Test
  void writesRunsOfNumbersPerProjectPart() {
    IssueKeys keys =
        IssueKeys.of(List.of("HDFS-12", "HDFS-3", "HADOOP-40", "HDFS-4", "HDFS-5", "HDFS-7"));

    assertThat(keys).hasToString("HADOOP-40 HDFS-3..5,7,12");
    assertThat(keys.size()).isEqualTo(6);
    assertThat(keys.projects()).containsExactly("HADOOP", "HDFS");
  }

  @Test
  void holdsAKeyGivenTwiceOnce() {
    IssueKeys keys = IssueKeys.of(List.of("A-1", "A-2", "A-1", "A-2"));

    assertThat(keys.keys()).containsExactly("A-1", "A-2");
  }

  @Test
  void refusesWhatIsNotAnIssueKey() {
    for (String bad :
        List.of("a-1", "A-0", "A-01", "A", "-1", "A-1) OR project = B", "A B-1", "A-1\n", "1A-2")) {
      assertThat(IssueKeys.isKey(bad)).as(bad).isFalse();
      assertThatThrownBy(() -> IssueKeys.of(List.of(bad)))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(new IssueKeys.Builder().add("x-1")).isFalse();
  }

  @Test
  void refusesAWrittenFormItDidNotWrite() {
    for (String bad :
        List.of("A-", "A-1..", "A-3..1", "A-1,,2", "a-1", "A-1  B-2", " A-1", "A-1;B-2", "A-01")) {
      assertThatThrownBy(() -> IssueKeys.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(IssueKeys.parse("")).isEqualTo(IssueKeys.none());
  }

  @Test
  void addsTwoSetsEachKeyOnce() {
    IssueKeys sum = IssueKeys.parse("A-1..3 B-9").plus(IssueKeys.parse("A-3..5,8"));

    assertThat(sum).hasToString("A-1..5,8 B-9");
  }

  @Property(tries = 300)
  void keepsExactlyTheKeysItWasGivenInAnyOrder(@ForAll("keyLists") List<String> given) {
    IssueKeys keys = IssueKeys.of(given);

    Set<String> distinct = new TreeSet<>(KEY_ORDER);
    distinct.addAll(given);
    assertThat(keys.keys()).containsExactlyElementsOf(distinct);
    assertThat(keys.size()).isEqualTo(distinct.size());
  }

  @Property(tries = 300)
  void readsBackWhatItWrites(@ForAll("keyLists") List<String> given) {
    IssueKeys keys = IssueKeys.of(given);

    assertThat(IssueKeys.parse(keys.toString())).isEqualTo(keys);
    assertThat(IssueKeys.parse(keys.toString()).keys()).isEqualTo(keys.keys());
  }

  @Provide
  Arbitrary<List<String>> keyLists() {
    Arbitrary<String> project = Arbitraries.of("A", "HDFS", "X_2", "B9");
    Arbitrary<Integer> number =
        Arbitraries.oneOf(
            Arbitraries.integers().between(1, 40), Arbitraries.integers().between(1, 9_999_999));
    return project
        .flatMap(p -> number.map(n -> p + "-" + n))
        .list()
        .ofMaxSize(120)
        .map(ArrayList::new);
  }
}
