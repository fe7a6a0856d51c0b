package org.ocoj.agent.laps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Real processes (sh) in place of the systems' tools. */
class LocalPasswordChangerTest {
    private static final PasswordOrder ORDER = new PasswordOrder("admin", "abc", 8, Optional.of("old-pw-1"));

    private static LocalPasswordChanger running(String script) {
        return new LocalPasswordChanger((user, password, old) ->
                new PasswordCommand(List.of("sh", "-c", script), user + ":" + password + ":" + old.orElse("") + "\n"),
                Duration.ofSeconds(2));
    }

    @Test
    void aToolThatEchoesItsInputFailsWithThePasswordsBlankedOut() {
        LocalPasswordException e = assertThrows(LocalPasswordException.class,
                () -> running("cat; echo; echo second line >&2; exit 4").change(ORDER, "new-pw-22"));
        assertEquals("sh exited with code 4: admin:[password]:[password] second line", e.getMessage());
    }

    @Test
    void aToolThatHangsIsStopped() {
        LocalPasswordException e = assertThrows(LocalPasswordException.class,
                () -> running("sleep 30").change(ORDER, "new-pw-22"));
        assertEquals("sh did not finish within 2 s", e.getMessage());
    }

    @Test
    void aMissingToolIsSaidInWords() {
        LocalPasswordChanger changer = new LocalPasswordChanger((user, password, old) ->
                new PasswordCommand(List.of("/nonexistent/chpasswd"), ""), Duration.ofSeconds(2));
        LocalPasswordException e = assertThrows(LocalPasswordException.class, () -> changer.change(ORDER, "x"));
        assertTrue(e.getMessage().startsWith("cannot start /nonexistent/chpasswd: "), e.getMessage());
    }

    @Test
    void aToolThatSucceedsIsQuiet() throws Exception {
        running("cat > /dev/null").change(ORDER, "new-pw-22");
    }

    @Test
    void longerSecretsAreBlankedFirst() {
        assertEquals("[password] and [password]", LocalPasswordChanger.redact("abcdef and abc", List.of("abc", "abcdef")));
    }

    @Test
    void generatedPasswordsUseTheWholeAlphabetAndNothingElse() {
        String password = new PasswordGenerator(new SecureRandom()).generate("ab", 400);
        assertEquals(400, password.length());
        assertTrue(password.contains("a") && password.contains("b") && password.replaceAll("[ab]", "").isEmpty());
    }
}
