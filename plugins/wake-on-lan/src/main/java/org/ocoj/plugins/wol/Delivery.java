package org.ocoj.plugins.wol;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where one computer's magic packets went and whether that worked: "local" broadcast to an address, or a
 * "satellite" that ran the wake command. Success means "sent", never "woke up".
 */
public record Delivery(String via, String target, Optional<String> error) {

    public static Delivery ok(String via, String target) {
        return new Delivery(via, target, Optional.empty());
    }

    public static Delivery failed(String via, String target, String error) {
        return new Delivery(via, target, Optional.of(error));
    }

    public boolean ok() {
        return error.isEmpty();
    }

    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("via", via);
        map.put("target", target);
        map.put("ok", ok());
        error.ifPresent(e -> map.put("error", e));
        return map;
    }
}
