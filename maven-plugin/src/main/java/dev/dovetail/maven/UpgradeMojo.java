package dev.dovetail.maven;

import dev.dovetail.migrate.CommandArguments;
import dev.dovetail.migrate.Migrator;
import dev.dovetail.migrate.UpgradeResult;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn dovetail:upgrade}: applies the pending migrations, one log line per migration as it starts. */
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class UpgradeMojo extends DovetailMojo {
  /** The version to stop at ({@code 3} or {@code V3}); default: the newest. */
  @Parameter(property = "dovetail.target")
  String target;

  @Override
  void run() {
    Migrator migrator = migrator();
    refuseJava("upgrade: Java migrations may be pending, and the SQL migrations after them would leave them out of "
        + "order", migrator.history());
    UpgradeResult result = target == null ? migrator.upgrade() : migrator.upgrade(CommandArguments.version(target));
    info(result.toString());
  }

  @Override
  String goal() {
    return "upgrade";
  }
}
