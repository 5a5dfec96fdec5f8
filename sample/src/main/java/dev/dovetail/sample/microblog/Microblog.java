package dev.dovetail.sample.microblog;

import dev.dovetail.Database;

/** The microblog schema: users, who follows whom, and posts. Generates {@code MicroblogDb}. */
@Database(entities = {User.class, Post.class})
public interface Microblog {}
