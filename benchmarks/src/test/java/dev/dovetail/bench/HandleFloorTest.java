package dev.dovetail.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every path of {@link HandleFloor} finds the same student, so that the benchmark compares the same lookup. */
class HandleFloorTest {

  @Test
  void everyPathFindsTheSameStudent() throws Exception {
    for (String path : List.of("jdbc", "jdbc-handle", "dovetail-pool", "dovetail")) {
      HandleFloor.Env env = new HandleFloor.Env();
      env.db = "h2";
      env.path = path;
      env.open();
      try {
        env.next = 42;
        Object found = new HandleFloor().findById(env);
        assertEquals(env.fixture.student(42), Rows.id(found), path);
        assertEquals(Fixture.studentName(42), Rows.name(found), path);
      } finally {
        env.close();
      }
    }
  }
}
