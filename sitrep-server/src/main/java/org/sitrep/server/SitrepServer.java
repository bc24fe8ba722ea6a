package org.sitrep.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.sitrep.gazetteer.AdminArea;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.actor.ActorDictionary;
import org.sitrep.json.SitrepJson;
import org.sitrep.server.alert.AlertDispatcher;
import org.sitrep.server.alert.AlertOptions;
import org.sitrep.server.api.ActorsApi;
import org.sitrep.server.api.AlertsApi;
import org.locationtech.jts.geom.GeometryFactory;
import org.sitrep.server.analysis.AnalysisApi;
import org.sitrep.server.api.ControlApi;
import org.sitrep.server.areas.AreaBuilder;
import org.sitrep.server.areas.AreasApi;
import org.sitrep.server.areas.AreasData;
import org.sitrep.server.areas.CountryOutlines;
import org.sitrep.server.api.ControlData;
import org.sitrep.server.api.EventsApi;
import org.sitrep.server.api.ExportApi;
import org.sitrep.server.api.IngestApi;
import org.sitrep.server.api.OpenApi;
import org.sitrep.server.api.PlacesApi;
import org.sitrep.server.api.ReportsApi;
import org.sitrep.server.api.ReviewApi;
import org.sitrep.server.api.SourcesApi;
import org.sitrep.server.api.WatchedSourcesApi;
import org.sitrep.server.api.Responses;
import org.sitrep.server.export.Exporter;
import org.sitrep.server.index.IncidentSummaries;
import org.sitrep.server.index.LiveEventIndex;
import org.sitrep.server.map.ClustersApi;
import org.sitrep.server.map.EventDaysApi;
import org.sitrep.server.map.GazetteerApi;
import org.sitrep.server.live.LiveOptions;
import org.sitrep.server.live.LiveStream;
import org.sitrep.server.map.PlaceLabelsApi;
import org.sitrep.server.map.MapApi;
import org.sitrep.store.watch.SourceList;
import org.sitrep.server.map.SidesApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sitrep's HTTP server: the JSON API under {@code /api} and the web map's files (the class path
 * folder {@code /web}) at {@code /}. Errors are {@code {error, detail}} JSON; an unexpected failure
 * is logged here and never shown to the client beyond "internal error".
 */
public final class SitrepServer implements AutoCloseable {
    /** Loopback only unless asked otherwise: reads are open by default. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    private static final Logger LOG = LoggerFactory.getLogger(SitrepServer.class);
    /** How far from a place its side's area reaches: beyond it nobody reported on the ground. */
    static final double AREA_RADIUS_KM = 25;

    /** One route of the API, for the OpenAPI test and the start-up message. */
    public record Route(String method, String path) {
    }

    private final Javalin app;
    private final HostCheck hostCheck;
    private final ServerConfig config;
    private final AccessGuard guard;
    private final List<Route> routes = new ArrayList<>();
    private final LiveStream live;
    private final AlertDispatcher alerts;
    private final StorePrecompute precompute;
    private String host = DEFAULT_HOST;

    /** A server with no watched sources to show or edit. */
    public SitrepServer(ServerConfig config) {
        this(config, LiveOptions.DEFAULTS, AlertOptions.DEFAULTS, null);
    }

    public SitrepServer(ServerConfig config, LiveOptions liveOptions) {
        this(config, liveOptions, AlertOptions.DEFAULTS, null);
    }

    public SitrepServer(ServerConfig config, LiveOptions liveOptions, AlertOptions alertOptions) {
        this(config, liveOptions, alertOptions, null);
    }

    /** @param sources the list of watched sources /api/sources shows and edits (DATA/sources.tsv); may be null */
    public SitrepServer(ServerConfig config, SourceList sources) {
        this(config, LiveOptions.DEFAULTS, AlertOptions.DEFAULTS, sources);
    }

    /**
     * With the live stream's and the alerts' settings (their DEFAULTS otherwise) and the list of watched
     * sources (DATA/sources.tsv; null: none).
     */
    public SitrepServer(ServerConfig config, LiveOptions liveOptions, AlertOptions alertOptions, SourceList sources) {
        guard = new AccessGuard(config.store().users(), config.writeToken(), config.readToken());
        this.config = config;
        hostCheck = new HostCheck(config.allowedHosts());
        Supplier<Extractor> extractor = Memo.of(config.extractor());
        Supplier<ActorDictionary> actors = Memo.of(config.actors());
        ControlData control = new ControlData(config.store());
        LiveEventIndex eventIndex = new LiveEventIndex(config.store().database());
        // one copy of the summaries in memory for the event list and the map's single events
        IncidentSummaries summaries = new IncidentSummaries(config.store().database(), eventIndex);
        Supplier<FilterAliases> aliases = Memo.of(() -> new FilterAliases(actors.get(),
                FilterAliases.sidesOf(config.store()), FilterAliases.admin1Of(config.store()),
                FilterAliases.admin2Of(config.store())));
        EventsApi events = new EventsApi(config.store(), eventIndex, summaries, aliases);
        ReportsApi reports = new ReportsApi(config.store());
        PlacesApi places = new PlacesApi(config.store(), control);
        ControlApi controlMap = new ControlApi(control);
        AnalysisApi analysis = new AnalysisApi(eventIndex, summaries, control, aliases);
        GeometryFactory geometry = new GeometryFactory();
        AreasData areasData = new AreasData(control, new AreaBuilder(geometry,
                Memo.of(() -> CountryOutlines.builtIn(geometry)), AREA_RADIUS_KM), geometry);
        AreasApi controlAreas = new AreasApi(areasData);
        ActorsApi actorsApi = new ActorsApi(config.store(), actors);
        IngestApi ingest = new IngestApi(config, guard, extractor);
        OpenApi openApi = new OpenApi();
        ClustersApi clusters = new ClustersApi(eventIndex, summaries, aliases);
        EventDaysApi days = new EventDaysApi(eventIndex, aliases);
        ExportApi export = new ExportApi(new Exporter(config.store(), actors, eventIndex::allIds), aliases);
        ReviewApi review = new ReviewApi(config.store(), guard, summaries);
        SourcesApi reliability = new SourcesApi(config.store().sources());
        Supplier<org.sitrep.gazetteer.Gazetteer> gazetteerOnce = Memo.of(config.map().gazetteer());
        GazetteerApi gazetteer = new GazetteerApi(gazetteerOnce);
        PlaceLabelsApi placeLabels = new PlaceLabelsApi(gazetteerOnce);
        Supplier<List<AdminArea>> areas = Memo.of(config.map().areas());
        live = new LiveStream(config.store().changes(), summaries, liveOptions);
        alerts = new AlertDispatcher(config.store(), this::url, alertOptions);
        live.listen(changes -> alerts.wake());
        precompute = new StorePrecompute(config.store().database(), List.of(eventIndex::size, control::refresh,
                areasData::refresh));
        live.listen(changes -> precompute.storeChanged());
        AlertsApi alertsApi = new AlertsApi(config.store(), guard);
        WatchedSourcesApi watched = new WatchedSourcesApi(config.store(), sources, guard);
        SidesApi sides = new SidesApi(actors);
        MapApi map = new MapApi(config.map().tiles(), areas, Memo.of(() -> MapApi.geoJson(areas.get())));

        app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.startupWatcherEnabled = false;
            c.jsonMapper(new JavalinJackson(SitrepJson.mapper(), false));
            c.http.maxRequestSize = config.maxBodyBytes();
            c.http.prefer405over404 = true;
            // browsers ask for gzip; at Javalin's level 6 a control map of 3,000 places (1.3 MB) took 15 ms
            // of CPU to compress, at level 1 5 ms, for 208 KB instead of 157 KB
            c.http.gzipOnlyCompression(Responses.GZIP_LEVEL);
            c.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
            c.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new JettyErrors()));
            c.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "max-age=0",
                        "Content-Security-Policy", config.map().contentSecurityPolicy());
            });
            // Leaflet, from its webjar, at /webjars/leaflet/VERSION/dist/
            c.staticFiles.enableWebjars();
        });
        app.before(hostCheck::check);
        app.before("/api/*", ctx -> {
            ctx.header("Cache-Control", "no-store");
            if (!ctx.path().equals("/api/openapi.json") && ctx.method() != HandlerType.POST) {
                guard.requireRead(ctx);
            }
        });
        get("/api/events", events::list);
        // before /api/events/{id}: Javalin takes the first route that matches
        get("/api/events/deleted", review::deleted);
        get("/api/events/{id}", events::get);
        get("/api/events/{id}/history", review::history);
        post("/api/events/{id}/review", review::review);
        get("/api/review/queue", review::queue);
        get("/api/gazetteer", gazetteer::search);
        get("/api/reports", reports::list);
        get("/api/reports/{id}", reports::get);
        post("/api/reports", ingest::post);
        get("/api/places", places::list);
        get("/api/places/{id}", places::get);
        get("/api/control", controlMap::map);
        get("/api/control/areas", controlAreas::areas);
        get("/api/analysis", analysis::get);
        get("/api/actors", actorsApi::list);
        get("/api/openapi.json", openApi::get);
        get("/api/clusters", clusters::list);
        get("/api/event-days", days::list);
        get("/api/export", export::download);
        get("/api/layers", map::layers);
        get("/api/areas", map::areas);
        get("/api/stream", live::stream);
        get("/api/alerts", alertsApi::list);
        post("/api/alerts", alertsApi::add);
        delete("/api/alerts/{id}", alertsApi::remove);
        // before /api/sources/{name}
        get("/api/sources/reliability", reliability::reliability);
        get("/api/sources/{name}", reliability::get);
        get("/api/place-labels", placeLabels::list);
        get("/api/sources", watched::list);
        post("/api/sources", watched::add);
        delete("/api/sources", watched::remove);
        get("/api/sides", sides::sides);
        ErrorMapping.install(app, LOG);
    }

    private void get(String path, Handler handler) {
        app.get(path, handler);
        routes.add(new Route("GET", path));
    }

    private void delete(String path, Handler handler) {
        app.delete(path, handler);
        routes.add(new Route("DELETE", path));
    }

    private void post(String path, Handler handler) {
        app.post(path, handler);
        routes.add(new Route("POST", path));
    }

    /** Starts on {@link #DEFAULT_HOST}; port 0 picks a free port. */
    public SitrepServer start(int port) {
        return start(DEFAULT_HOST, port);
    }

    /**
     * Starts listening. Beyond loopback, reads need a token unless {@code publicRead}: with no user
     * and no read token nobody could read, so it refuses to start ({@link IllegalStateException}).
     */
    public SitrepServer start(String host, int port) {
        boolean open = readsOpenOn(host, config.publicRead());
        if (!open && config.readToken() == null && config.store().users().activeCount() == 0) {
            throw new IllegalStateException("not listening on " + host + ": reads there need a token and no user "
                    + "exists; add one (sitrep user add NAME --role viewer) or pass --public-read");
        }
        guard.readsOpen(open);
        this.host = host;
        hostCheck.listeningOn(host);
        app.start(host, port);
        live.start();
        alerts.start();
        return this;
    }

    /** Whether reads need no token on a server listening on {@code host}. */
    static boolean readsOpenOn(String host, boolean publicRead) {
        return publicRead || loopback(host);
    }

    private static boolean loopback(String host) {
        try {
            return java.net.InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    public int port() {
        return app.port();
    }

    /** The address to open, e.g. {@code http://127.0.0.1:7070/}. */
    public String url() {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shown + ":" + port() + "/";
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /** The live stream, for what else follows the store's changes (alerts). */
    public LiveStream live() {
        return live;
    }

    public void stop() {
        alerts.close();
        live.close();
        precompute.close();
        app.stop();
    }

    @Override
    public void close() {
        stop();
    }

    static void writeError(Context ctx, int status, String error, String detail) {
        ctx.status(status);
        Responses.json(ctx, new ErrorBody(error, detail));
    }
}
