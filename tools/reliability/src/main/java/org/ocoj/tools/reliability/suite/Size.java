package org.ocoj.tools.reliability.suite;

/**
 * How big a run is. {@link #full} is what docs/reliability.md reports; {@link #smoke} is the same scenarios made
 * small enough for {@code mvn verify} (one shared server boot, about two minutes for all of them).
 *
 * @param smoke        true for the small variant (scenarios scale their loads and durations down)
 * @param seed         seed of every random choice (fuzz mutations, payload order): a run can be repeated exactly
 * @param fuzzRequests requests per fuzz (agent API, client API)
 * @param crashRounds  kill -9 rounds of the crash scenario
 */
public record Size(boolean smoke, long seed, int fuzzRequests, int crashRounds) {

    public static Size full(long seed) {
        return new Size(false, seed, 10_000, 50);
    }

    public static Size smoke(long seed) {
        return new Size(true, seed, 600, 3);
    }

    /** {@code full} for the full run, {@code smoke} for the smoke variant. */
    public int pick(int full, int smoke) {
        return this.smoke ? smoke : full;
    }

    public Size withFuzzRequests(int requests) {
        return new Size(smoke, seed, requests, crashRounds);
    }

    public Size withCrashRounds(int rounds) {
        return new Size(smoke, seed, fuzzRequests, rounds);
    }
}
