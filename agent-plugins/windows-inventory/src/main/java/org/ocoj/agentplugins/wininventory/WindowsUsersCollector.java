package org.ocoj.agentplugins.wininventory;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.ocoj.api.agent.Collector;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.CommandRunner;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.InventorySection;
import org.ocoj.api.inventory.WindowsAccount;
import org.pf4j.Extension;

/** Local accounts (SPEC 3.2 {@code users}, Windows form) from Win32_UserAccount, as upstream reads them. */
@Extension
public final class WindowsUsersCollector implements Collector {
    static final String QUERY = "Get-CimInstance -ClassName Win32_UserAccount -Filter 'LocalAccount=TRUE' "
            + "| Select-Object Name,FullName,SID,Disabled";

    private final PowerShell powerShell;

    public WindowsUsersCollector() {
        this(CommandRunner.system());
    }

    public WindowsUsersCollector(CommandRunner commands) {
        this.powerShell = new PowerShell(commands);
    }

    @Override
    public String id() {
        return "windows-local-users";
    }

    @Override
    public Set<InventorySection> sections() {
        return Set.of(InventorySection.USERS);
    }

    @Override
    public boolean appliesTo(Platform platform) {
        return platform.family() == OsFamily.WINDOWS;
    }

    @Override
    public List<WindowsAccount> collect(CollectorContext context) throws IOException, InterruptedException {
        return powerShell.objects(QUERY).stream()
                .map(user -> new WindowsAccount(user.get("Name"), user.get("FullName"), user.get("SID"),
                        "True".equalsIgnoreCase(user.get("Disabled"))))
                .toList();
    }
}
