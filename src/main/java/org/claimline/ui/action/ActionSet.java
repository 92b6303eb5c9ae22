package org.claimline.ui.action;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.claimline.ui.common.LazyTooltip;

/** The window's actions by id, and what is made from them: menu items, buttons, the key filter, the key listing. */
public final class ActionSet {
    /** One row of Help ▸ Keyboard Shortcuts: a heading (keys "") or keys and what they do. */
    public record HelpRow(String keys, String text) {
        public boolean isHeading() {
            return keys.isEmpty();
        }
    }

    private final Map<String, UiAction> actions = new LinkedHashMap<>();
    /** The shortcut listing's rows by group, in the order actions and gestures were added. */
    private final Map<String, List<java.util.function.Supplier<HelpRow>>> listing = new LinkedHashMap<>();

    /** Adds {@code a}; refuses a second action with the same id or one of the same keys. */
    public UiAction add(UiAction a) {
        if (actions.containsKey(a.id())) {
            throw new IllegalArgumentException("Two actions are called " + a.id());
        }
        for (UiAction other : actions.values()) {
            for (KeyCombination k : a.keys()) {
                if (other.keys().contains(k)) {
                    throw new IllegalArgumentException(a.id() + " and " + other.id() + " share the key "
                            + k.getDisplayText());
                }
            }
        }
        actions.put(a.id(), a);
        if (!a.help().isEmpty() && !a.keys().isEmpty()) {
            listing.computeIfAbsent(a.group(), g -> new ArrayList<>()).add(() -> new HelpRow(a.keysText(), a.help()));
        }
        return a;
    }

    /** A key handled by a control itself, listed under {@code group} in the shortcut listing. */
    public void gesture(String group, String keys, String text) {
        HelpRow row = new HelpRow(keys, text);
        listing.computeIfAbsent(group, g -> new ArrayList<>()).add(() -> row);
    }

    public UiAction get(String id) {
        UiAction a = actions.get(id);
        if (a == null) {
            throw new IllegalArgumentException("No action " + id);
        }
        return a;
    }

    public List<UiAction> all() {
        return List.copyOf(actions.values());
    }

    /** Pairs of actions (by id) that share a key: empty, since {@link #add} refuses them. */
    public List<String> sharedKeys() {
        List<String> out = new ArrayList<>();
        List<UiAction> list = all();
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                for (KeyCombination k : list.get(i).keys()) {
                    if (list.get(j).keys().contains(k)) {
                        out.add(list.get(i).id() + " / " + list.get(j).id() + ": " + k.getDisplayText());
                    }
                }
            }
        }
        return out;
    }

    /** A menu item for action {@code id}: label, accelerator, greyed while disabled, runs the action. */
    public MenuItem menuItem(String id) {
        UiAction a = get(id);
        MenuItem m = new MenuItem(a.label());
        m.setId(a.id() + "-menu");
        m.setAccelerator(a.accelerator());
        m.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> !a.enabled().get(),
                a.enabled()));
        m.setOnAction(e -> a.run());
        return m;
    }

    /** A toolbar button for action {@code id} showing {@code text}; the tooltip gives the label and keys. */
    public Button button(String id, String text) {
        UiAction a = get(id);
        Button b = new Button(text);
        LazyTooltip.install(b, a.label() + (a.keys().isEmpty() ? "" : " (" + a.keysText() + ")"));
        b.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> !a.enabled().get(),
                a.enabled()));
        b.setOnAction(e -> a.run());
        b.setFocusTraversable(false);
        return b;
    }

    /**
     * The window's key filter: a key of an action runs it wherever the keyboard is (text boxes would otherwise
     * keep Ctrl+Enter and Ctrl+Z to themselves), when the action applies and is enabled.
     */
    public void handle(KeyEvent e) {
        for (UiAction a : actions.values()) {
            for (KeyCombination k : a.keys()) {
                if (k.match(e) && a.keyApplies()) {
                    if (a.run()) {
                        e.consume();
                    }
                    return;
                }
            }
        }
    }

    /** Help ▸ Keyboard Shortcuts: by group, actions and keys of controls in the order they were added. */
    public List<HelpRow> helpRows() {
        List<HelpRow> rows = new ArrayList<>();
        listing.forEach((g, list) -> {
            rows.add(new HelpRow("", g));
            list.forEach(r -> rows.add(r.get()));
        });
        return rows;
    }
}
