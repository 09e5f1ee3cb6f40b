package org.mavedb.registry.query;

/**
 * A discovery list as native SQL: the {@code columns} each row of a page selects (typed
 * {@code rowType}), the FROM clause of its pages, the WHERE clause with its parameters, and the
 * ORDER BY that makes pages deterministic. {@code countFrom} is the FROM clause of its count, the
 * same rows without what only the order needs (by default the page's FROM).
 */
public record ListQuery<R>(String columns, Class<R> rowType, String from, String countFrom, SqlWhere where, String order) {

    public ListQuery(String columns, Class<R> rowType, String from, SqlWhere where, String order) {
        this(columns, rowType, from, from, where, order);
    }

    /** The same list with another WHERE clause. */
    public ListQuery<R> withWhere(SqlWhere otherWhere) {
        return new ListQuery<>(columns, rowType, from, countFrom, otherWhere, order);
    }

    String countSql(long atMost) {
        return "select count(*) from (select 1 from " + countFrom + where + " limit " + atMost + ") matches";
    }

    String pageSql() {
        return "select " + columns + " from " + from + where + " order by " + order;
    }
}
