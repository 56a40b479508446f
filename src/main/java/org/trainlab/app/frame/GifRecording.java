package org.trainlab.app.frame;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.trainlab.app.Messages;

/**
 * The toolbar's Record button: while it records, the lesson's charts are captured at most
 * {@link #FRAMES_PER_SECOND} times a second, whenever a new snapshot was drawn, scaled to at most
 * {@link #MAX_WIDTH} pixels wide, and written to an animated GIF as they come ({@link AnimatedGif}). Stop
 * asks where to save it, then shows the writing's progress with a Cancel button. At most
 * {@link #MAX_FRAMES} frames are kept; past that it says so and waits for Stop.
 */
public final class GifRecording {
    static final int FRAMES_PER_SECOND = 10;
    static final int MAX_WIDTH = 640;
    static final int MAX_FRAMES = 60 * FRAMES_PER_SECOND;
    private static final long FRAME_NANOS = 1_000_000_000L / FRAMES_PER_SECOND;

    private final Node charts;
    private final Messages messages;
    private final java.util.function.Consumer<String> notifier;
    private final String name;
    private final Button record = new Button();
    private final ProgressBar progress = new ProgressBar(0);
    private final Button cancel;
    private final HBox view;
    private AnimatedGif gif;
    private boolean full;
    private long lastCapture;
    private int width;
    private int height;
    private AnimationTimer progressTimer;

    /**
     * @param charts what is recorded
     * @param name the lesson's id, the file name offered
     * @param notifier tells the user how it went
     */
    public GifRecording(Node charts, String name, Messages messages, java.util.function.Consumer<String> notifier) {
        this.charts = charts;
        this.name = name;
        this.messages = messages;
        this.notifier = notifier;
        record.setId("record");
        record.setTooltip(new Tooltip(messages.text("gif.record.tip")));
        record.setOnAction(e -> {
            if (recording()) {
                stopAndSave();
            } else {
                start();
            }
        });
        cancel = new Button(messages.text("gif.cancel"), new FontIcon(MaterialDesignC.CLOSE));
        cancel.setId("recordCancel");
        cancel.setOnAction(e -> cancel());
        progress.setId("recordProgress");
        progress.setPrefWidth(90);
        progress.setAccessibleText(messages.text("gif.writing"));
        view = new HBox(6, record);
        view.setAlignment(Pos.CENTER_LEFT);
        showIdle();
    }

    /** The button (and, while a GIF is written, its progress and Cancel), for the toolbar. */
    public Node view() {
        return view;
    }

    public boolean recording() {
        return gif != null && progressTimer == null;
    }

    /** Frames captured so far in this recording. */
    public int frames() {
        return gif == null ? 0 : gif.queued();
    }

    /** Starts recording; the next drawn snapshot is the first frame. */
    public void start() {
        if (gif != null) {
            return;
        }
        try {
            gif = new AnimatedGif(100 / FRAMES_PER_SECOND);
        } catch (IOException e) {
            notifier.accept(messages.format("gif.failed", e.getMessage()));
            return;
        }
        full = false;
        width = 0;
        lastCapture = 0;
        record.setText(messages.text("gif.stop"));
        record.setGraphic(new FontIcon(MaterialDesignS.STOP));
        if (!record.getStyleClass().contains("recording")) {
            record.getStyleClass().add("recording");
        }
    }

    /** Called after the charts drew a new snapshot: captures a frame when one is due. */
    public void drawn() {
        if (!recording() || full) {
            return;
        }
        long now = System.nanoTime();
        if (lastCapture != 0 && now - lastCapture < FRAME_NANOS) {
            return;
        }
        if (gif.queued() >= MAX_FRAMES) {
            full = true;
            notifier.accept(messages.format("gif.full", MAX_FRAMES / FRAMES_PER_SECOND));
            return;
        }
        lastCapture = now;
        BufferedImage frame = capture();
        if (frame != null) {
            gif.add(frame);
        }
    }

    /** The charts as they are on screen, scaled to the recording's size (fixed by its first frame). */
    private BufferedImage capture() {
        double w = charts.getLayoutBounds().getWidth();
        double h = charts.getLayoutBounds().getHeight();
        if (!(w >= 1 && h >= 1)) {
            return null;
        }
        if (width == 0) {
            double s = Math.min(1, MAX_WIDTH / w);
            width = Math.max(1, (int) Math.round(w * s));
            height = Math.max(1, (int) Math.round(h * s));
        }
        double scale = Math.min(width / w, height / h);
        SnapshotParameters p = new SnapshotParameters();
        p.setTransform(Transform.scale(scale, scale));
        p.setFill(Color.WHITE);
        WritableImage image = charts.snapshot(p, new WritableImage(width, height));
        int[] argb = new int[width * height];
        int iw = Math.min(width, (int) image.getWidth());
        int ih = Math.min(height, (int) image.getHeight());
        image.getPixelReader().getPixels(0, 0, iw, ih, PixelFormat.getIntArgbInstance(), argb, 0, width);
        BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        frame.setRGB(0, 0, width, height, argb, 0, width);
        return frame;
    }

    /** Stops recording and writes the GIF to {@code target}; completes with the number of frames. */
    public CompletableFuture<Integer> stop(Path target) {
        if (!recording()) {
            return CompletableFuture.failedFuture(new IllegalStateException("not recording"));
        }
        AnimatedGif writing = gif;
        showWriting(writing);
        CompletableFuture<Integer> done = writing.finish(target);
        done.whenComplete((frames, error) -> Platform.runLater(() -> {
            if (gif == writing) {
                gif = null;
                showIdle();
            }
            if (error == null) {
                notifier.accept(messages.format("gif.saved", target.getFileName(), frames));
            } else if (cause(error) instanceof CancellationException) {
                notifier.accept(messages.text("gif.cancelled"));
            } else {
                notifier.accept(messages.format("gif.failed", cause(error).getMessage()));
            }
        }));
        return done;
    }

    /** Stops recording or writing and throws the recording away. */
    public void cancel() {
        if (gif == null) {
            return;
        }
        AnimatedGif dropped = gif;
        boolean writing = progressTimer != null;
        dropped.cancel();
        if (!writing) {
            gif = null;
            showIdle();
        }
    }

    private void stopAndSave() {
        if (gif.queued() == 0) {
            cancel();
            notifier.accept(messages.text("gif.empty"));
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("gif.save.title"));
        chooser.setInitialFileName(name + ".gif");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.text("gif.filter"), "*.gif"));
        java.io.File file = chooser.showSaveDialog(record.getScene() == null ? null : record.getScene().getWindow());
        if (file == null) {
            cancel();
            notifier.accept(messages.text("gif.cancelled"));
            return;
        }
        Path target = file.toPath();
        stop(target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gif")
                ? target : target.resolveSibling(target.getFileName() + ".gif"));
    }

    private void showWriting(AnimatedGif writing) {
        record.setDisable(true);
        view.getChildren().setAll(record, progress, cancel);
        progressTimer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                progress.setProgress(writing.queued() == 0 ? 1 : writing.written() / (double) writing.queued());
            }
        };
        progressTimer.start();
    }

    private void showIdle() {
        if (progressTimer != null) {
            progressTimer.stop();
            progressTimer = null;
        }
        record.setDisable(false);
        record.setText(messages.text("gif.record"));
        record.setGraphic(new FontIcon(MaterialDesignR.RECORD_CIRCLE_OUTLINE));
        record.getStyleClass().remove("recording");
        view.getChildren().setAll(record);
    }

    private static Throwable cause(Throwable e) {
        Throwable c = e;
        while ((c instanceof CompletionException || c instanceof UncheckedIOException) && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }
}
