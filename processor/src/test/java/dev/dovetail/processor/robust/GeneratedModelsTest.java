package dev.dovetail.processor.robust;

import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import dev.dovetail.processor.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Compiles generated models the way a user's code base would meet the processor: many models per javac, each
 * in its own package. Valid models must compile clean under {@code -Xlint:all}, with no error in a generated
 * file; every mutation that cannot work must be an error with its id on the line at fault; nothing may crash
 * the processor. Run with {@code -Ddovetail.seed=N -Ddovetail.models=N} to try other inputs; a failure prints
 * the seed, the model and its sources.
 */
class GeneratedModelsTest {
  private static final long SEED = Long.getLong("dovetail.seed", 20_261_203L);
  private static final int MODELS = Integer.getInteger("dovetail.models", 1000);
  private static final int CHUNK = CompiledModels.CHUNK;
  private static final Pattern PACKAGE = Pattern.compile("(?:^|/)gen/m(\\d+)/");

  @Test
  void validModelsCompileCleanAndMutationsAreReported() {
    System.out.println("GeneratedModelsTest: seed " + SEED + ", " + MODELS + " models");
    int mutated = MODELS * 2 / 5;
    List<String> failures = new ArrayList<>();
    for (int start = 0; start < MODELS - mutated; start += CHUNK) {
      checkValid(start, Math.min(start + CHUNK, MODELS - mutated), failures);
    }
    for (int start = MODELS - mutated; start < MODELS; start += CHUNK) {
      checkMutated(start, Math.min(start + CHUNK, MODELS), failures);
    }
    if (!failures.isEmpty()) {
      // One example of each kind of failure, and how often each happened.
      Map<String, Integer> kinds = new java.util.TreeMap<>();
      Map<String, String> examples = new LinkedHashMap<>();
      for (String failure : failures) {
        String kind = failure.lines().skip(1).findFirst().orElse("").replaceAll("\\d+", "#")
            .replaceAll("^(.{0,160}).*", "$1");
        kinds.merge(kind, 1, Integer::sum);
        examples.putIfAbsent(kind, failure);
      }
      StringBuilder summary = new StringBuilder();
      kinds.forEach((k, n) -> summary.append(n).append(" × ").append(k).append('\n'));
      fail("seed " + SEED + ": " + failures.size() + " failures; rerun with -Ddovetail.seed=" + SEED + "\n"
          + summary + "\n" + String.join("\n\n", examples.values()));
    }
  }

  private static void checkValid(int from, int to, List<String> failures) {
    Map<Integer, ModelSpec> models = new LinkedHashMap<>();
    for (int i = from; i < to; i++) {
      models.put(i, ModelGenerator.valid(SEED, i));
    }
    Compilation c = CompiledModels.valid(SEED, from, to);
    Map<Integer, List<String>> byModel = new LinkedHashMap<>();
    for (javax.tools.Diagnostic<? extends JavaFileObject> d : c.diagnostics()) {
      if (d.getKind() == javax.tools.Diagnostic.Kind.NOTE) {
        continue;
      }
      byModel.computeIfAbsent(modelOf(d), k -> new ArrayList<>()).add(describe(d, c));
    }
    byModel.forEach((index, problems) -> failures.add("valid model " + index + " of seed " + SEED + ":\n"
        + String.join("\n", problems) + "\n" + sources(models.get(index))));
  }

  private static void checkMutated(int from, int to, List<String> failures) {
    Map<Integer, ModelSpec> models = new LinkedHashMap<>();
    Map<Integer, Mutations.Expected> expected = new LinkedHashMap<>();
    for (int i = from; i < to; i++) {
      ModelSpec model = ModelGenerator.valid(SEED, i);
      expected.put(i, Mutations.apply(model, i, new Random(SEED ^ i)));
      models.put(i, model);
    }
    Compilation c = CompiledModels.compile(models.values());
    Map<Integer, List<String>> crashes = new LinkedHashMap<>();
    Map<Integer, Boolean> reported = new LinkedHashMap<>();
    for (javax.tools.Diagnostic<? extends JavaFileObject> d : c.diagnostics()) {
      String message = d.getMessage(null);
      int index = modelOf(d);
      boolean generated = d.getSource() != null && d.getSource().toUri().toString().contains("SOURCE_OUTPUT");
      if (message.contains("[" + Diagnostic.INTERNAL_ERROR.id() + "]") || generated
          || (d.getKind() == javax.tools.Diagnostic.Kind.ERROR && !message.startsWith("[DV"))) {
        crashes.computeIfAbsent(index, k -> new ArrayList<>()).add(describe(d, c));
      }
      Mutations.Expected want = expected.get(index);
      if (want != null && d.getKind() == javax.tools.Diagnostic.Kind.ERROR
          && message.startsWith("[" + want.diagnostic().id() + "]") && want.at(line(d))) {
        reported.put(index, true);
      }
    }
    for (int i = from; i < to; i++) {
      List<String> problems = new ArrayList<>(crashes.getOrDefault(i, List.of()));
      if (!reported.containsKey(i)) {
        problems.add("expected " + expected.get(i).diagnostic().id() + " (" + expected.get(i).name()
            + ") on a line containing \"" + expected.get(i).marker() + "\"; the model's diagnostics:\n"
            + diagnosticsOf(c, i));
      }
      if (!problems.isEmpty()) {
        failures.add("mutated model " + i + " of seed " + SEED + ":\n" + String.join("\n", problems) + "\n"
            + sources(models.get(i)));
      }
    }
  }

  private static int modelOf(javax.tools.Diagnostic<? extends JavaFileObject> d) {
    Matcher m = d.getSource() == null ? null : PACKAGE.matcher(d.getSource().toUri().toString());
    return m != null && m.find() ? Integer.parseInt(m.group(1)) : -1;
  }

  private static String line(javax.tools.Diagnostic<? extends JavaFileObject> d) {
    if (d.getSource() == null || d.getLineNumber() < 1) {
      return "";
    }
    try {
      String[] lines = d.getSource().getCharContent(true).toString().split("\n", -1);
      return d.getLineNumber() <= lines.length ? lines[(int) d.getLineNumber() - 1] : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String describe(javax.tools.Diagnostic<? extends JavaFileObject> d, Compilation c) {
    String where = d.getSource() == null ? "(no file)" : d.getSource().getName() + ":" + d.getLineNumber();
    String text = d.getKind() + " " + where + ": " + d.getMessage(null) + "\n    at: " + line(d).strip();
    if (d.getSource() != null && d.getSource().toUri().toString().contains("SOURCE_OUTPUT")) {
      try {
        text += "\n--- " + d.getSource().getName() + "\n" + d.getSource().getCharContent(true);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return text;
  }

  private static String diagnosticsOf(Compilation c, int index) {
    StringBuilder out = new StringBuilder();
    c.diagnostics().stream().filter(d -> modelOf(d) == index)
        .forEach(d -> out.append("  ").append(describe(d, c)).append('\n'));
    return out.toString();
  }

  static String sources(ModelSpec model) {
    if (model == null) {
      return "(no model)";
    }
    StringBuilder out = new StringBuilder();
    ModelSource.render(model).forEach((name, text) -> out.append("--- ").append(name).append('\n').append(text));
    return out.toString();
  }
}
