package dev.dovetail.bench;

import dev.dovetail.bench.contender.Contender;
import dev.dovetail.bench.contender.Contenders;
import dev.dovetail.bench.model.Student;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
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
 * JDBI's floor for find-by-id: the hand-written JDBC of the {@code jdbc} contender run on the connection of a
 * handle opened per lookup ({@code jdbi.open()}, on the same pool), which is the only way JDBI gives out a
 * connection. Beside it the same lookup by plain JDBC on the pool and by Dovetail both ways, so that one run
 * says how much of {@code create(jdbi)}'s cost over JDBC is the handle's, and so whether any code going
 * through a JDBI handle per call can come within a ratio of JDBC. One workload, H2 by default: about
 * 2 minutes.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar HandleFloor -prof gc
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class HandleFloor {
  private static final String FIND = "SELECT id, name FROM students WHERE id = ?";

  /** The database, its data, and the way a lookup takes its connection. */
  @State(Scope.Benchmark)
  public static class Env {
    /** {@code h2} (in process) or {@code postgresql} (on this machine). */
    @Param({"h2"})
    public String db;

    /**
     * {@code jdbc}: a connection of the pool; {@code jdbc-handle}: the same code on the connection of a JDBI
     * handle; {@code dovetail-pool}, {@code dovetail}: Dovetail's {@code findById} made on the pool or on JDBI.
     */
    @Param({"jdbc", "jdbc-handle", "dovetail-pool", "dovetail"})
    public String path;

    Fixture fixture;
    Jdbi jdbi;
    Contender contender;
    int next;

    /** Loads the data (the hand-written schema) and makes the contender or the {@code Jdbi}. */
    @Setup(Level.Trial)
    public void open() {
      fixture = Workloads.Loaded.fixture(db, "hand");
      if (path.equals("jdbc-handle")) {
        jdbi = Jdbi.create(fixture.dataSource());
      } else {
        contender = Contenders.create(path, fixture);
      }
    }

    /** Closes the contender. */
    @TearDown(Level.Trial)
    public void close() {
      if (contender != null) {
        contender.close();
      }
    }
  }

  /** Find one student by id, a different one each call. */
  @Benchmark
  public Object findById(Env env) throws SQLException {
    int student = env.next++ % Fixture.STUDENTS;
    return env.jdbi == null ? env.contender.findStudent(student) : onHandle(env.jdbi, env.fixture.student(student));
  }

  /** The {@code jdbc} contender's lookup, on the connection of a handle opened for it. */
  private static Student onHandle(Jdbi jdbi, long id) throws SQLException {
    try (Handle h = jdbi.open(); PreparedStatement ps = h.getConnection().prepareStatement(FIND)) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? new Student(rs.getLong(1), rs.getString(2)) : null;
      }
    }
  }
}
