package org.claimline.ui.common;

/** Port: small remembered view options (grouping, a divider, a collapsed editor). */
public interface ViewOptions {
    String viewOption(String key, String fallback);

    void rememberViewOption(String key, String value);
}
