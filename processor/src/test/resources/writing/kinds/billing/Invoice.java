package com.example.kinds.billing;

import com.example.kinds.Account;
import dev.dovetail.Entity;
import dev.dovetail.GeneratedValue;
import dev.dovetail.Id;
import dev.dovetail.ManyToOne;
import java.math.BigDecimal;

/** An entity in another package than its database, referring to one in the database's package. */
@Entity(table = "invoices")
public record Invoice(@Id @GeneratedValue Long id,
                      @ManyToOne(target = Account.class, backref = "invoices") Long accountId,
                      BigDecimal amount) {}
