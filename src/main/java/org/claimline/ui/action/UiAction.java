package org.claimline.ui.action;

import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.input.KeyCombination;

/**
 * One thing the user can do, defined once: its id, label, keys (the first is the menu's accelerator; all of them
 * work from anywhere in the window through the key filter), when it is enabled, and what it does. Menus, the
 * toolbar, context menus, the key filter and Help ▸ Keyboard Shortcuts are all made from these.
 */
public final class UiAction {
    private final String id;
    private final String label;
    private final String group;
    private final List<KeyCombination> keys;
    private final String help;
    private final Runnable handler;
    private ObservableBooleanValue enabled = Bindings.createBooleanBinding(() -> true);
    private BooleanSupplier keyApplies = () -> true;
    private boolean conditionalKeys;
    private String keysText;

    private UiAction(String id, String label, String group, List<KeyCombination> keys, String help,
                     Runnable handler) {
        this.id = id;
        this.label = label;
        this.group = group;
        this.keys = keys;
        this.help = help;
        this.handler = handler;
    }

    /**
     * An action in {@code group} (the Help listing's heading), with {@code keys} in JavaFX's notation
     * ("Shortcut+Enter"), and {@code help}: what the shortcut listing says it does ("" to leave it out).
     */
    public static UiAction of(String id, String label, String group, String help, Runnable handler, String... keys) {
        return new UiAction(id, label, group, java.util.Arrays.stream(keys).map(KeyCombination::keyCombination)
                .toList(), help, handler);
    }

    /** Enabled while {@code when} holds (menus and buttons are greyed, keys do nothing otherwise). */
    public UiAction enabledWhen(ObservableBooleanValue when) {
        this.enabled = when;
        return this;
    }

    /** The keys act only while {@code when} holds (a digit typed into a text box stays a digit). */
    public UiAction keysOnlyWhen(BooleanSupplier when) {
        this.keyApplies = when;
        this.conditionalKeys = true;
        return this;
    }

    /** How the shortcut listing writes the keys, when not the accelerators' own text ("1 – 9"). */
    public UiAction keysShownAs(String text) {
        this.keysText = text;
        return this;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String group() {
        return group;
    }

    public List<KeyCombination> keys() {
        return keys;
    }

    /**
     * The menu accelerator: the first key, or null. Keys that act only sometimes have none (a menu accelerator
     * would act wherever the keyboard is).
     */
    public KeyCombination accelerator() {
        return keys.isEmpty() || conditionalKeys ? null : keys.get(0);
    }

    public String help() {
        return help;
    }

    public ObservableBooleanValue enabled() {
        return enabled;
    }

    boolean keyApplies() {
        return keyApplies.getAsBoolean();
    }

    /** The keys as the shortcut listing shows them ("Ctrl+Z / Ctrl+Y"). */
    public String keysText() {
        if (keysText != null) {
            return keysText;
        }
        return String.join(" / ", keys.stream().map(KeyCombination::getDisplayText).toList());
    }

    /** Runs the action when enabled; returns whether it ran. */
    public boolean run() {
        if (!enabled.get()) {
            return false;
        }
        handler.run();
        return true;
    }
}
