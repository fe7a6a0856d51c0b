package org.ocoj.api.server;

import java.util.Optional;
import java.util.Set;
import org.pf4j.ExtensionPoint;

/**
 * A client API method (admin JSON-RPC, {@code /api-client.php}) the core does not own, e.g.
 * {@code oco.event_rule.list}. Core method names cannot be taken.
 *
 * <p>Called on the request thread after the admin was authenticated and the API key checked, inside one
 * database transaction (unless {@link #transactional()} says otherwise). Throw {@link RequestException} for bad input or unknown objects; the platform
 * wraps the returned value into {@code {"success": true, "data": …}}.
 */
public interface ClientMethod extends ExtensionPoint {

    String method();

    /**
     * The permission an account needs to call this method; the platform refuses the call (-32002) before
     * {@link #handle} otherwise, and audits the refusal. Empty (the default, for methods written before
     * permissions existed) means administrators only.
     */
    default Optional<Permission> permission() {
        return Optional.empty();
    }

    /**
     * The members of {@code params.data} that hold computer ids (a number, a numeric string or a list of them).
     * Before {@link #handle}, the platform answers NOT_FOUND, as for an unknown computer, when one of them names a
     * computer outside the caller's {@link ComputerScope}. The default is the API's usual name, {@code computer_id};
     * a method whose {@code id} is a computer's returns {@code Set.of("id")}. Since plugin-api 1.2.0.
     */
    default Set<String> computerParameters() {
        return Set.of("computer_id");
    }

    /**
     * The members of {@code params.data} that hold computer group ids; a group outside the caller's scope is
     * NOT_FOUND, as for {@link #computerParameters()}. The default is {@code computer_group_id}. Since plugin-api
     * 1.2.0.
     */
    default Set<String> computerGroupParameters() {
        return Set.of("computer_group_id");
    }

    /** @return the {@code data} of the result: a map, a list, or null for "nothing" (sent as {@code []}) */
    Object handle(ClientCall call);

    /**
     * Whether {@link #handle} runs inside one database transaction (the default). A method that waits on the
     * network (SSH, another server) returns false, so that no transaction and no pooled connection is held
     * while it waits (ARCHITECTURE §5): its statements then commit one by one, and
     * {@link ClientCall#audit} commits each entry at once.
     */
    default boolean transactional() {
        return true;
    }
}
