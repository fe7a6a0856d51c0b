package org.ocoj.testkit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.JsonParams;

/** A client call by the administrator {@code admin} with the given {@code data}; audit entries are kept in {@link #audits()}. */
public final class TestClientCall implements ClientCall {

    /** One audit entry as a method recorded it. */
    public record Audit(String action, String objectRef, Object detail) {
    }

    private final Map<String, Object> data;
    private final List<Audit> audits = new CopyOnWriteArrayList<>();

    public TestClientCall(Map<String, Object> data) {
        this.data = data;
    }

    @Override
    public JsonParams data() {
        return JsonParams.of(data, "data");
    }

    @Override
    public String adminUsername() {
        return "admin";
    }

    @Override
    public void audit(String action, String objectRef, Object detail) {
        audits.add(new Audit(action, objectRef, detail));
    }

    public List<Audit> audits() {
        return List.copyOf(audits);
    }
}
