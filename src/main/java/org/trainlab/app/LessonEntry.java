package org.trainlab.app;

import java.util.function.Function;
import org.kordamp.ikonli.Ikon;

/**
 * A lesson as the sidebar lists it: a stable id (remembered between runs, used by {@code --smoke}, and the
 * prefix of its resource keys: {@code lesson.<id>.title}, {@code lesson.<id>.subtitle}), an icon, and how
 * to build it.
 */
public record LessonEntry(String id, Ikon icon, Function<AppContext, Lesson> create) {
    public String title(Messages m) {
        return m.text("lesson." + id + ".title");
    }

    public String subtitle(Messages m) {
        return m.text("lesson." + id + ".subtitle");
    }
}
