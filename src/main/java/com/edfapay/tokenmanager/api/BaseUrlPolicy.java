package com.edfapay.tokenmanager.api;

import com.edfapay.tokenmanager.api.EdfaPayException.Reason;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Which server addresses the client accepts: {@code https://}, or plain {@code http://} only on this computer.
 * Internationalised host names ({@code https://bücher.example}) are converted with {@link IDN#toASCII(String)}.
 */
public final class BaseUrlPolicy {

    private static final Pattern IPV4_LOOPBACK =
            Pattern.compile("127\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)");

    private BaseUrlPolicy() {
    }

    /** What is wrong with {@code url}, typed for the UI to word; empty when the address is acceptable. */
    public static Optional<EdfaPayException.InvalidInput> problem(@Nullable String url) {
        if (url == null || url.isBlank()) {
            return fail(Reason.URL_MISSING, null);
        }
        String trimmed = url.strip();
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT || Character.isWhitespace(c)
                    || Character.isSpaceChar(c)) {
                return fail(Reason.URL_INVALID, null);
            }
        }
        String ascii;
        try {
            ascii = asciiHost(trimmed);
        } catch (IllegalArgumentException e) {
            return fail(Reason.URL_BAD_HOST, null);
        }
        URI uri;
        try {
            uri = new URI(ascii);
        } catch (URISyntaxException e) {
            return fail(Reason.URL_INVALID, null);
        }
        String scheme = uri.getScheme();
        if (scheme == null || uri.isOpaque()) {
            return fail(Reason.URL_SCHEME, null);
        }
        scheme = scheme.toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return fail(Reason.URL_SCHEME, SecretScrubber.stripUnsafe(scheme.length() > 20 ? scheme.substring(0, 20)
                    : scheme));
        }
        if (uri.getRawUserInfo() != null) {
            return fail(Reason.URL_USER_INFO, null);
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            return fail(Reason.URL_NO_HOST, null);
        }
        if (uri.getPort() > 65535) {
            return fail(Reason.URL_INVALID, null);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return fail(Reason.URL_QUERY, null);
        }
        if (scheme.equals("http") && !isLoopback(host)) {
            return fail(Reason.URL_PLAIN_HTTP, host.length() > 100 ? host.substring(0, 100) : host);
        }
        return Optional.empty();
    }

    private static Optional<EdfaPayException.InvalidInput> fail(Reason reason, @Nullable String detail) {
        return Optional.of(EdfaPayException.invalid(reason, detail));
    }

    /**
     * The address in one canonical spelling, so that {@code HTTPS://App-API.edfapay.com.:443/api/v1/} and
     * {@code https://app-api.edfapay.com} compare equal: scheme and host in lower case (host in ASCII), no trailing
     * dot, no default port, no {@code /api/v1}, no trailing slash. Empty when the address is not acceptable.
     */
    public static Optional<String> canonical(@Nullable String url) {
        if (url == null || problem(url).isPresent()) {
            return Optional.empty();
        }
        URI uri = URI.create(asciiHost(url.strip()));
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        path = path.replaceAll("/+$", "");
        if (path.toLowerCase(Locale.ROOT).endsWith("/api/v1")) {
            path = path.substring(0, path.length() - "/api/v1".length());
        }
        path = path.replaceAll("/+$", "");
        return Optional.of(scheme + "://" + host + (defaultPort ? "" : ":" + port) + path);
    }

    /** Replaces a non-ASCII host by its ASCII (punycode) form; throws IllegalArgumentException when it has none. */
    static String asciiHost(String url) {
        int schemeEnd = url.indexOf("://");
        if (schemeEnd < 0) {
            return url;
        }
        int start = schemeEnd + 3;
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String authority = url.substring(start, end);
        boolean ascii = authority.chars().allMatch(c -> c < 0x80);
        if (ascii) {
            return url;
        }
        int at = authority.lastIndexOf('@');
        String userInfo = at >= 0 ? authority.substring(0, at + 1) : "";
        String hostPort = authority.substring(at + 1);
        int colon = hostPort.lastIndexOf(':');
        String host = colon >= 0 ? hostPort.substring(0, colon) : hostPort;
        String port = colon >= 0 ? hostPort.substring(colon) : "";
        String converted = IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES);
        if (converted.isEmpty()) {
            throw new IllegalArgumentException("empty host");
        }
        return url.substring(0, start) + userInfo + converted + port + url.substring(end);
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
