package io.pmobuyin.preview.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.mining.record.ProjectRecord;
import io.pmobuyin.mining.source.ImportSummary;
import io.pmobuyin.mining.source.IssueSink;
import io.pmobuyin.preview.importer.ImportOptions;
import io.pmobuyin.preview.importer.JiraExportImporter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a pull writes is an export the importer reads whole, histories completed included. */
class PulledFolderImportTest {

  @TempDir Path dir;

  @Test
  void theImporterReadsEveryPulledIssueWithItsWholeHistory() throws Exception {
    List<String> issues =
        IntStream.rangeClosed(1, 7)
            .mapToObj(
                i -> i == 4 ? JiraJson.issue("ABC-4", 100, 150) : JiraJson.issue("ABC-" + i, 1, 1))
            .toList();
    try (FakeJira jira =
        FakeJira.start()
            .servesSearch(issues, 1000)
            .servesChangelog("ABC-4", JiraJson.histories("ABC-4", 150), 100)) {
      PullResult pulled =
          new RecordedProgress()
              .pull()
              .download(new PullRequest(jira.baseUrl(), "pat", null, 3), dir, null);
      assertThat(pulled.pages()).isEqualTo(3);

      List<IssueRecord> imported = new ArrayList<>();
      ImportSummary summary =
          new JiraExportImporter(ImportOptions.defaults())
              .importPaths(
                  List.of(dir),
                  new IssueSink() {
                    @Override
                    public void project(ProjectRecord project) {}

                    @Override
                    public void issue(IssueRecord issue) {
                      imported.add(issue);
                    }
                  });

      assertThat(imported)
          .extracting(IssueRecord::key)
          .containsExactly("ABC-1", "ABC-2", "ABC-3", "ABC-4", "ABC-5", "ABC-6", "ABC-7");
      IssueRecord long4 = imported.get(3);
      assertThat(long4.changelogCutShort()).isFalse();
      assertThat(long4.changelogGiven()).isEqualTo(150);
      assertThat(long4.changes()).hasSize(150);
      assertThat(summary.files()).isEqualTo(3);
      assertThat(summary.changelogsCutShort()).isZero();
      assertThat(summary.problems()).isEmpty();
    }
  }
}
