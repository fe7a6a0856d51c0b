package org.ocoj.agent.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Replaces a file so that readers see either the old or the new content, never a mix: write a temp file
 * in the same directory, flush it to disk, then rename it over the target. Upstream rewrites the ini in
 * place without truncating, which can leave a corrupt tail (SPEC 1.8); this is the fix.
 */
public final class AtomicFiles {
    private static final Set<PosixFilePermission> OWNER_ONLY =
            Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private AtomicFiles() {
    }

    /**
     * Writes {@code content} to {@code target} atomically. An existing target keeps its permissions; a new
     * one is readable by its owner only, because the files hold keys.
     */
    public static void write(Path target, byte[] content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Files.createDirectories(directory);
        Path temp = Files.createTempFile(directory, "." + absolute.getFileName(), ".tmp");
        try {
            copyPermissions(absolute, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void copyPermissions(Path source, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view == null) {
            return; // not a POSIX file system (Windows): the temp file inherits the directory's ACL
        }
        try {
            view.setPermissions(Files.exists(source) ? Files.getPosixFilePermissions(source) : OWNER_ONLY);
        } catch (FileSystemException e) {
            throw new IOException("cannot set permissions of " + temp + ": " + e.getMessage(), e);
        }
    }
}
