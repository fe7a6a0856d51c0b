package org.ocoj.api.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real program runner collectors use, on real programs of the build machine. */
class CommandRunnerTest {

    @Test
    void returnsStandardOutputOfAProgram() throws Exception {
        assertEquals("zwölf\n", CommandRunner.system().run(List.of("sh", "-c", "printf 'zwölf\\n'; echo noise >&2")));
    }

    @Test
    void aFailingProgramIsAnErrorNamingItsStatusAndFirstErrorLine() {
        IOException e = assertThrows(IOException.class, () -> CommandRunner.system()
                .run(List.of("sh", "-c", "echo 'Access is denied' >&2; echo second >&2; exit 3")));
        assertEquals("sh -c exited with 3: Access is denied", e.getMessage());
    }

    @Test
    void aMissingProgramIsAnError() {
        assertThrows(IOException.class, () -> CommandRunner.system().run(List.of("no-such-program-oco-j")));
    }

    @Test
    void decodesWindowsUtf16OutputWithAndWithoutByteOrderMark() {
        byte[] text = "Müller\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] withMark = new byte[text.length + 2];
        withMark[0] = (byte) 0xFF;
        withMark[1] = (byte) 0xFE;
        System.arraycopy(text, 0, withMark, 2, text.length);
        assertEquals("Müller\r\n", CommandRunner.decode(withMark));
        assertEquals("Müller\r\n", CommandRunner.decode(text));
        assertEquals("Müller", CommandRunner.decode("\uFEFFMüller".getBytes(StandardCharsets.UTF_8)));
        assertEquals("", CommandRunner.decode(new byte[0]));
    }
}
