package dev.dovetail.maven;

import dev.dovetail.migrate.AppliedMigration;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn dovetail:history}: prints the applied migrations. */
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class HistoryMojo extends DovetailMojo {
  private static final String ROW = "%-8s %-19s %9s  %-18s %-4s  %s";

  @Override
  void run() {
    List<AppliedMigration> rows = migrator().history();
    if (rows.isEmpty()) {
      info("no migration applied");
      return;
    }
    info(String.format(Locale.ROOT, ROW, "version", "installed on", "ms", "state", "type", "script"));
    for (AppliedMigration r : rows) {
      String state = r.stamped() ? "stamped" : r.success() ? "applied" : "FAILED after " + r.statementsApplied();
      String on = r.installedOn() == null ? "" : r.installedOn().withNano(0).toString().replace('T', ' ');
      info(String.format(Locale.ROOT, ROW, "V" + r.version(), on, r.executionMs(), state, r.type(), r.script()));
    }
  }

  @Override
  String goal() {
    return "history";
  }
}
