package com.edfapay.tokenmanager.ui;

import com.edfapay.tokenmanager.ui.common.DialogService;
import java.util.ArrayList;
import java.util.List;

/** A DialogService for view-model tests: answers confirmations as told and records everything shown. */
public class RecordingDialogs implements DialogService {

    public final List<Confirmation> asked = new ArrayList<>();
    public final List<String> notices = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> openedUrls = new ArrayList<>();
    public boolean answer = true;

    @Override
    public boolean confirm(Confirmation confirmation) {
        asked.add(confirmation);
        return answer;
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
        throw new AssertionError("no secret is shown in this test");
    }

    @Override
    public boolean askForm(Object form) {
        throw new AssertionError("no token form in this test");
    }

    /** Answers to text questions, in order; a test that asks without an answer fails. */
    public final java.util.Deque<String> textAnswers = new java.util.ArrayDeque<>();
    public final List<ReasonRequest> textQuestions = new ArrayList<>();

    @Override
    public java.util.Optional<String> askReason(ReasonRequest request) {
        textQuestions.add(request);
        if (textAnswers.isEmpty()) {
            throw new AssertionError("unexpected question: " + request.header());
        }
        return java.util.Optional.of(textAnswers.poll());
    }

    /** Folders to answer "choose a folder" with, in order; empty means the user cancelled. */
    public final java.util.Deque<java.nio.file.Path> folderAnswers = new java.util.ArrayDeque<>();

    @Override
    public java.util.Optional<java.nio.file.Path> chooseFolder(String title, java.nio.file.Path initial) {
        return java.util.Optional.ofNullable(folderAnswers.poll());
    }
}
