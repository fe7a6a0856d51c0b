package org.ocoj.platform.agent;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ocoj.platform.config.ServerConfig;
import org.ocoj.platform.db.Deadlocks;
import org.ocoj.platform.http.BoundedBody;
import org.ocoj.platform.http.ContentTypes;
import org.ocoj.platform.http.ClientAddresses;
import org.ocoj.platform.json.Json;
import org.ocoj.platform.security.Hmac;

/**
 * {@code POST /api-agent.php} (and {@code /api-agent}): the OCO agent JSON-RPC endpoint (SPEC §1). Reads the
 * raw body (bounded), hands it to {@link AgentProtocol}, and signs the exact bytes it sends back.
 */
@Path("")
public class AgentEndpoint {

    private static final Logger LOG = Logger.getLogger(AgentEndpoint.class.getName());
    static final String SIGNATURE_HEADER = "x-oco-agent-signature";
    static final String SERVER_SIGNATURE_HEADER = "x-oco-server-signature";

    @Inject
    HelloFastPath fastPath;
    @Inject
    AgentProtocol protocol;
    @Inject
    ServerConfig config;
    @Inject
    ClientAddresses addresses;
    @Context
    HttpServletRequest http;

    /** Both {@code /api-agent.php} (what agents are configured with) and {@code /api-agent}. */
    @POST
    @Path("{endpoint: api-agent(\\.php)?}")
    @Consumes(MediaType.WILDCARD)
    public Response post(@HeaderParam("Content-Type") String contentType,
                         @HeaderParam(SIGNATURE_HEADER) String signature, InputStream body) {
        Object id = null;
        try {
            if (!ContentTypes.isJson(contentType)) {
                throw AgentException.badRequest("Content type mismatch: expected application/json");
            }
            AgentRequest request = AgentRequest.parse(BoundedBody.read(body, http.getContentLengthLong(),
                    config.maxAgentBodyBytes(), AgentException::new));
            id = request.id();
            String remote = addresses.of(http);
            AgentReply reply = fastPath.answer(request, signature, remote).orElseGet(() -> Deadlocks.retry(
                    "agent request of " + request.hostname(), () -> protocol.handle(request, signature, remote)));
            byte[] bytes = Json.bytes(reply.envelope());
            Response.ResponseBuilder response = Response.ok(bytes, MediaType.APPLICATION_JSON_TYPE);
            if (reply.serverKey() != null && !reply.serverKey().isEmpty()) {
                response.header(SERVER_SIGNATURE_HEADER, Hmac.sha256Hex(reply.serverKey(), bytes));
            }
            return response.build();
        } catch (AgentException e) {
            return error(e.status(), id, e.getMessage());
        } catch (IOException e) {
            return error(400, id, "Could not read the request body: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Agent request failed: " + e.getMessage(), e);
            return error(500, id, "Internal server error; see the server log");
        }
    }

    /** Errors are JSON-RPC error objects; the upstream agent only logs the body (SPEC §1.9). */
    private static Response error(int status, Object id, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", status == 401 ? -32001 : -32600);
        error.put("message", message);
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("jsonrpc", "2.0");
        envelope.put("id", id);
        envelope.put("error", error);
        envelope.put("result", null);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(Json.bytes(envelope)).build();
    }
}
