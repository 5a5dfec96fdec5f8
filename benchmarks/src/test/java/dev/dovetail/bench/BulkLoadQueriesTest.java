package dev.dovetail.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.bench.contender.Contender;
import dev.dovetail.bench.contender.Contenders;
import dev.dovetail.testing.CountingDataSource;
import dev.dovetail.testing.DatabaseTest;
import dev.dovetail.testing.TestDatabase;
import java.util.List;

/**
 * Loading the classes of the benchmark's 1,000 students takes at most ⌈1000 / chunk⌉ queries with Dovetail
 * ({@code Dialect.maxKeysPerQuery()}, 1,000: one query), on both of its ways to a database and on the
 * hand-written schema, as with the hand-written floor; Hibernate's batch
 * fetching takes one query per 16 students. The runtime's own BatchLoadingTest checks the bound for 2,500
 * owners over several chunks.
 */
class BulkLoadQueriesTest {

  private static int queries(Fixture fixture, TestDatabase database, String contender) {
    CountingDataSource counting = new CountingDataSource(database.dataSource());
    try (Contender c = Contenders.create(contender, fixture.through(counting))) {
      c.classesOfStudents(0, 1); // anything done once per contender (reading the database's name) is not counted
      counting.reset();
      assertEquals(Fixture.BULK, c.classesOfStudents(0, Fixture.BULK).size());
      return counting.count();
    }
  }

  // The benchmarks compare the contenders on H2 and PostgreSQL, the two databases the workloads run on.
  @DatabaseTest({TestDatabase.Kind.H2, TestDatabase.Kind.POSTGRESQL})
  void dovetailLoadsTheClassesOf1000StudentsInOneQueryPerChunk(TestDatabase database) {
    int chunk = database.dialect().maxKeysPerQuery();
    int max = (Fixture.BULK + chunk - 1) / chunk;
    Fixture fixture = Fixture.load(database.dataSource(), ContendersAgreeTest.kind(database), Fixture.Schema.HAND);
    for (String dovetail : List.of("dovetail", "dovetail-pool")) {
      int queries = queries(fixture, database, dovetail);
      assertTrue(queries <= max, dovetail + ": " + queries + " queries, at most " + max + " expected");
    }
    assertEquals(1, queries(fixture, database, "jdbc"));
  }

  @DatabaseTest(TestDatabase.Kind.H2)
  void hibernateBatchFetchingTakesAQueryPer16Students(TestDatabase database) {
    // Its students in one query, then their classes 16 students at a time.
    Fixture fixture = Fixture.load(database.dataSource(), ContendersAgreeTest.kind(database),
        Fixture.Schema.DOVETAIL);
    assertEquals(1 + (Fixture.BULK + 15) / 16, queries(fixture, database, "hibernate"));
  }
}
