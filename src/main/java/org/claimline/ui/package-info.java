/**
 * JavaFX views and their view-models. Views are thin (createView, bind); view-models use javafx.beans and javafx.collections only and get their services through constructors.
 */
package org.claimline.ui;
