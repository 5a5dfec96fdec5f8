package dev.dovetail.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn dovetail:repair}: accepts the current checksums of applied files that changed on purpose, and
 * forgets failed attempts.
 */
@Mojo(name = "repair", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class RepairMojo extends DovetailMojo {
  @Override
  void run() {
    List<String> done = migrator().repair();
    if (done.isEmpty()) {
      info("nothing to repair");
    }
    done.forEach(this::info);
  }

  @Override
  String goal() {
    return "repair";
  }
}
