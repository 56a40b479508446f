package org.trainlab.tensor;

/**
 * A seeded source of random numbers, like {@code torch.Generator}. The default generator is what
 * {@code torch.manual_seed} seeds; a DataLoader or an experiment may own its own.
 *
 * <p>Two algorithms. {@link #pytorch(long)} is PyTorch's CPU generator: a Mersenne Twister seeded as
 * {@code torch.manual_seed(seed)} seeds it, and every draw made through it (uniform_, normal_, randint,
 * randperm, bernoulli) goes through PyTorch's own transforms, so a program seeded alike draws the same
 * numbers (see {@link PytorchDraws} for where they can differ in the last bit). {@code new Generator(seed)}
 * is TrainLab's older SplitMix64 stream: small and fast, reproducible within TrainLab only.
 */
public final class Generator {
    /** PyTorch's default seed for its default CPU generator (c10::detail::default_rng_seed_val). */
    public static final long PYTORCH_DEFAULT_SEED = 67280421310721L;

    private static final Generator DEFAULT = pytorch(PYTORCH_DEFAULT_SEED);

    private final Mt19937 mt;
    private long state;
    private double spareNormal;
    private boolean hasSpare;

    /** TrainLab's SplitMix64 generator. */
    public Generator(long seed) {
        this.mt = null;
        manualSeed(seed);
    }

    private Generator(Mt19937 mt) {
        this.mt = mt;
    }

    /** PyTorch's CPU generator after {@code torch.manual_seed(seed)} (only the seed's low 32 bits count). */
    public static Generator pytorch(long seed) {
        Generator g = new Generator(new Mt19937(seed));
        g.state = seed;
        return g;
    }

    /**
     * The process-wide generator used when an op is given none: PyTorch's, starting from PyTorch's default
     * seed until {@link #seed} seeds it.
     */
    public static Generator defaultGenerator() {
        return DEFAULT;
    }

    /** Seeds the default generator, like {@code torch.manual_seed}. */
    public static void seed(long seed) {
        DEFAULT.manualSeed(seed);
    }

    /** Whether this is PyTorch's generator (Mersenne Twister with PyTorch's transforms). */
    public boolean isPytorch() {
        return mt != null;
    }

    public synchronized Generator manualSeed(long seed) {
        state = seed;
        hasSpare = false;
        if (mt != null) {
            mt.seed(seed);
        }
        return this;
    }

    /** 32 random bits as an unsigned value, like CPUGeneratorImpl::random(). */
    public synchronized long random() {
        return mt != null ? mt.nextUnsigned() : splitMix() >>> 32;
    }

    /** 64 random bits, like CPUGeneratorImpl::random64(): the first 32-bit draw is the high half. */
    public synchronized long random64() {
        if (mt == null) {
            return splitMix();
        }
        long hi = mt.nextUnsigned();
        return (hi << 32) | mt.nextUnsigned();
    }

    public long nextLong() {
        return random64();
    }

    /** Uniform in [0, 1): PyTorch's double draw (53 of random64's bits). */
    public double nextDouble() {
        return (mt != null ? random64() & ((1L << 53) - 1) : random64() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, 1) as a float: PyTorch's float draw (24 of random()'s bits). */
    public float nextFloat() {
        return (mt != null ? random() & 0xFFFFFF : random64() >>> 40) * 0x1.0p-24f;
    }

    /** Uniform integer in [0, bound), like {@code torch.randint(bound)} for one value. */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, got " + bound);
        }
        return mt != null ? (int) (random() % bound) : (int) ((random64() >>> 33) % bound);
    }

    /** Uniform integer in [low, high), PyTorch's way: 32 random bits, or 64 when the range needs them. */
    public long randint(long low, long high) {
        if (high <= low) {
            throw new IllegalArgumentException("randint needs low < high, got [" + low + ", " + high + ")");
        }
        long range = high - low;
        if (mt == null) {
            return low + Long.remainderUnsigned(random64(), range);
        }
        if (Long.compareUnsigned(range, 1L << 32) >= 0) {
            return Long.remainderUnsigned(random64(), range) + low;
        }
        return random() % range + low;
    }

    /**
     * Standard normal. PyTorch's generator uses its scalar Box–Muller on two double draws and keeps the
     * sine half for the next call, as {@code at::normal_distribution<double>} does; manualSeed forgets it.
     */
    public synchronized double nextGaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spareNormal;
        }
        if (mt != null) {
            double u1 = nextDouble();
            double u2 = nextDouble();
            double r = Math.sqrt(-2.0 * Math.log1p(-u2));
            double theta = 2.0 * Math.PI * u1;
            spareNormal = r * Math.sin(theta);
            hasSpare = true;
            return r * Math.cos(theta);
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

    /** True with probability p, like one element of {@code bernoulli_(p)}: a double draw below p. */
    public boolean nextBernoulli(double p) {
        return nextDouble() < p;
    }

    /** A random permutation of 0..n-1, like {@code torch.randperm}. */
    public int[] randperm(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("randperm needs n >= 0, got " + n);
        }
        if (mt != null) {
            return PytorchDraws.randperm(this, n);
        }
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

    /** Fills {@code d} with U(low, high) as {@code uniform_} does. */
    void fillUniform(float[] d, double low, double high) {
        if (mt != null) {
            PytorchDraws.uniform(this, d, low, high);
            return;
        }
        double span = high - low;
        for (int i = 0; i < d.length; i++) {
            d[i] = (float) (low + span * nextDouble());
        }
    }

    /** Fills {@code d} with N(mean, std²) as {@code normal_} does. */
    void fillNormal(float[] d, double mean, double std) {
        if (mt != null) {
            PytorchDraws.normal(this, d, mean, std);
            return;
        }
        for (int i = 0; i < d.length; i++) {
            d[i] = (float) (mean + std * nextGaussian());
        }
    }

    private long splitMix() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
