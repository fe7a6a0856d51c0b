package org.ocoj.platform.http;

import java.util.Locale;

/** Content-Type checks: {@code application/json} with or without parameters (SPEC §1.2, CLIENT-API §4.2). */
public final class ContentTypes {

    private ContentTypes() {
    }

    public static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
        return type.toLowerCase(Locale.ROOT).equals("application/json");
    }
}
