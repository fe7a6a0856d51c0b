package org.ocoj.agent.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ocoj.api.agent.EventQuery;
import org.ocoj.api.agent.EventRecord;
import org.ocoj.api.agent.EventSource;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;

/** An event source for tests: handles one log on Linux and answers with a fixed behaviour; records its queries. */
public final class StubEventSource implements EventSource {
    private final String log;
    private final Callable<List<EventRecord>> answer;
    public final List<EventQuery> queries = new ArrayList<>();

    public StubEventSource(String log, Callable<List<EventRecord>> answer) {
        this.log = log;
        this.answer = answer;
    }

    @Override
    public String id() {
        return "stub-" + log;
    }

    @Override
    public boolean appliesTo(Platform platform) {
        return platform.family() == OsFamily.LINUX;
    }

    @Override
    public boolean handles(String log) {
        return this.log.equals(log);
    }

    @Override
    public Duration timeLimit() {
        return Duration.ofMillis(500);
    }

    @Override
    public synchronized List<EventRecord> read(EventQuery query) throws Exception {
        queries.add(query);
        return answer.call();
    }
}
