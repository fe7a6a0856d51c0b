package org.ocoj.platform.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.platform.db.Sql;

/**
 * {@code oco.dashboard.series}: the fleet's activity over the last 24 hours (a value per minute) or 7 days (per
 * hour) — computers online, agent check-ins, inventory updates — as arrays of {@code buckets} values from
 * {@code start}, {@code null} where nothing was recorded (no server was running). Per hour: the highest online count
 * and the sums. The numbers are the whole fleet's: an account limited to computer groups gets
 * {@code available: false} and no numbers, as it may not learn how many computers there are beyond its own.
 */
@ApplicationScoped
public class DashboardSeriesMethod implements ClientMethod {

    static final String SCOPED = "The activity charts count the whole fleet; an account limited to computer groups "
            + "does not see them";

    @Inject
    ActivitySeries series;
    @Inject
    Clock clock;

    @Override
    public String method() {
        return "oco.dashboard.series";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.COMPUTERS_READ);
    }

    @Override
    public Object handle(ClientCall call) {
        SeriesRange range = SeriesRange.of(call.data().optionalString("range", 10).orElse("24h"));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("range", range.id);
        answer.put("available", call.scope().unlimited());
        if (!call.scope().unlimited()) {
            answer.put("reason", SCOPED);
            return answer;
        }
        LocalDateTime start = range.start(LocalDateTime.now(clock));
        Long[] online = new Long[range.buckets];
        Long[] checkIns = new Long[range.buckets];
        Long[] updates = new Long[range.buckets];
        for (Map<String, Object> row : series.read(start, start.plus(range.step.multipliedBy(range.buckets)))) {
            int i = (int) (((Number) row.get("minutes")).longValue() / range.step.toMinutes());
            online[i] = max(online[i], (Number) row.get("online"));
            checkIns[i] = sum(checkIns[i], (Number) row.get("check_ins"));
            updates[i] = sum(updates[i], (Number) row.get("inventory_updates"));
        }
        answer.put("start", Sql.time(start));
        answer.put("step_seconds", range.step.toSeconds());
        answer.put("buckets", range.buckets);
        answer.put("online", Arrays.asList(online));
        answer.put("check_ins", Arrays.asList(checkIns));
        answer.put("inventory_updates", Arrays.asList(updates));
        return answer;
    }

    private static Long max(Long so, Number value) {
        return value == null ? so : so == null ? value.longValue() : Math.max(so, value.longValue());
    }

    private static Long sum(Long so, Number value) {
        return so == null ? value.longValue() : so + value.longValue();
    }
}
