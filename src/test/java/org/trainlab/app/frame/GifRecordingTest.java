package org.trainlab.app.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trainlab.app.AppFixture.fx;
import static org.trainlab.app.AppFixture.onFx;
import static org.trainlab.app.AppFixture.waitFor;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trainlab.app.Lesson;
import org.trainlab.app.LessonEntry;
import org.trainlab.app.WindowTest;

/** The Record button: on every training lesson's toolbar, and a recording that reads back as a looping GIF. */
class GifRecordingTest extends WindowTest {
    @TempDir
    Path dir;

    @Test
    void everyTrainingLessonHasTheRecordButtonOnItsToolbar() {
        int training = 0;
        for (LessonEntry entry : lessons) {
            app.select(entry.id());
            Lesson lesson = fx(() -> app.window().current());
            if (lesson instanceof TabbedLesson tabs) {
                lesson = fx(tabs::selected);
            }
            if (lesson instanceof TrainingLesson<?> t) {
                training++;
                assertTrue(fx(() -> t.toolbar().getItems().contains(t.recording().view())), entry.id());
                assertNotNull(fx(() -> t.recording().view().lookup("#record")), entry.id());
            }
        }
        assertTrue(training >= 3, "training lessons seen: " + training);
    }

    @Test
    void aRecordingOfTrainingReadsBackAsALoopingGifOfTheChartsWithAtLeastTenFrames() throws Exception {
        app.select("regression");
        TrainingLesson<?> lesson = fx(() -> (TrainingLesson<?>) app.window().current());
        GifRecording recording = lesson.recording();
        onFx(() -> {
            recording.start();
            lesson.toolbar().setSpeedIndex(0);
            lesson.playPause();
        });
        assertTrue(fx(recording::recording));
        waitFor("12 frames recorded", () -> {
            if (lesson.live().latest().state() == org.trainlab.lab.RunState.FINISHED) {
                lesson.playPause(); // Play on a finished run goes on training
            }
            return recording.frames() >= 12;
        });
        Path gif = dir.resolve("regression.gif");
        int frames = fx(() -> recording.stop(gif)).get(30, TimeUnit.SECONDS);
        waitFor("the button is back", () -> !recording.recording() && recording.view().lookup("#recordProgress") == null);
        assertTrue(frames >= 12, "frames " + frames);

        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals("gif", reader.getFormatName().toLowerCase());
            assertEquals(frames, reader.getNumImages(true));
            BufferedImage first = reader.read(0);
            BufferedImage last = reader.read(frames - 1);
            assertTrue(first.getWidth() <= GifRecording.MAX_WIDTH && first.getWidth() > 100, "width " + first.getWidth());
            assertEquals(first.getWidth(), last.getWidth());
            assertFalse(samePixels(first, last), "the charts move while training");
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            IIOMetadataNode control = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
            assertEquals("10", control.getAttribute("delayTime"));
            IIOMetadataNode loop = (IIOMetadataNode) root.getElementsByTagName("ApplicationExtension").item(0);
            assertEquals("NETSCAPE", loop.getAttribute("applicationID"));
        }
    }

    @Test
    void cancellingWritesNothingAndTheButtonRecordsAgain() throws Exception {
        app.select("classification");
        TrainingLesson<?> lesson = fx(() -> (TrainingLesson<?>) app.window().current());
        GifRecording recording = lesson.recording();
        onFx(() -> {
            recording.start();
            lesson.playPause();
        });
        waitFor("3 frames recorded", () -> recording.frames() >= 3);
        Path gif = dir.resolve("cancelled.gif");
        var writing = fx(() -> recording.stop(gif));
        onFx(recording::cancel);
        try {
            writing.get(30, TimeUnit.SECONDS);
            // the writer may have finished before Cancel came: then the file is whole
            assertTrue(Files.size(gif) > 0);
        } catch (ExecutionException e) {
            assertTrue(e.getCause() instanceof java.util.concurrent.CancellationException, e.toString());
            assertFalse(Files.exists(gif));
        }
        waitFor("idle again", () -> !recording.recording() && recording.frames() == 0);
        onFx(recording::start);
        assertTrue(fx(recording::recording));
        onFx(recording::cancel);
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) throws IOException {
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }
}
