package org.trainlab.data;

import java.lang.ref.Cleaner;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.trainlab.tensor.Tensor;

/**
 * One epoch of a {@link DataLoader}. With workers, it keeps up to {@code 2 * numWorkers} batches
 * loading ahead on daemon threads named {@code DataLoader-<n>-worker-<k>} and hands them out in order.
 *
 * <p>Workers stop when the last batch has been handed out, when a worker fails (its exception is
 * thrown from {@link #next()} at that batch's turn), on {@link #close()}, or, if the iterator is simply
 * dropped, when it is garbage collected; idle workers also exit by themselves after a few seconds.
 * Like any iterator it belongs to one consuming thread.
 */
public final class BatchIterator implements Iterator<Tensor[]>, AutoCloseable {
    /** Prefetched batches per worker, PyTorch's default {@code prefetch_factor}. */
    private static final int PREFETCH_FACTOR = 2;
    private static final long IDLE_SECONDS = 5;
    private static final long CLOSE_WAIT_SECONDS = 10;
    private static final Cleaner CLEANER = Cleaner.create();
    private static final AtomicInteger LOADERS = new AtomicInteger();

    private final Dataset dataset;
    private final int[][] batches;
    private int next;
    private boolean closed;

    // Only with workers:
    private final ThreadPoolExecutor workers;
    private final Cleaner.Cleanable stopWorkers;
    private final Queue<Thread> threads = new ConcurrentLinkedQueue<>();
    private final ArrayDeque<Future<Tensor[]>> inFlight = new ArrayDeque<>();
    private int submitted;

    BatchIterator(Dataset dataset, int[][] batches, int numWorkers) {
        this.dataset = dataset;
        this.batches = batches;
        if (numWorkers == 0 || batches.length == 0) {
            workers = null;
            stopWorkers = null;
            return;
        }
        ThreadPoolExecutor pool = new ThreadPoolExecutor(numWorkers, numWorkers, IDLE_SECONDS, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), threadFactory(LOADERS.incrementAndGet(), threads));
        pool.allowCoreThreadTimeOut(true);
        workers = pool;
        // The cleaning action must not reach this iterator, or it would never become garbage.
        stopWorkers = CLEANER.register(this, pool::shutdownNow);
        int ahead = Math.min(batches.length, PREFETCH_FACTOR * numWorkers);
        while (submitted < ahead) {
            submitNext();
        }
    }

    /** Daemon worker threads, remembered in {@code threads} so close() can wait for them to end. */
    private static ThreadFactory threadFactory(int loaderId, Queue<Thread> threads) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, "DataLoader-" + loaderId + "-worker-" + count.getAndIncrement());
            t.setDaemon(true);
            threads.removeIf(old -> !old.isAlive());
            threads.add(t);
            return t;
        };
    }

    private void submitNext() {
        inFlight.add(workers.submit(load(dataset, batches[submitted], submitted)));
        submitted++;
    }

    /** A worker's job; static so it holds the data set and indices, never the iterator. */
    private static Callable<Tensor[]> load(Dataset dataset, int[] indices, int batch) {
        return () -> {
            try {
                return dataset.getBatch(indices);
            } catch (RuntimeException | Error e) {
                throw new RuntimeException("Caught " + e.getClass().getSimpleName() + " in DataLoader worker thread "
                        + Thread.currentThread().getName() + " while loading batch " + batch
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
            }
        };
    }

    @Override
    public boolean hasNext() {
        return !closed && next < batches.length;
    }

    @Override
    public Tensor[] next() {
        if (!hasNext()) {
            throw new NoSuchElementException(closed ? "DataLoader iterator is closed"
                    : "DataLoader iterator is exhausted (" + batches.length + " batches)");
        }
        int batch = next++;
        if (workers == null) {
            return dataset.getBatch(batches[batch]);
        }
        Tensor[] result;
        try {
            result = inFlight.remove().get();
        } catch (ExecutionException e) {
            close();
            throw e.getCause() instanceof RuntimeException re ? re : new RuntimeException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("DataLoader: interrupted while waiting for batch " + batch, e);
        }
        if (submitted < batches.length) {
            submitNext();
        }
        if (next == batches.length) {
            close();
        }
        return result;
    }

    /**
     * Stops the workers and waits (at most a few seconds, for a batch still being loaded) until their
     * threads have ended. Idempotent; afterwards {@link #hasNext()} is false.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (workers == null) {
            return;
        }
        for (Future<Tensor[]> f : inFlight) {
            f.cancel(true);
        }
        inFlight.clear();
        stopWorkers.clean();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CLOSE_WAIT_SECONDS);
        try {
            for (Thread t : threads) {
                long left = deadline - System.nanoTime();
                if (left > 0) {
                    TimeUnit.NANOSECONDS.timedJoin(t, left);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
