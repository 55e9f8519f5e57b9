package com.edfapay.tokenmanager.ui.leakcheck;

import com.edfapay.tokenmanager.scan.Classification;
import com.edfapay.tokenmanager.scan.ClassifiedFinding;
import com.edfapay.tokenmanager.scan.CommitInfo;
import com.edfapay.tokenmanager.scan.Finding;
import com.edfapay.tokenmanager.scan.TokenKind;
import com.edfapay.tokenmanager.ui.common.Messages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.jspecify.annotations.Nullable;

/**
 * One finding as the table shows it. Holds what the scanner keeps (masked value, fingerprint, hash), never the
 * token; its status changes when the user disables or replaces the token from here.
 */
public final class LeakFindingRow {

    private final ClassifiedFinding classified;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<Classification> classification;
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper actionText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final String commitText;

    LeakFindingRow(ClassifiedFinding classified, Messages messages) {
        this.classified = classified;
        this.messages = messages;
        this.classification = new ReadOnlyObjectWrapper<>(classified.classification());
        this.statusText.set(statusOf(classified.classification()));
        this.commitText = commitText(classified.finding().commit(), messages);
    }

    private String statusOf(Classification value) {
        return messages.get("leak.class." + value.name());
    }

    private static String commitText(@Nullable CommitInfo commit, Messages messages) {
        if (commit == null) {
            return messages.get("leak.workingTree");
        }
        String date = DateTimeFormatter.ofPattern("d MMM yyyy", messages.locale()).withZone(ZoneId.systemDefault())
                .format(commit.authorDate());
        return messages.get("leak.commit", commit.shortId(), commit.authorName(), date);
    }

    public Finding finding() {
        return classified.finding();
    }

    ClassifiedFinding classified() {
        return classified;
    }

    public TokenKind kind() {
        return classified.finding().kind();
    }

    public String kindText() {
        return messages.get("leak.kind." + kind().name());
    }

    public String masked() {
        return classified.finding().masked();
    }

    public String path() {
        return classified.finding().path();
    }

    public int line() {
        return classified.finding().line();
    }

    public String commitText() {
        return commitText;
    }

    /** The commit's subject and author e-mail, for a tooltip; "" for the working tree. */
    public String commitDetail() {
        CommitInfo commit = classified.finding().commit();
        return commit == null ? "" : commit.id() + "\n" + commit.authorName() + " <" + commit.authorEmail() + ">\n"
                + commit.subject();
    }

    /** The token's name or the user's name when it is the scope's; "" otherwise. */
    public String ownerText() {
        ClassifiedFinding.Owner owner = classified.owner();
        return owner == null ? "" : owner.name();
    }

    public @Nullable String ownerId() {
        ClassifiedFinding.Owner owner = classified.owner();
        return owner == null ? null : owner.id();
    }

    /** Same token (same kind and owner) as {@code other}: one action settles both rows. */
    boolean sameTokenAs(LeakFindingRow other) {
        return kind() == other.kind() && ownerId() != null && ownerId().equals(other.ownerId())
                && (kind() == TokenKind.API_TOKEN || finding().sha256().equals(other.finding().sha256()));
    }

    public ReadOnlyObjectProperty<Classification> classificationProperty() {
        return classification.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** What the user did from here ("Disabled", "Replaced", or why it failed). */
    public ReadOnlyStringProperty actionTextProperty() {
        return actionText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    void setBusy(boolean value) {
        busy.set(value);
    }

    void settled(Classification now, String action) {
        classification.set(now);
        statusText.set(statusOf(now));
        actionText.set(action);
    }

    void failed(String why) {
        actionText.set(why);
    }

    @Override
    public String toString() {
        return "LeakFindingRow[" + classified.finding() + ", " + classification.get() + "]";
    }
}
