package org.ocoj.platform.laps;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.ocoj.api.server.CheckIn;
import org.ocoj.api.server.CheckInParticipant;
import org.ocoj.platform.db.DatabaseDefinition;
import org.ocoj.platform.db.Sql;

/**
 * Adds {@value #HELLO_FIELD} to the hello answer (SPEC §2.7) for each rule of the computer whose user has no stored
 * password, one older than the rule's {@code valid_seconds}, or an admin's "rotate now". The key is omitted when
 * there is nothing to rotate (the agent would otherwise send an empty passwords request every cycle).
 * Orders repeat on every hello until the agent sends the new passwords.
 */
@ApplicationScoped
public class PasswordOrders implements CheckInParticipant {

    static final String HELLO_FIELD = "update-passwords";

    @Inject
    PasswordRules rules;
    @Inject
    StoredPasswords passwords;
    @Inject
    Clock clock;
    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    @Override
    public void onHello(CheckIn checkIn) {
        long computerId = checkIn.computer().id();
        List<PasswordRule> applicable = rules.applicable(computerId);
        if (applicable.isEmpty()) {
            return;
        }
        List<Map<String, Object>> orders = orders(computerId, applicable);
        if (!orders.isEmpty()) {
            checkIn.respond(HELLO_FIELD, orders);
        }
    }

    private List<Map<String, Object>> orders(long computerId, List<PasswordRule> applicable) {
        Map<String, LocalDateTime> newest = passwords.newest(computerId);
        boolean requested = passwords.rotationRequested(computerId);
        LocalDateTime now = LocalDateTime.now(clock);
        boolean macOs = isMacOs(computerId);
        List<Map<String, Object>> orders = new ArrayList<>();
        for (PasswordRule rule : applicable) {
            LocalDateTime stored = newest.get(rule.username());
            if (requested || stored == null
                    || Duration.between(stored, now).getSeconds() >= rule.validSeconds()) {
                Map<String, Object> order = rule.order();
                if (macOs) { // dscl needs the current password (upstream sends it only to macOS)
                    String old = passwords.current(computerId, rule.username()).orElse(rule.defaultPassword());
                    order.put("old_password", old == null ? "" : old);
                }
                orders.add(order);
            }
        }
        return orders;
    }

    private boolean isMacOs(long computerId) {
        return Sql.rows(dataSource, "SELECT os FROM computer WHERE id = ?", computerId).stream()
                .anyMatch(row -> "macOS".equals(row.get("os")));
    }
}
