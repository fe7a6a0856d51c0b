package org.ocoj.agent.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocoj.agent.config.AgentConfigFile;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.SRVRecord;

/** SRV discovery against a real DNS server on a loopback port (issue 5). */
class SrvDiscoveryTest {
    private static final Rfc2782Order FIRST_CHOICE = new Rfc2782Order(bound -> 0);

    @TempDir
    Path dir;
    private LoopbackDnsServer dns;

    @BeforeEach
    void startDns() throws Exception {
        dns = new LoopbackDnsServer();
    }

    @AfterEach
    void stopDns() {
        dns.close();
    }

    @Test
    void buildsTheUrlFromTheBestRecordWithoutTheTrailingDot() throws Exception {
        Name service = Name.fromString("_oco._tcp.corp.example.");
        dns.put(service, List.of(
                srv(service, 20, 10, 8443, "backup.corp.example."),
                srv(service, 10, 10, 443, "oco.corp.example.")));

        String url = new SrvDiscovery(dns.resolver(), List.of("corp.example"), FIRST_CHOICE).discoverApiUrl();

        assertEquals("https://oco.corp.example:443/api-agent.php", url);
    }

    @Test
    void triesTheSearchDomainsInOrder() throws Exception {
        Name service = Name.fromString("_oco._tcp.second.example.");
        dns.put(service, List.of(srv(service, 0, 0, 8443, "oco.second.example.")));

        String url = new SrvDiscovery(dns.resolver(), List.of("first.example.", "second.example."), FIRST_CHOICE).discoverApiUrl();

        assertEquals("https://oco.second.example:8443/api-agent.php", url);
    }

    @Test
    void failsClearlyWhenTheDomainHasNoSrvRecords() throws Exception {
        Name host = Name.fromString("_oco._tcp.corp.example.");
        dns.put(host, List.of(new ARecord(host, DClass.IN, 60, java.net.InetAddress.getByName("192.0.2.1"))));

        DiscoveryException e = assertThrows(DiscoveryException.class,
                () -> new SrvDiscovery(dns.resolver(), List.of("corp.example", "other.example"), FIRST_CHOICE).discover());

        assertEquals("DNS SRV discovery found no OCO server: _oco._tcp.corp.example.: no SRV records; "
                + "_oco._tcp.other.example.: no SRV records", e.getMessage());
    }

    @Test
    void failsClearlyWithoutAnyDomain() {
        DiscoveryException e = assertThrows(DiscoveryException.class,
                () -> new SrvDiscovery(dns.resolver(), List.of(), FIRST_CHOICE).discover());
        assertTrue(e.getMessage().contains("discovery-domain"), e.getMessage());
    }

    @Test
    void writesTheDiscoveredUrlToTheIniAndUsesItFromThen() throws Exception {
        Name service = Name.fromString("_oco._tcp.corp.example.");
        dns.put(service, List.of(srv(service, 0, 0, 443, "oco.corp.example.")));
        Path ini = dir.resolve("oco-agent.ini");
        Files.writeString(ini, "[agent]\nagent-key = registration\n[server]\napi-url =\n");
        AgentConfigFile config = AgentConfigFile.load(ini);
        ApiEndpoint endpoint = new ApiEndpoint(config,
                new SrvDiscovery(dns.resolver(), List.of("corp.example"), FIRST_CHOICE));

        assertEquals("https://oco.corp.example:443/api-agent.php", endpoint.current().toString());
        assertEquals("https://oco.corp.example:443/api-agent.php", AgentConfigFile.load(ini).apiUrl());
        assertTrue(endpoint.isDiscovered());

        dns.put(service, List.of(srv(service, 0, 0, 443, "oco2.corp.example.")));
        assertEquals("https://oco.corp.example:443/api-agent.php", endpoint.current().toString(), "no lookup while the URL is known");
        assertEquals("https://oco2.corp.example:443/api-agent.php", endpoint.rediscover().toString());
        assertEquals("https://oco2.corp.example:443/api-agent.php", AgentConfigFile.load(ini).apiUrl());
    }

    private static SRVRecord srv(Name name, int priority, int weight, int port, String target) throws Exception {
        return new SRVRecord(name, DClass.IN, 60, priority, weight, port, Name.fromString(target));
    }
}
