package org.ocoj.api.inventory;

/**
 * A local Windows account (SPEC 3.2 {@code users}, Windows form): upstream sends the SID as {@code uid},
 * {@code gid} as {@code null} and empty {@code home}/{@code shell}.
 *
 * @param username    account name without the computer name
 * @param displayName full name, {@code ""} if none
 * @param sid         security identifier, e.g. {@code "S-1-5-21-…-1001"}
 * @param disabled    whether the account is disabled
 */
public record WindowsAccount(String username, String displayName, String sid, boolean disabled) implements InventoryItem {
    @Override
    public InventorySection section() {
        return InventorySection.USERS;
    }
}
