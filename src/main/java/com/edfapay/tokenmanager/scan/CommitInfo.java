package com.edfapay.tokenmanager.scan;

import java.time.Instant;

/** The commit that brought a value into the history: its id, author and author date. */
public record CommitInfo(String id, String authorName, String authorEmail, Instant authorDate, String subject) {

    public String shortId() {
        return id.substring(0, Math.min(10, id.length()));
    }
}
