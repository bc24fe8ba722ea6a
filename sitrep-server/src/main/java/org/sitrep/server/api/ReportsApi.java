package org.sitrep.server.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.server.ApiException;
import org.sitrep.server.Filters;
import org.sitrep.server.view.PageView;
import org.sitrep.server.view.ReportDetail;
import org.sitrep.store.Store;
import org.sitrep.store.event.StoredEvent;
import org.sitrep.store.report.StoredReport;

/** {@code GET /api/reports} (by date, paged) and {@code GET /api/reports/{id}} (metadata, body, event spans). */
public final class ReportsApi {
    private final Store store;

    public ReportsApi(Store store) {
        this.store = store;
    }

    public void list(Context ctx) {
        Map<String, List<String>> params = ctx.queryParamMap();
        Filters.requireKnown(params, Filters.PAGING);
        Responses.json(ctx, PageView.of(store.reports().list(Filters.page(params)), r -> r));
    }

    public void get(Context ctx) {
        Filters.requireKnown(ctx.queryParamMap(), Set.of());
        String id = ctx.pathParam("id");
        Responses.json(ctx, detail(id));
    }

    /** The report, body and events of one revision: read again if the report was replaced meanwhile. */
    private ReportDetail detail(String id) {
        for (int attempt = 0; ; attempt++) {
            StoredReport report = store.reports().find(id)
                    .orElseThrow(() -> ApiException.notFound("no report '" + Filters.clip(id) + "'"));
            String body = store.reports().body(id).orElse("");
            List<StoredEvent> events = store.events().forReport(id);
            boolean same = store.reports().find(id).map(r -> r.revision() == report.revision()).orElse(false);
            if (same || attempt == 2) {
                return ReportDetail.of(report, body, events);
            }
        }
    }
}
