package org.ocoj.platform.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ocoj.platform.db.Jpa;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Admin users: the first one is created at start-up; logins are checked against PBKDF2 hashes. A verified
 * password is remembered for a few minutes as a salted digest so scripted API use does not pay PBKDF2's
 * cost on every request.
 */
@ApplicationScoped
public class AdminAccounts {

    public static final String FIRST_ADMIN = "admin";
    private static final long REMEMBER_MILLIS = 300_000;

    @Inject
    Clock clock;
    @Inject
    Jpa jpa;

    private final byte[] pepper = new byte[32];
    private final Map<String, Remembered> verified = new ConcurrentHashMap<>();

    private record Remembered(byte[] digest, String storedHash, long until) {
    }

    public AdminAccounts() {
        new SecureRandom().nextBytes(pepper);
    }

    /** Creates {@code admin} with the given password if there is no admin at all. */
    @Transactional
    public boolean ensureFirstAdmin(String password) {
        Long count = jpa.em().createQuery("SELECT COUNT(a) FROM AdminUser a", Long.class).getSingleResult();
        if (count > 0) {
            return false;
        }
        jpa.em().persist(new AdminUser(FIRST_ADMIN, PasswordHasher.hash(password), LocalDateTime.now(clock)));
        return true;
    }

    /** @return the username if the credentials are right and the account is not disabled */
    @Transactional
    public Optional<String> authenticate(String username, String password) {
        List<AdminUser> users = jpa.em().createQuery("SELECT a FROM AdminUser a WHERE a.username = :u", AdminUser.class)
                .setParameter("u", username).getResultList();
        if (users.isEmpty()) {
            PasswordHasher.verify(password, DUMMY_HASH); // same cost as a real check: no username probing
            return Optional.empty();
        }
        AdminUser user = users.get(0);
        if (user.disabled()) {
            PasswordHasher.verify(password, DUMMY_HASH); // a disabled account answers like an unknown one
            return Optional.empty();
        }
        byte[] digest = digest(username, password);
        Remembered remembered = verified.get(username);
        if (remembered != null && remembered.until() > clock.millis()
                && remembered.storedHash().equals(user.passwordHash())
                && MessageDigest.isEqual(remembered.digest(), digest)) {
            return Optional.of(username);
        }
        if (!PasswordHasher.verify(password, user.passwordHash())) {
            return Optional.empty();
        }
        verified.put(username, new Remembered(digest, user.passwordHash(), clock.millis() + REMEMBER_MILLIS));
        return Optional.of(username);
    }

    private static final String DUMMY_HASH = PasswordHasher.hash("not a password");

    private byte[] digest(String username, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(pepper);
            sha.update(username.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
