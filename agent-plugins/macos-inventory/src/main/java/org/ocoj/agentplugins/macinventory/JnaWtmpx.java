package org.ocoj.agentplugins.macinventory;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.io.ByteArrayOutputStream;
import java.util.function.Supplier;

/**
 * The login history through libSystem's {@code setutxent_wtmp}/{@code getutxent_wtmp}, as upstream reads it
 * (macOS keeps it in the system log store, not in a file a collector could parse): every record's raw bytes.
 */
final class JnaWtmpx implements Supplier<byte[]> {

    /** The three libSystem functions; loaded on first use (only ever on macOS). */
    interface LibSystem extends Library {
        void setutxent_wtmp(int forward);

        Pointer getutxent_wtmp();

        void endutxent_wtmp();
    }

    @Override
    public byte[] get() {
        LibSystem system = Native.load("System", LibSystem.class);
        ByteArrayOutputStream records = new ByteArrayOutputStream();
        synchronized (JnaWtmpx.class) { // the wtmpx cursor is process-wide state of libSystem
            system.setutxent_wtmp(1);
            try {
                for (Pointer record = system.getutxent_wtmp(); record != null; record = system.getutxent_wtmp()) {
                    records.writeBytes(record.getByteArray(0, Utmpx.SIZE));
                }
            } finally {
                system.endutxent_wtmp();
            }
        }
        return records.toByteArray();
    }
}
