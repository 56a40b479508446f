package org.trainlab.console;

import java.util.Map;

/** A module such as {@code torch} or {@code numpy}: a name and its attributes. */
record Namespace(String name, Map<String, Object> attributes) {
}
