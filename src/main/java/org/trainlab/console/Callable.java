package org.trainlab.console;

/** Anything a script can call: a builtin, a torch or numpy function, a method bound to its object. */
@FunctionalInterface
interface Callable {
    Object call(Args args);
}
