package org.claimline.ui;

import org.claimline.ui.reader.ReaderViewModel;
import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.value.ChangeListener;
import javafx.stage.Window;
import org.claimline.model.Article;
import org.claimline.ui.workspace.ReaderHost;

/** The reader window as the workspace sees it (a narrow port over {@link MainView} and its view-model). */
final class WorkspaceHost implements ReaderHost {
    private final MainView main;

    WorkspaceHost(MainView main) {
        this.main = main;
    }

    @Override
    public boolean openArticle(Path article) {
        ReaderViewModel vm = main.viewModel();
        if (Objects.equals(vm.fileProperty().get(), article)) {
            return true;
        }
        if (!main.confirmLeave("Open " + article.getFileName())) {
            return false;
        }
        vm.openFile(article);
        return true;
    }

    @Override
    public Path currentArticle() {
        return main.viewModel().fileProperty().get();
    }

    @Override
    public void whenShown(Path article, Runnable then) {
        ReaderViewModel vm = main.viewModel();
        if (Objects.equals(vm.fileProperty().get(), article) && !vm.busyProperty().get()) {
            then.run();
            return;
        }
        ChangeListener<Article> once = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Article> o, Article a, Article b) {
                if (Objects.equals(vm.fileProperty().get(), article)) {
                    vm.articleProperty().removeListener(this);
                    // after the reader has laid the new text out (it scrolls to the top as it does)
                    javafx.application.Platform.runLater(() -> javafx.application.Platform.runLater(then));
                }
            }
        };
        vm.articleProperty().addListener(once);
    }

    @Override
    public void selectClaim(String claimId) {
        main.viewModel().selectedClaimIdProperty().set(claimId);
    }

    @Override
    public void selectRange(int start, int end) {
        main.readerView().selectArticleRange(start, Math.max(start, end));
        main.readerView().area().requestFollowCaret();
    }

    @Override
    public void showLibrary(boolean library) {
        main.showLibrary(library);
    }

    @Override
    public boolean libraryShown() {
        return main.libraryShown();
    }

    @Override
    public void reload() {
        Path p = currentArticle();
        // while another article is being opened, that one is read fresh from disk anyway: reloading the old one
        // would take the analyst back to it
        if (p != null && !main.viewModel().busyProperty().get()) {
            main.viewModel().saveNow();
            main.viewModel().openFile(p);
        }
    }

    @Override
    public Window window() {
        return main.stage();
    }
}
