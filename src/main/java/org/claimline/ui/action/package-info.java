/** User actions defined once, and the menus, buttons, key filter and shortcut listing made from them. */
package org.claimline.ui.action;
