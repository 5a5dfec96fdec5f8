package dev.dovetail.processor.writing;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.dovetail.processor.DovetailProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Compiles test sources from {@code src/test/resources/writing/} with the processor. */
final class Compilations {
  private Compilations() {}

  /** {@code writing/<folder>/<name>.java} as a source file. */
  static JavaFileObject source(String folder, String name) {
    return JavaFileObjects.forResource("writing/" + folder + "/" + name + ".java");
  }

  /** Compiles the named sources of {@code folder} with the processor and asserts that it succeeded. */
  static Compilation compile(String folder, String... names) {
    List<JavaFileObject> sources = new ArrayList<>();
    for (String name : names) {
      sources.add(source(folder, name));
    }
    Compilation compilation = Compiler.javac()
        .withProcessors(new DovetailProcessor())
        .withOptions("-Xlint:all,-processing", "-Werror")
        .compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    return compilation;
  }

  /** The text of a resource the compilation wrote to the class output. */
  static String resource(Compilation compilation, String path) {
    JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path)
        .orElseThrow(() -> new AssertionError("no generated resource " + path));
    try {
      return new String(file.openInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
