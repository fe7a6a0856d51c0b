package org.ocoj.api.inventory;

/**
 * A local account (SPEC 3.2 {@code users}).
 *
 * @param username    account name
 * @param displayName full name (GECOS first field), {@code ""} if none
 * @param uid         numeric user id
 * @param gid         numeric primary group id
 * @param home        home directory
 * @param shell       login shell
 * @param disabled    whether the account's password is locked
 */
public record LocalUser(String username, String displayName, long uid, long gid, String home, String shell,
                        boolean disabled) implements InventoryItem {
    @Override
    public InventorySection section() {
        return InventorySection.USERS;
    }
}
