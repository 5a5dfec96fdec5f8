package com.example.kinds;

/** A top-level enum. */
public enum Color { RED, GREEN }
