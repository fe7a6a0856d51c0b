package org.ocoj.platform.agent;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ocoj.platform.computer.AgentView;
import org.ocoj.platform.computer.RowUpdate;

/**
 * One authenticated agent request on its way through the core: the computer as read, the key it signed with,
 * the row changes collected for the single UPDATE, and the response params being built.
 */
final class AgentContext {

    final AgentRequest request;
    final AgentView computer;
    final MatchedKey key;
    final boolean newlyRegistered;
    final String remoteAddress;
    final LocalDateTime now;
    final RowUpdate row = new RowUpdate();
    final Map<String, Object> responseParams = new LinkedHashMap<>();
    /** Work that must not share the request's transaction (check-in participants): run once the core write is durable. */
    final List<Runnable> afterCommit = new ArrayList<>();
    private String serverKey;

    AgentContext(AgentRequest request, AgentView computer, MatchedKey key, boolean newlyRegistered,
                 String remoteAddress, LocalDateTime now) {
        this.request = request;
        this.computer = computer;
        this.key = key;
        this.newlyRegistered = newlyRegistered;
        this.remoteAddress = remoteAddress;
        this.now = now;
        this.serverKey = computer.serverKey();
    }

    /** The key the response is signed with: the computer's server key, or the one issued in this request. */
    String serverKey() {
        return serverKey;
    }

    void issueServerKey(String key) {
        this.serverKey = key;
        row.set("server_key", key);
    }
}
