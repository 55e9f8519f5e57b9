package com.edfapay.tokenmanager.ui;

import com.edfapay.tokenmanager.ui.common.DialogService;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The one DialogService of the view-model tests: every question is recorded, and answered as the test scripted it.
 * A question the test did not expect (a text question or a form without a scripted answer) fails the test.
 */
public class RecordingDialogs implements DialogService {

    /** Confirmations asked, in order; answered from {@link #confirmAnswers}, then with {@link #answer}. */
    public final List<Confirmation> asked = new ArrayList<>();
    public final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
    public boolean answer = true;

    public final List<String> notices = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> openedUrls = new ArrayList<>();

    /** Text questions (a reason, a user id) asked, and their answers in order: empty means the user cancelled. */
    public final List<ReasonRequest> textQuestions = new ArrayList<>();
    public final Deque<Optional<String>> textAnswers = new ArrayDeque<>();

    /** Forms shown (e.g. a new API token's name and expiry); each answer fills the form and says whether to go on. */
    public final List<Object> forms = new ArrayList<>();
    public final Deque<Predicate<Object>> formAnswers = new ArrayDeque<>();

    /** Secrets shown once; whether each could still be read while shown; what Copy answered (when pressed). */
    public final List<SecretOnce> shownOnce = new ArrayList<>();
    public final List<Boolean> secretReadableWhileShown = new ArrayList<>();
    public final List<String> copyResults = new ArrayList<>();
    public boolean pressCopy = true;
    /** When set, the show-once window "fails to open" with this. */
    public RuntimeException failShowOnce;

    /** Folders to answer "choose a folder" with, in order; none left means the user cancelled. */
    public final Deque<Path> folderAnswers = new ArrayDeque<>();

    @Override
    public boolean confirm(Confirmation confirmation) {
        asked.add(confirmation);
        return confirmAnswers.isEmpty() ? answer : confirmAnswers.poll();
    }

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public void notify(String message) {
        notices.add(message);
    }

    @Override
    public void openInBrowser(String url) {
        openedUrls.add(url);
    }

    @Override
    public void showSecretOnce(SecretOnce request) {
        shownOnce.add(request);
        if (failShowOnce != null) {
            throw failShowOnce;
        }
        secretReadableWhileShown.add(!request.secret().isWiped() && request.secret().length() > 0);
        if (pressCopy) {
            copyResults.add(request.copy().get());
        }
    }

    @Override
    public boolean askForm(Object form) {
        forms.add(form);
        Predicate<Object> answer = formAnswers.poll();
        if (answer == null) {
            throw new AssertionError("unexpected form: " + form.getClass().getSimpleName());
        }
        return answer.test(form);
    }

    @Override
    public Optional<String> askReason(ReasonRequest request) {
        textQuestions.add(request);
        Optional<String> answer = textAnswers.poll();
        if (answer == null) {
            throw new AssertionError("unexpected question: " + request.header());
        }
        return answer;
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        return Optional.ofNullable(folderAnswers.poll());
    }
}
