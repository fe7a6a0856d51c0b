package org.ocoj.plugins.wol;

import java.util.List;
import java.util.Optional;
import org.ocoj.api.server.SettingDeclarations;
import org.ocoj.api.server.SettingDefinition;
import org.ocoj.api.server.SettingDefinition.Type;
import org.pf4j.Extension;

/** The plugin's settings; {@link WolConfig} reads and checks them per request. */
@Extension
public class WolSettings implements SettingDeclarations {

    static final String PORT = "wake-on-lan.port";
    static final String BROADCAST_ADDRESSES = "wake-on-lan.broadcast-addresses";
    static final String SSH_TIMEOUT = "wake-on-lan.ssh-timeout-seconds";
    static final String SATELLITES_FOR_ALL = "wake-on-lan.satellites-for-all";
    static final String SECRET = "wake-on-lan.secret";
    private static final String IPV4 = "(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}";

    @Override
    public List<SettingDefinition> settings() {
        return List.of(
                SettingDefinition.of(PORT, Type.INTEGER, "9", "UDP port magic packets are sent to (1-65535)")
                        .withRange(1, 65_535),
                SettingDefinition.of(BROADCAST_ADDRESSES, Type.STRING, "",
                        "IPv4 addresses to send magic packets to instead of every interface's broadcast address "
                                + "(comma-separated; empty = the server's interface broadcasts)")
                        .withPattern("|" + IPV4 + "(\\s*,\\s*" + IPV4 + ")*",
                                "empty or IPv4 addresses separated by commas, e.g. 192.168.1.255, 10.0.0.255"),
                SettingDefinition.of(SSH_TIMEOUT, Type.INTEGER, "4",
                        "Seconds to wait for a WOL satellite to answer before trying the next one").withRange(1, 300),
                SettingDefinition.of(SATELLITES_FOR_ALL, Type.BOOLEAN, "false",
                        "Wake every computer through the satellites too, also those on the server's own subnets "
                                + "(as upstream does); false = only computers on other subnets"),
                new SettingDefinition(SECRET, Type.STRING, "",
                        "Secret (16+ characters) that encrypts stored SSH key passphrases of WOL satellites; "
                                + "set it in the environment as OCO_WOL_SECRET, not in the database",
                        Optional.of("oco.wol.secret"), true)
                        .withPattern(".{" + PassphraseCipher.MIN_SECRET_LENGTH + ",}",
                                "at least " + PassphraseCipher.MIN_SECRET_LENGTH + " characters"));
    }
}
