package com.edfapay.tokenmanager.ui.session;

/**
 * The ways a session ends. Whichever screen ends it, the composition root closes the API client (dropping its
 * key), clears a copied token from the clipboard and returns to the Connect screen.
 */
public interface SessionEnd {

    SessionEnd NONE = new SessionEnd() {
        @Override
        public void signOut() {
        }

        @Override
        public void forgetKeyAndSignOut() {
        }
    };

    /** Ends the session; a remembered key stays in the keychain. */
    void signOut();

    /** Ends the session and deletes the profile's key from the keychain. */
    void forgetKeyAndSignOut();
}
