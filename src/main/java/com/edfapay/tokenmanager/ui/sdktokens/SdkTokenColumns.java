package com.edfapay.tokenmanager.ui.sdktokens;

import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.session.RoleAccess;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/** The SDK table's columns, as the FXML declares them, and what each cell shows of a row. */
record SdkTokenColumns(TableColumn<SdkTokenRow, String> name,
                       TableColumn<SdkTokenRow, String> type,
                       TableColumn<SdkTokenRow, String> unit,
                       TableColumn<SdkTokenRow, String> trsm,
                       TableColumn<SdkTokenRow, String> device,
                       TableColumn<SdkTokenRow, String> token,
                       TableColumn<SdkTokenRow, TokenStatus> status) {

    void setUp(Messages messages) {
        name.setCellValueFactory(data -> constant(data.getValue().displayName()));
        Tooltip usernameTip = new Tooltip();
        name.setCellFactory(column -> new SdkTokenCells.NameCell(usernameTip));
        type.setCellValueFactory(data -> constant(data.getValue().isPlaceholder() ? ""
                : RoleAccess.typeLabel(messages, data.getValue().userType())));
        unit.setCellValueFactory(data -> constant(data.getValue().businessUnitName()));
        trsm.setCellValueFactory(data -> data.getValue().trsmProperty());
        device.setCellValueFactory(data -> data.getValue().deviceIdProperty());
        token.setCellValueFactory(data -> data.getValue().last4Property());
        token.setCellFactory(column -> new SdkTokenCells.MaskedLast4Cell());
        token.getStyleClass().add("secret-column");
        status.setCellValueFactory(data -> data.getValue().statusProperty());
        status.setCellFactory(column -> new SdkTokenCells.StatusCell(messages));
    }

    private static ObservableValue<String> constant(String value) {
        return new SimpleStringProperty(value);
    }
}
