package org.mavedb.registry.query;

import java.util.List;

/** One page of a list, and how many items the whole list holds. */
public record Page<T>(Total total, List<T> items) {}
