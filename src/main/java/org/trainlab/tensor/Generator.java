package org.trainlab.tensor;

/**
 * A seeded source of random numbers, like {@code torch.Generator}. The default generator is what
 * {@code torch.manual_seed} seeds; a DataLoader or an experiment may own its own.
 *
 * <p>The algorithm is SplitMix64: small, fast, and its sequence never changes between Java versions,
 * so the same seed gives the same run everywhere. It does not reproduce PyTorch's Mersenne Twister
 * streams; reproducibility is within TrainLab.
 */
public final class Generator {
    private static final Generator DEFAULT = new Generator(0x5EED);

    private long state;
    private double spareNormal;
    private boolean hasSpare;

    public Generator(long seed) {
        manualSeed(seed);
    }

    /** The process-wide generator used when an op is given none. */
    public static Generator defaultGenerator() {
        return DEFAULT;
    }

    /** Seeds the default generator, like {@code torch.manual_seed}. */
    public static void seed(long seed) {
        DEFAULT.manualSeed(seed);
    }

    public synchronized Generator manualSeed(long seed) {
        state = seed;
        hasSpare = false;
        return this;
    }

    public synchronized long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, 1) as a float. */
    public float nextFloat() {
        return (nextLong() >>> 40) * 0x1.0p-24f;
    }

    /** Uniform integer in [0, bound). */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, got " + bound);
        }
        return (int) ((nextLong() >>> 33) % bound);
    }

    /** Standard normal, by the Box-Muller transform. */
    public synchronized double nextGaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spareNormal;
        }
        double u1;
        do {
            u1 = nextDouble();
        } while (u1 <= 0.0);
        double u2 = nextDouble();
        double radius = Math.sqrt(-2.0 * Math.log(u1));
        spareNormal = radius * Math.sin(2.0 * Math.PI * u2);
        hasSpare = true;
        return radius * Math.cos(2.0 * Math.PI * u2);
    }

    /** A random permutation of 0..n-1, like {@code torch.randperm}. */
    public int[] randperm(int n) {
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        return perm;
    }
}
