package dev.dovetail.processor.writing;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.dovetail.runtime.internal.RuntimeVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The generated database checks, when loaded, that the runtime has its processor's version: the processor
 * writes the version it was built with, and a database generated here loads on the runtime of the same build.
 */
class RuntimeVersionCheckTest {
  @Test
  void theProcessorAndTheRuntimeOfOneBuildHaveOneVersion() {
    assertEquals(RuntimeVersion.CURRENT, ProcessorVersion.CURRENT);
  }

  @Test
  void theDatabaseChecksTheRuntimeWithTheProcessorsVersion() throws IOException {
    Compilation school = Compilations.compile("school", "Student", "Course", "School");
    String source = school.generatedSourceFile("com.example.school.SchoolDb").orElseThrow()
        .getCharContent(true).toString();
    assertThat(source).contains("RuntimeVersion.check(\"" + ProcessorVersion.CURRENT
        + "\", \"com.example.school.SchoolDb\");");
  }

  @Test
  void aDatabaseGeneratedByThisProcessorLoadsOnThisRuntime() throws ClassNotFoundException {
    Compilation school = Compilations.compile("school", "Student", "Course", "School");
    ClassLoader loader = new GeneratedClassLoader(school, getClass().getClassLoader());
    // Initializing the class runs its static initializer, the version check first.
    Class<?> db = Class.forName("com.example.school.SchoolDb", true, loader);
    assertEquals("com.example.school.SchoolDb", db.getName());
  }

  /** Loads the class files a compilation wrote, its parent loading the runtime. */
  private static final class GeneratedClassLoader extends ClassLoader {
    private final Map<String, byte[]> classes = new HashMap<>();

    GeneratedClassLoader(Compilation compilation, ClassLoader parent) {
      super(parent);
      for (JavaFileObject file : compilation.generatedFiles()) {
        if (file.getKind() == JavaFileObject.Kind.CLASS) {
          String path = file.toUri().getPath();
          String name = path.substring(path.indexOf("/com/") + 1, path.length() - ".class".length()).replace('/', '.');
          try {
            classes.put(name, file.openInputStream().readAllBytes());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = classes.get(name);
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }
  }
}
