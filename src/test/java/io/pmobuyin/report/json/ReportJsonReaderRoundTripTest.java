package io.pmobuyin.report.json;

import static io.pmobuyin.testing.IssueBuilder.anIssue;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.mining.record.ChangeField;
import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.report.PortfolioReport;
import io.pmobuyin.testing.IssueBuilder;
import io.pmobuyin.testing.Reports;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reader is the writer's inverse: on reports made at random, record by record, and on reports
 * mined from random issues. The writer rounds decimals to four places and writes every non-finite
 * number as null, so a read-back number equals the original as the writer wrote it, not the
 * original itself; everything else comes back equal.
 */
class ReportJsonReaderRoundTripTest {

  private final ReportJsonReader reader = new ReportJsonReader();

  static LongStream seeds() {
    return LongStream.range(0, 100);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void writesTheSameTextAgainAfterReadingARandomReport(long seed) {
    String json = Reports.json(RandomReports.of(seed));

    assertThat(Reports.json(reader.read(json))).isEqualTo(json);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void readsBackEveryValueOfARandomReportAsTheWriterWroteIt(long seed) {
    PortfolioReport original = RandomReports.of(seed);

    assertReadsBackAsWritten(reader.read(Reports.json(original)), original);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void readsBackAnEqualReportOnceItsNumbersAreAsWritten(long seed) {
    PortfolioReport once = reader.read(Reports.json(RandomReports.of(seed)));

    assertThat(reader.read(Reports.json(once))).isEqualTo(once);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void readsBackAMinedReport(long seed) {
    MiningConfig config =
        seed % 2 == 0
            ? MiningConfig.defaults()
            : MiningConfig.defaults().withPmoStart(IssueBuilder.date(200));
    PortfolioReport original = Reports.mine(randomIssues(seed), config);
    String json = Reports.json(original);

    PortfolioReport read = reader.read(json);

    assertThat(Reports.json(read)).isEqualTo(json);
    assertReadsBackAsWritten(read, original);
    assertThat(read.sponsorship().sponsors()).isNotEmpty();
    assertThat(read.projects()).anySatisfy(p -> assertThat(p.scopeTags()).isNotEmpty());
  }

  private static void assertReadsBackAsWritten(PortfolioReport read, PortfolioReport original) {
    assertThat(read)
        .usingRecursiveComparison()
        .withComparatorForType(AS_WRITTEN, Double.class)
        .isEqualTo(original);
  }

  /** Read-back number first, original second: equal when the original as written is the number. */
  private static final Comparator<Double> AS_WRITTEN =
      (read, original) -> Double.compare(read, asWritten(original));

  /** What the writer makes of a number: four places, and NaN for one not finite. */
  private static double asWritten(double value) {
    return Double.isFinite(value) ? Double.parseDouble(writtenText(value)) : Double.NaN;
  }

  private static String writtenText(double value) {
    return BigDecimal.valueOf(value)
        .setScale(4, RoundingMode.HALF_EVEN)
        .stripTrailingZeros()
        .toPlainString();
  }

  /** Projects over two years, some issues sponsored, some with PMO Scope, some late or reopened. */
  private static List<IssueRecord> randomIssues(long seed) {
    Random random = new Random(seed);
    List<IssueRecord> issues = new ArrayList<>();
    for (int project = 0; project < 5; project++) {
      for (int i = 1; i <= 40; i++) {
        double created = project * 90 + random.nextInt(60);
        IssueBuilder issue =
            anIssue()
                .key("R" + project + "-" + i)
                .ofType(random.nextInt(4) == 0 ? "Bug" : "Task")
                .createdOnDay(created)
                .dueOnDay((int) created + 3 + random.nextInt(15))
                .estimatedHours(1 + random.nextInt(8))
                .spentHours(random.nextInt(20))
                .startedOnDay(created + random.nextInt(4));
        if (project % 2 == 0) {
          issue.sponsor("sponsor-" + project % 3);
        }
        if (random.nextInt(3) == 0) {
          issue.pmoScope(random.nextBoolean() ? "pmo-governed" : "team <own> & \"self\"");
        }
        if (random.nextInt(5) == 0) {
          issue.change(created + 2, ChangeField.PRIORITY, "Low", "Highest");
        }
        if (random.nextInt(6) > 0) {
          issue.resolvedOnDay(created + 4 + random.nextInt(25));
        }
        issues.add(issue.build());
      }
    }
    return issues;
  }
}
