package com.edfapay.tokenmanager.ui.apitokens;

import com.edfapay.tokenmanager.ui.common.DialogService;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** A dialog service whose answers the test scripts, recording every question. */
final class ScriptedDialogs implements DialogService {

    final List<Confirmation> confirmations = new ArrayList<>();
    final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
    boolean defaultConfirm = true;

    final List<GenerateTokenViewModel> forms = new ArrayList<>();
    final Deque<Predicate<GenerateTokenViewModel>> formAnswers = new ArrayDeque<>();

    final List<ReasonRequest> reasons = new ArrayList<>();
    final Deque<Optional<String>> reasonAnswers = new ArrayDeque<>();

    final List<SecretOnce> shownOnce = new ArrayList<>();
    /** Whether the secret could still be read while the dialog was open. */
    final List<Boolean> secretReadableWhileShown = new ArrayList<>();
    final List<String> copyResults = new ArrayList<>();
    boolean pressCopy = true;
    RuntimeException failShowOnce;

    final List<String> notices = new ArrayList<>();
    final List<String> opened = new ArrayList<>();
    final List<String> errors = new ArrayList<>();

    @Override
    public boolean confirm(Confirmation confirmation) {
        confirmations.add(confirmation);
        return confirmAnswers.isEmpty() ? defaultConfirm : confirmAnswers.poll();
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
        opened.add(url);
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
    public boolean askForm(Object request) {
        GenerateTokenViewModel form = (GenerateTokenViewModel) request;
        forms.add(form);
        Predicate<GenerateTokenViewModel> answer = formAnswers.poll();
        return answer != null && answer.test(form);
    }

    @Override
    public Optional<String> askReason(ReasonRequest request) {
        reasons.add(request);
        Optional<String> answer = reasonAnswers.poll();
        return answer == null ? Optional.empty() : answer;
    }

    /** The user types {@code name}, keeps the suggested expiry, and presses Generate. */
    static Predicate<GenerateTokenViewModel> typeName(String name) {
        return form -> {
            form.nameProperty().set(name);
            return form.validProperty().get();
        };
    }

    static Predicate<GenerateTokenViewModel> typeName(String name, GenerateTokenViewModel.Expiry expiry) {
        return form -> {
            form.nameProperty().set(name);
            form.expiryProperty().set(expiry);
            return form.validProperty().get();
        };
    }

    /** The user accepts whatever the form suggests. */
    static Predicate<GenerateTokenViewModel> accept() {
        return form -> form.validProperty().get();
    }

    /** Folders to answer "choose a folder" with, in order; empty means the user cancelled. */
    public final java.util.Deque<java.nio.file.Path> folderAnswers = new java.util.ArrayDeque<>();

    @Override
    public java.util.Optional<java.nio.file.Path> chooseFolder(String title, java.nio.file.Path initial) {
        return java.util.Optional.ofNullable(folderAnswers.poll());
    }
}
