package dev.dovetail.it.onetoone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.runtime.ConstraintViolationException;
import dev.dovetail.testing.DatabaseTest;
import dev.dovetail.testing.TestDatabase;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;

/**
 * A one-to-one as a unique foreign key, on every database: the child navigates to its parent, the parent's
 * backref holds at most that one child, and a second child of the same parent is refused by name.
 */
class OneToOneTest {
  private OneToOneDb db;

  @BeforeEach
  void fresh(TestDatabase database) {
    db = OneToOneDb.create(database.dataSource(), database.dialect());
    db.createSchema();
  }

  @DatabaseTest
  void bothEndsNavigateAndASecondChildIsRefused(TestDatabase database) {
    Account ada = db.accounts().insert(new Account(null, "ada"));
    Account bob = db.accounts().insert(new Account(null, "bob"));
    Profile profile = db.profiles().insert(new Profile(null, "mathematician", ada.id()));

    assertEquals(Optional.of(ada), db.profiles().account(profile));
    assertEquals(Optional.of(profile), db.accounts().profile(ada).first());
    assertTrue(db.accounts().profile(bob).isEmpty());

    ConstraintViolationException e = assertThrows(ConstraintViolationException.class,
        () -> db.profiles().insert(new Profile(null, "again", ada.id())));
    assertTrue(e.getMessage().contains("account_id"), e.getMessage());
    assertEquals(1, db.accounts().profile(ada).count());
  }
}
