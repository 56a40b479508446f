package org.trainlab.app.chart;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.effect.BlurType;
import javafx.scene.effect.InnerShadow;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;

/**
 * What every chart has around its picture: a context menu that saves it as a PNG file, and as a tab stop an
 * image role, its title as accessible text and a visible focus outline.
 */
public final class ChartChrome {
    /** The focus outline: an inner glow, since a chart's opaque canvas would cover a border. */
    public static final InnerShadow FOCUS_GLOW = new InnerShadow(BlurType.GAUSSIAN, Color.web("#0969da"), 8, 0.85,
            0, 0);

    private ChartChrome() {
    }

    /** Gives {@code chart} a "Save as PNG…" context menu (returned, for more items). */
    static ContextMenu saveMenu(Region chart, String title) {
        ContextMenu menu = new ContextMenu();
        MenuItem save = new MenuItem(ChartText.get().text("chart.savePng"));
        save.setOnAction(e -> chooseAndSave(chart, title));
        menu.getItems().add(save);
        chart.setOnContextMenuRequested(e -> menu.show(chart, e.getScreenX(), e.getScreenY()));
        return menu;
    }

    /** Makes {@code chart} a tab stop named {@code title}, with the focus outline. */
    public static void focusable(Region chart, String title) {
        if (chart.getAccessibleText() == null) {
            chart.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
            chart.setAccessibleText(title);
        }
        chart.setFocusTraversable(true);
        chart.focusedProperty().addListener((obs, was, is) -> chart.setEffect(is ? FOCUS_GLOW : null));
    }

    /** Writes the node as it is now, pixel for pixel. */
    static void write(Node chart, Path file) throws IOException {
        Png.write(chart.snapshot(null, null), file);
    }

    /** Asks where, proposing a name made from the chart's title, and writes the picture there. */
    static void chooseAndSave(Node chart, String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ChartText.get().format("chart.savePng.title", title));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ChartText.get().text("chart.pngFilter"),
                "*.png"));
        String base = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        chooser.setInitialFileName((base.isEmpty() ? "chart" : base) + ".png");
        File file = chooser.showSaveDialog(chart.getScene().getWindow());
        if (file != null) {
            try {
                write(chart, file.toPath());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
