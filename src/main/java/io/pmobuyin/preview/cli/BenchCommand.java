package io.pmobuyin.preview.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code bench [--issues N | --input PATH… [--copies K]] [--rounds R]}: on one input (N generated
 * issues, or the issues of a real export, K times over in projects of their own), single-threaded
 * and after warm-up passes, times (a) a bare decode of the bytes, (a') the import alone and (b)
 * import + mining + report, interleaved round by round so a slow spell of the machine falls on all
 * three; prints each phase's median and min, issues/s and MB/s at the median, the peak heap, the
 * ratio to the decode, and what the miner holds per issue once all issues are in (measured apart,
 * untimed, since it forces collections). A measurement, not a test: run it with the heap you want
 * to prove, e.g. {@code java -Xmx512m -jar … bench}.
 */
public final class BenchCommand {

  static final long DEFAULT_ISSUES = 200_000;
  static final long DEFAULT_ROUNDS = 5;
  private static final long WARM_UP_ISSUES = 50_000;
  private static final int WARM_UP_PASSES = 3;

  private final PrintStream out;

  public BenchCommand(PrintStream out) {
    this.out = out;
  }

  public ExitCode run(List<String> args) throws IOException {
    Arguments options =
        Arguments.parse(
            args, Set.of("--issues", "--copies", "--rounds"), Set.of("--input"), Set.of());
    if (options.has("--input") && options.has("--issues")) {
      throw new UsageException("pmobuyin.cli.error.input-or-issues");
    }
    long rounds = options.number("--rounds", DEFAULT_ROUNDS);
    try (TemporaryFolder folder = TemporaryFolder.create("pmo-buyin-bench")) {
      Path dir = folder.path();
      BenchInput input =
          options.has("--input")
              ? BenchInput.copied(
                  options.values("--input").stream().map(Path::of).toList(),
                  (int) Math.min(Integer.MAX_VALUE, options.number("--copies", 1)),
                  dir)
              : BenchInput.generated(dir, options.number("--issues", DEFAULT_ISSUES));
      BenchInput warmUp = input.warmUp(dir, WARM_UP_ISSUES);
      // The JIT needs a few passes over the whole path before it settles; measure it settled.
      for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
        BenchPhases.decode(warmUp);
        BenchPhases.importOnly(warmUp);
        BenchPhases.importAndMine(warmUp);
      }
      PhaseRuns decode = new PhaseRuns();
      PhaseRuns imported = new PhaseRuns();
      PhaseRuns mined = new PhaseRuns();
      for (long round = 0; round < rounds; round++) {
        decode.run(() -> BenchPhases.decode(input));
        imported.run(() -> BenchPhases.importOnly(input));
        mined.run(() -> BenchPhases.importAndMine(input));
      }
      long held = BenchPhases.minerHeldBytes(input);
      print(input, rounds, decode, imported, mined, held);
      return ExitCode.OK;
    }
  }

  private void print(
      BenchInput input,
      long rounds,
      PhaseRuns decode,
      PhaseRuns imported,
      PhaseRuns mined,
      long held) {
    out.printf(
        "input                  %,d issues, %,.1f MB of JSON Lines (%,.1f KB an issue): %s%n",
        input.issues(),
        input.bytes() / 1e6,
        input.bytes() / 1e3 / input.issues(),
        input.description());
    out.printf(
        "JVM                    %s, max heap %,d MB, %s%n",
        Runtime.version(), Runtime.getRuntime().maxMemory() >> 20, PhaseRuns.collectorNames());
    out.printf(
        "rounds                 %d, interleaved; single-threaded; a full collection before each"
            + " timed run, none inside%n",
        rounds);
    out.printf(
        "%-22s %8s %8s %11s %8s %10s %8s %s%n",
        "phase", "median s", "min s", "issues/s", "MB/s", "peak heap", "× decode", "young GCs");
    row("(a) decode", input, decode, decode);
    row("(a') import only", input, imported, decode);
    row("(b) import + mine", input, mined, decode);
    out.printf(
        "held by the miner once all issues are in: %,.1f MB, %,.0f bytes an issue%n",
        held / 1048576.0, (double) held / input.issues());
  }

  private void row(String phase, BenchInput input, PhaseRuns runs, PhaseRuns decode) {
    out.printf(
        "%-22s %8.3f %8.3f %,11.0f %8.1f %7d MB %8.2f %d (%d ms)%n",
        phase,
        runs.median(),
        runs.min(),
        input.issues() / runs.median(),
        input.bytes() / 1e6 / runs.median(),
        runs.peakHeap() >> 20,
        runs.median() / decode.median(),
        runs.collections(),
        runs.collectionMillis());
  }
}
