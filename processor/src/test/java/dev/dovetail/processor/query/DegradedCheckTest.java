package dev.dovetail.processor.query;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.dovetail.processor.query.QuerySources.compileReports;
import static dev.dovetail.processor.query.QuerySources.reports;

import com.google.testing.compile.Compilation;
import dev.dovetail.processor.DovetailProcessor;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * DV410: without H2 on the processor path, the queries are not checked, and the build says so in a warning
 * but goes on and generates their implementation. Simulated by loading the processor in a class loader that
 * has everything it needs but H2.
 */
class DegradedCheckTest {
  @Test
  void withoutH2TheQueriesAreNotCheckedButGenerated() throws Exception {
    JavaFileObject reports = reports(
        "  @Query(\"SELECT c.* FROM courses c WHERE c.credits > :min\")",
        "  List<Course> atLeast(int min);");
    try (URLClassLoader withoutH2 = new URLClassLoader(new URL[] {
        location(DovetailProcessor.class), location(dev.dovetail.Database.class),
        location(dev.dovetail.schema.SchemaDef.class), location(com.palantir.javapoet.JavaFile.class),
        location(org.jdbi.v3.core.Jdbi.class)},
        ClassLoader.getPlatformClassLoader())) {
      Processor processor = (Processor) withoutH2.loadClass(DovetailProcessor.class.getName())
          .getDeclaredConstructor().newInstance();
      Compilation c = QuerySources.compile(processor, reports, QuerySources.course(),
          QuerySources.school("", "Reports.class"));
      assertThat(c).succeeded();
      assertThat(c).hadWarningContaining("[DV410] the queries of @Database School were not checked against the "
          + "schema, because the checking database (H2) could not start: java.lang.NoClassDefFoundError: "
          + "org/h2/Driver");
      assertThat(c).generatedSourceFile("test.ReportsImpl");
    }
  }

  @Test
  void withH2TheSameSourcesCompileWithoutWarnings() {
    JavaFileObject reports = reports(
        "  @Query(\"SELECT c.* FROM courses c WHERE c.credits > :min\")",
        "  List<Course> atLeast(int min);");
    assertThat(compileReports(reports)).succeededWithoutWarnings();
  }

  private static URL location(Class<?> type) throws URISyntaxException, java.net.MalformedURLException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toUri().toURL();
  }
}
