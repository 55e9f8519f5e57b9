package com.edfapay.tokenmanager.desktop;

import org.jspecify.annotations.Nullable;

/** The EdfaPay environments a profile can point at; the kind decides the badge colour on every screen. */
public enum Environment {
    PRODUCTION("https://app-api.edfapay.com", Kind.PRODUCTION),
    REVAMP_SANDBOX("https://revamp-api.edfapay.com", Kind.SANDBOX),
    DEMO_SANDBOX("https://demo-api.edfapay.com", Kind.SANDBOX),
    LOCAL_SANDBOX(null, Kind.LOCAL),
    CUSTOM(null, Kind.CUSTOM);

    public enum Kind { PRODUCTION, SANDBOX, LOCAL, CUSTOM }

    private final @Nullable String presetBaseUrl;
    private final Kind kind;

    Environment(@Nullable String presetBaseUrl, Kind kind) {
        this.presetBaseUrl = presetBaseUrl;
        this.kind = kind;
    }

    /** Null where the user types the URL (custom) or the app chooses it (local sandbox). */
    public @Nullable String presetBaseUrl() {
        return presetBaseUrl;
    }

    public Kind kind() {
        return kind;
    }

    /** The EdfaPay web dashboard that belongs to this API host, where API tokens are managed today. */
    public @Nullable String dashboardUrl() {
        return switch (this) {
            case PRODUCTION -> "https://app.edfapay.com";
            case REVAMP_SANDBOX, DEMO_SANDBOX -> "https://demo.edfapay.com";
            default -> null;
        };
    }

    /** The environment a saved URL belongs to, so a custom URL equal to production still gets the red badge. */
    public static Environment forBaseUrl(@Nullable String url) {
        String normalised = url == null ? "" : url.trim().replaceAll("/+$", "");
        for (Environment environment : values()) {
            if (normalised.equalsIgnoreCase(environment.presetBaseUrl)) {
                return environment;
            }
        }
        return CUSTOM;
    }
}
