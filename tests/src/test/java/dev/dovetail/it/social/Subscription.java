package dev.dovetail.it.social;

import dev.dovetail.Entity;
import dev.dovetail.Id;
import dev.dovetail.ManyToOne;
import dev.dovetail.OnDelete;
import java.time.Instant;

/** An association object: a composite id of two foreign keys, and a column of its own. */
@Entity(table = "subscriptions")
public record Subscription(
    @Id @ManyToOne(target = Member.class, backref = "subscriptionsMade", onDelete = OnDelete.CASCADE)
        Long subscriberId,
    @Id @ManyToOne(target = Member.class, backref = "subscriptionsReceived", onDelete = OnDelete.CASCADE)
        Long publisherId,
    Instant since) {}
