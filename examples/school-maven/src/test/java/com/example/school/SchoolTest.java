package com.example.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class SchoolTest {
  @Test
  void studentsTakeClasses() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:school-test;DB_CLOSE_DELAY=-1");
    SchoolDb db = SchoolDb.create(h2);
    db.createSchema();

    Student susan = db.students().insert(new Student(null, "Susan"));
    Course maths = db.courses().insert(new Course(null, "Maths"));
    Course physics = db.courses().insert(new Course(null, "Physics"));

    assertTrue(db.students().classes(susan).add(maths));
    assertTrue(db.students().classes(susan).add(physics));
    assertFalse(db.students().classes(susan).add(maths), "a link already there is not added twice");

    assertEquals(List.of(maths, physics), db.students().classes(susan).orderBy("t.name").all());
    assertEquals(List.of(susan), db.courses().students(maths).all());
    assertEquals(2, db.courses().count());
  }
}
