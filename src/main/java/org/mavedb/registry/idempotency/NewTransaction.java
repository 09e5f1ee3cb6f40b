package org.mavedb.registry.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.concurrent.Callable;

/** Runs work in a transaction of its own that any exception, checked ones included, rolls back. */
@ApplicationScoped
public class NewTransaction {

    @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
