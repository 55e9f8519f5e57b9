package com.edfapay.tokenmanager.api;

public enum SortDirection { ASC, DESC }
