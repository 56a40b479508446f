package org.trainlab.console;

/** A callable with the name Python prints for it, e.g. {@code <built-in function len>}. */
record Named(String repr, Callable function) implements Callable {
    @Override
    public Object call(Args args) {
        return function.call(args);
    }
}
