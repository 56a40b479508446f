package org.trainlab.console;

/** {@code start:stop:step} inside brackets; null parts are left out. */
record PySlice(Long start, Long stop, Long step) {
    /** Python's slice.indices(length): {start, stop, step, count}. */
    long[] indices(long length) {
        long st = step == null ? 1 : step;
        if (st == 0) {
            throw PyError.value("slice step cannot be zero");
        }
        long lo;
        long hi;
        if (st > 0) {
            lo = start == null ? 0 : clamp(start, length, 0, length);
            hi = stop == null ? length : clamp(stop, length, 0, length);
        } else {
            lo = start == null ? length - 1 : clamp(start, length, -1, length - 1);
            hi = stop == null ? -1 : clamp(stop, length, -1, length - 1);
        }
        long count = st > 0 ? (hi > lo ? (hi - lo + st - 1) / st : 0) : (lo > hi ? (lo - hi - st - 1) / -st : 0);
        return new long[] {lo, hi, st, count};
    }

    private static long clamp(long i, long length, long min, long max) {
        if (i < 0) {
            i += length;
        }
        return Math.max(min, Math.min(max, i));
    }
}
