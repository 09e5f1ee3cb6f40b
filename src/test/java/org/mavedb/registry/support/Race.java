package org.mavedb.registry.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs tasks on their own threads, released together from a barrier, and collects their results. */
public final class Race implements AutoCloseable {

    private final ExecutorService pool;
    private final int width;

    public Race(int width) {
        this.width = width;
        this.pool = Executors.newFixedThreadPool(width);
    }

    public <T> List<T> run(List<Callable<T>> tasks) throws Exception {
        if (tasks.size() > width) {
            throw new IllegalArgumentException("more tasks than threads");
        }
        CyclicBarrier start = new CyclicBarrier(tasks.size());
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> task : tasks) {
            futures.add(pool.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return task.call();
            }));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(60, TimeUnit.SECONDS));
        }
        return results;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
