package org.trainlab.lab;

import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * A one-slot, latest-wins delivery to one listener on its own daemon thread. {@link #offer} never
 * blocks: it replaces whatever the listener has not taken yet.
 */
final class Mailbox<D> {
    private final AtomicReference<RunSnapshot<D>> slot = new AtomicReference<>();
    private final Consumer<RunSnapshot<D>> listener;
    private final Thread thread;
    private volatile boolean open = true;

    Mailbox(Consumer<RunSnapshot<D>> listener, String name) {
        this.listener = listener;
        this.thread = Thread.ofPlatform().daemon().name(name).start(this::deliver);
    }

    void offer(RunSnapshot<D> snapshot) {
        if (slot.getAndSet(snapshot) == null) {
            LockSupport.unpark(thread);
        }
    }

    void close() {
        open = false;
        LockSupport.unpark(thread);
    }

    private void deliver() {
        while (open) {
            RunSnapshot<D> s = slot.getAndSet(null);
            if (s == null) {
                LockSupport.park(this);
                continue;
            }
            try {
                listener.accept(s);
            } catch (RuntimeException e) {
                // A failing listener must not stop training or the other listeners: report and go on.
                Thread.currentThread().getUncaughtExceptionHandler().uncaughtException(Thread.currentThread(), e);
            }
        }
    }
}
