package org.trainlab.tensor;

/**
 * The 32-bit Mersenne Twister (Matsumoto and Nishimura, 1998), seeded with init_genrand as both
 * {@code torch.manual_seed} and numpy's legacy {@code np.random.seed} seed it: the seed's low 32 bits.
 * Not thread-safe; its owners synchronise.
 */
final class Mt19937 {
    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908B0DF;
    private static final int UPPER = 0x80000000;
    private static final int LOWER = 0x7FFFFFFF;

    private final int[] state = new int[N];
    private int next;

    Mt19937(long seed) {
        seed(seed);
    }

    void seed(long seed) {
        state[0] = (int) seed;
        for (int j = 1; j < N; j++) {
            int prev = state[j - 1];
            state[j] = 1812433253 * (prev ^ (prev >>> 30)) + j;
        }
        next = N;
    }

    /** The next 32 random bits, as an unsigned value in [0, 2³²). */
    long nextUnsigned() {
        return nextInt() & 0xFFFFFFFFL;
    }

    int nextInt() {
        if (next >= N) {
            twist();
        }
        int y = state[next++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9D2C5680;
        y ^= (y << 15) & 0xEFC60000;
        y ^= y >>> 18;
        return y;
    }

    private void twist() {
        for (int i = 0; i < N; i++) {
            int y = (state[i] & UPPER) | (state[(i + 1) % N] & LOWER);
            int v = state[(i + M) % N] ^ (y >>> 1);
            state[i] = (y & 1) != 0 ? v ^ MATRIX_A : v;
        }
        next = 0;
    }
}
