package dev.dovetail.bench.compile;

import dev.dovetail.processor.DovetailProcessor;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javax.annotation.processing.Processor;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.hibernate.processor.HibernateProcessor;

/**
 * What the processor costs a build: compiles a generated model ({@link ModelWriter}) with {@code javac},
 * without a processor and with one, several times, taking turns; prints the medians as Markdown.
 *
 * <p>Two ways, as builds run {@code javac}: by default in this process, warmed up first (a build daemon's
 * compiler, whose code the JIT has compiled); with {@code --cold}, each compilation a {@code javac} process of
 * its own (one {@code mvn compile}: the compiler and the processor start cold, and the JIT compiles them while
 * they run). The cold figures are the ones the issue's Hibernate reference (+103 %) reproduces.
 *
 * <ul>
 *   <li>{@code javac}: the Dovetail model, {@code -proc:none};
 *   <li>{@code javac + Dovetail}: the same with the Dovetail processor, which writes a DAO per entity, the
 *       database class, DDL and the schema snapshot, and javac compiles the DAOs too;
 *   <li>{@code Dovetail, -proc:only}: the processor's own work, without compiling what it writes;
 *   <li>{@code javac} (JPA) and {@code javac + Hibernate}: the same model as Jakarta Persistence entities,
 *       without and with Hibernate's metamodel processor.
 * </ul>
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.dovetail.bench.compile.ProcessorCost [--cold] [runs] [entities:relationships]...
 * }</pre>
 */
public final class ProcessorCost {
  // javac in-process needs several rounds before the JIT has compiled it; all models and variants share them.
  private static final int WARM_UP = 5;

  private ProcessorCost() {}

  /** A way of compiling a model. */
  record Variant(String name, boolean jpa, Supplier<Processor> processor, String proc) {
    /** The processor's class, for a {@code javac} process, which would otherwise run every one it finds. */
    String processorClass() {
      return processor == null ? null : processor.get().getClass().getName();
    }
  }

  /** Runs the harness: runs per variant (default 7), then model sizes (default 200:300 and 400:600). */
  public static void main(String[] args) throws IOException, InterruptedException {
    boolean cold = args.length > 0 && args[0].equals("--cold");
    if (cold) {
      args = Arrays.copyOfRange(args, 1, args.length);
    }
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    List<int[]> sizes = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      String[] parts = args[i].split(":");
      sizes.add(new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])});
    }
    if (sizes.isEmpty()) {
      sizes = List.of(new int[] {200, 300}, new int[] {400, 600});
    }
    List<Variant> variants = List.of(
        new Variant("javac", false, null, "-proc:none"),
        new Variant("javac + Dovetail", false, DovetailProcessor::new, null),
        new Variant("Dovetail, -proc:only", false, DovetailProcessor::new, "-proc:only"),
        new Variant("javac (JPA model)", true, null, "-proc:none"),
        new Variant("javac + Hibernate", true, HibernateProcessor::new, null));
    Path root = Files.createTempDirectory("dovetail-model");
    try {
      List<String> labels = new ArrayList<>();
      List<List<Path>> dovetail = new ArrayList<>();
      List<List<Path>> jpa = new ArrayList<>();
      for (int[] size : sizes) {
        Path src = root.resolve("src" + labels.size());
        labels.add(size[0] + " entities, " + size[1] + " relationships");
        dovetail.add(ModelWriter.writeDovetail(src, size[0], size[1]));
        jpa.add(ModelWriter.writeJpa(src, size[0], size[1]));
      }
      // Every model and variant takes its turn in every round, so that the JIT's progress and the machine's
      // other work fall on all of them alike.
      Map<String, Map<String, List<Double>>> times = new LinkedHashMap<>();
      for (int run = cold ? 0 : -WARM_UP; run < runs; run++) {
        for (int m = 0; m < labels.size(); m++) {
          for (Variant v : variants) {
            List<Path> model = v.jpa() ? jpa.get(m) : dovetail.get(m);
            double ms = cold ? compileInProcessOfItsOwn(v, model, root.resolve("out"))
                : compile(v, model, root.resolve("out"));
            if (run >= 0) {
              times.computeIfAbsent(labels.get(m), k -> new LinkedHashMap<>())
                  .computeIfAbsent(v.name(), k -> new ArrayList<>()).add(ms);
            }
          }
        }
      }
      Map<String, Map<String, Double>> medians = new LinkedHashMap<>();
      times.forEach((model, byVariant) -> byVariant.forEach((variant, ms) ->
          medians.computeIfAbsent(model, k -> new LinkedHashMap<>()).put(variant, median(ms))));
      System.out.println(cold ? "Each compilation a javac process of its own:" : "javac in this process, warmed up:");
      System.out.print(table(medians));
    } finally {
      delete(root);
    }
  }

  /** The options both ways pass {@code javac}: the same release, output folders and class path. */
  private static List<String> options(Variant v, Path out) throws IOException {
    Files.createDirectories(out);
    List<String> options = new ArrayList<>(List.of("--release", "17", "-d", out.toString(), "-s", out.toString(),
        "-implicit:none", "-Xmaxwarns", "1", "-classpath", System.getProperty("java.class.path")));
    if (v.proc() != null) {
      options.add(v.proc());
    }
    return options;
  }

  /** Deletes {@code dir} and everything in it. */
  private static void delete(Path dir) throws IOException {
    try (var files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static double compile(Variant v, List<Path> sources, Path out) throws IOException {
    List<String> options = options(v, out);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    long start = System.nanoTime();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, null)) {
      JavaCompiler.CompilationTask task = javac.getTask(diagnostics, files, null, options, null,
          files.getJavaFileObjectsFromPaths(sources));
      if (v.processor() != null) {
        task.setProcessors(List.of(v.processor().get()));
      }
      if (!task.call()) {
        throw new IllegalStateException(v.name() + " failed:\n" + diagnostics);
      }
    }
    double ms = (System.nanoTime() - start) / 1e6;
    delete(out);
    return ms;
  }

  /** The same compilation as {@link #compile}, by a {@code javac} process started for it; its wall time. */
  private static double compileInProcessOfItsOwn(Variant v, List<Path> sources, Path out)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "javac").toString());
    command.addAll(options(v, out));
    Path list = out.resolveSibling("sources.txt");
    Files.write(list, sources.stream().map(Path::toString).toList());
    if (v.processorClass() != null) {
      command.addAll(List.of("-processor", v.processorClass()));
    }
    command.add("@" + list);
    Path log = out.resolveSibling("javac.log");
    long start = System.nanoTime();
    Process javac = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    int exit = javac.waitFor();
    double ms = (System.nanoTime() - start) / 1e6;
    if (exit != 0) {
      throw new IllegalStateException(v.name() + " failed:\n" + Files.readString(log));
    }
    delete(out);
    return ms;
  }

  private static String table(Map<String, Map<String, Double>> medians) {
    StringBuilder out = new StringBuilder("| model | compilation | median (ms) | vs. plain javac |\n");
    out.append("|---|---|---:|---:|\n");
    medians.forEach((model, byVariant) -> byVariant.forEach((variant, ms) -> {
      double plain = byVariant.get(variant.contains("JPA") || variant.contains("Hibernate") ? "javac (JPA model)"
          : "javac");
      out.append(String.format(Locale.ROOT, "| %s | %s | %.0f | %+.0f%% |%n", model, variant, ms,
          (ms / plain - 1) * 100));
    }));
    List<String> models = new ArrayList<>(medians.keySet());
    for (int i = 1; i < models.size(); i++) {
      Map<String, Double> small = medians.get(models.get(0));
      Map<String, Double> large = medians.get(models.get(i));
      out.append('\n').append(models.get(i)).append(" vs ").append(models.get(0)).append(":");
      large.forEach((variant, ms) -> out.append(String.format(Locale.ROOT, " %s ×%.2f;", variant,
          ms / small.get(variant))));
      double extraSmall = small.get("javac + Dovetail") - small.get("javac");
      double extraLarge = large.get("javac + Dovetail") - large.get("javac");
      out.append(String.format(Locale.ROOT, " the processor's extra time ×%.2f.%n", extraLarge / extraSmall));
    }
    return out.toString();
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
