package org.trainlab.app;

import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
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
import org.trainlab.app.chart.ChartText;
import org.trainlab.app.frame.NumberField;

/**
 * The window: a menu bar, a sidebar of lessons built from a {@link LessonEntry} list, the current lesson's
 * view, keyboard shortcuts and notifications. One lesson is on screen at a time; leaving a lesson pauses its
 * runs and keeps them. A change of language builds the lessons again in the new language.
 */
public final class MainWindow {
    private static final double DEFAULT_WIDTH = 1360;
    private static final double DEFAULT_HEIGHT = 860;
    static final double MIN_WIDTH = 900;
    static final double MIN_HEIGHT = 600;

    private final Stage stage;
    private final AppPrefs prefs;
    private final List<LessonEntry> entries;
    private final DataSets data;
    /** The Build lesson's networks, kept across a change of language as the data sets are. */
    private final BuiltNets nets = new BuiltNets();
    private final ObjectProperty<Theme> theme;
    private final Scene scene;
    private final Map<String, Lesson> built = new LinkedHashMap<>();
    private final PauseTransition hideNotification = new PauseTransition(Duration.seconds(4));
    private Messages messages;
    private AppContext context;
    private ListView<LessonEntry> sidebar;
    private StackPane lessonHolder;
    private Label lessonTitle;
    private Label lessonSubtitle;
    private NotificationPane notifications;
    private LessonEntry currentEntry;
    private Lesson current;
    private boolean spaceHandled;
    private ModelFiles files;
    private org.trainlab.app.console.ConsoleWindow console;

    public MainWindow(Stage stage, AppPrefs prefs, List<LessonEntry> entries) {
        this(stage, prefs, entries, new DataSets());
    }

    public MainWindow(Stage stage, AppPrefs prefs, List<LessonEntry> entries, DataSets data) {
        this.stage = stage;
        this.prefs = prefs;
        this.entries = List.copyOf(entries);
        this.data = data;
        this.theme = new SimpleObjectProperty<>(prefs.theme());
        theme.get().apply();
        scene = new Scene(new Region(), prefs.width(DEFAULT_WIDTH), prefs.height(DEFAULT_HEIGHT));
        scene.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
        installShortcuts();
        ModelFiles.install(scene, () -> files);
        stage.setScene(scene);
        stage.getIcons().setAll(AppIcons.all());
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        fitOnScreen();
        stage.setOnHidden(e -> close());
        theme.addListener((obs, old, now) -> {
            now.apply();
            prefs.setTheme(now);
        });
        build(prefs.language(), prefs.lastLesson(this.entries.get(0).id()));
    }

    /** Builds the window's content and its lessons in a language, showing the lesson with this id. */
    private void build(Locale language, String lessonId) {
        if (console != null) {
            console.stage().close(); // its words were in the old language; it opens again in the new one
            console = null;
        }
        messages = new Messages(language);
        ChartText.set(messages);
        Locale.setDefault(Locale.Category.DISPLAY, messages.locale());
        lessonHolder = new StackPane();
        lessonTitle = new Label();
        lessonSubtitle = new Label();
        VBox lessonPane = new VBox(lessonHeader(), lessonHolder);
        VBox.setVgrow(lessonHolder, Priority.ALWAYS);
        notifications = new NotificationPane(lessonPane);
        notifications.getStyleClass().add(NotificationPane.STYLE_CLASS_DARK);
        notifications.setShowFromTop(false);
        hideNotification.setOnFinished(e -> notifications.hide());
        context = new AppContext(data, nets, theme, messages, prefs, this::showNotification);
        files = new ModelFiles(new ModelFiles.Host() {
            @Override
            public Lesson current() {
                return current;
            }

            @Override
            public List<LessonEntry> entries() {
                return entries;
            }

            @Override
            public Lesson lesson(String id) {
                return built.computeIfAbsent(id, k -> entry(id).create().apply(context));
            }

            @Override
            public void select(String id) {
                MainWindow.this.select(id);
            }

            @Override
            public javafx.stage.Window window() {
                return stage;
            }
        }, messages, prefs, this::showNotification);

        BorderPane main = new BorderPane(notifications);
        main.setLeft(sidebar());
        BorderPane root = new BorderPane(main);
        root.setTop(menuBar());
        scene.setRoot(root);
        currentEntry = null;
        current = null;
        String id = entries.stream().anyMatch(e -> e.id().equals(lessonId)) ? lessonId : entries.get(0).id();
        select(id);
    }

    public void show() {
        stage.show();
    }

    public AppContext context() {
        return context;
    }

    public Messages messages() {
        return messages;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** The lesson on screen. */
    public Lesson current() {
        return current;
    }

    /** Saving, opening and exporting models (the File menu's model items, drag and drop). */
    public ModelFiles files() {
        return files;
    }

    public LessonEntry currentEntry() {
        return currentEntry;
    }

    /** The entry with this id, or null. */
    public LessonEntry entry(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }

    /** Shows the lesson with this id; the one before it pauses and keeps its runs. */
    public void select(String id) {
        LessonEntry entry = entry(id);
        if (entry == null) {
            throw new IllegalArgumentException("no lesson '" + id + "'");
        }
        if (entry == currentEntry) {
            return;
        }
        if (current != null) {
            current.deactivate();
        }
        currentEntry = entry;
        current = built.computeIfAbsent(id, k -> entry.create().apply(context));
        lessonHolder.getChildren().setAll(current.view());
        lessonTitle.setText(entry.title(messages));
        lessonSubtitle.setText(entry.subtitle(messages));
        stage.setTitle("TrainLab — " + entry.title(messages));
        if (sidebar.getSelectionModel().getSelectedItem() != entry) {
            sidebar.getSelectionModel().select(entry);
        }
        prefs.setLastLesson(id);
        current.activate();
    }

    /** Speaks another language from now on (remembered): the lessons are built again in it. */
    public void setLanguage(Locale language) {
        Locale next = Messages.supported(language);
        prefs.setLanguage(next);
        if (next.equals(messages.locale())) {
            return;
        }
        String id = currentEntry == null ? entries.get(0).id() : currentEntry.id();
        closeLessons();
        build(next, id);
    }

    /** Ends every lesson's runs and remembers the window; safe to call twice. */
    public void close() {
        closeLessons();
        if (stage.getWidth() > 0 && stage.getHeight() > 0 && !stage.isMaximized()) {
            prefs.setSize(stage.getScene().getWidth(), stage.getScene().getHeight());
        }
        prefs.flush();
    }

    private void closeLessons() {
        for (Lesson l : built.values()) {
            l.deactivate();
            l.close();
        }
        built.clear();
        current = null;
        currentEntry = null;
    }

    private void showNotification(String message) {
        notifications.setText(message);
        notifications.show();
        wrapNotification(message);
        // long messages stay longer: four seconds, and a second more for every 60 characters beyond 60
        hideNotification.setDuration(Duration.seconds(4 + Math.max(0, message.length() - 60) / 60.0));
        hideNotification.playFromStart();
    }

    /**
     * The notification bar sizes itself for one line; a long message wraps within the window's width and
     * the bar grows to show all of it (its label is made by the bar's skin, so it is found by its text).
     */
    private void wrapNotification(String message) {
        for (Node n : notifications.lookupAll(".label")) {
            if (n instanceof Label l && message.equals(l.getText())) {
                double room = Math.max(200, notifications.getWidth() - 140);
                l.setWrapText(true);
                l.setPrefWidth(Region.USE_COMPUTED_SIZE);
                l.setMinHeight(Region.USE_COMPUTED_SIZE);
                l.setMaxWidth(room);
                l.setPrefWidth(Math.min(room, l.prefWidth(-1)));
                l.setMinHeight(l.prefHeight(room));
                notifications.requestLayout();
            }
        }
    }

    private Node menuBar() {
        MenuItem quit = new MenuItem(messages.text("menu.quit"));
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> stage.close());
        MenuItem picture = new MenuItem(messages.text("menu.savePicture"));
        picture.setId("menu-save-picture");
        picture.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        picture.setOnAction(e -> savePicture());
        Menu file = new Menu(messages.text("menu.file"));
        file.getItems().addAll(files.menuItems());
        file.getItems().addAll(picture, new SeparatorMenuItem(), quit);
        file.setOnShowing(e -> files.menuShowing(file.getItems()));

        CheckMenuItem dark = new CheckMenuItem(messages.text("menu.dark"));
        dark.setSelected(theme.get() == Theme.DARK);
        dark.setAccelerator(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN));
        dark.selectedProperty().addListener((obs, old, now) -> theme.set(now ? Theme.DARK : Theme.LIGHT));
        theme.addListener((obs, old, now) -> dark.setSelected(now == Theme.DARK));
        Menu language = new Menu(messages.text("menu.language"));
        ToggleGroup languages = new ToggleGroup();
        for (Locale l : Messages.LANGUAGES) {
            RadioMenuItem item = new RadioMenuItem(l.getLanguage().equals("zh") ? "简体中文" : "English");
            item.setToggleGroup(languages);
            item.setSelected(l.equals(messages.locale()));
            item.setOnAction(e -> Platform.runLater(() -> setLanguage(l)));
            language.getItems().add(item);
        }
        Menu lessons = new Menu(messages.text("menu.lessons"));
        for (int i = 0; i < entries.size(); i++) {
            LessonEntry entry = entries.get(i);
            MenuItem item = new MenuItem(entry.title(messages));
            if (i < 9) {
                item.setAccelerator(new KeyCodeCombination(KeyCode.valueOf("DIGIT" + (i + 1)),
                        KeyCombination.SHORTCUT_DOWN));
            }
            item.setOnAction(e -> select(entry.id()));
            lessons.getItems().add(item);
        }
        CheckMenuItem fullScreen = new CheckMenuItem(messages.text("menu.fullScreen"));
        fullScreen.setAccelerator(new KeyCodeCombination(KeyCode.F11));
        fullScreen.setSelected(stage.isFullScreen());
        fullScreen.setOnAction(e -> stage.setFullScreen(fullScreen.isSelected()));
        stage.fullScreenProperty().addListener((obs, was, is) -> fullScreen.setSelected(is));
        MenuItem consoleItem = new MenuItem(messages.text("menu.console"));
        consoleItem.setId("menu-console");
        consoleItem.setAccelerator(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        consoleItem.setOnAction(e -> openConsole());
        Menu view = new Menu(messages.text("menu.view"), null, dark, language, new SeparatorMenuItem(), fullScreen,
                new SeparatorMenuItem(), consoleItem);

        MenuItem notes = new MenuItem(messages.text("menu.lessonNotes"));
        notes.setId("menu-lesson-notes");
        notes.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        notes.setOnAction(e -> openNotes());
        MenuItem keys = new MenuItem(messages.text("menu.keys"));
        keys.setOnAction(e -> info(messages.text("menu.keys"), messages.text("help.keys")));
        MenuItem about = new MenuItem(messages.text("menu.about"));
        about.setOnAction(e -> AboutDialog.create(stage, messages, appVersion()).show());
        Menu help = new Menu(messages.text("menu.help"), null, notes, keys, new SeparatorMenuItem(), about);
        MenuBar bar = new MenuBar(file, lessons, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    /** Opens the PyTorch console's window (one for the whole app, kept between openings). */
    public org.trainlab.app.console.ConsoleWindow openConsole() {
        if (console == null) {
            console = new org.trainlab.app.console.ConsoleWindow(stage, messages);
        }
        console.show();
        return console;
    }

    /** Opens the current lesson's notes (every lesson page has them) and scrolls them into view. */
    void openNotes() {
        if (current != null && current.view().lookup(".notes-pane") instanceof javafx.scene.control.TitledPane notes) {
            notes.setExpanded(true);
            notes.requestFocus();
        }
    }

    /** Saves a picture of the lesson on screen, as it looks, to a PNG file the user picks. */
    private void savePicture() {
        if (current == null) {
            return;
        }
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(messages.text("menu.savePicture"));
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(
                messages.text("chart.pngFilter"), "*.png"));
        chooser.setInitialFileName("trainlab-" + currentEntry.id() + ".png");
        java.io.File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        try {
            org.trainlab.app.chart.Png.write(current.view().snapshot(null, null), file.toPath());
            showNotification(messages.format("menu.savePicture.done", file.getName()));
        } catch (java.io.IOException | RuntimeException e) {
            showNotification(messages.format("menu.savePicture.failed", file.getName(), e.getMessage()));
        }
    }

    /** The version from the jar's manifest, or "dev" when run from classes. */
    private static String appVersion() {
        String v = MainWindow.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    private void info(String title, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text);
        a.setTitle(title);
        a.setHeaderText(title);
        a.initOwner(stage);
        a.show();
    }

    private Node lessonHeader() {
        lessonTitle.getStyleClass().add(Styles.TITLE_3);
        lessonTitle.setId("lesson-title");
        lessonTitle.setMinWidth(Region.USE_PREF_SIZE);
        lessonSubtitle.getStyleClass().add(Styles.TEXT_MUTED);
        lessonSubtitle.setMinWidth(0);
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

        sidebar = new ListView<>();
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

        ToggleSwitch dark = new ToggleSwitch(messages.text("menu.dark"));
        dark.setId("dark-theme");
        dark.setSelected(theme.get() == Theme.DARK);
        dark.selectedProperty().addListener((obs, old, now) -> theme.set(now ? Theme.DARK : Theme.LIGHT));
        theme.addListener((obs, old, now) -> dark.setSelected(now == Theme.DARK));
        Label keys = new Label(messages.format("sidebar.keys", entries.size()));
        keys.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        keys.setWrapText(true);
        VBox bottom = new VBox(10, dark, keys);
        bottom.setPadding(new Insets(12));

        VBox side = new VBox(brand, sidebar, bottom);
        side.getStyleClass().add("sidebar");
        // narrower on a small window, so the lesson keeps its room
        side.prefWidthProperty().bind(javafx.beans.binding.Bindings.when(scene.widthProperty().lessThan(1100))
                .then(200).otherwise(250));
        side.setMinWidth(200);
        return side;
    }

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    private void installShortcuts() {
        // A filter, so Space means play/pause even when a button has the focus. Text fields keep their keys;
        // a number field takes only a number's characters, so there Space, S and R commit it and act.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e) && current != null && !takesText(scene.getFocusOwner())) {
                if (current.handle(Shortcut.UNDO)) {
                    e.consume();
                }
                return;
            }
            if (e.isShortcutDown() || e.isAltDown() || e.isControlDown() || e.isMetaDown()) {
                return;
            }
            Shortcut s = switch (e.getCode()) {
                case SPACE -> Shortcut.PLAY_PAUSE;
                case S -> Shortcut.STEP;
                case R -> Shortcut.RESET;
                default -> null;
            };
            if (s == null || current == null) {
                return;
            }
            Node focus = scene.getFocusOwner();
            if (focus instanceof TextInputControl t && t.getStyleClass().contains(NumberField.STYLE_CLASS)) {
                if (t.getParent() instanceof NumberField f) {
                    f.commitText();
                }
                current.view().requestFocus();
            } else if (takesText(focus)) {
                return;
            }
            if (current.handle(s)) {
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

    /**
     * Whether keys typed now are text: a text field, an editable combo box (which owns its field), or another
     * control that says it is a text area (the Build lesson's code editor).
     */
    private static boolean takesText(Node focus) {
        return focus instanceof TextInputControl || focus instanceof ComboBoxBase<?> c && c.isEditable()
                || focus != null && focus.getAccessibleRole() == javafx.scene.AccessibleRole.TEXT_AREA;
    }

    private void fitOnScreen() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        if (scene.getWidth() > screen.getWidth() || scene.getHeight() > screen.getHeight()) {
            stage.setWidth(Math.min(scene.getWidth(), screen.getWidth()));
            stage.setHeight(Math.min(scene.getHeight(), screen.getHeight()));
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
            keys.setMinWidth(Region.USE_PREF_SIZE);
            keys.visibleProperty().bind(sidebar.widthProperty().greaterThan(230)); // room for the name first
            keys.managedProperty().bind(keys.visibleProperty());
            icon.getStyleClass().add("lesson-icon");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox top = new HBox(title, gap, keys);
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
            title.setText(item.title(messages));
            subtitle.setText(item.subtitle(messages));
            int index = entries.indexOf(item);
            keys.setText(index < 9 ? "Ctrl+" + (index + 1) : "");
            setGraphic(box);
        }
    }
}
