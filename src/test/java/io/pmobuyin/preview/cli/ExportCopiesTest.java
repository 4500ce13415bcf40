package io.pmobuyin.preview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.mining.pattern.Catalogue;
import io.pmobuyin.mining.portfolio.MinedPortfolio;
import io.pmobuyin.mining.portfolio.PortfolioMiner;
import io.pmobuyin.mining.portfolio.ProjectResult;
import io.pmobuyin.preview.importer.ImportOptions;
import io.pmobuyin.preview.importer.JiraExportImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Copies of a real export are real issues in projects of their own, not duplicates. */
class ExportCopiesTest {

  private static final Path REAL = Path.of("src/test/resources/real/apache-fixture.json");

  @TempDir Path dir;

  @Test
  void mineAsKPortfoliosOfTheSameShape() throws IOException {
    MinedPortfolio once = mine(copies(1));
    MinedPortfolio thrice = mine(copies(3));

    assertThat(thrice.issues()).isEqualTo(3 * once.issues()).isEqualTo(990);
    assertThat(thrice.duplicateIssues()).isZero();
    assertThat(thrice.projects()).hasSize(3 * once.projects().size());
    assertThat(thrice.projects()).extracting(p -> p.project().key()).contains("CB", "CBX2", "CBX3");
    ProjectResult original = project(thrice, "CB");
    ProjectResult copy = project(thrice, "CBX3");
    assertThat(copy.issues()).isEqualTo(original.issues());
    assertThat(copy.kpis()).isEqualTo(original.kpis());
  }

  private Path copies(int copies) throws IOException {
    Path file = dir.resolve("copies-" + copies + ".jsonl");
    assertThat(ExportCopies.write(List.of(REAL), copies, file)).isEqualTo(330L * copies);
    assertThat(Files.readAllLines(file)).hasSize(330 * copies);
    return file;
  }

  private static MinedPortfolio mine(Path file) {
    PortfolioMiner miner = new PortfolioMiner(MiningConfig.defaults(), Catalogue.standard());
    new JiraExportImporter(ImportOptions.defaults()).importPaths(List.of(file), miner);
    return miner.finish();
  }

  private static ProjectResult project(MinedPortfolio mined, String key) {
    return mined.projects().stream()
        .filter(p -> p.project().key().equals(key))
        .findFirst()
        .orElseThrow();
  }
}
