package io.pmobuyin.preview;

import io.pmobuyin.preview.cli.BenchCommand;
import io.pmobuyin.preview.cli.CtrlC;
import io.pmobuyin.preview.cli.DigestCommand;
import io.pmobuyin.preview.cli.ExitCode;
import io.pmobuyin.preview.cli.FileProblem;
import io.pmobuyin.preview.cli.GadgetBenchCommand;
import io.pmobuyin.preview.cli.MineCommand;
import io.pmobuyin.preview.cli.SampleCommand;
import io.pmobuyin.preview.cli.ServeCommand;
import io.pmobuyin.preview.cli.UsageException;
import io.pmobuyin.preview.i18n.Messages;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The preview's command line: {@code serve}, {@code mine}, {@code digest}, {@code sample}, {@code
 * bench}.
 */
public final class PreviewMain {

  private final Messages messages = Messages.forLocale(Locale.getDefault());
  private final PrintStream out;
  private final PrintStream err;

  PreviewMain(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    System.exit(new PreviewMain(System.out, System.err).run(Arrays.asList(args)).code());
  }

  ExitCode run(List<String> args) {
    try {
      if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("help")) {
        out.println(messages.text("pmobuyin.cli.usage"));
        return args.isEmpty() ? ExitCode.USAGE : ExitCode.OK;
      }
      List<String> options = args.subList(1, args.size());
      return switch (args.get(0)) {
        case "mine" -> new MineCommand(messages, out, err).run(options);
        case "sample" -> new SampleCommand(messages, err).run(options);
        case "bench" -> new BenchCommand(out).run(options);
        case "bench-gadgets" -> new GadgetBenchCommand(messages, out, err).run(options);
        case "serve" -> new ServeCommand(messages, out, err, CtrlC.install()).run(options);
        case "digest" -> new DigestCommand(messages, err, Clock.systemDefaultZone()).run(options);
        default -> throw new UsageException("pmobuyin.cli.error.unknown-command", args.get(0));
      };
    } catch (UsageException e) {
      err.println(messages.text(e.getMessage(), e.arguments()));
      err.println();
      err.println(messages.text("pmobuyin.cli.usage"));
      return ExitCode.USAGE;
    } catch (FileProblem e) {
      err.println(messages.text(e.getMessage(), e.arguments()));
      return ExitCode.FILE_PROBLEM;
    } catch (Exception | OutOfMemoryError e) {
      err.println(messages.text("pmobuyin.cli.error.unexpected", e.toString()));
      return ExitCode.UNEXPECTED;
    }
  }
}
