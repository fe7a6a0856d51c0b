package org.ocoj.tools.reliability.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MutatorTest {

    private static final String REQUEST = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"oco.agent.hello\",\"params\":"
            + "{\"hostname\":\"pc-1\",\"timestamp\":1795535495.6935,\"data\":{\"networks\":[{\"addr\":\"10.0.0.1\"}]}}}";

    @Test
    void theSameSeedMutatesTheSameWay() throws Exception {
        assertEquals(mutations(42), mutations(42));
        assertNotEquals(mutations(42), mutations(43));
    }

    @Test
    void everyMutationIsNamed() throws Exception {
        Mutator mutator = new Mutator(7);
        for (int i = 0; i < 200; i++) {
            List<String> applied = new ArrayList<>();
            mutator.mutateTree((ObjectNode) Mutator.JSON.readTree(REQUEST), applied);
            assertFalse(applied.isEmpty(), "run " + i);
        }
    }

    @Test
    void rawNumbersAreWrittenAsNumbersNoJsonLibraryWouldWrite() throws Exception {
        ObjectNode request = (ObjectNode) Mutator.JSON.readTree(REQUEST);
        ((ObjectNode) request.get("params")).put("timestamp", Mutator.RAW_MARK + "1e999999999");

        String text = new String(Mutator.serialize(request), StandardCharsets.UTF_8);

        assertEquals(REQUEST.replace("1795535495.6935", "1e999999999"), text);
    }

    @Test
    void unmarkedTextIsLeftAlone() throws Exception {
        assertArrayEquals(REQUEST.getBytes(StandardCharsets.UTF_8), Mutator.serialize(Mutator.JSON.readTree(REQUEST)));
    }

    private static List<String> mutations(long seed) throws Exception {
        Mutator mutator = new Mutator(seed);
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            List<String> applied = new ArrayList<>();
            ObjectNode request = (ObjectNode) Mutator.JSON.readTree(REQUEST);
            mutator.mutateTree(request, applied);
            byte[] body = mutator.mutateBytes(Mutator.serialize(request), 3, applied);
            all.add(String.join(";", applied) + "=" + new String(body, StandardCharsets.UTF_8).hashCode());
        }
        return all;
    }
}
