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

  /**
   * Compiles {@code models}; a compilation that fails is an error here, since valid models must compile
   * (GeneratedModelsTest says why when one does not).
   */
  static CompiledModels compile(Iterable<ModelSpec> models, String context) {
    List<JavaFileObject> files = new ArrayList<>();
    for (ModelSpec model : models) {
      ModelSource.render(model).forEach((name, text) -> files.add(JavaFileObjects.forSourceString(name, text)));
    }
    Compilation c = Compiler.javac().withProcessors(new DovetailProcessor()).compile(files);
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
