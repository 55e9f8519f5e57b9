package com.edfapay.tokenmanager.sandbox.store;

import java.util.UUID;

/** A user's SDK token; the sandbox keeps it retrievable, as EdfaPay does. */
public record SdkTokenRow(UUID userId, String token, boolean active) {
}
