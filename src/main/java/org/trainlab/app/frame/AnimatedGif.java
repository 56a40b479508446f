package org.trainlab.app.frame;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * An animated GIF written frame by frame with the JDK's own GIF writer (javax.imageio), on a thread of
 * its own into a scratch file, so the frames never pile up in memory and the JavaFX thread never waits:
 * {@link #add} drops a frame rather than queue more than {@link #BACKLOG}. {@link #finish} writes what is
 * queued and copies the file into place; {@link #cancel} stops and deletes it. The animation loops.
 */
final class AnimatedGif implements AutoCloseable {
    /** Frames waiting to be written before {@link #add} drops new ones. */
    static final int BACKLOG = 20;

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "trainlab-gif");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });
    private final Path scratch;
    private final int delayCentiseconds;
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicInteger dropped = new AtomicInteger();
    private volatile boolean cancelled;
    private ImageWriter writer;
    private ImageOutputStream out;
    private IOException failure;

    /** @param delayCentiseconds how long each frame shows (GIF counts in hundredths of a second) */
    AnimatedGif(int delayCentiseconds) throws IOException {
        this.delayCentiseconds = delayCentiseconds;
        this.scratch = Files.createTempFile("trainlab-", ".gif");
    }

    /** Queues a frame; false when it was dropped because the writer is behind. */
    boolean add(BufferedImage frame) {
        if (cancelled || queued.get() - written.get() >= BACKLOG) {
            dropped.incrementAndGet();
            return false;
        }
        queued.incrementAndGet();
        thread.execute(() -> write(frame));
        return true;
    }

    int queued() {
        return queued.get();
    }

    int written() {
        return written.get();
    }

    int dropped() {
        return dropped.get();
    }

    /** Writes the queued frames, ends the file and copies it to {@code target}; completes with the frames written. */
    CompletableFuture<Integer> finish(Path target) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                if (failure != null) {
                    throw failure;
                }
                if (writer == null) {
                    throw new IOException("no frame was recorded");
                }
                writer.endWriteSequence();
                out.close();
                out = null;
                writer.dispose();
                writer = null;
                if (cancelled) {
                    throw new java.util.concurrent.CancellationException();
                }
                // a copy, not a move: the new file gets the user's usual permissions, not the scratch file's
                Files.copy(scratch, target, StandardCopyOption.REPLACE_EXISTING);
                return written.get();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                discard();
            }
        }, thread);
    }

    /** Stops writing and deletes the scratch file; a pending {@link #finish} fails with a cancellation. */
    void cancel() {
        cancelled = true;
        try {
            thread.execute(this::discard);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // finished already: the scratch file is gone
        }
    }

    @Override
    public void close() {
        cancel();
    }

    private void write(BufferedImage frame) {
        if (cancelled || failure != null) {
            written.incrementAndGet();
            return;
        }
        try {
            boolean first = writer == null;
            if (first) {
                Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
                if (!writers.hasNext()) {
                    throw new IOException("this Java runtime has no GIF writer");
                }
                writer = writers.next();
                out = ImageIO.createImageOutputStream(scratch.toFile());
                writer.setOutput(out);
                writer.prepareWriteSequence(null);
            }
            writer.writeToSequence(new IIOImage(frame, null, metadata(frame, first)), null);
        } catch (IOException | RuntimeException e) {
            failure = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        } finally {
            written.incrementAndGet();
        }
    }

    /** Each frame's delay, no disposal, and on the first frame the NETSCAPE2.0 block that makes it loop. */
    private IIOMetadata metadata(BufferedImage frame, boolean first) throws IOException {
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), null);
        String format = metadata.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delayCentiseconds));
        control.setAttribute("transparentColorIndex", "0");
        if (first) {
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0}); // sub-block 1: loop count 0, forever
            child(root, "ApplicationExtensions").appendChild(loop);
        }
        metadata.setFromTree(format, root);
        return metadata;
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }

    private void discard() {
        try {
            if (writer != null) {
                writer.dispose();
                writer = null;
            }
            if (out != null) {
                out.close();
                out = null;
            }
        } catch (IOException e) {
            // closing a scratch file we are about to delete
        }
        try {
            Files.deleteIfExists(scratch);
        } catch (IOException e) {
            // a scratch file in the temp folder; nothing to tell the user
        }
        thread.shutdown();
    }
}
