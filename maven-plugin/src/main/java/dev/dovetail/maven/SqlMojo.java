package dev.dovetail.maven;

import dev.dovetail.migrate.CommandArguments;
import dev.dovetail.migrate.Migration;
import dev.dovetail.migrate.MigrationScript;
import java.util.Comparator;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn dovetail:sql -Ddovetail.range=1:3}: prints the SQL of the migrations from one version to another,
 * offline: up when the second is higher (1:3 prints V2 and V3), down when lower (3:1 undoes V3 and V2).
 */
@Mojo(name = "sql", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class SqlMojo extends DovetailMojo {
  /** {@code from:to}; a missing one is 0 (from) or the newest (to). */
  @Parameter(property = "dovetail.range", defaultValue = ":")
  String range;

  @Override
  void run() {
    List<Migration> scripts = Migration.ordered(source(), List.of());
    int newest = scripts.isEmpty() ? 0 : scripts.get(scripts.size() - 1).version();
    int colon = range.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("write the range as from:to, e.g. 1:3 or 3:1, not " + range);
    }
    String a = range.substring(0, colon).strip();
    String b = range.substring(colon + 1).strip();
    int from = a.isEmpty() ? 0 : CommandArguments.version(a);
    int to = b.isEmpty() ? newest : CommandArguments.version(b);
    boolean up = to >= from;
    Comparator<Migration> order = Comparator.comparingInt(Migration::version);
    List<Migration> chosen = scripts.stream()
        .filter(s -> up ? s.version() > from && s.version() <= to : s.version() > to && s.version() <= from)
        .sorted(up ? order : order.reversed()).toList();
    for (Migration m : chosen) {
      if (m instanceof MigrationScript s) {
        info("-- " + s.fileName() + (up ? " (up)" : " (down)"));
        (up ? s.upStatements() : s.downStatements()).forEach(statement -> info(statement + ";"));
      }
    }
  }

  @Override
  String goal() {
    return "sql";
  }
}
