package dev.dovetail.maven;

import dev.dovetail.migrate.CheckResult;
import dev.dovetail.migrate.CompiledModel;
import dev.dovetail.migrate.DiffOptions;
import dev.dovetail.migrate.MigrationAuthor;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn dovetail:check}: fails the build when the model has changes no migration captures, or, with a
 * database configured, when the database is behind. Bound to {@code verify} by default, so an execution with
 * {@code <goal>check</goal>} gates the build.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY,
    requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class CheckMojo extends DovetailMojo {
  /**
   * Checks only that the migrations capture the model, without the database even when one is configured: for
   * the build's own gate, which must pass on a machine whose database is not there or not upgraded.
   */
  @Parameter(property = "dovetail.offline", defaultValue = "false")
  boolean offline;

  @Override
  void run() throws MojoFailureException {
    CompiledModel model = model();
    DiffOptions options = DiffOptions.defaults().withRenames(model.renames());
    boolean database = connection().hasUrl() && !offline;
    CheckResult result = database ? migrator().check(model.schema(), options)
        : MigrationAuthor.check(source(), model.schema(), options);
    if (result.ok()) {
      info(result.report() + (database ? "" : " (no database checked)"));
      return;
    }
    throw new MojoFailureException(redact("dovetail:check failed:\n" + result.report(MAVEN)));
  }


  @Override
  String goal() {
    return "check";
  }
}
