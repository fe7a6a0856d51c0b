package org.ocoj.agent.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class CollectorOfferTest {
    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void readsTheOffersOfAHelloResponse() throws Exception {
        List<CollectorOffer> offers = CollectorOffer.parse(json.readTree("""
                {"update":0,"software-jobs":[],"oco-j-collectors":[
                 {"id":"linux-flatpak","version":"1.2.0","sha256":"%s","url":"agent-plugins/linux-flatpak.jar"}]}
                """.formatted(SHA.toUpperCase())));

        assertEquals(List.of(new CollectorOffer("linux-flatpak", "1.2.0", SHA, "agent-plugins/linux-flatpak.jar")), offers);
    }

    @Test
    void offersNothingWhenTheFieldIsAbsentAsFromAnUpstreamServer() throws Exception {
        assertEquals(List.of(), CollectorOffer.parse(json.readTree("{\"update\":0,\"software-jobs\":[]}")));
        assertEquals(List.of(), CollectorOffer.parse(json.readTree("{\"oco-j-collectors\":\"nonsense\"}")));
    }

    @Test
    void skipsOffersThatCouldEscapeTheDirectoryOrCarryNoHash() throws Exception {
        List<CollectorOffer> offers = CollectorOffer.parse(json.readTree("""
                {"oco-j-collectors":[
                 {"id":"../../etc/cron.d/evil","version":"1","sha256":"%1$s","url":"x.jar"},
                 {"id":".hidden","version":"1","sha256":"%1$s","url":"x.jar"},
                 {"id":"no-hash","version":"1","url":"x.jar"},
                 {"id":"short-hash","version":"1","sha256":"abc","url":"x.jar"},
                 {"id":"no-url","version":"1","sha256":"%1$s"},
                 {"id":"good","version":"1","sha256":"%1$s","url":"good.jar"}]}
                """.formatted(SHA)));

        assertEquals(List.of("good"), offers.stream().map(CollectorOffer::id).toList());
    }
}
