package dev.dovetail.maven;

import dev.dovetail.migrate.AppliedMigration;
import dev.dovetail.migrate.Migration;
import dev.dovetail.migrate.Migrator;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn dovetail:current}: prints the version the database is at, and what is pending. */
@Mojo(name = "current", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class CurrentMojo extends DovetailMojo {
  @Override
  void run() {
    Migrator migrator = migrator();
    int current = migrator.current();
    List<Migration> pending = migrator.pending();
    List<AppliedMigration> history = migrator.history();
    String description = history.stream().filter(r -> r.version() == current).findFirst()
        .map(r -> " (" + r.description() + ")").orElse("");
    info(label(current) + description + (pending.isEmpty() ? ", up to date"
        : ", " + pending.size() + " pending: " + pending.stream().map(Migration::script).toList()));
  }

  static String label(int version) {
    return version == 0 ? "no version (empty history)" : "V" + version;
  }

  @Override
  String goal() {
    return "current";
  }
}
