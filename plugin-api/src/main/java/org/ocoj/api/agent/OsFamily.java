package org.ocoj.api.agent;

/** Operating system families the agent distinguishes; collectors use it in {@link Collector#appliesTo}. */
public enum OsFamily {
    LINUX, WINDOWS, MACOS, OTHER;

    /** Maps a Java {@code os.name} value ("Linux", "Windows 11", "Mac OS X") to a family. */
    public static OsFamily fromOsName(String osName) {
        String name = osName == null ? "" : osName.toLowerCase(java.util.Locale.ROOT);
        if (name.startsWith("linux")) {
            return LINUX;
        }
        if (name.startsWith("windows")) {
            return WINDOWS;
        }
        if (name.startsWith("mac")) {
            return MACOS;
        }
        return OTHER;
    }
}
