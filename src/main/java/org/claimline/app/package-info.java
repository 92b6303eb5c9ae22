/**
 * Wiring and entry points: Launcher (CLI dispatch or GUI), the JavaFX Application and AppContext, the only place that creates implementations.
 */
package org.claimline.app;
