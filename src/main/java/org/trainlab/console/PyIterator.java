package org.trainlab.console;

import java.util.Iterator;
import java.util.List;

/** A one-pass iterator: a generator expression, {@code enumerate}, {@code zip}, {@code named_parameters()}. */
final class PyIterator implements Iterator<Object> {
    private final Iterator<Object> items;

    PyIterator(List<Object> items) {
        this.items = new java.util.ArrayList<>(items).iterator();
    }

    @Override
    public boolean hasNext() {
        return items.hasNext();
    }

    @Override
    public Object next() {
        return items.next();
    }
}
