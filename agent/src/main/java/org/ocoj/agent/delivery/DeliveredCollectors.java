package org.ocoj.agent.delivery;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ocoj.agent.collect.CollectorHost;
import org.pf4j.PluginRuntimeException;

/**
 * Keeps the delivered-plugins directory equal to the server's offer (OCO-J extension): downloads a plugin
 * that is new or whose SHA-256 changed, checks the hash before the jar goes anywhere near the class path,
 * loads it, and unloads and deletes plugins the server no longer offers.
 *
 * <p>The directory belongs to the agent ({@code <id>.jar} per offered plugin, mode 700 when created): the
 * agent runs as root and executes these jars, so nothing else may write there. The hash comes in the hello
 * response, which the agent verified with the server key, so a tampered download (proxy, mirror, disk) is
 * refused and logged, and a previously installed version stays as it is. A plugin whose id is already
 * used by a plugin shipped with the agent is refused too: delivered code never replaces installed code.
 */
public final class DeliveredCollectors implements CollectorDelivery {
    private static final Logger LOG = Logger.getLogger(DeliveredCollectors.class.getName());

    private final Path dir;
    private final PluginDownload download;
    private final CollectorHost host;

    public DeliveredCollectors(Path dir, java.net.http.HttpClient http, java.time.Duration timeout, CollectorHost host) {
        this.dir = dir.toAbsolutePath().normalize();
        this.download = new PluginDownload(http, timeout);
        this.host = host;
    }

    /**
     * Downloads and checks every changed plugin first, then swaps them all in one step: the collectors, service-check
     * sources and event sources of one offer take effect together, for everything that runs after this call.
     */
    @Override
    public void sync(URI apiUrl, List<CollectorOffer> offers) {
        List<Staged> staged = new ArrayList<>();
        try {
            for (CollectorOffer offer : offers) {
                try {
                    stage(apiUrl, offer).ifPresent(staged::add);
                } catch (IOException | IllegalArgumentException e) {
                    notInstalled(offer, e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            host.exclusively(() -> staged.forEach(this::install));
        } finally {
            for (Staged each : staged) {
                deleteQuietly(each.part());
            }
        }
        removeAllBut(offers.stream().map(CollectorOffer::id).collect(Collectors.toSet()));
    }

    /** A verified download waiting to replace the installed version; {@code part} null: the jar is in place already. */
    private record Staged(CollectorOffer offer, Path part) {
    }

    private Optional<Staged> stage(URI apiUrl, CollectorOffer offer) throws IOException, InterruptedException {
        Optional<Path> loadedFrom = host.pluginPath(offer.id()).map(path -> path.toAbsolutePath().normalize());
        if (loadedFrom.isPresent() && !loadedFrom.get().startsWith(dir)) {
            throw new IllegalArgumentException("refused: the id is taken by the installed plugin " + loadedFrom.get());
        }
        Path target = dir.resolve(offer.id() + ".jar");
        if (Files.isRegularFile(target) && PluginDownload.sha256Of(target).equals(offer.sha256())) {
            // installed earlier but not loaded (e.g. its id was taken then)
            return loadedFrom.isEmpty() ? Optional.of(new Staged(offer, null)) : Optional.empty();
        }
        URI url = apiUrl.resolve(offer.url());
        if (!"https".equals(url.getScheme()) && !"http".equals(url.getScheme())) {
            throw new IllegalArgumentException("refused: download URL " + url + " is not http(s)");
        }
        createDirectory();
        Path part = Files.createTempFile(dir, "." + offer.id(), ".part"); // hidden: PF4J never looks at it
        boolean keep = false;
        try {
            String actual = download.fetch(url, part);
            if (!actual.equals(offer.sha256())) {
                LOG.warning("collector plugin " + offer.id() + " " + offer.version() + " refused: SHA-256 of " + url
                        + " is " + actual + ", the server announced " + offer.sha256()
                        + (Files.exists(target) ? "; keeping the installed version" : ""));
                return Optional.empty();
            }
            keep = true;
            return Optional.of(new Staged(offer, part));
        } finally {
            if (!keep) {
                Files.deleteIfExists(part);
            }
        }
    }

    /** Replaces the installed version by the staged one; called with the host held, for each plugin of one sync. */
    private void install(Staged staged) {
        CollectorOffer offer = staged.offer();
        Path target = dir.resolve(offer.id() + ".jar");
        try {
            if (staged.part() != null) {
                host.unload(offer.id());
                Files.move(staged.part(), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            load(target, offer);
        } catch (IOException | PluginRuntimeException | IllegalArgumentException e) {
            notInstalled(offer, e);
        }
    }

    private static void notInstalled(CollectorOffer offer, Exception e) {
        LOG.warning("collector plugin " + offer.id() + " " + offer.version() + " not installed: " + e.getMessage());
    }

    private static void deleteQuietly(Path part) {
        try {
            if (part != null) {
                Files.deleteIfExists(part);
            }
        } catch (IOException e) {
            LOG.warning("cannot delete the partial download " + part + ": " + e.getMessage());
        }
    }

    private void load(Path jar, CollectorOffer offer) throws IOException {
        String id;
        try {
            id = host.load(jar);
        } catch (PluginRuntimeException e) {
            Files.deleteIfExists(jar);
            throw e;
        }
        if (!id.equals(offer.id())) {
            host.unload(id);
            Files.deleteIfExists(jar);
            throw new IllegalArgumentException("refused: the jar's plugin id is " + id + ", the server offered " + offer.id());
        }
        LOG.info("collector plugin " + id + " " + offer.version() + " installed from the server (SHA-256 " + offer.sha256() + ")");
    }

    /** Unloads and deletes delivered plugins the server no longer offers. */
    private void removeAllBut(Set<String> offered) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path jar : files.filter(file -> file.getFileName().toString().endsWith(".jar")).toList()) {
                String id = jar.getFileName().toString().replaceFirst("\\.jar$", "");
                if (!offered.contains(id)) {
                    if (host.pluginPath(id).map(path -> path.toAbsolutePath().normalize().startsWith(dir)).orElse(false)) {
                        host.unload(id);
                    }
                    Files.delete(jar);
                    LOG.info("collector plugin " + id + " removed: the server no longer offers it");
                }
            }
        } catch (IOException e) {
            LOG.warning("cannot clean up delivered collector plugins in " + dir + ": " + e.getMessage());
        }
    }

    private void createDirectory() throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir.getParent());
            try {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (UnsupportedOperationException e) {
                Files.createDirectory(dir); // not a POSIX file system
            }
        }
    }
}
