package dev.dovetail.processor.robust;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.dovetail.processor.DovetailProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * Models compiled with the processor in one javac, and their classes — the models' own and the generated
 * DAOs — loaded from memory by a class loader whose parent holds the runtime, JDBI and the drivers, so that
 * the generated code runs exactly as a user's build would run it.
 */
final class CompiledModels extends ClassLoader {
  private static final String CLASS_OUTPUT = "/CLASS_OUTPUT/";
  private final Map<String, byte[]> classes;

  private CompiledModels(Map<String, byte[]> classes) {
    super(CompiledModels.class.getClassLoader());
    this.classes = classes;
  }

  /** Models per javac: large enough to share its start-up, small enough to keep memory modest. */
  static final int CHUNK = 250;
  /** The first chunk of each seed, compiled once for both the compile checks and the round trips. */
  private static final Map<String, Compilation> FIRST_CHUNKS = new HashMap<>();

  /**
   * The valid models {@code from} (inclusive) to {@code to} of {@code seed}, compiled in one javac. A chunk
   * starting at 0 is kept: GeneratedModelsTest and GeneratedModelsRoundTripTest both use it, and compiling
   * it is most of what either costs.
   */
  static synchronized Compilation valid(long seed, int from, int to) {
    String key = seed + ":" + from + ":" + to;
    Compilation kept = FIRST_CHUNKS.get(key);
    if (kept != null) {
      return kept;
    }
    List<ModelSpec> models = new ArrayList<>();
    for (int i = from; i < to; i++) {
      models.add(ModelGenerator.valid(seed, i));
    }
    Compilation c = compile(models);
    if (from == 0) {
      FIRST_CHUNKS.put(key, c);
    }
    return c;
  }

  /** {@code models} compiled in one javac with the processor, every warning on. */
  static Compilation compile(Iterable<ModelSpec> models) {
    List<JavaFileObject> files = new ArrayList<>();
    for (ModelSpec model : models) {
      ModelSource.render(model).forEach((name, text) -> files.add(JavaFileObjects.forSourceString(name, text)));
    }
    return Compiler.javac().withProcessors(new DovetailProcessor())
        .withOptions("-Xlint:all,-processing", "-Xmaxerrs", "100000", "-Xmaxwarns", "100000").compile(files);
  }

  /**
   * The classes {@code c} wrote, ready to load; a compilation that failed is an error here, since valid models
   * must compile (GeneratedModelsTest says why when one does not).
   */
  static CompiledModels load(Compilation c, String context) {
    if (c.status() != Compilation.Status.SUCCESS) {
      StringBuilder errors = new StringBuilder();
      c.errors().stream().limit(20).forEach(d -> errors.append(d).append('\n'));
      throw new AssertionError(context + ": valid models did not compile:\n" + errors);
    }
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject file : c.generatedFiles()) {
      String uri = file.toUri().getPath();
      int at = uri.indexOf(CLASS_OUTPUT);
      if (file.getKind() != JavaFileObject.Kind.CLASS || at < 0) {
        continue;
      }
      String name = uri.substring(at + CLASS_OUTPUT.length(), uri.length() - ".class".length()).replace('/', '.');
      try (InputStream in = file.openInputStream()) {
        classes.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new CompiledModels(classes);
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }

  /** How many classes the compilation wrote. */
  int size() {
    return classes.size();
  }
}
