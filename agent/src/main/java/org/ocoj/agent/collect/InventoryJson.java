package org.ocoj.agent.collect;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import org.ocoj.agent.protocol.JsonCodec;
import org.ocoj.api.agent.ServiceCheck;
import org.ocoj.api.inventory.Battery;
import org.ocoj.api.inventory.CustomSection;
import org.ocoj.api.inventory.Hardware;
import org.ocoj.api.inventory.InventoryItem;
import org.ocoj.api.inventory.InventorySection;
import org.ocoj.api.inventory.LocalUser;
import org.ocoj.api.inventory.Login;
import org.ocoj.api.inventory.NetworkAddress;
import org.ocoj.api.inventory.OperatingSystem;
import org.ocoj.api.inventory.Partition;
import org.ocoj.api.inventory.Printer;
import org.ocoj.api.inventory.Screen;
import org.ocoj.api.inventory.SoftwarePackage;
import org.ocoj.api.inventory.UsbDevice;
import org.ocoj.api.inventory.WindowsAccount;

/**
 * Turns typed inventory into the wire maps of SPEC section 3, with upstream's key names and order.
 * Sections left out by a failed collector are omitted entirely, never sent empty.
 */
public final class InventoryJson {
    /** Login timestamps are UTC {@code YYYY-MM-DD HH:MM:SS} (SPEC 3.2). */
    /** The member of {@code oco.agent.update} that carries the custom sections (OCO-J). */
    public static final String CUSTOM_MEMBER = "oco-j-custom";
    private static final Logger LOG = Logger.getLogger(InventoryJson.class.getName());
    public static final DateTimeFormatter UTC_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private InventoryJson() {
    }

    /** {@code params.data} of {@code oco.agent.update}. */
    public static Map<String, Object> updateData(CollectedInventory inventory, String hostname, String agentVersion) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("hostname", hostname);
        data.put("agent_version", agentVersion);
        inventory.single(InventorySection.OPERATING_SYSTEM, OperatingSystem.class).ifPresent(os -> {
            data.put("os", os.name());
            data.put("os_version", os.version());
            data.put("os_license", os.license());
            data.put("os_language", os.language());
            data.put("kernel_version", os.kernelVersion());
            data.put("architecture", os.architecture());
        });
        inventory.single(InventorySection.HARDWARE, Hardware.class).ifPresent(hardware -> {
            data.put("cpu", hardware.cpu());
            data.put("ram", hardware.ramBytes());
            data.put("gpu", hardware.gpu());
            data.put("serial", hardware.serial());
            data.put("manufacturer", hardware.manufacturer());
            data.put("model", hardware.model());
            data.put("bios_version", hardware.biosVersion());
        });
        inventory.single(InventorySection.OPERATING_SYSTEM, OperatingSystem.class).ifPresent(os -> {
            data.put("uptime", os.uptimeSeconds());
            data.put("boot_type", os.bootType());
            data.put("secure_boot", os.secureBoot());
            data.put("domain", os.domain());
        });
        putList(data, inventory, "networks", InventorySection.NETWORKS, NetworkAddress.class, InventoryJson::network);
        putList(data, inventory, "screens", InventorySection.SCREENS, Screen.class, InventoryJson::screen);
        putList(data, inventory, "printers", InventorySection.PRINTERS, Printer.class, InventoryJson::printer);
        putList(data, inventory, "partitions", InventorySection.PARTITIONS, Partition.class, InventoryJson::partition);
        putList(data, inventory, "software", InventorySection.SOFTWARE, SoftwarePackage.class, InventoryJson::software);
        putList(data, inventory, "logins", InventorySection.LOGINS, Login.class, InventoryJson::login);
        putList(data, inventory, "users", InventorySection.USERS, InventoryItem.class, InventoryJson::user);
        putBattery(data, inventory);
        putList(data, inventory, "devices", InventorySection.DEVICES, UsbDevice.class, InventoryJson::device);
        putCustom(data, inventory);
        return data;
    }

    /** OCO-J's custom sections under one member the upstream server does not read; omitted when there are none. */
    private static void putCustom(Map<String, Object> data, CollectedInventory inventory) {
        Map<String, Object> custom = new LinkedHashMap<>();
        JsonCodec json = new JsonCodec();
        inventory.custom().forEach((key, content) -> {
            int size = json.toBytes(content).length;
            if (size > CustomSection.MAX_BYTES) {
                LOG.warning("custom section " + key + " is " + size + " bytes as JSON, more than "
                        + CustomSection.MAX_BYTES + "; left out (the server keeps what it has)");
            } else {
                custom.put(key, content);
            }
        });
        if (!custom.isEmpty()) {
            data.put(CUSTOM_MEMBER, custom);
        }
    }

    /** The {@code networks} list for the hello, or {@code []} when the network collector failed. */
    public static List<Map<String, Object>> networks(CollectedInventory inventory) {
        return inventory.items(InventorySection.NETWORKS, NetworkAddress.class).stream().map(InventoryJson::network).toList();
    }

    /**
     * The {@code services} list of the hello (SPEC 6): status as a string and the metrics under upstream's
     * key {@code merics}, which servers read (the OCO-J server also accepts {@code metrics}).
     */
    public static List<Map<String, Object>> services(List<ServiceCheck> checks) {
        return checks.stream().map(check -> fields("status", check.status(), "name", check.name(),
                "merics", check.metrics(), "details", check.details())).toList();
    }

    /** Writes {@code battery_level}/{@code battery_status}; {@code false} for both means "no battery" (SPEC 2.2). */
    public static void putBattery(Map<String, Object> data, CollectedInventory inventory) {
        var battery = inventory.single(InventorySection.BATTERY, Battery.class);
        data.put("battery_level", battery.<Object>map(Battery::level).orElse(false));
        data.put("battery_status", battery.<Object>map(b -> b.onAcPower() ? 1 : 2).orElse(false));
    }

    private static <T extends InventoryItem> void putList(Map<String, Object> data, CollectedInventory inventory,
                                                          String key, InventorySection section, Class<T> type,
                                                          Function<T, Map<String, Object>> mapper) {
        if (inventory.has(section)) {
            data.put(key, inventory.items(section, type).stream().map(mapper).toList());
        }
    }

    private static Map<String, Object> network(NetworkAddress address) {
        return fields("addr", address.address(), "netmask", address.netmask(), "broadcast", address.broadcast(),
                "mac", address.mac(), "interface", address.interfaceName());
    }

    private static Map<String, Object> screen(Screen screen) {
        return fields("name", screen.name(), "manufacturer", screen.manufacturer(), "manufactured", screen.manufactured(),
                "resolution", screen.resolution(), "size", screen.size(), "type", screen.type(),
                "serialno", screen.serialNumber(), "technology", screen.technology());
    }

    private static Map<String, Object> printer(Printer printer) {
        return fields("name", printer.name(), "driver", printer.driver(), "paper", printer.paper(),
                "dpi", printer.dpi(), "uri", printer.uri(), "status", printer.status());
    }

    private static Map<String, Object> partition(Partition partition) {
        return fields("device", partition.device(), "mountpoint", partition.mountpoint(),
                "filesystem", partition.filesystem(), "size", partition.sizeBytes(), "free", partition.freeBytes(),
                "name", partition.label(), "uuid", partition.uuid(), "encrypted", partition.encrypted());
    }

    private static Map<String, Object> software(SoftwarePackage software) {
        return fields("name", software.name(), "version", software.version(), "description", software.description());
    }

    private static Map<String, Object> login(Login login) {
        return fields("guid", login.guid(), "display_name", login.displayName(), "username", login.username(),
                "console", login.console(), "timestamp", UTC_SECONDS.format(login.timestamp()));
    }

    /** Linux/macOS accounts carry numeric ids; Windows ones the SID as {@code uid} and no group (upstream). */
    private static Map<String, Object> user(InventoryItem item) {
        if (item instanceof WindowsAccount account) {
            return fields("username", account.username(), "display_name", account.displayName(), "uid", account.sid(),
                    "gid", null, "home", "", "shell", "", "disabled", account.disabled());
        }
        LocalUser user = (LocalUser) item;
        return fields("username", user.username(), "display_name", user.displayName(), "uid", user.uid(),
                "gid", user.gid(), "home", user.home(), "shell", user.shell(), "disabled", user.disabled());
    }

    private static Map<String, Object> device(UsbDevice device) {
        return fields("subsystem", "usb", "vendor", device.vendorId(), "product", device.productId(),
                "serial", device.serial(), "name", device.name());
    }

    /** An ordered map from alternating keys and values; values may be null (JSON null). */
    private static Map<String, Object> fields(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
