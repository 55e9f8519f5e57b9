package com.edfapay.tokenmanager.sandbox.http;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps method + path to a handler and the user types allowed to call it. Path templates use {@code {name}} for
 * one segment. Unknown paths are 404 (the client reads that as "not offered"), known paths with another method 405.
 */
public final class Router {

    /** A registered route. */
    public record Route(String method, Pattern pattern, Set<String> allowedUserTypes, ApiHandler handler) {
    }

    /** A matched route with its path parameters. */
    public record Match(Route route, List<String> pathParameters) {
    }

    private final List<Route> routes = new ArrayList<>();

    public Router add(String method, String template, Set<String> allowedUserTypes, ApiHandler handler) {
        String regex = "^" + template.replaceAll("\\{[^/]+}", "([^/]+)") + "/?$";
        routes.add(new Route(method, Pattern.compile(regex), Set.copyOf(allowedUserTypes), handler));
        return this;
    }

    public Match match(String method, String path) throws MethodNotAllowed, ApiException {
        Set<String> allowed = new LinkedHashSet<>();
        for (Route route : routes) {
            Matcher matcher = route.pattern().matcher(path);
            if (matcher.matches()) {
                if (route.method().equals(method)) {
                    List<String> parameters = new ArrayList<>();
                    for (int i = 1; i <= matcher.groupCount(); i++) {
                        parameters.add(matcher.group(i));
                    }
                    return new Match(route, parameters);
                }
                allowed.add(route.method());
            }
        }
        if (allowed.isEmpty()) {
            throw new ApiException(404, "NO_SUCH_ENDPOINT", "This server does not offer " + path + ".");
        }
        throw new MethodNotAllowed(allowed);
    }

    /** A known path called with a method it does not support; carries the value of the Allow header. */
    public static final class MethodNotAllowed extends Exception {

        private static final long serialVersionUID = 1L;

        private final String allow;

        MethodNotAllowed(Set<String> allowed) {
            super(null, null, false, false);
            this.allow = String.join(", ", allowed);
        }

        public String allow() {
            return allow;
        }

        public ApiException toApiException(String method) {
            return new ApiException(405, "METHOD_NOT_ALLOWED", "The method " + method + " is not allowed here.");
        }
    }
}
