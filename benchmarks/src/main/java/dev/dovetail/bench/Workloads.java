package dev.dovetail.bench;

import dev.dovetail.bench.contender.Contender;
import dev.dovetail.bench.contender.Contenders;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The measured operations, each run by every contender on every database and both schemas (the parameters
 * {@code framework}, {@code db} and {@code schema}). Warm-up is long on purpose: with less, JDBI and Hibernate were still being compiled during
 * the measured iterations. Each call reads or writes a different row from the previous one, as H2 answers a
 * repeated query from a cache without running it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
public class Workloads {

  /** The database, the data on it, and the contender working on it; built once per fork. */
  @State(Scope.Benchmark)
  public static class Env {
    /** {@code h2} (in process) or {@code postgresql} (on this machine). */
    @Param({"h2", "postgresql"})
    public String db;

    /**
     * How the tables were made: by Dovetail's DDL, or by hand ({@link Fixture.Schema}: plain {@code REFERENCES},
     * no other index, never analysed).
     */
    @Param({"dovetail", "hand"})
    public String schema;

    /** Which contender runs the operations. */
    @Param({"jdbc", "jdbc-insert", "dovetail-pool", "dovetail", "jdbi", "hibernate"})
    public String framework;

    Fixture fixture;
    Contender contender;
    int next;

    /** Opens the database and loads the data, once per JVM and database and schema; builds the contender. */
    @Setup(Level.Trial)
    public void open() {
      fixture = Loaded.fixture(db, schema);
      contender = Contenders.create(framework, fixture);
    }

    /** Closes the contender; the data stays for the next benchmark of this JVM. */
    @TearDown(Level.Trial)
    public void close() {
      contender.close();
    }
  }

  /**
   * The data of each database and schema, loaded once per JVM: a forked benchmark (the default) loads its own,
   * and a run without forks ({@code -f 0}) shares it between benchmarks, whose writes each iteration removes
   * first ({@link Writes}). Each database or schema is dropped when the JVM exits.
   */
  static final class Loaded {
    private static final Map<String, Fixture> FIXTURES = new HashMap<>();

    private Loaded() {}

    static synchronized Fixture fixture(String db, String schema) {
      return FIXTURES.computeIfAbsent(db + "/" + schema, key -> {
        Target target = Target.open(db);
        Runtime.getRuntime().addShutdownHook(new Thread(target::close));
        return Fixture.load(target, Fixture.Schema.named(schema));
      });
    }
  }

  /** For the writing operations: what the previous iteration wrote is removed before the next one. */
  @State(Scope.Benchmark)
  public static class Writes {
    int next;

    /** Removes the links and students the last iteration added; starts over at the first fresh row. */
    @Setup(Level.Iteration)
    public void clear(Env env) {
      env.fixture.clearWrites();
      next = 0;
    }
  }

  /** Insert one student. */
  @Benchmark
  public Object insertOne(Env env, Writes writes) {
    return env.contender.insertStudent("new student " + writes.next++);
  }

  /** Find one student by id, a different one each call. */
  @Benchmark
  public Object findById(Env env) {
    return env.contender.findStudent(env.next++ % Fixture.STUDENTS);
  }

  /** Link one class to one student (a new link each call, spread over 5,000 students). */
  @Benchmark
  public boolean addLink(Env env, Writes writes) {
    int n = writes.next++;
    return env.contender.addClass(Fixture.LINK_STUDENTS_FROM + n % Fixture.LINK_STUDENTS,
        (n / Fixture.LINK_STUDENTS) % Fixture.COURSES);
  }

  /** List one student's 20 classes. */
  @Benchmark
  public List<?> list20(Env env) {
    return env.contender.classesOf(env.next++ % Fixture.STUDENTS_WITH_CLASSES);
  }

  /** Link 1,000 classes to a student who has none, all or nothing. */
  @Benchmark
  public int addAll1000(Env env, Writes writes) {
    return env.contender.addAllClasses(Fixture.BATCH_STUDENTS_FROM + writes.next++ % Fixture.BATCH_STUDENTS);
  }

  /** Load the classes of 1,000 students (20 each); the window of students moves by one each call. */
  @Benchmark
  public Map<?, ? extends List<?>> bulkLoad1000(Env env) {
    int first = env.next++ % (Fixture.STUDENTS_WITH_CLASSES - Fixture.BULK);
    return env.contender.classesOfStudents(first, Fixture.BULK);
  }

  /** The first page of a reader's timeline (they follow 50 users with 20 posts each). */
  @Benchmark
  public List<?> timeline(Env env) {
    return env.contender.timeline(env.next++ % Fixture.READERS);
  }
}
