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
 *       without and with Hibernate's metamodel processor;
 *   <li>{@code javac} (Micronaut) and {@code javac + Micronaut Data}: the same entities with a Micronaut Data
 *       JDBC repository each, without and with Micronaut's processors (which write the repositories'
 *       implementations and the entities' introspections, as class files).
 * </ul>
 *
 * <p>Cold, each process runs under {@code /usr/bin/time} where there is one, which gives its CPU time (less
 * moved than the wall time by other work on a shared machine) and its peak resident memory.
 * {@code -Dbefore=other/benchmarks.jar} adds the Dovetail processor of that jar, cold, to compare two builds in
 * one run. {@code -Dvariants=Dovetail,Hibernate} keeps the variants whose names contain one of the words, and their
 * baselines.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.dovetail.bench.compile.ProcessorCost [--cold] [runs] [entities:relationships]...
 * }</pre>
 */
public final class ProcessorCost {
  // javac in-process needs several rounds before the JIT has compiled it; all models and variants share them.
  private static final int WARM_UP = 5;

  private ProcessorCost() {}

  /** Which model a variant compiles. */
  enum Model { DOVETAIL, JPA, MICRONAUT }

  /**
   * A way of compiling a model: {@code processors} the classes of the annotation processors to run, none for
   * plain {@code javac}; {@code baseline} the variant this one is compared with.
   */
  record Variant(String name, Model model, List<String> processors, String proc, String baseline,
      String classPath) {
    Variant(String name, Model model, List<String> processors, String proc, String baseline) {
      this(name, model, processors, proc, baseline, System.getProperty("java.class.path"));
    }

    /** The processors, made as {@code javac} would make them from the processor path. */
    List<Processor> instances() {
      List<Processor> out = new ArrayList<>();
      for (String name : processors) {
        try {
          out.add((Processor) Class.forName(name).getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot make processor " + name, e);
        }
      }
      return out;
    }
  }

  /** One compilation: wall time, and for a process of its own its CPU time and peak memory (NaN when unknown). */
  record Measure(double wallMs, double cpuMs, double peakMb) {}

  /** Micronaut's processors (those of {@code micronaut-inject-java}; Micronaut Data's run as their visitors). */
  private static final List<String> MICRONAUT = List.of(
      "io.micronaut.annotation.processing.MixinVisitorProcessor",
      "io.micronaut.annotation.processing.PackageElementVisitorProcessor",
      "io.micronaut.annotation.processing.TypeElementVisitorProcessor",
      "io.micronaut.annotation.processing.AggregatingTypeElementVisitorProcessor",
      "io.micronaut.annotation.processing.BeanDefinitionInjectProcessor");

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
    String dovetail = DovetailProcessor.class.getName();
    List<Variant> variants = new ArrayList<>(List.of(
        new Variant("javac", Model.DOVETAIL, List.of(), "-proc:none", "javac"),
        new Variant("javac + Dovetail", Model.DOVETAIL, List.of(dovetail), null, "javac"),
        new Variant("Dovetail, -proc:only", Model.DOVETAIL, List.of(dovetail), "-proc:only", "javac"),
        new Variant("javac (JPA model)", Model.JPA, List.of(), "-proc:none", "javac (JPA model)"),
        new Variant("javac + Hibernate", Model.JPA, List.of(HibernateProcessor.class.getName()), null,
            "javac (JPA model)"),
        new Variant("javac (Micronaut model)", Model.MICRONAUT, List.of(), "-proc:none", "javac (Micronaut model)"),
        new Variant("javac + Micronaut Data", Model.MICRONAUT, MICRONAUT, null, "javac (Micronaut model)")));
    String before = System.getProperty("before");
    if (before != null && cold) {
      // -Dbefore=old/benchmarks.jar: the processor of another build beside this one's (cold only: a javac
      // process takes its processor from the class path it is given).
      variants.add(2, new Variant("javac + Dovetail (before)", Model.DOVETAIL, List.of(dovetail), null, "javac",
          before));
    }
    String only = System.getProperty("variants");
    if (only != null) {
      // -Dvariants=Dovetail,Hibernate: those whose names contain one of these, and their baselines.
      List<String> wanted = List.of(only.split(","));
      List<String> kept = variants.stream().filter(v -> wanted.stream().anyMatch(w -> v.name().contains(w)))
          .flatMap(v -> java.util.stream.Stream.of(v.name(), v.baseline())).toList();
      variants.removeIf(v -> !kept.contains(v.name()));
    }
    Path root = Files.createTempDirectory("dovetail-model");
    try {
      List<String> labels = new ArrayList<>();
      List<Map<Model, List<Path>>> models = new ArrayList<>();
      for (int[] size : sizes) {
        Path src = root.resolve("src" + labels.size());
        labels.add(size[0] + " entities, " + size[1] + " relationships");
        models.add(Map.of(Model.DOVETAIL, ModelWriter.writeDovetail(src, size[0], size[1]),
            Model.JPA, ModelWriter.writeJpa(src, size[0], size[1]),
            Model.MICRONAUT, ModelWriter.writeMicronaut(src, size[0], size[1])));
      }
      // Every model and variant takes its turn in every round, so that the JIT's progress and the machine's
      // other work fall on all of them alike.
      Map<String, Map<String, List<Measure>>> measures = new LinkedHashMap<>();
      for (int run = cold ? 0 : -WARM_UP; run < runs; run++) {
        for (int m = 0; m < labels.size(); m++) {
          for (Variant v : variants) {
            List<Path> model = models.get(m).get(v.model());
            Measure measure = cold ? compileInProcessOfItsOwn(v, model, root.resolve("out"))
                : compile(v, model, root.resolve("out"));
            // Each compilation as it ends, so that a run cut short still tells what it measured.
            System.err.printf(Locale.ROOT, "run %d | %s | %s | %.0f ms | %.0f ms CPU | %.0f MB%n", run, labels.get(m),
                v.name(), measure.wallMs(), measure.cpuMs(), measure.peakMb());
            if (run >= 0) {
              measures.computeIfAbsent(labels.get(m), k -> new LinkedHashMap<>())
                  .computeIfAbsent(v.name(), k -> new ArrayList<>()).add(measure);
            }
          }
        }
      }
      System.out.println(cold ? "Each compilation a javac process of its own (" + runs + " runs, medians):"
          : "javac in this process, warmed up (" + runs + " runs, medians):");
      System.out.print(table(measures, variants));
    } finally {
      delete(root);
    }
  }

  /** The options both ways pass {@code javac}: the same release, output folders and class path. */
  private static List<String> options(Variant v, Path out) throws IOException {
    Files.createDirectories(out);
    List<String> options = new ArrayList<>(List.of("--release", "17", "-d", out.toString(), "-s", out.toString(),
        "-implicit:none", "-Xmaxwarns", "1", "-classpath", v.classPath()));
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

  private static Measure compile(Variant v, List<Path> sources, Path out) throws IOException {
    List<String> options = options(v, out);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    long start = System.nanoTime();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, null)) {
      JavaCompiler.CompilationTask task = javac.getTask(diagnostics, files, null, options, null,
          files.getJavaFileObjectsFromPaths(sources));
      if (!v.processors().isEmpty()) {
        task.setProcessors(v.instances());
      }
      if (!task.call()) {
        throw new IllegalStateException(v.name() + " failed:\n" + diagnostics);
      }
    }
    double ms = (System.nanoTime() - start) / 1e6;
    delete(out);
    return new Measure(ms, Double.NaN, Double.NaN);
  }

  /**
   * The same compilation as {@link #compile}, by a {@code javac} process started for it: its wall time and,
   * where {@code /usr/bin/time} is there to run it, its CPU time and peak resident memory.
   */
  private static Measure compileInProcessOfItsOwn(Variant v, List<Path> sources, Path out)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    Path time = Path.of("/usr/bin/time");
    Path usage = out.resolveSibling("usage.txt");
    boolean timed = Files.isExecutable(time);
    if (timed) {
      command.addAll(List.of(time.toString(), "-o", usage.toString(), "-f", "%U %S %M"));
    }
    command.add(Path.of(System.getProperty("java.home"), "bin", "javac").toString());
    command.addAll(options(v, out));
    Path list = out.resolveSibling("sources.txt");
    Files.write(list, sources.stream().map(Path::toString).toList());
    if (!v.processors().isEmpty()) {
      command.addAll(List.of("-processor", String.join(",", v.processors())));
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
    if (!timed) {
      return new Measure(ms, Double.NaN, Double.NaN);
    }
    // The last line: "user system peak-KB" (a line before it may tell of a signal).
    List<String> lines = Files.readAllLines(usage);
    String[] fields = lines.get(lines.size() - 1).trim().split(" ");
    return new Measure(ms, (Double.parseDouble(fields[0]) + Double.parseDouble(fields[1])) * 1000,
        Double.parseDouble(fields[2]) / 1024);
  }

  private static String table(Map<String, Map<String, List<Measure>>> measures, List<Variant> variants) {
    Map<String, String> baselines = new LinkedHashMap<>();
    variants.forEach(v -> baselines.put(v.name(), v.baseline()));
    StringBuilder out = new StringBuilder(
        "| model | compilation | wall (ms) | vs. plain javac | CPU (ms) | vs. plain javac | peak RSS (MB) |\n");
    out.append("|---|---|---:|---:|---:|---:|---:|\n");
    Map<String, Map<String, Measure>> medians = new LinkedHashMap<>();
    measures.forEach((model, byVariant) -> byVariant.forEach((variant, list) -> {
      Measure median = new Measure(median(list.stream().map(Measure::wallMs).toList()),
          median(list.stream().map(Measure::cpuMs).toList()), median(list.stream().map(Measure::peakMb).toList()));
      medians.computeIfAbsent(model, k -> new LinkedHashMap<>()).put(variant, median);
    }));
    medians.forEach((model, byVariant) -> byVariant.forEach((variant, m) -> {
      Measure plain = byVariant.get(baselines.get(variant));
      out.append(String.format(Locale.ROOT, "| %s | %s | %.0f | %+.0f%% | %s | %s | %s |%n", model, variant,
          m.wallMs(), (m.wallMs() / plain.wallMs() - 1) * 100,
          Double.isNaN(m.cpuMs()) ? "" : String.format(Locale.ROOT, "%.0f", m.cpuMs()),
          Double.isNaN(m.cpuMs()) ? "" : String.format(Locale.ROOT, "%+.0f%%", (m.cpuMs() / plain.cpuMs() - 1) * 100),
          Double.isNaN(m.peakMb()) ? "" : String.format(Locale.ROOT, "%.0f", m.peakMb())));
    }));
    List<String> models = new ArrayList<>(medians.keySet());
    for (int i = 1; i < models.size(); i++) {
      Map<String, Measure> small = medians.get(models.get(0));
      Map<String, Measure> large = medians.get(models.get(i));
      out.append('\n').append(models.get(i)).append(" vs ").append(models.get(0))
          .append(", the added wall time of each processor:");
      large.forEach((variant, m) -> {
        String baseline = baselines.get(variant);
        if (!baseline.equals(variant)) {
          double extraSmall = small.get(variant).wallMs() - small.get(baseline).wallMs();
          double extraLarge = m.wallMs() - large.get(baseline).wallMs();
          out.append(String.format(Locale.ROOT, " %s ×%.2f;", variant, extraLarge / extraSmall));
        }
      });
      out.append('\n');
    }
    return out.toString();
  }

  private static double median(List<Double> values) {
    if (values.stream().anyMatch(v -> Double.isNaN(v))) {
      return Double.NaN;
    }
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
