package dev.dovetail.processor.query;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.dovetail.processor.DovetailProcessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;

/**
 * The schema the query tests declare their statements against, and the one way they compile and assert. Every
 * snippet lives in package {@code test} and imports {@code dev.dovetail.*}, {@code java.util.*} and
 * {@code java.util.stream.*}.
 */
final class QuerySources {
  private QuerySources() {}

  /** A compilation unit {@code test.<simpleName>} made of {@code lines} after the package and imports. */
  static JavaFileObject type(String simpleName, String... lines) {
    List<String> all = new ArrayList<>(List.of("package test;", "", "import dev.dovetail.*;", "import java.util.*;",
        "import java.util.stream.*;", ""));
    all.addAll(Arrays.asList(lines));
    return JavaFileObjects.forSourceLines("test." + simpleName, all);
  }

  /** {@code Course}, table {@code courses}: {@code id}, {@code title}, {@code credits}. */
  static JavaFileObject course() {
    return type("Course",
        "@Entity(table = \"courses\")",
        "public record Course(@Id @GeneratedValue Long id, @Column(nullable = false) String title, int credits) {}");
  }

  /** {@code @Database(entities = Course.class, queries = {...}) interface School}, with more attributes. */
  static JavaFileObject school(String attributes, String... queries) {
    return type("School",
        "@Database(entities = Course.class, queries = {" + String.join(", ", queries) + "}" + attributes + ")",
        "public interface School {}");
  }

  /** {@code @Queries public interface Reports { lines }}, listed in {@link #school}. */
  static JavaFileObject reports(String... lines) {
    List<String> all = new ArrayList<>(List.of("@Queries", "public interface Reports {"));
    all.addAll(Arrays.asList(lines));
    all.add("}");
    return type("Reports", all.toArray(String[]::new));
  }

  /** Compiles {@code reports} with {@link #course()} and a school listing {@code Reports}. */
  static Compilation compileReports(JavaFileObject reports) {
    return compile(reports, course(), school("", "Reports.class"));
  }

  /** Compiles the sources with the processor. */
  static Compilation compile(JavaFileObject... sources) {
    return compile(new DovetailProcessor(), sources);
  }

  /** Compiles the sources with {@code processor}. */
  static Compilation compile(Processor processor, JavaFileObject... sources) {
    return Compiler.javac().withProcessors(processor).compile(sources);
  }

  /** Asserts the error {@code message} was reported in {@code file} on the line containing {@code line}. */
  static void assertError(Compilation compilation, String message, JavaFileObject file, String line) {
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
  }
}
