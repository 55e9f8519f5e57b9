package com.edfapay.tokenmanager.sandbox.http;

import com.edfapay.tokenmanager.sandbox.auth.Authenticator;
import com.edfapay.tokenmanager.sandbox.auth.Caller;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JDK HTTP server on 127.0.0.1. Per /api request: injected latency and fault decision, routing (404/405),
 * authentication (401), user type (403), then the handler. Never logs headers, so keys cannot leak into logs.
 */
public final class SandboxServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxServer.class);
    private static final String API_KEY_HEADER = "X-API-KEY";
    /** Enough threads that injected latency does not serialise concurrent clients. */
    private static final int THREADS = 32;
    private static final String NODELAY_PROPERTY = "sun.net.httpserver.nodelay";

    private final HttpServer server;
    private final ExecutorService executor;
    private final Router router;
    private final Authenticator authenticator;
    private final FaultInjector faults;
    private final ObjectMapper mapper;

    private SandboxServer(HttpServer server, ExecutorService executor, Router router, Authenticator authenticator,
                          FaultInjector faults, ObjectMapper mapper) {
        this.server = server;
        this.executor = executor;
        this.router = router;
        this.authenticator = authenticator;
        this.faults = faults;
        this.mapper = mapper;
    }

    public static SandboxServer start(int port, Router router, Authenticator authenticator, FaultInjector faults,
                                      ObjectMapper mapper) throws IOException {
        // The JDK server writes headers and body separately; without TCP_NODELAY, Nagle plus the client's delayed
        // ACK add ~40 ms to every answer. The property is read once, when the JDK server classes initialise.
        if (System.getProperty(NODELAY_PROPERTY) == null) {
            System.setProperty(NODELAY_PROPERTY, "true");
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 128);
        ExecutorService executor = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), daemonThreads());
        SandboxServer sandboxServer = new SandboxServer(server, executor, router, authenticator, faults, mapper);
        server.createContext("/", sandboxServer::handle);
        server.setExecutor(executor);
        server.start();
        return sandboxServer;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        try {
            FaultInjector.Fault fault = FaultInjector.Fault.NONE;
            if (path.startsWith("/api/")) {
                faults.delay();
                fault = faults.decide();
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            Reply reply = switch (fault) {
                case FAIL -> Reply.error(new ApiException(503, "SERVICE_UNAVAILABLE",
                        "The service is temporarily unavailable (injected failure). Try again."));
                case THROTTLE -> Reply.error(new ApiException(429, "RATE_LIMITED",
                        "Too many requests (injected throttling). Try again in a second."), "Retry-After", "1");
                default -> dispatch(exchange, method, path, body);
            };
            if (fault == FaultInjector.Fault.DROP) {
                // The change (if any) is applied; the answer is lost. Closing before headers resets the connection.
                LOG.trace("{} {} -> dropped", method, path);
                exchange.close();
                return;
            }
            send(exchange, reply);
            LOG.trace("{} {} -> {}", method, path, reply.status());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.close();
        } catch (IOException | RuntimeException e) {
            LOG.warn("{} {} failed: {}", method, path, e.toString());
            exchange.close();
        }
    }

    private Reply dispatch(HttpExchange exchange, String method, String path, byte[] body) {
        try {
            Router.Match match;
            try {
                match = router.match(method, path);
            } catch (Router.MethodNotAllowed e) {
                return Reply.error(e.toApiException(method), "Allow", e.allow());
            }
            Caller caller = authenticator.authenticate(exchange.getRequestHeaders().getFirst(API_KEY_HEADER))
                    .orElseThrow(ApiException::unauthorized);
            if (!match.route().allowedUserTypes().contains(caller.userType())) {
                throw ApiException.forbidden();
            }
            ApiRequest request = new ApiRequest(method, path, match.pathParameters(),
                    QueryString.parse(exchange.getRequestURI().getRawQuery()), body, caller, mapper);
            return Reply.ok(match.route().handler().handle(request));
        } catch (ApiException e) {
            return Reply.error(e);
        } catch (Exception e) {
            LOG.error("{} {} failed", method, path, e);
            return Reply.error(new ApiException(500, "INTERNAL_ERROR", "The sandbox could not handle the request."));
        }
    }

    private void send(HttpExchange exchange, Reply reply) throws IOException {
        byte[] bytes = mapper.writeValueAsBytes(reply.envelope());
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        for (Map.Entry<String, String> header : reply.headers().entrySet()) {
            exchange.getResponseHeaders().set(header.getKey(), header.getValue());
        }
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(reply.status(), head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "edfapay-sandbox-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
