package com.edfapay.tokenmanager.ui.common;

/** How a status line should look. */
public enum StatusKind { NONE, PROGRESS, SUCCESS, ERROR }
