package org.ocoj.tools.reliability.target;

/** What the suite knows of the server's secrets: it uses them, and checks that no answer or log reveals them. */
public record Credentials(String registrationKey, String adminUser, String adminPassword, String apiKey) {

    @Override
    public String toString() {
        return "Credentials[admin " + adminUser + ", secrets hidden]";
    }
}
