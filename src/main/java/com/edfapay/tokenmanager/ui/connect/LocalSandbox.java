package com.edfapay.tokenmanager.ui.connect;

import java.util.List;

/** Starts (once) the embedded EdfaPay sandbox and tells where it listens and which demo keys it issued. */
public interface LocalSandbox {

    /** Blocking; called from a background task. Returns the running instance on later calls. */
    Info start() throws Exception;

    record Info(String baseUrl, List<Persona> personas) {
    }

    /** A demo identity of the sandbox; {@code name} is partner, merchant, branch, user or terminal. */
    record Persona(String name, String userType, String apiKey, String businessUnitName) {
        @Override
        public String toString() {
            return "Persona[" + name + ", " + userType + "]";
        }
    }
}
