package org.trainlab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.AbstractMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trainlab.tensor.Tensor;

/** A write that fails halfway leaves the previous model byte for byte, and no temporary file. */
class AtomicWriteTest {
    @TempDir
    Path dir;
    Path model;
    byte[] previous;

    @BeforeEach
    void writeAGoodModel() throws IOException {
        model = dir.resolve("model.safetensors");
        SafeTensors.write(model, SafeTensorsTest.ranksZeroToThree(), Map.of("format", "pt"));
        previous = Files.readAllBytes(model);
    }

    private void assertPreviousModelIntact() throws IOException {
        assertArrayEquals(previous, Files.readAllBytes(model), "the previous file is unchanged");
        try (var listing = Files.list(dir)) {
            assertEquals(List.of(model), listing.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void aDiskThatFillsUpMidwayLeavesThePreviousFile() throws IOException {
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(model, out -> {
            out.write(new byte[200_000]);
            throw new IOException("No space left on device");
        }));
        assertEquals("No space left on device", e.getMessage());
        assertPreviousModelIntact();
    }

    /** Map entries that hand out their tensor once (for the header), then fail while the data is written. */
    private static Map<String, Tensor> failsWhileWritingData() {
        return new AbstractMap<>() {
            @Override
            public Set<Entry<String, Tensor>> entrySet() {
                return Set.of(new SimpleEntry<>("w", Tensor.ones(1000, 100)) {
                    private int reads;

                    @Override
                    public Tensor getValue() {
                        if (++reads > 1) {
                            throw new IllegalStateException("tensor storage went away");
                        }
                        return super.getValue();
                    }
                });
            }
        };
    }

    @Test
    void aTensorMapThatFailsMidwayLeavesThePreviousFile() throws IOException {
        assertThrows(IllegalStateException.class, () -> SafeTensors.write(model, failsWhileWritingData(), Map.of()));
        assertPreviousModelIntact();
    }

    @Test
    void aTensorMapWhoseIterationThrowsLeavesThePreviousFile() throws IOException {
        Map<String, Tensor> broken = new AbstractMap<>() {
            @Override
            public Set<Entry<String, Tensor>> entrySet() {
                return new java.util.AbstractSet<>() {
                    @Override
                    public Iterator<Entry<String, Tensor>> iterator() {
                        return new Iterator<>() {
                            private int i;

                            @Override
                            public boolean hasNext() {
                                return true;
                            }

                            @Override
                            public Entry<String, Tensor> next() {
                                if (i++ == 3) {
                                    throw new java.util.ConcurrentModificationException();
                                }
                                return Map.entry("t" + i, Tensor.ones(10));
                            }
                        };
                    }

                    @Override
                    public int size() {
                        return 10;
                    }
                };
            }
        };
        assertThrows(java.util.ConcurrentModificationException.class, () -> SafeTensors.write(model, broken, Map.of()));
        assertPreviousModelIntact();
    }

    @Test
    void aRejectedTensorNameLeavesThePreviousFile() throws IOException {
        assertThrows(IllegalArgumentException.class,
                () -> SafeTensors.write(model, Map.of("__metadata__", Tensor.ones(2)), Map.of()));
        assertPreviousModelIntact();
    }

    @Test
    void aReadOnlyDirectoryLeavesThePreviousFile() throws IOException {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Path probe = dir.resolve("probe");
            try {
                Files.createFile(probe);
                Files.delete(probe);
                Assumptions.abort("this user (root?) can write to a read-only directory");
            } catch (AccessDeniedException expected) {
                // permissions are enforced: go on
            }
            assertThrows(AccessDeniedException.class,
                    () -> SafeTensors.write(model, Map.of("w", Tensor.ones(2)), Map.of()));
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertPreviousModelIntact();
    }

    /** The last step fails (the target is a non-empty directory): everything was written, nothing is left. */
    @Test
    void aFailedRenameRemovesTheTemporaryFile() throws IOException {
        Path occupied = dir.resolve("occupied");
        Files.createDirectory(occupied);
        Files.move(model, occupied.resolve("model.safetensors"));
        assertThrows(IOException.class, () -> SafeTensors.write(occupied, Map.of("w", Tensor.ones(100, 100))));
        try (var listing = Files.list(dir)) {
            assertEquals(List.of(occupied), listing.toList(), "no temporary file is left behind");
        }
        assertArrayEquals(previous, Files.readAllBytes(occupied.resolve("model.safetensors")));
    }

    @Test
    void aMissingDirectoryCreatesNothing() {
        Path elsewhere = dir.resolve("no-such-dir").resolve("model.safetensors");
        assertThrows(NoSuchFileException.class, () -> SafeTensors.write(elsewhere, Map.of("w", Tensor.ones(2))));
        assertFalse(Files.exists(elsewhere.getParent()));
    }

    @Test
    void aNewFileIsReadableByOthersAndAReplacedOneKeepsItsPermissions() throws IOException {
        Path fresh = dir.resolve("fresh.safetensors");
        SafeTensors.write(fresh, Map.of("w", Tensor.ones(2)));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));

        Files.setPosixFilePermissions(model, PosixFilePermissions.fromString("rw-------"));
        SafeTensors.write(model, Map.of("w", Tensor.ones(2)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(model)));
    }
}
