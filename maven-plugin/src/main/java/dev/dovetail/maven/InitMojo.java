package dev.dovetail.maven;

import dev.dovetail.migrate.MigrationAuthor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn dovetail:init}: creates the migrations folder and V1, which creates every table of the model. */
@Mojo(name = "init", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class InitMojo extends DovetailMojo {
  /** What V1 does; names its file. */
  @Parameter(property = "dovetail.message", defaultValue = "create the schema")
  String message;

  @Override
  void run() {
    MigrationAuthor.Authored written = MigrationAuthor.init(folder(), model().schema(), dialect(), message);
    info("wrote " + written.file());
    written.diff().describe().forEach(d -> info("  " + d));
  }

  @Override
  String goal() {
    return "init";
  }
}
