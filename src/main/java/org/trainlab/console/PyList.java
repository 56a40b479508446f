package org.trainlab.console;

import java.util.ArrayList;
import java.util.List;

/** A Python list: mutable, compared by identity like any Python object unless asked with ==. */
final class PyList {
    final List<Object> items;

    PyList(List<Object> items) {
        this.items = new ArrayList<>(items);
    }
}
