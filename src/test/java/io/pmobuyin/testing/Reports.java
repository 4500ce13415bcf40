package io.pmobuyin.testing;

import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.mining.pattern.Catalogue;
import io.pmobuyin.mining.portfolio.PortfolioMiner;
import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.mining.source.ImportSummary;
import io.pmobuyin.report.PortfolioReport;
import io.pmobuyin.report.ReportAssembler;
import io.pmobuyin.report.json.ReportJson;
import io.pmobuyin.value.CostModel;
import io.pmobuyin.value.ValueRates;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;

/** Mines issues straight into a report (and its JSON), as the command line and Jira job do. */
public final class Reports {

  private static final Properties MESSAGES = messages();

  /** Reports mined by tests all say they were mined then, so equal inputs give equal JSON. */
  public static final Clock MINED_AT =
      Clock.fixed(Instant.parse("2026-12-01T06:00:00Z"), ZoneOffset.UTC);

  private Reports() {}

  public static PortfolioReport mine(List<IssueRecord> issues, MiningConfig config) {
    return mine(issues, config, ValueRates.defaults());
  }

  public static PortfolioReport mine(
      List<IssueRecord> issues, MiningConfig config, ValueRates rates) {
    PortfolioMiner miner = new PortfolioMiner(config, Catalogue.standard());
    issues.forEach(miner::issue);
    ImportSummary summary = new ImportSummary(1, issues.size(), 0, 0, List.of(), 0);
    return new ReportAssembler(config, new CostModel(rates), "test", MINED_AT)
        .assemble(miner.finish(), summary);
  }

  public static String json(PortfolioReport report) {
    StringWriter out = new StringWriter();
    new ReportJson(Reports::message).write(report, out);
    return out.toString();
  }

  public static String message(String key) {
    return MESSAGES.getProperty(key, key);
  }

  public static Properties bundle() {
    return MESSAGES;
  }

  private static Properties messages() {
    Properties properties = new Properties();
    try (InputStream in = Reports.class.getResourceAsStream("/i18n/pmo-buyin.properties")) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
