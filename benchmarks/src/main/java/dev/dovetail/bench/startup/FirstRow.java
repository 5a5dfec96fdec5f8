package dev.dovetail.bench.startup;

import java.time.Duration;

/** What every start-up main does once it has its row. */
final class FirstRow {
  private FirstRow() {}

  /**
   * Tells the harness, which times the line, then the CPU time the process took to get there (read after the
   * line, so that reading it is not timed), and ends the process at once.
   */
  static void report(String name) {
    System.out.println("row " + name);
    System.out.flush();
    long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
    System.out.println("cpu " + cpu);
    System.out.flush();
    Runtime.getRuntime().halt(0);
  }
}
