package org.ocoj.agent.discovery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.Section;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Finds the OCO server through {@code _oco._tcp.<domain>} SRV records (SPEC 4.2) with dnsjava. The
 * domains are the configured one or else the resolver's search list, tried in order; the first domain
 * with SRV answers wins, and its targets are ranked by {@link Rfc2782Order}.
 */
public final class SrvDiscovery implements ApiUrlDiscovery {
    private static final Logger LOG = Logger.getLogger(SrvDiscovery.class.getName());
    static final String SERVICE = "_oco._tcp";

    private final Resolver resolver;
    private final List<String> domains;
    private final Rfc2782Order order;

    public SrvDiscovery(Resolver resolver, List<String> domains, Rfc2782Order order) {
        this.resolver = resolver;
        this.domains = List.copyOf(domains);
        this.order = order;
    }

    /** The API URL of the best target. */
    @Override
    public String discoverApiUrl() throws DiscoveryException {
        return discover().get(0).apiUrl();
    }

    /** All targets of the first domain that has any, best first. */
    public List<SrvTarget> discover() throws DiscoveryException {
        if (domains.isEmpty()) {
            throw new DiscoveryException("no api-url configured and no domain for DNS SRV discovery: set [server] "
                    + "api-url, or [server] discovery-domain, or a search domain in the resolver configuration");
        }
        List<String> failures = new ArrayList<>();
        for (String domain : domains) {
            String query = SERVICE + "." + (domain.endsWith(".") ? domain : domain + ".");
            try {
                List<SrvTarget> targets = lookup(query);
                if (!targets.isEmpty()) {
                    List<SrvTarget> ordered = order.order(targets);
                    LOG.info("DNS SRV " + query + " → " + ordered.get(0).apiUrl() + " (" + targets.size() + " record(s))");
                    return ordered;
                }
                failures.add(query + ": no SRV records");
            } catch (IOException e) {
                failures.add(query + ": " + e.getMessage());
            }
        }
        throw new DiscoveryException("DNS SRV discovery found no OCO server: " + String.join("; ", failures));
    }

    private List<SrvTarget> lookup(String query) throws IOException {
        Name name;
        try {
            name = Name.fromString(query);
        } catch (TextParseException e) {
            throw new IOException("invalid DNS name: " + e.getMessage(), e);
        }
        Message response = resolver.send(Message.newQuery(Record.newRecord(name, Type.SRV, DClass.IN)));
        int rcode = response.getRcode();
        if (rcode != Rcode.NOERROR && rcode != Rcode.NXDOMAIN) {
            throw new IOException("DNS error " + Rcode.string(rcode));
        }
        List<SrvTarget> targets = new ArrayList<>();
        for (Record record : response.getSection(Section.ANSWER)) {
            if (record instanceof SRVRecord srv && !".".equals(srv.getTarget().toString())) {
                // target "." means "service decidedly not available here" (RFC 2782)
                targets.add(new SrvTarget(srv.getPriority(), srv.getWeight(), srv.getPort(), srv.getTarget().toString()));
            }
        }
        return targets;
    }
}
