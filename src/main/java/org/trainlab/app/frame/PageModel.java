package org.trainlab.app.frame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.trainlab.app.DataSets;
import org.trainlab.app.settings.Param;
import org.trainlab.app.settings.Settings;
import org.trainlab.lab.RunState;

/**
 * The state behind a lesson's page, without JavaFX: the settings being edited, the settings the run was
 * built with, whether a change waits for Reset, and the PyTorch program for the edited settings. The view
 * binds to it; tests drive it directly.
 *
 * <p>A live setting (a learning rate) is handed to {@link #onLiveChange} at once. Any other change, or a
 * change of a data set the lesson uses, is pending until {@link #applied()} is called by a Reset.
 */
public final class PageModel {
    /** What the Play button does in a run's state. */
    public enum PlayAction {
        PAUSE, START, CONTINUE, EXPLAIN
    }

    private final LessonModel lesson;
    private final DataSets data;
    private final List<Runnable> listeners = new ArrayList<>();
    private final List<Runnable> unsubscribe = new ArrayList<>();
    private Settings editing;
    private Settings applied;
    private boolean dataChanged;
    private String code;
    private BiConsumer<Param, Object> liveChange = (p, v) -> { };

    public PageModel(LessonModel lesson, DataSets data) {
        this.lesson = lesson;
        this.data = data;
        this.editing = lesson.defaults();
        this.applied = editing;
        this.code = lesson.pytorchCode(editing);
        for (DataSets.Kind kind : lesson.uses()) {
            unsubscribe.add(data.onChange(kind, () -> {
                dataChanged = true;
                refresh();
            }));
        }
    }

    public LessonModel lesson() {
        return lesson;
    }

    public DataSets data() {
        return data;
    }

    /** Told of every change (edits, data, apply), on the caller's thread. */
    public void addListener(Runnable r) {
        listeners.add(r);
    }

    /** Where live settings go (the page hands learning rates to its run). */
    public void onLiveChange(BiConsumer<Param, Object> handler) {
        this.liveChange = handler;
    }

    public Settings editing() {
        return editing;
    }

    public Settings applied() {
        return applied;
    }

    public String code() {
        return code;
    }

    /** Sets one value, already checked by its param; a live setting also goes to the run at once. */
    public void set(String id, Object value) {
        Param p = editing.param(id);
        if (editing.get(id).equals(value)) {
            return;
        }
        editing = editing.with(id, value);
        if (p.isLive()) {
            applied = applied.with(id, value);
            liveChange.accept(p, value);
        }
        refresh();
    }

    /** Reads typed text for one setting: sets it if it is acceptable, otherwise changes nothing. */
    public Param.Parsed type(String id, String text) {
        Param.Parsed parsed = editing.param(id).parse(text);
        if (parsed.ok()) {
            set(id, parsed.value());
        }
        return parsed;
    }

    /** Sets several values at once (a "try this" prompt, a loaded file); each must be acceptable. */
    public void setAll(Map<String, ?> values) {
        Settings next = editing;
        for (Map.Entry<String, ?> e : values.entrySet()) {
            next = next.with(e.getKey(), e.getValue());
        }
        Settings before = editing;
        editing = next;
        for (Param p : next.params()) {
            if (p.isLive() && !next.get(p.id()).equals(before.get(p.id()))) {
                applied = applied.with(p.id(), next.get(p.id()));
                liveChange.accept(p, next.get(p.id()));
            }
        }
        refresh();
    }

    /** Back to the tutorial's settings (they too apply on Reset, learning rates at once). */
    public void restoreDefaults() {
        setAll(lesson.defaults().values());
    }

    /** Whether a change of settings or data waits for Reset. */
    public boolean pending() {
        return dataChanged || editing.differsOnReset(applied);
    }

    /** Whether this page's lesson was changed by a data set since the last Reset. */
    public boolean dataChanged() {
        return dataChanged;
    }

    /** The run is (re)built from the edited settings and the current data: nothing is pending now. Returns them. */
    public Settings apply() {
        applied = editing;
        dataChanged = false;
        refresh();
        return applied;
    }

    /** What Play does in this state: pause a training run, start a ready or paused one, continue a finished one. */
    public static PlayAction play(RunState state) {
        return switch (state) {
            case RUNNING -> PlayAction.PAUSE;
            case READY, PAUSED -> PlayAction.START;
            case FINISHED -> PlayAction.CONTINUE;
            case FAILED, STOPPED -> PlayAction.EXPLAIN;
        };
    }

    /** Whether Step can go on in this state (a failed or stopped run cannot; a finished one continues). */
    public static boolean canStep(RunState state) {
        return state != RunState.FAILED && state != RunState.STOPPED;
    }

    /** Stops listening to the data sets. */
    public void dispose() {
        unsubscribe.forEach(Runnable::run);
        unsubscribe.clear();
    }

    /** Writes the program again (the lesson's data changed in a way the page cannot see). */
    public void refreshCode() {
        refresh();
    }

    private void refresh() {
        code = lesson.pytorchCode(editing);
        for (Runnable r : List.copyOf(listeners)) {
            r.run();
        }
    }
}
