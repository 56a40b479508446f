package org.trainlab.tensor;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * exp of floats in SIMD, built only from operations whose results IEEE arithmetic fixes (multiply-add,
 * add, compare, bit moves). The Vector API's own {@code EXP} may return different last bits in
 * compiled and interpreted code, which made a seeded run depend on when the JIT compiled it. The
 * method is Cephes' expf (within 2 ulp): x = n·ln 2 + r with |r| ≤ ln 2 / 2, a degree-6 polynomial for
 * e^r, and 2^n put into the exponent bits in two halves so that every n from −150 to 128 is exact.
 * Lanes past the last whole vector use the same formula in scalar code, so a value's exp never depends
 * on where in the array it sits.
 */
final class VectorExp {
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Integer> I = IntVector.SPECIES_PREFERRED;
    private static final int L = F.length();
    private static final float LOG2E = 1.44269504088896341f;
    /** 1.5·2²³: adding it rounds to an integer, which lands in the low mantissa bits. */
    private static final float ROUNDER = 12582912f;
    private static final int ROUNDER_BITS = 0x4B400000;
    private static final float LN2_HIGH = 0.693359375f;
    private static final float LN2_LOW = -2.12194440e-4f;
    private static final float LOWEST = -104f;
    private static final float HIGHEST = 88.7228390f;
    private static final float ZERO_BELOW = -103.972f;

    private VectorExp() {
    }

    /** dst[i] = exp(src[i]) for i < n. */
    static void exp(float[] src, float[] dst, int n) {
        int i = 0;
        for (int full = n - n % L; i < full; i += L) {
            FloatVector x = FloatVector.fromArray(F, src, i);
            FloatVector clamped = x.max(LOWEST).min(HIGHEST);
            FloatVector t = clamped.fma(FloatVector.broadcast(F, LOG2E), FloatVector.broadcast(F, ROUNDER));
            FloatVector k = t.sub(ROUNDER);
            FloatVector r = k.fma(FloatVector.broadcast(F, -LN2_HIGH), clamped);
            r = k.fma(FloatVector.broadcast(F, -LN2_LOW), r);
            FloatVector p = FloatVector.broadcast(F, 1.9875691500e-4f);
            p = p.fma(r, FloatVector.broadcast(F, 1.3981999507e-3f));
            p = p.fma(r, FloatVector.broadcast(F, 8.3334519073e-3f));
            p = p.fma(r, FloatVector.broadcast(F, 4.1665795894e-2f));
            p = p.fma(r, FloatVector.broadcast(F, 1.6666665459e-1f));
            p = p.fma(r, FloatVector.broadcast(F, 5.0000001201e-1f));
            FloatVector y = p.fma(r.mul(r), r).add(1f);
            IntVector n2 = ((IntVector) t.viewAsIntegralLanes()).sub(ROUNDER_BITS);
            IntVector half = n2.lanewise(VectorOperators.ASHR, 1);
            IntVector rest = n2.sub(half);
            FloatVector scaleA = (FloatVector) half.add(127).lanewise(VectorOperators.LSHL, 23).viewAsFloatingLanes();
            FloatVector scaleB = (FloatVector) rest.add(127).lanewise(VectorOperators.LSHL, 23).viewAsFloatingLanes();
            FloatVector e = y.mul(scaleA).mul(scaleB);
            VectorMask<Float> over = x.compare(VectorOperators.GT, HIGHEST);
            VectorMask<Float> under = x.compare(VectorOperators.LT, ZERO_BELOW);
            e.blend(Float.POSITIVE_INFINITY, over).blend(0f, under).intoArray(dst, i);
        }
        for (; i < n; i++) {
            dst[i] = exp(src[i]);
        }
    }

    /** The same formula for one value. */
    static float exp(float x) {
        if (x > HIGHEST) {
            return Float.POSITIVE_INFINITY;
        }
        if (x < ZERO_BELOW) {
            return 0f;
        }
        if (Float.isNaN(x)) {
            return x;
        }
        float t = Math.fma(x, LOG2E, ROUNDER);
        float k = t - ROUNDER;
        float r = Math.fma(k, -LN2_HIGH, x);
        r = Math.fma(k, -LN2_LOW, r);
        float p = 1.9875691500e-4f;
        p = Math.fma(p, r, 1.3981999507e-3f);
        p = Math.fma(p, r, 8.3334519073e-3f);
        p = Math.fma(p, r, 4.1665795894e-2f);
        p = Math.fma(p, r, 1.6666665459e-1f);
        p = Math.fma(p, r, 5.0000001201e-1f);
        float y = Math.fma(p, r * r, r) + 1f;
        int n = Float.floatToRawIntBits(t) - ROUNDER_BITS;
        int half = n >> 1;
        return y * Float.intBitsToFloat((half + 127) << 23) * Float.intBitsToFloat((n - half + 127) << 23);
    }
}
