package org.ocoj.api.agent;

/**
 * The machine the agent runs on, as far as collectors need to know to decide whether they apply.
 *
 * @param family       operating system family
 * @param architecture Java's {@code os.arch}, e.g. {@code "amd64"}, {@code "aarch64"}
 */
public record Platform(OsFamily family, String architecture) {

    /** The platform of the running JVM. */
    public static Platform current() {
        return new Platform(OsFamily.fromOsName(System.getProperty("os.name")), System.getProperty("os.arch"));
    }
}
