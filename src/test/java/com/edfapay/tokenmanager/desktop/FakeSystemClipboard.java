package com.edfapay.tokenmanager.desktop;

import java.util.Optional;

/** An in-memory clipboard that remembers whether the last text was marked concealed. */
public final class FakeSystemClipboard implements SystemClipboard {

    public String text;
    public boolean concealed;

    @Override
    public void putText(String value, boolean conceal) {
        text = value;
        concealed = conceal;
    }

    @Override
    public Optional<String> readText() {
        return Optional.ofNullable(text);
    }

    @Override
    public void clear() {
        text = null;
        concealed = false;
    }
}
