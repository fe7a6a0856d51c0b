package org.ocoj.platform.report;

import jakarta.enterprise.context.ApplicationScoped;

/** {@code oco.report.execute}: upstream's name for {@link ReportRunMethod}, kept as an alias (CLIENT-API §4.3). */
@ApplicationScoped
public class ReportExecuteMethod extends ReportRunMethod {

    @Override
    public String method() {
        return "oco.report.execute";
    }
}
