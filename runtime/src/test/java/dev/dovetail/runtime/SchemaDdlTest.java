package dev.dovetail.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dovetail.fixture.SchoolFixture;
import dev.dovetail.testing.DatabaseTest;

class SchemaDdlTest extends SchoolFixture {
  @DatabaseTest
  void createsEveryTable() {
    assertEquals(0, rows("registrations"));
    assertEquals(0, rows("user"));
  }
}
