package org.mavedb.registry.query;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The WHERE clause of a native query, built from conditions and their named parameters, so that
 * repositories compose filters (lineage, search criteria) without concatenating values into SQL.
 */
public final class SqlWhere {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    public SqlWhere and(String condition) {
        conditions.add("(" + condition + ")");
        return this;
    }

    /** Adds the condition and binds {@code :name} in it to {@code value}. */
    public SqlWhere and(String condition, String name, Object value) {
        parameters.put(name, value);
        return and(condition);
    }

    public SqlWhere bind(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    public <Q extends Query> Q bindTo(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /** {@code " where a and b"}, or an empty string when there are no conditions. */
    @Override
    public String toString() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** A LIKE pattern for "starts with {@code text}" in which {@code %}, {@code _} and {@code \} match themselves. */
    public static String prefixPattern(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
