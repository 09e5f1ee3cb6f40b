package org.mavedb.registry.support;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Holds idempotency keys in a transaction that neither commits nor ends until closed, as a slow
 * first request would: a request with a held key waits for it inside the service.
 */
public final class HeldKeys implements AutoCloseable {

    private final Connection transaction;

    public HeldKeys(AgroalDataSource dataSource) throws SQLException {
        transaction = dataSource.getConnection();
        transaction.setAutoCommit(false);
    }

    public HeldKeys hold(String username, String key) throws SQLException {
        try (PreparedStatement claim = transaction.prepareStatement("""
                insert into idempotency_records (user_id, idempotency_key, request_fingerprint, created_at, expires_at)
                select id, ?, repeat('0', 64), now(), now() + interval '1 day' from users where username = ?""")) {
            claim.setString(1, key);
            claim.setString(2, username);
            if (claim.executeUpdate() != 1) {
                throw new IllegalArgumentException("no user " + username);
            }
        }
        return this;
    }

    /** Rolls the holding transaction back: the keys are free again. */
    @Override
    public void close() throws SQLException {
        try {
            transaction.rollback();
        } finally {
            transaction.close();
        }
    }
}
