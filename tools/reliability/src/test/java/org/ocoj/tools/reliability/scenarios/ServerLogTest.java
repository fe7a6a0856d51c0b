package org.ocoj.tools.reliability.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ServerLogTest {

    private static final String LOG = """
            2026-12-03 02:05:38 WARNING org.ocoj.platform.agent.AgentServlet: Agent request failed: the database is unavailable
            2026-12-03 02:05:43 WARNING org.ocoj.platform.http.JsonFailureMapper: POST /api-client.php failed: SQLException
            java.sql.SQLException: Not a navigable ResultSet.
            \tat com.mysql.cj.jdbc.result.ResultSetImpl.next(ResultSetImpl.java:1)
            \tat org.ocoj.platform.computer.ComputerListMethod.handle(ComputerListMethod.java:2)
            Caused by: java.net.SocketTimeoutException: Read timed out
            \tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:3)
            \t... 12 more
            2026-12-03 02:05:44 SEVERE org.ocoj.platform.agent.AgentServlet: Agent request failed
            java.lang.IllegalStateException: boom
            \tat org.ocoj.platform.agent.AgentServlet.doPost(AgentServlet.java:4)
            2026-12-03 02:50:48 WARNING org.ocoj.platform.http.JsonFailureMapper: POST /api-client.php failed
            jakarta.persistence.PersistenceException: Exception [EclipseLink-4002]
            Internal Exception: java.sql.SQLException: Communications link failure

            The last packet sent successfully to the server was 0 milliseconds ago.
            \tat org.eclipse.persistence.Query.execute(Query.java:5)
            Caused by: java.sql.SQLException: Error in allocating a connection.

            The last packet sent successfully to the server was 0 milliseconds ago.
            \tat com.sun.gjc.spi.Pool.allocate(Pool.java:6)
            """;

    @Test
    void countsRecordsAndStackTracesNotTheirCausesOrMessageLines() {
        DatabaseOutageScenario.ServerLog log = new DatabaseOutageScenario.ServerLog(LOG);

        assertEquals(4, log.records());
        assertEquals(3, log.stackTraces());
        assertEquals(21, log.lines());
    }
}
