package dev.dovetail.maven;

import dev.dovetail.migrate.CommandArguments;
import dev.dovetail.migrate.Migration;
import dev.dovetail.migrate.Migrator;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn dovetail:downgrade}: reverts the newest migration, or down to {@code -Ddovetail.target=N}. */
@Mojo(name = "downgrade", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class DowngradeMojo extends DovetailMojo {
  /** The version to return to ({@code 0} reverts all); default: the one before the newest. */
  @Parameter(property = "dovetail.target")
  String target;

  @Override
  void run() {
    Migrator migrator = migrator();
    Integer to = target == null ? null : CommandArguments.version(target);
    refuseJava("revert them", migrator.history().stream()
        .filter(r -> to == null ? r.version() == migrator.current() : r.version() > to).toList());
    List<Migration> reverted = to == null ? migrator.downgrade() : migrator.downgrade(to);
    info(reverted.isEmpty() ? "nothing to revert" : "reverted " + reverted.stream().map(Migration::script).toList()
        + "; the database is at " + CurrentMojo.label(migrator.current()));
  }

  @Override
  String goal() {
    return "downgrade";
  }
}
