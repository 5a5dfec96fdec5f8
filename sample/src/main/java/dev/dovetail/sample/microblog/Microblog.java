package dev.dovetail.sample.microblog;

import dev.dovetail.Database;

/**
 * The microblog schema: users, who follows whom, and posts, with the {@link Timeline} query. Generates
 * {@code MicroblogDb}.
 */
@Database(entities = {User.class, Post.class}, queries = Timeline.class)
public interface Microblog {}
