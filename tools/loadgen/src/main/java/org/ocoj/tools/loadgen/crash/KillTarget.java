package org.ocoj.tools.loadgen.crash;

/** What a crash kills. */
public enum KillTarget {
    /** The whole service at once: launcher, JVM and the embedded mariadbd (a power cut as far as they know). */
    GROUP,
    /** The JVM alone: the embedded mariadbd lives on and the next start must deal with it. */
    JAVA
}
