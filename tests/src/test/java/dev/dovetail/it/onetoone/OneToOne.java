package dev.dovetail.it.onetoone;

import dev.dovetail.Database;

/** A one-to-one, declared as the README's "Coming from SQLAlchemy" table says. */
@Database(entities = {Account.class, Profile.class})
public interface OneToOne {}
