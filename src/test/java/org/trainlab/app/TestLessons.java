package org.trainlab.app;

import java.util.List;

/** The lessons the GUI tests open. */
public final class TestLessons {
    private TestLessons() {
    }

    public static List<LessonEntry> all() {
        return List.of(Lessons.all().get(0), FakeRegression.ENTRY);
    }
}
