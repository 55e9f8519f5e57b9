package com.edfapay.tokenmanager.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Which server addresses the client accepts: {@code https://}, or plain {@code http://} only on this computer. */
public final class BaseUrlPolicy {

    private static final Pattern IPV4_LOOPBACK =
            Pattern.compile("127\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)");

    private BaseUrlPolicy() {
    }

    /** A clerk-readable description of what is wrong with {@code url}; empty when the address is acceptable. */
    public static Optional<String> problem(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of("Enter the server address, for example https://app-api.edfapay.com.");
        }
        String trimmed = url.trim();
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            return Optional.of("The server address is not a valid web address. Use a form like https://app-api.edfapay.com.");
        }
        String scheme = uri.getScheme();
        if (scheme == null || uri.isOpaque()) {
            return Optional.of("The server address must start with https://, for example https://app-api.edfapay.com.");
        }
        scheme = scheme.toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.of("The server address must start with https:// (it starts with " + scheme + "://).");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            return Optional.of("The server address has no server name. Use a form like https://app-api.edfapay.com.");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("The server address must not contain a user name or password.");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return Optional.of("The server address must not contain '?' or '#' parts.");
        }
        if (scheme.equals("http") && !isLoopback(host)) {
            return Optional.of("Plain http:// is only allowed for a server on this computer (localhost). "
                    + "Use https:// for " + host + ".");
        }
        return Optional.empty();
    }

    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.equals("localhost") || h.equals("localhost.")) {
            return true;
        }
        if (IPV4_LOOPBACK.matcher(h).matches()) {
            return true;
        }
        if (h.contains(":")) {
            // IPv6 literal: loopback is ::1 in any spelling (0:0:0:0:0:0:0:1, ::0001, ...)
            return isIpv6Loopback(h);
        }
        return false;
    }

    private static boolean isIpv6Loopback(String h) {
        if (!h.matches("[0-9a-f:]+")) {
            return false;
        }
        String[] halves = h.split("::", -1);
        if (halves.length > 2) {
            return false;
        }
        java.util.List<String> groups = new java.util.ArrayList<>();
        java.util.List<String> tail = new java.util.ArrayList<>();
        for (String g : halves[0].split(":")) {
            if (!g.isEmpty()) {
                groups.add(g);
            }
        }
        if (halves.length == 2) {
            for (String g : halves[1].split(":")) {
                if (!g.isEmpty()) {
                    tail.add(g);
                }
            }
            if (groups.size() + tail.size() > 7) {
                return false;
            }
            while (groups.size() + tail.size() < 8) {
                groups.add("0");
            }
        }
        groups.addAll(tail);
        if (groups.size() != 8) {
            return false;
        }
        for (int i = 0; i < 8; i++) {
            String g = groups.get(i);
            if (g.length() > 4) {
                return false;
            }
            int v = Integer.parseInt(g, 16);
            if (v != (i == 7 ? 1 : 0)) {
                return false;
            }
        }
        return true;
    }
}
