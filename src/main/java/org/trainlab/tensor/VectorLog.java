package org.trainlab.tensor;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Natural log of floats in SIMD from exact IEEE operations only, for the same reason as
 * {@link VectorExp}: the Vector API's own {@code LOG} may differ in its last bits between compiled and
 * interpreted code. Cephes' logf (within 2 ulp): x = m·2^e with m in [√½, √2), a degree-8 polynomial
 * for log(m), and e·ln 2 added in two parts. Zero, negatives, infinity, NaN and subnormals follow
 * Math.log. Lanes past the last whole vector use the same formula in scalar code.
 */
final class VectorLog {
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    private static final int L = F.length();
    private static final float SQRT_HALF = 0.707106781186547524f;
    private static final float LN2_HIGH = 0.693359375f;
    private static final float LN2_LOW = -2.12194440e-4f;
    /** 2^25, to bring a subnormal into the normal range first. */
    private static final float SUBNORMAL_SCALE = 33554432f;

    private VectorLog() {
    }

    /** dst[i] = log(src[i]) for i < n. */
    static void log(float[] src, float[] dst, int n) {
        int i = 0;
        for (int full = n - n % L; i < full; i += L) {
            FloatVector x = FloatVector.fromArray(F, src, i);
            VectorMask<Float> subnormal = x.compare(VectorOperators.LT, Float.MIN_NORMAL);
            FloatVector scaled = x.blend(x.mul(SUBNORMAL_SCALE), subnormal);
            IntVector bits = (IntVector) scaled.viewAsIntegralLanes();
            // m in [0.5, 1) and its exponent e
            FloatVector m = (FloatVector) bits.and(0x007FFFFF).or(0x3F000000).viewAsFloatingLanes();
            FloatVector e = (FloatVector) bits.lanewise(VectorOperators.LSHR, 23).sub(126).convert(VectorOperators.I2F, 0);
            e = e.blend(e.sub(25f), subnormal);
            VectorMask<Float> small = m.compare(VectorOperators.LT, SQRT_HALF);
            e = e.blend(e.sub(1f), small);
            FloatVector t = m.blend(m.add(m), small).sub(1f);
            FloatVector z = t.mul(t);
            FloatVector p = FloatVector.broadcast(F, 7.0376836292e-2f);
            p = p.fma(t, FloatVector.broadcast(F, -1.1514610310e-1f));
            p = p.fma(t, FloatVector.broadcast(F, 1.1676998740e-1f));
            p = p.fma(t, FloatVector.broadcast(F, -1.2420140846e-1f));
            p = p.fma(t, FloatVector.broadcast(F, 1.4249322787e-1f));
            p = p.fma(t, FloatVector.broadcast(F, -1.6668057665e-1f));
            p = p.fma(t, FloatVector.broadcast(F, 2.0000714765e-1f));
            p = p.fma(t, FloatVector.broadcast(F, -2.4999993993e-1f));
            p = p.fma(t, FloatVector.broadcast(F, 3.3333331174e-1f));
            FloatVector y = p.mul(t).mul(z);
            y = e.fma(FloatVector.broadcast(F, LN2_LOW), y);
            y = z.fma(FloatVector.broadcast(F, -0.5f), y);
            FloatVector r = e.fma(FloatVector.broadcast(F, LN2_HIGH), t.add(y));
            r = r.blend(Float.NEGATIVE_INFINITY, x.compare(VectorOperators.EQ, 0f));
            r = r.blend(Float.NaN, x.compare(VectorOperators.LT, 0f).or(x.compare(VectorOperators.NE, x)));
            r.blend(Float.POSITIVE_INFINITY, x.compare(VectorOperators.EQ, Float.POSITIVE_INFINITY)).intoArray(dst, i);
        }
        for (; i < n; i++) {
            dst[i] = log(src[i]);
        }
    }

    /** The same formula for one value. */
    static float log(float x) {
        if (x == 0f) {
            return Float.NEGATIVE_INFINITY;
        }
        if (x < 0f || Float.isNaN(x)) {
            return Float.NaN;
        }
        if (x == Float.POSITIVE_INFINITY) {
            return x;
        }
        boolean subnormal = x < Float.MIN_NORMAL;
        int bits = Float.floatToRawIntBits(subnormal ? x * SUBNORMAL_SCALE : x);
        float m = Float.intBitsToFloat((bits & 0x007FFFFF) | 0x3F000000);
        float e = (float) ((bits >>> 23) - 126);
        if (subnormal) {
            e -= 25f;
        }
        boolean small = m < SQRT_HALF;
        if (small) {
            e -= 1f;
        }
        float t = (small ? m + m : m) - 1f;
        float z = t * t;
        float p = 7.0376836292e-2f;
        p = Math.fma(p, t, -1.1514610310e-1f);
        p = Math.fma(p, t, 1.1676998740e-1f);
        p = Math.fma(p, t, -1.2420140846e-1f);
        p = Math.fma(p, t, 1.4249322787e-1f);
        p = Math.fma(p, t, -1.6668057665e-1f);
        p = Math.fma(p, t, 2.0000714765e-1f);
        p = Math.fma(p, t, -2.4999993993e-1f);
        p = Math.fma(p, t, 3.3333331174e-1f);
        float y = p * t * z;
        y = Math.fma(e, LN2_LOW, y);
        y = Math.fma(z, -0.5f, y);
        return Math.fma(e, LN2_HIGH, t + y);
    }
}
