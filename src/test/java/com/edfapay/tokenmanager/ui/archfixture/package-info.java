/**
 * Deliberately broken classes, in a ui feature package of the test sources, that {@code ArchitectureRulesBiteTest}
 * feeds to the rules of {@code ArchitectureTest} to prove each rule reports what it guards. Never used by the app.
 */
package com.edfapay.tokenmanager.ui.archfixture;
