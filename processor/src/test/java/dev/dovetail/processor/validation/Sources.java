package dev.dovetail.processor.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.DovetailProcessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;

/**
 * Source snippets the diagnostics tests share, and the one way they compile and assert. Every snippet lives
 * in package {@code test} and imports {@code dev.dovetail.*}.
 */
final class Sources {
  private Sources() {}

  /** A compilation unit {@code test.<simpleName>} made of {@code lines} after the package and imports. */
  static JavaFileObject type(String simpleName, String... lines) {
    List<String> all = new ArrayList<>(List.of("package test;", "", "import dev.dovetail.*;", ""));
    all.addAll(Arrays.asList(lines));
    return JavaFileObjects.forSourceLines("test." + simpleName, all);
  }

  /** {@code @Database(entities = {...}) public interface <name> {}}, one class literal per line. */
  static JavaFileObject database(String name, String... entities) {
    List<String> lines = new ArrayList<>();
    lines.add("@Database(entities = {");
    for (int i = 0; i < entities.length; i++) {
      lines.add("    " + entities[i] + ".class" + (i + 1 < entities.length ? "," : ""));
    }
    lines.add("})");
    lines.add("public interface " + name + " {}");
    return type(name, lines.toArray(String[]::new));
  }

  /** A valid entity, {@code Course} on table {@code courses}. */
  static JavaFileObject course() {
    return type("Course",
        "@Entity(table = \"courses\")",
        "public record Course(@Id @GeneratedValue Long id, String title) {}");
  }

  /** An entity without an id: the independent second error of most tests. */
  static JavaFileObject orphan() {
    return type("Orphan",
        "@Entity(table = \"orphans\")",
        "public record Orphan(String label) {}");
  }

  /** The error {@link #orphan()} causes. */
  static String orphanError() {
    return Diagnostic.MISSING_ID.format("Orphan");
  }

  /** Compiles the sources with the processor. */
  static Compilation compile(JavaFileObject... sources) {
    return Compiler.javac().withProcessors(new DovetailProcessor()).compile(sources);
  }

  /** Asserts the error {@code message} was reported in {@code file} on the line containing {@code line}. */
  static void assertError(Compilation compilation, String message, JavaFileObject file, String line) {
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
  }

  /** Asserts the warning {@code message} was reported in {@code file} on the line containing {@code line}. */
  static void assertWarning(Compilation compilation, String message, JavaFileObject file, String line) {
    assertThat(compilation).hadWarningContaining(message).inFile(file).onLineContaining(line);
  }

  /** Asserts {@link #orphan()}'s error was reported too: processing went on past the first error. */
  static void assertOrphanReported(Compilation compilation, JavaFileObject orphan) {
    assertError(compilation, orphanError(), orphan, "table = \"orphans\"");
  }

  /** Every diagnostic of the compilation, for failure messages. */
  static String all(Compilation compilation) {
    return compilation.diagnostics().stream().map(d -> d.getKind() + ": " + d.getMessage(null))
        .collect(Collectors.joining("\n"));
  }
}
