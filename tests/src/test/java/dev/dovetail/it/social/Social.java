package dev.dovetail.it.social;

import dev.dovetail.Database;

/** Members, follows, subscriptions, posts and orders. */
@Database(entities = {Member.class, Subscription.class, Post.class, Order.class})
public interface Social {}
