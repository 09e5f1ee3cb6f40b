package org.mavedb.registry.query;

/**
 * A discovery list as native SQL: the {@code columns} each row of a page selects (typed
 * {@code rowType}), the FROM clause, the WHERE clause with its parameters, and the ORDER BY that
 * makes pages deterministic.
 */
public record ListQuery<R>(String columns, Class<R> rowType, String from, SqlWhere where, String order) {

    String countSql(long atMost) {
        return "select count(*) from (select 1 from " + from + where + " limit " + atMost + ") matches";
    }

    String pageSql() {
        return "select " + columns + " from " + from + where + " order by " + order;
    }
}
