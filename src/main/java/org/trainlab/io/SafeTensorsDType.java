package org.trainlab.io;

import java.nio.ByteBuffer;
import org.trainlab.tensor.DType;

/**
 * The safetensors dtypes TrainLab reads, with their size in bytes and how one element becomes a float.
 * Floating types load as float32 (F64 rounds to nearest, F16 and BF16 widen exactly); integer and bool
 * types load as int64-valued tensors, whose float storage holds whole numbers exactly up to 2^24 (larger
 * ones round to the nearest float). TrainLab writes only F32 and I64.
 */
enum SafeTensorsDType {
    F32(4, DType.FLOAT32),
    F64(8, DType.FLOAT32),
    F16(2, DType.FLOAT32),
    BF16(2, DType.FLOAT32),
    I64(8, DType.INT64),
    I32(4, DType.INT64),
    I16(2, DType.INT64),
    I8(1, DType.INT64),
    U8(1, DType.INT64),
    BOOL(1, DType.INT64);

    final int size;
    final DType loadsAs;

    SafeTensorsDType(int size, DType loadsAs) {
        this.size = size;
        this.loadsAs = loadsAs;
    }

    /** The dtype named in a header, or null when TrainLab cannot read it (F8_E4M3, U16, C64, typos...). */
    static SafeTensorsDType parse(String name) {
        for (SafeTensorsDType t : values()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }

    static SafeTensorsDType writtenFor(DType dtype) {
        return dtype == DType.INT64 ? I64 : F32;
    }

    /** Reads the next element from a little-endian buffer. */
    float decode(ByteBuffer in) {
        return switch (this) {
            case F32 -> in.getFloat();
            case F64 -> (float) in.getDouble();
            case F16 -> Float.float16ToFloat(in.getShort());
            case BF16 -> Float.intBitsToFloat((in.getShort() & 0xFFFF) << 16);
            case I64 -> in.getLong();
            case I32 -> in.getInt();
            case I16 -> in.getShort();
            case I8 -> in.get();
            case U8 -> in.get() & 0xFF;
            case BOOL -> in.get() != 0 ? 1f : 0f;
        };
    }

    /** Writes one element (only F32 and I64 are ever written). */
    void encode(float value, ByteBuffer out) {
        switch (this) {
            case F32 -> out.putFloat(value);
            case I64 -> out.putLong((long) value);
            default -> throw new IllegalStateException("TrainLab writes only F32 and I64, not " + this);
        }
    }
}
