package org.trainlab.app;

import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.NotificationPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;

/**
 * The window: a sidebar of lessons built from a {@link LessonEntry} list, the current lesson's view,
 * a light/dark switch, keyboard shortcuts, and notifications. Only one lesson is active at a time;
 * switching lessons or closing the window deactivates it, which closes its runs.
 */
public final class MainWindow {
    private static final double DEFAULT_WIDTH = 1360;
    private static final double DEFAULT_HEIGHT = 860;

    private final Stage stage;
    private final AppPrefs prefs;
    private final List<LessonEntry> entries;
    private final AppContext context;
    private final ObjectProperty<Theme> theme;
    private final Map<String, Lesson> built = new HashMap<>();
    private final ListView<LessonEntry> sidebar = new ListView<>();
    private final StackPane lessonHolder = new StackPane();
    private final Label lessonTitle = new Label();
    private final Label lessonSubtitle = new Label();
    private final NotificationPane notifications;
    private final PauseTransition hideNotification = new PauseTransition(Duration.seconds(3.5));
    private LessonEntry currentEntry;
    private Lesson current;
    private boolean spaceHandled;

    public MainWindow(Stage stage, AppPrefs prefs, List<LessonEntry> entries) {
        this(stage, prefs, entries, new DataSets());
    }

    public MainWindow(Stage stage, AppPrefs prefs, List<LessonEntry> entries, DataSets data) {
        this.stage = stage;
        this.prefs = prefs;
        this.entries = List.copyOf(entries);
        this.theme = new SimpleObjectProperty<>(prefs.theme());
        theme.get().apply();
        VBox lessonPane = new VBox(lessonHeader(), lessonHolder);
        VBox.setVgrow(lessonHolder, Priority.ALWAYS);
        notifications = new NotificationPane(lessonPane);
        notifications.getStyleClass().add(NotificationPane.STYLE_CLASS_DARK);
        notifications.setShowFromTop(true);
        hideNotification.setOnFinished(e -> notifications.hide());
        this.context = new AppContext(data, theme, this::showNotification);

        BorderPane root = new BorderPane(notifications);
        root.setLeft(sidebar());
        Scene scene = new Scene(root, prefs.width(DEFAULT_WIDTH), prefs.height(DEFAULT_HEIGHT));
        scene.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
        installShortcuts(scene);
        stage.setScene(scene);
        stage.getIcons().setAll(AppIcons.all());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        fitOnScreen();
        stage.setOnHidden(e -> close());
        theme.addListener((obs, old, now) -> {
            now.apply();
            prefs.setTheme(now);
        });

        String last = prefs.lastLesson(this.entries.get(0).id());
        select(this.entries.stream().filter(e -> e.id().equals(last)).findFirst().orElse(this.entries.get(0)).id());
    }

    public void show() {
        stage.show();
    }

    public AppContext context() {
        return context;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** The lesson on screen. */
    public Lesson current() {
        return current;
    }

    public LessonEntry currentEntry() {
        return currentEntry;
    }

    /** Shows the lesson with this id, deactivating the one before it. */
    public void select(String id) {
        LessonEntry entry = entries.stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no lesson '" + id + "'"));
        if (entry == currentEntry) {
            return;
        }
        if (current != null) {
            current.deactivate();
        }
        currentEntry = entry;
        current = built.computeIfAbsent(id, k -> entry.create().apply(context));
        lessonHolder.getChildren().setAll(current.view());
        lessonTitle.setText(entry.title());
        lessonSubtitle.setText(entry.subtitle());
        stage.setTitle("TrainLab — " + entry.title());
        if (sidebar.getSelectionModel().getSelectedItem() != entry) {
            sidebar.getSelectionModel().select(entry);
        }
        prefs.setLastLesson(id);
        current.activate();
    }

    /** Deactivates the current lesson (closing its runs) and remembers the window; safe to call twice. */
    public void close() {
        if (current != null) {
            current.deactivate();
        }
        if (stage.getWidth() > 0 && stage.getHeight() > 0 && !stage.isMaximized()) {
            prefs.setSize(stage.getScene().getWidth(), stage.getScene().getHeight());
        }
        prefs.flush();
    }

    private void showNotification(String message) {
        notifications.setText(message);
        notifications.show();
        hideNotification.playFromStart();
    }

    private Node lessonHeader() {
        lessonTitle.getStyleClass().add(Styles.TITLE_3);
        lessonTitle.setId("lesson-title");
        lessonSubtitle.getStyleClass().add(Styles.TEXT_MUTED);
        HBox header = new HBox(12, lessonTitle, lessonSubtitle);
        header.setAlignment(Pos.BASELINE_LEFT);
        header.getStyleClass().add("lesson-header");
        return header;
    }

    private Node sidebar() {
        FontIcon logo = new FontIcon(MaterialDesignB.BRAIN);
        logo.getStyleClass().add("brand-icon");
        Label brand = new Label("TrainLab", logo);
        brand.getStyleClass().addAll(Styles.TITLE_3, "brand");

        sidebar.setId("lessons");
        sidebar.getItems().setAll(entries);
        sidebar.getStyleClass().add("lesson-list");
        sidebar.setCellFactory(v -> new LessonCell());
        sidebar.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                select(now.id());
            }
        });
        VBox.setVgrow(sidebar, Priority.ALWAYS);

        ToggleSwitch dark = new ToggleSwitch("Dark theme");
        dark.setId("dark-theme");
        dark.setSelected(theme.get() == Theme.DARK);
        dark.selectedProperty().addListener((obs, old, now) -> theme.set(now ? Theme.DARK : Theme.LIGHT));
        theme.addListener((obs, old, now) -> dark.setSelected(now == Theme.DARK));
        Label keys = new Label("Space play/pause · S step · R reset\nCtrl+1…" + entries.size() + " lessons");
        keys.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox bottom = new VBox(10, dark, keys);
        bottom.setPadding(new Insets(12));

        VBox side = new VBox(brand, sidebar, bottom);
        side.getStyleClass().add("sidebar");
        side.setPrefWidth(260);
        side.setMinWidth(Region.USE_PREF_SIZE);
        return side;
    }

    private void installShortcuts(Scene scene) {
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
            KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};
        for (int i = 0; i < Math.min(digits.length, entries.size()); i++) {
            String id = entries.get(i).id();
            scene.getAccelerators().put(new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN),
                    () -> select(id));
        }
        // A filter, so Space means play/pause even when a button has the focus; typing is left alone.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isAltDown() || e.isControlDown() || e.isMetaDown()
                    || takesText(scene.getFocusOwner())) {
                return;
            }
            Shortcut s = switch (e.getCode()) {
                case SPACE -> Shortcut.PLAY_PAUSE;
                case S -> Shortcut.STEP;
                case R -> Shortcut.RESET;
                default -> null;
            };
            if (s != null && current != null && current.handle(s)) {
                spaceHandled = e.getCode() == KeyCode.SPACE;
                e.consume();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE && spaceHandled) {
                spaceHandled = false;
                e.consume();
            }
        });
    }

    /** Whether keys typed now are text: a text field, or an editable spinner or combo box (which own their field). */
    private static boolean takesText(Node focus) {
        return focus instanceof TextInputControl
                || focus instanceof Spinner<?> s && s.isEditable()
                || focus instanceof ComboBoxBase<?> c && c.isEditable();
    }

    private void fitOnScreen() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        if (stage.getScene().getWidth() > screen.getWidth() || stage.getScene().getHeight() > screen.getHeight()) {
            stage.setWidth(Math.min(stage.getScene().getWidth(), screen.getWidth()));
            stage.setHeight(Math.min(stage.getScene().getHeight(), screen.getHeight()));
        }
    }

    /** A sidebar row: icon, title, subtitle and shortcut. */
    private final class LessonCell extends ListCell<LessonEntry> {
        private final FontIcon icon = new FontIcon();
        private final Label title = new Label();
        private final Label subtitle = new Label();
        private final Label keys = new Label();
        private final HBox box;

        LessonCell() {
            title.getStyleClass().add("lesson-name");
            subtitle.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            subtitle.setWrapText(true);
            subtitle.maxWidthProperty().bind(sidebar.widthProperty().subtract(80));
            keys.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            icon.getStyleClass().add("lesson-icon");
            HBox top = new HBox(title, spacer(), keys);
            VBox text = new VBox(2, top, subtitle);
            HBox.setHgrow(text, Priority.ALWAYS);
            box = new HBox(12, icon, text);
            box.setAlignment(Pos.CENTER_LEFT);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(LessonEntry item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            icon.setIconCode(item.icon());
            title.setText(item.title());
            subtitle.setText(item.subtitle());
            int index = entries.indexOf(item);
            keys.setText(index < 9 ? "Ctrl+" + (index + 1) : "");
            setGraphic(box);
        }

        private static Region spacer() {
            Region r = new Region();
            HBox.setHgrow(r, Priority.ALWAYS);
            return r;
        }
    }
}
