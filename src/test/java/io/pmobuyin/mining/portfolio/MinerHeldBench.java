package io.pmobuyin.mining.portfolio;

import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.mining.pattern.Catalogue;
import io.pmobuyin.preview.importer.ImportOptions;
import io.pmobuyin.preview.importer.JiraExportImporter;
import io.pmobuyin.preview.sample.SamplePortfolio;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.management.ObjectName;

/**
 * What the miner holds per issue until the run ends, a measurement and not a test: writes {@code
 * issues} issues of the sample generator as JSON Lines (the shape {@code bench} uses), imports them
 * into a {@link PortfolioMiner}, and prints the heap in use after a full collection before {@link
 * PortfolioMiner#finish()}, less the heap in use after a full collection before the miner was made,
 * per issue. With {@code --histogram}, also the classes taking the most live heap then.
 *
 * <p>Run, after {@code mvn -B -o -q package -DskipTests} and {@code mvn -B -o -q test-compile}:
 * {@code java -Xmx2g -cp target/pmo-buyin-<version>-preview.jar:target/test-classes
 * io.pmobuyin.mining.portfolio.MinerHeldBench 1000000 [--histogram]}.
 */
public final class MinerHeldBench {

  private MinerHeldBench() {}

  public static void main(String[] args) throws Exception {
    long issues = args.length > 0 ? Long.parseLong(args[0]) : 200_000;
    boolean histogram = List.of(args).contains("--histogram");
    Path export = Files.createTempFile("pmo-buyin-held", ".jsonl");
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(export), 1 << 16)) {
        SamplePortfolio.standard().writeJsonLines(out, issues);
      }
      long before = usedAfterFullCollection();
      PortfolioMiner miner = new PortfolioMiner(MiningConfig.defaults(), Catalogue.standard());
      new JiraExportImporter(ImportOptions.defaults()).importPaths(List.of(export), miner);
      long held = usedAfterFullCollection() - before;
      System.out.printf(
          "JVM %s, max heap %,d MB%n", Runtime.version(), Runtime.getRuntime().maxMemory() >> 20);
      System.out.printf(
          "issues                 %,d (%,.1f MB of JSON Lines)%n",
          issues, Files.size(export) / 1e6);
      System.out.printf("held before finish()   %,d bytes%n", held);
      System.out.printf("bytes per issue        %.1f%n", (double) held / issues);
      if (histogram) {
        System.out.println(topClasses(25));
      }
      System.out.printf("projects mined         %d%n", miner.finish().projects().size());
    } finally {
      Files.deleteIfExists(export);
    }
  }

  private static long usedAfterFullCollection() throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(100);
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  private static String topClasses(int lines) throws Exception {
    String histogram =
        (String)
            ManagementFactory.getPlatformMBeanServer()
                .invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "gcClassHistogram",
                    new Object[] {null},
                    new String[] {String[].class.getName()});
    String[] all = histogram.split("\n");
    return String.join("\n", List.of(all).subList(0, Math.min(all.length, lines + 2)));
  }
}
