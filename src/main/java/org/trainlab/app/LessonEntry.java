package org.trainlab.app;

import java.util.function.Function;
import org.kordamp.ikonli.Ikon;

/**
 * A lesson as the sidebar lists it: a stable id (remembered between runs), its title and one-line
 * subtitle, an icon, and how to build it.
 */
public record LessonEntry(String id, String title, String subtitle, Ikon icon, Function<AppContext, Lesson> create) {
}
