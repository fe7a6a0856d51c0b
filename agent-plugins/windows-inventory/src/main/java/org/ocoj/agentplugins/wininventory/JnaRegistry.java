package org.ocoj.agentplugins.wininventory;

import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.Win32Exception;
import com.sun.jna.platform.win32.WinReg;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The real registry through JNA's {@code Advapi32Util} (JNA comes with OSHI on the agent's class path). The
 * agent's 64-bit runtime sees the 64-bit view; the 32-bit view is read under {@code WOW6432Node}, as upstream does.
 */
final class JnaRegistry implements Registry {

    @Override
    public List<String> subKeys(String path) {
        if (!exists(path)) {
            return List.of();
        }
        return Arrays.asList(Advapi32Util.registryGetKeys(WinReg.HKEY_LOCAL_MACHINE, path));
    }

    @Override
    public Map<String, Object> values(String path) {
        if (!exists(path)) {
            return Map.of();
        }
        try {
            return Advapi32Util.registryGetValues(WinReg.HKEY_LOCAL_MACHINE, path);
        } catch (Win32Exception e) {
            return Map.of(); // a key removed or locked while we read it (an uninstaller running) has no values for us
        }
    }

    private static boolean exists(String path) {
        return Advapi32Util.registryKeyExists(WinReg.HKEY_LOCAL_MACHINE, path);
    }
}
