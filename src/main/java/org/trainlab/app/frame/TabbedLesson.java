package org.trainlab.app.frame;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.trainlab.app.Lesson;
import org.trainlab.app.Shortcut;

/**
 * A lesson with several views, each a lesson of its own on a tab (the optimizer race and the optimizer
 * paths). Only the tab on screen is active; switching tabs pauses the other one and keeps it.
 */
public final class TabbedLesson implements Lesson {
    /** One tab: its title and its lesson. */
    public record Page(String id, String title, Lesson lesson) {
    }

    private final List<Page> pages;
    private final TabPane tabs = new TabPane();
    private boolean active;

    public TabbedLesson(List<Page> pages) {
        this.pages = List.copyOf(pages);
        for (Page p : this.pages) {
            Tab t = new Tab(p.title(), p.lesson().view());
            t.setId("tab-" + p.id());
            t.setClosable(false);
            tabs.getTabs().add(t);
        }
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (!active) {
                return;
            }
            if (old.intValue() >= 0) {
                this.pages.get(old.intValue()).lesson().deactivate();
            }
            this.pages.get(now.intValue()).lesson().activate();
        });
    }

    @Override
    public Node view() {
        return tabs;
    }

    public TabPane tabs() {
        return tabs;
    }

    /** The lesson on the tab on screen. */
    public Lesson selected() {
        return pages.get(Math.max(0, tabs.getSelectionModel().getSelectedIndex())).lesson();
    }

    /** Shows the tab with this id. */
    public void select(String id) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).id().equals(id)) {
                tabs.getSelectionModel().select(i);
            }
        }
    }

    public Lesson page(String id) {
        return pages.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow().lesson();
    }

    @Override
    public void activate() {
        active = true;
        selected().activate();
    }

    @Override
    public void deactivate() {
        active = false;
        selected().deactivate();
    }

    @Override
    public void close() {
        pages.forEach(p -> p.lesson().close());
    }

    @Override
    public ModelDocument<?> models() {
        return selected().models();
    }

    @Override
    public List<ModelDocument<?>> documents() {
        return pages.stream().flatMap(p -> p.lesson().documents().stream()).toList();
    }

    @Override
    public void show(ModelDocument<?> document) {
        for (Page p : pages) {
            if (p.lesson().documents().contains(document)) {
                select(p.id());
                p.lesson().show(document);
            }
        }
    }

    @Override
    public boolean handle(Shortcut shortcut) {
        return selected().handle(shortcut);
    }
}
