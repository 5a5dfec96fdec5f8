package dev.dovetail.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The benchmarks' command line: JMH's own ({@code -h} lists its options), plus {@code --quick}, a smoke run
 * of one short warm-up and one short measured iteration per benchmark. Also
 * {@code java -cp benchmarks.jar dev.dovetail.bench.report.Ratios results.csv} (the table of ratios),
 * {@code ...startup.StartupHarness} and {@code ...compile.ProcessorCost}.
 */
public final class Main {
  private Main() {}

  /** Runs JMH with {@code args}; {@code --quick} first shortens every iteration. */
  public static void main(String[] args) throws Exception {
    List<String> jmh = new ArrayList<>(Arrays.asList(args));
    if (jmh.remove("--quick")) {
      jmh.addAll(0, List.of("-wi", "1", "-w", "500ms", "-i", "1", "-r", "500ms", "-f", "1"));
    }
    org.openjdk.jmh.Main.main(jmh.toArray(String[]::new));
  }
}
