package org.ocoj.platform.laps;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One password rotation rule (SPEC §2.7): rotate {@code username} with {@code length} characters of
 * {@code alphabet} once the newest stored password is older than {@code validSeconds}; keep {@code history}
 * passwords. {@code groupId} null = every computer.
 */
record PasswordRule(long id, Long groupId, String username, String alphabet, int length, long validSeconds,
                    int history, String defaultPassword) {

    /** The client API shape; the default password itself never leaves the server. */
    Map<String, Object> shape() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", id);
        map.put("computer_group_id", groupId);
        map.put("username", username);
        map.put("alphabet", alphabet);
        map.put("length", length);
        map.put("valid_seconds", validSeconds);
        map.put("history", history);
        map.put("has_default_password", defaultPassword != null && !defaultPassword.isEmpty());
        return map;
    }

    /** The order in the hello answer ({@code update-passwords} item). */
    Map<String, Object> order() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("username", username);
        map.put("alphabet", alphabet);
        map.put("length", length);
        return map;
    }
}
