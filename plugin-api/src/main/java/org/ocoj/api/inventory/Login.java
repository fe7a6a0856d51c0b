package org.ocoj.api.inventory;

import java.time.Instant;

/**
 * A user logon (SPEC 3.2 {@code logins}). Collectors report only logons strictly after
 * {@link org.ocoj.api.agent.CollectorContext#loginsSince()}.
 *
 * @param username    account name
 * @param displayName full name, {@code ""} if unknown
 * @param console     terminal ({@code "pts/0"}) or source address
 * @param timestamp   when the logon happened
 * @param guid        directory GUID of the user, or {@code null} when unknown
 */
public record Login(String username, String displayName, String console, Instant timestamp, String guid)
        implements InventoryItem {
    @Override
    public InventorySection section() {
        return InventorySection.LOGINS;
    }
}
