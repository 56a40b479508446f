package org.trainlab.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Positioned reads from a file or an array, so the safetensors reader never holds more than it needs. */
interface ByteSource {
    long size() throws IOException;

    /** Fills {@code dst} from {@code position}; false if the source ended first. */
    boolean readFully(long position, ByteBuffer dst) throws IOException;

    static ByteSource of(FileChannel channel) {
        return new ByteSource() {
            @Override
            public long size() throws IOException {
                return channel.size();
            }

            @Override
            public boolean readFully(long position, ByteBuffer dst) throws IOException {
                long at = position;
                while (dst.hasRemaining()) {
                    int n = channel.read(dst, at);
                    if (n < 0) {
                        return false;
                    }
                    at += n;
                }
                return true;
            }
        };
    }

    static ByteSource of(byte[] bytes) {
        return new ByteSource() {
            @Override
            public long size() {
                return bytes.length;
            }

            @Override
            public boolean readFully(long position, ByteBuffer dst) {
                if (position > bytes.length - dst.remaining()) {
                    return false;
                }
                dst.put(bytes, (int) position, dst.remaining());
                return true;
            }
        };
    }
}
