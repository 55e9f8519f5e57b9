package com.edfapay.tokenmanager.ui.apitokens;

import com.edfapay.tokenmanager.api.EdfaPayApi;
import com.edfapay.tokenmanager.ui.common.DialogService;
import com.edfapay.tokenmanager.ui.common.ErrorMessages;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.TaskRunner;
import com.edfapay.tokenmanager.ui.session.Session;

/**
 * What every part of the API Tokens tab's view-model talks to. Built once by {@link ApiTokensViewModel}, so the
 * collaborators it hands work to do not each take eight constructor arguments.
 */
record ApiTokenServices(Session session, EdfaPayApi api, TaskRunner tasks, Messages messages, ErrorMessages errors,
                        DialogService dialogs, ApiTokenTexts texts, Runnable signOut) {
}
