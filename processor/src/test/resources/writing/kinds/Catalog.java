package com.example.kinds;

import com.example.kinds.billing.Invoice;
import dev.dovetail.Database;

@Database(entities = {AllTypes.class, Tag.class, Account.class, User.class, Follow.class, Post.class,
                      Order.class, OrderLine.class, Employee.class, Invoice.class})
public interface Catalog {}
