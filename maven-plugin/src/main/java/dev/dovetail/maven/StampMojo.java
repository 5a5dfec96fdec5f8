package dev.dovetail.maven;

import dev.dovetail.migrate.CommandArguments;
import dev.dovetail.migrate.Migrator;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn dovetail:stamp -Ddovetail.version=3}: records the database as being at a version without running
 * anything (for a database made otherwise); versions above it are forgotten.
 */
@Mojo(name = "stamp", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class StampMojo extends DovetailMojo {
  /** The version ({@code 3} or {@code V3}). */
  @Parameter(property = "dovetail.version", required = true)
  String version;

  @Override
  void run() {
    Migrator migrator = migrator();
    int v = CommandArguments.version(version);
    refuseJava("stamp: the Java migrations up to V" + v + " would not be recorded", migrator.history());
    migrator.stamp(v);
    info("stamped: the database is recorded at " + CurrentMojo.label(v));
  }

  @Override
  String goal() {
    return "stamp";
  }
}
